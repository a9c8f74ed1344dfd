/** The subgraph's database at start: migrated as the owner, served as the application role. */
import type { DataSource } from 'typeorm';
import { ConfigError, urlRole } from '#shared/config';
import { createDataSource, migrate, type StatementCounter } from './data-source';
import { applicationRoleProblems } from './roles';

export interface DatabaseConfig {
  /** The application role's URL: the only connection the subgraph serves with. */
  DATABASE_URL: string;
  /** The owner's URL; when given, migrations (and the grants) run with it first. */
  MIGRATION_DATABASE_URL?: string;
  DB_POOL_SIZE: number;
}

async function pendingMigrations(ds: DataSource): Promise<string[]> {
  const [{ found }] = (await ds.query(`SELECT to_regclass('migrations') IS NOT NULL AS found`)) as [{ found: boolean }];
  const applied = new Set(
    found ? ((await ds.query('SELECT name FROM migrations')) as { name: string }[]).map((r) => r.name) : [],
  );
  return ds.migrations.map((m) => m.name ?? m.constructor.name).filter((name) => !applied.has(name));
}

/**
 * Migrates with MIGRATION_DATABASE_URL when given, then connects with
 * DATABASE_URL and refuses (ConfigError) a role that could alter or remove the
 * audit log, or a database with migrations still to run.
 */
/** Runs the migrations as the owner (`ownerUrl`) and grants `applicationRole` its privileges. */
export async function migrateAsOwner(ownerUrl: string, applicationRole: string): Promise<void> {
  // Two connections: one holds the migration lock, the other runs the migrations.
  const owner = createDataSource({ url: ownerUrl, poolSize: 2 });
  await owner.initialize();
  try {
    await migrate(owner, applicationRole);
  } finally {
    await owner.destroy();
  }
}

export async function openDatabase(config: DatabaseConfig, counter?: StatementCounter): Promise<DataSource> {
  if (config.MIGRATION_DATABASE_URL) await migrateAsOwner(config.MIGRATION_DATABASE_URL, urlRole(config.DATABASE_URL));
  const ds = createDataSource({ url: config.DATABASE_URL, poolSize: config.DB_POOL_SIZE, counter });
  await ds.initialize();
  try {
    const problems = (await applicationRoleProblems(ds)).map(
      (p) =>
        `${p}: serve with the application role, which owns nothing, and migrate with the owner (MIGRATION_DATABASE_URL)`,
    );
    const pending = problems.length ? [] : await pendingMigrations(ds);
    if (pending.length)
      problems.push(`migrations ${pending.join(', ')} have not run: set MIGRATION_DATABASE_URL to the owner's URL`);
    if (problems.length) throw new ConfigError(problems.map((p) => `DATABASE_URL: ${p}`));
  } catch (err) {
    await ds.destroy();
    throw err;
  }
  return ds;
}
