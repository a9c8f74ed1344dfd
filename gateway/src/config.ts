/** The gateway's configuration: the only place that reads its environment. */
import { join } from 'node:path';
import { z } from 'zod';
import { identityEnvShape, oneKeySource, privateKeyPem, sharedSecret, tokenConfig } from '#shared/auth/config';
import type { TokenConfig } from '#shared/auth/tokens';
import { nodeEnv, parseEnv, port, productionSecrets } from '#shared/config';
import { observabilityConfig, observabilityEnvShape, type ObservabilityConfig } from '#shared/observability/config';
import type { Registry } from '#shared/registry';
import {
  headersWithinRequest,
  serverLimitsConfig,
  serverLimitsEnvShape,
  type ServerLimits,
} from '#shared/server-limits';
import type { CallerLimits } from './limits/callers';
import type { SheddingOptions } from './limits/shedding';
import { defaultSubgraphUrl } from './supergraph/names';
import type { ConsoleSignIn } from './console';
import type { SubgraphClientOptions } from './transport/subgraph-client';

export interface GatewayLimits {
  /** Deepest selection nesting accepted. */
  maxDepth: number;
  /** Most aliases in one operation. */
  maxAliases: number;
  /** Highest cost of one operation: objects it may return, lists counted by their size (limits/cost.ts). */
  maxCost: number;
  /** How many times one list field may appear on one path of an operation. */
  maxListNesting: number;
  /** How many entity jumps (fields whose value is an interface several networks implement) may nest on one path. */
  maxEntityJumpNesting: number;
  /** How many entity jumps one operation may make. */
  maxEntityJumps: number;
  /** Most lexical tokens in one document. */
  maxTokens: number;
  /** Most directives in one operation. */
  maxDirectives: number;
}

export interface GatewayConfig {
  port: number;
  host: string;
  /** Worker processes sharing the port (node:cluster); 1 runs the gateway in the main process. */
  workers: number;
  production: boolean;
  /** Path of the composed supergraph file; watched and reloaded when it changes. */
  supergraphPath: string;
  /** Folder of the schema registry (networks' signed publications); unset: no publication, the file above is served. */
  schemaRegistryDir?: string;
  /** How often each worker appends the operations it counted to the registry's folder, in seconds. */
  usageFlushSeconds: number;
  /** GraphQL URL of each network's subgraph, by network key. */
  subgraphUrls: Record<string, string>;
  /** Secret shared with each network's subgraph, by network key. */
  subgraphSecrets: Record<string, string>;
  tokens: TokenConfig;
  /** ES256 PKCS8 PEM key the gateway signs each subgraph call's token with. */
  signingKeyPem: string;
  /** How the gateway calls the subgraphs. */
  subgraphs: SubgraphClientOptions;
  /** Run the plans it can with the gateway's own executor (execution/plan-executor.ts) rather than Apollo Gateway's. */
  ownExecutor: boolean;
  /** How operations are planned (execution/planner.ts). */
  planning: {
    /** Longest a new operation's query plan may take; past it the planning is stopped and the operation refused. */
    timeoutMs: number;
    /** Whether the `Apollo-Query-Plan-Experimental` header gets the query plan back (development only). */
    exposePlan: boolean;
  };
  maxBodyBytes: number;
  /** Largest answer sent; a larger one is replaced by a RESPONSE_TOO_LARGE error. */
  maxResponseBytes: number;
  limits: GatewayLimits;
  /** What one connection may cost: timeouts, header count (shared/src/server-limits.ts). */
  server: ServerLimits;
  /** Requests in flight and per minute of one caller (limits/callers.ts). */
  callers: CallerLimits;
  /** When new requests are refused because the gateway is saturated (limits/shedding.ts). */
  shedding: SheddingOptions;
  /** Logs, metrics and tracing. */
  observability: ObservabilityConfig;
  /** The web console served at /. */
  console: {
    /** Folder of the built console. */
    dir: string;
    signIn: ConsoleSignIn;
  };
}

export const subgraphUrlVar = (code: string) => `SUBGRAPH_URL_${code}`;
export const subgraphSecretVar = (code: string) => `SUBGRAPH_SECRET_${code}`;

/** Refinement: the console's issuer (CONSOLE_OIDC_ISSUER, or JWT_ISSUER) is an http(s) URL, as OpenID Connect issuers are. */
function consoleIssuer(env: { CONSOLE_OIDC_ISSUER?: string; JWT_ISSUER?: string }, ctx: z.RefinementCtx): void {
  const issuer = env.CONSOLE_OIDC_ISSUER ?? env.JWT_ISSUER;
  if (issuer === undefined) return; // JWT_ISSUER's own schema reports it
  let protocol = '';
  try {
    protocol = new URL(issuer).protocol;
  } catch {
    // reported below
  }
  if (protocol !== 'https:' && protocol !== 'http:') {
    ctx.addIssue({
      code: z.ZodIssueCode.custom,
      path: ['CONSOLE_OIDC_ISSUER'],
      message: `must be the http(s) issuer URL the console signs in with; it defaults to JWT_ISSUER, which is ${JSON.stringify(issuer)}`,
    });
  }
}

