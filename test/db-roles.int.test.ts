/**
 * The subgraph's database role cannot touch the audit trail (issue 9, hole 9):
 * connected as the application role of a migrated database, every way of
 * removing, changing or switching off the audit log is refused by PostgreSQL,
 * while the subgraph's own reads and writes work and are audited.
 */
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { databaseRoles, databaseUrl, ROLES_SQL_PATH } from '../scripts/lib/db-roles';
import type { Listening } from '#shared/http';
import { urlRole } from '#shared/config';
import { findNetwork, NETWORKS } from '#shared/registry';
import { createDataSource, migrate } from '../subgraphs/src/db/data-source';
import { APPEND_ONLY_TABLES } from '../subgraphs/src/db/roles';
import { openDatabase } from '../subgraphs/src/db/open';
import { createSubgraph } from '../subgraphs/src/subgraph';
import { createTestAuth } from './support/auth';
import { createMigratedDataSource, createTestDatabase, queryDatabase } from './support/db';
import { postGraphQL, type GraphQLResponse } from './support/federation-http';
import { testLogger } from './support/logs';

const seajust = findNetwork(NETWORKS, 'seajust')!;
let env: Awaited<ReturnType<typeof createMigratedDataSource>>;
let appRole: string;
/** Every table of the migrated schema, read as the superuser (so none can hide from the check). */
let tables: string[];

/** How PostgreSQL answered a statement run as the application role: 'ok', or the SQLSTATE and message. */
async function asApp(statement: string): Promise<string> {
  const runner = env.ds.createQueryRunner();
  try {
    await runner.startTransaction();
    await runner.query(statement);
    return 'ok';
  } catch (err) {
    const { code, message } = err as { code?: string; message: string };
    return `${code} ${message}`;
  } finally {
    // Never let a statement that got through change the database for the next one.
    if (runner.isTransactionActive) await runner.rollbackTransaction();
    await runner.release();
  }
}

const REFUSED = /^42501 (permission denied|must be owner)/;

const auditRows = async () =>
  (await queryDatabase<{ n: number }>(env.db.url, 'SELECT count(*)::int AS n FROM audit_log'))[0]!.n;

beforeAll(async () => {
  env = await createMigratedDataSource('roles');
  [{ appRole }] = (await env.ds.query('SELECT current_user AS "appRole"')) as [{ appRole: string }];
  tables = (
    await queryDatabase<{ name: string }>(
      env.db.url,
      `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY 1`,
    )
  ).map((r) => r.name);
  await env.ds.query(`INSERT INTO audit_log (request_id, action) VALUES ('roles-test', 'kept')`);
});

afterAll(async () => {
  await env?.close();
});

describe('the application role', () => {
  it.each([
    ['TRUNCATE audit_log'],
    ['DELETE FROM audit_log'],
    [`UPDATE audit_log SET action = 'changed'`],
    ['ALTER TABLE audit_log DISABLE TRIGGER ALL'],
    ['ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_change'],
    ['DROP TRIGGER audit_log_no_change ON audit_log'],
    ['DROP TABLE audit_log'],
    ['ALTER TABLE audit_log RENAME TO audit_log_old'],
    [
      `CREATE OR REPLACE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$`,
    ],
    ['SET session_replication_role = replica'],
    ['CREATE TABLE audit_log_shadow (id int)'],
  ])('is refused: %s', async (statement) => {
    // A missing privilege, not the audit log's own trigger (which answers "append-only" and which a superuser can switch off).
    expect(await asApp(statement)).toMatch(REFUSED);
    expect(await auditRows()).toBeGreaterThan(0);
  });

  it('cannot alter, drop or truncate any table of the schema', async () => {
    expect(tables).toContain('audit_log');
    const outcomes: Record<string, boolean[]> = {};
    for (const t of tables) {
      const answers = [
        await asApp(`ALTER TABLE "${t}" ADD COLUMN intruder int`),
        await asApp(`DROP TABLE "${t}" CASCADE`),
        await asApp(`TRUNCATE "${t}" CASCADE`),
      ];
      outcomes[t] = answers.map((a) => REFUSED.test(a));
    }
    expect(outcomes).toEqual(Object.fromEntries(tables.map((t) => [t, [true, true, true]])));
  });

  it('is no superuser, cannot make roles or databases, and owns nothing', async () => {
    const [role] = await queryDatabase<Record<string, boolean>>(
      env.db.url,
      'SELECT rolsuper, rolcreaterole, rolcreatedb, rolbypassrls, rolreplication FROM pg_roles WHERE rolname = $1',
      [appRole],
    );
    expect(role).toEqual({
      rolsuper: false,
      rolcreaterole: false,
      rolcreatedb: false,
      rolbypassrls: false,
      rolreplication: false,
    });
    const owned = await queryDatabase(
      env.db.url,
      `SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND pg_has_role($1, c.relowner, 'USAGE')
       UNION ALL SELECT p.proname FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = 'public' AND pg_has_role($1, p.proowner, 'USAGE')
       UNION ALL SELECT nspname FROM pg_namespace WHERE nspname = 'public' AND pg_has_role($1, nspowner, 'USAGE')`,
      [appRole],
    );
    expect(owned).toEqual([]);
  });

  it('has exactly its privileges on every table, those of later migrations included', async () => {
    // Append-only and read-only tables are named (db/roles.ts); every other table gets row reads and writes and nothing more.
    const expected = (t: string) =>
      APPEND_ONLY_TABLES.includes(t)
        ? ['SELECT', 'INSERT']
        : t === 'migrations'
          ? ['SELECT']
          : ['SELECT', 'INSERT', 'UPDATE', 'DELETE'];
    const PRIVILEGES = ['SELECT', 'INSERT', 'UPDATE', 'DELETE', 'TRUNCATE', 'REFERENCES', 'TRIGGER'];
    const actual: Record<string, string[]> = {};
    for (const t of tables) {
      const [row] = await queryDatabase<Record<string, boolean>>(
        env.db.url,
        `SELECT ${PRIVILEGES.map((p, i) => `has_table_privilege($1, $2, '${p}') AS p${i}`).join(', ')}`,
        [appRole, `public."${t}"`],
      );
      actual[t] = PRIVILEGES.filter((_, i) => row![`p${i}`]);
    }
    expect(actual).toEqual(Object.fromEntries(tables.map((t) => [t, expected(t)])));
  });

  it("runs no function with the owner's rights (no SECURITY DEFINER in the schema)", async () => {
    const definers = await queryDatabase(
      env.db.url,
      `SELECT p.proname FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = 'public' AND p.prosecdef`,
    );
    expect(definers).toEqual([]);
  });
});

