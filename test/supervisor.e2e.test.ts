/**
 * The launcher's supervisor (scripts/lib/supervisor.ts) with real Node child processes: one that keeps
 * dying is given up on, one that is killed comes back, and stopping kills a child whose event loop is
 * blocked (it ignores SIGTERM) with its own child, within the grace period.
 */
import { spawnNode, type ManagedProcess } from '../scripts/lib/processes';
import { Supervisor, type RestartPolicy } from '../scripts/lib/supervisor';
import { processTable, stillRunning, withDescendants } from './support/process-table';

const quick: RestartPolicy = { firstDelayMs: 50, maxDelayMs: 200, limit: 2, windowMs: 10_000, stableMs: 5_000 };

const supervisors: Supervisor[] = [];
// A test that failed half-way leaves no process behind either.
afterEach(async () => {
  for (const s of supervisors.splice(0)) await s.stop();
});

/** A supervisor whose lines are kept, and the lines so far. */
function supervisor(graceMs = 1000) {
  const lines: string[] = [];
  const lost: string[] = [];
  const s = new Supervisor({ policy: quick, graceMs, say: (l) => lines.push(l), onEssentialLost: (n) => lost.push(n) });
  supervisors.push(s);
  return { s, lines, lost };
}

/** Starts `code` under node with the supervisor's hooks; ready once it printed `ready` (or at once). */
function starter(s: Supervisor, name: string, code: string, waitReady = true) {
  return (): Promise<ManagedProcess> =>
    new Promise((resolve, reject) => {
      const proc = spawnNode(name, ['-e', code], {}, () => undefined, undefined, s.hooks);
      if (!waitReady) return resolve(proc);
      proc.child.stdout!.on('data', (chunk: Buffer) => chunk.toString().includes('ready') && resolve(proc));
      void proc.exited.then(() => reject(new Error(`${name} exited before it was ready`)));
    });
}

const until = async (what: string, check: () => boolean, timeoutMs = 15_000) => {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
};

it('gives up on a child that keeps dying, and tells when it was essential', async () => {
  const { s, lines, lost } = supervisor();
  const start = starter(s, 'crasher', 'process.exit(3)', false);
  s.watch({ name: 'crasher', start, essential: true }, await start());
  await until('the give-up line', () => lines.some((l) => l.startsWith('GIVING UP')));
  expect(lines).toEqual([
    'crasher exited with code 3; restart 1 in 0.05 s',
    'crasher is running again (restart 1)',
    'crasher exited with code 3; restart 2 in 0.1 s',
    'crasher is running again (restart 2)',
    'GIVING UP on crasher: it died 3 times within 10 s (last: exited with code 3); nothing answers without it, so everything stops',
  ]);
  expect(lost).toEqual(['crasher']);
  expect(await s.stop()).toEqual([]);
});

it('restarts a child that was killed, and counts a start that fails as a death', async () => {
  const { s, lines } = supervisor();
  let starts = 0;
  const healthy = starter(s, 'worker', 'console.log("ready"); setInterval(() => {}, 1000)');
  // The first restart fails (its process exits before it is ready); the next one works.
  const start = () => (++starts === 2 ? starter(s, 'worker', 'process.exit(1)')() : healthy());
  const first = await start();
  s.watch({ name: 'worker', start }, first);
  first.child.kill('SIGKILL');
  await until('the restart', () => lines.some((l) => l.includes('running again')));
  expect(lines).toEqual([
    'worker killed by SIGKILL; restart 1 in 0.05 s',
    'worker did not start: worker exited before it was ready; restart 2 in 0.1 s',
    'worker is running again (restart 2)',
  ]);
  expect(await s.stop()).toEqual([]);
});

it('stops a child that ignores SIGTERM in a blocked loop, and its own child, with SIGKILL after the grace period', async () => {
  const { s } = supervisor(1000);
  const polite = await starter(s, 'polite', 'console.log("ready"); setInterval(() => {}, 1000)')();
  const blocked = await starter(
    s,
    'blocked',
    `const { spawn } = require('node:child_process');
     spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
     process.on('SIGTERM', () => {});
     console.log('ready');
     setTimeout(() => { for (;;); }, 100);`,
  )();
  s.watch({ name: 'polite', start: () => Promise.reject(new Error('not again')) }, polite);
  s.watch({ name: 'blocked', start: () => Promise.reject(new Error('not again')) }, blocked);
  await new Promise((r) => setTimeout(r, 300)); // the loop has begun
  const ours = withDescendants(processTable(), (e) => e.pid === polite.child.pid || e.pid === blocked.child.pid);
  expect(ours).toHaveLength(3); // polite, blocked and blocked's child
  const began = Date.now();
  expect(await s.stop()).toEqual(['blocked']);
  const took = Date.now() - began;
  expect(took).toBeGreaterThanOrEqual(1000);
  expect(took).toBeLessThan(5000);
  expect(polite.child.signalCode).toBe('SIGTERM'); // it ended on SIGTERM
  expect(blocked.child.signalCode).toBe('SIGKILL');
  expect(stillRunning(ours)).toEqual([]);
});
