/**
 * The two PostgreSQL roles of a network database: the owner, which owns the
 * database and its schema and runs the migrations, and the application role
 * the subgraph serves with, which owns nothing and has only what the owner
 * grants it after every migration (subgraphs/src/db/roles.ts). The embedded
 * development and test servers make them here with the same
 * deploy/postgres/roles.sql that docker-compose runs.
 */
import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client, escapeIdentifier } from 'pg';

export interface RoleLogin {
  name: string;
  password: string;
}

export interface DatabaseRoles {
  owner: RoleLogin;
  app: RoleLogin;
}

/** Connection URLs of one database: as its owner (migrations) and as the application role (serving). */
export interface DatabaseUrls {
  owner: string;
  app: string;
}

export const ROLES_SQL_PATH = join(__dirname, '..', '..', 'deploy', 'postgres', 'roles.sql');

/**
 * `<database>_owner` and `<database>_app`, with passwords derived from `secret`
 * (the superuser's): the same at every start, so there is nothing more to keep.
 */
export function databaseRoles(database: string, secret: string): DatabaseRoles {
  const login = (name: string): RoleLogin => ({
    name,
    password: createHmac('sha256', secret).update(name).digest('base64url'),
  });
  return { owner: login(`${database}_owner`), app: login(`${database}_app`) };
}

/** `serverUrl` pointed at another database, as another role when given. */
export function databaseUrl(serverUrl: string, database: string, login?: RoleLogin): string {
  const u = new URL(serverUrl);
  u.pathname = `/${encodeURIComponent(database)}`;
  if (login) {
    u.username = encodeURIComponent(login.name);
    u.password = encodeURIComponent(login.password);
  }
  return u.toString();
}

async function withClient<T>(url: string, fn: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/**
 * As the superuser at `serverUrl`: creates the database when missing, then runs
 * roles.sql in it (both roles made or reset, database and schema given to the
 * owner). Safe to run at every start.
 */
export async function provisionDatabase(
  serverUrl: string,
  database: string,
  roles: DatabaseRoles,
): Promise<DatabaseUrls> {
  await withClient(serverUrl, async (admin) => {
    const found = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (!found.rowCount) await admin.query(`CREATE DATABASE ${escapeIdentifier(database)}`);
  });
  await withClient(databaseUrl(serverUrl, database), async (admin) => {
    await admin.query(
      `SELECT set_config('jcn.owner', $1, false), set_config('jcn.owner_password', $2, false), set_config('jcn.app', $3, false), set_config('jcn.app_password', $4, false)`,
      [roles.owner.name, roles.owner.password, roles.app.name, roles.app.password],
    );
    await admin.query(readFileSync(ROLES_SQL_PATH, 'utf8'));
  });
  return { owner: databaseUrl(serverUrl, database, roles.owner), app: databaseUrl(serverUrl, database, roles.app) };
}
