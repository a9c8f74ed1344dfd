/**
 * Statistics against the seeded history: the network's own secretariat gets
 * counts over the base tables, everyone else the released atoms of the cell key
 * method (computed here from the referral rows, keys included, independently of
 * the rollups); the differencing attacks that undid the old suppression; and
 * the rollups follow new writes.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeReport, type Cell, type DirectoryFigures } from '../scripts/lib/report';
import { NETWORKS } from '#shared/registry';
import { perturb, PERCENTILE_THRESHOLD } from '../subgraphs/src/statistics/disclosure';
import type { DataSource } from 'typeorm';
import { seedDemo, startInProcessFederation } from './support/in-process';
import {
  deleteReferrals,
  fixedUuid,
  insertReferrals,
  recordKey,
  referralRow,
  type ReferralRow,
} from './support/referral-rows';

let fed: Awaited<ReturnType<typeof startInProcessFederation>>;
const FROM = '2025-01-01T00:00:00Z';
const TO = '2026-01-01T00:00:00Z';

beforeAll(async () => {
  fed = await startInProcessFederation({
    seed: seedDemo,
  });
}, 180_000);

afterAll(async () => {
  await fed?.close();
});

const db = (key: string) => fed.networks.get(key)!.env.ds;
type Duration = { count: number; suppressed: boolean; medianDays: number | null; p90Days: number | null };
type Stats = {
  code: string;
  statistics: {
    perturbed: boolean;
    outgoing: {
      total: Cell;
      byStatus: Cell[];
      byKind: Cell[];
      byUrgency: Cell[];
      byCounterpartNetwork: Cell[];
      byCounterpartCountry: Cell[];
      byCrimeArea: Cell[];
    };
    incoming: { total: Cell; byUrgency: Cell[] };
    monthly: { month: string; outgoing: Cell; incoming: Cell }[];
    outgoingTimeliness: { acknowledgement: Duration };
    incomingTimeliness: { acknowledgement: Duration; completion: Duration };
    openByAge: Cell[];
    directory: DirectoryFigures;
  } | null;
};
const FIELDS = `perturbed
  outgoing { total { key count suppressed } byStatus { key count suppressed } byKind { key count suppressed } byUrgency { key count suppressed }
             byCounterpartNetwork { key count suppressed } byCounterpartCountry { key count suppressed } byCrimeArea { key count suppressed } }
  incoming { total { key count suppressed } byUrgency { key count suppressed } }
  monthly { month outgoing { key count suppressed } incoming { key count suppressed } }
  outgoingTimeliness { acknowledgement { count suppressed medianDays p90Days } }
  incomingTimeliness { acknowledgement { count suppressed medianDays p90Days } completion { count suppressed medianDays p90Days } }
  openByAge { key count suppressed }
  directory { contactPointsPerCountry { key count } notReviewedIn12Months countriesWithout24x7 { code } }`;
const QUERY = `query($from: DateTime!, $to: DateTime!) { networks { code statistics(from: $from, to: $to) { ${FIELDS} } } }`;
/** One network's statistics; network code, from and to as variables. */
const ONE = `query($code: NetworkCode!, $from: DateTime!, $to: DateTime!) { network(code: $code) { code statistics(from: $from, to: $to) { ${FIELDS} } } }`;

/** A referral row as the oracle needs it: the month of its atom and the values of every dimension. */
type Row = {
  id: string;
  side: string;
  month: string;
  status: string;
  kind: string;
  urgency: string;
  crime_areas: string[];
  measures: string[];
  counterpart_network: string;
  counterpart_country: string;
  /** The key stored with the record (HMAC of the id under the network's secret), read here and never recomputed. */
  record_key: number;
};
const referralRows = (key: string): Promise<Row[]> =>
  db(key).query(
    `SELECT id, side, to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM') AS month, status, kind, urgency, crime_areas, measures,
            CASE WHEN side = 'ORIGIN' THEN destination_network ELSE origin_network END AS counterpart_network,
            (CASE WHEN side = 'ORIGIN' THEN destination_country ELSE origin_country END)::text AS counterpart_country, record_key
       FROM referrals WHERE created_at >= $1 AND created_at < $2`,
    [FROM, TO],
  );
