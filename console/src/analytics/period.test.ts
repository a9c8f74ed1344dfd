import { addMonths, defaultPeriod, monthChoices, parsePeriod, periodMonths, periodRange, MAX_MONTHS } from './period';

const now = new Date('2026-11-29T19:00:00Z');

describe('the period of whole months', () => {
  it('shifts months across years', () => {
    expect(addMonths('2025-12', 1)).toBe('2026-01');
    expect(addMonths('2025-01', -1)).toBe('2024-12');
    expect(addMonths('2025-03', -27)).toBe('2022-12');
  });

  it('defaults to the twelve whole months before the current one', () => {
    expect(defaultPeriod(now)).toEqual({ first: '2025-11', last: '2026-10' });
  });

  it('asks the API from the first of the first month to the first of the month after the last, 00:00 UTC', () => {
    expect(periodRange({ first: '2025-01', last: '2025-12' })).toEqual({
      from: '2025-01-01T00:00:00Z',
      to: '2026-01-01T00:00:00Z',
    });
    expect(periodMonths({ first: '2025-11', last: '2026-02' })).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
  });

  it('offers the last whole month and the five years before it, never the current month', () => {
    const choices = monthChoices(now);
    expect(choices).toHaveLength(MAX_MONTHS);
    expect(choices[0]).toBe('2026-10');
    expect(choices.at(-1)).toBe('2021-11');
  });

  it('takes a valid period from the link, swaps one given backwards, and falls back to the default otherwise', () => {
    expect(parsePeriod('2025-01', '2025-03', now)).toEqual({ first: '2025-01', last: '2025-03' });
    expect(parsePeriod('2025-03', '2025-01', now)).toEqual({ first: '2025-01', last: '2025-03' });
    for (const [from, to] of [
      [null, '2025-01'],
      ['2025-1', '2025-02'],
      ['2025-13', '2026-01'],
      ['2026-11', '2026-11'],
      ['2019-01', '2025-01'],
      ['2025-01-15', '2025-02'],
    ] as const) {
      expect(parsePeriod(from, to, now)).toEqual(defaultPeriod(now));
    }
  });
});
