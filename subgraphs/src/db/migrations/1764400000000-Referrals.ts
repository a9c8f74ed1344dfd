import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Referrals, recorded on both sides: the origin's record and the destination's
 * record share the referral id and differ by side. Events are kept on both
 * sides; the outbox carries what the other side has not confirmed yet.
 */
export class Referrals1764400000000 implements MigrationInterface {
  name = 'Referrals1764400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE referrals (
        id uuid NOT NULL,
        side text NOT NULL CHECK (side IN ('ORIGIN', 'DESTINATION')),
        reference text NOT NULL,
        origin_network text NOT NULL,
        destination_network text NOT NULL,
        origin_country char(3) NOT NULL,
        destination_country char(3) NOT NULL,
        from_cp text NOT NULL,
        to_cp text,
        kind text NOT NULL,
        measures text[] NOT NULL,
        crime_areas text[] NOT NULL,
        urgency text NOT NULL,
        subject text NOT NULL,
        summary text,
        formal_references text[] NOT NULL DEFAULT '{}',
        status text NOT NULL,
        assigned_to text,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        is_demo boolean NOT NULL DEFAULT false,
        PRIMARY KEY (id, side)
      )`);
    await q.query(`CREATE UNIQUE INDEX referrals_reference ON referrals (reference, side)`);
    await q.query(`CREATE INDEX referrals_created ON referrals (created_at DESC, id)`);
    await q.query(`CREATE INDEX referrals_status ON referrals (status)`);
    await q.query(`
      CREATE TABLE referral_events (
        referral_id uuid NOT NULL,
        record_side text NOT NULL,
        author_side text NOT NULL CHECK (author_side IN ('ORIGIN', 'DESTINATION')),
        seq integer NOT NULL CHECK (seq > 0),
        type text NOT NULL,
        at timestamptz NOT NULL,
        actor_subject text,
        actor_cp text,
        note text,
        assigned_to text,
        PRIMARY KEY (referral_id, record_side, author_side, seq),
        FOREIGN KEY (referral_id, record_side) REFERENCES referrals (id, side)
      )`);
    await q.query(`
      CREATE TABLE outbox (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        referral_id uuid NOT NULL,
        record_side text NOT NULL,
        target_network text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('REFERRAL', 'EVENT')),
        payload jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        attempts integer NOT NULL DEFAULT 0,
        next_attempt_at timestamptz NOT NULL DEFAULT now(),
        last_attempt_at timestamptz,
        last_error text,
        delivered_at timestamptz
      )`);
    await q.query(`CREATE INDEX outbox_due ON outbox (next_attempt_at, id) WHERE delivered_at IS NULL`);
    await q.query(`CREATE INDEX outbox_referral ON outbox (referral_id, record_side, id)`);
    await q.query(`CREATE TABLE referral_counters (year integer PRIMARY KEY, last integer NOT NULL)`);
    await q.query(`
      CREATE TABLE delivery_receipts (
        referral_id uuid NOT NULL,
        record_side text NOT NULL,
        author_side text NOT NULL,
        seq integer NOT NULL,
        received integer NOT NULL DEFAULT 1,
        first_at timestamptz NOT NULL DEFAULT now(),
        last_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (referral_id, record_side, author_side, seq)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['delivery_receipts', 'referral_counters', 'outbox', 'referral_events', 'referrals'])
      await q.query(`DROP TABLE ${t}`);
  }
}