const VALUES: Record<string, (r: Row) => string[]> = {
  total: () => ['total'],
  status: (r) => [r.status],
  kind: (r) => [r.kind],
  urgency: (r) => [r.urgency],
  crimeArea: (r) => r.crime_areas,
  measure: (r) => r.measures,
  counterpartNetwork: (r) => [NETWORKS.find((n) => n.key === r.counterpart_network)!.code],
  counterpartCountry: (r) => [r.counterpart_country],
};
/** What a protected caller must see: per value, the sum over months of the p-table applied to (count, keys mod 256). */
function released(rows: readonly Row[], side: string, dimension: string): Record<string, number> {
  const atoms = new Map<string, { value: string; n: number; key: number }>();
  for (const r of rows.filter((x) => x.side === side)) {
    for (const value of VALUES[dimension]!(r)) {
      const atom = atoms.get(`${r.month} ${value}`) ?? { value, n: 0, key: 0 };
      atoms.set(`${r.month} ${value}`, { value, n: atom.n + 1, key: (atom.key + r.record_key) % 256 });
    }
  }
  const sums: Record<string, number> = {};
  for (const a of atoms.values()) sums[a.value] = (sums[a.value] ?? 0) + perturb(a.n, a.key);
  return Object.fromEntries(Object.entries(sums).filter(([, n]) => n > 0));
}
const counts = (cells: Cell[]) => Object.fromEntries(cells.map((c) => [c.key, c.count]));
const exactCounts = async (ds: DataSource, sql: string) =>
  Object.fromEntries(((await ds.query(sql)) as { key: string; n: number }[]).map((r) => [r.key, r.n]));

