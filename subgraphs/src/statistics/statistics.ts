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
import type { Caller } from '#shared/caller';
import { badInput } from '#shared/errors';
import { isOwnSecretariat } from '../access/rules';
import type { NetworkDefinition } from '#shared/registry';
import type { NetworkCode } from '../__generated__/schema-types';
import { runtimeName } from '../core/model';
import { Disclosure, KEYS, perturb, type Atom } from './disclosure';
import { AGE_BUCKETS, DAY, monthsOf, statisticsTable, type NetworkStatisticsModel, type StatisticsRows } from './table';

const OPEN = ['SENT', 'ACKNOWLEDGED', 'ASSIGNED', 'IN_PROGRESS'];
const MAX_RANGE_DAYS = 366 * 5;

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

export class Statistics {
  constructor(
    private readonly ds: DataSource,
    private readonly network: NetworkDefinition,
    private readonly caller: Caller,
  ) {}

  /** The network's own secretariat keeps exact figures over any range; everyone else gets released atoms. */
  private get exact(): boolean {
    return isOwnSecretariat(this.caller, this.network);
  }

  /** Refuses a range this caller may not ask for: anyone but the own secretariat asks for whole months over. */
  private checkRange(from: Date, to: Date, thisMonth: Date): void {
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

  /** The rows of [from, to): exact ones live from the daily rollups (any day range), released ones only from what was released of each month. */
  private async readRows(from: Date, to: Date, latest: string, now: Date): Promise<StatisticsRows> {
    const range = [from.toISOString().slice(0, 10), to.toISOString().slice(0, 10)];
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

    return {
      dims,
      histograms,
      durationAtoms,
      openByDay,
      openByBucket,
      perCountry,
      notReviewed: stale[0]?.n ?? 0,
      with24x7: with24x7.map((r) => r.country),
    };
  }

  async compute(fromInput: Date | string, toInput: Date | string, now = new Date()): Promise<NetworkStatisticsModel> {
    const from = instant('from', fromInput);
    const to = instant('to', toInput);
    const thisMonth = new Date(0);
    thisMonth.setUTCFullYear(now.getUTCFullYear(), now.getUTCMonth(), 1);
    this.checkRange(from, to, thisMonth);
    const latest = monthsOf(new Date(thisMonth.getTime() - DAY), thisMonth)[0]!;
    if (!this.exact) await this.releaseMonths([...monthsOf(from, to), latest], latest);
    const rows = await this.readRows(from, to, latest, now);
    const table = statisticsTable(rows, new Disclosure(this.exact), {
      months: monthsOf(from, to),
      members: this.network.members.map((m) => m.country),
      now,
    });
    return { network: runtimeName<NetworkCode>(this.network.code), from, to, perturbed: !this.exact, ...table };
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
