/** The development PostgreSQL starts from any folder, or says in one sentence why it cannot. */
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { StartupError } from '#shared/config';
import { startEmbeddedPostgres } from '../scripts/lib/embedded-postgres';
import { freePort } from '../scripts/lib/processes';
import { queryDatabase } from './support/db';

it('refuses a port another server holds with a sentence naming the port and PG_PORT', async () => {
  const holder = createServer();
  await new Promise<void>((resolve) => holder.listen(0, '127.0.0.1', () => resolve()));
  const port = (holder.address() as { port: number }).port;
  try {
    await expect(
      startEmbeddedPostgres({ dataDir: mkdtempSync(join(tmpdir(), 'jcn-pg-busy-')), port, persistent: false }),
    ).rejects.toThrow(new RegExp(`Port ${port} is in use: .*PG_PORT`));
  } finally {
    holder.close();
  }
});

// PostgreSQL runs as the `postgres` user only when we are root (as the suite does in CI).
const asRoot = process.getuid?.() === 0 ? describe : describe.skip;

asRoot('as root, in a clone only root can enter', () => {
  let privateDir: string;
  let reachableDir: string;
  /** The clone's binaries as the postgres user sees them: behind the mode-700 folder (root itself follows the link). */
  let binariesDir: string;

  beforeEach(() => {
    privateDir = mkdtempSync(join(tmpdir(), 'jcn-root-only-'));
    chmodSync(privateDir, 0o700);
    reachableDir = mkdtempSync(join(tmpdir(), 'jcn-reachable-'));
    chmodSync(reachableDir, 0o755);
    binariesDir = join(privateDir, 'clone', 'native');
    mkdirSync(dirname(binariesDir), { recursive: true });
    symlinkSync(
      join(dirname(require.resolve(`@embedded-postgres/${process.platform}-${process.arch}`)), '..', 'native'),
      binariesDir,
    );
  });

  afterEach(() => {
    rmSync(privateDir, { recursive: true, force: true });
    rmSync(reachableDir, { recursive: true, force: true });
  });

  it('starts with its data and binaries moved where the postgres user reaches them, and keeps the data across restarts', async () => {
    const dataDir = join(privateDir, 'clone', '.data');
    const options = { dataDir, port: await freePort(), persistent: true, binariesDir, reachableDir };
    const first = await startEmbeddedPostgres(options);
    try {
      expect(first.clusterDir.startsWith(`${reachableDir}/clone-`)).toBe(true);
      expect(statSync(dirname(first.clusterDir)).mode & 0o777).toBe(0o700);
      expect(existsSync(join(reachableDir, 'postgresql-custom', 'bin', 'postgres'))).toBe(true);
      await queryDatabase(first.url('postgres'), 'CREATE TABLE kept (id int)');
    } finally {
      await first.stop();
    }
    const second = await startEmbeddedPostgres({ ...options, persistent: false });
    try {
      expect(second.clusterDir).toBe(first.clusterDir);
      const [row] = await queryDatabase<{ dir: string; kept: string }>(
        second.url('postgres'),
        "SELECT current_setting('data_directory') AS dir, to_regclass('kept')::text AS kept",
      );
      expect(row).toEqual({ dir: first.clusterDir, kept: 'kept' });
    } finally {
      await second.stop();
    }
    // A test cluster (not persistent) leaves nothing behind.
    expect(existsSync(dirname(first.clusterDir))).toBe(false);
  });

  it('says in one sentence what to do when no folder the postgres user reaches can be used', async () => {
    const unusable = join(privateDir, 'var-lib');
    const started = startEmbeddedPostgres({
      dataDir: join(privateDir, 'clone', '.data'),
      port: await freePort(),
      persistent: false,
      binariesDir,
      reachableDir: unusable,
    });
    await expect(started).rejects.toBeInstanceOf(StartupError);
    await expect(started).rejects.toThrow(
      /^The postgres user, which runs PostgreSQL when you are root, cannot reach [^\n]*: make [^\n]* enterable by every user, set JCN_DATA_DIR [^\n]*\.$/,
    );
  });
});
