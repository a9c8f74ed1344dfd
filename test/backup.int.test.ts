/**
 * Backup and restore of one network's database with pg_dump and pg_restore, as
 * docs/backup-and-restore.md tells an operator: dump as the owner,
 * recreate the database and its roles (roles.sql), restore, and the subgraph
 * serves the same data as the application role with its privileges intact.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { databaseRoles, databaseUrl, provisionDatabase, type DatabaseUrls } from '../scripts/lib/db-roles';
import { quoteIdent } from '../scripts/lib/embedded-postgres';
import { NETWORKS } from '#shared/registry';
import { createDataSource } from '../subgraphs/src/db/data-source';
import { migrateAsOwner, openDatabase } from '../subgraphs/src/db/open';
import { applicationRoleProblems } from '../subgraphs/src/db/roles';
import { createSubgraph } from '../subgraphs/src/subgraph';
import { createTestAuth } from './support/auth';
import { contactPointRow, insertContactPoints } from './support/contact-points';
import { postGraphQL } from './support/federation-http';
import { testLogger } from './support/logs';
import { backupServer, dump, restore, type BackupServer } from './support/pg-tools';
import { fixedUuid, insertReferrals, referralRow } from './support/referral-rows';

const casc = NETWORKS.find((n) => n.key === 'casc')!;
const NAME = `backup_casc_${process.pid}`;
let server: BackupServer;
let urls: DatabaseUrls;
let folder: string;

const superuser = <T>(database: string, fn: (c: Client) => Promise<T>) => {
  const c = new Client({ connectionString: databaseUrl(server.url, database) });
  return c.connect().then(() => fn(c).finally(() => c.end()));
};
const provision = () => provisionDatabase(server.url, NAME, databaseRoles(NAME, 'backup-test'));
const dropDatabase = () =>
  superuser('postgres', (c) => c.query(`DROP DATABASE IF EXISTS ${quoteIdent(NAME)} WITH (FORCE)`));

beforeAll(async () => {
  server = await backupServer();
  folder = mkdtempSync(join(tmpdir(), 'jcn-backup-'));
  urls = await provision();
  await migrateAsOwner(urls.owner, databaseRoles(NAME, 'backup-test').app.name);
}, 60_000);

afterAll(async () => {
  await dropDatabase().catch(() => undefined);
  const roles = databaseRoles(NAME, 'backup-test');
  await superuser('postgres', async (c) => {
    for (const r of [roles.app, roles.owner]) await c.query(`DROP ROLE IF EXISTS ${quoteIdent(r.name)}`);
  }).catch(() => undefined);
  await server?.stop();
  if (folder) rmSync(folder, { recursive: true, force: true });
});

const NETWORK_QUERY = `{ _entities(representations: [{ __typename: "CascNetwork", code: "CASC" }]) { ... on CascNetwork {
  contactPoints(first: 50) { nodes { id fullName country { code } } } referrals(first: 50) { nodes { id reference status } } } } }`;

/** What CASC's secretariat reads from a subgraph serving the database as the application role. */
async function served(): Promise<{ answer: unknown; problems: string[] }> {
  const ds: DataSource = await openDatabase({ DATABASE_URL: urls.app, DB_POOL_SIZE: 2 });
  const auth = await createTestAuth(NETWORKS);
  const subgraph = await createSubgraph(casc, {
    ds,
    verifyToken: await auth.subgraphVerifier('casc'),
    secret: auth.secrets.casc!,
    logger: testLogger('casc'),
  }).listen(0);
  try {
    const res = await postGraphQL(
      subgraph.url,
      NETWORK_QUERY,
      {},
      auth.subgraphHeaders('casc', await auth.tokenAs('SECRETARIAT', 'casc')),
    );
    expect(res.errors).toBeUndefined();
    return { answer: res.data, problems: await applicationRoleProblems(ds) };
  } finally {
    await subgraph.close();
    await ds.destroy();
  }
}

it('restores a dropped database from its dump: same answers, same privileges, the audit log still append-only', async () => {
  const seed = createDataSource({ url: urls.owner, poolSize: 1 });
  await seed.initialize();
  await insertContactPoints(seed, [contactPointRow('KAZ'), contactPointRow('KGZ', { fullName: 'Aibek Test' })]);
  await insertReferrals(seed, [
    referralRow('casc', fixedUuid(7, 1), { reference: 'CASC-2019-000001' }),
    referralRow('casc', fixedUuid(7, 2), { reference: 'CASC-2019-000002', status: 'ACKNOWLEDGED' }),
  ]);
  await seed.destroy();
  const before = await served();
  expect(JSON.stringify(before.answer)).toMatch(/Aibek Test.*CASC-2019-000002/);
  expect(before.problems).toEqual([]);

  const file = join(folder, `${NAME}.dump`);
  await dump(server.bin, urls.owner, file);
  expect(statSync(file).size).toBeGreaterThan(1000);
  await dropDatabase();
  urls = await provision();
  await restore(server.bin, urls.owner, file);

  const after = await served();
  expect(after).toEqual(before);
  const privileges = await superuser(NAME, async (c) =>
    (
      await c.query<{ table_name: string; privilege_type: string }>(
        `SELECT table_name, privilege_type FROM information_schema.role_table_grants WHERE grantee = $1 AND table_name IN ('audit_log', 'migrations', 'referrals') ORDER BY 1, 2`,
        [databaseRoles(NAME, 'backup-test').app.name],
      )
    ).rows.map((r) => `${r.table_name}:${r.privilege_type}`),
  );
  expect(privileges).toEqual([
    'audit_log:INSERT',
    'audit_log:SELECT',
    'migrations:SELECT',
    'referrals:DELETE',
    'referrals:INSERT',
    'referrals:SELECT',
    'referrals:UPDATE',
  ]);
  // The application role may append to the audit log and not change it, as before the restore.
  const app = new Client({ connectionString: urls.app });
  await app.connect();
  try {
    await app.query(
      `INSERT INTO audit_log (request_id, actor_subject, action) VALUES ('restore-test', 'restore-test', 'check')`,
    );
    await expect(app.query(`UPDATE audit_log SET action = 'changed'`)).rejects.toThrow(/permission denied/);
  } finally {
    await app.end();
  }
}, 60_000);
