/**
 * A network's statistics for analysts, read from the rollups the database keeps
 * on every write (migrations ReferralRollups, StatisticsAtoms): a handful of
 * statements whatever the number of referrals.
 *
 * Disclosure control (the ABS cell key method): the network's own secretariat
 * gets exact, live figures over any day range; everyone else asks for whole
 * calendar months that are over and gets only sums of released atoms. An atom
 * is (month, side, dimension, value), the total being a dimension of its own;
 * its released value comes from the p-table, keyed by the sum of its records'
 * keys mod 256 (each an HMAC of the referral id under this network's secret, so
 * no sender can steer it). A month is released once: the first time anyone
 * asks for it after it closed, its atoms, timeliness histograms and (for the
 * latest month) open referrals by age are copied into the released_* tables,
 * and only those are read after; a late event dated into it moves nothing. The
 * difference of any two answers is a difference of released atoms, never of
 * raw counts.
 */
import type { DataSource } from 'typeorm';
import type { Caller } from '../../../shared/src/caller';
import { badInput } from '../../../shared/src/errors';
import { isOwnSecretariat } from '../access/rules';
import type { NetworkDefinition, Registry } from '../../../shared/src/registry';
import type { ResolversParentTypes } from '../__generated__/resolvers-types';
import type {
  DirectionStatistics,
  DurationStatistics,
  NetworkCode,
  StatisticsCell,
} from '../__generated__/schema-types';
import { runtimeName } from '../core/model';

/** True counts under this are never released as themselves: the p-table turns them into 0 or 5. */
export const SUPPRESSION_THRESHOLD = 5;
/** Percentiles are withheld when fewer referrals than this (true count) stand behind them. */
export const PERCENTILE_THRESHOLD = 10;

const KEYS = 256;
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

/** What compute answers: NetworkStatistics as the generated types have it, countries as references, deliveries resolved apart. */
type NetworkStatisticsModel = ResolversParentTypes['NetworkStatistics'];

const OPEN = ['SENT', 'ACKNOWLEDGED', 'ASSIGNED', 'IN_PROGRESS'];
const AGE_BUCKETS: [string, number][] = [
  ['0-30 days', 30],
  ['31-90 days', 90],
  ['91-180 days', 180],
  ['181-365 days', 365],
  ['over 365 days', Infinity],
];
const DAY = 86_400_000;
const MAX_RANGE_DAYS = 366 * 5;

/** A true count and the sum of its records' keys mod 256 (its cell key). */
interface Atom {
  n: number;
  key: number;
}
const NONE: Atom = { n: 0, key: 0 };
const add = (a: Atom, b: Atom): Atom => ({ n: a.n + b.n, key: (a.key + b.key) % KEYS });

