/** A network's subgraph on a test database, reached as the gateway reaches it. */
import type { DataSource } from 'typeorm';
import { NETWORKS, type NetworkDefinition } from '#shared/registry';
import { seedNetwork } from '../../subgraphs/src/seed/demo';
import { createSubgraph, type Subgraph, type SubgraphDeps } from '../../subgraphs/src/subgraph';
import { createTestAuth, type TestAuth } from './auth';
import { createMigratedDataSource } from './db';
import { testLogger } from './logs';

/** The subgraph of `network` on `ds`: tokens the test gateway signed for it, its secret, the test logger, and `more`. */
export async function testSubgraph(
  network: NetworkDefinition,
  ds: DataSource,
  auth: TestAuth,
  more: Partial<SubgraphDeps> = {},
): Promise<Subgraph> {
  return createSubgraph(network, {
    ds,
    verifyToken: await auth.subgraphVerifier(network.key),
    secret: auth.secrets[network.key]!,
    logger: testLogger(network.key),
    ...more,
  });
}

export type ListeningSubgraph = Awaited<ReturnType<typeof listeningTestSubgraph>>;

/**
 * `network`'s subgraph listening on a fresh migrated database (`database`), filled by `seed` when given,
 * and fresh test keys; close() stops both.
 */
export async function listeningTestSubgraph(
  network: NetworkDefinition,
  database: string,
  seed?: (ds: DataSource) => Promise<unknown>,
) {
  const auth = await createTestAuth(NETWORKS);
  const env = await createMigratedDataSource(database);
  await seed?.(env.ds);
  const subgraph = await testSubgraph(network, env.ds, auth);
  const server = await subgraph.listen(0);
  return {
    auth,
    ds: env.ds,
    subgraph,
    server,
    async close() {
      await server.close();
      await env.close();
    },
  };
}

export type SeededSubgraph = ListeningSubgraph;

/** `network`'s subgraph listening on a fresh migrated database (`database`) with its demo data, and fresh test keys; close() stops both. */
export function seededTestSubgraph(network: NetworkDefinition, database: string): Promise<SeededSubgraph> {
  return listeningTestSubgraph(network, database, (ds) => seedNetwork(ds, network));
}
