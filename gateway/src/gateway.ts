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
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloGateway, type GraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { buildSchema, GraphQLError } from 'graphql';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { SUBGRAPH_SECRET_HEADER } from '../../shared/src/auth/subgraph-secret';
import { createTokenExchange, type TokenExchange } from '../../shared/src/auth/exchange';
import type { TokenVerifier } from '../../shared/src/auth/tokens';
import { ANONYMOUS, type Caller } from '../../shared/src/caller';
import { maskErrors } from '../../shared/src/errors';
import { createHttpHandler, startAndListen, type Listening } from '../../shared/src/http';
import { createLogger, type Logger } from '../../shared/src/observability/logger';
import { Metrics } from '../../shared/src/observability/metrics';
import { observeRequests, recordOutcome } from '../../shared/src/observability/requests';
import { injectTraceContext } from '../../shared/src/observability/tracing';
import { NETWORKS, type NetworkDefinition, type Registry } from '../../shared/src/registry';
import { AnswerChecker, AnswerRefused } from './answer-check';
import { HUB_NAME } from './compose';
import type { GatewayConfig } from './config';
import { createConsoleHandler } from './console';
import { DocumentStore } from './document-store';
import { PlanExecutingGateway } from './execution/plan-executor';
import { PlanHandOver, QUERY_PLANNER_CONFIG, QueryPlanning } from './execution/planner';
import { HubDataSource } from './hub/data-source';
import { buildHubSchema } from './hub/schema';
import { operationLimitsPlugin, registryCostModel } from './limits/cost';
import { gatewayMetrics, type SubgraphCalls } from './metrics';
import { isQueryDocument, SubgraphClient, subgraphHealth } from './subgraph-client';

export interface GatewayContext extends BaseContext {
  requestId: string;
  /** The caller, verified here; each network gets the claims in a token signed for it alone, never the client's token. */
  caller?: Caller;
}

type GatewayGraphQLResponse = Awaited<ReturnType<GraphQLDataSource['process']>>;

/**
 * A network's data source: its subgraph over HTTP, with the secret, a token signed for that network and the request id.
 * Its answer is checked and rebuilt (answer-check.ts) before either executor sees it; errors carry the network code.
 */
class NetworkDataSource implements GraphQLDataSource<GatewayContext> {
  constructor(
    private readonly network: NetworkDefinition,
    private readonly client: SubgraphClient,
    private readonly secret: string,
    private readonly exchange: TokenExchange,
    /** The checker of the current supergraph; none before the first one is loaded. */
    private readonly checker: () => AnswerChecker | undefined,
    private readonly log: (message: string) => void,
    private readonly calls?: SubgraphCalls,
  ) {}

