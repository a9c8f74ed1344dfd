/**
 * Batching: the SQL statements a query runs do not grow with the rows it
 * returns. Counted in every subgraph for 10 and for 200 contact points.
 */
import { NETWORKS } from '#shared/registry';
import { staffSeed } from './support/contact-points';
import { startInProcessFederation } from './support/in-process';

let fed: Awaited<ReturnType<typeof startInProcessFederation>>;
let token: string;

beforeAll(async () => {
  fed = await startInProcessFederation({
    // 60 contact points a network, six of whom replaced a former one: pages of 50 are full, with successors and predecessors to load.
    seed: staffSeed(60),
  });
  token = await fed.auth.tokenAs('CONTACT_POINT', 'wacap', 'NGA');
}, 120_000);

afterAll(async () => {
  await fed?.close();
});

const DIRECTORY = `query($first: Int!) { networks { code contactPoints(first: $first) { totalCount nodes {
  id fullName country { name } network { code } successor { id fullName } predecessor { id } } } } }`;

async function statementsFor(
  query: string,
  variables: Record<string, unknown>,
): Promise<{ statements: number; data: unknown }> {
  const before = fed.statements();
  const res = await fed.gql(query, variables, token);
  expect(res.errors).toBeUndefined();
  return { statements: fed.statements() - before, data: res.data };
}

describe('SQL statements per query', () => {
  it('are the same for 10 and for 200 contact points across the four networks', async () => {
    const small = await statementsFor(DIRECTORY, { first: 3 }); // 4 networks x 3 (2 or 3) ~ 10 rows
    const large = await statementsFor(DIRECTORY, { first: 50 }); // 4 x 50 = 200 rows
    const rows = (d: unknown) =>
      (d as { networks: { contactPoints: { nodes: unknown[] } }[] }).networks.reduce(
        (s, n) => s + n.contactPoints.nodes.length,
        0,
      );
    expect(rows(small.data)).toBe(12);
    expect(rows(large.data)).toBe(200);
    expect(large.statements).toBe(small.statements);
    // count + page + successors + predecessors in each of the four networks
    expect(small.statements).toBeLessThanOrEqual(4 * 4);
  });

  it('stay within one batch per network and kind for nodes(ids:) with 10 and with 100 ids', async () => {
    const ids = await fed.gql<{ networks: { contactPoints: { nodes: { id: string }[] } }[] }>(
      `{ networks { contactPoints(first: 25) { nodes { id } } } }`,
      {},
      token,
    );
    const all = ids.data!.networks.flatMap((n) => n.contactPoints.nodes.map((x) => x.id));
    expect(all).toHaveLength(100);
    const NODES = `query($ids: [ID!]!) { nodes(ids: $ids) { id ... on ContactPoint { fullName successor { id } } } }`;
    const ten = [0, 1, 2, 25, 26, 50, 51, 75, 76, 77].map((i) => all[i]);
    const small = await statementsFor(NODES, { ids: ten });
    const large = await statementsFor(NODES, { ids: all });
    expect((large.data as { nodes: unknown[] }).nodes).toHaveLength(100);
    // one entity batch and at most one successor batch per network, whatever the number of ids
    for (const run of [small, large]) {
      expect(run.statements).toBeGreaterThanOrEqual(NETWORKS.length);
      expect(run.statements).toBeLessThanOrEqual(2 * NETWORKS.length);
    }
  });
});
