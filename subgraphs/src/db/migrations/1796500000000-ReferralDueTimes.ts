import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A referral's due times, stored: acknowledge_by (when its destination is to acknowledge it, fixed by the
 * destination when it arrives, from its own defaults by urgency) and answer_expected_by (once acknowledged,
 * when an answer is expected; a default at acknowledgement, moved by the destination's ANSWER_DATE_SET
 * events). An event carries the date it sets (ACKNOWLEDGED, ANSWER_DATE_SET), so both sides fold to it.
 *
 * Existing rows get the defaults every network used until now (referrals/due.ts DEFAULT_DUE_POLICY):
 * acknowledge within 4 hours (IMMEDIATE), 24 hours (URGENT) or 5 working days in UTC (ROUTINE); an answer
 * 7, 30 or 90 days after the acknowledgement.
 */
export class ReferralDueTimes1796500000000 implements MigrationInterface {
  name = 'ReferralDueTimes1796500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE referrals ADD COLUMN acknowledge_by timestamptz, ADD COLUMN answer_expected_by timestamptz`,
    );
    await q.query(`ALTER TABLE referral_events ADD COLUMN answer_expected_by timestamptz`);
    await q.query(`
      UPDATE referrals SET acknowledge_by = CASE urgency
          WHEN 'IMMEDIATE' THEN created_at + interval '4 hours'
          WHEN 'URGENT' THEN created_at + interval '24 hours'
          -- Days counted in UTC whatever the session's time zone: a day is 24 hours, never 23 or 25.
          ELSE (SELECT d AT TIME ZONE 'UTC' FROM generate_series((created_at AT TIME ZONE 'UTC') + interval '1 day',
                                                              (created_at AT TIME ZONE 'UTC') + interval '9 days', interval '1 day') d
                 WHERE extract(isodow FROM d) < 6 ORDER BY d OFFSET 4 LIMIT 1)
        END,
        answer_expected_by = acknowledged_at + CASE urgency
          WHEN 'IMMEDIATE' THEN interval '168 hours' WHEN 'URGENT' THEN interval '720 hours' ELSE interval '2160 hours' END`);
    // What the deadline check reads: the destination's records still owing an acknowledgement or an answer.
    await q.query(
      `CREATE INDEX referrals_acknowledge_due ON referrals (acknowledge_by) WHERE side = 'DESTINATION' AND status = 'SENT'`,
    );
    await q.query(
      `CREATE INDEX referrals_answer_due ON referrals (answer_expected_by)
        WHERE side = 'DESTINATION' AND status IN ('ACKNOWLEDGED', 'ASSIGNED', 'IN_PROGRESS')`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX referrals_answer_due`);
    await q.query(`DROP INDEX referrals_acknowledge_due`);
    await q.query(`ALTER TABLE referral_events DROP COLUMN answer_expected_by`);
    await q.query(`ALTER TABLE referrals DROP COLUMN acknowledge_by, DROP COLUMN answer_expected_by`);
  }
}
