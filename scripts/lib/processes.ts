/**
 * Starts the federation as separate processes, as in production: one subgraph
 * process per network and the gateway; and the development identity provider.
 * Used by `npm start` and the e2e tests.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { servicePublicKeyVar } from '#shared/auth/config';
import type { DevKeys } from './dev-keys';
import { NETWORKS, networkOfKey, type NetworkDefinition, type Registry } from '#shared/registry';
import { nodeOptionsFor } from './heap';

const ROOT = join(__dirname, '..', '..');

/** Ports this process has handed out: a process started later may not have bound its port yet. */
const handedOut = new Set<number>();

/**
 * A port nothing listens on now, never handed out before by this process. Under jest, each worker
 * takes its ports from a block of its own below the kernel's ephemeral range: two test files running
 * side by side can otherwise be given the same port in the seconds before its process binds it, and
 * one federation's health check then finds the other's server.
 */
export async function freePort(): Promise<number> {
  const worker = Number(process.env.JEST_WORKER_ID);
  if (Number.isInteger(worker) && worker > 0) {
    const size = 1500;
    const base = 20_000 + ((worker - 1) % 8) * size;
    const start = Math.floor(Math.random() * size);
    for (let i = 0; i < size; i++) {
      const port = base + ((start + i) % size);
      if (handedOut.has(port) || !(await canListen(port))) continue;
      handedOut.add(port);
      return port;
    }
    throw new Error(`no free port in ${base}-${base + size - 1}`);
  }
  for (;;) {
    const port = await listenOnce(0);
    if (!handedOut.has(port)) {
      handedOut.add(port);
      return port;
    }
  }
}

function listenOnce(port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(port, '127.0.0.1', () => {
      const { port: bound } = srv.address() as { port: number };
      srv.close(() => resolve(bound));
    });
  });
}

const canListen = (port: number) =>
  listenOnce(port).then(
    () => true,
    () => false,
  );

export interface ManagedProcess {
  name: string;
  child: ChildProcess;
  /** Resolves when the process has exited. */
  exited: Promise<void>;
  /** It leads a process group of its own: stopping it stops what it started (the gateway's workers) too. */
  group?: boolean;
}

/** How a launcher holds the processes it spawns (npm start's supervisor). */
export interface SpawnHooks {
  /** Each process leads a process group of its own, which is killed with it; Ctrl-C in a terminal then reaches only the launcher. */
  processGroup?: boolean;
  /** Told of every process as soon as it is spawned, before it is ready. */
  onSpawn?: (proc: ManagedProcess) => void;
}

/** Spawns a TypeScript entry of the source tree `root` (this one by default) with tsx; output lines are prefixed with the process name. */
export function spawnEntry(
  name: string,
  entry: string,
  env: Record<string, string>,
  log: (line: string) => void,
  root = ROOT,
  hooks: SpawnHooks = {},
): ManagedProcess {
  return spawnNode(name, ['--import', 'tsx', join(root, entry)], env, log, root, hooks);
}

/** How the federation's processes run: their TypeScript under tsx (development), or the compiled build of `npm run build` (production). */
export type Runtime = 'tsx' | 'compiled';

/** Spawns one federation process (`gateway` or a network's key) of the source tree `root` in `runtime`. */
function spawnProcess(
  runtime: Runtime,
  name: string,
  kind: string,
  env: Record<string, string>,
  log: (line: string) => void,
  root = ROOT,
  hooks: SpawnHooks = {},
): ManagedProcess {
  if (runtime === 'compiled') return spawnNode(name, [join(root, 'dist', 'start.js'), kind], env, log, root, hooks);
  return spawnEntry(
    name,
    kind === 'gateway' ? 'gateway/src/main.ts' : `subgraphs/${kind}/main.ts`,
    env,
    log,
    root,
    hooks,
  );
}

/**
 * JCN_CPU_PROF_DIR=<folder>: every process started here writes a V8 CPU profile there when it exits
 * (open it in Chrome DevTools, or sum it with `npm run profile -- <file>`). NODE_OPTIONS refuses --cpu-prof.
 */
