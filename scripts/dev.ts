/**
 * `npm start`: embedded PostgreSQL (one database per network), migrations, demo
 * data on first start, the console's build when stale, the development identity
 * provider, the mail catcher, the four subgraph processes and the gateway,
 * supervised (scripts/lib/supervisor.ts): a child that dies is restarted, one
 * that keeps dying is given up on. Ctrl-C stops everything; the next start
 * reuses the data in .data/.
 */
import { z } from 'zod';
import { Client } from 'pg';
import { buildConsole, consoleBuildIsStale } from '../console/build';
import { parseEnv, port, runMain } from '#shared/config';
import { DEV_AUDIENCE, ensureDevIdentity, ensureDevSecrets } from './lib/dev-keys';
import { startEmbeddedPostgres } from './lib/embedded-postgres';
import { NETWORKS } from '#shared/registry';
import { prepareDemoDatabases } from './lib/demo-databases';
import { devEnvShape, devIdpIssuer, idpAccountsPath, keysDir } from './lib/dev-env';
import { demoAccounts, saveDemoAccounts, type NetworkQuery } from './lib/idp/accounts';
import { DEV_RESOURCE } from './lib/idp/settings';
import { startFederation, startIdentityProvider, startMailCatcherProcess } from './lib/processes';
import { policyOf, supervisionEnvShape, Supervisor } from './lib/supervisor';

