/**
 * The gateway: Apollo Gateway over the precomposed supergraph file, the hub
 * subgraph in-process, and one HTTP data source per network. An error that
 * comes from a network carries that network's code in `extensions.network`.
 */
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { watch, type FSWatcher } from 'node:fs';
import { ApolloServer, type BaseContext } from '@apollo/server';
import {
  ApolloGateway,
  LocalGraphQLDataSource,
  RemoteGraphQLDataSource,
  type GraphQLDataSourceProcessOptions,
} from '@apollo/gateway';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import type { Fetcher } from '@apollo/utils.fetcher';
import { GraphQLError, parse } from 'graphql';
import { createHttpHandler, listen, type Listening } from '../../shared/src/http';
import { NETWORKS, type NetworkDefinition, type Registry } from '../../shared/src/registry';
import { maskErrors } from '../../subgraphs/src/subgraph';
import { HUB_NAME } from './compose';
import type { GatewayConfig } from './config';
import { hubResolvers } from './hub/resolvers';
import { hubSdl } from './hub/schema';

export interface GatewayContext extends BaseContext {
  requestId: string;
}

/** Node's built-in fetch keeps connections alive and pools them per origin. */
const keepAliveFetcher = ((url: string, init?: RequestInit) => fetch(url, init)) as unknown as Fetcher;

/** A network's data source: forwards the request id and tags every error with the network code. */
class NetworkDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    private readonly network: NetworkDefinition,
    url: string,
  ) {
    super({ url, fetcher: keepAliveFetcher });
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    if (context.requestId) request.http?.headers.set('x-request-id', context.requestId);
  }

  override async process(options: GraphQLDataSourceProcessOptions<GatewayContext>) {
    let response;
    try {
      response = await super.process(options);
    } catch (err) {
      throw new GraphQLError(`The ${this.network.name} network did not answer; its part of the result is missing. Try again later.`, {
        extensions: { code: 'NETWORK_UNAVAILABLE', network: this.network.code },
        originalError: err instanceof Error ? err : undefined,
      });
    }
    for (const error of response.errors ?? []) {
      (error as { extensions?: Record<string, unknown> }).extensions = { ...error.extensions, network: this.network.code };
    }
    return response;
  }
}

/** Reads the supergraph file and reloads the gateway whenever it changes. */
function supergraphFromFile(path: string, log: (m: string) => void) {
  return async ({ update }: { update: (sdl: string) => void }) => {
    let current = await readFile(path, 'utf8');
    let timer: NodeJS.Timeout | undefined;
    const watcher: FSWatcher = watch(path, () => {
      clearTimeout(timer);
      timer = setTimeout(async () => {
        try {
          const next = await readFile(path, 'utf8');
          if (next === current || !next.trim()) return;
          update(next);
          current = next;
          log(`supergraph reloaded from ${path}`);
        } catch (err) {
          log(`supergraph reload failed, keeping the previous one: ${(err as Error).message}`);
        }
      }, 100);
    });
    return {
      supergraphSdl: current,
      cleanup: async () => {
        clearTimeout(timer);
        watcher.close();
      },
    };
  };
}

async function subgraphHealth(url: string): Promise<'up' | 'down'> {
  try {
    const res = await fetch(new URL('/health', url), { signal: AbortSignal.timeout(1500) });
    return res.ok ? 'up' : 'down';
  } catch {
    return 'down';
  }
}

export function createGateway(config: GatewayConfig, registry: Registry = NETWORKS, log: (m: string) => void = (m) => console.error(`[gateway] ${m}`)) {
  const hubSchema = buildSubgraphSchema([
    { typeDefs: parse(hubSdl(registry)), resolvers: hubResolvers(registry) as unknown as GraphQLResolverMap<unknown> },
  ]);
  const byKey = new Map(registry.map((n) => [n.key, n]));
  const gateway = new ApolloGateway({
    supergraphSdl: supergraphFromFile(config.supergraphPath, log),
    buildService: ({ name, url }) => {
      if (name === HUB_NAME) return new LocalGraphQLDataSource(hubSchema);
      const network = byKey.get(name);
      if (!network) throw new Error(`supergraph names subgraph ${name}, which is not in the registry`);
      return new NetworkDataSource(network, config.subgraphUrls[name] ?? url ?? '');
    },
  });
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    introspection: !config.production,
    includeStacktraceInErrorResponses: false,
    csrfPrevention: true,
    // Errors tagged with a network came from that subgraph, which masked them already.
    formatError: maskErrors(config.production, log, (e) => typeof e.extensions?.network === 'string'),
  });
  const handler = createHttpHandler<GatewayContext>({
    apollo,
    maxBodyBytes: config.maxBodyBytes,
    context: async () => ({ requestId: randomUUID() }),
    health: async () => {
      const subgraphs = Object.fromEntries(
        await Promise.all(registry.map(async (n) => [n.code, await subgraphHealth(config.subgraphUrls[n.key] ?? '')] as const)),
      );
      // The gateway serves whatever networks are up, so it stays healthy; the status says what is missing.
      const status = Object.values(subgraphs).every((s) => s === 'up') ? 'ok' : 'degraded';
      return { ok: true, status, gateway: 'up', subgraphs };
    },
  });
  return {
    apollo,
    handler,
    async listen(port = config.port, host = config.host): Promise<Listening> {
      await apollo.start();
      const listening = await listen(handler, port, host);
      return {
        ...listening,
        close: async () => {
          await listening.close();
          await apollo.stop();
        },
      };
    },
  };
}
