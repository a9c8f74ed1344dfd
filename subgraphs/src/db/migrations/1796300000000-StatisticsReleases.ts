import type { MigrationInterface, QueryRunner } from 'typeorm';
import { ROLLUP_APPLY_WITH_KEYS, ROLLUP_REBUILD_WITH_KEYS } from './1764426000000-StatisticsAtoms';

/** The rollup functions of StatisticsAtoms, reading each record's stored key instead of a hash of its id. */
const storedKey = (sql: string) =>
  sql.replaceAll('referral_record_key(r.id)', 'r.record_key').replaceAll('referral_record_key(id)', 'record_key');

/**
 * Record keys the sender cannot steer, and months released once.
 *
 * A record's key was the first byte of SHA-256 of the referral id, which the
 * origin network chooses: a hostile origin could grind ids to keys of its
 * choice and read another network's small counts back from the released
 * cells. Each record now stores its key: the application writes an HMAC of the
 * id under the network's own statistics secret; rows written before (and any
 * writer that gives none) get a random byte. Stored, a key never changes, and
 * the rollups are rebuilt with the new keys.
 *
 * statistics_releases and the released_* tables hold what was released of a
 * month, copied once from the atoms when the month was first asked for after
 * it closed; anyone but the network's own secretariat reads only these, so a
 * late delivery or a withdrawal dated into a released month moves nothing.
 */
export class StatisticsReleases1796300000000 implements MigrationInterface {
  name = 'StatisticsReleases1796300000000';

  async up(q: QueryRunner): Promise<void> {
    // A volatile default is evaluated per row, so every existing record gets its own random byte
    // (the first byte of a version 4 uuid is random, from PostgreSQL's strong random source).
    await q.query(`
      ALTER TABLE referrals ADD COLUMN record_key smallint NOT NULL DEFAULT get_byte(uuid_send(gen_random_uuid()), 0)
        CONSTRAINT referrals_record_key_byte CHECK (record_key BETWEEN 0 AND 255)`);
    await q.query(storedKey(ROLLUP_APPLY_WITH_KEYS));
    await q.query(storedKey(ROLLUP_REBUILD_WITH_KEYS));
    await q.query(`SELECT referral_rollup_rebuild()`);
    await q.query(
      `CREATE TABLE statistics_releases (month date PRIMARY KEY, released_at timestamptz NOT NULL DEFAULT now())`,
    );
    await q.query(`
      CREATE TABLE released_atoms (
        month date NOT NULL REFERENCES statistics_releases,
        side text NOT NULL,
        dimension text NOT NULL,
        value text NOT NULL,
        n integer NOT NULL,
        keysum integer NOT NULL,
        PRIMARY KEY (month, side, dimension, value)
      )`);
    await q.query(`
      CREATE TABLE released_duration_atoms (
        month date NOT NULL REFERENCES statistics_releases,
        side text NOT NULL,
        metric text NOT NULL,
        n integer NOT NULL,
        keysum integer NOT NULL,
        PRIMARY KEY (month, side, metric)
      )`);
    await q.query(`
      CREATE TABLE released_durations (
        month date NOT NULL REFERENCES statistics_releases,
        side text NOT NULL,
        metric text NOT NULL,
        days integer NOT NULL,
        n integer NOT NULL,
        PRIMARY KEY (month, side, metric, days)
      )`);
    await q.query(`
      CREATE TABLE released_open_by_age (
        month date NOT NULL REFERENCES statistics_releases,
        bucket text NOT NULL,
        n integer NOT NULL,
        keysum integer NOT NULL,
        PRIMARY KEY (month, bucket)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'released_open_by_age',
      'released_durations',
      'released_duration_atoms',
      'released_atoms',
      'statistics_releases',
    ]) {
      await q.query(`DROP TABLE ${table}`);
    }
    await q.query(ROLLUP_APPLY_WITH_KEYS);
    await q.query(ROLLUP_REBUILD_WITH_KEYS);
    await q.query(`ALTER TABLE referrals DROP COLUMN record_key`);
    await q.query(`SELECT referral_rollup_rebuild()`);
  }
}