describe('a subgraph serving as the application role', () => {
  let server: Listening;
  let gql: <T>(query: string, variables: Record<string, unknown>) => Promise<GraphQLResponse<T>>;

  beforeAll(async () => {
    const auth = await createTestAuth(NETWORKS);
    const secretariat = await auth.tokenAs('SECRETARIAT', 'seajust', 'THA');
    server = await createSubgraph(seajust, {
      ds: env.ds,
      verifyToken: await auth.subgraphVerifier('seajust'),
      secret: auth.secrets.seajust!,
      logger: testLogger('seajust'),
    }).listen(0);
    gql = (query, variables) => postGraphQL(server.url, query, variables, auth.subgraphHeaders('seajust', secretariat));
  });

  afterAll(async () => {
    await server?.close();
  });

  it('writes the directory, reads it back, and its audit row appears', async () => {
    const created = await gql<{ seajust: { createContactPoint: { id: string } } }>(
      `mutation($input: ContactPointInput!, $key: String!) { seajust { createContactPoint(input: $input, idempotencyKey: $key) { id } } }`,
      {
        key: randomUUID(),
        input: {
          country: 'KHM',
          fullName: 'Dara Roles',
          organization: 'General Prosecutor (demo)',
          roles: ['PROSECUTOR'],
          expertise: ['CYBERCRIME'],
          languages: ['km'],
          available24x7: false,
        },
      },
    );
    expect(created.errors).toBeUndefined();
    const id = created.data!.seajust.createContactPoint.id;
    const read = await gql<{ _entities: { fullName: string }[] }>(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on SeajustContactPoint { fullName } } }`,
      {
        r: [{ __typename: 'SeajustContactPoint', id }],
      },
    );
    expect(read.errors).toBeUndefined();
    expect(read.data!._entities).toEqual([{ fullName: 'Dara Roles' }]);
    const audit = await queryDatabase(env.db.url, `SELECT action, actor_network FROM audit_log WHERE object_id = $1`, [
      id,
    ]);
    expect(audit).toEqual([{ action: 'createContactPoint', actor_network: 'seajust' }]);
  });
});

describe('a subgraph at start', () => {
  it('refuses to serve as the superuser or as the owner', async () => {
    await expect(openDatabase({ DATABASE_URL: env.db.url, DB_POOL_SIZE: 1 })).rejects.toThrow(
      /DATABASE_URL: role \S+ has SUPERUSER, CREATEROLE, CREATEDB, BYPASSRLS/,
    );
    await expect(openDatabase({ DATABASE_URL: env.db.ownerUrl, DB_POOL_SIZE: 1 })).rejects.toThrow(
      /DATABASE_URL: role \S+_owner owns the public schema[\s\S]*owns audit_log/,
    );
  });

  it('refuses a database whose migrations have not run, and names the variable that runs them', async () => {
    const db = await createTestDatabase('roles_fresh');
    try {
      await expect(openDatabase({ DATABASE_URL: db.appUrl, DB_POOL_SIZE: 1 })).rejects.toThrow(
        /DATABASE_URL: migrations Directory\d+, .* have not run: set MIGRATION_DATABASE_URL/,
      );
    } finally {
      await db.drop();
    }
  });

  it("is served after the migration job ran as the owner, without ever holding the owner's URL", async () => {
    const db = await createTestDatabase('roles_job');
    const job = (extra: Record<string, string>) =>
      promisify(execFile)(
        join(__dirname, '..', 'node_modules', '.bin', 'tsx'),
        [join(__dirname, '..', 'subgraphs', 'src', 'migrate.ts')],
        {
          env: { ...process.env, MIGRATION_DATABASE_URL: db.ownerUrl, APPLICATION_ROLE: urlRole(db.appUrl), ...extra },
        },
      );
    try {
      // A production job refuses a weak owner password before touching the database.
      const weak = new URL(db.ownerUrl);
      weak.password = 'password';
      await expect(job({ NODE_ENV: 'production', MIGRATION_DATABASE_URL: weak.toString() })).rejects.toMatchObject({
        code: 2,
        stderr: expect.stringMatching(/MIGRATION_DATABASE_URL: its password is a placeholder/),
      });
      await expect(job({ APPLICATION_ROLE: urlRole(db.ownerUrl) })).rejects.toMatchObject({
        code: 2,
        stderr: expect.stringMatching(/APPLICATION_ROLE: must be another role than the owner/),
      });
      const { stdout } = await job({});
      expect(stdout).toMatch(/done/);
      const ds = await openDatabase({ DATABASE_URL: db.appUrl, DB_POOL_SIZE: 1 });
      try {
        expect(
          await ds.query(
            `SELECT has_table_privilege(current_user, 'audit_log', 'INSERT') AS insert, has_table_privilege(current_user, 'audit_log', 'DELETE') AS delete`,
          ),
        ).toEqual([{ insert: true, delete: false }]);
      } finally {
        await ds.destroy();
      }
    } finally {
      await db.drop();
    }
  }, 60_000);

  const psql = onPath('psql');
  (psql ? it : it.skip)(
    `takes over a database the superuser migrated, with docker-compose's init script${psql ? '' : ' (skipped: psql is not on PATH)'}`,
    async () => {
      // Today's deployments: everything made and owned by the superuser. The init script, run by hand, hands it to the owner.
      const name = `roles_upgrade_${randomUUID().slice(0, 8)}`;
      const server = new URL(process.env.TEST_DATABASE_URL!);
      await queryDatabase(server.toString(), `CREATE DATABASE ${name}`);
      const legacy = createDataSource({ url: databaseUrl(server.toString(), name), poolSize: 2 });
      await legacy.initialize();
      await migrate(legacy);
      await legacy.destroy();
      const roles = databaseRoles(name, randomUUID());
      try {
        execFileSync('sh', [join(__dirname, '..', 'deploy', 'postgres', 'init-roles.sh')], {
          stdio: 'pipe',
          env: {
            PATH: process.env.PATH ?? '',
            PGHOST: server.hostname,
            PGPORT: server.port,
            PGPASSWORD: decodeURIComponent(server.password),
            POSTGRES_USER: decodeURIComponent(server.username),
            POSTGRES_DB: name,
            JCN_OWNER_ROLE: roles.owner.name,
            JCN_OWNER_PASSWORD: roles.owner.password,
            JCN_APP_ROLE: roles.app.name,
            JCN_APP_PASSWORD: roles.app.password,
            JCN_ROLES_SQL: ROLES_SQL_PATH,
          },
        });
        const ownerUrl = databaseUrl(server.toString(), name, roles.owner);
        const appUrl = databaseUrl(server.toString(), name, roles.app);
        const ds = await openDatabase({ DATABASE_URL: appUrl, MIGRATION_DATABASE_URL: ownerUrl, DB_POOL_SIZE: 1 });
        try {
          await expect(ds.query('ALTER TABLE audit_log DISABLE TRIGGER ALL')).rejects.toThrow(/must be owner/);
          await ds.query(`INSERT INTO audit_log (request_id, action) VALUES ('upgrade', 'kept')`);
          await expect(ds.query('DELETE FROM audit_log')).rejects.toThrow(/permission denied/);
        } finally {
          await ds.destroy();
        }
      } finally {
        await queryDatabase(server.toString(), `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        for (const role of [roles.app, roles.owner])
          await queryDatabase(server.toString(), `DROP ROLE IF EXISTS ${role.name}`);
      }
    },
  );
});

function onPath(binary: string): string | undefined {
  return (process.env.PATH ?? '')
    .split(delimiter)
    .map((dir) => join(dir, binary))
    .find((p) => p && existsSync(p));
}
