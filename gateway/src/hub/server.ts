/**
 * The hub as a stand-alone HTTP subgraph. Production runs the hub inside the
 * gateway; this exists so a peer gateway (the benchmark's Hive Gateway) can
 * serve the very same supergraph. It serves only the public registry.
 */
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { createHttpHandler, startAndListen, type Listening } from '#shared/http';
import type { Registry } from '#shared/registry';
import { buildHubSchema } from './schema';

export function listenHub(registry: Registry, port: number, host = '127.0.0.1'): Promise<Listening> {
  const apollo = new ApolloServer({
    schema: buildHubSchema(registry),
    csrfPrevention: true,
    plugins: [ApolloServerPluginInlineTraceDisabled()],
  });
  const handler = createHttpHandler({
    apollo,
    maxBodyBytes: 1_000_000,
    context: async () => ({}),
    health: async () => ({ ok: true, hub: 'up' }),
  });
  return startAndListen(apollo, handler, port, host);
}
