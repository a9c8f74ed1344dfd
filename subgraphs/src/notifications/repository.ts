/**
 * The mail outbox and the people mail goes to. SQL only; who is told what is
 * notify.ts's business, when to retry the worker's. Every time the worker
 * compares is the one it passes (its clock), never the database's now().
 */
import type { DataSource, EntityManager } from 'typeorm';
import { recordInApp } from './in-app';
import type { DailyDigestFacts, Language, MailFacts, NotificationKind, WeeklyDigestFacts } from './facts';
import { routeMail } from './routing';

/** What a row's facts are, by its kind: one notification's, or a digest's. */
export type MailContent =
  | { kind: NotificationKind; facts: MailFacts }
  | { kind: 'DAILY_DIGEST'; facts: DailyDigestFacts }
  | { kind: 'WEEKLY_DIGEST'; facts: WeeklyDigestFacts };

/** A row as the worker leases it: everything send() needs, and nothing it may not say. */
export type MailRow = MailContent & {
  id: string;
  message_token: string;
  recipient: string;
  language: Language;
  attempts: number;
};

/** An active contact point of this network with an address (id null: the secretariat's own address), and the language it reads its mail in. */
export interface Recipient {
  id: string | null;
  email: string;
  language: Language;
}

const RECIPIENT_COLUMNS = `c.id, c.email, coalesce(p.language, 'en') AS language
  FROM contact_points c LEFT JOIN notification_preferences p ON p.contact_point_id = c.id`;

/** The active contact points among `ids` (this network's uuids) that have an address. */
export function recipientsByIds(em: EntityManager, ids: readonly string[]): Promise<Recipient[]> {
  return em.query(
    `SELECT ${RECIPIENT_COLUMNS} WHERE c.id = ANY($1::uuid[]) AND c.active AND c.email IS NOT NULL ORDER BY c.id`,
    [ids],
  );
}

/** Every active contact point of `country` in this network that has an address. */
export function recipientsOfCountry(em: EntityManager, country: string): Promise<Recipient[]> {
  return em.query(
    `SELECT ${RECIPIENT_COLUMNS} WHERE c.country = $1 AND c.active AND c.email IS NOT NULL ORDER BY c.id`,
    [country],
  );
}

/**
 * Queues one mail in the caller's transaction. `dedupeKey` names the event and the recipient: the
 * same event noted twice (a repeated delivery) queues nothing more. A contact point recipient first
 * gets the notification in the console's centre (in-app.ts), whatever their mail preference; then the
 * recipient's choice for the kind (routing.ts) may hold the mail for their daily digest or drop it.
 */
export async function enqueueMail(
  em: EntityManager,
  row: { dedupeKey: string; kind: NotificationKind; recipient: Recipient; facts: MailFacts },
): Promise<void> {
  if (row.recipient.id) await recordInApp(em, { ...row, recipientCp: row.recipient.id });
  if (!(await routeMail(em, row))) return;
  await em.query(
    `INSERT INTO mail_outbox (dedupe_key, kind, recipient_cp, recipient, language, facts) VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (dedupe_key) DO NOTHING`,
    [row.dedupeKey, row.kind, row.recipient.id, row.recipient.email, row.recipient.language, JSON.stringify(row.facts)],
  );
}

/**
 * Queues a digest (digests.ts) in the caller's transaction; a digest is mailed as it is, whatever the
 * recipient chose for the kinds it gathers (they chose the digest). Returns false when `dedupeKey` was
 * queued already.
 */
export async function enqueueDigest(
  em: EntityManager,
  row: MailContent & { kind: 'DAILY_DIGEST' | 'WEEKLY_DIGEST'; dedupeKey: string; recipient: Recipient },
): Promise<boolean> {
  const inserted: unknown[] = await em.query(
    `INSERT INTO mail_outbox (dedupe_key, kind, recipient_cp, recipient, language, facts) VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (dedupe_key) DO NOTHING RETURNING id`,
    [row.dedupeKey, row.kind, row.recipient.id, row.recipient.email, row.recipient.language, JSON.stringify(row.facts)],
  );
  return inserted.length > 0;
}

