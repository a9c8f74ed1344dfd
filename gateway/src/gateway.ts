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
import type { Fetcher } from '@apollo/utils.fetcher';
import { GraphQLError } from 'graphql';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { SUBGRAPH_SECRET_HEADER } from '../../shared/src/auth/subgraph-secret';
import type { TokenVerifier } from '../../shared/src/auth/tokens';
import { createHttpHandler, startAndListen, type Listening } from '../../shared/src/http';
import { NETWORKS, type NetworkDefinition, type Registry } from '../../shared/src/registry';
import { maskErrors } from '../../subgraphs/src/subgraph';
import { HUB_NAME } from './compose';
import type { GatewayConfig } from './config';
import { buildHubSchema } from './hub/schema';

export interface GatewayContext extends BaseContext {
  requestId: string;
  /** The client's Authorization header, verified here and forwarded to the networks, which verify it again. */
  authorization?: string;
}

/** Node's built-in fetch keeps connections alive and pools them per origin. */
const keepAliveFetcher = ((url: string, init?: RequestInit) => fetch(url, init)) as unknown as Fetcher;

/** A network's data source: forwards the request id and tags every error with the network code. */
class NetworkDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    private readonly network: NetworkDefinition,
    url: string,
    private readonly secret: string,
  ) {
    super({ url, fetcher: keepAliveFetcher });
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    const headers = request.http?.headers;
    if (!headers) return;
    headers.set(SUBGRAPH_SECRET_HEADER, this.secret);
    // Health checks and the outbox have no client request; everything else forwards its id and token.
    if (context.requestId) headers.set('x-request-id', context.requestId);
    if (context.authorization) headers.set('authorization', context.authorization);
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

export function createGateway(
  config: GatewayConfig,
  verifyToken: TokenVerifier,
  registry: Registry = NETWORKS,
  log: (m: string) => void = (m) => console.error(`[gateway] ${m}`),
) {
  const armor = new ApolloArmor({
    maxDepth: { n: config.limits.maxDepth },
    maxAliases: { n: config.limits.maxAliases },
    costLimit: { maxCost: config.limits.maxCost },
    // Token counting happens in the parser instead (parseOptions below): it fails with a 400, not a 500.
    maxTokens: { enabled: false },
    maxDirectives: { n: config.limits.maxDirectives },
    // Suggestions ("did you mean ...") reveal the schema; off in production like introspection.
    blockFieldSuggestion: { enabled: config.production },
  }).protect();
  const hubSchema = buildHubSchema(registry);
  const byKey = new Map(registry.map((n) => [n.key, n]));
  const gateway = new ApolloGateway({
    supergraphSdl: supergraphFromFile(config.supergraphPath, log),
    buildService: ({ name, url }) => {
      if (name === HUB_NAME) return new LocalGraphQLDataSource(hubSchema);
      const network = byKey.get(name);
      if (!network) throw new Error(`supergraph names subgraph ${name}, which is not in the registry`);
      return new NetworkDataSource(network, config.subgraphUrls[name] ?? url ?? '', config.subgraphSecrets[name] ?? '');
    },
  });
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    introspection: !config.production,
    includeStacktraceInErrorResponses: false,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    parseOptions: { maxTokens: config.limits.maxTokens },
    validationRules: armor.validationRules,
    plugins: armor.plugins,
    // Errors tagged with a network came from that subgraph, which masked them already.
    formatError: maskErrors(config.production, log, (e) => typeof e.extensions?.network === 'string'),
  });
  const handler = createHttpHandler<GatewayContext>({
    apollo,
    maxBodyBytes: config.maxBodyBytes,
    context: async (req) => {
      const authorization = req.headers.authorization;
      // Refuse a bad token here, before any subgraph is asked; the subgraphs verify it again.
      await verifyToken(authorization);
      return { requestId: randomUUID(), authorization };
    },
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
    listen: (port = config.port, host = config.host): Promise<Listening> => startAndListen(apollo, handler, port, host),
  };
}
