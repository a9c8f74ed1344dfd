import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Per-kind mail preferences and the daily digest.
 *
 * notification_deliveries: how a person wants each kind of notification (IMMEDIATE, DAILY_DIGEST or
 * NONE); a kind without a row is IMMEDIATE. Kept in the person's own network, beside their language.
 *
 * mail_digest_items: notifications held for a person's daily digest, one row per event and person
 * (dedupe_key, as mail_outbox's). digest_key names the digest mail that took the row (NULL while it
 * waits), so a held notification goes into exactly one digest. The facts are those of a mail
 * (notifications/facts.ts): no case content.
 */
export class MailPreferences1796520000000 implements MigrationInterface {
  name = 'MailPreferences1796520000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE notification_deliveries (
        contact_point_id uuid NOT NULL REFERENCES contact_points (id) ON DELETE CASCADE,
        kind text NOT NULL,
        delivery text NOT NULL CONSTRAINT notification_deliveries_delivery CHECK (delivery IN ('IMMEDIATE', 'DAILY_DIGEST', 'NONE')),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (contact_point_id, kind)
      )`);
    await q.query(`
      CREATE TABLE mail_digest_items (
        id bigserial PRIMARY KEY,
        dedupe_key text NOT NULL UNIQUE,
        contact_point_id uuid NOT NULL REFERENCES contact_points (id) ON DELETE CASCADE,
        kind text NOT NULL,
        facts jsonb NOT NULL,
        held_at timestamptz NOT NULL DEFAULT now(),
        digest_key text
      )`);
    await q.query(`CREATE INDEX mail_digest_items_waiting ON mail_digest_items (held_at) WHERE digest_key IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE mail_digest_items`);
    await q.query(`DROP TABLE notification_deliveries`);
  }
}
