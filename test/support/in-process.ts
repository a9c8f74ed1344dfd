/**
 * The federation inside the test process, still over HTTP: every network's
 * subgraph on its own database (fresh by default) and a port of its own, and
 * the gateway. Used where a test or the benchmark must reach inside (count SQL
 * statements, swap the registry).
 */
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { composeSupergraph } from '../../scripts/compose';
import { gatewayConfig, subgraphSecretVar, subgraphUrlVar } from '../../gateway/src/config';
import { createGateway } from '../../gateway/src/gateway';
import type { DataSource } from 'typeorm';
import type { Listening } from '#shared/http';
import { findNetwork, NETWORKS, type Registry } from '#shared/registry';
import { StatementCounter } from '../../subgraphs/src/db/data-source';
import { createOutboxWorker } from '../../subgraphs/src/deliveries';
import { openDatabase } from '../../subgraphs/src/db/open';
import type { DeliveryAttempts } from '../../subgraphs/src/metrics';
import { seedNetwork } from '../../subgraphs/src/seed/demo';
import type { DuePolicy } from '../../subgraphs/src/referrals/due';
import { createSubgraph, type SubgraphDeps } from '../../subgraphs/src/subgraph';
import { createTestAuth, gatewayTokenEnv, type TestAuth } from './auth';
import { createMigratedDataSource, type TestDatabase } from './db';
import { postGraphQL } from './federation-http';
import { testLogger, type LogCapture } from './logs';

export interface InProcessNetwork {
  counter: StatementCounter;
  /** `db` names the fresh database; absent when the caller gave the databases (databaseUrls). */
  env: { ds: DataSource; db?: TestDatabase; close(): Promise<void> };
  server: Listening;
  /** Counts an outbox worker's attempts in this subgraph's metrics (with metricsToken). */
  deliveryAttempts?: DeliveryAttempts;
}

/** InProcessOptions.seed: each network's demo data (`npm run seed`). */
export const seedDemo = async (key: string, env: InProcessNetwork['env']): Promise<void> =>
  void (await seedNetwork(env.ds, findNetwork(NETWORKS, key)!));

export interface InProcessOptions {
  registry?: Registry;
  seed?: (key: string, env: InProcessNetwork['env']) => Promise<void>;
  /** Initial supergraph file content; composed from the registry by default. */
  supergraphSdl?: string;
  /** Run every part with production settings. */
  production?: boolean;
  /** Extra gateway environment, e.g. a lower MAX_RESPONSE_BYTES. */
  gatewayEnv?: Record<string, string>;
  /** Migrated databases to serve instead of fresh ones: the application role's URL by network key. Left as they are on close. */
  databaseUrls?: (key: string) => string;
  /** Keys and secrets to use instead of fresh ones. */
  auth?: TestAuth;
  /** Where every part writes its log lines; silent without it. */
  logs?: LogCapture;
  /** The token /metrics asks for, in the gateway and every subgraph; /metrics is off without it. */
  metricsToken?: string;
  /** Networks' own default due times (config ACKNOWLEDGE_WITHIN_*, ANSWER_WITHIN_*), by network key; the defaults for the others. */
  duePolicies?: Record<string, DuePolicy>;
  /** More of a network's subgraph settings, by network key (e.g. the secretariat told of arrivals). */
  subgraphDeps?: (key: string) => Partial<SubgraphDeps>;
}

async function openNetworkDatabase(
  key: string,
  counter: StatementCounter,
  options: InProcessOptions,
): Promise<InProcessNetwork['env']> {
  if (!options.databaseUrls) return createMigratedDataSource(`inproc_${key}`, counter);
  const ds = await openDatabase({ DATABASE_URL: options.databaseUrls(key), DB_POOL_SIZE: 4 }, counter);
  return { ds, close: () => ds.destroy() };
}

