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
import type { DataSource } from 'typeorm';
import type { NetworkDefinition, Registry } from '../../../shared/src/registry';

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
  log?: (message: string) => void;
}

interface OutboxRow {
  id: string;
  target_network: string;
  kind: 'REFERRAL' | 'EVENT';
  payload: Record<string, unknown>;
  attempts: number;
}

/** What one attempt came to. */
export type Outcome = { ok: true } | { ok: false; permanent: boolean; error: string };

/** The channel a committed outbox row notifies, so workers need not wait for their next poll. */
export const OUTBOX_CHANNEL = 'jcn_outbox';

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

type GraphQLBody = { data?: Record<string, Record<string, { accepted?: boolean } | null> | null> | null; errors?: { message: string; extensions?: { code?: string } }[] };

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
  REFERRAL: (key: string) => `mutation Deliver($d: ReferralDeliveryInput!) { ${key} { receiveReferral(delivery: $d) { accepted duplicate } } }`,
  EVENT: (key: string) => `mutation DeliverEvent($d: ReferralEventDeliveryInput!) { ${key} { receiveReferralEvent(delivery: $d) { accepted duplicate } } }`,
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

  constructor(private readonly options: OutboxOptions) {}

  start(): void {
    this.schedule(0);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
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
    const outcomes = await Promise.all(rows.map((row) => this.deliver(row)));
    for (const [i, row] of rows.entries()) await this.record(row, claim, outcomes[i]!);
    return true;
  }

  /**
   * Leases up to a batch of due rows to this round, in one short statement
   * that commits before any delivery starts. Returns the lease's id and the rows.
   */
  async claim(): Promise<{ claim: string; rows: OutboxRow[] }> {
    const claim = randomUUID();
    const rows: OutboxRow[] = await this.options.ds.query(
      `WITH due AS (
         SELECT o.id FROM outbox o
          WHERE o.delivered_at IS NULL AND o.failed_at IS NULL AND o.next_attempt_at <= now()
            AND (o.claimed_until IS NULL OR o.claimed_until <= now())
            AND NOT EXISTS (SELECT 1 FROM outbox p
                             WHERE p.referral_id = o.referral_id AND p.record_side = o.record_side
                               AND p.delivered_at IS NULL AND p.id < o.id)
          ORDER BY o.id
          LIMIT $1
          FOR UPDATE SKIP LOCKED),
       leased AS (
         UPDATE outbox SET claimed_until = now() + make_interval(secs => $2::double precision / 1000), claimed_by = $3
          WHERE id IN (SELECT id FROM due)
          RETURNING id, target_network, kind, payload, attempts)
       SELECT * FROM leased ORDER BY id`,
      [this.options.batchSize ?? 25, this.leaseMs, claim],
    );
    return { claim, rows };
  }

  private get leaseMs(): number {
    return this.options.leaseMs ?? DEFAULT_LEASE_MS;
  }

  /** Records one attempt's outcome, unless the lease ran out and another worker holds the row now. */
  private async record(row: OutboxRow, claim: string, outcome: Outcome): Promise<void> {
    const { ds } = this.options;
    if (outcome.ok) {
      const [{ n }]: { n: number }[] = await ds.query(
        `WITH done AS (UPDATE outbox SET delivered_at = now(), attempts = attempts + 1, last_attempt_at = now(), last_error = NULL, claimed_until = NULL, claimed_by = NULL
                         WHERE id = $1 AND claimed_by = $2 RETURNING 1)
         SELECT count(*)::int AS n FROM done`,
        [row.id, claim],
      );
      this.delivered += n;
      return;
    }
    const failed = outcome.permanent || row.attempts + 1 >= (this.options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS);
    const wait = backoffMs(row.attempts, this.options.maxBackoffMs ?? 5000);
    await ds.query(
      `UPDATE outbox SET attempts = attempts + 1, last_attempt_at = now(), last_error = $3, claimed_until = NULL, claimed_by = NULL,
              failed_at = CASE WHEN $4 THEN now() END,
              next_attempt_at = now() + make_interval(secs => $5::double precision / 1000)
        WHERE id = $1 AND claimed_by = $2`,
      [row.id, claim, outcome.error.slice(0, 500), failed, wait],
    );
    if (failed) this.options.log?.(`outbox row ${row.id} to ${row.target_network} failed for good: ${outcome.error.slice(0, 200)}`);
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
        entry.renewAt = exp === undefined ? 0 : exp * 1000 - Math.min(TOKEN_RENEW_BEFORE_MS, (exp * 1000 - Date.now()) / 2);
      },
      () => {
        if (this.token === entry) this.token = undefined;
      },
    );
    return entry.value;
  }

  /** Sends one row and classifies the answer. */
  private async deliver(row: OutboxRow): Promise<Outcome> {
    let token: string;
    try {
      token = await this.serviceToken();
    } catch (err) {
      return { ok: false, permanent: false, error: `no service token: ${(err as Error).message}` };
    }
    try {
      const res = await fetch(this.options.gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
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

/** This network's outbox now: undelivered changes still tried, dead letters, and the oldest undelivered. */
export async function deliveryStatistics(ds: DataSource): Promise<{ pending: number; failed: number; oldestPendingAt: Date | null }> {
  const [row]: { pending: number; failed: number; oldest: Date | null }[] = await ds.query(
    `SELECT count(*) FILTER (WHERE failed_at IS NULL)::int AS pending,
            count(*) FILTER (WHERE failed_at IS NOT NULL)::int AS failed,
            min(created_at) FILTER (WHERE failed_at IS NULL) AS oldest
       FROM outbox WHERE delivered_at IS NULL`,
  );
  return { pending: row?.pending ?? 0, failed: row?.failed ?? 0, oldestPendingAt: row?.oldest ?? null };
}