const profileArgs = (): string[] =>
  process.env.JCN_CPU_PROF_DIR ? ['--cpu-prof', `--cpu-prof-dir=${process.env.JCN_CPU_PROF_DIR}`] : [];

/** Spawns Node with `args` (a script, or `-e` and code); output lines are prefixed with the process name. */
export function spawnNode(
  name: string,
  args: string[],
  env: Record<string, string>,
  log: (line: string) => void,
  cwd = ROOT,
  hooks: SpawnHooks = {},
): ManagedProcess {
  const child = spawn(process.execPath, [...profileArgs(), ...args], {
    cwd,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: hooks.processGroup ?? false,
  });
  const relay = (chunk: Buffer) => {
    for (const line of chunk.toString('utf8').split('\n')) if (line.trim()) log(`${name} | ${line}`);
  };
  child.stdout?.on('data', relay);
  child.stderr?.on('data', relay);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const proc: ManagedProcess = { name, child, exited, group: hooks.processGroup ?? false };
  hooks.onSpawn?.(proc);
  return proc;
}

/** Polls a /health URL until it answers 200, the process dies, or the timeout passes. */
export async function waitHealthy(url: string, proc: ManagedProcess, timeoutMs = 45_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (proc.child.exitCode !== null)
      throw new Error(`${proc.name} exited with code ${proc.child.exitCode} before it was ready`);
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(1000) });
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`${proc.name} was not healthy at ${url} within ${timeoutMs} ms`);
}

/** waitHealthy, and a process that never became healthy is stopped before the error is thrown, not left running. */
async function healthyOrStopped(url: string, proc: ManagedProcess): Promise<void> {
  try {
    await waitHealthy(url, proc);
  } catch (err) {
    await stopProcess(proc, 'SIGKILL');
    throw err;
  }
}

/** Whether the process is still running (it has not exited and no signal has ended it). */
export const isRunning = (proc: ManagedProcess): boolean =>
  proc.child.exitCode === null && proc.child.signalCode === null;

/**
 * SIGKILLs what is left of a process group leader's group (its children, once it has gone); a no-op for a
 * process that leads none. Synchronous, so that it also runs in a process's 'exit' handler.
 */
export function killGroup(proc: ManagedProcess): void {
  if (!proc.group || proc.child.pid === undefined) return;
  try {
    process.kill(-proc.child.pid, 'SIGKILL');
  } catch {
    // ESRCH: the group is empty
  }
}

/**
 * Stops a process: `signal`, then SIGKILL if it has not exited within `graceMs` (an event loop that never
 * runs again handles no SIGTERM). The leader of a process group is sent `signal` alone, to stop its own
 * children as it would, and then whatever remains of its group is killed. Resolves with whether it had to be killed.
 */
export async function terminate(
  proc: ManagedProcess,
  signal: NodeJS.Signals = 'SIGTERM',
  graceMs = 10_000,
): Promise<'stopped' | 'killed'> {
  let outcome: 'stopped' | 'killed' = 'stopped';
  if (isRunning(proc)) {
    proc.child.kill(signal);
    const timer = setTimeout(() => {
      outcome = 'killed';
      proc.child.kill('SIGKILL');
      killGroup(proc);
    }, graceMs);
    await proc.exited;
    clearTimeout(timer);
  }
  killGroup(proc);
  return outcome;
}

/** Stops a process: SIGTERM, then SIGKILL if it has not exited in time. */
export async function stopProcess(
  proc: ManagedProcess,
  signal: NodeJS.Signals = 'SIGTERM',
  graceMs = 10_000,
): Promise<void> {
  await terminate(proc, signal, graceMs);
}