export async function startInProcessFederation(options: InProcessOptions = {}) {
  const registry = options.registry ?? NETWORKS;
  const auth = options.auth ?? (await createTestAuth(registry));
  const networks = new Map<string, InProcessNetwork>();
  for (const n of registry) {
    const counter = new StatementCounter();
    const env = await openNetworkDatabase(n.key, counter, options);
    await options.seed?.(n.key, env);
    const verifyToken = await auth.subgraphVerifier(n.key);
    const subgraph = createSubgraph(n, {
      ds: env.ds,
      registry,
      production: options.production,
      verifyToken,
      secret: auth.secrets[n.key]!,
      logger: testLogger(n.key, options.logs),
      metricsToken: options.metricsToken,
      duePolicy: options.duePolicies?.[n.key],
      ...options.subgraphDeps?.(n.key),
    });
    networks.set(n.key, {
      counter,
      env,
      server: await subgraph.listen(0),
      deliveryAttempts: subgraph.deliveryAttempts,
    });
  }
  // The committed supergraph serves the real registry; any other registry is composed here.
  let supergraphPath: string | undefined;
  if (registry !== NETWORKS || options.supergraphSdl) {
    supergraphPath = join(mkdtempSync(join(tmpdir(), 'jcn-supergraph-')), 'supergraph.graphql');
    writeFileSync(supergraphPath, options.supergraphSdl ?? composeSupergraph(registry));
  }
  const configFor = (env: Record<string, string> = {}) =>
    gatewayConfig(registry, {
      PORT: '0',
      NODE_ENV: options.production ? 'production' : 'test',
      ...gatewayTokenEnv(auth, registry),
      ...Object.fromEntries(registry.map((n) => [subgraphSecretVar(n.code), auth.secrets[n.key]!])),
      ...(supergraphPath ? { SUPERGRAPH_PATH: supergraphPath } : {}),
      ...Object.fromEntries(registry.map((n) => [subgraphUrlVar(n.code), networks.get(n.key)!.server.url])),
      ...(options.metricsToken ? { METRICS_TOKEN: options.metricsToken } : {}),
      ...options.gatewayEnv,
      ...env,
    });
  const verifier = await auth.verifier();
  const created = createGateway(configFor(), verifier, registry, testLogger('gateway', options.logs));
  const gateway = await created.listen(0);
  const extraGateways: Listening[] = [];
  return {
    networks,
    gatewayUrl: gateway.url,
    /** Operations the gateway's own executor and Apollo Gateway's have run. */
    executions: created.executions,
    /** A second gateway over the same subgraphs, with more environment; closed with the rest. */
    async extraGateway(env: Record<string, string>) {
      const extra = createGateway(configFor(env), verifier, registry, testLogger('gateway', options.logs));
      const listening = await extra.listen(0);
      extraGateways.push(listening);
      return { url: listening.url, executions: extra.executions, server: listening.server };
    },
    supergraphPath,
    auth,
    /** Posts to the gateway, with a bearer token when given. */
    gql: <T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, token?: string) =>
      postGraphQL<T>(gateway.url, query, variables, token ? { authorization: `Bearer ${token}` } : {}),
    /** SQL statements run so far, summed over every network. */
    statements: () => [...networks.values()].reduce((sum, n) => sum + n.counter.count, 0),
    async close() {
      for (const extra of extraGateways) await extra.close();
      await gateway.close();
      for (const n of networks.values()) {
        await n.server.close();
        await n.env.close();
      }
    },
  };
}

/**
 * Delivers what the outboxes of `keys` hold, `rounds` times over (a delivery's answer may queue the other
 * side's next step), each network's worker signing as that network's own SERVICE identity.
 */
export async function drainOutboxes(
  fed: Pick<Awaited<ReturnType<typeof startInProcessFederation>>, 'networks' | 'gatewayUrl' | 'auth'>,
  keys: readonly string[],
  rounds: number,
): Promise<void> {
  for (let i = 0; i < rounds; i++) {
    for (const key of keys) {
      const worker = createOutboxWorker({
        ds: fed.networks.get(key)!.env.ds,
        network: findNetwork(NETWORKS, key)!,
        gatewayUrl: fed.gatewayUrl,
        serviceToken: () => fed.auth.token({ subject: `service:${key}`, roles: ['SERVICE'], network: key }),
      });
      while (await worker.round());
    }
  }
}
