/**
 * What every benchmark section with a federation shares: the embedded PostgreSQL with the demo
 * databases, the keys and tokens, the federation's processes, and the probes of the directory query.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeJwt } from 'jose';
import { generateDevIdentity, DEV_AUDIENCE, DEV_ISSUER, signToken, type DevIdentity } from '../scripts/lib/dev-keys';
import { createTokenExchange } from '#shared/auth/exchange';
import { SUBGRAPH_SECRET_HEADER } from '#shared/auth/subgraph-secret';
import { callerFromClaims } from '#shared/auth/claims';
import { startEmbeddedPostgres, type RunningPostgres } from '../scripts/lib/embedded-postgres';
import { NETWORKS, networkOfKey, type NetworkDefinition } from '#shared/registry';
import { prepareDemoDatabases } from '../scripts/lib/demo-databases';
import { freePort, startFederation, type FederationOptions, type RunningFederation } from '../scripts/lib/processes';
import { ensureConsoleBuilt } from '../console/build';
import type { Probes } from './before-after';
import { memoryKb, postmasterPid, type LoadResult } from './compare';
import { fanoutLoad, type FanoutTarget } from './fanout';
import { load } from './load';
import { CONNECTIONS, SCALE, SECONDS, WARMUP_SECONDS } from './settings';

/** The directory query of sections 1, 4 and 7: four networks' contact points with their country. */
export const DIRECTORY = `query($first: Int!) { networks { code name contactPoints(first: $first) { totalCount nodes { id fullName title organization roles expertise languages country { name } } } } }`;

/** Per-caller limits out of reach (gateway/src/limits/callers.ts): every case loads the gateway with few tokens. */
export const BENCH_CALLER_LIMITS: Record<string, string> = {
  CALLER_MAX_IN_FLIGHT: '100000',
  CALLER_MAX_PER_MINUTE: '100000000',
};

export interface Bench {
  pg: RunningPostgres;
  /** The embedded PostgreSQL's folder (its postmaster's pid file is under pg/). */
  dataDir: string;
  identity: DevIdentity;
  /** Signs a subgraph call's token as the gateway does. */
  exchange: ReturnType<typeof createTokenExchange>;
  /** Subgraph secrets by network key. */
  secrets: Record<string, string>;
  /** Each network's database as its application role, by network key. */
  appUrls: Map<string, string>;
  federationOptions: FederationOptions;
  /** A WACAP contact point's token, and its authorization header. */
  member: string;
  auth: Record<string, string>;
  /** One token per connection, each for a different contact point. */
  callers: string[];
}

