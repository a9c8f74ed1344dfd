/**
 * The outbox worker: delivers this network's outbox rows, each through the
 * handler registered for its kind, until the handler reports it delivered.
 * It knows nothing of what a kind means: referral changes (referrals/delivery.ts)
 * are one kind of row among any others registered (subgraphs/src/deliveries.ts).
 *
 * Rows are leased, not held in a transaction while a delivery runs: a short
 * statement claims due rows (FOR UPDATE SKIP LOCKED) and stamps claimed_until;
 * the outcome is recorded afterwards, only by the lease's holder. A worker that
 * dies leaves its rows to another after the lease. A stream's rows go out in
 * order: a row waits while an earlier one of the same stream is undelivered
 * (leased, backing off or failed), so two rows of one stream are never in
 * flight at once. A permanent error, or too many attempts, makes a row a dead
 * letter (failed_at) until it is revived (reviveDeadLetters).
 */
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import type { DataSource, EntityManager } from 'typeorm';
import { context, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import { contextOf, tracer, tracingEnabled } from '#shared/observability/tracing';
import type { NetworkDefinition } from '#shared/registry';
import type { DeliveryAttempts } from '../metrics';
import { claimDue, markDelivered, markFailed, OUTBOX_CHANNEL, type OutboxRow, type Stream } from './repository';

/** What one attempt came to. */
export type Outcome = { ok: true } | { ok: false; permanent: boolean; error: string };

/**
 * Delivers the rows of some kinds. `deliver` sends one row and says what came of it; it must be done
 * within `timeoutMs` (well inside the row's lease, so no other worker takes the row while the attempt
 * may still land). A handler that throws counts as a transient failure.
 */
export interface OutboxHandler {
  kinds: readonly string[];
  deliver(row: OutboxRow, options: { timeoutMs: number }): Promise<Outcome>;
  /** Called once when `row` becomes a dead letter, in the transaction that marks it (to queue a notice with it). */
  deadLetter?(em: EntityManager, row: OutboxRow, stream: Stream): Promise<void>;
}

export interface OutboxOptions {
  ds: DataSource;
  /** The network whose outbox this is (named in the delivery spans). */
  network: NetworkDefinition;
  /** The handler of each kind of row this worker delivers; rows of other kinds wait for a worker that knows them. */
  handlers: readonly OutboxHandler[];
  /** Pause between polls when there was nothing to do, in ms. */
  idleMs?: number;
  /** Longest wait between two attempts of one row, in ms. */
  maxBackoffMs?: number;
  /** Attempts after which a row that keeps failing becomes a dead letter. */
  maxAttempts?: number;
  /** How long a claimed row stays reserved for its worker, in ms; an attempt is cut off well before. */
  leaseMs?: number;
  /** Rows claimed per round. */
  batchSize?: number;
  /** A postgres:// URL to LISTEN on for new rows, so they go out at once; without it (or when it drops) the worker polls. */
  listenUrl?: string;
  log?: (message: string) => void;
  /** Counts each attempt's outcome in the subgraph's metrics. */
  deliveryAttempts?: DeliveryAttempts;
}

export const DEFAULT_MAX_ATTEMPTS = 200;
export const DEFAULT_LEASE_MS = 30_000;

/** Exponential backoff with full jitter: uniform in [0, min(max, base * 2^attempts)). */
export function backoffMs(attempts: number, maxMs: number, random: () => number = Math.random): number {
  const ceiling = Math.min(maxMs, 250 * 2 ** Math.min(attempts, 20));
  return Math.floor(random() * ceiling);
}

export class OutboxWorker {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private busy = false;
  private wakeRequested = false;
  private stopped = false;
  private readonly handlers = new Map<string, OutboxHandler>();
  /** Deliveries confirmed by this process (for logs and benchmarks). */
  delivered = 0;

  private listener: Client | undefined;

  constructor(private readonly options: OutboxOptions) {
    for (const handler of options.handlers) {
      for (const kind of handler.kinds) {
        if (this.handlers.has(kind)) throw new Error(`two outbox handlers for the kind ${kind}`);
        this.handlers.set(kind, handler);
      }
    }
    if (this.handlers.size === 0) throw new Error('an outbox worker needs a handler for at least one kind');
  }

  async start(): Promise<void> {
    this.schedule(0);
    if (this.options.listenUrl) await this.listen(this.options.listenUrl);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.listener?.end().catch(() => undefined);
    await this.running;
  }

  /** LISTENs for committed rows on a connection of its own; polling stays as the fallback if it drops. */
  private async listen(url: string): Promise<void> {
    const listener = new Client({ connectionString: url });
    const polling = (err: Error) => this.options.log?.(`outbox listener: ${err.message}; polling only`);
    listener.on('notification', () => this.wake());
    listener.on('error', polling);
    this.listener = listener;
    await listener
      .connect()
      .then(() => listener.query(`LISTEN ${OUTBOX_CHANNEL}`))
      .catch(polling);
  }

  /** Runs a round now (a new outbox row was committed) instead of at the next poll. */
  wake(): void {
    if (this.stopped) return;
    if (this.busy) {
      this.wakeRequested = true;
      return;
    }
    clearTimeout(this.timer);
    this.schedule(0);
  }

  private schedule(ms: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.busy = true;
      this.wakeRequested = false;
      this.running = this.round()
        .then((worked) => {
          this.busy = false;
          this.schedule(worked || this.wakeRequested ? 0 : (this.options.idleMs ?? 250));
        })
        .catch((err: unknown) => {
          this.busy = false;
          this.options.log?.(`outbox round failed: ${(err as Error).message}`);
          this.schedule(this.options.idleMs ?? 250);
        });
    }, ms);
  }

  /** Claims due rows, delivers them and records the outcomes; true when it found work. */
  async round(): Promise<boolean> {
    const { claim, rows } = await this.claim();
    if (rows.length === 0) return false;
    const outcomes = await Promise.all(rows.map((row) => this.traced(row)));
    for (const [i, row] of rows.entries()) await this.record(row, claim, outcomes[i]!);
    return true;
  }

  /** Leases up to a batch of due rows to this round; returns the lease's id and the rows. */
  async claim(): Promise<{ claim: string; rows: OutboxRow[] }> {
    const claim = randomUUID();
    const kinds = [...this.handlers.keys()];
    return { claim, rows: await claimDue(this.options.ds, claim, kinds, this.options.batchSize ?? 25, this.leaseMs) };
  }

  private get leaseMs(): number {
    return this.options.leaseMs ?? DEFAULT_LEASE_MS;
  }

  /** Records one attempt's outcome, unless the lease ran out and another worker holds the row now. */
  private async record(row: OutboxRow, claim: string, outcome: Outcome): Promise<void> {
    const { ds } = this.options;
    if (outcome.ok) {
      this.delivered += await markDelivered(ds, row.id, claim);
      this.options.deliveryAttempts?.(row.target_network, 'delivered');
      return;
    }
    const failed = outcome.permanent || row.attempts + 1 >= (this.options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS);
    this.options.deliveryAttempts?.(row.target_network, failed ? 'dead_letter' : 'retry');
    const mark = (em: DataSource | EntityManager) =>
      markFailed(
        em,
        row.id,
        claim,
        outcome.error.slice(0, 500),
        failed,
        backoffMs(row.attempts, this.options.maxBackoffMs ?? 5000),
      );
    const onDead = failed ? this.handlers.get(row.kind)?.deadLetter : undefined;
    if (onDead) {
      await ds.transaction(async (em) => {
        const stream = await mark(em);
        if (stream) await onDead(em, row, stream);
      });
    } else {
      await mark(ds);
    }
    if (failed)
      this.options.log?.(
        `outbox row ${row.id} to ${row.target_network} failed for good: ${outcome.error.slice(0, 200)}`,
      );
  }

  /** Delivers one row in a span that continues the trace the change was made in. */
  private async traced(row: OutboxRow): Promise<Outcome> {
    if (!tracingEnabled()) return this.deliver(row);
    const parent = contextOf({ traceparent: row.traceparent ?? undefined });
    const attributes = {
      'jcn.network': this.options.network.key,
      'jcn.outbox.target': row.target_network,
      'jcn.outbox.kind': row.kind,
      'jcn.outbox.attempt': row.attempts + 1,
    };
    const span = tracer().startSpan('jcn.outbox.deliver', { kind: SpanKind.CLIENT, attributes }, parent);
    const outcome = await context.with(trace.setSpan(parent, span), () => this.deliver(row));
    // The error's text may quote the other side's message; the span says only whether it will be retried.
    if (!outcome.ok) span.setStatus({ code: SpanStatusCode.ERROR, message: outcome.permanent ? 'refused' : 'retry' });
    span.end();
    return outcome;
  }

  /** Hands one row to its kind's handler, cut off well inside the lease. */
  private async deliver(row: OutboxRow): Promise<Outcome> {
    const handler = this.handlers.get(row.kind);
    if (!handler) return { ok: false, permanent: false, error: `no handler for ${row.kind}` };
    try {
      return await handler.deliver(row, { timeoutMs: Math.min(10_000, Math.floor(this.leaseMs / 3)) });
    } catch (err) {
      return { ok: false, permanent: false, error: `${row.kind} handler failed: ${(err as Error).message}` };
    }
  }
}
