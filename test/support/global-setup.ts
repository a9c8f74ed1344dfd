/**
 * One embedded PostgreSQL server for the whole test run. Each test file makes
 * its own databases on it (test/support/db.ts), so files never share state.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedPostgres, type RunningPostgres } from '../../scripts/lib/embedded-postgres';
import { freePort } from '../../scripts/lib/processes';

declare global {
  var __JCN_TEST_PG__: { pg: RunningPostgres; dataDir: string } | undefined;
}

export default async function globalSetup(): Promise<void> {
  if (process.env.TEST_DATABASE_URL) return; // an external server was given
  const dataDir = mkdtempSync(join(tmpdir(), 'jcn-test-pg-'));
  const pg = await startEmbeddedPostgres({ dataDir, port: await freePort(), persistent: false });
  globalThis.__JCN_TEST_PG__ = { pg, dataDir };
  process.env.TEST_DATABASE_URL = pg.url('postgres');
}
