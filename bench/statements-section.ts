/** Section 3 of BENCHMARKS.md: SQL statements per request, by query shape, at two sizes (bench/statements.ts counts them). */
import { NETWORKS } from '#shared/registry';
import { queryNetwork, STATS, type ReferralCallers } from './referrals';
import { DIRECTORY, type Bench } from './setup';
import { statementsPerShape, type Shape } from './statements';

/** Global ids of the rows `sql` selects in a network. */
async function idsOf(bench: Bench, network: string, sql: string, params: unknown[], kind: string): Promise<string[]> {
  const rows = await queryNetwork<{ id: string }>(bench, network, sql, params);
  return rows.map((r) => `${network}:${kind}:${r.id}`);
}

async function shapes(bench: Bench, callers: ReferralCallers): Promise<Shape[]> {
  const cpIds = async (perNetwork: number) =>
    (
      await Promise.all(
        NETWORKS.map((n) =>
          idsOf(bench, n.key, `SELECT id FROM contact_points WHERE active ORDER BY id LIMIT $1`, [perNetwork], 'cp'),
        ),
      )
    ).flat();
  const refIds = (count: number) =>
    idsOf(
      bench,
      'seajust',
      `SELECT id FROM referrals WHERE side = 'ORIGIN' AND origin_country = 'KHM' AND destination_network = 'wacap' AND status = 'COMPLETED' ORDER BY id LIMIT $1`,
      [count],
      'ref',
    );
  return [
    {
      name: 'directory: four networks, contact points with their country',
      query: DIRECTORY,
      token: bench.member,
      sizes: [
        { label: '4 x 5', variables: { first: 5 } },
        { label: '4 x 50', variables: { first: 50 } },
      ],
    },
    {
      name: 'nodes(ids:) of contact points across four networks',
      query: `query($ids: [ID!]!) { nodes(ids: $ids) { id ... on ContactPoint { fullName country { name } network { code } } } }`,
      token: bench.member,
      sizes: [
        { label: '8 ids', variables: { ids: await cpIds(2) } },
        { label: '80 ids', variables: { ids: await cpIds(20) } },
      ],
    },
    {
      name: 'nodes(ids:) of SEAJust→WACAP referrals with their counterpart record in WACAP',
      query: `query($ids: [ID!]!) { nodes(ids: $ids) { ... on Referral { reference status from { fullName } events { sequence type } counterpart { status assignedTo { fullName } } } } }`,
      token: callers.origin,
      sizes: [
        { label: '2 referrals', variables: { ids: await refIds(2) } },
        { label: '20 referrals', variables: { ids: await refIds(20) } },
      ],
    },
    {
      name: 'statistics of all four networks',
      query: STATS,
      token: callers.analyst,
      sizes: [
        { label: 'one month', variables: { from: '2025-06-01T00:00:00Z', to: '2025-07-01T00:00:00Z' } },
        { label: 'one year', variables: { from: '2025-01-01T00:00:00Z', to: '2026-01-01T00:00:00Z' } },
      ],
    },
  ];
}

export async function statementsSection(bench: Bench, callers: ReferralCallers): Promise<string[]> {
  const counts = await statementsPerShape(
    (key) => bench.appUrls.get(key)!,
    bench.identity,
    bench.secrets,
    () => shapes(bench, callers),
  );
  return [
    '## 3. SQL statements per request, by query shape',
    '',
    "Counted by each subgraph's data source (every statement sent to PostgreSQL, audit inserts included), summed over the four networks, for one request through the gateway.",
    '',
    '| query shape | smaller | statements | larger | statements |',
    '| --- | --- | --- | --- | --- |',
    ...counts.map(
      (c) =>
        `| ${c.name} | ${c.counts[0]!.label} | ${c.counts[0]!.statements} | ${c.counts[1]!.label} | ${c.counts[1]!.statements} |`,
    ),
    '',
  ];
}
