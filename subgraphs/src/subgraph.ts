/** Builds one network's subgraph server; `main.ts` listens, tests listen on port 0. */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
} from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { parse } from 'graphql';
import type { DataSource } from 'typeorm';
import { secretMatches, SUBGRAPH_SECRET_HEADER } from '#shared/auth/subgraph-secret';
import type { TokenVerifier } from '#shared/auth/tokens';
import { maskErrors } from '#shared/errors';
import { AUDITED_HEADER, createHttpHandler, startAndListen, type Listening } from '#shared/http';
import type { ServerLimits } from '#shared/server-limits';
import { createLogger, type Logger } from '#shared/observability/logger';
import { Metrics } from '#shared/observability/metrics';
import { observeRequests, recordOutcome } from '#shared/observability/requests';
import { NETWORKS, type NetworkDefinition, type Registry } from '#shared/registry';
import { AuditTrail } from './audit/audit';
import { COMPILED_EXECUTION, compiledExecution } from './core/compiled';
import type { SubgraphContext } from './context';
import { createLoaders } from './directory/loaders';
import { subgraphMetrics } from './metrics';
import { DirectoryReads } from './directory/reads';
import { directoryWrites } from './directory/writes';
import { createReferralLoaders } from './referrals/loaders';
import type { DuePolicy } from './referrals/due';
import type { SecretariatAddress } from './notifications/notify';
import { ReferralInbox } from './referrals/inbox';
import { ReferralService } from './referrals/service';
import { generatedStatisticsSecret } from './statistics/record-key';
import { resolversFor } from './resolvers';
import { nameRefusedVariables } from './scalars';
import { networkSubgraphSdl } from './schema/template';

export interface SubgraphDeps {
  ds: DataSource;
  /** Turns the forwarded Authorization header into the caller. */
  verifyToken: TokenVerifier;
  /** The secret the gateway sends with every request to this subgraph. */
  secret: string;
  registry?: Registry;
  production?: boolean;
  maxBodyBytes?: number;
  /** What one connection may cost (timeouts, header count); the defaults of shared/src/server-limits.ts when not given. */
  serverLimits?: ServerLimits;
  /** The process's logger; JSON lines at info by default. */
  logger?: Logger;
  /** The bearer token of /metrics; /metrics is off without it. */
  metricsToken?: string;
  /** The network's statistics secret (record keys, statistics/record-key.ts); a random one per process when not given (development, tests). */
  statisticsSecret?: string;
  /** How many days after its creation a new referral may arrive (referrals/inbox.ts). */
  deliveryMaxAgeDays?: number;
  /** This network's default due times by urgency (config ACKNOWLEDGE_WITHIN_*, ANSWER_WITHIN_*); DEFAULT_DUE_POLICY without. */
  duePolicy?: DuePolicy;
  /** The secretariat, when it asked to be mailed of every referral that arrives (SECRETARIAT_NOTIFY_ARRIVALS). */
  arrivalsTo?: SecretariatAddress;
}

/**
 * Writes the request's collected audit entries before the response leaves, and
 * says so in a header: the gateway never shares an audited answer between callers.
 */
const flushAudit: ApolloServerPlugin<SubgraphContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ contextValue, response }) {
        const entries = await contextValue.audit.flush();
        if (entries > 0) response.http.headers.set(AUDITED_HEADER, String(entries));
      },
    };
  },
};