export interface FederationOptions {
  /** Database URL of each network's subgraph. */
  databaseUrl: (network: NetworkDefinition) => string;
  registry?: Registry;
  /** Use the registry's ports and 4000 (development) or free ports (tests). */
  ports: 'registry' | 'free';
  nodeEnv?: string;
  /** JWT_* variables of the identity provider the gateway verifies people's tokens with. */
  tokenEnv: Record<string, string>;
  /** Further gateway variables, e.g. CONSOLE_DIR. */
  gatewayEnv?: Record<string, string>;
  /** The gateway's key pair: it signs each subgraph call's token, the subgraphs verify with its public half. */
  gatewayKeys: DevKeys;
  /** Secret shared by the gateway and each network's subgraph, by network key. */
  subgraphSecrets: Record<string, string>;
  /** Each network's own statistics secret (record keys), by network key; without it a subgraph makes one per process. */
  statisticsSecrets?: Record<string, string>;
  /** Further environment of each network's subgraph (npm start: its mail server, the catcher). */
  subgraphEnv?: (network: NetworkDefinition) => Record<string, string>;
  /** Each network's outbox key pair, by network key; without them referrals are not delivered. */
  serviceKeys?: Record<string, DevKeys>;
  /** tsx by default; `compiled` runs dist/ (build it first with npm run build). */
  runtime?: Runtime;
  log?: (line: string) => void;
  /** How each process is spawned and who is told of it (npm start's supervisor). */
  spawn?: SpawnHooks;
}

/** A further process of the federation: where it listens, and its stop. */
export interface Replica {
  url: string;
  /** Its process id (tests read its memory). */
  pid?: number;
  stop(signal?: NodeJS.Signals): Promise<void>;
}

export interface RunningFederation {
  gatewayUrl: string;
  subgraphUrls: Record<string, string>;
  /** Stops one network's subgraph process (fault tests). */
  stopNetwork(key: string, signal?: NodeJS.Signals): Promise<void>;
  /**
   * Starts a stopped network's subgraph again on the same port, with further environment if given,
   * from the source tree `root` if given (the benchmark's "before", a worktree of an earlier commit).
   */
  startNetwork(key: string, extraEnv?: Record<string, string>, root?: string): Promise<void>;
  stopGateway(signal?: NodeJS.Signals): Promise<void>;
  /** Process ids of the gateway and each network's subgraph, by name (benchmarks read their memory). */
  pids(): Record<string, number>;
  /** The current process of the gateway (`gateway`) or of a network's subgraph (its key). */
  processOf(name: string): ManagedProcess | undefined;
  /** A second process of a network's subgraph on the same database (outside the gateway), with further environment if given. */
  startReplica(key: string, extraEnv?: Record<string, string>): Promise<Replica>;
  /** Starts the gateway (again), with further environment if given, from the source tree `root` if given. */
  startGateway(extraEnv?: Record<string, string>, root?: string): Promise<void>;
  /** A second gateway process on a port of its own, calling the subgraphs at `subgraphUrls` (by network key) where given, with further environment if given. */
  startGatewayReplica(subgraphUrls?: Record<string, string>, extraEnv?: Record<string, string>): Promise<Replica>;
  stop(): Promise<void>;
}

