/**
 * The console's notification centre: SQL only. A notification is written beside its mail, in the
 * same transaction and with the same dedupe key (enqueueMail calls recordInApp), whatever the
 * person's mail preference: the centre shows everything that happened to them, mail or not. It
 * holds the facts a mail may carry (facts.ts), never case content. Who may read or mark which row is
 * centre.ts's business; every statement here names its recipient.
 */
import type { DataSource, EntityManager } from 'typeorm';
import type { MailFacts, NotificationKind } from './facts';

/** One notification as the centre reads it. */
export interface InAppRow {
  id: string;
  /** Its place in its recipient's list (a bigint as text): the cursor's value. */
  n: string;
  kind: NotificationKind;
  facts: MailFacts;
  createdAt: Date;
  readAt: Date | null;
}

const COLUMNS = `id, n::text AS n, kind, facts, created_at AS "createdAt", read_at AS "readAt"`;

/** Writes one notification for contact point `recipientCp` in the caller's transaction; a dedupe key seen before adds nothing. */
export async function recordInApp(
  em: EntityManager,
  row: { dedupeKey: string; kind: NotificationKind; recipientCp: string; facts: MailFacts },
): Promise<void> {
  await em.query(
    `INSERT INTO notifications (dedupe_key, recipient_cp, kind, facts) VALUES ($1, $2, $3, $4) ON CONFLICT (dedupe_key) DO NOTHING`,
    [row.dedupeKey, row.recipientCp, row.kind, JSON.stringify(row.facts)],
  );
}

/** Up to `limit` of `recipientCp`'s notifications, newest first, before `beforeN` when given; unread ones only when `unreadOnly`. */
export function inAppPage(
  ds: DataSource,
  recipientCp: string,
  options: { limit: number; beforeN: string | null; unreadOnly: boolean },
): Promise<InAppRow[]> {
  return ds.query(
    `SELECT ${COLUMNS} FROM notifications
      WHERE recipient_cp = $1 AND ($2::bigint IS NULL OR n < $2::bigint) AND (NOT $3::boolean OR read_at IS NULL)
      ORDER BY n DESC LIMIT $4`,
    [recipientCp, options.beforeN, options.unreadOnly, options.limit],
  );
}

/** How many notifications `recipientCp` has: all of them, and the unread ones. */
export async function inAppCounts(
  q: DataSource | EntityManager,
  recipientCp: string,
): Promise<{ total: number; unread: number }> {
  const [row]: { total: number; unread: number }[] = await q.query(
    `SELECT count(*)::int AS total, count(*) FILTER (WHERE read_at IS NULL)::int AS unread FROM notifications WHERE recipient_cp = $1`,
    [recipientCp],
  );
  return { total: row?.total ?? 0, unread: row?.unread ?? 0 };
}

/** The notifications among `ids` that belong to `recipientCp`. */
export function inAppByIds(
  q: DataSource | EntityManager,
  recipientCp: string,
  ids: readonly string[],
): Promise<InAppRow[]> {
  return q.query(`SELECT ${COLUMNS} FROM notifications WHERE recipient_cp = $1 AND id = ANY($2::uuid[])`, [
    recipientCp,
    ids,
  ]);
}

/**
 * Marks read, at `now`, the unread notifications of `recipientCp` that are among `ids` (or, with
 * `ids` null, all of them up to `upToN` when given); returns how many changed. A row read already keeps its time.
 */
export async function markInAppRead(
  em: EntityManager,
  recipientCp: string,
  target: { ids: readonly string[] | null; upToN: string | null },
  now: Date,
): Promise<number> {
  // TypeORM answers an UPDATE with [rows, affected].
  const [, changed]: [unknown[], number] = await em.query(
    `UPDATE notifications SET read_at = $2
      WHERE recipient_cp = $1 AND read_at IS NULL
        AND ($3::uuid[] IS NULL OR id = ANY($3::uuid[])) AND ($4::bigint IS NULL OR n <= $4::bigint)`,
    [recipientCp, now, target.ids, target.upToN],
  );
  return changed;
}

/** Deletes notifications read before `readBefore`, up to `batch` of them; returns how many went. Unread ones stay. */
export async function pruneReadInApp(ds: DataSource, readBefore: Date, batch = 1000): Promise<number> {
  // TypeORM answers a DELETE with [rows, affected].
  const [, deleted]: [unknown[], number] = await ds.query(
    `DELETE FROM notifications WHERE id IN (
       SELECT id FROM notifications WHERE read_at IS NOT NULL AND read_at < $1 ORDER BY read_at LIMIT $2)`,
    [readBefore, batch],
  );
  return deleted;
}