/** Refinement: production never shows a caller the query plan (the subgraphs and the fetches it sends them). */
function queryPlanHidden(env: { NODE_ENV?: string; EXPOSE_QUERY_PLAN?: string }, ctx: z.RefinementCtx): void {
  if (env.NODE_ENV === 'production' && env.EXPOSE_QUERY_PLAN === 'on') {
    ctx.addIssue({
      code: z.ZodIssueCode.custom,
      path: ['EXPOSE_QUERY_PLAN'],
      message: 'shows callers the query plan; it is for development only, not with NODE_ENV=production',
    });
  }
}

const limit = (fallback: number) => z.coerce.number().int().min(1).default(fallback);

export function gatewayConfig(registry: Registry, env: Record<string, string | undefined>): GatewayConfig {
  const perNetwork = Object.fromEntries(
    registry.flatMap((n) => [
      [subgraphUrlVar(n.code), z.string().url().default(defaultSubgraphUrl(n.port))],
      [subgraphSecretVar(n.code), sharedSecret(`the ${n.name} subgraph`)],
    ]),
  );
  const parsed = parseEnv(
    z
      .object({
        PORT: port(4000),
        HOST: z.string().default('127.0.0.1'),
        NODE_ENV: nodeEnv,
        SUPERGRAPH_PATH: z.string().default(join(__dirname, '..', 'supergraph.graphql')),
        /** Folder where the hub records schema publications and the supergraph they made (docs/schema-publication.md). */
        SCHEMA_REGISTRY_DIR: z.string().min(1).optional(),
        USAGE_FLUSH_SECONDS: z.coerce.number().int().min(1).max(3600).default(60),
        MAX_BODY_BYTES: z.coerce.number().int().min(1024).default(100_000),
        MAX_DEPTH: limit(12),
        MAX_ALIASES: limit(30),
        MAX_COST: limit(5000),
        MAX_LIST_NESTING: limit(2),
        MAX_ENTITY_JUMP_NESTING: limit(3),
        MAX_ENTITY_JUMPS: limit(20),
        PLANNING_TIMEOUT_MS: z.coerce.number().int().min(50).max(600_000).default(10_000),
        /** `on` answers the Apollo-Query-Plan-Experimental header with the query plan; refused in production. */
        EXPOSE_QUERY_PLAN: z.enum(['on', 'off']).default('off'),
        MAX_RESPONSE_BYTES: z.coerce.number().int().min(1024).default(4_000_000),
        MAX_TOKENS: limit(2500),
        MAX_DIRECTIVES: limit(30),
        GATEWAY_WORKERS: z.coerce.number().int().min(1).max(64).default(1),
        ...serverLimitsEnvShape(),
        /** Requests of one caller (token subject, or anonymous address) answered at once, per worker. */
        CALLER_MAX_IN_FLIGHT: limit(32),
        /** Requests of one caller in a minute, per worker. */
        CALLER_MAX_PER_MINUTE: limit(1200),
        /** Requests of one network's delivery service (SERVICE token) answered at once, per worker. */
        SERVICE_MAX_IN_FLIGHT: limit(128),
        /** Requests of one network's delivery service in a minute, per worker. */
        SERVICE_MAX_PER_MINUTE: limit(12_000),
        /** Reverse proxies in front of the gateway that append to X-Forwarded-For; 0 counts anonymous callers by TCP peer. */
        TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
        /** Mean event-loop delay (ms, over each of the last two half-seconds) above which new requests are refused with 503. */
        SHED_EVENT_LOOP_DELAY_MS: z.coerce.number().int().min(1).max(60_000).default(200),
        /** GraphQL requests answered at once by one worker above which new ones are refused with 503. */
        SHED_MAX_IN_FLIGHT: limit(256),
        SUBGRAPH_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(30_000),
        /** Most bytes the gateway reads of one subgraph answer; a longer answer costs that network's part only. */
        SUBGRAPH_MAX_RESPONSE_BYTES: z.coerce.number().int().min(1024).default(8_000_000),
        SUBGRAPH_MAX_SOCKETS: z.coerce.number().int().min(1).max(10_000).default(256),
        SUBGRAPH_DEDUPE: z.enum(['on', 'off']).default('on'),
        /** `apollo` runs every operation with Apollo Gateway's executor (see execution/plan-executor.ts). */
        GATEWAY_EXECUTION: z.enum(['own', 'apollo']).default('own'),
        ...identityEnvShape(registry),
        ...observabilityEnvShape(),
        /** Folder of the built console, served at /. */
        CONSOLE_DIR: z.string().default(join(__dirname, '..', '..', 'console', 'dist')),
        /** Issuer the console signs in with; default JWT_ISSUER. */
        CONSOLE_OIDC_ISSUER: z.string().optional(),
        /** The console's client id at the identity provider. */
        CONSOLE_OIDC_CLIENT_ID: z.string().min(1).default('jcn-console'),
        /** Resource indicator the console asks tokens for; default JWT_AUDIENCE. */
        CONSOLE_OIDC_RESOURCE: z.string().min(1).optional(),
        /** Key the gateway signs each subgraph call's token with; the subgraphs hold its public half. */
        GATEWAY_SIGNING_KEY: privateKeyPem('the gateway signs subgraph tokens with (ES256)'),
        ...perNetwork,
      })
      .superRefine(oneKeySource)
      .superRefine(consoleIssuer)
      .superRefine(queryPlanHidden)
      .superRefine(headersWithinRequest)
      .superRefine(
        productionSecrets([...registry.map((n) => subgraphSecretVar(n.code)), 'GATEWAY_SIGNING_KEY', 'METRICS_TOKEN']),
      ),
    env,
  ) as Record<string, string | number | undefined>;
  const str = (name: string) => String(parsed[name]);
  return {
    port: Number(parsed.PORT),
    host: str('HOST'),
    workers: Number(parsed.GATEWAY_WORKERS),
    production: parsed.NODE_ENV === 'production',
    supergraphPath: str('SUPERGRAPH_PATH'),
    ...(parsed.SCHEMA_REGISTRY_DIR ? { schemaRegistryDir: str('SCHEMA_REGISTRY_DIR') } : {}),
    usageFlushSeconds: Number(parsed.USAGE_FLUSH_SECONDS),
    maxBodyBytes: Number(parsed.MAX_BODY_BYTES),
    maxResponseBytes: Number(parsed.MAX_RESPONSE_BYTES),
    subgraphUrls: Object.fromEntries(registry.map((n) => [n.key, str(subgraphUrlVar(n.code))])),
    subgraphSecrets: Object.fromEntries(registry.map((n) => [n.key, str(subgraphSecretVar(n.code))])),
    tokens: tokenConfig(parsed, registry),
    observability: observabilityConfig('gateway', parsed),
    signingKeyPem: str('GATEWAY_SIGNING_KEY'),
    subgraphs: {
      timeoutMs: Number(parsed.SUBGRAPH_TIMEOUT_MS),
      maxResponseBytes: Number(parsed.SUBGRAPH_MAX_RESPONSE_BYTES),
      maxSockets: Number(parsed.SUBGRAPH_MAX_SOCKETS),
      dedupe: parsed.SUBGRAPH_DEDUPE === 'on',
    },
    /** Whether the gateway's own executor runs the plans it can. */
    ownExecutor: parsed.GATEWAY_EXECUTION === 'own',
    planning: { timeoutMs: Number(parsed.PLANNING_TIMEOUT_MS), exposePlan: parsed.EXPOSE_QUERY_PLAN === 'on' },
    console: {
      dir: str('CONSOLE_DIR'),
      signIn: {
        issuer: String(parsed.CONSOLE_OIDC_ISSUER ?? parsed.JWT_ISSUER),
        clientId: str('CONSOLE_OIDC_CLIENT_ID'),
        resource: String(parsed.CONSOLE_OIDC_RESOURCE ?? parsed.JWT_AUDIENCE),
      },
    },
    server: serverLimitsConfig(parsed),
    callers: {
      caller: { inFlight: Number(parsed.CALLER_MAX_IN_FLIGHT), perMinute: Number(parsed.CALLER_MAX_PER_MINUTE) },
      service: { inFlight: Number(parsed.SERVICE_MAX_IN_FLIGHT), perMinute: Number(parsed.SERVICE_MAX_PER_MINUTE) },
      trustedProxyHops: Number(parsed.TRUSTED_PROXY_HOPS),
    },
    shedding: {
      maxEventLoopDelayMs: Number(parsed.SHED_EVENT_LOOP_DELAY_MS),
      maxInFlight: Number(parsed.SHED_MAX_IN_FLIGHT),
    },
    limits: {
      maxDepth: Number(parsed.MAX_DEPTH),
      maxAliases: Number(parsed.MAX_ALIASES),
      maxCost: Number(parsed.MAX_COST),
      maxListNesting: Number(parsed.MAX_LIST_NESTING),
      maxEntityJumpNesting: Number(parsed.MAX_ENTITY_JUMP_NESTING),
      maxEntityJumps: Number(parsed.MAX_ENTITY_JUMPS),
      maxTokens: Number(parsed.MAX_TOKENS),
      maxDirectives: Number(parsed.MAX_DIRECTIVES),
    },
  };
}
