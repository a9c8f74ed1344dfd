/** Fresh, migrated databases on the test server, one per use, dropped afterwards. */
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import type { DataSource, QueryRunner } from 'typeorm';
import { databaseRoles, databaseUrl, provisionDatabase } from '../../scripts/lib/db-roles';
import { quoteIdent } from '../../scripts/lib/embedded-postgres';
import { createDataSource, type StatementCounter } from '../../subgraphs/src/db/data-source';
import { openDatabase } from '../../subgraphs/src/db/open';

function serverUrl(): string {
  const url = process.env.TEST_DATABASE_URL;
  if (!url)
    throw new Error('TEST_DATABASE_URL is not set: run the tests through jest (global setup starts PostgreSQL)');
  return url;
}

async function admin<T>(server: string, fn: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: server });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export interface TestDatabase {
  name: string;
  /** As the superuser: for a test's own checks, never for the code under test. */
  url: string;
  /** As the database's owner, which runs the migrations. */
  ownerUrl: string;
  /** As the application role the subgraph serves with. */
  appUrl: string;
  drop(): Promise<void>;
}

/** Creates an empty database with a unique name, and its owner and application roles as in production; on the test server unless `server` names another. */
export async function createTestDatabase(prefix: string, server = serverUrl()): Promise<TestDatabase> {
  const name = `${prefix}_${randomBytes(4).toString('hex')}`;
  const roles = databaseRoles(name, server);
  const urls = await provisionDatabase(server, name, roles);
  return {
    name,
    url: databaseUrl(server, name),
    ownerUrl: urls.owner,
    appUrl: urls.app,
    drop: () =>
      admin(server, async (c) => {
        await c.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`);
        for (const role of [roles.app, roles.owner]) await c.query(`DROP ROLE IF EXISTS ${quoteIdent(role.name)}`);
      }),
  };
}

/** A fresh database, migrated by its owner, with a data source on it as the application role (as a subgraph starts). */
export async function createMigratedDataSource(
  prefix: string,
  counter?: StatementCounter,
): Promise<{ ds: DataSource; db: TestDatabase; close(): Promise<void> }> {
  const db = await createTestDatabase(prefix);
  const ds = await openDatabase(
    { DATABASE_URL: db.appUrl, MIGRATION_DATABASE_URL: db.ownerUrl, DB_POOL_SIZE: 4 },
    counter,
  );
  return {
    ds,
    db,
    close: async () => {
      await ds.destroy();
      await db.drop();
    },
  };
}

/**
 * A fresh migrated database and a query runner on it as its owner, for tests of one migration
 * (migrations run as the owner; the application role may not alter tables).
 */
export async function createOwnerRunner(prefix: string): Promise<{ runner: QueryRunner; close(): Promise<void> }> {
  const env = await createMigratedDataSource(prefix);
  const owner = createDataSource({ url: env.db.ownerUrl, poolSize: 1 });
  await owner.initialize().catch(async (err: unknown) => {
    await env.close();
    throw err;
  });
  const runner = owner.createQueryRunner();
  return {
    runner,
    close: async () => {
      await runner.release();
      await owner.destroy();
      await env.close();
    },
  };
}

/** Runs one statement on a database by URL and returns its rows. */
export async function queryDatabase<T extends Record<string, unknown>>(
  url: string,
  text: string,
  params: unknown[] = [],
): Promise<T[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(text, params)).rows;
  } finally {
    await client.end();
  }
}
