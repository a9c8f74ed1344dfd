/**
 * Migration StatisticsAtoms moves data: it fills the key sums of rollups built
 * before it and the monthly atoms, keeps the counts, and from then on the
 * trigger keeps both as a rebuild would.
 */
import { DataSource } from 'typeorm';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/db';
import {
  fixedUuid,
  insertReferrals,
  recordKey,
  referralRow,
  type ReferralRow,
} from '../../../../test/support/referral-rows';
import { MIGRATIONS } from '../data-source';
import { StatisticsAtoms1764426000000 } from './1764426000000-StatisticsAtoms';

let db: TestDatabase;
let ds: DataSource;

const at = (migrations: readonly (typeof MIGRATIONS)[number][]) =>
  new DataSource({ type: 'postgres', url: db.url, migrations: [...migrations] });

beforeAll(async () => {
  db = await createTestDatabase('migration_keys');
});

afterAll(async () => {
  await ds?.destroy();
  await db?.drop();
});

const rollup = () =>
  ds.query(
    `SELECT day::text, side, dimension, value, n FROM referral_rollup WHERE n <> 0 ORDER BY 1, 2, 3, 4`,
  ) as Promise<Record<string, unknown>[]>;

/** Per status row of the daily rollup and of the monthly atoms: count and key sum, computed here from the rows (keys outside the database). */
function expectedStatus(
  rows: readonly ReferralRow[],
  period: (createdAt: string) => string,
): Record<string, [number, number]> {
  const sums: Record<string, [number, number]> = {};
  for (const r of rows) {
    const [n, keys] = sums[`${period(r.createdAt)} ${r.side} ${r.status}`] ?? [0, 0];
    sums[`${period(r.createdAt)} ${r.side} ${r.status}`] = [n + 1, keys + recordKey(r.id)];
  }
  return sums;
}
const byDay = (at: string) => at.slice(0, 10);
const byMonth = (at: string) => at.slice(0, 7);
const statusRows = async (sql: string) =>
  Object.fromEntries(
    ((await ds.query(sql)) as { period: string; side: string; value: string; n: number; keysum: number }[]).map((r) => [
      `${r.period} ${r.side} ${r.value}`,
      [r.n, r.keysum],
    ]),
  );
const statusDays = () =>
  statusRows(
    `SELECT day::text AS period, side, value, n, keysum FROM referral_rollup WHERE dimension = 'status' AND n <> 0`,
  );
const statusMonths = () =>
  statusRows(
    `SELECT to_char(month, 'YYYY-MM') AS period, side, value, n, keysum FROM referral_atoms WHERE dimension = 'status' AND n <> 0`,
  );
const everything = async () =>
  Promise.all(
    ['referral_rollup', 'referral_duration_rollup', 'referral_atoms', 'referral_duration_atoms'].map((table) =>
      ds.query(`SELECT * FROM ${table} WHERE n <> 0 ORDER BY 1, 2, 3, 4`),
    ),
  );

it('fills the key sums of existing rollups, keeps their counts, and the trigger keeps the sums after', async () => {
  const index = MIGRATIONS.indexOf(StatisticsAtoms1764426000000);
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

  // Up to this migration: a later one (StatisticsReleases) gives every record a stored key of its own.
  ds = at(MIGRATIONS.slice(0, index + 1));
  await ds.initialize();
  await ds.runMigrations();
  expect(await rollup()).toEqual(before);
  expect(await statusDays()).toEqual(expectedStatus(rows, byDay));
  expect(await statusMonths()).toEqual(expectedStatus(rows, byMonth));
  const completed = rows.filter((r) => r.completedAt);
  for (const table of ['referral_duration_rollup', 'referral_duration_atoms']) {
    const [durations] = await ds.query(
      `SELECT sum(n)::int AS n, sum(keysum)::int AS keysum FROM ${table} WHERE metric = 'completion'`,
    );
    expect(durations).toEqual({ n: completed.length, keysum: completed.reduce((s, r) => s + recordKey(r.id), 0) });
  }

  // A status change moves the key from one status row to another, as a rebuild would have it.
  await ds.query(
    `UPDATE referrals SET status = 'COMPLETED', completed_at = '2025-06-01T00:00:00Z' WHERE id = $1 AND side = $2`,
    [rows[1]!.id, rows[1]!.side],
  );
  const moved = rows.map((r, i) => (i === 1 ? { ...r, status: 'COMPLETED' } : r));
  expect(await statusDays()).toEqual(expectedStatus(moved, byDay));
  expect(await statusMonths()).toEqual(expectedStatus(moved, byMonth));
  const maintained = await everything();
  expect(maintained[2]!.length).toBeGreaterThan(0);
  await ds.query(`SELECT referral_rollup_rebuild()`);
  expect(await everything()).toEqual(maintained);

  // Down restores the rollups as they were, and the trigger still works without the key sums.
  await ds.undoLastMigration();
  const columns = await ds.query(
    `SELECT column_name FROM information_schema.columns WHERE table_name = 'referral_rollup' AND column_name = 'keysum'`,
  );
  expect(columns).toEqual([]);
  expect(await ds.query(`SELECT to_regclass('referral_atoms') AS t`)).toEqual([{ t: null }]);
  await insertReferrals(ds, [referralRow('casc', fixedUuid(7, 99), { createdAt: '2025-01-10T08:00:00Z' })]);
  const [{ n }] = await ds.query(
    `SELECT n FROM referral_rollup WHERE day = '2025-01-10' AND side = 'ORIGIN' AND dimension = 'status' AND value = 'SENT'`,
  );
  expect(n).toBe(
    rows.filter((r) => r.createdAt.startsWith('2025-01-10') && r.side === 'ORIGIN' && r.status === 'SENT').length + 1,
  );
});
