import { ageInDays, mergeTimelines } from './timeline';

const ev = (side: 'ORIGIN' | 'DESTINATION', sequence: number, at: string, type = 'MESSAGE') => ({
  side,
  sequence,
  at,
  type,
});

describe('a referral timeline', () => {
  it('merges both records by time, each event once', () => {
    const own = [
      ev('ORIGIN', 1, '2026-01-01T10:00:00Z', 'CREATED'),
      ev('DESTINATION', 1, '2026-01-01T11:00:00Z', 'ACKNOWLEDGED'),
    ];
    const counterpart = [...own, ev('DESTINATION', 2, '2026-01-01T12:00:00Z'), ev('ORIGIN', 2, '2026-01-01T11:00:00Z')];
    expect(mergeTimelines(own, counterpart).map((e) => `${e.side}${e.sequence}`)).toEqual([
      'ORIGIN1',
      'ORIGIN2',
      'DESTINATION1',
      'DESTINATION2',
    ]);
  });

  it('takes a missing counterpart as no events', () => {
    expect(mergeTimelines([ev('ORIGIN', 1, '2026-01-01T10:00:00Z')], null)).toHaveLength(1);
  });

  it('counts whole days of age', () => {
    const now = Date.parse('2026-03-10T12:00:00Z');
    expect(ageInDays('2026-03-10T01:00:00Z', now)).toBe(0);
    expect(ageInDays('2026-03-08T13:00:00Z', now)).toBe(1);
    expect(ageInDays('2026-03-11T00:00:00Z', now)).toBe(0);
  });
});
