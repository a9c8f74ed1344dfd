/**
 * `npm start`: embedded PostgreSQL (one database per network), migrations, demo
 * data on first start, the four subgraph processes and the gateway. Ctrl-C stops
 * everything; the next start reuses the data in .data/.
 */
import { z } from 'zod';
import { parseEnv, runMain, urlRole } from '../shared/src/config';
import { DEV_AUDIENCE, DEV_ISSUER, ensureDevIdentity, ensureDevSecrets } from '../shared/src/auth/dev-keys';
import { startEmbeddedPostgres } from '../shared/src/embedded-postgres';
import { NETWORKS } from '../shared/src/registry';
import { createDataSource, migrate } from '../subgraphs/src/db/data-source';
import { seedNetwork } from '../subgraphs/src/seed/demo';
import { devEnvShape, keysDir } from './lib/dev-env';
import { startFederation } from './lib/processes';

runMain(async () => {
  const started = Date.now();
  const env = parseEnv(
    z.object({
      ...devEnvShape,
      /** Print every subgraph and gateway log line. */
      VERBOSE: z.enum(['0', '1']).default('0'),
    }),
    process.env,
  );
  const say = (m: string) => console.log(`[dev] ${m}`);
  say('starting embedded PostgreSQL');
  const pg = await startEmbeddedPostgres({ dataDir: env.JCN_DATA_DIR, port: env.PG_PORT, persistent: true });
  let federation: Awaited<ReturnType<typeof startFederation>> | undefined;
  let stopping = false;
  const shutdown = async (code: number) => {
    if (stopping) return;
    stopping = true;
    say('stopping');
    await federation?.stop();
    await pg.stop();
    process.exit(code);
  };
  process.on('SIGINT', () => void shutdown(0));
  process.on('SIGTERM', () => void shutdown(0));
  try {
    const appUrls = new Map<string, string>();
    for (const n of NETWORKS) {
      // As in production: the owner migrates (and seeds), the subgraph serves as the application role.
      const urls = await pg.ensureDatabase(n.key);
      appUrls.set(n.key, urls.app);
      const ds = createDataSource({ url: urls.owner, poolSize: 2 });
      await ds.initialize();
      await migrate(ds, urlRole(urls.app));
      const report = await seedNetwork(ds, n, { onProgress: (m) => env.VERBOSE === '1' && say(m) });
      say(`${n.name}: ${report.contactPoints} contact points, ${report.authorities} authorities`);
      await ds.destroy();
    }
    // Development identity: a key per signer (identity provider, gateway, each outbox) and per-subgraph secrets,
    // made at first start and kept in the data folder.
    const identity = await ensureDevIdentity(keysDir(env), NETWORKS);
    const secrets = await ensureDevSecrets(keysDir(env), NETWORKS.map((n) => n.key));
    federation = await startFederation({
      databaseUrl: (n) => appUrls.get(n.key)!,
      tokenEnv: { JWT_ISSUER: DEV_ISSUER, JWT_AUDIENCE: DEV_AUDIENCE, JWT_PUBLIC_KEY: identity.idp.publicKeyPem },
      gatewayKeys: identity.gateway,
      subgraphSecrets: secrets,
      serviceKeys: identity.services,
      ports: 'registry',
      log: (line) => (env.VERBOSE === '1' || /error|ready/i.test(line)) && console.log(line),
    });
    say(`ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    say(`gateway: ${federation.gatewayUrl}   (health: ${federation.gatewayUrl.replace('/graphql', '/health')})`);
    say('tokens: npm run token -- --role CONTACT_POINT --network seajust --country KHM');
    say('Ctrl-C stops everything; data stays in .data/ for the next start.');
  } catch (err) {
    console.error(err);
    await shutdown(1);
  }
});
