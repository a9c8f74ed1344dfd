/**
 * A network's statistics laid out from the rows statistics.ts read, pure: every count released through the
 * caller's Disclosure, in the shape of NetworkStatistics.
 */
import type { ResolversParentTypes } from '../__generated__/resolvers-types';
import type { DirectionStatistics, StatisticsCell } from '../__generated__/schema-types';
import { codeOfKey } from '#shared/registry';
import { add, NONE, type Atom, type Disclosure } from './disclosure';

/** NetworkStatistics as the generated types have it, countries as references, deliveries resolved apart. */
export type NetworkStatisticsModel = ResolversParentTypes['NetworkStatistics'];
/** What the table lays out: all of NetworkStatistics but what names the request. */
export type StatisticsTable = Omit<NetworkStatisticsModel, 'network' | 'from' | 'to' | 'perturbed'>;

/** Open referrals by age: each bucket's label and its upper bound in days. */
export const AGE_BUCKETS: readonly [label: string, maxDays: number][] = [
  ['0-30 days', 30],
  ['31-90 days', 90],
  ['91-180 days', 180],
  ['181-365 days', 365],
  ['over 365 days', Infinity],
];
export const DAY = 86_400_000;

/** The calendar months (YYYY-MM, UTC) that [from, to) touches. */
export function monthsOf(from: Date, to: Date): string[] {
  const months: string[] = [];
  const cursor = new Date(0);
  // setUTCFullYear, not Date.UTC: Date.UTC reads the years 0 to 99 as 1900 to 1999.
  for (
    cursor.setUTCFullYear(from.getUTCFullYear(), from.getUTCMonth(), 1);
    cursor < to;
    cursor.setUTCMonth(cursor.getUTCMonth() + 1)
  ) {
    months.push(cursor.toISOString().slice(0, 7));
  }
  return months;
}

/** The rows of one range, as statistics.ts reads them (exact ones from the rollups, released ones per month). */
export interface StatisticsRows {
  /** Referral atoms by month, side (ORIGIN, DESTINATION), dimension and value. */
  dims: readonly ({ month: string; side: string; dimension: string; value: string } & Atom)[];
  /** Days to acknowledgement or completion, by side. */
  histograms: readonly { side: string; metric: string; days: number; n: number }[];
  /** The released counts behind the histograms (none for exact figures). */
  durationAtoms: readonly ({ side: string; metric: string } & Atom)[];
  /** Open referrals by creation day (exact figures only). */
  openByDay: readonly ({ day: string } & Atom)[];
  /** Open referrals by age bucket at the end of the latest month over (released figures only). */
  openByBucket: readonly ({ bucket: string } & Atom)[];
  /** Active contact points per country. */
  perCountry: readonly { country: string; n: number }[];
  /** Contact points and profiles not reviewed in the last 12 months. */
  notReviewed: number;
  /** Countries with an active contact point available 24/7. */
  with24x7: readonly string[];
}

const cell = (key: string, count: number): StatisticsCell => ({ key, count, suppressed: false });

/** One direction's counts: the total by month and every dimension's values with a released count above 0. */
function direction(rows: StatisticsRows, disclosure: Disclosure, months: readonly string[], side: string) {
  const mine = rows.dims.filter((r) => r.side === side);
  /** The dimension's values with a released count above 0, largest first. */
  const cells = (dimension: string): StatisticsCell[] => {
    const released = new Map<string, number>();
    for (const r of mine.filter((x) => x.dimension === dimension))
      released.set(r.value, (released.get(r.value) ?? 0) + disclosure.release(r));
    return [...released]
      .filter(([, n]) => n > 0)
      .sort(([a, m], [b, n]) => n - m || a.localeCompare(b))
      .map(([value, n]) => cell(dimension === 'counterpartNetwork' ? codeOfKey(value) : value, n));
  };
  // Each referral has exactly one status, so a month's total atom is the sum of its status atoms (keys included).
  const totals = new Map<string, Atom>();
  for (const r of mine.filter((x) => x.dimension === 'status'))
    totals.set(r.month, add(totals.get(r.month) ?? NONE, r));
  const monthly = months.map((month) => disclosure.release(totals.get(month) ?? NONE));
  const statistics: DirectionStatistics = {
    total: cell(
      'total',
      monthly.reduce((s, n) => s + n, 0),
    ),
    byStatus: cells('status'),
    byKind: cells('kind'),
    byCrimeArea: cells('crimeArea'),
    byMeasure: cells('measure'),
    byUrgency: cells('urgency'),
    byCounterpartNetwork: cells('counterpartNetwork'),
    byCounterpartCountry: cells('counterpartCountry'),
  };
  return { statistics, monthly };
}

/** Acknowledgement and completion times of one side. */
function timeliness(rows: StatisticsRows, disclosure: Disclosure, side: string) {
  const metric = (name: string) => {
    const histogram = rows.histograms.filter((h) => h.side === side && h.metric === name);
    // The exact count is the histogram's; released counts are sums of the monthly atoms.
    const atoms = disclosure.exact
      ? [{ n: histogram.reduce((s, h) => s + h.n, 0), key: 0 }]
      : rows.durationAtoms.filter((a) => a.side === side && a.metric === name);
    return disclosure.duration(atoms, histogram);
  };
  return { acknowledgement: metric('acknowledgement'), completion: metric('completion') };
}

/** Open referrals by age bucket: the released buckets, plus the exact ones aged from their creation day at `now`. */
function openByAge(rows: StatisticsRows, disclosure: Disclosure, now: Date): StatisticsCell[] {
  const ages = AGE_BUCKETS.map(([label]) => rows.openByBucket.find((b) => b.bucket === label) ?? NONE);
  for (const row of rows.openByDay) {
    const age = Math.floor((now.getTime() - new Date(row.day).getTime()) / DAY);
    const bucket = AGE_BUCKETS.findIndex(([, max]) => age <= max);
    ages[bucket] = add(ages[bucket]!, row);
  }
  return AGE_BUCKETS.map(([label], i) => cell(label, disclosure.release(ages[i]!)));
}

/** The statistics of `months` (YYYY-MM) from `rows`, for a network of `members` (alpha-3), asked at `now`. */
export function statisticsTable(
  rows: StatisticsRows,
  disclosure: Disclosure,
  context: { months: readonly string[]; members: readonly string[]; now: Date },
): StatisticsTable {
  const { months, members, now } = context;
  const outgoing = direction(rows, disclosure, months, 'ORIGIN');
  const incoming = direction(rows, disclosure, months, 'DESTINATION');
  const covered = new Set(rows.with24x7);
  return {
    outgoing: outgoing.statistics,
    incoming: incoming.statistics,
    monthly: months.map((month, i) => ({
      month,
      outgoing: cell(month, outgoing.monthly[i]!),
      incoming: cell(month, incoming.monthly[i]!),
    })),
    outgoingTimeliness: timeliness(rows, disclosure, 'ORIGIN'),
    incomingTimeliness: timeliness(rows, disclosure, 'DESTINATION'),
    openByAge: openByAge(rows, disclosure, now),
    directory: {
      // The network's own published directory, which every member can count exactly through contactPoints:
      // no case data, and perturbing it would hide nothing. Exact for everyone.
      contactPointsPerCountry: members.map((country) =>
        cell(country, rows.perCountry.find((r) => r.country === country)?.n ?? 0),
      ),
      notReviewedIn12Months: rows.notReviewed,
      countriesWithout24x7: members.filter((c) => !covered.has(c)).map((code) => ({ code })),
    },
  };
}
