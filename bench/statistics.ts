/**
 * Benchmark: a year's statistics over 1,000,000 referrals in one network.
 * Loads the synthetic history `npm run seed -- --referrals N` loads (set-based
 * SQL, rollups rebuilt in one statement), then times Statistics.compute as the
 * resolver runs it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ANONYMOUS } from '#shared/caller';
import { startEmbeddedPostgres } from '../scripts/lib/embedded-postgres';
import { findNetwork, NETWORKS } from '#shared/registry';
import { freePort } from '../scripts/lib/processes';
import { Statistics } from '../subgraphs/src/statistics/statistics';
import { createDataSource, migrate } from '../subgraphs/src/db/data-source';
import { seedSyntheticHistory } from '../subgraphs/src/seed/history';

export interface StatisticsBenchResult {
  referrals: number;
  loadSeconds: number;
  rollupRows: number;
  runs: number;
  p50Ms: number;
  p90Ms: number;
  maxMs: number;
}

const quantile = (xs: number[], q: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))]!;

export async function benchStatistics(
  referrals = 1_000_000,
  runs = 50,
  log: (m: string) => void = console.log,
): Promise<StatisticsBenchResult> {
  const dataDir = mkdtempSync(join(tmpdir(), 'jcn-bench-pg-'));
  const pg = await startEmbeddedPostgres({ dataDir, port: await freePort(), persistent: false });
  const network = findNetwork(NETWORKS, 'wacap')!;
  try {
    await pg.ensureDatabase('bench');
    const ds = createDataSource({ url: pg.url('bench'), poolSize: 8 });
    await ds.initialize();
    await migrate(ds);
    log(`loading ${referrals.toLocaleString('en')} synthetic referrals into ${network.name}…`);
    const loaded = await seedSyntheticHistory(ds, network, NETWORKS, referrals);
    log(`loaded in ${loaded.seconds.toFixed(1)} s; ${loaded.rollupRows} rollup rows`);
    const stats = new Statistics(ds, network, { ...ANONYMOUS, subject: 'bench', roles: ['ANALYST'] });
    const times: number[] = [];
    for (let i = 0; i < runs + 3; i++) {
      const t = process.hrtime.bigint();
      await stats.compute('2025-01-01T00:00:00Z', '2026-01-01T00:00:00Z');
      if (i >= 3) times.push(Number(process.hrtime.bigint() - t) / 1e6);
    }
    await ds.destroy();
    return {
      referrals,
      loadSeconds: loaded.seconds,
      rollupRows: loaded.rollupRows,
      runs,
      p50Ms: quantile(times, 0.5),
      p90Ms: quantile(times, 0.9),
      maxMs: Math.max(...times),
    };
  } finally {
    await pg.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  benchStatistics(Number(process.argv[2] ?? 1_000_000)).then((r) => console.log(JSON.stringify(r, null, 2)));
}
