/**
 * A background loop: runs a round, waits as long as the round asks, runs the next, until stopped.
 * `stop()` waits for the round in flight, so no query outlives its data source.
 */
export class Repeater {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> | undefined;
  private stopped = false;

  /**
   * @param round one round; resolves to the pause before the next, in ms.
   * @param onError called when a round throws; returns the pause before the next, in ms.
   */
  constructor(
    private readonly round: () => Promise<number>,
    private readonly onError: (err: Error) => number,
  ) {}

  start(): void {
    this.schedule(0);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }

  private schedule(ms: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = this.round()
        .catch((err: unknown) => this.onError(err as Error))
        .then((next) => this.schedule(next));
    }, ms);
  }
}

/**
 * A check run every `intervalMs` from start() until stop(): a check that throws is logged as
 * "<what> failed: <message>" and the next comes as usual. Subclasses say what one check does.
 */
export abstract class PeriodicCheck {
  private readonly loop: Repeater;

  constructor(what: string, intervalMs: number, log?: (message: string) => void) {
    this.loop = new Repeater(
      async () => {
        await this.checkOnce();
        return intervalMs;
      },
      (err) => {
        log?.(`${what} failed: ${err.message}`);
        return intervalMs;
      },
    );
  }

  /** One check; what it resolves to is the caller's business (tests read it). */
  protected abstract checkOnce(): Promise<unknown>;

  start(): void {
    this.loop.start();
  }

  stop(): Promise<void> {
    return this.loop.stop();
  }
}
