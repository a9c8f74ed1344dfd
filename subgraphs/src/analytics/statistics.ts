/**
 * A network's statistics for analysts, read from the rollups the database keeps
 * on every write (migration ReferralRollups): a handful of statements whatever
 * the number of referrals. Cells under 5 are suppressed unless the caller is the
 * network's own secretariat.
 */
import type { DataSource } from 'typeorm';
import type { Caller } from '../../../shared/src/caller';
import { badInput } from '../../../shared/src/errors';
import type { NetworkDefinition, Registry } from '../../../shared/src/registry';
import type { CountryRef } from '../directory/model';

/** Cells under this count are suppressed. */
export const SUPPRESSION_THRESHOLD = 5;

export interface Cell {
  key: string;
  count: number | null;
  suppressed: boolean;
}

export interface DurationStats {
  count: number | null;
  suppressed: boolean;
  medianDays: number | null;
  p90Days: number | null;
}

export interface DirectionStats {
  total: Cell;
  byStatus: Cell[];
  byKind: Cell[];
  byCrimeArea: Cell[];
  byMeasure: Cell[];
  byUrgency: Cell[];
  byCounterpartNetwork: Cell[];
  byCounterpartCountry: Cell[];
}

export interface NetworkStatisticsModel {
  network: string;
  from: Date;
  to: Date;
  outgoing: DirectionStats;
  incoming: DirectionStats;
  monthly: { month: string; outgoing: Cell; incoming: Cell }[];
  outgoingTimeliness: { acknowledgement: DurationStats; completion: DurationStats };
  incomingTimeliness: { acknowledgement: DurationStats; completion: DurationStats };
  openByAge: Cell[];
  directory: { contactPointsPerCountry: Cell[]; notReviewedIn12Months: number; countriesWithout24x7: CountryRef[] };
}

const OPEN = ['SENT', 'ACKNOWLEDGED', 'ASSIGNED', 'IN_PROGRESS'];
const AGE_BUCKETS: [string, number][] = [
  ['0-30 days', 30],
  ['31-90 days', 90],
  ['91-180 days', 180],
  ['181-365 days', 365],
  ['over 365 days', Infinity],
];
const DIMENSIONS: Record<string, keyof Omit<DirectionStats, 'total'>> = {
  status: 'byStatus',
  kind: 'byKind',
  crimeArea: 'byCrimeArea',
  measure: 'byMeasure',
  urgency: 'byUrgency',
  counterpartNetwork: 'byCounterpartNetwork',
  counterpartCountry: 'byCounterpartCountry',
};
const DAY = 86_400_000;
const MAX_RANGE_DAYS = 366 * 5;

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

export class Statistics {
  constructor(
    private readonly ds: DataSource,
    private readonly network: NetworkDefinition,
    private readonly registry: Registry,
    private readonly caller: Caller,
  ) {}

  private get unsuppressed(): boolean {
    return this.caller.roles.includes('SECRETARIAT') && this.caller.network === this.network.key;
  }

  private cell(key: string, n: number): Cell {
    return n > 0 && n < SUPPRESSION_THRESHOLD && !this.unsuppressed ? { key, count: null, suppressed: true } : { key, count: n, suppressed: false };
  }

  private duration(histogram: { days: number; n: number }[]): DurationStats {
    const count = histogram.reduce((s, h) => s + h.n, 0);
    if (count > 0 && count < SUPPRESSION_THRESHOLD && !this.unsuppressed) return { count: null, suppressed: true, medianDays: null, p90Days: null };
    return { count, suppressed: false, medianDays: percentile(histogram, 0.5), p90Days: percentile(histogram, 0.9) };
  }

