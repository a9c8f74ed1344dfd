/**
 * The development identity provider, started as `npm start` starts it, cuts off a slowloris client like every
 * server of the hub (shared/src/server-limits.ts, its defaults: headers within 10 s). The gateway and the subgraphs,
 * with small limits, are in slow-clients.int.test.ts.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkingIntervalMs, DEFAULT_SERVER_LIMITS } from '#shared/server-limits';
import { saveDemoAccounts } from '../scripts/lib/idp/accounts';
import { freePort, startIdentityProvider, stopProcess, type ManagedProcess } from '../scripts/lib/processes';
import { slowloris } from './support/slow-clients';

let dataDir: string;
let port: number;
let idp: ManagedProcess | undefined;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'jcn-idp-slow-'));
  const accountsFile = join(dataDir, 'keys', 'idp-accounts.json');
  await saveDemoAccounts(accountsFile, []);
  port = await freePort();
  idp = await startIdentityProvider({ port, dataDir, accountsFile, nodeEnv: 'test' });
}, 60_000);

afterAll(async () => {
  if (idp) await stopProcess(idp);
  rmSync(dataDir, { recursive: true, force: true });
});

it('answers 408 and closes the connection of a client dribbling its headers a byte a second', async () => {
  const { answer, sent, seconds } = await slowloris('127.0.0.1', port);

  const limit = DEFAULT_SERVER_LIMITS.headersTimeoutMs;
  expect(answer).toMatch(/^HTTP\/1\.1 408 /);
  expect(sent).toBeLessThanOrEqual(limit / 1000 + 2);
  expect(seconds).toBeGreaterThanOrEqual(limit / 1000 - 0.1);
  expect(seconds).toBeLessThan((limit + checkingIntervalMs(DEFAULT_SERVER_LIMITS) + 1000) / 1000);
}, 30_000);
