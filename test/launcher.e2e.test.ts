/**
 * `npm start` itself (scripts/dev.ts under npm, as a developer runs it) on a fresh data folder and
 * free ports: a subgraph killed with SIGKILL is restarted and its network answers again through the gateway;
 * Ctrl-C (SIGINT to the whole process group, as a terminal sends it) stops everything, a child that does not
 * answer (stopped with SIGSTOP) is killed after the grace period, and no process the launcher started is
 * left in the process table.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, spawnNode } from '../scripts/lib/processes';
import { postGraphQL } from './support/federation-http';
import { hasEnv, processTable, stillRunning, withDescendants, type ProcessEntry } from './support/process-table';

const MARKER = 'JCN_LAUNCHER_TEST';
const marker = randomBytes(8).toString('hex');
const dataDir = mkdtempSync(join(tmpdir(), 'jcn-launcher-'));
const lines: string[] = [];
let launcher: ChildProcess;
let exited: Promise<void>;
/** When every process writing to the launcher's output has gone, and so every line of it has been read. */
let outputClosed: Promise<void>;
let env: Record<string, string>;
let gatewayUrl: string;
let token: string;

const until = async (what: string, check: () => boolean | Promise<boolean>, timeoutMs: number) => {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline)
      throw new Error(`timed out waiting for ${what}; the launcher said:\n${lines.join('\n')}`);
    if (launcher.exitCode !== null)
      throw new Error(`the launcher exited while waiting for ${what}:\n${lines.join('\n')}`);
    await new Promise((r) => setTimeout(r, 100));
  }
};

/** The launcher's own lines ([dev] ...). */
const said = () => lines.filter((l) => l.startsWith('[dev] ')).map((l) => l.slice('[dev] '.length));

/** Every process of this launcher: npm and its descendants, and anything carrying its marker or its data folder. */
const ours = (): ProcessEntry[] =>
  withDescendants(
    processTable(),
    (e) => e.pid === launcher.pid || e.cmdline.includes(dataDir) || hasEnv(e.pid, MARKER, marker),
  );

/** The subgraph process of a network, found by its entry and the launcher's marker. */
const subgraphPid = (key: string): number => {
  const found = ours().filter((e) => e.cmdline.includes(join('subgraphs', key, 'main.ts')));
  expect(found).toHaveLength(1);
  return found[0]!.pid;
};

const CASC = `{ networks(codes: [CASC]) { code contactPoints(first: 1) { totalCount } } }`;
const cascCount = async () => {
  const res = await postGraphQL<{ networks: { contactPoints: { totalCount: number } | null }[] }>(
    gatewayUrl,
    CASC,
    {},
    { authorization: `Bearer ${token}` },
  );
  return res.errors ? undefined : res.data?.networks[0]?.contactPoints?.totalCount;
};

beforeAll(async () => {
  env = {
    JCN_DATA_DIR: dataDir,
    PG_PORT: String(await freePort()),
    IDP_PORT: String(await freePort()),
    MAIL_CATCHER_SMTP_PORT: String(await freePort()),
    MAIL_CATCHER_PORT: String(await freePort()),
    PORTS: 'free',
    BUILD_CONSOLE: '0',
    RESTART_DELAY_SECONDS: '0.2',
    STOP_GRACE_SECONDS: '2',
    [MARKER]: marker,
  };
  // In a process group of its own, as in a terminal: the test's Ctrl-C reaches npm and the launcher.
  launcher = spawn('npm', ['start'], {
    cwd: join(__dirname, '..'),
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  exited = new Promise((resolve) => launcher.once('exit', () => resolve()));
  let partial = '';
  const collect = (chunk: Buffer) => {
    const text = partial + chunk.toString('utf8');
    const complete = text.split('\n');
    partial = complete.pop()!;
    lines.push(...complete);
  };
  outputClosed = new Promise((resolve) => launcher.stdout!.once('close', () => resolve()));
  launcher.stdout!.on('data', collect);
  launcher.stderr!.on('data', collect);
  await until('the ready line', () => said().some((l) => l.startsWith('ready in')), 170_000);
  gatewayUrl = /^graphql: +(\S+)/.exec(said().find((l) => l.startsWith('graphql:'))!)![1]!;
  // A token as `npm run token` prints it for this launcher's identity provider.
  const printed: string[] = [];
  const tokenCommand = spawnNode(
    'token',
    ['--import', 'tsx', 'scripts/token.ts', '--role', 'CONTACT_POINT', '--network', 'wacap', '--country', 'NGA'],
    env,
    (l) => printed.push(l),
  );
  await tokenCommand.exited;
  token = printed.at(-1)!.replace(/^token \| /, '');
}, 180_000);

afterAll(async () => {
  // Only when a test failed half-way: nothing of this launcher may outlive the run.
  for (const e of ours())
    try {
      process.kill(e.pid, 'SIGKILL');
    } catch {
      // gone meanwhile
    }
  await exited;
  rmSync(dataDir, { recursive: true, force: true });
});

it('restarts a subgraph killed with SIGKILL, says so in one line, and its network answers again', async () => {
  expect(await cascCount()).toBeGreaterThan(0);
  process.kill(subgraphPid('casc'), 'SIGKILL');
  await until('the restart line', () => said().includes('casc killed by SIGKILL; restart 1 in 0.2 s'), 10_000);
  // Down meanwhile (a subgraph takes seconds to start), then back through the same gateway.
  expect(await cascCount()).toBeUndefined();
  await until('CASC through the gateway', async () => ((await cascCount()) ?? 0) > 0, 60_000);
  await until('the running-again line', () => said().includes('casc is running again (restart 1)'), 5_000);
  expect(said().filter((l) => l.startsWith('casc '))).toEqual([
    'casc killed by SIGKILL; restart 1 in 0.2 s',
    'casc is running again (restart 1)',
  ]);
}, 90_000);

it('stops everything on Ctrl-C, kills a child that does not answer, and leaves no process behind', async () => {
  const before = ours();
  const cmdlines = before.map((e) => e.cmdline).join('\n');
  for (const entry of ['gateway/src/main.ts', 'scripts/idp.ts', 'scripts/mail-catcher.ts', 'subgraphs/gljc/main.ts'])
    expect(cmdlines).toContain(entry);
  expect(cmdlines).toContain(`postgres -D ${dataDir}`);
  // A child whose event loop never runs again: it cannot act on SIGTERM.
  process.kill(subgraphPid('seajust'), 'SIGSTOP');
  // npm ends at once on Ctrl-C (by the signal); the launcher is the node process running scripts/dev.ts.
  const devTs = before.filter((e) => e.cmdline.split(' ')[0]!.endsWith('node') && e.cmdline.endsWith('scripts/dev.ts'));
  expect(devTs).toHaveLength(1);
  const began = Date.now();
  process.kill(-launcher.pid!, 'SIGINT');
  while (stillRunning(devTs).length > 0 && Date.now() - began < 30_000) await new Promise((r) => setTimeout(r, 100));
  expect(stillRunning(devTs)).toEqual([]);
  await exited;
  await outputClosed;
  // Stopped in order: a Ctrl-C that a wrapper relays again is not taken for a second one.
  expect(said()).not.toContain('killing every child now');
  expect(said()).toContain('seajust did not stop within 2 s: killed');
  expect(said().at(-1)).toBe('stopped');
  expect(stillRunning(before)).toEqual([]);
  expect(ours()).toEqual([]);
}, 60_000);