export async function startFederation(options: FederationOptions): Promise<RunningFederation> {
  const registry = options.registry ?? NETWORKS;
  const log = options.log ?? (() => undefined);
  const nodeEnv = options.nodeEnv ?? 'development';
  const runtime = options.runtime ?? 'tsx';
  const ports = new Map<string, number>();
  for (const n of registry) ports.set(n.key, options.ports === 'free' ? await freePort() : n.port);
  const gatewayPort = options.ports === 'free' ? await freePort() : 4000;
  const subgraphUrls = Object.fromEntries(registry.map((n) => [n.key, `http://127.0.0.1:${ports.get(n.key)}/graphql`]));
  const subgraphs = new Map<string, ManagedProcess>();

  const gateways: { proc?: ManagedProcess } = {};
  const spawnGateway = async (
    name: string,
    port: number,
    extraEnv: Record<string, string>,
    urls: Record<string, string>,
    root?: string,
  ) => {
    const proc = spawnProcess(
      runtime,
      name,
      'gateway',
      {
        NODE_OPTIONS: nodeOptionsFor('gateway'),
        ...options.gatewayEnv,
        ...extraEnv,
        PORT: String(port),
        HOST: '127.0.0.1',
        NODE_ENV: nodeEnv,
        ...options.tokenEnv,
        GATEWAY_SIGNING_KEY: options.gatewayKeys.privateKeyPem,
        ...Object.fromEntries(
          registry.flatMap((n) =>
            options.serviceKeys?.[n.key]
              ? [[servicePublicKeyVar(n.code), options.serviceKeys[n.key]!.publicKeyPem]]
              : [],
          ),
        ),
        ...Object.fromEntries(registry.map((n) => [`SUBGRAPH_URL_${n.code}`, urls[n.key]!])),
        ...Object.fromEntries(registry.map((n) => [`SUBGRAPH_SECRET_${n.code}`, options.subgraphSecrets[n.key]!])),
      },
      log,
      root,
      options.spawn,
    );
    await healthyOrStopped(`http://127.0.0.1:${port}/health`, proc);
    return proc;
  };
  const startGateway = async (extraEnv: Record<string, string> = {}, root?: string) => {
    gateways.proc = await spawnGateway('gateway', gatewayPort, extraEnv, subgraphUrls, root);
  };

  const replicas: ManagedProcess[] = [];
  const replica = (proc: ManagedProcess, port: number, path: string): Replica => {
    replicas.push(proc);
    return {
      url: `http://127.0.0.1:${port}${path}`,
      pid: proc.child.pid,
      stop: (signal = 'SIGTERM') => stopProcess(proc, signal),
    };
  };
  const spawnSubgraph = async (
    key: string,
    port: number,
    name: string,
    extraEnv: Record<string, string> = {},
    root?: string,
  ) => {
    const n = networkOfKey(registry, key);
    if (!n) throw new Error(`unknown network ${key}`);
    const proc = spawnProcess(
      runtime,
      name,
      n.key,
      {
        NODE_OPTIONS: nodeOptionsFor('subgraph'),
        ...options.subgraphEnv?.(n),
        ...extraEnv,
        DATABASE_URL: options.databaseUrl(n),
        PORT: String(port),
        HOST: '127.0.0.1',
        NODE_ENV: nodeEnv,
        SUBGRAPH_SECRET: options.subgraphSecrets[n.key]!,
        ...(options.statisticsSecrets?.[n.key] ? { STATISTICS_SECRET: options.statisticsSecrets[n.key]! } : {}),
        GATEWAY_PUBLIC_KEY: options.gatewayKeys.publicKeyPem,
        ...(options.serviceKeys?.[n.key]
          ? {
              GATEWAY_URL: `http://127.0.0.1:${gatewayPort}/graphql`,
              SERVICE_SIGNING_KEY: options.serviceKeys[n.key]!.privateKeyPem,
            }
          : {}),
        ...extraEnv,
      },
      log,
      root,
      options.spawn,
    );
    await healthyOrStopped(`http://127.0.0.1:${port}/health`, proc);
    return proc;
  };
  const startNetwork = async (key: string, extraEnv?: Record<string, string>, root?: string) => {
    const port = ports.get(key);
    if (port === undefined) throw new Error(`unknown network ${key}`);
    const proc = await spawnSubgraph(key, port, key, extraEnv, root);
    subgraphs.set(key, proc);
  };

  const stop = async () => {
    await Promise.all(
      [...(gateways.proc ? [gateways.proc] : []), ...subgraphs.values(), ...replicas].map((p) => stopProcess(p)),
    );
  };
  try {
    // Every start settles before any failure is thrown: with Promise.all, a network still starting when another
    // failed would register after stop() ran, and outlive the test or script (seen: an orphaned subgraph).
    const started = await Promise.allSettled(registry.map((n) => startNetwork(n.key)));
    const failed = started.find((s): s is PromiseRejectedResult => s.status === 'rejected');
    if (failed) throw failed.reason;
    await startGateway();
  } catch (err) {
    await stop();
    throw err;
  }
  return {
    gatewayUrl: `http://127.0.0.1:${gatewayPort}/graphql`,
    subgraphUrls,
    stopNetwork: async (key, signal = 'SIGTERM') => {
      const proc = subgraphs.get(key);
      if (proc) await stopProcess(proc, signal);
    },
    startNetwork,
    stopGateway: async (signal = 'SIGTERM') => {
      if (gateways.proc) await stopProcess(gateways.proc, signal);
    },
    startGateway,
    processOf: (name) => (name === 'gateway' ? gateways.proc : subgraphs.get(name)),
    pids: () =>
      Object.fromEntries(
        [...(gateways.proc ? [gateways.proc] : []), ...subgraphs.values()]
          .filter((p) => p.child.pid)
          .map((p) => [p.name, p.child.pid!]),
      ),
    startReplica: async (key, extraEnv) => {
      const port = await freePort();
      return replica(
        await spawnSubgraph(key, port, `${key}-replica${replicas.length + 1}`, extraEnv),
        port,
        '/graphql',
      );
    },
    startGatewayReplica: async (urls = {}, extraEnv = {}) => {
      const port = await freePort();
      return replica(
        await spawnGateway(`gateway-replica${replicas.length + 1}`, port, extraEnv, { ...subgraphUrls, ...urls }),
        port,
        '/graphql',
      );
    },
    stop,
  };
}

