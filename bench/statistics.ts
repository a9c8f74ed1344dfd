/**
 * Benchmark: a year's statistics over 1,000,000 referrals in one network.
 * Loads synthetic referrals with set-based SQL (triggers off, rollups rebuilt
 * in one statement), then times Statistics.compute as the resolver runs it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ANONYMOUS } from '../shared/src/caller';
import { startEmbeddedPostgres } from '../shared/src/embedded-postgres';
import { findNetwork, NETWORKS } from '../shared/src/registry';
import { freePort } from '../scripts/lib/processes';
import { Statistics } from '../subgraphs/src/analytics/statistics';
import { createDataSource, migrate } from '../subgraphs/src/db/data-source';

export interface StatisticsBenchResult {
  referrals: number;
  loadSeconds: number;
  rollupRows: number;
  runs: number;
  p50Ms: number;
  p90Ms: number;
  maxMs: number;
}

const quantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))]!;

export async function benchStatistics(referrals = 1_000_000, runs = 50, log: (m: string) => void = console.log): Promise<StatisticsBenchResult> {
  const dataDir = mkdtempSync(join(tmpdir(), 'jcn-bench-pg-'));
  const pg = await startEmbeddedPostgres({ dataDir, port: await freePort(), persistent: false });
  const network = findNetwork(NETWORKS, 'wacap')!;
  try {
    await pg.ensureDatabase('bench');
    const ds = createDataSource({ url: pg.url('bench'), poolSize: 8 });
    await ds.initialize();
    await migrate(ds);
    const started = Date.now();
    log(`loading ${referrals.toLocaleString('en')} synthetic referrals into ${network.name}…`);
    await ds.query(`ALTER TABLE referrals DISABLE TRIGGER USER`);
    const countries = network.members.map((m) => m.country);
    const others = NETWORKS.filter((n) => n.key !== network.key).flatMap((n) => n.members.map((m) => [n.key, m.country]));
    await ds.query(
      `INSERT INTO referrals (id, side, reference, origin_network, destination_network, origin_country, destination_country, from_cp,
         kind, measures, crime_areas, urgency, subject, formal_references, status, created_at, acknowledged_at, completed_at, is_demo)
       SELECT gen_random_uuid(), CASE WHEN i % 2 = 0 THEN 'ORIGIN' ELSE 'DESTINATION' END, 'BENCH-' || i,
              CASE WHEN i % 2 = 0 THEN $1 ELSE o.net END, CASE WHEN i % 2 = 0 THEN o.net ELSE $1 END,
              CASE WHEN i % 2 = 0 THEN c.code ELSE o.country END, CASE WHEN i % 2 = 0 THEN o.country ELSE c.code END,
              'bench:cp:' || i,
              (ARRAY['MUTUAL_LEGAL_ASSISTANCE','MUTUAL_LEGAL_ASSISTANCE','MUTUAL_LEGAL_ASSISTANCE','EXTRADITION','ASSET_RECOVERY','INFORMAL_COOPERATION'])[1 + i % 6],
              ARRAY[(ARRAY['BANK_INFORMATION','SEARCH_AND_SEIZURE','WITNESS_EVIDENCE','ELECTRONIC_EVIDENCE','FREEZING'])[1 + i % 5]],
              ARRAY[(ARRAY['DRUG_TRAFFICKING','MONEY_LAUNDERING','CORRUPTION','CYBERCRIME','TRAFFICKING_IN_PERSONS','FRAUD'])[1 + (i / 7) % 6]],
              (ARRAY['ROUTINE','ROUTINE','ROUTINE','URGENT','IMMEDIATE'])[1 + (i / 3) % 5],
              'Synthetic benchmark referral', '{}',
              st.status, created, CASE WHEN st.status <> 'SENT' THEN created + ((i % 10) || ' days')::interval END,
              CASE WHEN st.status = 'COMPLETED' THEN created + ((10 + i % 170) || ' days')::interval END, true
         FROM generate_series(1, $2::int) i
         CROSS JOIN LATERAL (SELECT timestamptz '2024-12-01' + ((i::bigint * 7919) % (730 * 24)) * interval '1 hour' AS created) t
         CROSS JOIN LATERAL (SELECT (ARRAY['COMPLETED','COMPLETED','COMPLETED','COMPLETED','COMPLETED','DECLINED','WITHDRAWN','SENT','ACKNOWLEDGED','IN_PROGRESS'])[1 + (i / 11) % 10] AS status) st
         CROSS JOIN LATERAL (SELECT code FROM unnest($3::text[]) WITH ORDINALITY u(code, k) WHERE k = 1 + i % array_length($3::text[], 1)) c
         CROSS JOIN LATERAL (SELECT o[1] AS net, o[2] AS country FROM (SELECT $4::text[][] AS a) x, LATERAL (SELECT ARRAY[a[1 + (i / 13) % array_length(a, 1)][1], a[1 + (i / 13) % array_length(a, 1)][2]] AS o) y) o`,
      [network.key, referrals, countries, others],
    );
    await ds.query(`ALTER TABLE referrals ENABLE TRIGGER USER`);
    await ds.query(`SELECT referral_rollup_rebuild()`);
    await ds.query(`ANALYZE`);
    const loadSeconds = (Date.now() - started) / 1000;
    const [{ n: rollupRows }] = await ds.query(`SELECT (SELECT count(*) FROM referral_rollup) + (SELECT count(*) FROM referral_duration_rollup) AS n`);
    log(`loaded in ${loadSeconds.toFixed(1)} s; ${rollupRows} rollup rows`);
    const stats = new Statistics(ds, network, NETWORKS, { ...ANONYMOUS, subject: 'bench', roles: ['ANALYST'] });
    const times: number[] = [];
    for (let i = 0; i < runs + 3; i++) {
      const t = process.hrtime.bigint();
      await stats.compute('2025-01-01T00:00:00Z', '2026-01-01T00:00:00Z');
      if (i >= 3) times.push(Number(process.hrtime.bigint() - t) / 1e6);
    }
    await ds.destroy();
    return { referrals, loadSeconds, rollupRows: Number(rollupRows), runs, p50Ms: quantile(times, 0.5), p90Ms: quantile(times, 0.9), maxMs: Math.max(...times) };
  } finally {
    await pg.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  benchStatistics(Number(process.argv[2] ?? 1_000_000)).then((r) => console.log(JSON.stringify(r, null, 2)));
}
