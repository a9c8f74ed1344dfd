/**
 * The gateway: Apollo Gateway over the precomposed supergraph file, the hub
 * subgraph in-process, and one HTTP data source per network. An error that
 * comes from a network carries that network's code in `extensions.network`.
 */
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { watch, type FSWatcher } from 'node:fs';
import { ApolloServer, type BaseContext } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloGateway, type GraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { GraphQLError } from 'graphql';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { SUBGRAPH_SECRET_HEADER } from '../../shared/src/auth/subgraph-secret';
import { createTokenExchange, type TokenExchange } from '../../shared/src/auth/exchange';
import type { TokenVerifier } from '../../shared/src/auth/tokens';
import type { Caller } from '../../shared/src/caller';
import { maskErrors } from '../../shared/src/errors';
import { createHttpHandler, startAndListen, type Listening } from '../../shared/src/http';
import { NETWORKS, type NetworkDefinition, type Registry } from '../../shared/src/registry';
import { HUB_NAME } from './compose';
import type { GatewayConfig } from './config';
import { createConsoleHandler } from './console';
import { HubDataSource } from './hub/data-source';
import { buildHubSchema } from './hub/schema';
import { operationLimitsPlugin, registryCostModel } from './limits/cost';
import { isQueryDocument, SubgraphClient } from './subgraph-client';

export interface GatewayContext extends BaseContext {
  requestId: string;
  /** The caller, verified here; each network gets the claims in a token signed for it alone, never the client's token. */
  caller?: Caller;
}

type GatewayGraphQLResponse = Awaited<ReturnType<GraphQLDataSource['process']>>;

/** A network's data source: its subgraph over HTTP, with the secret, a token signed for that network and the request id; errors carry the network code. */
class NetworkDataSource implements GraphQLDataSource<GatewayContext> {
  constructor(
    private readonly network: NetworkDefinition,
    private readonly client: SubgraphClient,
    private readonly secret: string,
    private readonly exchange: TokenExchange,
  ) {}

  async process({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<GatewayGraphQLResponse> {
    if (!request.query) throw new Error('Missing query');
    const headers: Record<string, string> = { 'content-type': 'application/json', [SUBGRAPH_SECRET_HEADER]: this.secret };
    // Health checks have no client request; everything else forwards its id and the caller's claims.
    if (context?.requestId) headers['x-request-id'] = context.requestId;
    const token = context?.caller ? this.exchange(context.caller, this.network.key) : undefined;
    if (token) headers.authorization = `Bearer ${token}`;
    const body = JSON.stringify({ query: request.query, variables: request.variables, operationName: request.operationName });
    // The subgraph's answer depends on the query, its variables and the caller; nothing else.
    const shareKey = isQueryDocument(request.query) ? `${token ?? ''}\n${body}` : undefined;
    let parsed: GatewayGraphQLResponse;
    try {
      const response = await this.client.post(body, headers, shareKey);
      // A 400 with GraphQL errors is the subgraph refusing the caller's input (a DateTime it cannot parse, say):
      // the caller gets those errors. Anything else that is not 2xx means the network did not answer.
      const refusedInput = response.status === 400;
      if ((response.status < 200 || response.status > 299) && !refusedInput) throw new Error(`HTTP ${response.status}: ${response.text.slice(0, 300)}`);
      parsed = JSON.parse(response.text) as GatewayGraphQLResponse;
      if (parsed === null || typeof parsed !== 'object') throw new Error('the answer is not a JSON object');
      if (refusedInput && !parsed.errors?.length) throw new Error(`HTTP 400 without errors: ${response.text.slice(0, 300)}`);
    } catch (err) {
      throw new GraphQLError(`The ${this.network.name} network did not answer; its part of the result is missing. Try again later.`, {
        extensions: { code: 'NETWORK_UNAVAILABLE', network: this.network.code },
        originalError: err instanceof Error ? err : undefined,
      });
    }
    for (const error of parsed.errors ?? []) {
      (error as { extensions?: Record<string, unknown> }).extensions = { ...error.extensions, network: this.network.code };
    }
    return parsed;
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

export function createGateway(config: GatewayConfig, verifyToken: TokenVerifier, registry: Registry = NETWORKS, log: (m: string) => void = (m) => console.error(`[gateway] ${m}`)) {
  const armor = new ApolloArmor({
    maxDepth: { n: config.limits.maxDepth },
    maxAliases: { n: config.limits.maxAliases },
    // Armor's cost does not count list sizes; limits/cost.ts does, once the variables are known.
    costLimit: { enabled: false },
    // Token counting happens in the parser instead (parseOptions below): it fails with a 400, not a 500.
    maxTokens: { enabled: false },
    maxDirectives: { n: config.limits.maxDirectives },
    // Suggestions ("did you mean ...") reveal the schema; off in production like introspection.
    blockFieldSuggestion: { enabled: config.production },
  }).protect();
  const hub = new HubDataSource(buildHubSchema(registry));
  const exchange = createTokenExchange(config.signingKeyPem);
  const byKey = new Map(registry.map((n) => [n.key, n]));
  // One client (connection pool, in-flight table) per network for the life of the process, across supergraph reloads.
  const clients = new Map(registry.map((n) => [n.key, new SubgraphClient(config.subgraphUrls[n.key] ?? '', config.subgraphs)]));
  const gateway = new ApolloGateway({
    supergraphSdl: supergraphFromFile(config.supergraphPath, log),
    buildService: ({ name }) => {
      if (name === HUB_NAME) return hub;
      const network = byKey.get(name);
      if (!network) throw new Error(`supergraph names subgraph ${name}, which is not in the registry`);
      return new NetworkDataSource(network, clients.get(name)!, config.subgraphSecrets[name] ?? '', exchange);
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
    // No cache hints: answers depend on the caller and go out with no-store. No landing page either: Apollo's
    // loads from a CDN; a browser at /graphql goes to the self-hosted GraphiQL instead (console.ts).
    plugins: [
      ...armor.plugins,
      operationLimitsPlugin(registryCostModel(registry), config.limits),
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginLandingPageDisabled(),
    ],
    // Errors tagged with a network came from that subgraph, which masked them already.
    formatError: maskErrors(config.production, log, (e) => typeof e.extensions?.network === 'string'),
  });
  const handler = createHttpHandler<GatewayContext>({
    apollo,
    maxBodyBytes: config.maxBodyBytes,
    maxResponseBytes: config.maxResponseBytes,
    pages: createConsoleHandler({ dir: config.console.dir, production: config.production, signIn: config.console.signIn }),
    // A bad token is refused here, before any subgraph is asked.
    context: async (req) => ({ requestId: randomUUID(), caller: await verifyToken(req.headers.authorization) }),
    health: async () => {
      const subgraphs = Object.fromEntries(await Promise.all(registry.map(async (n) => [n.code, await subgraphHealth(config.subgraphUrls[n.key] ?? '')] as const)));
      // The gateway serves whatever networks are up, so it stays healthy; the status says what is missing.
      const status = Object.values(subgraphs).every((s) => s === 'up') ? 'ok' : 'degraded';
      return { ok: true, status, gateway: 'up', subgraphs };
    },
  });
  const closeClients = () => {
    for (const client of clients.values()) client.close();
  };
  return {
    apollo,
    handler,
    listen: async (port = config.port, host = config.host): Promise<Listening> => {
      const listening = await startAndListen(apollo, handler, port, host);
      return {
        ...listening,
        close: async () => {
          await listening.close();
          closeClients();
        },
      };
    },
  };
}
