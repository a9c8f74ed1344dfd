import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The trigger's step with key sums; later migrations rewrite where a record's key comes from. */
export const ROLLUP_APPLY_WITH_KEYS = `
      CREATE OR REPLACE FUNCTION referral_rollup_apply(r referrals, sign integer) RETURNS void LANGUAGE plpgsql AS $$
      DECLARE
        d date := (r.created_at AT TIME ZONE 'UTC')::date;
        mo date := date_trunc('month', (r.created_at AT TIME ZONE 'UTC'))::date;
        k integer := sign * referral_record_key(r.id);
        counterpart_network text := CASE WHEN r.side = 'ORIGIN' THEN r.destination_network ELSE r.origin_network END;
        counterpart_country text := CASE WHEN r.side = 'ORIGIN' THEN r.destination_country ELSE r.origin_country END;
        timing record;
      BEGIN
        WITH v(dim, val) AS (
          SELECT * FROM (VALUES
            ('status', r.status), ('kind', r.kind), ('urgency', r.urgency),
            ('counterpartNetwork', counterpart_network), ('counterpartCountry', counterpart_country)) x
          UNION ALL SELECT 'crimeArea', c FROM unnest(r.crime_areas) c
          UNION ALL SELECT 'measure', m FROM unnest(r.measures) m
        ), days AS (
          INSERT INTO referral_rollup AS t (day, side, dimension, value, n, keysum)
          SELECT d, r.side, dim, val, sign, k FROM v
          ON CONFLICT (day, side, dimension, value) DO UPDATE SET n = t.n + EXCLUDED.n, keysum = t.keysum + EXCLUDED.keysum
        )
        INSERT INTO referral_atoms AS t (month, side, dimension, value, n, keysum)
        SELECT mo, r.side, dim, val, sign, k FROM v
        ON CONFLICT (month, side, dimension, value) DO UPDATE SET n = t.n + EXCLUDED.n, keysum = t.keysum + EXCLUDED.keysum;
        FOR timing IN SELECT * FROM (VALUES ('acknowledgement', r.acknowledged_at), ('completion', r.completed_at)) x(name, at) WHERE x.at IS NOT NULL LOOP
          INSERT INTO referral_duration_rollup AS t (day, side, metric, days, n, keysum)
          VALUES (d, r.side, timing.name, greatest(0, floor(extract(epoch FROM timing.at - r.created_at) / 86400))::int, sign, k)
          ON CONFLICT (day, side, metric, days) DO UPDATE SET n = t.n + EXCLUDED.n, keysum = t.keysum + EXCLUDED.keysum;
          INSERT INTO referral_duration_atoms AS t (month, side, metric, n, keysum)
          VALUES (mo, r.side, timing.name, sign, k)
          ON CONFLICT (month, side, metric) DO UPDATE SET n = t.n + EXCLUDED.n, keysum = t.keysum + EXCLUDED.keysum;
        END LOOP;
      END $$`;

