import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The console's notification centre: one row per notification a contact point of
 * this network is shown, written in the transaction of the event that causes it,
 * beside its mail (notifications/centre.ts, from enqueueMail). It carries the same
 * facts a mail may carry (notifications/facts.ts): no subject, summary, name or
 * document. dedupe_key is the mail's, so a repeated delivery adds no row. n orders
 * a person's list (newest first) and makes its cursor. A row goes with its contact
 * point; read rows are pruned after NOTIFICATION_RETENTION_DAYS.
 */
export class NotificationCentre1796510000000 implements MigrationInterface {
  name = 'NotificationCentre1796510000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE notifications (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        n bigserial NOT NULL UNIQUE,
        dedupe_key text NOT NULL UNIQUE,
        recipient_cp uuid NOT NULL REFERENCES contact_points (id) ON DELETE CASCADE,
        kind text NOT NULL,
        facts jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        read_at timestamptz
      )`);
    await q.query(`CREATE INDEX notifications_recipient ON notifications (recipient_cp, n DESC)`);
    await q.query(`CREATE INDEX notifications_unread ON notifications (recipient_cp, n DESC) WHERE read_at IS NULL`);
    await q.query(`CREATE INDEX notifications_read ON notifications (read_at) WHERE read_at IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE notifications`);
  }
}
