/**
 * `npm run seed -- [--scale N] [--network KEY] [--database-url URL] [--reset] [--referrals N]`
 * Loads the deterministic demo data. --referrals N then adds N synthetic
 * referrals to each chosen network's history (generated in PostgreSQL, for
 * load and statistics measurements: 1,000,000 take about half a minute). Without --database-url it uses the
 * development databases (embedded PostgreSQL in .data/, stop `npm start` first).
 */
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { ConfigError, parseEnv, runMain, urlRole } from '#shared/config';
import { startEmbeddedPostgres, type RunningPostgres } from './lib/embedded-postgres';
import { findNetwork, NETWORKS } from '#shared/registry';
import { createDataSource, migrate } from '../subgraphs/src/db/data-source';
import { seedNetwork } from '../subgraphs/src/seed/demo';
import { seedSyntheticHistory } from '../subgraphs/src/seed/history';
import { devEnvShape } from './lib/dev-env';

const TABLES =
  'delivery_receipts, outbox, referral_events, referrals, referral_counters, idempotency_keys, measure_profiles, country_profiles, working_groups, events, resources, contact_points, authorities';

runMain(async () => {
  let parsed;
  try {
    parsed = parseArgs({
      options: {
        scale: { type: 'string', default: '1' },
        network: { type: 'string' },
        'database-url': { type: 'string' },
        reset: { type: 'boolean', default: false },
        referrals: { type: 'string' },
      },
    });
  } catch (err) {
    throw new ConfigError([(err as Error).message]);
  }
  const { values } = parsed;
  const scale = Number(values.scale);
  const history = values.referrals === undefined ? 0 : Number(values.referrals);
  const networks = values.network ? [findNetwork(NETWORKS, values.network)] : NETWORKS;
  const problems = [
    ...(!Number.isInteger(scale) || scale < 1 || scale > 10_000
      ? ['--scale must be a whole number from 1 to 10000']
      : []),
    ...(!Number.isInteger(history) || history < 0 || history > 20_000_000
      ? ['--referrals must be a whole number from 0 to 20000000']
      : []),
    ...(networks.some((n) => !n) ? [`--network must be one of ${NETWORKS.map((n) => n.key).join(', ')}`] : []),
    ...(values['database-url'] && networks.length !== 1
      ? ['--database-url needs --network: one database holds one network']
      : []),
  ];
  if (problems.length) throw new ConfigError(problems);

  const env = parseEnv(z.object(devEnvShape), process.env);
  let pg: RunningPostgres | undefined;
  if (!values['database-url'])
    pg = await startEmbeddedPostgres({ dataDir: env.JCN_DATA_DIR, port: env.PG_PORT, persistent: true });
  try {
    for (const n of networks) {
      if (!n) continue;
      // The embedded databases are seeded by their owner, who also grants the application role its privileges.
      const urls = pg ? await pg.ensureDatabase(n.key) : undefined;
      const ds = createDataSource({ url: values['database-url'] ?? urls!.owner, poolSize: 2 });
      await ds.initialize();
      try {
        await migrate(ds, urls && urlRole(urls.app));
        if (values.reset) await ds.query(`TRUNCATE ${TABLES} CASCADE`);
        const started = Date.now();
        const report = await seedNetwork(ds, n, { scale, onProgress: (m) => console.log(m) });
        console.log(`${n.key}: ${JSON.stringify(report)} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
        if (history > 0) {
          const loaded = await seedSyntheticHistory(ds, n, NETWORKS, history);
          console.log(
            `${n.key}: ${loaded.referrals} synthetic referrals in ${loaded.seconds.toFixed(1)} s (${loaded.rollupRows} rollup rows)`,
          );
        }
      } finally {
        await ds.destroy();
      }
    }
  } finally {
    await pg?.stop();
  }
});
