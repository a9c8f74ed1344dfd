/** The launcher's restart decisions and lines (scripts/lib/supervisor.ts), as pure functions. */
import {
  backoffMs,
  decide,
  describeExit,
  FRESH,
  giveUpLine,
  policyOf,
  restartLine,
  type RestartHistory,
  type RestartPolicy,
} from '../scripts/lib/supervisor';

const policy: RestartPolicy = { firstDelayMs: 500, maxDelayMs: 4000, limit: 3, windowMs: 60_000, stableMs: 30_000 };

/** Deaths at the given times (ms), each after running `upMs`; the decisions in order. */
function deaths(times: number[], upMs = 1000) {
  let history: RestartHistory = FRESH;
  return times.map((at) => {
    const next = decide(policy, history, { at, upMs });
    history = next.history;
    return next.decision;
  });
}

it('doubles the delay with each restart, up to the cap', () => {
  expect([1, 2, 3, 4, 5, 10].map((n) => backoffMs(policy, n))).toEqual([500, 1000, 2000, 4000, 4000, 4000]);
});

it('restarts with a growing delay, and gives up on the death past the limit within the window', () => {
  expect(deaths([0, 2000, 5000, 9000])).toEqual([
    { action: 'restart', restart: 1, delayMs: 500 },
    { action: 'restart', restart: 2, delayMs: 1000 },
    { action: 'restart', restart: 3, delayMs: 2000 },
    { action: 'give-up', deaths: 4, windowMs: 60_000 },
  ]);
});

it('counts only the deaths within the window', () => {
  // The fourth death comes 61 s after the first: three in the window, so it is restarted.
  const d = deaths([0, 20_000, 40_000, 61_000]);
  expect(d[3]).toEqual({ action: 'restart', restart: 4, delayMs: 4000 });
});

it('starts counting afresh after a child ran long enough', () => {
  let history: RestartHistory = FRESH;
  for (const at of [0, 1000, 2000]) history = decide(policy, history, { at, upMs: 100 }).history;
  expect(history.restarts).toBe(3);
  // It then ran 30 s: the next death is its first again, with the first delay.
  const next = decide(policy, history, { at: 32_000, upMs: 30_000 });
  expect(next.decision).toEqual({ action: 'restart', restart: 1, delayMs: 500 });
  expect(next.history).toEqual({ deaths: [32_000], restarts: 1 });
  // One that ran just short of it is still counted with the others: the fourth death in the window.
  expect(decide(policy, history, { at: 31_999, upMs: 29_999 }).decision.action).toBe('give-up');
});

it('never restarts with a limit of 0', () => {
  expect(decide({ ...policy, limit: 0 }, FRESH, { at: 0, upMs: 0 }).decision).toEqual({
    action: 'give-up',
    deaths: 1,
    windowMs: 60_000,
  });
});

it('says which child, how it ended, the restart number and the delay in one line', () => {
  expect(restartLine('casc', { code: null, signal: 'SIGKILL' }, { restart: 2, delayMs: 1000 })).toBe(
    'casc killed by SIGKILL; restart 2 in 1 s',
  );
  expect(restartLine('idp', { code: 1, signal: null }, { restart: 1, delayMs: 500 })).toBe(
    'idp exited with code 1; restart 1 in 0.5 s',
  );
  expect(describeExit({ failedToStart: 'gljc exited with code 1 before it was ready' })).toBe(
    'did not start: gljc exited with code 1 before it was ready',
  );
});

it('gives up loudly, and says whether the rest keeps running', () => {
  const exit = { code: 3, signal: null };
  expect(giveUpLine('mail', exit, { deaths: 6, windowMs: 60_000 }, false)).toBe(
    'GIVING UP on mail: it died 6 times within 60 s (last: exited with code 3); it stays down and the rest keeps running without it (restart npm start to try again)',
  );
  expect(giveUpLine('gateway', exit, { deaths: 6, windowMs: 60_000 }, true)).toMatch(
    /^GIVING UP on gateway: .*nothing answers without it, so everything stops$/,
  );
});

it('reads the policy from the launcher settings, in seconds', () => {
  expect(
    policyOf({
      RESTART_LIMIT: 5,
      RESTART_WINDOW_SECONDS: 60,
      RESTART_DELAY_SECONDS: 0.5,
      RESTART_MAX_DELAY_SECONDS: 10,
      RESTART_STABLE_SECONDS: 30,
    }),
  ).toEqual({ limit: 5, windowMs: 60_000, firstDelayMs: 500, maxDelayMs: 10_000, stableMs: 30_000 });
});
