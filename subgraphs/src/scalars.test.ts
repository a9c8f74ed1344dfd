import { DateTimeScalar } from './scalars';

describe('DateTime', () => {
  it.each([
    '2026-03-01T09:30:00Z',
    '2026-03-01T12:30+03:00',
    '2026-03-01T09:30:00.123Z',
    '0001-01-01T00:00:00Z',
    '9999-12-31T23:59:59Z',
  ])('takes %s', (value) => {
    expect(DateTimeScalar.parseValue(value)).toEqual(new Date(value));
  });

  it.each([
    '2025-02-30T00:00:00Z',
    '2025',
    '2025-01-01',
    '2025-01-01T00:00:00',
    '10000-01-01T00:00:00Z',
    '+010000-01-01T00:00:00Z',
    '0000-01-01T00:00:00Z',
    '2025-01-01T25:00:00Z',
    'yesterday',
    '',
  ])('refuses %s with BAD_USER_INPUT, never a date JavaScript made up', (value) => {
    expect(() => DateTimeScalar.parseValue(value)).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) }),
    );
  });
});
