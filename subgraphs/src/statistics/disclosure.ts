/**
 * Disclosure control by the cell key method, pure: the p-table that releases a true count by its cell key, the
 * perturbed percentiles, and what a range's figures become for an analyst or, exact, for the network's own
 * secretariat. statistics.ts reads the rows; table.ts lays them out through a Disclosure.
 */
import type { DurationStatistics } from '../__generated__/schema-types';

/** True counts under this are never released as themselves: the p-table turns them into 0 or 5. */
export const SUPPRESSION_THRESHOLD = 5;
/** Percentiles are withheld when fewer referrals than this (true count) stand behind them. */
export const PERCENTILE_THRESHOLD = 10;

/** Cell keys are sums of record keys modulo this. */
export const KEYS = 256;
// Noise of counts of 7 and more by cell key: -2..+2 with probabilities 26, 51, 102, 51, 26 in 256 (mean exactly 0).
const NOISE: readonly [below: number, noise: number][] = [
  [26, -2],
  [77, -1],
  [179, 0],
  [230, 1],
  [KEYS, 2],
];

/**
 * The perturbation table: the released value of an atom with true count `n` and
 * cell key `cellKey` (0..255). 1..4 come out as 5 with probability n/5 over the
 * keys and 0 otherwise (unbiased, never the true value); 5 stays 5; 6 becomes
 * 5, 6 or 7; from 7 on, zero-mean noise in -2..+2. Nothing non-zero is released under 5.
 */
export function perturb(n: number, cellKey: number): number {
  const key = ((cellKey % KEYS) + KEYS) % KEYS;
  if (n <= 0) return 0;
  if (n < SUPPRESSION_THRESHOLD)
    return key < Math.round((KEYS * n) / SUPPRESSION_THRESHOLD) ? SUPPRESSION_THRESHOLD : 0;
  if (n === SUPPRESSION_THRESHOLD) return n;
  if (n === SUPPRESSION_THRESHOLD + 1) return n + (key < 64 ? -1 : key < 192 ? 0 : 1);
  return n + NOISE.find(([below]) => key < below)![1];
}

/**
 * A released percentile (whole days): the exact one moved by 1 or 2 days up or down, by the cell key
 * of the referrals behind it (two bits of it per percentile); never below 0. Never the exact value unless
 * that is 0 or 1 and the noise takes it under 0.
 */
export function perturbPercentile(days: number, cellKey: number, salt: 0 | 1): number {
  const key = ((cellKey % KEYS) + KEYS) % KEYS;
  // Two bits of the key per percentile, so the median's noise says nothing of the 90th percentile's.
  const noise = [-2, -1, 1, 2][(key >> (2 * salt)) & 3]!;
  return Math.max(0, days + noise);
}

/** A true count and the sum of its records' keys mod 256 (its cell key). */
export interface Atom {
  n: number;
  key: number;
}
export const NONE: Atom = { n: 0, key: 0 };
export const add = (a: Atom, b: Atom): Atom => ({ n: a.n + b.n, key: (a.key + b.key) % KEYS });

/** A histogram of whole days: how many referrals took `days`. */
export type Histogram = readonly { days: number; n: number }[];

/** Nearest-rank percentile of a histogram of whole days. */
export function percentile(histogram: Histogram, p: number): number | null {
  const total = histogram.reduce((s, h) => s + h.n, 0);
  if (total === 0) return null;
  const rank = Math.max(1, Math.ceil(p * total));
  let seen = 0;
  for (const h of [...histogram].sort((a, b) => a.days - b.days)) {
    seen += h.n;
    if (seen >= rank) return h.days;
  }
  return null;
}

/** How one caller's figures are released: exact for the network's own secretariat, through the p-table for anyone else. */
export class Disclosure {
  constructor(readonly exact: boolean) {}

  release(atom: Atom): number {
    return this.exact ? atom.n : perturb(atom.n, atom.key);
  }

  /**
   * Timeliness over a range: the count released like every cell; the percentiles withheld when fewer than
   * PERCENTILE_THRESHOLD referrals truly stand behind them, and otherwise released perturbed.
   */
  duration(atoms: readonly Atom[], histogram: Histogram): DurationStatistics {
    const count = atoms.reduce((s, a) => s + this.release(a), 0);
    const truth = histogram.reduce((s, h) => s + h.n, 0);
    if (this.exact)
      return { count, suppressed: false, medianDays: percentile(histogram, 0.5), p90Days: percentile(histogram, 0.9) };
    if (truth < PERCENTILE_THRESHOLD) return { count, suppressed: count > 0, medianDays: null, p90Days: null };
    const key = atoms.reduce((k, a) => add(k, a), NONE).key;
    return {
      count,
      suppressed: false,
      medianDays: perturbPercentile(percentile(histogram, 0.5)!, key, 0),
      p90Days: perturbPercentile(percentile(histogram, 0.9)!, key, 1),
    };
  }
}
