/**
 * SQL statements per request, by query shape, at two result sizes: the
 * in-process federation of the tests (test/support/in-process.ts: subgraphs
 * and gateway in this process, over HTTP on loopback, each subgraph's data
 * source counting the statements it sends) on the benchmark's seeded databases.
 */
import type { DevIdentity } from '../scripts/lib/dev-keys';
import { NETWORKS } from '#shared/registry';
import { createTestAuth } from '../test/support/auth';
import { startInProcessFederation } from '../test/support/in-process';

export interface Shape {
  name: string;
  query: string;
  token: string;
  /** The two sizes: a label and the variables of each. */
  sizes: [{ label: string; variables: Record<string, unknown> }, { label: string; variables: Record<string, unknown> }];
}

export interface ShapeCount {
  name: string;
  counts: { label: string; statements: number }[];
}

/** Counts the statements of each shape at each size; `appUrl` is a network's database as its application role. */
export async function statementsPerShape(
  appUrl: (key: string) => string,
  identity: DevIdentity,
  secrets: Record<string, string>,
  shapes: (urls: { gateway: string }) => Promise<Shape[]>,
): Promise<ShapeCount[]> {
  const fed = await startInProcessFederation({
    databaseUrls: appUrl,
    auth: await createTestAuth(NETWORKS, { identity, secrets }),
    production: true,
    // Each request is counted on its own: nothing shared between requests.
    gatewayEnv: { SUBGRAPH_DEDUPE: 'off' },
  });
  try {
    const out: ShapeCount[] = [];
    for (const shape of await shapes({ gateway: fed.gatewayUrl })) {
      const counts: ShapeCount['counts'] = [];
      for (const size of shape.sizes) {
        const before = fed.statements();
        const res = await fed.gql(shape.query, size.variables, shape.token);
        if (res.status !== 200 || res.errors)
          throw new Error(`${shape.name} (${size.label}) failed: ${JSON.stringify(res.errors).slice(0, 300)}`);
        // Audit entries are written before the response leaves, so the count is complete here.
        counts.push({ label: size.label, statements: fed.statements() - before });
      }
      out.push({ name: shape.name, counts });
    }
    return out;
  } finally {
    await fed.close();
  }
}
