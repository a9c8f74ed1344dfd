/** Section 2 of BENCHMARKS.md: a referral across two networks, the statistics query, and referral writes. */
import { signToken } from '../scripts/lib/dev-keys';
import { encodeId } from '#shared/ids';
import type { RunningFederation } from '../scripts/lib/processes';
import { createDataSource } from '../subgraphs/src/db/data-source';
import { load } from './load';
import { fmt, SCALE } from './settings';
import type { Bench } from './setup';

/** The statistics of all four networks (sections 2 and 3). */
export const STATS = `query($from: DateTime!, $to: DateTime!) { networks { code statistics(from: $from, to: $to) { outgoing { total { count } byCounterpartNetwork { key count } }
        incoming { byStatus { key count } } incomingTimeliness { acknowledgement { medianDays p90Days } } monthly { month outgoing { count } } } } }`;

const REFERRAL = `query($id: ID!) { node(id: $id) { ... on Referral { reference status from { fullName } assignedTo { fullName network { code } }
        events { sequence side type } counterpart { status assignedTo { fullName } } } } }`;

/** The tokens of sections 2 and 3 besides the member's. */
export interface ReferralCallers {
  /** A SEAJust contact point in Cambodia: referrals start from it. */
  origin: string;
  analyst: string;
}

/** Runs `sql` on a network's database and returns its rows. */
export async function queryNetwork<T>(
  bench: Bench,
  network: string,
  sql: string,
  params: unknown[] = [],
): Promise<T[]> {
  const ds = createDataSource({ url: bench.pg.url(network), poolSize: 1 });
  await ds.initialize();
  try {
    return (await ds.query(sql, params)) as T[];
  } finally {
    await ds.destroy();
  }
}

export async function referralCallers(bench: Bench): Promise<ReferralCallers> {
  const key = bench.identity.idp.privateKeyPem;
  const [row] = await queryNetwork<{ id: string }>(
    bench,
    'seajust',
    `SELECT id FROM contact_points WHERE active AND country = $1 ORDER BY id LIMIT 1`,
    ['KHM'],
  );
  const origin = await signToken(key, {
    subject: 'bench-origin',
    roles: ['CONTACT_POINT'],
    network: 'seajust',
    country: 'KHM',
    contactPointId: encodeId({ key: 'seajust' }, 'cp', row!.id),
  });
  return { origin, analyst: await signToken(key, { subject: 'bench-analyst', roles: ['ANALYST'] }) };
}

/** Sequential creates, each timed until the destination (WACAP) holds its record. */
async function measureWrites(bench: Bench, fed: RunningFederation, origin: string) {
  const wacapDs = createDataSource({ url: bench.pg.url('wacap'), poolSize: 2 });
  await wacapDs.initialize();
  const createMs: number[] = [];
  const deliveryMs: number[] = [];
  try {
    for (let i = 0; i < 40; i++) {
      const t0 = performance.now();
      const res = await fetch(fed.gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${origin}` },
        body: JSON.stringify({
          query: `mutation($key: String!) { seajust { createReferral(idempotencyKey: $key, input: { destinationCountry: "NGA", kind: MUTUAL_LEGAL_ASSISTANCE,
              measures: [BANK_INFORMATION], crimeAreas: [FRAUD], urgency: URGENT, subject: "Benchmark referral" }) { id } } }`,
          variables: { key: `bench-${i}-${Date.now()}` },
        }),
      });
      const body = (await res.json()) as { data?: { seajust: { createReferral: { id: string } } } };
      createMs.push(performance.now() - t0);
      const uuid = body.data!.seajust.createReferral.id.split(':')[2];
      for (;;) {
        const rows = await wacapDs.query(`SELECT 1 FROM referrals WHERE id = $1 AND side = 'DESTINATION'`, [uuid]);
        if (rows.length) break;
        await new Promise((r) => setTimeout(r, 5));
      }
      deliveryMs.push(performance.now() - t0);
    }
  } finally {
    await wacapDs.destroy();
  }
  return { createMs, deliveryMs };
}

export async function referralsSection(
  bench: Bench,
  fed: RunningFederation,
  callers: ReferralCallers,
): Promise<string[]> {
  const [someRef] = await queryNetwork<{ id: string }>(
    bench,
    'seajust',
    `SELECT id FROM referrals WHERE side = 'ORIGIN' AND origin_country = 'KHM' AND destination_network <> 'seajust' AND status = 'COMPLETED' LIMIT 1`,
  );
  const referral = await load(
    fed.gatewayUrl,
    REFERRAL,
    { id: encodeId({ key: 'seajust' }, 'ref', someRef!.id) },
    { authorization: `Bearer ${callers.origin}` },
  );
  const stats = await load(
    fed.gatewayUrl,
    STATS,
    { from: '2025-01-01T00:00:00Z', to: '2026-01-01T00:00:00Z' },
    { authorization: `Bearer ${callers.analyst}` },
  );
  const { createMs, deliveryMs } = await measureWrites(bench, fed, callers.origin);
  const q = (xs: number[], p: number) =>
    [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))]!;
  return [
    '## 2. Referral across two networks, statistics, and writes',
    '',
    '| query | RPS | p50 ms | p99 ms |',
    '| --- | --- | --- | --- |',
    `| node(id:) of a SEAJust→other-network referral, with both sides and contact points of both networks | ${fmt(referral.rps)} | ${referral.p50} | ${referral.p99} |`,
    `| statistics of all four networks for 2025 (seeded history, scale ${SCALE}) | ${fmt(stats.rps)} | ${stats.p50} | ${stats.p99} |`,
    '',
    `createReferral (40 sequential, through the gateway): p50 ${fmt(q(createMs, 0.5))} ms, p99 ${fmt(q(createMs, 0.99))} ms; until the destination (WACAP) holds its record: p50 ${fmt(q(deliveryMs, 0.5))} ms, p99 ${fmt(q(deliveryMs, 0.99))} ms.`,
    '',
  ];
}
