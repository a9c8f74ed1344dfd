/**
 * What the application role may do, granted by the owner after every
 * migration, and the check a subgraph makes of its own role before it serves.
 *
 * A grant step after every migrate, rather than ALTER DEFAULT PRIVILEGES:
 * it covers every table whoever created it (default privileges apply only
 * to objects made by the role they name), it converges (a privilege granted
 * by hand is taken back at the next start), and a table it has not yet seen
 * fails closed (permission denied), never open.
 */
import { escapeIdentifier } from 'pg';
import type { DataSource, QueryRunner } from 'typeorm';

/** Tables the application role may only read and append to: the audit log, and what was released of each month (never changed after). */
export const APPEND_ONLY_TABLES = [
  'audit_log',
  'statistics_releases',
  'released_atoms',
  'released_duration_atoms',
  'released_durations',
  'released_open_by_age',
];
/** Tables the application role may only read: TypeORM's record of the migrations run. */
export const READ_ONLY_TABLES = ['migrations'];

/**
 * Grants `role` reading and writing rows in every table of the schema, the
 * exceptions above, and its sequences; never TRUNCATE, REFERENCES, TRIGGER,
 * or anything that changes a table's shape (those need ownership).
 */
export async function grantApplicationRole(runner: QueryRunner, role: string): Promise<void> {
  const app = escapeIdentifier(role);
  const only = (tables: string[]) => tables.map((t) => escapeIdentifier(t)).join(', ');
  await runner.startTransaction();
  try {
    await runner.query(`GRANT USAGE ON SCHEMA public TO ${app}`);
    await runner.query(`REVOKE ALL ON ALL TABLES IN SCHEMA public FROM ${app}`);
    await runner.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${app}`);
    await runner.query(`REVOKE UPDATE, DELETE ON ${only(APPEND_ONLY_TABLES)} FROM ${app}`);
    await runner.query(`REVOKE INSERT, UPDATE, DELETE ON ${only(READ_ONLY_TABLES)} FROM ${app}`);
    await runner.query(`REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM ${app}`);
    await runner.query(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${app}`);
    await runner.commitTransaction();
  } catch (err) {
    await runner.rollbackTransaction();
    throw err;
  }
}

/**
 * Why the role `ds` is connected as must not serve, or [] when it may: it is
 * a superuser or may make roles or databases, or it owns (or acts as the
 * owner of) the schema or a table in it, so it could disable the audit
 * log's triggers, truncate it or drop it.
 */
export async function applicationRoleProblems(ds: DataSource): Promise<string[]> {
  const [role] = (await ds.query(
    `SELECT current_user AS name, rolsuper AS super, rolcreaterole AS createrole, rolcreatedb AS createdb, rolbypassrls AS bypassrls,
            pg_has_role((SELECT nspowner FROM pg_namespace WHERE nspname = 'public'), 'USAGE') AS owns_schema,
            (SELECT array_agg(c.relname::text ORDER BY c.relname) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
              WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'v', 'm') AND pg_has_role(c.relowner, 'USAGE')) AS owned
       FROM pg_roles WHERE rolname = current_user`,
  )) as {
    name: string;
    super: boolean;
    createrole: boolean;
    createdb: boolean;
    bypassrls: boolean;
    owns_schema: boolean;
    owned: string[] | null;
  }[];
  if (!role) return ['the connected role is not in pg_roles'];
  const powers = [
    role.super && 'SUPERUSER',
    role.createrole && 'CREATEROLE',
    role.createdb && 'CREATEDB',
    role.bypassrls && 'BYPASSRLS',
  ].filter(Boolean);
  return [
    ...(powers.length ? [`role ${role.name} has ${powers.join(', ')}`] : []),
    ...(role.owns_schema ? [`role ${role.name} owns the public schema`] : []),
    ...(role.owned?.length ? [`role ${role.name} owns ${role.owned.join(', ')}`] : []),
  ];
}
