/**
 * Analyst statistics against the seeded history: every figure matches a count
 * over the base tables, small cells are suppressed for analysts, and the
 * rollups follow new writes.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeReport } from '../scripts/lib/report';
import { NETWORKS } from '../shared/src/registry';
import { seedNetwork } from '../subgraphs/src/seed/demo';
import { startInProcessFederation } from './support/in-process';

let fed: Awaited<ReturnType<typeof startInProcessFederation>>;
const FROM = '2025-01-01T00:00:00Z';
const TO = '2026-01-01T00:00:00Z';

beforeAll(async () => {
  fed = await startInProcessFederation({
    seed: async (key, env) => void (await seedNetwork(env.ds, NETWORKS.find((n) => n.key === key)!)),
  });
}, 180_000);

afterAll(async () => {
  await fed?.close();
});

const db = (key: string) => fed.networks.get(key)!.env.ds;
type Cell = { key: string; count: number | null; suppressed: boolean };
type Stats = {
  code: string;
  statistics: {
    outgoing: { total: Cell; byStatus: Cell[]; byCounterpartNetwork: Cell[]; byCounterpartCountry: Cell[]; byCrimeArea: Cell[] };
    incoming: { total: Cell; byUrgency: Cell[] };
    monthly: { month: string; outgoing: Cell; incoming: Cell }[];
    incomingTimeliness: { acknowledgement: { count: number; medianDays: number; p90Days: number }; completion: { count: number; medianDays: number } };
    openByAge: Cell[];
    directory: { contactPointsPerCountry: Cell[]; notReviewedIn12Months: number; countriesWithout24x7: { code: string }[] };
  } | null;
};
const QUERY = `query($from: DateTime!, $to: DateTime!) { networks { code statistics(from: $from, to: $to) {
  outgoing { total { key count suppressed } byStatus { key count suppressed } byCounterpartNetwork { key count suppressed }
             byCounterpartCountry { key count suppressed } byCrimeArea { key count suppressed } }
  incoming { total { count } byUrgency { key count suppressed } }
  monthly { month outgoing { count suppressed } incoming { count suppressed } }
  incomingTimeliness { acknowledgement { count medianDays p90Days } completion { count medianDays } }
  openByAge { key count suppressed }
  directory { contactPointsPerCountry { key count } notReviewedIn12Months countriesWithout24x7 { code } } } } }`;

describe('statistics', () => {
  it('match counts over the base tables, for all four networks in one query, with small cells suppressed for analysts', async () => {
    const res = await fed.gql<{ networks: Stats[] }>(QUERY, { from: FROM, to: TO }, await fed.auth.tokenAs('ANALYST'));
    expect(res.errors).toBeUndefined();
    expect(res.data!.networks.map((n) => n.code)).toEqual(NETWORKS.map((n) => n.code));
    let suppressedSeen = 0;
    for (const n of NETWORKS) {
      const s = res.data!.networks.find((x) => x.code === n.code)!.statistics!;
      const ds = db(n.key);
      const inRange = `created_at >= '${FROM}' AND created_at < '${TO}'`;
      const [{ total }] = await ds.query(`SELECT count(*)::int AS total FROM referrals WHERE side = 'ORIGIN' AND ${inRange}`);
      expect(s.outgoing.total.count).toBe(total);
      const expectCells = (cells: Cell[], rows: { key: string; n: number }[]) => {
        const expected = Object.fromEntries(rows.map((r) => [r.key, r.n]));
        for (const c of cells) {
          const n = expected[c.key]!;
          if (n < 5) {
            expect(c).toEqual({ key: c.key, count: null, suppressed: true });
            suppressedSeen++;
          } else expect(c).toEqual({ key: c.key, count: n, suppressed: false });
        }
        expect(cells.map((c) => c.key).sort()).toEqual(Object.keys(expected).sort());
      };
      expectCells(s.outgoing.byStatus, await ds.query(`SELECT status AS key, count(*)::int AS n FROM referrals WHERE side = 'ORIGIN' AND ${inRange} GROUP BY 1`));
      expectCells(s.outgoing.byCounterpartCountry, await ds.query(`SELECT destination_country AS key, count(*)::int AS n FROM referrals WHERE side = 'ORIGIN' AND ${inRange} GROUP BY 1`));
      expectCells(s.outgoing.byCrimeArea, await ds.query(`SELECT c AS key, count(*)::int AS n FROM referrals, unnest(crime_areas) c WHERE side = 'ORIGIN' AND ${inRange} GROUP BY 1`));
      expectCells(s.incoming.byUrgency, await ds.query(`SELECT urgency AS key, count(*)::int AS n FROM referrals WHERE side = 'DESTINATION' AND ${inRange} GROUP BY 1`));
      expect(s.monthly).toHaveLength(12);
      const [ack] = await ds.query(
        `SELECT count(*)::int AS count,
                percentile_disc(0.5) WITHIN GROUP (ORDER BY floor(extract(epoch FROM acknowledged_at - created_at) / 86400)) AS median,
                percentile_disc(0.9) WITHIN GROUP (ORDER BY floor(extract(epoch FROM acknowledged_at - created_at) / 86400)) AS p90
           FROM referrals WHERE side = 'DESTINATION' AND acknowledged_at IS NOT NULL AND ${inRange}`,
      );
      expect(s.incomingTimeliness.acknowledgement).toEqual({ count: ack.count, medianDays: Number(ack.median), p90Days: Number(ack.p90) });
      expect(s.directory.contactPointsPerCountry.map((c) => c.key).sort()).toEqual(n.members.map((m) => m.country).sort());
    }
    expect(suppressedSeen).toBeGreaterThan(0);
  });

  it('give the cross-network flow matrix in one query', async () => {
    const res = await fed.gql<{ networks: Stats[] }>(QUERY, { from: FROM, to: TO }, await fed.auth.tokenAs('ANALYST'));
    for (const origin of NETWORKS) {
      const flows = res.data!.networks.find((x) => x.code === origin.code)!.statistics!.outgoing.byCounterpartNetwork;
      const rows: { key: string; n: number }[] = await db(origin.key).query(
        `SELECT destination_network AS key, count(*)::int AS n FROM referrals WHERE side = 'ORIGIN' AND created_at >= $1 AND created_at < $2 GROUP BY 1`,
        [FROM, TO],
      );
      expect(Object.fromEntries(flows.map((f) => [f.key, f.count]))).toEqual(Object.fromEntries(rows.map((r) => [NETWORKS.find((n) => n.key === r.key)!.code, r.n])));
    }
  });

  it('are unsuppressed for the network\'s own secretariat only', async () => {
    const q = `query($from: DateTime!, $to: DateTime!) { network(code: CASC) { statistics(from: $from, to: $to) { outgoing { byCounterpartCountry { key count suppressed } } } } }`;
    const own = await fed.gql<{ network: Stats }>(q, { from: FROM, to: TO }, await fed.auth.tokenAs('SECRETARIAT', 'casc'));
    expect(own.data!.network.statistics!.outgoing.byCounterpartCountry.every((c) => !c.suppressed && c.count !== null)).toBe(true);
    const other = await fed.gql<{ network: Stats }>(q, { from: FROM, to: TO }, await fed.auth.tokenAs('SECRETARIAT', 'wacap'));
    expect(other.data!.network.statistics!.outgoing.byCounterpartCountry.some((c) => c.suppressed)).toBe(true);
  });

  it('are refused to anonymous callers and contact points', async () => {
    for (const token of [undefined, await fed.auth.tokenAs('CONTACT_POINT', 'casc', 'KAZ')]) {
      const res = await fed.gql<{ network: { statistics: unknown } }>(`{ network(code: CASC) { statistics(from: "${FROM}", to: "${TO}") { outgoing { total { count } } } } }`, {}, token);
      expect(res.data!.network.statistics).toBeNull();
      expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    const bad = await fed.gql(`{ network(code: CASC) { statistics(from: "${TO}", to: "${FROM}") { outgoing { total { count } } } } }`, {}, await fed.auth.tokenAs('ANALYST'));
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('follow new referrals and steps, maintained on write', async () => {
    const now = new Date();
    const from = new Date(now.getTime() - 86_400_000).toISOString();
    const to = new Date(now.getTime() + 86_400_000).toISOString();
    const q = `query($from: DateTime!, $to: DateTime!) { network(code: SEAJUST) { statistics(from: $from, to: $to) { outgoing { byStatus { key count } } } } }`;
    const secretariat = await fed.auth.tokenAs('SECRETARIAT', 'seajust');
    const count = async (status: string) =>
      (await fed.gql<{ network: Stats }>(q, { from, to }, secretariat)).data!.network.statistics!.outgoing.byStatus.find((c) => c.key === status)?.count ?? 0;
    const [cp] = await db('seajust').query(`SELECT id, country FROM contact_points WHERE active AND country = 'KHM' LIMIT 1`);
    const token = await fed.auth.token({ subject: 's', roles: ['CONTACT_POINT'], network: 'seajust', country: 'KHM', contactPointId: `seajust:cp:${cp.id}` });
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
    await fed.gql(`mutation($id: ID!, $key: String!) { seajust { withdrawReferral(id: $id, reason: "test", idempotencyKey: $key) { status } } }`, { id: created.data!.seajust.createReferral.id, key: randomUUID() }, token);
    expect([await count('SENT'), await count('WITHDRAWN')]).toEqual([before, withdrawn + 1]);
  });

  it('keep the rollups maintained on write equal to a rebuild from the referrals', async () => {
    const ds = db('seajust');
    const snapshot = async () => ({
      counts: await ds.query(`SELECT day::text, side, dimension, value, n FROM referral_rollup WHERE n <> 0 ORDER BY 1, 2, 3, 4`),
      durations: await ds.query(`SELECT day::text, side, metric, days, n FROM referral_duration_rollup WHERE n <> 0 ORDER BY 1, 2, 3, 4`),
    });
    const maintained = await snapshot();
    expect(maintained.counts.length).toBeGreaterThan(100);
    await ds.query(`SELECT referral_rollup_rebuild()`);
    expect(await snapshot()).toEqual(maintained);
  });
});

describe('npm run report', () => {
  it('writes CSV files whose figures are the statistics the gateway returns', async () => {
    const outDir = mkdtempSync(join(tmpdir(), 'jcn-report-'));
    const token = await fed.auth.tokenAs('ANALYST');
    const { files, missing } = await writeReport({ gatewayUrl: fed.gatewayUrl, token, from: FROM, to: TO, outDir });
    expect(missing).toEqual([]);
    expect(files.map((f) => f.split('/').pop()).sort()).toEqual(['counts.csv', 'directory-health.csv', 'flows.csv', 'monthly.csv', 'open-by-age.csv', 'timeliness.csv']);
    const flows = readFileSync(join(outDir, 'flows.csv'), 'utf8').trim().split('\r\n');
    expect(flows[0]).toBe('origin_network,destination_network,referrals,suppressed');
    expect(flows).toHaveLength(1 + 16);
    const stats = await fed.gql<{ networks: Stats[] }>(QUERY, { from: FROM, to: TO }, token);
    const casc = stats.data!.networks.find((n) => n.code === 'CASC')!.statistics!.outgoing.byCounterpartNetwork.find((c) => c.key === 'WACAP')!;
    expect(flows).toContain(`CASC,WACAP,${casc.count},false`);
    const monthly = readFileSync(join(outDir, 'monthly.csv'), 'utf8').trim().split('\r\n');
    expect(monthly).toHaveLength(1 + 4 * 12);
  });
});
