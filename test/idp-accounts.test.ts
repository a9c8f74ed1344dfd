/** The development identity provider's demo accounts file: passwords kept across starts, never a SERVICE account. */
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkPassword, readDemoAccounts, saveDemoAccounts } from '../scripts/lib/idp/accounts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'jcn-accounts-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('demo accounts', () => {
  it("keeps each username's password from one start to the next, in a file only its owner reads", async () => {
    const path = join(dir, 'keys', 'idp-accounts.json');
    const first = await saveDemoAccounts(path, [{ username: 'analyst', displayName: 'Analyst', roles: ['ANALYST'] }]);
    const again = await saveDemoAccounts(path, [
      { username: 'analyst', displayName: 'Analyst', roles: ['ANALYST'] },
      { username: 'hub-admin', displayName: 'Hub administrator', roles: ['HUB_ADMIN'] },
    ]);
    expect(again[0]!.password).toBe(first[0]!.password);
    expect(again[1]!.password).toMatch(/^[\w-]{16}$/);
    expect(again[1]!.password).not.toBe(first[0]!.password);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(await readDemoAccounts(path)).toEqual(again);
  });

  it('checks a password only against its own account', async () => {
    const accounts = await saveDemoAccounts(join(dir, 'a.json'), [
      { username: 'analyst', displayName: 'Analyst', roles: ['ANALYST'] },
      { username: 'hub-admin', displayName: 'Hub administrator', roles: ['HUB_ADMIN'] },
    ]);
    expect(checkPassword(accounts, 'analyst', accounts[0]!.password)?.username).toBe('analyst');
    expect(checkPassword(accounts, 'hub-admin', accounts[0]!.password)).toBeUndefined();
    expect(checkPassword(accounts, 'nobody', accounts[0]!.password)).toBeUndefined();
    expect(checkPassword(accounts, 'analyst', '')).toBeUndefined();
  });

  it('refuses a file that gives a person the SERVICE role', async () => {
    const path = join(dir, 'bad.json');
    writeFileSync(
      path,
      JSON.stringify([
        {
          username: 'outbox',
          displayName: 'Outbox',
          roles: ['SERVICE'],
          network: 'casc',
          password: 'abcdefghijklmnop',
        },
      ]),
    );
    await expect(readDemoAccounts(path)).rejects.toThrow(/is not a demo accounts file: 0\.roles\.0/);
  });
});
