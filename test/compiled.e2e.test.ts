/**
 * The production build (`npm run build`, `npm run start:prod`): the compiled gateway and
 * subgraphs answer a cross-network query, the migration job runs from it, and nothing of
 * it runs through tsx.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { urlRole } from '#shared/config';
import { NETWORKS } from '#shared/registry';
import { createTestDatabase, queryDatabase } from './support/db';
import { startTestFederation, type TestFederation } from './support/federation';

const ROOT = join(__dirname, '..');
const START = join(ROOT, 'dist', 'start.js');
let fed: TestFederation;

beforeAll(async () => {
  // Incremental after the first build (.ci/run builds before the tests).
  execFileSync(process.execPath, ['--import', 'tsx', 'scripts/build.ts'], { cwd: ROOT, stdio: 'pipe' });
  fed = await startTestFederation({ runtime: 'compiled' });
}, 180_000);

afterAll(async () => {
  await fed?.close();
});

it('answers a query across the four networks from the compiled gateway and subgraphs', async () => {
  const token = await fed.auth.tokenAs('CONTACT_POINT', 'wacap', 'NGA');
  const res = await fed.gql<{ networks: { code: string; contactPoints: { totalCount: number } }[] }>(
    '{ networks { code contactPoints(first: 1) { totalCount } } }',
    {},
    token,
  );
  expect(res.errors).toBeUndefined();
  expect(res.data!.networks.map((n) => n.code)).toEqual(NETWORKS.map((n) => n.code));
  for (const n of res.data!.networks) expect(n.contactPoints.totalCount).toBeGreaterThan(0);
});

it('runs every process as node on dist/start.js, without tsx', () => {
  const pids = fed.pids();
  expect(Object.keys(pids).sort()).toEqual(['gateway', ...NETWORKS.map((n) => n.key)].sort());
  for (const [name, pid] of Object.entries(pids)) {
    const argv = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
    expect(argv.slice(1)).toEqual([START, name]);
    const maps = readFileSync(`/proc/${pid}/maps`, 'utf8') + argv.join(' ');
    expect(maps).not.toMatch(/tsx|esbuild/);
  }
});

it('runs the migration job from the build, as the owner, granting the application role', async () => {
  const db = await createTestDatabase('compiled_migrate');
  try {
    const run = spawnSync(process.execPath, [START, 'migrate'], {
      cwd: ROOT,
      env: { PATH: process.env.PATH, MIGRATION_DATABASE_URL: db.ownerUrl, APPLICATION_ROLE: urlRole(db.appUrl) },
      encoding: 'utf8',
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const [row] = await queryDatabase<{ owner: string; appReads: boolean }>(
      db.url,
      "SELECT tableowner AS owner, has_table_privilege($1, 'public.referrals', 'SELECT') AS \"appReads\" FROM pg_tables WHERE tablename = 'referrals'",
      [urlRole(db.appUrl)],
    );
    expect(row).toEqual({ owner: urlRole(db.ownerUrl), appReads: true });
  } finally {
    await db.drop();
  }
});

it('names the processes it can run when given none or another', () => {
  for (const args of [[], ['nope']]) {
    const run = spawnSync(process.execPath, [START, ...args], {
      cwd: ROOT,
      env: { PATH: process.env.PATH },
      encoding: 'utf8',
    });
    expect(run.status).toBe(2);
    expect(run.stderr.trim()).toBe(
      `Name the process to run, as the argument or JCN_PROCESS: one of gateway, migrate, restored, ${NETWORKS.map((n) => n.key).join(', ')}${args.length ? ' (not "nope")' : ''}.`,
    );
  }
});
