/**
 * Composes the supergraph ahead of time from the hub's and every network's SDL
 * (`npm run compose`), and writes each network's SDL beside it (gateway/baseline/):
 * the schema registry composes them until a network publishes its own. The gateway
 * loads the files; a test fails when they are stale.
 * Composition is a build step that reads both sides, so it lives here and the
 * gateway's runtime imports nothing from subgraphs/.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';
import { baselineSdlPath, defaultSubgraphUrl, HUB_NAME, SUPERGRAPH_PATH } from '../gateway/src/supergraph/names';
import { hubSdl } from '../gateway/src/hub/schema';
import { NETWORKS, type Registry } from '#shared/registry';
import { networkSubgraphSdl } from '../subgraphs/src/schema/template';

export function composeSupergraph(registry: Registry): string {
  const result = composeServices([
    { name: HUB_NAME, url: 'local://hub', typeDefs: parse(hubSdl(registry)) },
    ...registry.map((n) => ({
      name: n.key,
      url: defaultSubgraphUrl(n.port),
      typeDefs: parse(networkSubgraphSdl(n, registry)),
    })),
  ]);
  if (result.errors) throw new Error(`composition failed:\n${result.errors.map((e) => `  - ${e.message}`).join('\n')}`);
  return result.supergraphSdl;
}

if (require.main === module) {
  writeFileSync(SUPERGRAPH_PATH, composeSupergraph(NETWORKS));
  console.log(`wrote ${SUPERGRAPH_PATH}`);
  for (const n of NETWORKS) {
    mkdirSync(dirname(baselineSdlPath(n.key)), { recursive: true });
    writeFileSync(baselineSdlPath(n.key), networkSubgraphSdl(n, NETWORKS));
    console.log(`wrote ${baselineSdlPath(n.key)}`);
  }
}