  async compute(fromInput: Date | string, toInput: Date | string, now = new Date()): Promise<NetworkStatisticsModel> {
    const from = new Date(fromInput);
    const to = new Date(toInput);
    if (!(to.getTime() > from.getTime())) throw badInput('to must be after from.', { field: 'to' });
    if ((to.getTime() - from.getTime()) / DAY > MAX_RANGE_DAYS) throw badInput('Ask for at most five years at a time.', { field: 'to' });
    const range = [from.toISOString().slice(0, 10), to.toISOString().slice(0, 10)];
    const [dims, monthly, durations, open, perCountry, stale, with24x7] = await Promise.all([
      this.ds.query(
        `SELECT side, dimension, value, sum(n)::int AS n FROM referral_rollup WHERE day >= $1 AND day < $2 GROUP BY side, dimension, value HAVING sum(n) <> 0`,
        range,
      ) as Promise<{ side: string; dimension: string; value: string; n: number }[]>,
      this.ds.query(
        `SELECT to_char(day, 'YYYY-MM') AS month, side, sum(n)::int AS n FROM referral_rollup
          WHERE day >= $1 AND day < $2 AND dimension = 'status' GROUP BY 1, 2 ORDER BY 1`,
        range,
      ) as Promise<{ month: string; side: string; n: number }[]>,
      this.ds.query(
        `SELECT side, metric, days, sum(n)::int AS n FROM referral_duration_rollup WHERE day >= $1 AND day < $2 GROUP BY 1, 2, 3 HAVING sum(n) > 0`,
        range,
      ) as Promise<{ side: string; metric: string; days: number; n: number }[]>,
      this.ds.query(
        `SELECT day, sum(n)::int AS n FROM referral_rollup WHERE dimension = 'status' AND value = ANY($1) GROUP BY day HAVING sum(n) > 0`,
        [OPEN],
      ) as Promise<{ day: Date | string; n: number }[]>,
      this.ds.query(`SELECT country, count(*)::int AS n FROM contact_points WHERE active GROUP BY country`) as Promise<{ country: string; n: number }[]>,
      this.ds.query(
        `SELECT (SELECT count(*) FROM contact_points WHERE active AND (last_reviewed_at IS NULL OR last_reviewed_at < $1))::int
              + (SELECT count(*) FROM country_profiles WHERE last_reviewed_at IS NULL OR last_reviewed_at < $1)::int AS n`,
        [new Date(now.getTime() - 365 * DAY)],
      ) as Promise<{ n: number }[]>,
      this.ds.query(`SELECT DISTINCT country FROM contact_points WHERE active AND available_24x7`) as Promise<{ country: string }[]>,
    ]);

    const direction = (side: string): DirectionStats => {
      const rows = dims.filter((r) => r.side === side);
      const out = { total: this.cell('total', rows.filter((r) => r.dimension === 'status').reduce((s, r) => s + r.n, 0)) } as DirectionStats;
      for (const [dimension, field] of Object.entries(DIMENSIONS)) {
        out[field] = rows
          .filter((r) => r.dimension === dimension)
          .sort((a, b) => b.n - a.n || a.value.localeCompare(b.value))
          .map((r) => this.cell(dimension === 'counterpartNetwork' ? (this.registry.find((n) => n.key === r.value)?.code ?? r.value) : r.value, r.n));
      }
      return out;
    };
    const months = [...new Set(monthly.map((m) => m.month))];
    const monthCell = (month: string, side: string) => this.cell(month, monthly.find((m) => m.month === month && m.side === side)?.n ?? 0);
    const histogram = (side: string, metric: string) => durations.filter((d) => d.side === side && d.metric === metric).map(({ days, n }) => ({ days, n }));
    const ages = AGE_BUCKETS.map(([key]) => ({ key, n: 0 }));
    for (const row of open) {
      const age = Math.floor((now.getTime() - new Date(row.day).getTime()) / DAY);
      ages[AGE_BUCKETS.findIndex(([, max]) => age <= max)]!.n += row.n;
    }
    const members = this.network.members.map((m) => m.country);
    const covered = new Set(with24x7.map((r) => r.country));
    return {
      network: this.network.code,
      from,
      to,
      outgoing: direction('ORIGIN'),
      incoming: direction('DESTINATION'),
      monthly: months.map((month) => ({ month, outgoing: monthCell(month, 'ORIGIN'), incoming: monthCell(month, 'DESTINATION') })),
      outgoingTimeliness: { acknowledgement: this.duration(histogram('ORIGIN', 'acknowledgement')), completion: this.duration(histogram('ORIGIN', 'completion')) },
      incomingTimeliness: {
        acknowledgement: this.duration(histogram('DESTINATION', 'acknowledgement')),
        completion: this.duration(histogram('DESTINATION', 'completion')),
      },
      openByAge: ages.map(({ key, n }) => this.cell(key, n)),
      directory: {
        // Counts of contact points per country describe the directory, not people: never suppressed.
        contactPointsPerCountry: members.map((country) => ({ key: country, count: perCountry.find((r) => r.country === country)?.n ?? 0, suppressed: false })),
        notReviewedIn12Months: stale[0]?.n ?? 0,
        countriesWithout24x7: members.filter((c) => !covered.has(c)).map((code) => ({ code })),
      },
    };
  }
}
