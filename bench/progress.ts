/**
 * What `npm run bench` says on stderr as it goes: a line when each section and each load case starts and
 * ends, and one every BENCH_PROGRESS_SECONDS while a case runs, with the time since the run began, the
 * case's elapsed time and the time it is expected to take: its configured duration (a load case's warm-up
 * and measured seconds) or, for the rest, what the same step took in the last run (kept in
 * .bench-timings.json, rewritten as steps end, so an interrupted run still leaves its timings).
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

/** How long a step should take, and where that comes from. */
export interface Expected {
  ms: number;
  source: 'configured' | 'last run';
}

/** One progress line's facts. */
export interface ProgressLine {
  /** Since the run began. */
  atMs: number;
  /** The step's place: its section, then its case. */
  path: readonly string[];
  event: 'started' | 'running' | 'done' | 'failed';
  /** Of this step (0 when it starts). */
  elapsedMs: number;
  expected?: Expected;
}

/** 13.2 s, 2 min 05 s, 1 h 02 min. */
export function formatDuration(ms: number): string {
  const s = ms / 1000;
  if (s < 60) return `${Number(s.toFixed(s < 10 ? 1 : 0))} s`;
  const whole = Math.round(s);
  if (whole < 3600) return `${Math.floor(whole / 60)} min ${String(whole % 60).padStart(2, '0')} s`;
  return `${Math.floor(whole / 3600)} h ${String(Math.floor((whole % 3600) / 60)).padStart(2, '0')} min`;
}

/** m:ss (h:mm:ss past an hour), for the clock at the start of each line. */
function clock(ms: number): string {
  const whole = Math.floor(ms / 1000);
  const [h, m, s] = [Math.floor(whole / 3600), Math.floor((whole % 3600) / 60), whole % 60];
  const mmss = `${h ? String(m).padStart(2, '0') : m}:${String(s).padStart(2, '0')}`;
  return h ? `${h}:${mmss}` : mmss;
}

const expectation = (e: Expected | undefined) =>
  e ? `${formatDuration(e.ms)} (${e.source})` : 'unknown (no earlier run recorded)';

/** The line itself: `[bench 2:31] 1. Directory › load networks: running for 30 s, expected 13 s (configured)`. */
export function formatProgress(l: ProgressLine): string {
  const head = `[bench ${clock(l.atMs)}] ${l.path.join(' › ')}:`;
  switch (l.event) {
    case 'started':
      return `${head} started, expected ${expectation(l.expected)}`;
    case 'running':
      return l.expected && l.elapsedMs > l.expected.ms
        ? `${head} running for ${formatDuration(l.elapsedMs)}, past the ${expectation(l.expected)} expected`
        : `${head} running for ${formatDuration(l.elapsedMs)}, expected ${expectation(l.expected)}`;
    case 'done':
      return `${head} done in ${formatDuration(l.elapsedMs)}${l.expected ? `, expected ${expectation(l.expected)}` : ''}`;
    case 'failed':
      return `${head} failed after ${formatDuration(l.elapsedMs)}`;
  }
}

interface Running {
  path: string[];
  began: number;
  expected?: Expected;
  /** Labels of the steps begun inside it, to number a repeated one. */
  seen: Map<string, number>;
}

export interface ProgressOptions {
  /** Where the lines go (stderr by default). */
  write?: (line: string) => void;
  /** Where each step's last duration is kept; none: nothing is read or kept. */
  timingsFile?: string;
  /** A line at least this often while a step runs. */
  tickMs?: number;
  now?: () => number;
}

/** The steps of one run, and the lines about them. */
export class Progress {
  private readonly write: (line: string) => void;
  private readonly now: () => number;
  private readonly last: Record<string, number>;
  private readonly timings: Record<string, number> = {};
  private began = 0;
  private readonly running = new Set<Running>();
  private readonly context = new AsyncLocalStorage<Running>();

  constructor(private readonly options: ProgressOptions = {}) {
    this.write = options.write ?? ((line) => process.stderr.write(`${line}\n`));
    this.now = options.now ?? Date.now;
    const file = options.timingsFile;
    this.last = file && existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, number>) : {};
  }

  /** Runs `fn` as the whole run, named `name`: steps inside it (`step`) report to this. */
  async run<T>(name: string, fn: () => Promise<T>): Promise<T> {
    this.began = this.now();
    const timer = setInterval(() => this.tick(), this.options.tickMs ?? 30_000);
    timer.unref();
    try {
      return await this.step(name, fn);
    } finally {
      clearInterval(timer);
    }
  }

  /** Runs `fn` as a step inside the current one; `configuredMs`: how long it is set to take. */
  async step<T>(label: string, fn: () => Promise<T>, configuredMs?: number): Promise<T> {
    const parent = this.context.getStore();
    const n = (parent?.seen.get(label) ?? 0) + 1;
    parent?.seen.set(label, n);
    const path = [...(parent?.path ?? []), n > 1 ? `${label} #${n}` : label];
    const key = path.join(' › ');
    const expected: Expected | undefined =
      configuredMs !== undefined
        ? { ms: configuredMs, source: 'configured' }
        : this.last[key] !== undefined
          ? { ms: this.last[key], source: 'last run' }
          : undefined;
    const step: Running = { path, began: this.now(), expected, seen: new Map() };
    this.say(step, 'started');
    this.running.add(step);
    try {
      const result = await this.context.run(step, fn);
      this.timings[key] = this.now() - step.began;
      this.keep();
      this.say(step, 'done');
      return result;
    } catch (err) {
      this.say(step, 'failed');
      throw err;
    } finally {
      this.running.delete(step);
    }
  }

  /** A line about `step`; the run itself is named in its own lines only, not before each of its steps. */
  private say(step: Running, event: ProgressLine['event']): void {
    this.write(
      formatProgress({
        atMs: this.now() - this.began,
        path: step.path.length > 1 ? step.path.slice(1) : step.path,
        event,
        elapsedMs: this.now() - step.began,
        expected: step.expected,
      }),
    );
  }

  /** The innermost running step, said again once it has run for a tick. */
  private tick(): void {
    const innermost = [...this.running].sort((a, b) => b.path.length - a.path.length)[0];
    if (innermost && this.now() - innermost.began >= (this.options.tickMs ?? 30_000)) this.say(innermost, 'running');
  }

  /** This run's timings over the last run's, so a partial run (--only) keeps the others'. */
  private keep(): void {
    if (this.options.timingsFile)
      writeFileSync(this.options.timingsFile, `${JSON.stringify({ ...this.last, ...this.timings }, null, 2)}\n`);
  }
}

const runs = new AsyncLocalStorage<Progress>();

/** Runs `fn` with `progress` as the run that `step` calls anywhere below report to. */
export const withProgress = <T>(progress: Progress, name: string, fn: () => Promise<T>): Promise<T> =>
  runs.run(progress, () => progress.run(name, fn));

/** Runs `fn` as a step of the run in progress (none, as in `npm run profile`: it just runs). */
export const step = <T>(label: string, fn: () => Promise<T>, configuredMs?: number): Promise<T> => {
  const progress = runs.getStore();
  return progress ? progress.step(label, fn, configuredMs) : fn();
};
