/**
 * DEVELOPMENT ONLY. Starts the development identity provider (scripts/lib/idp/)
 * on 127.0.0.1:<IDP_PORT> with the demo accounts `npm start` wrote. It has demo
 * accounts whose passwords are printed, so it refuses to run with NODE_ENV=production.
 */
import { z } from 'zod';
import { existsSync } from 'node:fs';
import { DEV_AUDIENCE, ensureDevKeys, ensureDevSecrets } from './lib/dev-keys';
import { ConfigError, nodeEnv, parseEnv, runMain } from '#shared/config';
import { readDemoAccounts } from './lib/idp/accounts';
import { createDevIdentityProvider } from './lib/idp/provider';
import { devEnvShape, devIdpIssuer, idpAccountsPath, keysDir } from './lib/dev-env';

/** Where the console runs in development: the gateway of npm start. */
const DEV_CONSOLE_ORIGINS = ['http://127.0.0.1:4000', 'http://localhost:4000'];
/** Vite's dev server (npm run dev:console): registered only with DEV_CONSOLE_SIGN_IN=1, since any local process may take its port. */
const VITE_CONSOLE_ORIGINS = ['http://127.0.0.1:5173', 'http://localhost:5173'];

const origin = z
  .string()
  .url()
  .refine(
    (v) => /^https?:$/.test(new URL(v).protocol) && new URL(v).origin === v,
    'must be an origin such as http://127.0.0.1:4000 (no path)',
  );

runMain(async () => {
  const env = parseEnv(
    z.object({
      NODE_ENV: nodeEnv,
      JCN_DATA_DIR: devEnvShape.JCN_DATA_DIR,
      IDP_PORT: devEnvShape.IDP_PORT,
      DEV_CONSOLE_SIGN_IN: devEnvShape.DEV_CONSOLE_SIGN_IN,
      /** The demo accounts and their passwords (written by npm start); default .data/keys/idp-accounts.json. */
      IDP_ACCOUNTS_FILE: z.string().optional(),
      /** More origins the console may sign in from, comma-separated (tests add their gateway's). */
      IDP_CONSOLE_ORIGINS: z
        .string()
        .default('')
        .transform((v) =>
          v
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean),
        )
        .pipe(z.array(origin)),
    }),
    process.env,
  );
  if (env.NODE_ENV === 'production') {
    throw new ConfigError([
      'NODE_ENV: the development identity provider has demo accounts whose passwords are printed; it never runs with NODE_ENV=production. ' +
        'Configure your organisation\'s OpenID Connect provider instead (docs/sign-in.md, "Signing in with your own identity provider").',
    ]);
  }
  const accountsFile = env.IDP_ACCOUNTS_FILE ?? idpAccountsPath(env);
  if (!existsSync(accountsFile))
    throw new ConfigError([`IDP_ACCOUNTS_FILE: ${accountsFile} does not exist; npm start writes it`]);
  const dir = keysDir(env);
  const issuer = devIdpIssuer(env.IDP_PORT);
  const idp = await createDevIdentityProvider({
    issuer,
    signingKey: await ensureDevKeys(dir),
    cookieKeys: Object.values(await ensureDevSecrets(dir, ['cookies'], 'idp-cookie-keys.json')),
    accounts: await readDemoAccounts(accountsFile),
    consoleOrigins: [
      ...new Set([
        ...DEV_CONSOLE_ORIGINS,
        ...(env.DEV_CONSOLE_SIGN_IN === '1' ? VITE_CONSOLE_ORIGINS : []),
        ...env.IDP_CONSOLE_ORIGINS,
      ]),
    ],
    audience: DEV_AUDIENCE,
  });
  const listening = await idp.listen(env.IDP_PORT, '127.0.0.1');
  console.log(
    `[idp] ready at ${issuer} (development only${env.DEV_CONSOLE_SIGN_IN === '1' ? '; also signs in the Vite dev console on port 5173' : ''})`,
  );
  const stop = async () => {
    await listening.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
});
