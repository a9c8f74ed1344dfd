/**
 * What `npm start` does with the processes it starts: a child that dies is started again after a delay
 * that doubles with each restart (up to a cap); one that keeps dying (more restarts than the limit within
 * the window) is given up on, loudly; one that stays up long enough starts counting afresh. Stopping
 * sends every child SIGTERM and SIGKILLs, with its process group, any still alive after the grace period.
 *
 * The decisions (`decide`, `backoffMs`) and the lines (`restartLine`, ...) are pure functions;
 * `Supervisor` wires them to real processes.
 */
import { z } from 'zod';
import { isRunning, killGroup, terminate, type ManagedProcess, type SpawnHooks } from './processes';

export interface RestartPolicy {
  /** Delay before the first restart; each further one waits twice as long as the one before. */
  firstDelayMs: number;
  /** The longest delay. */
  maxDelayMs: number;
  /** Restarts allowed within `windowMs`; the death after them gives the child up. */
  limit: number;
  windowMs: number;
  /** A child that ran this long before it died counts afresh: its delay and its deaths start again. */
  stableMs: number;
}

export const DEFAULT_POLICY: RestartPolicy = {
  firstDelayMs: 500,
  maxDelayMs: 10_000,
  limit: 5,
  windowMs: 60_000,
  stableMs: 30_000,
};

const secondsVar = (fallback: number) => z.coerce.number().positive().default(fallback);

/** The launcher's supervision settings (npm start reads them with its other variables). */
export const supervisionEnvShape = {
  /** Restarts of one child allowed within RESTART_WINDOW_SECONDS; the death after them gives it up (0: never restart). */
  RESTART_LIMIT: z.coerce.number().int().min(0).default(DEFAULT_POLICY.limit),
  RESTART_WINDOW_SECONDS: secondsVar(DEFAULT_POLICY.windowMs / 1000),
  /** Delay before the first restart, doubled for each further one up to RESTART_MAX_DELAY_SECONDS. */
  RESTART_DELAY_SECONDS: secondsVar(DEFAULT_POLICY.firstDelayMs / 1000),
  RESTART_MAX_DELAY_SECONDS: secondsVar(DEFAULT_POLICY.maxDelayMs / 1000),
  /** A child that ran this long before it died starts counting its restarts afresh. */
  RESTART_STABLE_SECONDS: secondsVar(DEFAULT_POLICY.stableMs / 1000),
  /** How long a child has, once told to stop, before it is killed (SIGKILL). */
  STOP_GRACE_SECONDS: secondsVar(10),
};

/** The restart policy those settings describe. */
export const policyOf = (env: {
  RESTART_LIMIT: number;
  RESTART_WINDOW_SECONDS: number;
  RESTART_DELAY_SECONDS: number;
  RESTART_MAX_DELAY_SECONDS: number;
  RESTART_STABLE_SECONDS: number;
}): RestartPolicy => ({
  limit: env.RESTART_LIMIT,
  windowMs: env.RESTART_WINDOW_SECONDS * 1000,
  firstDelayMs: env.RESTART_DELAY_SECONDS * 1000,
  maxDelayMs: env.RESTART_MAX_DELAY_SECONDS * 1000,
  stableMs: env.RESTART_STABLE_SECONDS * 1000,
});

/** A child's deaths so far: their times (within the window), and its restarts since it last ran long enough. */
export interface RestartHistory {
  deaths: readonly number[];
  restarts: number;
}

export const FRESH: RestartHistory = { deaths: [], restarts: 0 };

export type Decision =
  { action: 'restart'; restart: number; delayMs: number } | { action: 'give-up'; deaths: number; windowMs: number };

/** The delay before restart number `restart` (1, 2, ...): the first delay doubled each time, capped. */
export const backoffMs = (policy: RestartPolicy, restart: number): number =>
  Math.min(policy.maxDelayMs, policy.firstDelayMs * 2 ** Math.max(0, restart - 1));

/** What to do about a child that died at `at` after running `upMs`, and its history after this death. */
export function decide(
  policy: RestartPolicy,
  history: RestartHistory,
  death: { at: number; upMs: number },
): { history: RestartHistory; decision: Decision } {
  const before = death.upMs >= policy.stableMs ? FRESH : history;
  const deaths = [...before.deaths.filter((t) => death.at - t < policy.windowMs), death.at];
  if (deaths.length > policy.limit)
    return {
      history: { deaths, restarts: before.restarts },
      decision: { action: 'give-up', deaths: deaths.length, windowMs: policy.windowMs },
    };
  const restart = before.restarts + 1;
  return {
    history: { deaths, restarts: restart },
    decision: { action: 'restart', restart, delayMs: backoffMs(policy, restart) },
  };
}

/** How a child ended: its exit code or signal, or why its start failed. */
export type Exit = { code: number | null; signal: NodeJS.Signals | null } | { failedToStart: string };

export const describeExit = (exit: Exit): string => {
  if ('failedToStart' in exit) return `did not start: ${exit.failedToStart}`;
  if (exit.signal) return `killed by ${exit.signal}`;
  return `exited with code ${exit.code}`;
};

const seconds = (ms: number) => `${Number((ms / 1000).toFixed(2))} s`;

