import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Authorities get a review date like contact points and country profiles, so a
 * secretariat's review queue can list those not reviewed in 12 months. Existing
 * rows start as never reviewed (null): nobody has vouched for them through the desk.
 */
export class AuthorityReviewed1796000000000 implements MigrationInterface {
  name = 'AuthorityReviewed1796000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE authorities ADD COLUMN last_reviewed_at timestamptz`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE authorities DROP COLUMN last_reviewed_at`);
  }
}