export function createSubgraph(network: NetworkDefinition, deps: SubgraphDeps) {
  const registry = deps.registry ?? NETWORKS;
  const production = deps.production ?? false;
  const logger = deps.logger ?? createLogger({ service: network.key, logLevel: 'info', pretty: false });
  const log = (m: string) => logger.error(m);
  const metrics = deps.metricsToken ? new Metrics(deps.metricsToken) : undefined;
  const deliveryAttempts = metrics ? subgraphMetrics(metrics, deps.ds) : undefined;
  const verifyToken = metrics ? metrics.countingFailures(deps.verifyToken) : deps.verifyToken;
  const statisticsSecret = deps.statisticsSecret ?? generatedStatisticsSecret();
  const admitted = (req: IncomingMessage) => secretMatches(req.headers[SUBGRAPH_SECRET_HEADER], deps.secret);
  const schema = buildSubgraphSchema([
    {
      typeDefs: parse(networkSubgraphSdl(network, registry)),
      resolvers: resolversFor(network) as GraphQLResolverMap<SubgraphContext>,
    },
  ]);
  // Hot queries run compiled (core/compiled.ts); with compiling off, Apollo Server executes the schema itself.
  const execution = COMPILED_EXECUTION ? compiledExecution(schema) : undefined;
  const apollo = new ApolloServer<SubgraphContext>({
    ...(execution ? { gateway: execution.gateway } : { schema }),
    introspection: !production,
    includeStacktraceInErrorResponses: false,
    csrfPrevention: true,
    formatError: maskErrors(production, log),
    // Federated traces are for Apollo Studio, which this hub does not report to. Cache hints are
    // not used (answers are per caller, sent with no-store), and computing them costs a hook per field.
    plugins: [
      ApolloServerPluginInlineTraceDisabled(),
      ApolloServerPluginCacheControlDisabled(),
      flushAudit,
      nameRefusedVariables,
      recordOutcome,
    ],
  });
  const reads = new DirectoryReads(deps.ds);
  const handler = createHttpHandler<SubgraphContext>({
    apollo,
    maxBodyBytes: deps.maxBodyBytes ?? 1_000_000,
    // Only the gateway may call a subgraph: every GraphQL request, _entities included, carries its secret.
    admit: (req) =>
      admitted(req)
        ? null
        : {
            status: 401,
            code: 'UNAUTHENTICATED',
            message: `${network.name}'s subgraph answers the hub's gateway only.`,
          },
    metrics: metrics?.serve,
    // The gateway's trace context is taken from the gateway only (the request carries its secret).
    observe: observeRequests<SubgraphContext>({
      service: network.key,
      logger,
      metrics,
      describe: (c) => ({ requestId: c.requestId, subject: c.caller.subject }),
      trustsTraceparent: admitted,
    }),
    context: async (req) => {
      const caller = await verifyToken(req.headers.authorization);
      const requestId = String(req.headers['x-request-id'] ?? randomUUID()).slice(0, 100);
      const audit = new AuditTrail(deps.ds, caller, requestId);
      return {
        network,
        registry,
        caller,
        requestId,
        ds: deps.ds,
        audit,
        reads,
        writes: directoryWrites(deps.ds, network, registry, audit, caller),
        loaders: createLoaders(reads),
        referrals: new ReferralService(deps.ds, network, registry, caller, audit, statisticsSecret, deps.duePolicy),
        inbox: new ReferralInbox(deps.ds, network, registry, caller, audit, {
          statisticsSecret,
          deliveryMaxAgeDays: deps.deliveryMaxAgeDays,
          duePolicy: deps.duePolicy,
          arrivalsTo: deps.arrivalsTo,
        }),
        referralLoaders: createReferralLoaders(deps.ds),
      };
    },
    health: async () => {
      try {
        await deps.ds.query('SELECT 1');
        return { ok: true, network: network.code, database: 'up' };
      } catch {
        return { ok: false, network: network.code, database: 'down' };
      }
    },
  });

  return {
    network,
    apollo,
    /** Operations compiled and executions each way (undefined when compiling is off). */
    executionCounts: execution?.counts,
    handler,
    logger,
    /** Counts the outbox's delivery attempts in this subgraph's metrics (when they are on). */
    deliveryAttempts,
    /** Starts Apollo and listens; port 0 picks a free port. */
    listen: (port: number, host = '127.0.0.1'): Promise<Listening> =>
      startAndListen(apollo, handler, port, host, deps.serverLimits),
  };
}

export type Subgraph = ReturnType<typeof createSubgraph>;
