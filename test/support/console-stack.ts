/**
 * The console's whole stack, for sign-in and browser tests: the real federation
 * (fresh seeded databases, subgraph processes, the gateway process serving a
 * built console) and the development identity provider process, which the
 * gateway trusts by its JWKS URL exactly as `npm start` wires them.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEV_AUDIENCE } from '../../scripts/lib/dev-keys';
import { NETWORKS } from '#shared/registry';
import { devIdpIssuer } from '../../scripts/lib/dev-env';
import { demoAccounts, saveDemoAccounts, type DemoAccountWithPassword } from '../../scripts/lib/idp/accounts';
import { CALLBACK_PATH, DEV_RESOURCE } from '../../scripts/lib/idp/settings';
import { freePort, startIdentityProvider, stopProcess } from '../../scripts/lib/processes';
import { startTestFederation, type TestFederation } from './federation';

export interface ConsoleStackOptions {
  /** The built console the gateway serves; default console/dist. */
  consoleDir?: string;
  /** The country of a network's `<key>-contact-point` account, by network key (default: its first member country with one). */
  contactPointCountries?: Record<string, string>;
}

export interface ConsoleStack {
  federation: TestFederation;
  /** The gateway's origin, where the console is: http://127.0.0.1:<port>. */
  consoleUrl: string;
  /** The console's sign-in callback, registered at the identity provider. */
  redirectUri: string;
  /** The development identity provider's issuer (and origin). */
  issuer: string;
  /** The resource indicator the console asks tokens for. */
  resource: string;
  /** The folder of the provider's keys and accounts file. */
  dataDir: string;
  accounts: DemoAccountWithPassword[];
  /** A demo account by username. */
  account(username: string): DemoAccountWithPassword;
  /** The identity provider's log lines. */
  idpLog: string[];
  close(): Promise<void>;
}

export async function startConsoleStack(options: ConsoleStackOptions = {}): Promise<ConsoleStack> {
  const dataDir = mkdtempSync(join(tmpdir(), 'jcn-idp-'));
  const idpPort = await freePort();
  const issuer = devIdpIssuer(idpPort);
  // The gateway fetches the provider's key set on the first token, so it may start first.
  const federation = await startTestFederation({
    tokenEnv: { JWT_ISSUER: issuer, JWT_AUDIENCE: DEV_AUDIENCE, JWT_JWKS_URL: `${issuer}/jwks` },
    gatewayEnv: {
      CONSOLE_OIDC_RESOURCE: DEV_RESOURCE,
      ...(options.consoleDir ? { CONSOLE_DIR: options.consoleDir } : {}),
    },
  });
  const idpLog: string[] = [];
  try {
    const accountsFile = join(dataDir, 'keys', 'idp-accounts.json');
    const accounts = await saveDemoAccounts(
      accountsFile,
      await demoAccounts(
        NETWORKS,
        (n, text, params) => federation.sql(n.key, text, params),
        options.contactPointCountries,
      ),
    );
    const consoleUrl = new URL(federation.gatewayUrl).origin;
    const idp = await startIdentityProvider({
      port: idpPort,
      dataDir,
      accountsFile,
      consoleOrigins: [consoleUrl],
      nodeEnv: 'test',
      log: (line) => idpLog.push(line),
    });
    return {
      federation,
      consoleUrl,
      redirectUri: `${consoleUrl}${CALLBACK_PATH}`,
      issuer,
      resource: DEV_RESOURCE,
      dataDir,
      accounts,
      account: (username) => {
        const found = accounts.find((a) => a.username === username);
        if (!found) throw new Error(`no demo account ${username}`);
        return found;
      },
      idpLog,
      close: async () => {
        await stopProcess(idp);
        await federation.close();
        rmSync(dataDir, { recursive: true, force: true });
      },
    };
  } catch (err) {
    await federation.close();
    rmSync(dataDir, { recursive: true, force: true });
    throw new Error(`${(err as Error).message}\n${idpLog.slice(-20).join('\n')}`);
  }
}
