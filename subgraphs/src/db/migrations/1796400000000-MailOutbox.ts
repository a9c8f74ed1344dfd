import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Mail notifications: mail_outbox, the mail this network's subgraph still has
 * to hand to its SMTP server (written in the transaction of the event that
 * causes it, sent by notifications/worker.ts), and notification_preferences,
 * each person's language for the mail they receive.
 *
 * A row holds the recipient's address, read from this network's own directory
 * when the row is written (never from a request), and the facts a mail may
 * carry (notifications/facts.ts): no subject, summary, name or document.
 * message_token makes the Message-ID, the same on every attempt of a row.
 * recipient_cp is null for the secretariat's own address (SECRETARIAT_EMAIL).
 */
export class MailOutbox1796400000000 implements MigrationInterface {
  name = 'MailOutbox1796400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE mail_outbox (
        id bigserial PRIMARY KEY,
        message_token uuid NOT NULL UNIQUE DEFAULT gen_random_uuid(),
        dedupe_key text NOT NULL UNIQUE,
        kind text NOT NULL,
        recipient_cp uuid,
        recipient text NOT NULL,
        language text NOT NULL,
        facts jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        next_attempt_at timestamptz NOT NULL DEFAULT now(),
        attempts integer NOT NULL DEFAULT 0,
        last_attempt_at timestamptz,
        last_error text,
        claimed_by uuid,
        claimed_until timestamptz,
        sent_at timestamptz,
        failed_at timestamptz
      )`);
    await q.query(
      `CREATE INDEX mail_outbox_due ON mail_outbox (next_attempt_at, id) WHERE sent_at IS NULL AND failed_at IS NULL`,
    );
    await q.query(`CREATE INDEX mail_outbox_sent ON mail_outbox (recipient, sent_at) WHERE sent_at IS NOT NULL`);
    await q.query(`
      CREATE TABLE notification_preferences (
        contact_point_id uuid PRIMARY KEY REFERENCES contact_points (id) ON DELETE CASCADE,
        language text NOT NULL DEFAULT 'en' CONSTRAINT notification_preferences_language CHECK (language IN ('en', 'fr', 'ru', 'pt')),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE notification_preferences`);
    await q.query(`DROP TABLE mail_outbox`);
  }
}