/** Nearest-rank percentile of a histogram of whole days. */
export function percentile(histogram: readonly { days: number; n: number }[], p: number): number | null {
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

/** A from/to argument as an instant PostgreSQL and ISO 8601 both take (years 0001 to 9999). */
function instant(field: 'from' | 'to', value: Date | string): Date {
  const d = new Date(value);
  const year = d.getUTCFullYear();
  if (Number.isNaN(d.getTime()) || year < 1 || year > 9999) {
    throw badInput(`${field} must be an instant between the years 0001 and 9999, such as 2025-01-01T00:00:00Z.`, {
      field,
    });
  }
  return d;
}

const startsMonth = (d: Date) =>
  d.getUTCDate() === 1 &&
  d.getUTCHours() === 0 &&
  d.getUTCMinutes() === 0 &&
  d.getUTCSeconds() === 0 &&
  d.getUTCMilliseconds() === 0;

/** The calendar months (YYYY-MM, UTC) that [from, to) touches. */
function monthsOf(from: Date, to: Date): string[] {
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

export class Statistics {
  constructor(
    private readonly ds: DataSource,
    private readonly network: NetworkDefinition,
    private readonly registry: Registry,
    private readonly caller: Caller,
  ) {}

  /** The network's own secretariat keeps exact figures over any range; everyone else gets released atoms. */
  private get exact(): boolean {
    return isOwnSecretariat(this.caller, this.network);
  }

  private release(atom: Atom): number {
    return this.exact ? atom.n : perturb(atom.n, atom.key);
  }

  /**
   * Timeliness over a range: the count released like every cell; the percentiles withheld when fewer than
   * PERCENTILE_THRESHOLD referrals truly stand behind them, and otherwise released perturbed.
   */
  private duration(atoms: Atom[], histogram: { days: number; n: number }[]): DurationStatistics {
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

  /**
   * Releases every month of `months` not released yet, from the atoms as they stand now, in one
   * statement; `latest` (the last month over) also gets the referrals open at its end, by age.
   * Concurrent callers wait on the month's row and find it released.
   */
  private async releaseMonths(months: string[], latest: string): Promise<void> {
    const ages = AGE_BUCKETS.map(([key, max]) =>
      Number.isFinite(max) ? `WHEN age <= ${max} THEN '${key}'` : `ELSE '${key}'`,
    ).join(' ');
    await this.ds.query(
      `WITH due AS (
         INSERT INTO statistics_releases (month) SELECT m FROM unnest($1::date[]) m ON CONFLICT DO NOTHING RETURNING month),
       atoms AS (
         INSERT INTO released_atoms (month, side, dimension, value, n, keysum)
         SELECT a.month, a.side, a.dimension, a.value, a.n, a.keysum FROM referral_atoms a JOIN due USING (month) WHERE a.n <> 0),
       duration_atoms AS (
         INSERT INTO released_duration_atoms (month, side, metric, n, keysum)
         SELECT a.month, a.side, a.metric, a.n, a.keysum FROM referral_duration_atoms a JOIN due USING (month) WHERE a.n <> 0),
       durations AS (
         INSERT INTO released_durations (month, side, metric, days, n)
         SELECT due.month, r.side, r.metric, r.days, sum(r.n) FROM referral_duration_rollup r
           JOIN due ON r.day >= due.month AND r.day < due.month + interval '1 month'
          GROUP BY 1, 2, 3, 4 HAVING sum(r.n) > 0),
       open AS (
         INSERT INTO released_open_by_age (month, bucket, n, keysum)
         SELECT due.month, CASE ${ages} END, sum(o.n), sum(o.keysum)
           FROM due, LATERAL (SELECT r.n, r.keysum, (due.month + interval '1 month')::date - r.day AS age FROM referral_rollup r
                               WHERE r.dimension = 'status' AND r.value = ANY($3) AND r.day < due.month + interval '1 month') o
          WHERE due.month = $2::date
          GROUP BY 1, 2 HAVING sum(o.n) > 0)
       SELECT count(*) FROM due`,
      [months.map((m) => `${m}-01`), `${latest}-01`, OPEN],
    );
  }

  async compute(fromInput: Date | string, toInput: Date | string, now = new Date()): Promise<NetworkStatisticsModel> {
    const from = instant('from', fromInput);
    const to = instant('to', toInput);
    const thisMonth = new Date(0);
    thisMonth.setUTCFullYear(now.getUTCFullYear(), now.getUTCMonth(), 1);
    if (!this.exact) {
      for (const [field, d] of [
        ['from', from],
        ['to', to],
      ] as const) {
        if (!startsMonth(d)) {
          throw badInput(
            `${field} must be the first day of a month at 00:00 UTC, such as 2025-01-01T00:00:00Z: statistics cover whole calendar months for anyone but the network's own secretariat.`,
            { field },
          );
        }
      }
      if (to.getTime() > thisMonth.getTime()) {
        throw badInput(
          `to must be ${thisMonth.toISOString()} or earlier: a month is released once it is over, for anyone but the network's own secretariat.`,
          { field: 'to' },
        );
      }
    }
    if (!(to.getTime() > from.getTime())) throw badInput('to must be after from.', { field: 'to' });
    if ((to.getTime() - from.getTime()) / DAY > MAX_RANGE_DAYS)
      throw badInput('Ask for at most five years at a time.', { field: 'to' });
    const range = [from.toISOString().slice(0, 10), to.toISOString().slice(0, 10)];
    const latest = monthsOf(new Date(thisMonth.getTime() - DAY), thisMonth)[0]!;
    if (!this.exact) await this.releaseMonths([...monthsOf(from, to), latest], latest);
    // Exact figures come live from the daily rollups (any day range); released ones only from what was released of each month.
    const [dims, histograms, durationAtoms, openByDay, openByBucket, perCountry, stale, with24x7] = await Promise.all([
      this.ds.query(
        this.exact
          ? `SELECT to_char(day, 'YYYY-MM') AS month, side, dimension, value, sum(n)::int AS n, 0 AS key
               FROM referral_rollup WHERE day >= $1 AND day < $2 GROUP BY 1, 2, 3, 4 HAVING sum(n) <> 0`
          : `SELECT to_char(month, 'YYYY-MM') AS month, side, dimension, value, n, keysum % ${KEYS} AS key
               FROM released_atoms WHERE month >= $1 AND month < $2 AND n <> 0`,
        range,
      ) as Promise<({ month: string; side: string; dimension: string; value: string } & Atom)[]>,
      this.ds.query(
        this.exact
          ? `SELECT side, metric, days, sum(n)::int AS n FROM referral_duration_rollup WHERE day >= $1 AND day < $2 GROUP BY 1, 2, 3 HAVING sum(n) > 0`
          : `SELECT side, metric, days, sum(n)::int AS n FROM released_durations WHERE month >= $1 AND month < $2 GROUP BY 1, 2, 3 HAVING sum(n) > 0`,
        range,
      ) as Promise<{ side: string; metric: string; days: number; n: number }[]>,
      this.exact
        ? Promise.resolve([])
        : (this.ds.query(
            `SELECT side, metric, n, keysum % ${KEYS} AS key FROM released_duration_atoms WHERE month >= $1 AND month < $2 AND n <> 0`,
            range,
          ) as Promise<({ side: string; metric: string } & Atom)[]>),
      // Open referrals: today's, by creation day, for the own secretariat; for everyone else, by age at the end of the last month over.
      this.exact
        ? (this.ds.query(
            `SELECT day::text AS day, sum(n)::int AS n, 0 AS key
               FROM referral_rollup WHERE dimension = 'status' AND value = ANY($1) GROUP BY day HAVING sum(n) > 0`,
            [OPEN],
          ) as Promise<({ day: string } & Atom)[]>)
        : Promise.resolve([]),
      this.exact
        ? Promise.resolve([])
        : (this.ds.query(`SELECT bucket, n, keysum % ${KEYS} AS key FROM released_open_by_age WHERE month = $1`, [
            `${latest}-01`,
          ]) as Promise<({ bucket: string } & Atom)[]>),
      this.ds.query(`SELECT country, count(*)::int AS n FROM contact_points WHERE active GROUP BY country`) as Promise<
        { country: string; n: number }[]
      >,
      this.ds.query(
        `SELECT (SELECT count(*) FROM contact_points WHERE active AND (last_reviewed_at IS NULL OR last_reviewed_at < $1))::int
              + (SELECT count(*) FROM country_profiles WHERE last_reviewed_at IS NULL OR last_reviewed_at < $1)::int AS n`,
        [new Date(now.getTime() - 365 * DAY)],
      ) as Promise<{ n: number }[]>,
      this.ds.query(`SELECT DISTINCT country FROM contact_points WHERE active AND available_24x7`) as Promise<
        { country: string }[]
      >,
    ]);

    const months = monthsOf(from, to);
    const cell = (key: string, count: number): StatisticsCell => ({ key, count, suppressed: false });
    // Each referral has exactly one status, so a month's total atom is the sum of its status atoms (keys included).
    const totals = new Map<string, Atom>();
    for (const r of dims.filter((x) => x.dimension === 'status'))
      totals.set(`${r.side} ${r.month}`, add(totals.get(`${r.side} ${r.month}`) ?? NONE, r));
    const monthTotal = (side: string, month: string) => this.release(totals.get(`${side} ${month}`) ?? NONE);
    const direction = (side: string): DirectionStatistics => {
      const rows = dims.filter((r) => r.side === side);
      /** The dimension's values with a released count above 0, largest first. */
      const cells = (dimension: string): StatisticsCell[] => {
        const released = new Map<string, number>();
        for (const r of rows.filter((x) => x.dimension === dimension))
          released.set(r.value, (released.get(r.value) ?? 0) + this.release(r));
        return [...released]
          .filter(([, n]) => n > 0)
          .sort(([a, m], [b, n]) => n - m || a.localeCompare(b))
          .map(([value, n]) =>
            cell(
              dimension === 'counterpartNetwork' ? (this.registry.find((x) => x.key === value)?.code ?? value) : value,
              n,
            ),
          );
      };
      return {
        total: cell(
          'total',
          months.reduce((s, m) => s + monthTotal(side, m), 0),
        ),
        byStatus: cells('status'),
        byKind: cells('kind'),
        byCrimeArea: cells('crimeArea'),
        byMeasure: cells('measure'),
        byUrgency: cells('urgency'),
        byCounterpartNetwork: cells('counterpartNetwork'),
        byCounterpartCountry: cells('counterpartCountry'),
      };
    };
    const timeliness = (side: string, metric: string) => {
      const histogram = histograms.filter((h) => h.side === side && h.metric === metric);
      // The exact count is the histogram's; released counts are sums of the monthly atoms.
      const atoms = this.exact
        ? [{ n: histogram.reduce((s, h) => s + h.n, 0), key: 0 }]
        : durationAtoms.filter((a) => a.side === side && a.metric === metric);
      return this.duration(atoms, histogram);
    };
    const ages = AGE_BUCKETS.map(([key]) => openByBucket.find((b) => b.bucket === key) ?? NONE);
    for (const row of openByDay) {
      const age = Math.floor((now.getTime() - new Date(row.day).getTime()) / DAY);
      const bucket = AGE_BUCKETS.findIndex(([, max]) => age <= max);
      ages[bucket] = add(ages[bucket]!, row);
    }
    const members = this.network.members.map((m) => m.country);
    const covered = new Set(with24x7.map((r) => r.country));
    return {
      network: runtimeName<NetworkCode>(this.network.code),
      from,
      to,
      perturbed: !this.exact,
      outgoing: direction('ORIGIN'),
      incoming: direction('DESTINATION'),
      monthly: months.map((month) => ({
        month,
        outgoing: cell(month, monthTotal('ORIGIN', month)),
        incoming: cell(month, monthTotal('DESTINATION', month)),
      })),
      outgoingTimeliness: {
        acknowledgement: timeliness('ORIGIN', 'acknowledgement'),
        completion: timeliness('ORIGIN', 'completion'),
      },
      incomingTimeliness: {
        acknowledgement: timeliness('DESTINATION', 'acknowledgement'),
        completion: timeliness('DESTINATION', 'completion'),
      },
      openByAge: AGE_BUCKETS.map(([key], i) => cell(key, this.release(ages[i]!))),
      directory: {
        // The network's own published directory, which every member can count exactly through contactPoints:
        // no case data, and perturbing it would hide nothing. Exact for everyone.
        contactPointsPerCountry: members.map((country) =>
          cell(country, perCountry.find((r) => r.country === country)?.n ?? 0),
        ),
        notReviewedIn12Months: stale[0]?.n ?? 0,
        countriesWithout24x7: members.filter((c) => !covered.has(c)).map((code) => ({ code })),
      },
    };
  }
}

/** The outbox figures of NetworkStatistics.deliveries. */
export interface DeliveryFigures {
  pending: number;
  failed: number;
  oldestPendingAt: Date | null;
}

/**
 * This network's outbox now, released like every count for anyone but the network's own secretariat:
 * pending and failed through the p-table, keyed by the record keys of the changes they count; the oldest
 * pending change only to the day, and only when the released pending count is above 0.
 */
export async function releasedDeliveries(ds: DataSource): Promise<DeliveryFigures> {
  const [row]: { pending: number; pendingKey: number; failed: number; failedKey: number; oldest: Date | null }[] =
    await ds.query(
      `SELECT count(*) FILTER (WHERE o.failed_at IS NULL)::int AS pending,
            (coalesce(sum(r.record_key) FILTER (WHERE o.failed_at IS NULL), 0) % ${KEYS})::int AS "pendingKey",
            count(*) FILTER (WHERE o.failed_at IS NOT NULL)::int AS failed,
            (coalesce(sum(r.record_key) FILTER (WHERE o.failed_at IS NOT NULL), 0) % ${KEYS})::int AS "failedKey",
            date_trunc('day', min(o.created_at) FILTER (WHERE o.failed_at IS NULL), 'UTC') AS oldest
       FROM outbox o LEFT JOIN referrals r ON r.id = o.referral_id AND r.side = o.record_side
      WHERE o.delivered_at IS NULL`,
    );
  const pending = perturb(row?.pending ?? 0, row?.pendingKey ?? 0);
  return {
    pending,
    failed: perturb(row?.failed ?? 0, row?.failedKey ?? 0),
    oldestPendingAt: pending > 0 ? (row?.oldest ?? null) : null,
  };
}
