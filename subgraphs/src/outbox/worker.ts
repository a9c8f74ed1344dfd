/**
 * The outbox worker: delivers this network's referral changes to the other
 * side through the gateway, with a SERVICE token, until the other side confirms.
 *
 * Rows are leased, not held in a transaction while the HTTP call runs: a short
 * statement claims due rows (FOR UPDATE SKIP LOCKED) and stamps claimed_until;
 * the outcome is recorded afterwards, only by the lease's holder. A worker that
 * dies leaves its rows to another after the lease. A referral record's rows go
 * out in order: a row waits while an earlier one of the same record is
 * undelivered (leased, backing off or failed), so two rows of one record are
 * never in flight at once. A permanent error, or too many attempts, makes a row
 * a dead letter (failed_at) until a secretariat calls retryDelivery.
 */
import { randomUUID } from 'node:crypto';
import { decodeJwt } from 'jose';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { context, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import { contextOf, injectTraceContext, tracer, tracingEnabled } from '../../../shared/src/observability/tracing';
import type { NetworkDefinition, Registry } from '../../../shared/src/registry';
import type { DeliveryAttempts } from '../metrics';
import { claimDue, markDelivered, markFailed, OUTBOX_CHANNEL, type OutboxRow } from './repository';

export interface OutboxOptions {
  ds: DataSource;
  network: NetworkDefinition;
  registry: Registry;
  /** The gateway's GraphQL URL. */
  gatewayUrl: string;
  /** Signs a SERVICE token for this network; the worker reuses it until shortly before it expires. */
  serviceToken: () => Promise<string>;
  /** Pause between polls when there was nothing to do, in ms. */
  idleMs?: number;
  /** Longest wait between two attempts of one row, in ms. */
  maxBackoffMs?: number;
  /** Attempts after which a row that keeps failing becomes a dead letter. */
  maxAttempts?: number;
  /** How long a claimed row stays reserved for its worker, in ms; an HTTP call is cut off well before. */
  leaseMs?: number;
  /** Rows claimed per round. */
  batchSize?: number;
  /** A postgres:// URL to LISTEN on for new rows, so they go out at once; without it (or when it drops) the worker polls. */
  listenUrl?: string;
  log?: (message: string) => void;
  /** Counts each attempt's outcome in the subgraph's metrics. */
  deliveryAttempts?: DeliveryAttempts;
}

/** What one attempt came to. */
export type Outcome = { ok: true } | { ok: false; permanent: boolean; error: string };

export const DEFAULT_MAX_ATTEMPTS = 200;
export const DEFAULT_LEASE_MS = 30_000;

/** Exponential backoff with full jitter: uniform in [0, min(max, base * 2^attempts)). */
export function backoffMs(attempts: number, maxMs: number, random: () => number = Math.random): number {
  const ceiling = Math.min(maxMs, 250 * 2 ** Math.min(attempts, 20));
  return Math.floor(random() * ceiling);
}

/**
 * Errors that no retry will cure: the other side refused the change itself
 * (invalid, not allowed, clashing). Anything else (unreachable, timeouts, 5xx,
 * NETWORK_UNAVAILABLE, NOT_FOUND of a record that has not arrived yet, an
 * expired token) is worth another attempt.
 */
const PERMANENT_CODES: ReadonlySet<string> = new Set([
  'BAD_USER_INPUT',
  'FORBIDDEN',
  'CONFLICT',
  'INVALID_TRANSITION',
  'GRAPHQL_VALIDATION_FAILED',
  'GRAPHQL_PARSE_FAILED',
  'BAD_REQUEST',
]);

type GraphQLBody = {
  data?: Record<string, Record<string, { accepted?: boolean } | null> | null> | null;
  errors?: { message: string; extensions?: { code?: string } }[];
};

/** Classifies the answer to one delivery. */
export function outcomeOf(status: number, body: GraphQLBody, target: string): Outcome {
  const receipt = body.data?.[target];
  if (receipt && Object.values(receipt)[0]?.accepted === true) return { ok: true };
  const first = body.errors?.[0];
  if (first) {
    const code = first.extensions?.code ?? 'ERROR';
    return { ok: false, permanent: PERMANENT_CODES.has(code), error: `${code}: ${first.message}` };
  }
  // Without a GraphQL error: a client error (4xx but timeouts, rate limits and tokens) is the request's fault.
  const permanent = status >= 400 && status < 500 && ![401, 408, 429].includes(status);
  return { ok: false, permanent, error: `HTTP ${status}` };
}

const MUTATION = {
  REFERRAL: (key: string) =>
    `mutation Deliver($d: ReferralDeliveryInput!) { ${key} { receiveReferral(delivery: $d) { accepted duplicate } } }`,
  EVENT: (key: string) =>
    `mutation DeliverEvent($d: ReferralEventDeliveryInput!) { ${key} { receiveReferralEvent(delivery: $d) { accepted duplicate } } }`,
};

/** A cached token is renewed this long before it expires. */
const TOKEN_RENEW_BEFORE_MS = 60_000;

export class OutboxWorker {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private busy = false;
  private wakeRequested = false;
  private stopped = false;
  private token: { value: Promise<string>; renewAt: number } | undefined;
  /** Deliveries confirmed by this process (for logs and benchmarks). */
  delivered = 0;

  private listener: Client | undefined;

  constructor(private readonly options: OutboxOptions) {}

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
    return { claim, rows: await claimDue(this.options.ds, claim, this.options.batchSize ?? 25, this.leaseMs) };
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
    await markFailed(
      ds,
      row.id,
      claim,
      outcome.error.slice(0, 500),
      failed,
      backoffMs(row.attempts, this.options.maxBackoffMs ?? 5000),
    );
    if (failed)
      this.options.log?.(
        `outbox row ${row.id} to ${row.target_network} failed for good: ${outcome.error.slice(0, 200)}`,
      );
  }

  /**
   * The SERVICE token, signed once and reused until shortly before its expiry.
   * The promise is cached, so the deliveries of one round wait for one signature.
   */
  private serviceToken(): Promise<string> {
    if (this.token && Date.now() < this.token.renewAt) return this.token.value;
    const entry = { value: this.options.serviceToken(), renewAt: Infinity };
    this.token = entry;
    entry.value.then(
      (token) => {
        let exp: number | undefined;
        try {
          exp = decodeJwt(token).exp;
        } catch {
          exp = undefined;
        }
        // A token without a readable exp is not reused: bounding it is the signer's business.
        entry.renewAt =
          exp === undefined ? 0 : exp * 1000 - Math.min(TOKEN_RENEW_BEFORE_MS, (exp * 1000 - Date.now()) / 2);
      },
      () => {
        if (this.token === entry) this.token = undefined;
      },
    );
    return entry.value;
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

  /** Sends one row and classifies the answer. */
  private async deliver(row: OutboxRow): Promise<Outcome> {
    let token: string;
    try {
      token = await this.serviceToken();
    } catch (err) {
      return { ok: false, permanent: false, error: `no service token: ${(err as Error).message}` };
    }
    const headers: Record<string, string> = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
    injectTraceContext(headers);
    try {
      const res = await fetch(this.options.gatewayUrl, {
        method: 'POST',
        headers,
        body: JSON.stringify({ query: MUTATION[row.kind](row.target_network), variables: { d: row.payload } }),
        // Cut off well inside the lease, so no other worker takes the row while this call may still land.
        signal: AbortSignal.timeout(Math.min(10_000, Math.floor(this.leaseMs / 3))),
      });
      const body = (await res.json().catch(() => ({}))) as GraphQLBody;
      const outcome = outcomeOf(res.status, body, row.target_network);
      // The other side no longer takes this token (rotated key, clock skew): sign a new one next time.
      if (!outcome.ok && (res.status === 401 || outcome.error.startsWith('UNAUTHENTICATED'))) this.token = undefined;
      return outcome;
    } catch (err) {
      return { ok: false, permanent: false, error: `unreachable: ${(err as Error).message}` };
    }
  }
}
