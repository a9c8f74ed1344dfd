import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Outbox rows are leased instead of held in a transaction during delivery
 * (claimed_until, claimed_by), and a row that cannot be delivered stops as a
 * dead letter (failed_at) until a secretariat retries it.
 */
export class OutboxDeadLetters1764425000000 implements MigrationInterface {
  name = 'OutboxDeadLetters1764425000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE outbox ADD COLUMN claimed_until timestamptz, ADD COLUMN claimed_by uuid, ADD COLUMN failed_at timestamptz`,
    );
    await q.query(
      `CREATE INDEX outbox_failed ON outbox (failed_at) WHERE delivered_at IS NULL AND failed_at IS NOT NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX outbox_failed`);
    await q.query(`ALTER TABLE outbox DROP COLUMN claimed_until, DROP COLUMN claimed_by, DROP COLUMN failed_at`);
  }
}