runMain(async () => {
  const started = Date.now();
  const env = parseEnv(
    z.object({
      ...devEnvShape,
      /** Print every subgraph and gateway log line. */
      VERBOSE: z.enum(['0', '1']).default('0'),
      /** Port of the development mail catcher's SMTP server, which the subgraphs send their notifications to. */
      MAIL_CATCHER_SMTP_PORT: port(1025),
      /** Port of the mail catcher's page of caught mail. */
      MAIL_CATCHER_PORT: port(1080),
      /** `free`: the subgraphs and the gateway listen on ports the system picks (a second launcher beside the first); the console signs in only on 4000. */
      PORTS: z.enum(['registry', 'free']).default('registry'),
      /** 0: the console is not built even when its sources changed (the API works; / says how to build it). */
      BUILD_CONSOLE: z.enum(['0', '1']).default('1'),
      ...supervisionEnvShape,
    }),
    process.env,
  );
  const say = (m: string) => console.log(`[dev] ${m}`);
  say('starting embedded PostgreSQL');
  const pg = await startEmbeddedPostgres({ dataDir: env.JCN_DATA_DIR, port: env.PG_PORT, persistent: true });
  let stopping = false;
  const shutdown = async (code: number) => {
    if (stopping) return;
    stopping = true;
    say(`stopping (a child still running in ${env.STOP_GRACE_SECONDS} s is killed; Ctrl-C again kills them now)`);
    for (const name of await supervisor.stop()) say(`${name} did not stop within ${env.STOP_GRACE_SECONDS} s: killed`);
    await pg.stop();
    say('stopped');
    process.exit(code);
  };
  const supervisor = new Supervisor({
    policy: policyOf(env),
    graceMs: env.STOP_GRACE_SECONDS * 1000,
    say,
    onEssentialLost: () => void shutdown(1),
  });
  // Every child leads a process group of its own, so a terminal's Ctrl-C (or its closing) reaches this process
  // alone, which stops them in order. One Ctrl-C may arrive more than once (from the terminal, and relayed by
  // a wrapper such as npm or the tsx command) within milliseconds: only a signal a second or more after the
  // first kills at once. (npm start runs node --import tsx, not the tsx command, which SIGKILLs a child that
  // does not acknowledge a relayed signal within 30 ms: this process, busy, would then leave its children.)
  let firstSignalAt = 0;
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const)
    process.on(signal, () => {
      if (!stopping) {
        firstSignalAt = Date.now();
        return void shutdown(0);
      }
      if (Date.now() - firstSignalAt < 1000) return;
      say('killing every child now');
      supervisor.killAll();
    });
  try {
    // As in production: the owner migrates (and seeds), the subgraph serves as the application role.
    const appUrls = await prepareDemoDatabases(
      pg,
      NETWORKS,
      { onProgress: (m) => env.VERBOSE === '1' && say(m) },
      (n, report) => say(`${n.name}: ${report.contactPoints} contact points, ${report.authorities} authorities`),
    );
    // Development identity: a key per signer (identity provider, gateway, each outbox) and per-subgraph secrets,
    // made at first start and kept in the data folder.
    const identity = await ensureDevIdentity(keysDir(env), NETWORKS);
    const secrets = await ensureDevSecrets(
      keysDir(env),
      NETWORKS.map((n) => n.key),
    );
    // Each network's statistics secret, kept like the others so that its records are keyed the same across restarts.
    const statisticsSecrets = await ensureDevSecrets(
      keysDir(env),
      NETWORKS.map((n) => n.key),
      'statistics-secrets.json',
    );
    const query: NetworkQuery = async (n, text, params) => {
      const client = new Client({ connectionString: appUrls.get(n.key)! });
      await client.connect();
      try {
        return (await client.query<Record<string, unknown>>(text, params)).rows;
      } finally {
        await client.end();
      }
    };
    const accounts = await saveDemoAccounts(idpAccountsPath(env), await demoAccounts(NETWORKS, query));
    const log = (line: string) => (env.VERBOSE === '1' || /error|ready/i.test(line)) && console.log(line);
    // The build runs while the processes start; until it is done, / says the console is not built.
    const buildIfStale = async (): Promise<boolean> => {
      if (!consoleBuildIsStale()) return true;
      if (env.BUILD_CONSOLE === '0') return false;
      say('building the console (its sources changed since the last build)');
      try {
        await buildConsole();
        return true;
      } catch (err) {
        say(`the console could not be built: ${(err as Error).message}; the API works, and / says how to build it`);
        return false;
      }
    };
    const built = buildIfStale();
    const issuer = devIdpIssuer(env.IDP_PORT);
    const startIdp = () =>
      startIdentityProvider({
        port: env.IDP_PORT,
        dataDir: env.JCN_DATA_DIR,
        accountsFile: idpAccountsPath(env),
        devConsole: env.DEV_CONSOLE_SIGN_IN === '1',
        log,
        spawn: supervisor.hooks,
      });
    supervisor.watch({ name: 'idp', start: startIdp }, await startIdp());
    // The subgraphs' notifications go to a local SMTP catcher, in a process of its own; its page lists them.
    const startCatcher = () =>
      startMailCatcherProcess({
        smtpPort: env.MAIL_CATCHER_SMTP_PORT,
        port: env.MAIL_CATCHER_PORT,
        log,
        spawn: supervisor.hooks,
      });
    const catcher = await startCatcher();
    supervisor.watch({ name: 'mail', start: async () => (await startCatcher()).proc }, catcher.proc);
    const federation = await startFederation({
      databaseUrl: (n) => appUrls.get(n.key)!,
      // The gateway trusts the identity provider by its key set URL, as it would trust Keycloak.
      tokenEnv: { JWT_ISSUER: issuer, JWT_AUDIENCE: DEV_AUDIENCE, JWT_JWKS_URL: `${issuer}/jwks` },
      gatewayEnv: { CONSOLE_OIDC_RESOURCE: DEV_RESOURCE },
      gatewayKeys: identity.gateway,
      subgraphSecrets: secrets,
      statisticsSecrets,
      serviceKeys: identity.services,
      subgraphEnv: (n) => ({
        SMTP_URL: catcher.smtpUrl,
        MAIL_FROM: `${n.code} secretariat <notifications@${n.key}.jcn.localhost>`,
      }),
      ports: env.PORTS,
      log,
      spawn: supervisor.hooks,
    });
    for (const name of [...NETWORKS.map((n) => n.key), 'gateway']) {
      const start = async () => {
        await (name === 'gateway' ? federation.startGateway() : federation.startNetwork(name));
        return federation.processOf(name)!;
      };
      supervisor.watch({ name, start, essential: name === 'gateway' }, federation.processOf(name)!);
    }
    const consoleBuilt = await built;
    const origin = new URL(federation.gatewayUrl).origin;
    say(`ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    say(`console:  ${origin}/${consoleBuilt ? '' : '   (not built: npm run build:console)'}`);
    say(`graphql:  ${federation.gatewayUrl}   (GraphiQL: ${origin}/graphiql, health: ${origin}/health)`);
    say(`mail:     ${catcher.pageUrl}   (every notification the networks sent; SMTP ${catcher.smtpUrl})`);
    say(`sign-in:  ${issuer}   (development identity provider; demo accounts below, kept in ${idpAccountsPath(env)})`);
    say(
      env.DEV_CONSOLE_SIGN_IN === '1'
        ? 'sign-in also returns to the Vite dev console on http://127.0.0.1:5173 (npm run dev:console)'
        : 'npm run dev:console (port 5173) cannot sign in: start with DEV_CONSOLE_SIGN_IN=1 npm start for it',
    );
    const width = Math.max(...accounts.map((a) => a.username.length));
    for (const a of accounts)
      say(`  ${a.username.padEnd(width)}  ${a.password}  ${a.roles.join(', ')}${a.country ? ` ${a.country}` : ''}`);
    say('tokens for scripts: npm run token -- --role CONTACT_POINT --network seajust --country KHM');
    const elsewhere = pg.clusterDir.startsWith(env.JCN_DATA_DIR)
      ? ''
      : ` (PostgreSQL's in ${pg.clusterDir}, where the postgres user can reach it)`;
    say(`Ctrl-C stops everything; data stays in .data/${elsewhere} for the next start.`);
  } catch (err) {
    console.error(err);
    await shutdown(1);
  }
});