describe('statistics', () => {
  it("give the network's own secretariat exact counts over the base tables", async () => {
    for (const n of NETWORKS) {
      const res = await fed.gql<{ network: Stats }>(
        ONE,
        { code: n.code, from: FROM, to: TO },
        await fed.auth.tokenAs('SECRETARIAT', n.key),
      );
      expect(res.errors).toBeUndefined();
      const s = res.data!.network.statistics!;
      expect(s.perturbed).toBe(false);
      const ds = db(n.key);
      const inRange = `created_at >= '${FROM}' AND created_at < '${TO}'`;
      const [{ total }] = await ds.query(
        `SELECT count(*)::int AS total FROM referrals WHERE side = 'ORIGIN' AND ${inRange}`,
      );
      expect(s.outgoing.total.count).toBe(total);
      expect(counts(s.outgoing.byStatus)).toEqual(
        await exactCounts(
          ds,
          `SELECT status AS key, count(*)::int AS n FROM referrals WHERE side = 'ORIGIN' AND ${inRange} GROUP BY 1`,
        ),
      );
      expect(counts(s.outgoing.byCounterpartCountry)).toEqual(
        await exactCounts(
          ds,
          `SELECT destination_country AS key, count(*)::int AS n FROM referrals WHERE side = 'ORIGIN' AND ${inRange} GROUP BY 1`,
        ),
      );
      expect(counts(s.outgoing.byCrimeArea)).toEqual(
        await exactCounts(
          ds,
          `SELECT c AS key, count(*)::int AS n FROM referrals, unnest(crime_areas) c WHERE side = 'ORIGIN' AND ${inRange} GROUP BY 1`,
        ),
      );
      expect(counts(s.incoming.byUrgency)).toEqual(
        await exactCounts(
          ds,
          `SELECT urgency AS key, count(*)::int AS n FROM referrals WHERE side = 'DESTINATION' AND ${inRange} GROUP BY 1`,
        ),
      );
      expect(s.monthly).toHaveLength(12);
      const [ack] = await ds.query(
        `SELECT count(*)::int AS count,
                percentile_disc(0.5) WITHIN GROUP (ORDER BY floor(extract(epoch FROM acknowledged_at - created_at) / 86400)) AS median,
                percentile_disc(0.9) WITHIN GROUP (ORDER BY floor(extract(epoch FROM acknowledged_at - created_at) / 86400)) AS p90
           FROM referrals WHERE side = 'DESTINATION' AND acknowledged_at IS NOT NULL AND ${inRange}`,
      );
      expect(s.incomingTimeliness.acknowledgement).toEqual({
        count: ack.count,
        suppressed: false,
        medianDays: Number(ack.median),
        p90Days: Number(ack.p90),
      });
      expect(s.directory.contactPointsPerCountry.map((c) => c.key).sort()).toEqual(
        n.members.map((m) => m.country).sort(),
      );
    }
  });

  it('give everyone else the released atoms only: never a count of 1 to 4, for all four networks in one query', async () => {
    for (const token of [
      await fed.auth.tokenAs('ANALYST'),
      await fed.auth.tokenAs('HUB_ADMIN'),
      await fed.auth.tokenAs('SECRETARIAT', 'wacap'),
    ]) {
      const res = await fed.gql<{ networks: Stats[] }>(QUERY, { from: FROM, to: TO }, token);
      expect(res.errors).toBeUndefined();
      expect(res.data!.networks.map((n) => n.code)).toEqual(NETWORKS.map((n) => n.code));
      for (const n of NETWORKS) {
        const s = res.data!.networks.find((x) => x.code === n.code)!.statistics!;
        if (!s.perturbed) continue; // WACAP's own secretariat: exact, checked above
        const rows = await referralRows(n.key);
        expect(s.outgoing.total.count).toBe(released(rows, 'ORIGIN', 'total').total ?? 0);
        expect(counts(s.outgoing.byStatus)).toEqual(released(rows, 'ORIGIN', 'status'));
        expect(counts(s.outgoing.byCounterpartCountry)).toEqual(released(rows, 'ORIGIN', 'counterpartCountry'));
        expect(counts(s.outgoing.byCrimeArea)).toEqual(released(rows, 'ORIGIN', 'crimeArea'));
        expect(counts(s.incoming.byUrgency)).toEqual(released(rows, 'DESTINATION', 'urgency'));
        expect(s.monthly).toHaveLength(12);
        const cells = [
          s.outgoing.total,
          ...s.outgoing.byStatus,
          ...s.outgoing.byCounterpartCountry,
          ...s.outgoing.byCrimeArea,
          ...s.incoming.byUrgency,
          ...s.openByAge,
          ...s.monthly.flatMap((m) => [m.outgoing, m.incoming]),
        ];
        expect(cells.filter((c) => c.count === null || (c.count > 0 && c.count < 5))).toEqual([]);
        const ack = s.incomingTimeliness.acknowledgement;
        expect(ack.medianDays === null).toBe(ack.count < PERCENTILE_THRESHOLD);
      }
    }
  });

  it('give everyone else the referrals open at the end of the last month over, by age then, released', async () => {
    const now = new Date();
    const thisMonth = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1)).toISOString();
    const res = await fed.gql<{ network: Stats }>(
      ONE,
      { code: 'GLJC', from: FROM, to: TO },
      await fed.auth.tokenAs('ANALYST'),
    );
    expect(res.errors).toBeUndefined();
    const rows: { bucket: string; n: number; key: number }[] = await db('gljc').query(
      `SELECT CASE WHEN age <= 30 THEN '0-30 days' WHEN age <= 90 THEN '31-90 days' WHEN age <= 180 THEN '91-180 days'
                   WHEN age <= 365 THEN '181-365 days' ELSE 'over 365 days' END AS bucket, count(*)::int AS n, (sum(record_key) % 256)::int AS key
         FROM (SELECT $1::date - (created_at AT TIME ZONE 'UTC')::date AS age, record_key FROM referrals
                WHERE status IN ('SENT', 'ACKNOWLEDGED', 'ASSIGNED', 'IN_PROGRESS') AND created_at < $1) o GROUP BY 1`,
      [thisMonth],
    );
    expect(rows.length).toBeGreaterThan(0);
    expect(counts(res.data!.network.statistics!.openByAge)).toEqual(
      Object.fromEntries(
        ['0-30 days', '31-90 days', '91-180 days', '181-365 days', 'over 365 days'].map((b) => [
          b,
          perturb(rows.find((r) => r.bucket === b)?.n ?? 0, rows.find((r) => r.bucket === b)?.key ?? 0),
        ]),
      ),
    );
  });

  it('give everyone but the own secretariat months that are over only: the current month is refused', async () => {
    const now = new Date();
    const thisMonth = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1)).toISOString();
    const nextMonth = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1)).toISOString();
    for (const token of [await fed.auth.tokenAs('ANALYST'), await fed.auth.tokenAs('SECRETARIAT', 'casc')]) {
      const res = await fed.gql<{ network: Stats }>(ONE, { code: 'SEAJUST', from: thisMonth, to: nextMonth }, token);
      expect(res.data!.network.statistics).toBeNull();
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
    }
    const own = await fed.gql<{ network: Stats }>(
      ONE,
      { code: 'SEAJUST', from: thisMonth, to: nextMonth },
      await fed.auth.tokenAs('SECRETARIAT', 'seajust'),
    );
    expect(own.errors).toBeUndefined();
    expect(own.data!.network.statistics!.perturbed).toBe(false);
  });

  it("release the outbox's counts to analysts like every count, and exactly to the own secretariat", async () => {
    const ds = db('seajust');
    const [ref] = await ds.query(`SELECT id, side, destination_network FROM referrals WHERE side = 'ORIGIN' LIMIT 1`);
    const rows: { id: string }[] = await ds.query(
      `INSERT INTO outbox (referral_id, record_side, target_network, kind, payload, failed_at)
       SELECT $1, $2, $3, 'EVENT', '{}'::jsonb, now() FROM generate_series(1, 2) RETURNING id`,
      [ref.id, ref.side, ref.destination_network],
    );
    try {
      const q = `query($from: DateTime!, $to: DateTime!) { network(code: SEAJUST) { statistics(from: $from, to: $to) { deliveries { pending failed oldestPendingAt } } } }`;
      const ask = async (token: string) =>
        (
          await fed.gql<{ network: { statistics: { deliveries: { pending: number; failed: number } } } }>(
            q,
            { from: FROM, to: TO },
            token,
          )
        ).data!.network.statistics.deliveries;
      const [truth] = await ds.query(
        `SELECT count(*) FILTER (WHERE o.failed_at IS NOT NULL)::int AS failed, (coalesce(sum(r.record_key) FILTER (WHERE o.failed_at IS NOT NULL), 0) % 256)::int AS key
           FROM outbox o JOIN referrals r ON r.id = o.referral_id AND r.side = o.record_side WHERE o.delivered_at IS NULL`,
      );
      expect(truth.failed).toBeGreaterThanOrEqual(1);
      expect(truth.failed).toBeLessThan(5);
      expect((await ask(await fed.auth.tokenAs('SECRETARIAT', 'seajust'))).failed).toBe(truth.failed);
      const released = await ask(await fed.auth.tokenAs('ANALYST'));
      expect(released.failed).toBe(perturb(truth.failed, truth.key));
      expect([0, 5]).toContain(released.failed);
    } finally {
      await ds.query(`DELETE FROM outbox WHERE id = ANY($1)`, [rows.map((r) => r.id)]);
    }
  });

  it('give the cross-network flow matrix in one query, the same released figures from both sides of a flow', async () => {
    const res = await fed.gql<{ networks: Stats[] }>(QUERY, { from: FROM, to: TO }, await fed.auth.tokenAs('ANALYST'));
    for (const origin of NETWORKS) {
      const flows = res.data!.networks.find((x) => x.code === origin.code)!.statistics!.outgoing.byCounterpartNetwork;
      expect(counts(flows)).toEqual(released(await referralRows(origin.key), 'ORIGIN', 'counterpartNetwork'));
    }
  });

  it('are refused to anonymous callers and contact points', async () => {
    for (const token of [undefined, await fed.auth.tokenAs('CONTACT_POINT', 'casc', 'KAZ')]) {
      const res = await fed.gql<{ network: { statistics: unknown } }>(
        `{ network(code: CASC) { statistics(from: "${FROM}", to: "${TO}") { outgoing { total { count } } } } }`,
        {},
        token,
      );
      expect(res.data!.network.statistics).toBeNull();
      expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    const bad = await fed.gql(
      `{ network(code: CASC) { statistics(from: "${TO}", to: "${FROM}") { outgoing { total { count } } } } }`,
      {},
      await fed.auth.tokenAs('ANALYST'),
    );
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('follow new referrals and steps, maintained on write', async () => {
    const now = new Date();
    const from = new Date(now.getTime() - 86_400_000).toISOString();
    const to = new Date(now.getTime() + 86_400_000).toISOString();
    const q = `query($from: DateTime!, $to: DateTime!) { network(code: SEAJUST) { statistics(from: $from, to: $to) { outgoing { byStatus { key count } } } } }`;
    const secretariat = await fed.auth.tokenAs('SECRETARIAT', 'seajust');
    const count = async (status: string) =>
      (
        await fed.gql<{ network: Stats }>(q, { from, to }, secretariat)
      ).data!.network.statistics!.outgoing.byStatus.find((c) => c.key === status)?.count ?? 0;
    const [cp] = await db('seajust').query(
      `SELECT id, country FROM contact_points WHERE active AND country = 'KHM' LIMIT 1`,
    );
    const token = await fed.auth.token({
      subject: 's',
      roles: ['CONTACT_POINT'],
      network: 'seajust',
      country: 'KHM',
      contactPointId: `seajust:cp:${cp.id}`,
    });
    const before = await count('SENT');
    const created = await fed.gql<{ seajust: { createReferral: { id: string } } }>(
      `mutation($key: String!) { seajust { createReferral(idempotencyKey: $key, input: { destinationCountry: "THA", kind: INFORMAL_COOPERATION, measures: [WITNESS_EVIDENCE],
         crimeAreas: [FRAUD], urgency: ROUTINE, subject: "Statistics test (demo)" }) { id } } }`,
      { key: randomUUID() },
      token,
    );
    expect(created.errors).toBeUndefined();
    expect(await count('SENT')).toBe(before + 1);
    const withdrawn = await count('WITHDRAWN');
    await fed.gql(
      `mutation($id: ID!, $key: String!) { seajust { withdrawReferral(id: $id, reason: "test", idempotencyKey: $key) { status } } }`,
      { id: created.data!.seajust.createReferral.id, key: randomUUID() },
      token,
    );
    expect([await count('SENT'), await count('WITHDRAWN')]).toEqual([before, withdrawn + 1]);
  });

  it('keep the rollups maintained on write equal to a rebuild from the referrals', async () => {
    const ds = db('seajust');
    const snapshot = async () => ({
      counts: await ds.query(
        `SELECT day::text, side, dimension, value, n, keysum FROM referral_rollup WHERE n <> 0 ORDER BY 1, 2, 3, 4`,
      ),
      durations: await ds.query(
        `SELECT day::text, side, metric, days, n, keysum FROM referral_duration_rollup WHERE n <> 0 ORDER BY 1, 2, 3, 4`,
      ),
      atoms: await ds.query(
        `SELECT month::text, side, dimension, value, n, keysum FROM referral_atoms WHERE n <> 0 ORDER BY 1, 2, 3, 4`,
      ),
      durationAtoms: await ds.query(
        `SELECT month::text, side, metric, n, keysum FROM referral_duration_atoms WHERE n <> 0 ORDER BY 1, 2, 3`,
      ),
    });
    const maintained = await snapshot();
    expect(maintained.counts.length).toBeGreaterThan(100);
    await ds.query(`SELECT referral_rollup_rebuild()`);
    expect(await snapshot()).toEqual(maintained);
  });
});

/** A fixture row with a fixed stored key, so the noise of a test is the same on every run. */
const keyedRow = (network: string, id: string, overrides: Partial<ReferralRow> = {}) =>
  referralRow(network, id, { recordKey: recordKey(id), ...overrides });

describe('statistics under differencing attacks (CASC, 2019: only the fixture below)', () => {
  const D = '2019-03-10';
  // March: 12 outgoing referrals; a lone extradition (the only referral of day D) and three fraud cases hide among them.
  const MARCH = Array.from({ length: 12 }, (_, i) =>
    keyedRow('casc', fixedUuid(2019, i), {
      kind: i === 0 ? 'EXTRADITION' : 'MUTUAL_LEGAL_ASSISTANCE',
      crimeAreas: [i < 3 ? 'FRAUD' : 'MONEY_LAUNDERING'],
      createdAt: i === 0 ? `${D}T10:00:00Z` : `2019-03-${20 + (i % 8)}T10:00:00Z`,
    }),
  );
  // April: 6 acknowledged after 9 days each, too few for percentiles; May: 9 more.
  const APRIL = Array.from({ length: 6 }, (_, i) =>
    keyedRow('casc', fixedUuid(2019, 100 + i), {
      status: 'ACKNOWLEDGED',
      createdAt: `2019-04-0${1 + i}T10:00:00Z`,
      acknowledgedAt: `2019-04-1${i}T10:00:00Z`,
    }),
  );
  const MAY = Array.from({ length: 9 }, (_, i) =>
    keyedRow('casc', fixedUuid(2019, 200 + i), { createdAt: `2019-05-1${i}T10:00:00Z` }),
  );
  // July: 9 acknowledged, keys summing to 200, so their count is released as 10; August: 12, acknowledged after 9 days (ten of them) or 20.
  const JULY = Array.from({ length: 9 }, (_, i) =>
    keyedRow('casc', fixedUuid(2019, 300 + i), {
      status: 'ACKNOWLEDGED',
      createdAt: `2019-07-0${1 + i}T10:00:00Z`,
      acknowledgedAt: `2019-07-1${i}T10:00:00Z`,
      recordKey: i === 0 ? 200 : 0,
    }),
  );
  const AUGUST = Array.from({ length: 12 }, (_, i) =>
    keyedRow('casc', fixedUuid(2019, 400 + i), {
      status: 'ACKNOWLEDGED',
      createdAt: `2019-08-01T10:00:00Z`,
      acknowledgedAt: i < 10 ? '2019-08-10T10:00:00Z' : '2019-08-21T10:00:00Z',
    }),
  );
  const asRows = (rows: ReferralRow[]): Row[] =>
    rows.map((r) => ({
      id: r.id,
      side: r.side,
      month: r.createdAt.slice(0, 7),
      status: r.status,
      kind: r.kind,
      urgency: r.urgency,
      crime_areas: r.crimeAreas,
      measures: r.measures,
      counterpart_network: r.destinationNetwork,
      counterpart_country: r.destinationCountry,
      record_key: r.recordKey!,
    }));
  const ATTACK = `query($from: DateTime!, $to: DateTime!) { network(code: CASC) { statistics(from: $from, to: $to) {
    outgoing { total { count } byKind { key count suppressed } byCrimeArea { key count suppressed } byUrgency { key count suppressed } }
    monthly { month outgoing { count } } outgoingTimeliness { acknowledgement { count suppressed medianDays p90Days } } } } }`;
  type Figures = {
    outgoing: { total: Cell; byKind: Cell[]; byCrimeArea: Cell[]; byUrgency: Cell[] };
    monthly: { month: string; outgoing: Cell }[];
    outgoingTimeliness: { acknowledgement: Duration };
  };
  const ask = (from: string, to: string, token: string) =>
    fed.gql<{ network: { statistics: Figures | null } }>(ATTACK, { from, to }, token);
  const figures = async (from: string, to: string, token: string) => {
    const res = await ask(from, to, token);
    expect(res.errors).toBeUndefined();
    return res.data!.network.statistics!;
  };
  const sum = (cells: Cell[]) => cells.reduce((s, c) => s + (c.count ?? 0), 0);
  const cellOf = (cells: Cell[], key: string) => cells.find((c) => c.key === key)?.count ?? 0;
  const MONTH = ['2019-03-01T00:00:00Z', '2019-04-01T00:00:00Z'] as const;
  let analyst: string;

  beforeAll(async () => {
    analyst = await fed.auth.tokenAs('ANALYST');
    await insertReferrals(db('casc'), [...MARCH, ...APRIL, ...MAY, ...JULY, ...AUGUST]);
    const [{ n }] = await db('casc').query(
      `SELECT count(*)::int AS n FROM referrals WHERE created_at >= '2019-01-01' AND created_at < '2020-01-01'`,
    );
    expect(n).toBe(MARCH.length + APRIL.length + MAY.length + JULY.length + AUGUST.length);
  });

  afterAll(async () => {
    await deleteReferrals(db('casc'), [...MARCH, ...APRIL, ...MAY, ...JULY, ...AUGUST]);
  });

  it('(a) total minus the visible cells does not give the hidden cell: every figure is a released atom', async () => {
    const s = await figures(...MONTH, analyst);
    // Before: total 12 exact, MUTUAL_LEGAL_ASSISTANCE 11 visible, so the suppressed EXTRADITION was 12 - 11 = 1.
    expect(s.outgoing.total.count! - sum(s.outgoing.byKind.filter((c) => c.key !== 'EXTRADITION'))).not.toBe(1);
    expect(cellOf(s.outgoing.byKind, 'EXTRADITION')).not.toBe(1);
    expect(s.outgoing.total.count).toBe(released(asRows(MARCH), 'ORIGIN', 'total').total);
    expect(counts(s.outgoing.byKind)).toEqual(released(asRows(MARCH), 'ORIGIN', 'kind'));
  });

  it('(b) overlapping ranges: day boundaries are refused, and month ranges differ only by released atoms', async () => {
    for (const [from, to, field] of [
      [`${D}T00:00:00Z`, '2019-06-08T00:00:00Z', 'from'],
      ['2019-03-11T00:00:00Z', '2019-06-08T00:00:00Z', 'from'],
      ['2019-03-01T00:00:00Z', '2019-06-08T00:00:00Z', 'to'],
      ['2019-03-01T00:00:00.001Z', '2019-06-01T00:00:00Z', 'from'],
    ] as const) {
      const res = await ask(from, to, analyst);
      expect(res.data!.network.statistics).toBeNull();
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(res.errors?.[0]?.message).toMatch(/first day of a month/);
    }
    const marchToMay = await figures('2019-03-01T00:00:00Z', '2019-06-01T00:00:00Z', analyst);
    const aprilToMay = await figures('2019-04-01T00:00:00Z', '2019-06-01T00:00:00Z', analyst);
    expect(marchToMay.outgoing.total.count! - aprilToMay.outgoing.total.count!).toBe(
      released(asRows(MARCH), 'ORIGIN', 'total').total,
    );
    expect(cellOf(marchToMay.outgoing.byKind, 'EXTRADITION') - cellOf(aprilToMay.outgoing.byKind, 'EXTRADITION')).toBe(
      released(asRows(MARCH), 'ORIGIN', 'kind').EXTRADITION ?? 0,
    );
    expect(marchToMay.monthly.map((m) => m.outgoing.count)).toEqual(
      [MARCH, APRIL, MAY].map((rows) => released(asRows(rows), 'ORIGIN', 'total').total ?? 0),
    );
    expect(marchToMay.outgoing.total.count).toBe(sum(marchToMay.monthly.map((m) => m.outgoing)));
  });

  it('(c) month minus day: the day is refused, so the lone referral of day D cannot be isolated', async () => {
    const month = await figures(...MONTH, analyst);
    expect(month.outgoing.total.count).toBe(released(asRows(MARCH), 'ORIGIN', 'total').total);
    for (const [from, to, field] of [
      ['2019-03-11T00:00:00Z', MONTH[1], 'from'],
      [MONTH[0], '2019-03-10T00:00:00Z', 'to'],
      [MONTH[0], '2019-03-11T00:00:00Z', 'to'],
    ] as const) {
      const res = await ask(from, to, analyst);
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
  });

  it('(d) one dimension against another does not give a hidden cell', async () => {
    const s = await figures(...MONTH, analyst);
    // Before: every urgency cell visible (12), the visible crime areas 9: so FRAUD, suppressed, was 3.
    expect(sum(s.outgoing.byUrgency) - sum(s.outgoing.byCrimeArea.filter((c) => c.key !== 'FRAUD'))).not.toBe(3);
    expect(cellOf(s.outgoing.byCrimeArea, 'FRAUD')).not.toBe(3);
    // Each dimension sums its own released atoms, so their difference is one of released atoms too.
    const rows = asRows(MARCH);
    expect(sum(s.outgoing.byKind) - sum(s.outgoing.byCrimeArea)).toBe(
      Object.values(released(rows, 'ORIGIN', 'kind')).reduce((a, b) => a + b, 0) -
        Object.values(released(rows, 'ORIGIN', 'crimeArea')).reduce((a, b) => a + b, 0),
    );
  });

  it('(e) give the same answer to the same question, every time and to every protected caller', async () => {
    const first = await figures('2019-03-01T00:00:00Z', '2019-06-01T00:00:00Z', analyst);
    for (const token of [
      analyst,
      analyst,
      await fed.auth.tokenAs('HUB_ADMIN'),
      await fed.auth.tokenAs('SECRETARIAT', 'seajust'),
    ]) {
      expect(await figures('2019-03-01T00:00:00Z', '2019-06-01T00:00:00Z', token)).toEqual(first);
    }
  });

  it("(f) give the network's own secretariat exact counts, over any day range", async () => {
    const own = await fed.auth.tokenAs('SECRETARIAT', 'casc');
    const s = await figures(...MONTH, own);
    expect([
      s.outgoing.total.count,
      cellOf(s.outgoing.byKind, 'EXTRADITION'),
      cellOf(s.outgoing.byCrimeArea, 'FRAUD'),
    ]).toEqual([12, 1, 3]);
    expect((await figures(`${D}T00:00:00Z`, '2019-03-11T00:00:00Z', own)).outgoing.total.count).toBe(1);
    expect(
      (await figures('2019-04-01T00:00:00Z', '2019-05-01T00:00:00Z', own)).outgoingTimeliness.acknowledgement,
    ).toEqual({
      count: 6,
      suppressed: false,
      medianDays: 9,
      p90Days: 9,
    });
  });

  it(`withhold percentiles from protected callers under ${PERCENTILE_THRESHOLD} referrals`, async () => {
    const april = asRows(APRIL);
    const count = released(april, 'ORIGIN', 'total').total;
    expect(count).toBeLessThan(PERCENTILE_THRESHOLD);
    const s = await figures('2019-04-01T00:00:00Z', '2019-05-01T00:00:00Z', analyst);
    expect(s.outgoingTimeliness.acknowledgement).toEqual({ count, suppressed: true, medianDays: null, p90Days: null });
  });

  it(`(h) decide on the true count: ${PERCENTILE_THRESHOLD - 1} referrals released as ${PERCENTILE_THRESHOLD} or more get no percentiles`, async () => {
    const s = await figures('2019-07-01T00:00:00Z', '2019-08-01T00:00:00Z', analyst);
    expect(s.outgoingTimeliness.acknowledgement.count).toBeGreaterThanOrEqual(PERCENTILE_THRESHOLD);
    expect(s.outgoingTimeliness.acknowledgement).toMatchObject({ suppressed: true, medianDays: null, p90Days: null });
  });

  it('(i) release percentiles perturbed, never the exact ones, and the own secretariat the exact ones', async () => {
    const range = ['2019-08-01T00:00:00Z', '2019-09-01T00:00:00Z'] as const;
    const released = (await figures(...range, analyst)).outgoingTimeliness.acknowledgement;
    const exact = (await figures(...range, await fed.auth.tokenAs('SECRETARIAT', 'casc'))).outgoingTimeliness
      .acknowledgement;
    expect(exact).toEqual({ count: 12, suppressed: false, medianDays: 9, p90Days: 20 });
    expect(released.suppressed).toBe(false);
    for (const [got, truth] of [
      [released.medianDays!, 9],
      [released.p90Days!, 20],
    ]) {
      expect(got).not.toBe(truth);
      expect(Math.abs(got - truth)).toBeLessThanOrEqual(2);
    }
  });

  it('(g) refuse a year above 9999 or below 1, and malformed instants, as BAD_USER_INPUT naming the argument', async () => {
    const own = await fed.auth.tokenAs('SECRETARIAT', 'casc');
    for (const token of [analyst, own]) {
      for (const [from, to, field] of [
        ['2019-03-01T00:00:00Z', '+010000-01-01T00:00:00Z', 'to'],
        ['+010000-01-01T00:00:00Z', '+010000-02-01T00:00:00Z', 'from'],
        ['0000-01-01T00:00:00Z', '2019-03-01T00:00:00Z', 'from'],
        ['-000001-01-01T00:00:00Z', '2019-03-01T00:00:00Z', 'from'],
        ['2019-13-01T00:00:00Z', '2019-03-01T00:00:00Z', 'from'],
        ['2019-03-01T00:00:00Z', 'next month', 'to'],
      ] as const) {
        const res = await ask(from, to, token);
        expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      }
    }
  });
});

describe('npm run report', () => {
  it('writes CSV files whose figures are the statistics the gateway returns', async () => {
    const outDir = mkdtempSync(join(tmpdir(), 'jcn-report-'));
    const token = await fed.auth.tokenAs('ANALYST');
    const { files, missing } = await writeReport({ gatewayUrl: fed.gatewayUrl, token, from: FROM, to: TO, outDir });
    expect(missing).toEqual([]);
    expect(files.map((f) => f.split('/').pop()).sort()).toEqual([
      'counts.csv',
      'directory-health.csv',
      'flows.csv',
      'monthly.csv',
      'open-by-age.csv',
      'timeliness.csv',
    ]);
    const flows = readFileSync(join(outDir, 'flows.csv'), 'utf8').trim().split('\r\n');
    expect(flows[0]).toBe('origin_network,destination_network,referrals,suppressed');
    expect(flows).toHaveLength(1 + 16);
    const stats = await fed.gql<{ networks: Stats[] }>(QUERY, { from: FROM, to: TO }, token);
    const casc = stats
      .data!.networks.find((n) => n.code === 'CASC')!
      .statistics!.outgoing.byCounterpartNetwork.find((c) => c.key === 'WACAP')!;
    expect(flows).toContain(`CASC,WACAP,${casc.count},false`);
    const monthly = readFileSync(join(outDir, 'monthly.csv'), 'utf8').trim().split('\r\n');
    expect(monthly).toHaveLength(1 + 4 * 12);
  });
});