/** The one line the launcher prints when it restarts a child. */
export const restartLine = (name: string, exit: Exit, d: { restart: number; delayMs: number }): string =>
  `${name} ${describeExit(exit)}; restart ${d.restart} in ${seconds(d.delayMs)}`;

/** The line printed when a child is given up on; an essential child's loss stops the launcher. */
export const giveUpLine = (
  name: string,
  exit: Exit,
  d: { deaths: number; windowMs: number },
  essential: boolean,
): string =>
  `GIVING UP on ${name}: it died ${d.deaths} times within ${seconds(d.windowMs)} (last: ${describeExit(exit)}); ` +
  (essential
    ? 'nothing answers without it, so everything stops'
    : 'it stays down and the rest keeps running without it (restart npm start to try again)');

export interface SupervisedChild {
  name: string;
  /** Starts it (again) and resolves once it is ready; a start that fails counts as a death. */
  start(): Promise<ManagedProcess>;
  /** Giving it up stops the launcher (the gateway: nothing answers without it). */
  essential?: boolean;
}

export interface SupervisorOptions {
  policy?: RestartPolicy;
  /** How long a child has to stop after SIGTERM before it is SIGKILLed. */
  graceMs?: number;
  say: (line: string) => void;
  /** An essential child was given up on. */
  onEssentialLost?: (name: string) => void;
  now?: () => number;
}

export class Supervisor {
  /** Every process spawned with `hooks` that has not exited yet, started or starting. */
  private readonly live = new Set<ManagedProcess>();
  private readonly wake = new Set<() => void>();
  private readonly watching = new Set<Promise<void>>();
  private stopping = false;
  private readonly policy: RestartPolicy;
  private readonly graceMs: number;
  private readonly now: () => number;

  constructor(private readonly options: SupervisorOptions) {
    this.policy = options.policy ?? DEFAULT_POLICY;
    this.graceMs = options.graceMs ?? 10_000;
    this.now = options.now ?? Date.now;
    // If this process ends without stop() (an uncaught error), no child outlives it.
    process.once('exit', this.killAll);
  }

  /** Spawn every child with these: each in a process group of its own, each tracked from the moment it is spawned. */
  readonly hooks: SpawnHooks = {
    processGroup: true,
    onSpawn: (proc) => {
      this.live.add(proc);
      void proc.exited.then(() => this.live.delete(proc));
    },
  };

  /** Watches a child that is already running (`proc`, spawned with `hooks`) and restarts it when it dies. */
  watch(child: SupervisedChild, proc: ManagedProcess): void {
    const watching = this.run(child, proc).catch((err: Error) =>
      this.options.say(`${child.name}: supervision failed: ${err.message}`),
    );
    this.watching.add(watching);
    void watching.then(() => this.watching.delete(watching));
  }

  private async run(child: SupervisedChild, first: ManagedProcess): Promise<void> {
    let proc = first;
    let history = FRESH;
    let upSince = this.now();
    await proc.exited;
    let exit: Exit = { code: proc.child.exitCode, signal: proc.child.signalCode };
    for (;;) {
      if (this.stopping) return;
      // A group leader that died may leave children behind (a gateway's workers, holding its port).
      killGroup(proc);
      const at = this.now();
      const next = decide(this.policy, history, { at, upMs: at - upSince });
      history = next.history;
      const d = next.decision;
      if (d.action === 'give-up') {
        this.options.say(giveUpLine(child.name, exit, d, child.essential ?? false));
        if (child.essential) this.options.onEssentialLost?.(child.name);
        return;
      }
      this.options.say(restartLine(child.name, exit, d));
      await this.sleep(d.delayMs);
      if (this.stopping) return;
      try {
        proc = await child.start();
      } catch (err) {
        if (this.stopping) return;
        upSince = this.now();
        exit = { failedToStart: (err as Error).message };
        continue;
      }
      if (this.stopping) return;
      upSince = this.now();
      this.options.say(`${child.name} is running again (restart ${d.restart})`);
      await proc.exited;
      exit = { code: proc.child.exitCode, signal: proc.child.signalCode };
    }
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.wake.delete(done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.wake.add(done);
    });
  }

  /**
   * Stops every child: SIGTERM, and SIGKILL to the process group of any still alive after the grace period.
   * Resolves, once every one has exited, with the names of those that had to be killed.
   */
  async stop(): Promise<string[]> {
    this.stopping = true;
    for (const done of [...this.wake]) done();
    const killed: string[] = [];
    // A start in flight spawns before it waits; whatever it spawned is in `live`, and its start then fails.
    while (this.live.size > 0) {
      const outcomes = await Promise.all(
        [...this.live].map(async (proc) => ({ proc, outcome: await terminate(proc, 'SIGTERM', this.graceMs) })),
      );
      for (const { proc, outcome } of outcomes) {
        if (outcome === 'killed') killed.push(proc.name);
        this.live.delete(proc);
      }
    }
    await Promise.all([...this.watching]);
    process.removeListener('exit', this.killAll);
    return killed;
  }

  /** SIGKILLs every child and its group at once (a second Ctrl-C; this process's exit). */
  readonly killAll = (): void => {
    for (const proc of this.live) {
      if (isRunning(proc)) proc.child.kill('SIGKILL');
      killGroup(proc);
    }
  };
}
