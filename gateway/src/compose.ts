/**
 * Composes the supergraph ahead of time from the hub's and every network's SDL
 * (`npm run compose`). The gateway loads the file; a test fails when it is stale.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';
import { NETWORKS, type Registry } from '../../shared/src/registry';
import { networkSubgraphSdl } from '../../subgraphs/src/schema/template';
import { hubSdl } from './hub/schema';

export const HUB_NAME = 'hub';
export const SUPERGRAPH_PATH = join(__dirname, '..', 'supergraph.graphql');

/** The URL a network's subgraph has in the composed file; the gateway's configuration overrides it. */
export const defaultSubgraphUrl = (port: number) => `http://127.0.0.1:${port}/graphql`;

export function composeSupergraph(registry: Registry): string {
  const result = composeServices([
    { name: HUB_NAME, url: 'local://hub', typeDefs: parse(hubSdl(registry)) },
    ...registry.map((n) => ({ name: n.key, url: defaultSubgraphUrl(n.port), typeDefs: parse(networkSubgraphSdl(n, registry)) })),
  ]);
  if (result.errors) throw new Error(`composition failed:\n${result.errors.map((e) => `  - ${e.message}`).join('\n')}`);
  return result.supergraphSdl;
}

if (require.main === module) {
  writeFileSync(SUPERGRAPH_PATH, composeSupergraph(NETWORKS));
  console.log(`wrote ${SUPERGRAPH_PATH}`);
}