export interface IdentityProviderOptions {
  port: number;
  /** Data folder: the provider's key and cookie keys are in its keys/ folder. */
  dataDir: string;
  /** The demo accounts file (with passwords). */
  accountsFile: string;
  /** Origins besides the development ones that the console may sign in from. */
  consoleOrigins?: readonly string[];
  /** Also sign in the console's Vite dev server on port 5173 (DEV_CONSOLE_SIGN_IN=1). */
  devConsole?: boolean;
  nodeEnv?: string;
  log?: (line: string) => void;
  spawn?: SpawnHooks;
}

/** Starts the development identity provider (scripts/idp.ts) and waits until it publishes its configuration. */
export async function startIdentityProvider(options: IdentityProviderOptions): Promise<ManagedProcess> {
  const proc = spawnEntry(
    'idp',
    'scripts/idp.ts',
    {
      IDP_PORT: String(options.port),
      JCN_DATA_DIR: options.dataDir,
      IDP_ACCOUNTS_FILE: options.accountsFile,
      IDP_CONSOLE_ORIGINS: (options.consoleOrigins ?? []).join(','),
      DEV_CONSOLE_SIGN_IN: options.devConsole ? '1' : '0',
      NODE_ENV: options.nodeEnv ?? 'development',
    },
    options.log ?? (() => undefined),
    undefined,
    options.spawn,
  );
  try {
    await waitHealthy(`http://127.0.0.1:${options.port}/.well-known/openid-configuration`, proc);
  } catch (err) {
    await stopProcess(proc);
    throw err;
  }
  return proc;
}

/** The development mail catcher (scripts/mail-catcher.ts) in a process of its own, once its page answers. */
export async function startMailCatcherProcess(options: {
  smtpPort: number;
  port: number;
  nodeEnv?: string;
  log?: (line: string) => void;
  spawn?: SpawnHooks;
}): Promise<{ proc: ManagedProcess; smtpUrl: string; pageUrl: string }> {
  const proc = spawnEntry(
    'mail',
    'scripts/mail-catcher.ts',
    {
      MAIL_CATCHER_SMTP_PORT: String(options.smtpPort),
      MAIL_CATCHER_PORT: String(options.port),
      NODE_ENV: options.nodeEnv ?? 'development',
    },
    options.log ?? (() => undefined),
    undefined,
    options.spawn,
  );
  await healthyOrStopped(`http://127.0.0.1:${options.port}/health`, proc);
  return { proc, smtpUrl: `smtp://127.0.0.1:${options.smtpPort}`, pageUrl: `http://127.0.0.1:${options.port}/` };
}
