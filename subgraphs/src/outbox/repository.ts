/**
 * The outbox table: what this network still has to deliver, row by row, each of a kind whose
 * handler delivers it (worker.ts). SQL only, and nothing of any kind's meaning; when to retry and
 * what counts as delivered is the worker's and the handlers' business.
 *
 * A kind is admitted by the table's CHECK constraint outbox_kind_check: a new kind comes with a
 * migration (subgraphs/src/db/migrations) that admits it.
 */
import type { DataSource, EntityManager } from 'typeorm';

/** The channel a committed outbox row notifies, so workers need not wait for their next poll. */
export const OUTBOX_CHANNEL = 'jcn_outbox';

/**
 * What a row's order is kept within: the rows of one stream go out in the order they were queued, a
 * row waiting while an earlier one of its stream is undelivered. A stream is a uuid and a short scope
 * (a referral record: its id and side), held in the columns referral_id and record_side, named after
 * the first kind.
 */
export interface Stream {
  id: string;
  scope: string;
}

/** A row as the worker leases it. */
export interface OutboxRow {
  id: string;
  target_network: string;
  kind: string;
  payload: Record<string, unknown>;
  attempts: number;
  /** The trace the change was made in (W3C traceparent), continued by its delivery; null when tracing was off. */
  traceparent: string | null;
}

/** Wakes the workers listening on this database, at commit. */
async function notify(em: EntityManager): Promise<void> {
  await em.query(`SELECT pg_notify($1, '')`, [OUTBOX_CHANNEL]);
}

/** Queues one delivery of `kind` to `target` at the end of its stream, in the caller's transaction. */
export async function enqueue(
  em: EntityManager,
  row: {
    kind: string;
    stream: Stream;
    target: string;
    payload: unknown;
    traceparent: string | null;
  },
): Promise<void> {
  await em.query(
    `INSERT INTO outbox (referral_id, record_side, target_network, kind, payload, traceparent) VALUES ($1, $2, $3, $4, $5, $6)`,
    [row.stream.id, row.stream.scope, row.target, row.kind, JSON.stringify(row.payload), row.traceparent],
  );
  await notify(em);
}

/** Makes a stream's dead letters due now with a fresh budget of attempts; returns how many. */
export async function reviveDeadLetters(em: EntityManager, stream: Stream): Promise<number> {
  const [{ rows }]: { rows: number }[] = await em.query(
    `WITH due AS (
       UPDATE outbox SET failed_at = NULL, attempts = 0, last_error = NULL, next_attempt_at = now(), claimed_until = NULL, claimed_by = NULL
        WHERE referral_id = $1 AND record_side = $2 AND delivered_at IS NULL AND failed_at IS NOT NULL RETURNING 1)
     SELECT count(*)::int AS rows FROM due`,
    [stream.id, stream.scope],
  );
  if (rows > 0) await notify(em);
  return rows;
}

/**
 * Takes every lease off the undelivered rows; returns how many. Only for a database no subgraph serves
 * yet, such as one just restored from a dump: its leases belong to processes of the past, and would hold
 * their rows back until they expire.
 */
export async function releaseLeases(ds: DataSource): Promise<number> {
  const [{ rows }]: { rows: number }[] = await ds.query(
    `WITH released AS (
       UPDATE outbox SET claimed_until = NULL, claimed_by = NULL WHERE delivered_at IS NULL AND claimed_by IS NOT NULL RETURNING 1)
     SELECT count(*)::int AS rows FROM released`,
  );
  return rows;
}

/**
 * Makes every row of `kinds` delivered to `target` since `since`, and every dead letter of theirs since
 * then, due now with a fresh budget of attempts; a kind named in `amend` has that object merged into its
 * payload, so that its receiver can tell a re-send. A stream's re-queued rows are the latest of its
 * delivered ones (delivery goes in order), so claimDue sends them again in their order, before any later
 * row. Dead letters hold no lease, so the two updates below never touch one row twice.
 */
export async function requeueSince(
  em: EntityManager,
  options: {
    target: string;
    since: Date;
    kinds: readonly string[];
    amend?: Readonly<Record<string, Record<string, unknown>>>;
  },
): Promise<{ rows: number; streams: number }> {
  const [counts]: { rows: number; streams: number }[] = await em.query(
    `WITH due AS (
       UPDATE outbox SET delivered_at = NULL, failed_at = NULL, attempts = 0, last_error = NULL, next_attempt_at = now(), claimed_until = NULL, claimed_by = NULL,
              payload = payload || coalesce($4::jsonb -> kind, '{}'::jsonb)
        WHERE target_network = $1 AND kind = ANY($3) AND (delivered_at >= $2 OR (delivered_at IS NULL AND failed_at >= $2))
        RETURNING referral_id, record_side),
     -- A later row of such a stream that is in flight now loses its lease: its outcome is not recorded, and it goes again after the rows re-queued before it.
     released AS (
       UPDATE outbox o SET claimed_until = NULL, claimed_by = NULL FROM (SELECT DISTINCT referral_id, record_side FROM due) d
        WHERE o.referral_id = d.referral_id AND o.record_side = d.record_side AND o.delivered_at IS NULL AND o.claimed_by IS NOT NULL)
     SELECT count(*)::int AS rows, count(DISTINCT (referral_id, record_side))::int AS streams FROM due`,
    [options.target, options.since, options.kinds, JSON.stringify(options.amend ?? {})],
  );
  if (counts!.rows > 0) await notify(em);
  return counts!;
}

