/**
 * The federation inside the test process, still over HTTP: every network's
 * subgraph on its own fresh database and a port of its own, and the gateway.
 * Used where a test must reach inside (count SQL statements, swap the registry).
 */
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { composeSupergraph } from '../../scripts/compose';
import { gatewayConfig, subgraphSecretVar, subgraphUrlVar } from '../../gateway/src/config';
import { createGateway } from '../../gateway/src/gateway';
import type { Listening } from '../../shared/src/http';
import { NETWORKS, type Registry } from '../../shared/src/registry';
import { StatementCounter } from '../../subgraphs/src/db/data-source';
import { createSubgraph } from '../../subgraphs/src/subgraph';
import { createTestAuth, gatewayTokenEnv } from './auth';
import { createMigratedDataSource } from './db';
import { postGraphQL } from './federation-http';

export interface InProcessNetwork {
  counter: StatementCounter;
  env: Awaited<ReturnType<typeof createMigratedDataSource>>;
  server: Listening;
}

export interface InProcessOptions {
  registry?: Registry;
  seed?: (key: string, env: InProcessNetwork['env']) => Promise<void>;
  /** Initial supergraph file content; composed from the registry by default. */
  supergraphSdl?: string;
  /** Run every part with production settings. */
  production?: boolean;
  /** Extra gateway environment, e.g. a lower MAX_RESPONSE_BYTES. */
  gatewayEnv?: Record<string, string>;
}

export async function startInProcessFederation(options: InProcessOptions = {}) {
  const registry = options.registry ?? NETWORKS;
  const auth = await createTestAuth(registry);
  const networks = new Map<string, InProcessNetwork>();
  for (const n of registry) {
    const counter = new StatementCounter();
    const env = await createMigratedDataSource(`inproc_${n.key}`, counter);
    await options.seed?.(n.key, env);
    const verifyToken = await auth.subgraphVerifier(n.key);
    const server = await createSubgraph(n, { ds: env.ds, registry, production: options.production, verifyToken, secret: auth.secrets[n.key]!, log: () => undefined }).listen(0);
    networks.set(n.key, { counter, env, server });
  }
  // The committed supergraph serves the real registry; any other registry is composed here.
  let supergraphPath: string | undefined;
  if (registry !== NETWORKS || options.supergraphSdl) {
    supergraphPath = join(mkdtempSync(join(tmpdir(), 'jcn-supergraph-')), 'supergraph.graphql');
    writeFileSync(supergraphPath, options.supergraphSdl ?? composeSupergraph(registry));
  }
  const config = gatewayConfig(registry, {
    PORT: '0',
    NODE_ENV: options.production ? 'production' : 'test',
    ...gatewayTokenEnv(auth, registry),
    ...Object.fromEntries(registry.map((n) => [subgraphSecretVar(n.code), auth.secrets[n.key]!])),
    ...(supergraphPath ? { SUPERGRAPH_PATH: supergraphPath } : {}),
    ...Object.fromEntries(registry.map((n) => [subgraphUrlVar(n.code), networks.get(n.key)!.server.url])),
    ...options.gatewayEnv,
  });
  const gateway = await createGateway(config, await auth.verifier(), registry, () => undefined).listen(0);
  return {
    networks,
    gatewayUrl: gateway.url,
    supergraphPath,
    auth,
    /** Posts to the gateway, with a bearer token when given. */
    gql: <T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, token?: string) =>
      postGraphQL<T>(gateway.url, query, variables, token ? { authorization: `Bearer ${token}` } : {}),
    /** SQL statements run so far, summed over every network. */
    statements: () => [...networks.values()].reduce((sum, n) => sum + n.counter.count, 0),
    async close() {
      await gateway.close();
      for (const n of networks.values()) {
        await n.server.close();
        await n.env.close();
      }
    },
  };
}
