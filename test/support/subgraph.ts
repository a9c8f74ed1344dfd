/** A network's subgraph on a test database, reached as the gateway reaches it. */
import type { DataSource } from 'typeorm';
import type { NetworkDefinition } from '../../shared/src/registry';
import { createSubgraph, type Subgraph } from '../../subgraphs/src/subgraph';
import type { TestAuth } from './auth';
import { testLogger } from './logs';

/** The subgraph of `network` on `ds`: tokens the test gateway signed for it, its secret, the test logger. */
export async function testSubgraph(network: NetworkDefinition, ds: DataSource, auth: TestAuth): Promise<Subgraph> {
  return createSubgraph(network, { ds, verifyToken: await auth.subgraphVerifier(network.key), secret: auth.secrets[network.key]!, logger: testLogger(network.key) });
}
