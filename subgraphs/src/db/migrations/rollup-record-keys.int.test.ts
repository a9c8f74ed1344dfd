/**
 * Migration RollupRecordKeys moves data: it fills the key sums of rollups built
 * before it, keeps the counts, and from then on the trigger keeps the sums.
 */
import { DataSource } from 'typeorm';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/db';
import { fixedUuid, insertReferrals, recordKey, referralRow, type ReferralRow } from '../../../../test/support/referral-rows';
import { MIGRATIONS } from '../data-source';
import { RollupRecordKeys1764425000000 } from './1764425000000-RollupRecordKeys';

let db: TestDatabase;
let ds: DataSource;

const at = (migrations: readonly (typeof MIGRATIONS)[number][]) => new DataSource({ type: 'postgres', url: db.url, migrations: [...migrations] });

beforeAll(async () => {
  db = await createTestDatabase('migration_keys');
});

afterAll(async () => {
  await ds?.destroy();
  await db?.drop();
});

const rollup = () =>
  ds.query(`SELECT day::text, side, dimension, value, n FROM referral_rollup WHERE n <> 0 ORDER BY 1, 2, 3, 4`) as Promise<Record<string, unknown>[]>;

/** What each status rollup row's key sum must be: the record keys of its referrals, computed outside the database. */
function expectedStatusKeys(rows: readonly ReferralRow[]): Record<string, number> {
  const sums: Record<string, number> = {};
  for (const r of rows) sums[`${r.createdAt.slice(0, 10)} ${r.side} ${r.status}`] = (sums[`${r.createdAt.slice(0, 10)} ${r.side} ${r.status}`] ?? 0) + recordKey(r.id);
  return sums;
}
const statusKeys = async () =>
  Object.fromEntries(
    ((await ds.query(`SELECT day::text AS day, side, value, keysum FROM referral_rollup WHERE dimension = 'status' AND n <> 0`)) as { day: string; side: string; value: string; keysum: number }[]).map(
      (r) => [`${r.day} ${r.side} ${r.value}`, r.keysum],
    ),
  );

it('fills the key sums of existing rollups, keeps their counts, and the trigger keeps the sums after', async () => {
  const index = MIGRATIONS.indexOf(RollupRecordKeys1764425000000);
  expect(index).toBeGreaterThan(0);
  ds = at(MIGRATIONS.slice(0, index));
  await ds.initialize();
  await ds.runMigrations();
  const rows = Array.from({ length: 30 }, (_, i) =>
    referralRow('casc', fixedUuid(7, i), {
      side: i % 3 === 0 ? 'DESTINATION' : 'ORIGIN',
      status: i % 4 === 0 ? 'COMPLETED' : 'SENT',
      createdAt: `2025-0${1 + (i % 3)}-1${i % 2}T08:00:00Z`,
      acknowledgedAt: i % 4 === 0 ? `2025-0${1 + (i % 3)}-2${i % 2}T08:00:00Z` : null,
      completedAt: i % 4 === 0 ? '2025-05-01T08:00:00Z' : null,
    }),
  );
  await insertReferrals(ds, rows);
  const before = await rollup();
  await ds.destroy();

  ds = at(MIGRATIONS);
  await ds.initialize();
  await ds.runMigrations();
  expect(await rollup()).toEqual(before);
  expect(await statusKeys()).toEqual(expectedStatusKeys(rows));
  const [durations] = await ds.query(`SELECT sum(n)::int AS n, sum(keysum)::int AS keysum FROM referral_duration_rollup WHERE metric = 'completion'`);
  const completed = rows.filter((r) => r.completedAt);
  expect(durations).toEqual({ n: completed.length, keysum: completed.reduce((s, r) => s + recordKey(r.id), 0) });

  // A status change moves the key from one status row to another, as a rebuild would have it.
  await ds.query(`UPDATE referrals SET status = 'COMPLETED', completed_at = '2025-06-01T00:00:00Z' WHERE id = $1 AND side = $2`, [rows[1]!.id, rows[1]!.side]);
  const moved = rows.map((r, i) => (i === 1 ? { ...r, status: 'COMPLETED' } : r));
  expect(await statusKeys()).toEqual(expectedStatusKeys(moved));
  const maintained = await ds.query(`SELECT * FROM referral_rollup WHERE n <> 0 ORDER BY day, side, dimension, value`);
  await ds.query(`SELECT referral_rollup_rebuild()`);
  expect(await ds.query(`SELECT * FROM referral_rollup WHERE n <> 0 ORDER BY day, side, dimension, value`)).toEqual(maintained);

  // Down restores the rollups as they were, and the trigger still works without the key sums.
  await ds.undoLastMigration();
  const columns = await ds.query(`SELECT column_name FROM information_schema.columns WHERE table_name = 'referral_rollup' AND column_name = 'keysum'`);
  expect(columns).toEqual([]);
  await insertReferrals(ds, [referralRow('casc', fixedUuid(7, 99), { createdAt: '2025-01-10T08:00:00Z' })]);
  const [{ n }] = await ds.query(`SELECT n FROM referral_rollup WHERE day = '2025-01-10' AND side = 'ORIGIN' AND dimension = 'status' AND value = 'SENT'`);
  expect(n).toBe(rows.filter((r) => r.createdAt.startsWith('2025-01-10') && r.side === 'ORIGIN' && r.status === 'SENT').length + 1);
});
