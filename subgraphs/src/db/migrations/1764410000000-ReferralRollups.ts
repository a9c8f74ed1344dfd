import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Rollups for analysts, maintained on write by a trigger: counts per day,
 * side and one dimension at a time, and a histogram of days to acknowledgement
 * and to completion. A year's statistics read a few thousand rollup rows
 * instead of every referral.
 */
export class ReferralRollups1764410000000 implements MigrationInterface {
  name = 'ReferralRollups1764410000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE referrals ADD COLUMN acknowledged_at timestamptz, ADD COLUMN completed_at timestamptz`);
    await q.query(`
      UPDATE referrals r SET
        acknowledged_at = (SELECT min(e.at) FROM referral_events e WHERE e.referral_id = r.id AND e.record_side = r.side AND e.type = 'ACKNOWLEDGED'),
        completed_at = CASE WHEN r.status = 'COMPLETED'
          THEN (SELECT max(e.at) FROM referral_events e WHERE e.referral_id = r.id AND e.record_side = r.side AND e.type = 'COMPLETED') END`);
    await q.query(`
      CREATE TABLE referral_rollup (
        day date NOT NULL,
        side text NOT NULL,
        dimension text NOT NULL,
        value text NOT NULL,
        n integer NOT NULL,
        PRIMARY KEY (day, side, dimension, value)
      )`);
    await q.query(`
      CREATE TABLE referral_duration_rollup (
        day date NOT NULL,
        side text NOT NULL,
        metric text NOT NULL,
        days integer NOT NULL,
        n integer NOT NULL,
        PRIMARY KEY (day, side, metric, days)
      )`);
    await q.query(`
      CREATE FUNCTION referral_rollup_apply(r referrals, sign integer) RETURNS void LANGUAGE plpgsql AS $$
      DECLARE
        d date := (r.created_at AT TIME ZONE 'UTC')::date;
        counterpart_network text := CASE WHEN r.side = 'ORIGIN' THEN r.destination_network ELSE r.origin_network END;
        counterpart_country text := CASE WHEN r.side = 'ORIGIN' THEN r.destination_country ELSE r.origin_country END;
      BEGIN
        INSERT INTO referral_rollup AS t (day, side, dimension, value, n)
        SELECT d, r.side, dim, val, sign FROM (VALUES
            ('status', r.status), ('kind', r.kind), ('urgency', r.urgency),
            ('counterpartNetwork', counterpart_network), ('counterpartCountry', counterpart_country)) v(dim, val)
        UNION ALL SELECT d, r.side, 'crimeArea', c, sign FROM unnest(r.crime_areas) c
        UNION ALL SELECT d, r.side, 'measure', m, sign FROM unnest(r.measures) m
        ON CONFLICT (day, side, dimension, value) DO UPDATE SET n = t.n + EXCLUDED.n;
        IF r.acknowledged_at IS NOT NULL THEN
          INSERT INTO referral_duration_rollup AS t (day, side, metric, days, n)
          VALUES (d, r.side, 'acknowledgement', greatest(0, floor(extract(epoch FROM r.acknowledged_at - r.created_at) / 86400))::int, sign)
          ON CONFLICT (day, side, metric, days) DO UPDATE SET n = t.n + EXCLUDED.n;
        END IF;
        IF r.completed_at IS NOT NULL THEN
          INSERT INTO referral_duration_rollup AS t (day, side, metric, days, n)
          VALUES (d, r.side, 'completion', greatest(0, floor(extract(epoch FROM r.completed_at - r.created_at) / 86400))::int, sign)
          ON CONFLICT (day, side, metric, days) DO UPDATE SET n = t.n + EXCLUDED.n;
        END IF;
      END $$`);
    await q.query(`
      CREATE FUNCTION referral_rollup_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP IN ('UPDATE', 'DELETE') THEN PERFORM referral_rollup_apply(OLD, -1); END IF;
        IF TG_OP IN ('INSERT', 'UPDATE') THEN PERFORM referral_rollup_apply(NEW, 1); END IF;
        RETURN NULL;
      END $$`);
    await q.query(
      `CREATE TRIGGER referrals_rollup_insert_delete AFTER INSERT OR DELETE ON referrals FOR EACH ROW EXECUTE FUNCTION referral_rollup_trigger()`,
    );
    await q.query(`
      CREATE TRIGGER referrals_rollup_update AFTER UPDATE ON referrals FOR EACH ROW
      WHEN (OLD.status IS DISTINCT FROM NEW.status OR OLD.acknowledged_at IS DISTINCT FROM NEW.acknowledged_at
            OR OLD.completed_at IS DISTINCT FROM NEW.completed_at)
      EXECUTE FUNCTION referral_rollup_trigger()`);
    // Rebuilds both rollups from the referrals in set-based statements: for rows written before the
    // trigger existed, and after bulk loads done with the trigger off.
    await q.query(`
      CREATE FUNCTION referral_rollup_rebuild() RETURNS void LANGUAGE sql AS $$
        DELETE FROM referral_rollup;
        DELETE FROM referral_duration_rollup;
        INSERT INTO referral_rollup (day, side, dimension, value, n)
        SELECT day, side, dimension, value, count(*) FROM (
          SELECT (r.created_at AT TIME ZONE 'UTC')::date AS day, r.side, x.dimension, x.value
            FROM referrals r, LATERAL (VALUES
              ('status', r.status), ('kind', r.kind), ('urgency', r.urgency),
              ('counterpartNetwork', CASE WHEN r.side = 'ORIGIN' THEN r.destination_network ELSE r.origin_network END),
              ('counterpartCountry', (CASE WHEN r.side = 'ORIGIN' THEN r.destination_country ELSE r.origin_country END)::text))
              AS x(dimension, value)
          UNION ALL
          SELECT (r.created_at AT TIME ZONE 'UTC')::date, r.side, 'crimeArea', c FROM referrals r, unnest(r.crime_areas) c
          UNION ALL
          SELECT (r.created_at AT TIME ZONE 'UTC')::date, r.side, 'measure', m FROM referrals r, unnest(r.measures) m
        ) t GROUP BY 1, 2, 3, 4;
        INSERT INTO referral_duration_rollup (day, side, metric, days, n)
        SELECT day, side, metric, days, count(*) FROM (
          SELECT (created_at AT TIME ZONE 'UTC')::date AS day, side, 'acknowledgement' AS metric,
                 greatest(0, floor(extract(epoch FROM acknowledged_at - created_at) / 86400))::int AS days
            FROM referrals WHERE acknowledged_at IS NOT NULL
          UNION ALL
          SELECT (created_at AT TIME ZONE 'UTC')::date, side, 'completion',
                 greatest(0, floor(extract(epoch FROM completed_at - created_at) / 86400))::int
            FROM referrals WHERE completed_at IS NOT NULL
        ) t GROUP BY 1, 2, 3, 4;
      $$`);
    await q.query(`SELECT referral_rollup_rebuild()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER referrals_rollup_update ON referrals`);
    await q.query(`DROP TRIGGER referrals_rollup_insert_delete ON referrals`);
    await q.query(`DROP FUNCTION referral_rollup_trigger()`);
    await q.query(`DROP FUNCTION referral_rollup_rebuild()`);
    await q.query(`DROP FUNCTION referral_rollup_apply(referrals, integer)`);
    await q.query(`DROP TABLE referral_duration_rollup`);
    await q.query(`DROP TABLE referral_rollup`);
    await q.query(`ALTER TABLE referrals DROP COLUMN acknowledged_at, DROP COLUMN completed_at`);
  }
}
