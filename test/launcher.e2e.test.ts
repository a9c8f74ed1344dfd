/**
 * `npm start` itself (scripts/dev.ts) on a fresh data folder and free ports: a subgraph killed with
 * SIGKILL is restarted and its network answers again through the gateway; SIGTERM stops everything,
 * a child that does not answer (stopped with SIGSTOP) is killed after the grace period, and no process
 * the launcher started is left in the process table.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, spawnEntry, spawnNode, type ManagedProcess } from '../scripts/lib/processes';
import { postGraphQL } from './support/federation-http';
import { hasEnv, processTable, stillRunning, withDescendants, type ProcessEntry } from './support/process-table';

const MARKER = 'JCN_LAUNCHER_TEST';
const marker = randomBytes(8).toString('hex');
const dataDir = mkdtempSync(join(tmpdir(), 'jcn-launcher-'));
const lines: string[] = [];
let launcher: ManagedProcess;
let env: Record<string, string>;
let gatewayUrl: string;
let token: string;

const until = async (what: string, check: () => boolean | Promise<boolean>, timeoutMs: number) => {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline)
      throw new Error(`timed out waiting for ${what}; the launcher said:\n${lines.join('\n')}`);
    if (launcher.child.exitCode !== null)
      throw new Error(`the launcher exited while waiting for ${what}:\n${lines.join('\n')}`);
    await new Promise((r) => setTimeout(r, 100));
  }
};

/** The launcher's own lines ([dev] ...). */
const said = () =>
  lines.filter((l) => l.startsWith('launcher | [dev] ')).map((l) => l.slice('launcher | [dev] '.length));

/** Every process of this launcher: it and its descendants, and anything carrying its marker or its data folder. */
const ours = (): ProcessEntry[] =>
  withDescendants(
    processTable(),
    (e) => e.pid === launcher.child.pid || e.cmdline.includes(dataDir) || hasEnv(e.pid, MARKER, marker),
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
  launcher = spawnEntry('launcher', 'scripts/dev.ts', env, (l) => lines.push(l));
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
  for (const e of ours()) if (e.pid !== process.pid) process.kill(e.pid, 'SIGKILL');
  await launcher?.exited;
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

it('stops everything on SIGTERM, kills a child that does not answer, and leaves no process behind', async () => {
  const before = ours();
  const cmdlines = before.map((e) => e.cmdline).join('\n');
  for (const entry of ['gateway/src/main.ts', 'scripts/idp.ts', 'scripts/mail-catcher.ts', 'subgraphs/gljc/main.ts'])
    expect(cmdlines).toContain(entry);
  expect(cmdlines).toContain(`postgres -D ${dataDir}`);
  // A child whose event loop never runs again: it cannot act on SIGTERM.
  process.kill(subgraphPid('seajust'), 'SIGSTOP');
  const began = Date.now();
  launcher.child.kill('SIGTERM');
  await launcher.exited;
  expect(launcher.child.exitCode).toBe(0);
  expect(Date.now() - began).toBeLessThan(30_000);
  expect(said()).toContain('seajust did not stop within 2 s: killed');
  expect(said().at(-1)).toBe('stopped');
  expect(stillRunning(before)).toEqual([]);
  expect(ours()).toEqual([]);
}, 60_000);