/**
 * Leases up to `batchSize` due rows to `claim` in one short statement that commits before any mail
 * goes out. A recipient gets no more than `perHour` mails an hour: rows beyond that (counting the
 * ones sent in the past hour and the ones in flight) stay due, for a later round.
 */
export function claimDueMail(
  ds: DataSource,
  claim: string,
  options: { batchSize: number; leaseMs: number; now: Date; perHour: number },
): Promise<MailRow[]> {
  return ds.query(
    `WITH due AS (
       SELECT id, recipient FROM mail_outbox
        WHERE sent_at IS NULL AND failed_at IS NULL AND next_attempt_at <= $1
          AND (claimed_until IS NULL OR claimed_until <= $1)
        ORDER BY next_attempt_at, id
        LIMIT $2 * 10
        FOR UPDATE SKIP LOCKED),
     ranked AS (
       SELECT d.id,
              row_number() OVER (PARTITION BY d.recipient ORDER BY d.id)
              + (SELECT count(*) FROM mail_outbox s
                  WHERE s.recipient = d.recipient
                    AND (s.sent_at > $1 - interval '1 hour' OR (s.sent_at IS NULL AND s.claimed_until > $1))) AS n
         FROM due d),
     leased AS (
       UPDATE mail_outbox SET claimed_by = $3, claimed_until = $1 + make_interval(secs => $4::double precision / 1000)
        WHERE id IN (SELECT id FROM ranked WHERE n <= $5 ORDER BY id LIMIT $2)
        RETURNING id, message_token, kind, recipient, language, facts, attempts)
     SELECT * FROM leased ORDER BY id`,
    [options.now, options.batchSize, claim, options.leaseMs, options.perHour],
  );
}

/**
 * Records that the SMTP server took a mail. Whoever holds the lease: a mail once taken is never
 * sent again, even by a worker whose lease ran out meanwhile.
 */
export async function markMailSent(ds: DataSource, id: string, now: Date): Promise<void> {
  await ds.query(
    `UPDATE mail_outbox SET sent_at = $2, attempts = attempts + 1, last_attempt_at = $2, last_error = NULL, claimed_by = NULL, claimed_until = NULL
      WHERE id = $1 AND sent_at IS NULL`,
    [id, now],
  );
}

/** Records a failed attempt of a leased row: due again after `waitMs`, or a dead letter when `dead`. */
export async function markMailFailed(
  ds: DataSource,
  id: string,
  claim: string,
  failure: { error: string; dead: boolean; waitMs: number; now: Date },
): Promise<void> {
  await ds.query(
    `UPDATE mail_outbox SET attempts = attempts + 1, last_attempt_at = $3, last_error = $4, claimed_by = NULL, claimed_until = NULL,
            failed_at = CASE WHEN $5 THEN $3::timestamptz END,
            next_attempt_at = $3::timestamptz + make_interval(secs => $6::double precision / 1000)
      WHERE id = $1 AND claimed_by = $2 AND sent_at IS NULL`,
    [id, claim, failure.now, failure.error, failure.dead, failure.waitMs],
  );
}

/** Mail still to send (and being tried) and mail given up on: the jcn_mail_* gauges. */
export async function mailStatistics(ds: DataSource): Promise<{ pending: number; dead: number }> {
  const [row]: { pending: number; dead: number }[] = await ds.query(
    `SELECT count(*) FILTER (WHERE failed_at IS NULL)::int AS pending, count(*) FILTER (WHERE failed_at IS NOT NULL)::int AS dead
       FROM mail_outbox WHERE sent_at IS NULL`,
  );
  return { pending: row?.pending ?? 0, dead: row?.dead ?? 0 };
}
