/**
 * Load shedding: when the gateway is saturated, a new GraphQL request is refused at once (503 with Retry-After)
 * rather than queued behind the others until every answer is late. Saturated means either the event loop's delay
 * over each of the last two windows is above `maxEventLoopDelayMs` (the process has more work than CPU), or more than
 * `maxInFlight` GraphQL requests are being answered (the networks answer slower than requests come in).
 * /health, /live and /metrics are never shed: an orchestrator and a scraper still see the process.
 */
import { monitorEventLoopDelay, type IntervalHistogram } from 'node:perf_hooks';
import type { Refusal } from '#shared/http';

export interface SheddingOptions {
  /** The event loop's mean delay, over each of the last two half-second windows, above which new requests are refused. */
  maxEventLoopDelayMs: number;
  /** GraphQL requests being answered at once, in this process, above which new ones are refused. */
  maxInFlight: number;
}

export type ShedReason = 'event_loop_delay' | 'in_flight';
/** Counts one request shed (metrics.ts). */
export type CountShed = (reason: ShedReason) => void;

/** How often the loop's delay is sampled, and how fast it is noticed. */
const RESOLUTION_MS = 10;
/**
 * The window a delay is measured over. The delay is the lower of the last two windows' means, so that one pause
 * (a garbage collection, the schema built again, a test's setup) sheds nothing; a loop that stays behind does.
 */
const WINDOW_MS = 500;

export class LoadShedder {
  private readonly histogram: IntervalHistogram = monitorEventLoopDelay({ resolution: RESOLUTION_MS });
  private timer: NodeJS.Timeout | undefined;
  private delay = 0;
  private lastWindow = 0;
  private sampledAt = performance.now();
  private inFlight = 0;

  constructor(
    private readonly options: SheddingOptions,
    private readonly countShed: CountShed = () => undefined,
  ) {}

  /**
   * Starts measuring the loop's delay, once the server listens: the work of starting (building the schema, say)
   * blocks the loop but is no sign of load.
   */
  start(): void {
    if (this.timer) return;
    this.histogram.reset();
    this.histogram.enable();
    this.sampledAt = performance.now();
    this.timer = setInterval(() => this.sample(), WINDOW_MS).unref();
  }

  /**
   * The event loop's delay, in ms: the lower of the last two windows' mean delays (its histogram records each tick's
   * interval); 0 until started.
   */
  get eventLoopDelayMs(): number {
    if (this.timer && performance.now() - this.sampledAt > 2 * WINDOW_MS) this.sample();
    return this.delay;
  }

  /** GraphQL requests being answered now. */
  get requestsInFlight(): number {
    return this.inFlight;
  }

  private sample(): void {
    // No tick at all in the window (the loop blocked throughout) is the worst delay, not none.
    const mean =
      this.histogram.count > 0 ? this.histogram.mean / 1e6 - RESOLUTION_MS : performance.now() - this.sampledAt;
    const window = Math.max(0, mean);
    this.delay = Math.min(window, this.lastWindow);
    this.lastWindow = window;
    this.sampledAt = performance.now();
    this.histogram.reset();
  }

  /** Admits one request: a refusal when saturated, else the release to call once it is answered. */
  admit(): { refusal: Refusal } | { release: () => void } {
    const reason: ShedReason | null =
      this.inFlight >= this.options.maxInFlight
        ? 'in_flight'
        : this.eventLoopDelayMs > this.options.maxEventLoopDelayMs
          ? 'event_loop_delay'
          : null;
    if (reason) {
      this.countShed(reason);
      return {
        refusal: {
          status: 503,
          code: 'OVERLOADED',
          message:
            'The hub is busy and refused the request rather than answer it late. Try again after the time in the Retry-After header.',
          retryAfterSeconds: 1,
        },
      };
    }
    this.inFlight++;
    let released = false;
    return {
      release: () => {
        if (released) return;
        released = true;
        this.inFlight--;
      },
    };
  }

  close(): void {
    clearInterval(this.timer);
    this.timer = undefined;
    this.histogram.disable();
  }
}
