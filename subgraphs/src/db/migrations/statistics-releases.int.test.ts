/**
 * Migration StatisticsReleases moves data: every existing record gets a stored
 * key of its own (no longer the hash of its id, which the origin chooses), the
 * rollups are rebuilt with those keys and keep their counts, the trigger reads
 * the stored key from then on; down puts the id hash back.
 */
import { DataSource } from 'typeorm';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/db';
import { fixedUuid, insertReferrals, recordKey, referralRow } from '../../../../test/support/referral-rows';
import { MIGRATIONS } from '../data-source';
import { StatisticsReleases1796300000000 } from './1796300000000-StatisticsReleases';

let db: TestDatabase;
let ds: DataSource;

const at = (migrations: readonly (typeof MIGRATIONS)[number][]) =>
  new DataSource({ type: 'postgres', url: db.url, migrations: [...migrations] });

beforeAll(async () => {
  db = await createTestDatabase('migration_releases');
});

afterAll(async () => {
  await ds?.destroy();
  await db?.drop();
});

const counts = () =>
  ds.query(
    `SELECT day::text, side, dimension, value, n FROM referral_rollup WHERE n <> 0 ORDER BY 1, 2, 3, 4`,
  ) as Promise<Record<string, unknown>[]>;
/** Key sum of the monthly status atoms, per month and side. */
const atomKeys = async () =>
  Object.fromEntries(
    (
      (await ds.query(
        `SELECT to_char(month, 'YYYY-MM') AS month, side, sum(keysum)::int AS keysum FROM referral_atoms WHERE dimension = 'status' GROUP BY 1, 2`,
      )) as {
        month: string;
        side: string;
        keysum: number;
      }[]
    ).map((r) => [`${r.month} ${r.side}`, r.keysum]),
  );
/** The same, computed from the keys stored in the records. */
const storedKeys = async () =>
  Object.fromEntries(
    (
      (await ds.query(
        `SELECT to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM') AS month, side, sum(record_key)::int AS keysum FROM referrals GROUP BY 1, 2`,
      )) as {
        month: string;
        side: string;
        keysum: number;
      }[]
    ).map((r) => [`${r.month} ${r.side}`, r.keysum]),
  );

it('gives every existing record a stored random key, rebuilds the rollups with it, and down restores the id hash', async () => {
  const index = MIGRATIONS.indexOf(StatisticsReleases1796300000000);
  expect(index).toBeGreaterThan(0);
  ds = at(MIGRATIONS.slice(0, index));
  await ds.initialize();
  await ds.runMigrations();
  const rows = Array.from({ length: 40 }, (_, i) =>
    referralRow('casc', fixedUuid(9, i), {
      side: i % 3 === 0 ? 'DESTINATION' : 'ORIGIN',
      createdAt: `2025-0${1 + (i % 3)}-1${i % 2}T08:00:00Z`,
    }),
  );
  await insertReferrals(ds, rows);
  const before = await counts();
  const hashed = await atomKeys();
  await ds.destroy();

  ds = at(MIGRATIONS.slice(0, index + 1));
  await ds.initialize();
  await ds.runMigrations();
  expect(await counts()).toEqual(before);
  const stored: { id: string; side: string; record_key: number }[] = await ds.query(
    `SELECT id, side, record_key FROM referrals ORDER BY id, side`,
  );
  expect(stored).toHaveLength(rows.length);
  expect(stored.every((r) => Number.isInteger(r.record_key) && r.record_key >= 0 && r.record_key <= 255)).toBe(true);
  // Not the hash of the id: 40 random bytes all equal to it by chance has probability 256^-40.
  expect(stored.filter((r) => r.record_key !== recordKey(r.id)).length).toBeGreaterThan(0);
  expect(await atomKeys()).toEqual(await storedKeys());
  expect(await atomKeys()).not.toEqual(hashed);

  // The key is stored: a status change moves it between atoms as it is, and a rebuild agrees with the trigger.
  await ds.query(`UPDATE referrals SET status = 'WITHDRAWN' WHERE id = $1 AND side = $2`, [rows[1]!.id, rows[1]!.side]);
  const [moved] = await ds.query(
    `SELECT keysum FROM referral_atoms WHERE month = '2025-02-01' AND side = 'ORIGIN' AND dimension = 'status' AND value = 'WITHDRAWN'`,
  );
  expect(moved.keysum).toBe(stored.find((r) => r.id === rows[1]!.id)!.record_key);
  const maintained = await ds.query(`SELECT * FROM referral_atoms WHERE n <> 0 ORDER BY 1, 2, 3, 4`);
  await ds.query(`SELECT referral_rollup_rebuild()`);
  expect(await ds.query(`SELECT * FROM referral_atoms WHERE n <> 0 ORDER BY 1, 2, 3, 4`)).toEqual(maintained);
  // A record written with a key keeps that key.
  await insertReferrals(ds, [
    referralRow('casc', fixedUuid(9, 99), { createdAt: '2025-04-02T08:00:00Z', recordKey: 201 }),
  ]);
  expect(
    await ds.query(`SELECT keysum FROM referral_atoms WHERE month = '2025-04-01' AND dimension = 'status'`),
  ).toEqual([{ keysum: 201 }]);

  await ds.undoLastMigration();
  expect(
    await ds.query(
      `SELECT column_name FROM information_schema.columns WHERE table_name = 'referrals' AND column_name = 'record_key'`,
    ),
  ).toEqual([]);
  expect(await ds.query(`SELECT to_regclass('released_atoms') AS t`)).toEqual([{ t: null }]);
  const [{ keysum }] = await ds.query(
    `SELECT keysum FROM referral_atoms WHERE month = '2025-04-01' AND dimension = 'status'`,
  );
  expect(keysum).toBe(recordKey(fixedUuid(9, 99)));
});