/** The rebuild of every rollup and atom with key sums. */
export const ROLLUP_REBUILD_WITH_KEYS = `
      CREATE OR REPLACE FUNCTION referral_rollup_rebuild() RETURNS void LANGUAGE sql AS $$
        DELETE FROM referral_rollup;
        DELETE FROM referral_duration_rollup;
        DELETE FROM referral_atoms;
        DELETE FROM referral_duration_atoms;
        INSERT INTO referral_rollup (day, side, dimension, value, n, keysum)
        SELECT day, side, dimension, value, count(*), sum(k) FROM (
          SELECT (r.created_at AT TIME ZONE 'UTC')::date AS day, r.side, x.dimension, x.value, referral_record_key(r.id) AS k
            FROM referrals r, LATERAL (VALUES
              ('status', r.status), ('kind', r.kind), ('urgency', r.urgency),
              ('counterpartNetwork', CASE WHEN r.side = 'ORIGIN' THEN r.destination_network ELSE r.origin_network END),
              ('counterpartCountry', (CASE WHEN r.side = 'ORIGIN' THEN r.destination_country ELSE r.origin_country END)::text))
              AS x(dimension, value)
          UNION ALL
          SELECT (r.created_at AT TIME ZONE 'UTC')::date, r.side, 'crimeArea', c, referral_record_key(r.id) FROM referrals r, unnest(r.crime_areas) c
          UNION ALL
          SELECT (r.created_at AT TIME ZONE 'UTC')::date, r.side, 'measure', m, referral_record_key(r.id) FROM referrals r, unnest(r.measures) m
        ) t GROUP BY 1, 2, 3, 4;
        INSERT INTO referral_duration_rollup (day, side, metric, days, n, keysum)
        SELECT day, side, metric, days, count(*), sum(k) FROM (
          SELECT (created_at AT TIME ZONE 'UTC')::date AS day, side, 'acknowledgement' AS metric,
                 greatest(0, floor(extract(epoch FROM acknowledged_at - created_at) / 86400))::int AS days, referral_record_key(id) AS k
            FROM referrals WHERE acknowledged_at IS NOT NULL
          UNION ALL
          SELECT (created_at AT TIME ZONE 'UTC')::date, side, 'completion',
                 greatest(0, floor(extract(epoch FROM completed_at - created_at) / 86400))::int, referral_record_key(id)
            FROM referrals WHERE completed_at IS NOT NULL
        ) t GROUP BY 1, 2, 3, 4;
        INSERT INTO referral_atoms (month, side, dimension, value, n, keysum)
        SELECT date_trunc('month', day::timestamp)::date, side, dimension, value, sum(n), sum(keysum) FROM referral_rollup GROUP BY 1, 2, 3, 4;
        INSERT INTO referral_duration_atoms (month, side, metric, n, keysum)
        SELECT date_trunc('month', day::timestamp)::date, side, metric, sum(n), sum(keysum) FROM referral_duration_rollup GROUP BY 1, 2, 3;
      $$`;

/**
 * The atoms of statistical disclosure control (the cell key method). Every
 * referral gets a record key 0..255 derived from its id, so both sides of one
 * referral carry the same key and both networks' figures of one flow get the
 * same noise. The rollups keep the sum of the keys next to each count (sums add,
 * so the trigger and the rebuild keep them exactly; a cell's key is the sum mod
 * 256), and two monthly tables hold the atoms released to analysts: counts per
 * (month, side, dimension, value) and per (month, side, timeliness metric).
 * Existing rollups are rebuilt to fill them.
 */
export class StatisticsAtoms1764426000000 implements MigrationInterface {
  name = 'StatisticsAtoms1764426000000';

  async up(q: QueryRunner): Promise<void> {
    // A hash, not a byte of the id itself: uniform whatever the uuid version (v1 and v7 ids are not random everywhere).
    await q.query(`
      CREATE FUNCTION referral_record_key(id uuid) RETURNS integer LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT get_byte(sha256(uuid_send(id)), 0)
      $$`);
    await q.query(`ALTER TABLE referral_rollup ADD COLUMN keysum integer NOT NULL DEFAULT 0`);
    await q.query(`ALTER TABLE referral_duration_rollup ADD COLUMN keysum integer NOT NULL DEFAULT 0`);
    await q.query(`
      CREATE TABLE referral_atoms (
        month date NOT NULL,
        side text NOT NULL,
        dimension text NOT NULL,
        value text NOT NULL,
        n integer NOT NULL,
        keysum integer NOT NULL,
        PRIMARY KEY (month, side, dimension, value)
      )`);
    await q.query(`
      CREATE TABLE referral_duration_atoms (
        month date NOT NULL,
        side text NOT NULL,
        metric text NOT NULL,
        n integer NOT NULL,
        keysum integer NOT NULL,
        PRIMARY KEY (month, side, metric)
      )`);
    await q.query(ROLLUP_APPLY_WITH_KEYS);
    await q.query(ROLLUP_REBUILD_WITH_KEYS);
    await q.query(`SELECT referral_rollup_rebuild()`);
  }

  async down(q: QueryRunner): Promise<void> {
    // The previous functions, without the key sums (as migration ReferralRollups created them).
    await q.query(`
      CREATE OR REPLACE FUNCTION referral_rollup_apply(r referrals, sign integer) RETURNS void LANGUAGE plpgsql AS $$
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
      CREATE OR REPLACE FUNCTION referral_rollup_rebuild() RETURNS void LANGUAGE sql AS $$
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
    await q.query(`DROP TABLE referral_duration_atoms`);
    await q.query(`DROP TABLE referral_atoms`);
    await q.query(`ALTER TABLE referral_duration_rollup DROP COLUMN keysum`);
    await q.query(`ALTER TABLE referral_rollup DROP COLUMN keysum`);
    await q.query(`DROP FUNCTION referral_record_key(uuid)`);
  }
}
