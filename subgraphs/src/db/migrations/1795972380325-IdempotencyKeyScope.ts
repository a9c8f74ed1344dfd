import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Idempotency keys belong to a caller and an operation. An existing key gets
 * the caller who sent it from the audit row its write left in the same
 * transaction (same action, same object, same now()). A key whose author
 * cannot be established is dropped rather than left replayable by anyone:
 * the worst that costs is a duplicate if its author retries across the upgrade.
 */
export class IdempotencyKeyScope1795972380325 implements MigrationInterface {
  name = 'IdempotencyKeyScope1795972380325';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE idempotency_keys ADD COLUMN caller text`);
    await q.query(`
      UPDATE idempotency_keys k SET caller = a.actor_subject
        FROM audit_log a
       WHERE a.action = k.operation AND a.at = k.created_at AND a.object_id LIKE '%:' || k.result_id::text
         AND a.actor_subject IS NOT NULL`);
    await q.query(`DELETE FROM idempotency_keys WHERE caller IS NULL`);
    await q.query(
      `ALTER TABLE idempotency_keys ALTER COLUMN caller SET NOT NULL, DROP CONSTRAINT idempotency_keys_pkey`,
    );
    await q.query(`ALTER TABLE idempotency_keys ADD PRIMARY KEY (caller, operation, key)`);
  }

  async down(q: QueryRunner): Promise<void> {
    // A global key again: of the callers who used one key, the first keeps it.
    await q.query(`
      DELETE FROM idempotency_keys k USING idempotency_keys o
       WHERE o.key = k.key AND (o.created_at, o.caller, o.operation) < (k.created_at, k.caller, k.operation)`);
    await q.query(`ALTER TABLE idempotency_keys DROP CONSTRAINT idempotency_keys_pkey, DROP COLUMN caller`);
    await q.query(`ALTER TABLE idempotency_keys ADD PRIMARY KEY (key)`);
  }
}