/** Runs `fn` with PostgreSQL, the demo databases and the tokens; stops PostgreSQL and removes its folder after. */
export async function withBench<T>(fn: (bench: Bench) => Promise<T>): Promise<T> {
  const dataDir = mkdtempSync(join(tmpdir(), 'jcn-bench-'));
  const pg = await startEmbeddedPostgres({ dataDir, port: await freePort(), persistent: false });
  try {
    const identity = await generateDevIdentity(NETWORKS);
    const keys = identity.idp;
    const secrets = Object.fromEntries(NETWORKS.map((n) => [n.key, randomBytes(32).toString('hex')]));
    const appUrls = await prepareDemoDatabases(pg, NETWORKS, { scale: SCALE });
    const federationOptions: FederationOptions = {
      databaseUrl: (n: NetworkDefinition) => appUrls.get(n.key)!,
      ports: 'free',
      nodeEnv: 'production',
      tokenEnv: { JWT_ISSUER: DEV_ISSUER, JWT_AUDIENCE: DEV_AUDIENCE, JWT_PUBLIC_KEY: keys.publicKeyPem },
      gatewayKeys: identity.gateway,
      subgraphSecrets: secrets,
      // In production every network's subgraph refuses to start without its own statistics secret.
      statisticsSecrets: Object.fromEntries(NETWORKS.map((n) => [n.key, randomBytes(32).toString('hex')])),
      serviceKeys: identity.services,
      // The bench measures throughput, not the per-caller limits: a few tokens send thousands of requests a minute.
      gatewayEnv: BENCH_CALLER_LIMITS,
    };
    const contactPoint = (subject: string) =>
      signToken(keys.privateKeyPem, { subject, roles: ['CONTACT_POINT'], network: 'wacap', country: 'NGA' });
    const member = await contactPoint('bench-cp');
    const callers = await Promise.all(Array.from({ length: CONNECTIONS }, (_, i) => contactPoint(`bench-cp-${i}`)));
    return await fn({
      pg,
      dataDir,
      identity,
      // The fan-out baseline calls the subgraphs as the gateway would: with a token the gateway signed for each.
      exchange: createTokenExchange(identity.gateway.privateKeyPem),
      secrets,
      appUrls,
      federationOptions,
      member,
      auth: { authorization: `Bearer ${member}` },
      callers,
    });
  } finally {
    await pg.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/**
 * Runs `fn` with the federation started (the gateway with `gatewayEnv`), and stops it after. The gateway
 * serves console/dist: it is built first if its sources changed, unless `buildConsole` is false.
 */
export async function withFederation<T>(
  bench: Bench,
  fn: (fed: RunningFederation) => Promise<T>,
  { gatewayEnv, buildConsole = true }: { gatewayEnv?: Record<string, string>; buildConsole?: boolean } = {},
): Promise<T> {
  if (buildConsole) await ensureConsoleBuilt();
  // The processes' last lines, printed when the run fails: why a process did not start, say.
  const recent: string[] = [];
  const log = (line: string) => {
    recent.push(line);
    if (recent.length > 40) recent.shift();
  };
  const fed = await startFederation({
    ...bench.federationOptions,
    gatewayEnv: { ...bench.federationOptions.gatewayEnv, ...gatewayEnv },
    log,
  }).catch((err: unknown) => {
    console.error(recent.join('\n'));
    throw err;
  });
  try {
    return await fn(fed);
  } catch (err) {
    console.error(`the processes' last lines:\n${recent.join('\n')}`);
    throw err;
  } finally {
    await fed.stop();
  }
}

/** The directory query sent to one network's subgraph directly, as the gateway would send it. */
export function directQuery(bench: Bench, fed: RunningFederation, n: NetworkDefinition): FanoutTarget {
  return {
    url: fed.subgraphUrls[n.key]!,
    query: `query($r: [_Any!]!, $first: Int!) { _entities(representations: $r) { ... on ${n.typePrefix}Network { contactPoints(first: $first) { totalCount nodes { id fullName title organization roles expertise languages country { name } } } } } }`,
    variables: { r: [{ __typename: `${n.typePrefix}Network`, code: n.code }], first: 50 },
    headers: {
      authorization: `Bearer ${bench.exchange(callerFromClaims(decodeJwt(bench.member), NETWORKS), n.key)}`,
      [SUBGRAPH_SECRET_HEADER]: bench.secrets[n.key]!,
    },
  };
}

/** The process ids of the federation and PostgreSQL (its postmaster, the backends under it). */
export const everyPid = (bench: Bench, fed: RunningFederation): Record<string, number> => ({
  ...fed.pids(),
  postgres: postmasterPid(join(bench.dataDir, 'pg')),
});

/**
 * The probes of sections 1 and 8 and of before/after: each network's subgraph is loaded directly
 * first, to find the slowest, which the direct probe then measures.
 */
export async function probesOf(bench: Bench, fed: RunningFederation): Promise<Probes> {
  const direct: Record<string, LoadResult> = {};
  for (const n of NETWORKS) {
    const t = directQuery(bench, fed, n);
    direct[n.key] = await load(t.url, t.query, t.variables, t.headers, Math.max(3, Math.round(SECONDS / 3)));
  }
  const slowestKey = Object.entries(direct).sort((a, b) => b[1].p50 - a[1].p50)[0]![0];
  const slowestNetwork = networkOfKey(NETWORKS, slowestKey)!;
  const pgPid = postmasterPid(join(bench.dataDir, 'pg'));
  return {
    restart: async (v) => {
      await fed.stopGateway();
      await Promise.all(NETWORKS.map((n) => fed.stopNetwork(n.key)));
      await Promise.all(NETWORKS.map((n) => fed.startNetwork(n.key, v.subgraph, v.root)));
      await fed.startGateway(v.gateway, v.root);
    },
    direct: () => {
      const t = directQuery(bench, fed, slowestNetwork);
      return load(t.url, t.query, t.variables, t.headers, SECONDS, undefined, {
        [slowestKey]: fed.pids()[slowestKey]!,
        postgres: pgPid,
      });
    },
    fanout: () =>
      fanoutLoad(
        NETWORKS.map((n) => directQuery(bench, fed, n)),
        CONNECTIONS,
        WARMUP_SECONDS,
        SECONDS,
      ),
    gateway: () =>
      load(fed.gatewayUrl, DIRECTORY, { first: 50 }, bench.auth, SECONDS, bench.callers, everyPid(bench, fed)),
    peakRssKb: () => Object.fromEntries(Object.entries(fed.pids()).map(([name, pid]) => [name, memoryKb(pid).hwm])),
    slowest: slowestKey,
    callers: bench.callers.length,
  };
}
