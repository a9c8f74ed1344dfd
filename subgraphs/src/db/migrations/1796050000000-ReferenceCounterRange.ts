import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A year's reference counter holds what a reference can carry (six digits), so no write can take it
 * where every later createReferral would fail. NOT VALID: a counter already out of range (moved
 * there by another network's answer to `npm run restored`) must not stop the migration; the
 * constraint still refuses every new out-of-range value, and `restored` sets such a counter back.
 */
export class ReferenceCounterRange1796050000000 implements MigrationInterface {
  name = 'ReferenceCounterRange1796050000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE referral_counters ADD CONSTRAINT referral_counters_six_digits CHECK (last BETWEEN 0 AND 999999) NOT VALID`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE referral_counters DROP CONSTRAINT referral_counters_six_digits`);
  }
}