  async process({
    request,
    context,
  }: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<GatewayGraphQLResponse> {
    if (!request.query) throw new Error('Missing query');
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      [SUBGRAPH_SECRET_HEADER]: this.secret,
    };
    // Health checks have no client request; everything else forwards its id and the caller's claims.
    if (context?.requestId) headers['x-request-id'] = context.requestId;
    const token = context?.caller ? this.exchange(context.caller, this.network.key) : undefined;
    if (token) headers.authorization = `Bearer ${token}`;
    // Apollo Gateway's gateway.fetch span is the active one here: the subgraph's span becomes its child.
    injectTraceContext(headers);
    const body = JSON.stringify({
      query: request.query,
      variables: request.variables,
      operationName: request.operationName,
    });
    // The subgraph's answer depends on the query, its variables and the caller; nothing else.
    const shareKey = isQueryDocument(request.query) ? `${token ?? ''}\n${body}` : undefined;
    let parsed: GatewayGraphQLResponse;
    const started = performance.now();
    const seconds = () => (performance.now() - started) / 1000;
    try {
      const response = await this.client.post(body, headers, shareKey);
      // A 400 with GraphQL errors is the subgraph refusing the caller's input (a DateTime it cannot parse, say):
      // the caller gets those errors. Anything else that is not 2xx means the network did not answer.
      const refusedInput = response.status === 400;
      if ((response.status < 200 || response.status > 299) && !refusedInput)
        throw new Error(`HTTP ${response.status}: ${response.text.slice(0, 300)}`);
      const checker = this.checker();
      if (!checker) throw new Error('no supergraph loaded yet');
      // Only what the request selected, each value of its type, errors from an allow-list; else AnswerRefused.
      parsed = checker.check(
        this.network,
        request.query,
        request.variables,
        JSON.parse(response.text),
      ) as GatewayGraphQLResponse;
      if (refusedInput && !parsed.errors?.length)
        throw new Error(`HTTP 400 without errors: ${response.text.slice(0, 300)}`);
    } catch (err) {
      this.calls?.(this.network.key, 'unavailable', seconds());
      const refused = err instanceof AnswerRefused;
      if (refused) this.log(`the ${this.network.name} subgraph's answer was refused: ${err.message}`);
      const message = refused
        ? `The ${this.network.name} network gave an answer the hub cannot use; its part of the result is missing.`
        : `The ${this.network.name} network did not answer; its part of the result is missing. Try again later.`;
      throw new GraphQLError(message, {
        extensions: { code: 'NETWORK_UNAVAILABLE', network: this.network.code },
        originalError: err instanceof Error ? err : undefined,
      });
    }
    this.calls?.(this.network.key, parsed.errors?.length ? 'errors' : 'ok', seconds());
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

/** The validation rules and plugins that enforce the operation limits of depth, aliases and directives. */
export function operationArmor(config: Pick<GatewayConfig, 'limits' | 'production'>) {
  return new ApolloArmor({
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
}

export function createGateway(
  config: GatewayConfig,
  verifyToken: TokenVerifier,
  registry: Registry = NETWORKS,
  logger: Logger = createLogger(config.observability),
) {
  const log = (m: string) => logger.error(m);
  const metrics = config.observability.metricsToken ? new Metrics(config.observability.metricsToken) : undefined;
  const calls = metrics ? gatewayMetrics(metrics, registry, config.subgraphUrls) : undefined;
  const verifyCaller = metrics ? metrics.countingFailures(verifyToken) : verifyToken;
  const armor = operationArmor(config);
  const hub = new HubDataSource(buildHubSchema(registry));
  const exchange = createTokenExchange(config.signingKeyPem);
  // One client (connection pool, in-flight table) per network for the life of the process, across supergraph reloads.
  const clients = new Map(
    registry.map((n) => [n.key, new SubgraphClient(config.subgraphUrls[n.key] ?? '', config.subgraphs)]),
  );
  // The same data sources for Apollo Gateway and the gateway's own executor.
  const services: Record<string, GraphQLDataSource> = { [HUB_NAME]: hub };
  let checker: AnswerChecker | undefined;
  const warn = (m: string) => logger.warn(m);
  for (const network of registry) {
    services[network.key] = new NetworkDataSource(
      network,
      clients.get(network.key)!,
      config.subgraphSecrets[network.key] ?? '',
      exchange,
      () => checker,
      warn,
      calls,
    );
  }
  // Every operation is planned off the gateway's thread, with a deadline (execution/planner.ts); Apollo Gateway's
  // executor finds the plans in its store. Its own planner, should it ever plan, has the same limits.
  const planning = new QueryPlanning({ timeoutMs: config.planning.timeoutMs, log });
  const handOver = new PlanHandOver(log);
  const apolloGateway = new ApolloGateway({
    supergraphSdl: supergraphFromFile(config.supergraphPath, log),
    queryPlannerConfig: { ...QUERY_PLANNER_CONFIG, cache: handOver },
    // The Apollo-Query-Plan-Experimental header gets the plan only where the operator said so (never in production).
    __exposeQueryPlanExperimental: config.planning.exposePlan,
    buildService: ({ name }) => {
      const service = services[name];
      if (!service) throw new Error(`supergraph names subgraph ${name}, which is not in the registry`);
      return service;
    },
    // Spans never carry the query text (literals may be personal data) nor error messages.
    telemetry: { includeDocument: false, recordExceptions: false },
  });
  // The networks' answers are checked against the supergraph being served (types, keys and who declares what).
  apolloGateway.onSchemaLoadOrUpdate(({ coreSupergraphSdl }) => {
    checker = new AnswerChecker(buildSchema(coreSupergraphSdl, { assumeValidSDL: true }), registry);
  });
  const gateway = new PlanExecutingGateway(apolloGateway, services, {
    enabled: config.ownExecutor,
    planning,
    handOver,
    exposePlan: config.planning.exposePlan,
  });
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    introspection: !config.production,
    includeStacktraceInErrorResponses: false,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    parseOptions: { maxTokens: config.limits.maxTokens },
    // Parsed operations, bounded by their heap: anonymous callers choose the texts.
    documentStore: new DocumentStore(),
    validationRules: armor.validationRules,
    // No cache hints: answers depend on the caller and go out with no-store. No landing page either: Apollo's
    // loads from a CDN; a browser at /graphql goes to the self-hosted GraphiQL instead (console.ts).
    plugins: [
      ...armor.plugins,
      operationLimitsPlugin(registryCostModel(registry), config.limits),
      recordOutcome,
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
    pages: createConsoleHandler({
      dir: config.console.dir,
      production: config.production,
      signIn: config.console.signIn,
    }),
    // A bad token is refused here, before any subgraph is asked.
    context: async (req) => ({ requestId: randomUUID(), caller: await verifyCaller(req.headers.authorization) }),
    metrics: metrics?.serve,
    observe: observeRequests<GatewayContext>({
      service: 'gateway',
      logger,
      metrics,
      describe: (context) => ({ requestId: context.requestId, subject: context.caller?.subject ?? null }),
      // Only a network's outbox (a SERVICE token) continues its trace here; anyone else starts a new one, so no outside
      // caller picks the trace id our spans join, nor forces them to be recorded (the sampled flag).
      trustsTraceparent: async (req) =>
        (await verifyToken(req.headers.authorization).catch(() => ANONYMOUS)).roles.includes('SERVICE'),
    }),
    health: async () => {
      const subgraphs = Object.fromEntries(
        await Promise.all(
          registry.map(async (n) => [n.code, await subgraphHealth(config.subgraphUrls[n.key] ?? '')] as const),
        ),
      );
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
    /** Operations run by the gateway's own executor and by Apollo Gateway's. */
    executions: gateway.counts,
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
