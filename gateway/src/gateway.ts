/**
 * Assembles the gateway: Apollo Gateway over the precomposed supergraph file
 * (supergraph/), the hub subgraph in-process (hub/), one HTTP data source per
 * network (transport/), the gateway's own executor in front (execution/), and
 * Apollo Server with the operation limits (limits/). An error that comes from a
 * network carries that network's code in `extensions.network`.
 */
import { randomUUID } from 'node:crypto';
import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloGateway, type GraphQLDataSource } from '@apollo/gateway';
import { buildSchema } from 'graphql';
import { createTokenExchange } from '#shared/auth/exchange';
import type { TokenVerifier } from '#shared/auth/tokens';
import { ANONYMOUS } from '#shared/caller';
import { maskErrors } from '#shared/errors';
import { createHttpHandler, startAndListen, type Listening } from '#shared/http';
import { createLogger, type Logger } from '#shared/observability/logger';
import { Metrics } from '#shared/observability/metrics';
import { observeRequests, recordOutcome } from '#shared/observability/requests';
import { NETWORKS, type Registry } from '#shared/registry';
import type { GatewayConfig } from './config';
import { createConsoleHandler } from './console';
import { DocumentStore } from './document-store';
import { PlanExecutingGateway } from './execution/plan-executor';
import { PlanHandOver, QUERY_PLANNER_CONFIG, QueryPlanning } from './execution/planner';
import { HubDataSource } from './hub/data-source';
import { buildHubSchema } from './hub/schema';
import { callerOncePerRequest, gatewayAdmission } from './limits/admission';
import { operationArmor } from './limits/armor';
import { CallerThrottle } from './limits/callers';
import { operationLimitsPlugin, registryCostModel } from './limits/cost';
import { LoadShedder } from './limits/shedding';
import { admissionMetrics, gatewayMetrics } from './metrics';
import { createSchemaRegistry, withSchemaRegistry } from './publication/endpoint';
import { supergraphFromFile } from './supergraph/from-file';
import { HUB_NAME } from './supergraph/names';
import { AnswerChecker } from './transport/answer-check';
import { NetworkDataSource, type GatewayContext } from './transport/network-data-source';
import { SubgraphClient, subgraphHealth } from './transport/subgraph-client';

export function createGateway(
  config: GatewayConfig,
  verifyToken: TokenVerifier,
  registry: Registry = NETWORKS,
  logger: Logger = createLogger(config.observability),
) {
  const log = (m: string) => logger.error(m);
  const metrics = config.observability.metricsToken ? new Metrics(config.observability.metricsToken) : undefined;
  const calls = metrics ? gatewayMetrics(metrics, registry, config.subgraphUrls) : undefined;
  const callerOf = callerOncePerRequest(metrics ? metrics.countingFailures(verifyToken) : verifyToken);
  const counts = metrics ? admissionMetrics(metrics) : undefined;
  const shedder = new LoadShedder(config.shedding, counts?.countShed);
  counts?.watch(shedder);
  const callers = new CallerThrottle(config.callers, counts?.countRefusal);
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
  // With SCHEMA_REGISTRY_DIR, the networks publish their SDL and the supergraph comes from the registry (publication/).
  const schemaRegistry = config.schemaRegistryDir
    ? createSchemaRegistry({
        dir: config.schemaRegistryDir,
        registry,
        releaseSupergraphPath: config.supergraphPath,
        publicKeys: config.tokens.servicePublicKeys,
        usageFlushSeconds: config.usageFlushSeconds,
        log: (m) => logger.info(m),
      })
    : undefined;
  const apolloGateway = new ApolloGateway({
    supergraphSdl: schemaRegistry?.supergraphSdl ?? supergraphFromFile(config.supergraphPath, log),
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
      ...(schemaRegistry ? [schemaRegistry.usage.plugin<GatewayContext>()] : []),
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
    pages: withSchemaRegistry(
      schemaRegistry,
      createConsoleHandler({
        dir: config.console.dir,
        production: config.production,
        signIn: config.console.signIn,
      }),
    ),
    // Saturated, or a caller past its limits: refused before the body is read (limits/admission.ts).
    throttle: gatewayAdmission(shedder, callers, callerOf),
    // A bad token is refused here, before any subgraph is asked.
    context: async (req) => ({ requestId: randomUUID(), caller: await callerOf(req) }),
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
    shedder.close();
  };
  return {
    apollo,
    handler,
    /** Operations run by the gateway's own executor and by Apollo Gateway's. */
    executions: gateway.counts,
    listen: async (port = config.port, host = config.host): Promise<Listening> => {
      const listening = await startAndListen(apollo, handler, port, host, config.server);
      shedder.start();
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
