/** The perturbation table of the cell key method, over every cell key. */
import { perturb, perturbPercentile, SUPPRESSION_THRESHOLD } from './disclosure';

const KEYS = Array.from({ length: 256 }, (_, k) => k);

describe('the p-table', () => {
  it('never releases a true count of 1 to 4 as itself: only 0 or 5, 5 with probability n/5 over the keys', () => {
    for (let n = 1; n < SUPPRESSION_THRESHOLD; n++) {
      const released = KEYS.map((k) => perturb(n, k));
      expect(new Set(released)).toEqual(new Set([0, 5]));
      expect(released.filter((r) => r === 5).length / 256).toBeCloseTo(n / 5, 2);
    }
  });

  it('releases nothing between 1 and 4, and never takes a count of 5 or more under 5', () => {
    for (let n = 0; n <= 300; n++) {
      for (const k of KEYS) {
        const r = perturb(n, k);
        expect(r === 0 || r >= 5).toBe(true);
        if (n >= 5) expect(r).toBeGreaterThanOrEqual(5);
        if (n === 0) expect(r).toBe(0);
      }
    }
  });

  it('adds zero-mean noise of at most 2 from 7 on, and keeps 5 and 6 at 5 or more', () => {
    for (const n of [7, 8, 20, 1000]) {
      const noise = KEYS.map((k) => perturb(n, k) - n);
      expect(Math.min(...noise)).toBe(-2);
      expect(Math.max(...noise)).toBe(2);
      expect(noise.reduce((s, x) => s + x, 0)).toBe(0);
    }
    expect(new Set(KEYS.map((k) => perturb(5, k)))).toEqual(new Set([5]));
    expect(new Set(KEYS.map((k) => perturb(6, k)))).toEqual(new Set([5, 6, 7]));
    expect(KEYS.reduce((s, k) => s + perturb(6, k) - 6, 0)).toBe(0);
  });

  it('is deterministic: the same count and key give the same value, and keys wrap mod 256', () => {
    for (const n of [1, 3, 6, 42]) {
      for (const k of KEYS) {
        expect(perturb(n, k)).toBe(perturb(n, k));
        expect(perturb(n, k + 256)).toBe(perturb(n, k));
      }
    }
  });
});

describe('released percentiles', () => {
  it('move every value by 1 or 2 days, never to the exact value above 2 days and never below 0', () => {
    for (const days of [0, 1, 2, 3, 9, 40]) {
      for (const salt of [0, 1] as const) {
        const released = KEYS.map((k) => perturbPercentile(days, k, salt));
        expect(released.every((r) => r >= 0 && Math.abs(r - days) <= 2)).toBe(true);
        if (days > 2) expect(released.filter((r) => r === days)).toEqual([]);
        if (days > 2) expect(new Set(released)).toEqual(new Set([days - 2, days - 1, days + 1, days + 2]));
      }
    }
  });

  it('give the median and the 90th percentile noise from different bits of the key', () => {
    const pairs = new Set(KEYS.map((k) => `${perturbPercentile(10, k, 0)} ${perturbPercentile(10, k, 1)}`));
    expect(pairs.size).toBe(16);
  });
});
