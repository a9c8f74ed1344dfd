/**
 * The outbox worker: delivers this network's referral changes to the other
 * side through the gateway, with a SERVICE token, until the other side confirms.
 * Rows are claimed with FOR UPDATE SKIP LOCKED, so replicas on one database
 * never deliver the same row at once; a referral's rows go out in order.
 */
import type { DataSource } from 'typeorm';
import type { NetworkDefinition, Registry } from '../../../shared/src/registry';

export interface OutboxOptions {
  ds: DataSource;
  network: NetworkDefinition;
  registry: Registry;
  /** The gateway's GraphQL URL. */
  gatewayUrl: string;
  /** A fresh SERVICE token for this network. */
  serviceToken: () => Promise<string>;
  /** Pause between polls when there was nothing to do, in ms. */
  idleMs?: number;
  /** Longest wait between two attempts of one row, in ms. */
  maxBackoffMs?: number;
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

/** The channel a committed outbox row notifies, so workers need not wait for their next poll. */
export const OUTBOX_CHANNEL = 'jcn_outbox';

/** Exponential backoff with full jitter: uniform in [0, min(max, base * 2^attempts)). */
export function backoffMs(attempts: number, maxMs: number, random: () => number = Math.random): number {
  const ceiling = Math.min(maxMs, 250 * 2 ** Math.min(attempts, 20));
  return Math.floor(random() * ceiling);
}

const MUTATION = {
  REFERRAL: (key: string) => `mutation Deliver($d: ReferralDeliveryInput!) { ${key} { receiveReferral(delivery: $d) { accepted duplicate } } }`,
  EVENT: (key: string) => `mutation DeliverEvent($d: ReferralEventDeliveryInput!) { ${key} { receiveReferralEvent(delivery: $d) { accepted duplicate } } }`,
};

export class OutboxWorker {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private busy = false;
  private wakeRequested = false;
  private stopped = false;
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

  /** Claims due rows, delivers them and records the outcome; true when it found work. */
  async round(): Promise<boolean> {
    const { ds } = this.options;
    return ds.transaction(async (em) => {
      const rows: OutboxRow[] = await em.query(
        `SELECT o.id, o.target_network, o.kind, o.payload, o.attempts
           FROM outbox o
          WHERE o.delivered_at IS NULL AND o.next_attempt_at <= now()
            AND NOT EXISTS (SELECT 1 FROM outbox p
                             WHERE p.referral_id = o.referral_id AND p.record_side = o.record_side
                               AND p.delivered_at IS NULL AND p.id < o.id)
          ORDER BY o.id
          LIMIT $1
          FOR UPDATE SKIP LOCKED`,
        [this.options.batchSize ?? 25],
      );
      if (rows.length === 0) return false;
      const token = await this.options.serviceToken();
      const outcomes = await Promise.all(rows.map((row) => this.deliver(row, token)));
      for (const [i, row] of rows.entries()) {
        const error = outcomes[i];
        if (error === null) {
          await em.query(`UPDATE outbox SET delivered_at = now(), attempts = attempts + 1, last_attempt_at = now(), last_error = NULL WHERE id = $1`, [row.id]);
          this.delivered += 1;
        } else {
          const wait = backoffMs(row.attempts, this.options.maxBackoffMs ?? 5000);
          await em.query(
            `UPDATE outbox SET attempts = attempts + 1, last_attempt_at = now(), last_error = $2,
                    next_attempt_at = now() + make_interval(secs => $3::double precision / 1000) WHERE id = $1`,
            [row.id, error.slice(0, 500), wait],
          );
        }
      }
      return true;
    });
  }

  /** Sends one row; null when the other side confirmed, else why not. */
  private async deliver(row: OutboxRow, token: string): Promise<string | null> {
    try {
      const res = await fetch(this.options.gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: MUTATION[row.kind](row.target_network), variables: { d: row.payload } }),
        signal: AbortSignal.timeout(10_000),
      });
      const body = (await res.json().catch(() => ({}))) as { data?: Record<string, Record<string, { accepted?: boolean }> | null> | null; errors?: { message: string; extensions?: { code?: string } }[] };
      const receipt = body.data?.[row.target_network];
      const accepted = receipt && Object.values(receipt)[0]?.accepted === true;
      if (accepted) return null;
      const first = body.errors?.[0];
      return first ? `${first.extensions?.code ?? 'ERROR'}: ${first.message}` : `HTTP ${res.status}`;
    } catch (err) {
      return `unreachable: ${(err as Error).message}`;
    }
  }
}
