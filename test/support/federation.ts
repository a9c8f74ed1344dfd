/** The whole federation for end-to-end tests: fresh seeded databases, subgraph processes, the gateway process. */
import { urlRole } from '#shared/config';
import { NETWORKS, type NetworkDefinition } from '#shared/registry';
import { createDataSource, migrate } from '../../subgraphs/src/db/data-source';
import { seedNetwork } from '../../subgraphs/src/seed/demo';
import { startFederation, type RunningFederation, type Runtime } from '../../scripts/lib/processes';
import { createTestAuth, tokenEnv, type TestAuth } from './auth';
import { createTestDatabase, queryDatabase, type TestDatabase } from './db';
import { postGraphQL, type GraphQLResponse } from './federation-http';

export interface TestFederation extends RunningFederation {
  databases: Map<string, TestDatabase>;
  auth: TestAuth;
  /** Posts to the gateway, with a bearer token when given. */
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string,
  ): Promise<GraphQLResponse<T>>;
  /** Runs one statement on a network's database and returns its rows. */
  sql<T extends Record<string, unknown>>(network: string, text: string, params?: unknown[]): Promise<T[]>;
  /** Tears everything down and drops the databases. */
  close(): Promise<void>;
}

export interface TestFederationOptions {
  /** The gateway's JWT_* variables of the identity provider; by default the test auth's key (DEV_ISSUER). */
  tokenEnv?: Record<string, string>;
  /** Further gateway variables, e.g. CONSOLE_DIR. */
  gatewayEnv?: Record<string, string>;
  /** tsx by default; `compiled` runs the build in dist/. */
  runtime?: Runtime;
  /** The PostgreSQL server (superuser URL) of a network's database, when not the test server's (a backup test's, whose pg_dump matches it). */
  databaseServer?: (key: string) => string | undefined;
}

export async function startTestFederation(options: TestFederationOptions = {}): Promise<TestFederation> {
  const databases = new Map<string, TestDatabase>();
  for (const n of NETWORKS) {
    const db = await createTestDatabase(`e2e_${n.key}`, options.databaseServer?.(n.key));
    databases.set(n.key, db);
    // Migrated and seeded by the owner; the subgraph processes serve as the application role, as in production.
    const ds = createDataSource({ url: db.ownerUrl, poolSize: 2 });
    await ds.initialize();
    await migrate(ds, urlRole(db.appUrl));
    await seedNetwork(ds, n);
    await ds.destroy();
  }
  const auth = await createTestAuth(NETWORKS);
  const lines: string[] = [];
  const fed = await startFederation({
    tokenEnv: options.tokenEnv ?? tokenEnv(auth),
    gatewayEnv: options.gatewayEnv,
    runtime: options.runtime,
    gatewayKeys: auth.identity.gateway,
    subgraphSecrets: auth.secrets,
    serviceKeys: auth.identity.services,
    databaseUrl: (n: NetworkDefinition) => databases.get(n.key)!.appUrl,
    ports: 'free',
    nodeEnv: 'test',
    log: (line) => lines.push(line),
  }).catch((err: Error) => {
    throw new Error(`${err.message}\n${lines.slice(-40).join('\n')}`);
  });
  return {
    ...fed,
    databases,
    auth,
    sql: (network, text, params = []) => queryDatabase(databases.get(network)!.url, text, params),
    gql: (query, variables, token) =>
      postGraphQL(fed.gatewayUrl, query, variables, token ? { authorization: `Bearer ${token}` } : {}),
    close: async () => {
      await fed.stop();
      for (const db of databases.values()) await db.drop();
    },
  };
}

/**
 * The federation of one test file: started before its tests, closed after them. The object returned is
 * filled in by that beforeAll, so read it only in hooks and tests.
 */
export function federationForFile(options: TestFederationOptions = {}): TestFederation {
  const fed = {} as TestFederation;
  let started: TestFederation | undefined;
  beforeAll(async () => {
    started = await startTestFederation(options);
    Object.assign(fed, started);
  }, 120_000);
  afterAll(async () => {
    await started?.close();
  });
  return fed;
}