/**
 * Leases up to `batchSize` due rows of `kinds` to `claim` in one short statement that
 * commits before any delivery starts. A stream's rows go out in order: a row waits while
 * an earlier one of the same stream is undelivered, whatever its kind.
 */
export function claimDue(
  ds: DataSource,
  claim: string,
  kinds: readonly string[],
  batchSize: number,
  leaseMs: number,
): Promise<OutboxRow[]> {
  return ds.query(
    `WITH due AS (
       SELECT o.id FROM outbox o
        WHERE o.delivered_at IS NULL AND o.failed_at IS NULL AND o.next_attempt_at <= now() AND o.kind = ANY($4)
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
        RETURNING id, target_network, kind, payload, attempts, traceparent)
     SELECT * FROM leased ORDER BY id`,
    [batchSize, leaseMs, claim, kinds],
  );
}

/** Marks a leased row delivered; 0 when the lease ran out and another worker holds the row now. */
export async function markDelivered(ds: DataSource, id: string, claim: string): Promise<number> {
  const [{ n }]: { n: number }[] = await ds.query(
    `WITH done AS (UPDATE outbox SET delivered_at = now(), attempts = attempts + 1, last_attempt_at = now(), last_error = NULL, claimed_until = NULL, claimed_by = NULL
                     WHERE id = $1 AND claimed_by = $2 RETURNING 1)
     SELECT count(*)::int AS n FROM done`,
    [id, claim],
  );
  return n;
}

/**
 * Records a failed attempt of a leased row: due again after `waitMs`, or a dead letter when `failed`.
 * Returns the row's stream, or null when the lease ran out and another worker holds the row now.
 */
export async function markFailed(
  em: DataSource | EntityManager,
  id: string,
  claim: string,
  error: string,
  failed: boolean,
  waitMs: number,
): Promise<Stream | null> {
  const rows: Stream[] = await em.query(
    `WITH marked AS (
       UPDATE outbox SET attempts = attempts + 1, last_attempt_at = now(), last_error = $3, claimed_until = NULL, claimed_by = NULL,
              failed_at = CASE WHEN $4 THEN now() END,
              next_attempt_at = now() + make_interval(secs => $5::double precision / 1000)
        WHERE id = $1 AND claimed_by = $2
        RETURNING referral_id, record_side)
     SELECT referral_id AS id, record_side AS scope FROM marked`,
    [id, claim, error, failed, waitMs],
  );
  return rows[0] ?? null;
}

/** Undelivered rows of each stream, for the delivery state of many streams at once. */
export interface StreamDeliveryRow {
  stream_id: string;
  scope: string;
  pending: string;
  failed: string;
  attempts: number;
  last_error: string | null;
  last_attempt_at: Date | null;
  next_attempt_at: Date | null;
}

/** The delivery state of the streams of the ids `streamIds`, counting rows of `kinds` only. */
export function deliveryRowsOf(
  ds: DataSource,
  streamIds: readonly string[],
  kinds: readonly string[],
): Promise<StreamDeliveryRow[]> {
  return ds.query(
    `SELECT referral_id AS stream_id, record_side AS scope,
            count(*) FILTER (WHERE delivered_at IS NULL) AS pending,
            count(*) FILTER (WHERE delivered_at IS NULL AND failed_at IS NOT NULL) AS failed,
            coalesce(max(attempts) FILTER (WHERE delivered_at IS NULL), 0) AS attempts,
            (array_agg(last_error ORDER BY id DESC) FILTER (WHERE delivered_at IS NULL AND last_error IS NOT NULL))[1] AS last_error,
            max(last_attempt_at) AS last_attempt_at,
            min(next_attempt_at) FILTER (WHERE delivered_at IS NULL AND failed_at IS NULL) AS next_attempt_at
       FROM outbox WHERE referral_id = ANY($1) AND kind = ANY($2) GROUP BY referral_id, record_side`,
    [streamIds, kinds],
  );
}

/** This network's outbox now: undelivered changes still tried, dead letters, and the oldest undelivered. */
export async function deliveryStatistics(
  ds: DataSource,
): Promise<{ pending: number; failed: number; oldestPendingAt: Date | null }> {
  const [row]: { pending: number; failed: number; oldest: Date | null }[] = await ds.query(
    `SELECT count(*) FILTER (WHERE failed_at IS NULL)::int AS pending,
            count(*) FILTER (WHERE failed_at IS NOT NULL)::int AS failed,
            min(created_at) FILTER (WHERE failed_at IS NULL) AS oldest
       FROM outbox WHERE delivered_at IS NULL`,
  );
  return { pending: row?.pending ?? 0, failed: row?.failed ?? 0, oldestPendingAt: row?.oldest ?? null };
}
