/**
 * Replicas starting together on a fresh database: each runs the migrations
 * before it serves (MIGRATION_DATABASE_URL), at the same moment. One migrates,
 * the others wait for its advisory lock and then find nothing left to run.
 */
import { MIGRATIONS } from '../subgraphs/src/db/data-source';
import { migrateAsOwner, openDatabase } from '../subgraphs/src/db/open';
import { createTestDatabase, queryDatabase, type TestDatabase } from './support/db';

let db: TestDatabase;

beforeAll(async () => {
  db = await createTestDatabase('migrate_race');
});

afterAll(async () => {
  await db?.drop();
});

it('migrates a fresh database once when three processes start on it at the same time', async () => {
  const app = (await queryDatabase<{ role: string }>(db.appUrl, 'SELECT current_user AS role'))[0]!.role;
  // Two replicas starting (migrate, then serve) and the migration job, all at once.
  const [first, second] = await Promise.all([
    openDatabase({ DATABASE_URL: db.appUrl, MIGRATION_DATABASE_URL: db.ownerUrl, DB_POOL_SIZE: 2 }),
    openDatabase({ DATABASE_URL: db.appUrl, MIGRATION_DATABASE_URL: db.ownerUrl, DB_POOL_SIZE: 2 }),
    migrateAsOwner(db.ownerUrl, app),
  ]);
  await first.destroy();
  await second.destroy();
  const runs = await queryDatabase<{ name: string; n: string }>(
    db.url,
    'SELECT name, count(*) AS n FROM migrations GROUP BY name ORDER BY name',
  );
  expect(runs).toEqual(
    MIGRATIONS.map((m) => ({ name: new m().name, n: '1' })).sort((a, b) => a.name.localeCompare(b.name)),
  );
  // The schema is whole and the application role can use it: a write and its read back, as a replica serves.
  const [row] = await queryDatabase<{ year: number }>(
    db.appUrl,
    `INSERT INTO referral_counters (year, last) VALUES (2001, 1) RETURNING year`,
  );
  expect(row).toEqual({ year: 2001 });
  const audit = await queryDatabase<{ n: string }>(
    db.url,
    `SELECT count(*) AS n FROM pg_trigger WHERE tgrelid = 'audit_log'::regclass AND NOT tgisinternal`,
  );
  expect(Number(audit[0]!.n)).toBeGreaterThan(0);
});
