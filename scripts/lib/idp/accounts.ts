/**
 * DEVELOPMENT ONLY. The demo accounts of the development identity provider: for
 * every network a contact point (of a member country, tied to an active contact
 * point of that country in the network's database) and a secretariat, plus an
 * analyst and a hub administrator. Passwords are generated on first use and kept
 * in a 0600 file beside the development keys; nothing here exists in production.
 */
import { existsSync } from 'node:fs';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { encodeId } from '#shared/ids';
import type { NetworkDefinition, Registry } from '#shared/registry';

/** Roles a person may hold; SERVICE belongs to the networks' outboxes and no account ever has it. */
export const PERSON_ROLES = ['CONTACT_POINT', 'SECRETARIAT', 'ANALYST', 'HUB_ADMIN'] as const;

const accountShape = z.object({
  username: z.string().regex(/^[a-z0-9-]{1,64}$/),
  /** Shown on the login page and in the ID token's `name`. */
  displayName: z.string().min(1).max(200),
  roles: z.array(z.enum(PERSON_ROLES)).min(1),
  network: z.string().optional(),
  country: z.string().length(3).optional(),
  contactPointId: z.string().optional(),
});

export type DemoAccount = z.infer<typeof accountShape>;

const storedShape = z.array(accountShape.extend({ password: z.string().min(12) }));

export type DemoAccountWithPassword = z.infer<typeof storedShape>[number];

/** Runs one SQL statement on a network's database (as its owner or application role) and returns the rows. */
export type NetworkQuery = (
  network: NetworkDefinition,
  text: string,
  params: unknown[],
) => Promise<Record<string, unknown>[]>;

/**
 * The demo accounts of `registry`; each contact point account is tied to the first active contact point
 * of a member country, or of the country `contactPointCountries` names for that network (a test's scenario).
 */
export async function demoAccounts(
  registry: Registry,
  query: NetworkQuery,
  contactPointCountries: Readonly<Record<string, string>> = {},
): Promise<DemoAccount[]> {
  const accounts: DemoAccount[] = [];
  for (const n of registry) {
    const countries = contactPointCountries[n.key] ? [contactPointCountries[n.key]] : n.members.map((m) => m.country);
    const [cp] = await query(
      n,
      'SELECT id, country FROM contact_points WHERE active AND country = ANY($1) ORDER BY country, full_name, id LIMIT 1',
      [countries],
    );
    accounts.push({
      username: `${n.key}-contact-point`,
      displayName: `${n.name} contact point${cp ? ` (${String(cp.country)})` : ''}`,
      roles: ['CONTACT_POINT'],
      network: n.key,
      country: cp ? String(cp.country) : n.members[0]!.country,
      ...(cp ? { contactPointId: encodeId(n, 'cp', String(cp.id)) } : {}),
    });
    accounts.push({
      username: `${n.key}-secretariat`,
      displayName: `${n.name} secretariat`,
      roles: ['SECRETARIAT'],
      network: n.key,
    });
  }
  accounts.push({ username: 'analyst', displayName: 'Analyst', roles: ['ANALYST'] });
  accounts.push({ username: 'hub-admin', displayName: 'Hub administrator', roles: ['HUB_ADMIN'] });
  return accounts;
}

/** 16 characters a person can copy from the terminal. */
const newPassword = () => randomBytes(12).toString('base64url');

/**
 * Writes `accounts` to `path` (mode 0600), keeping the password each username
 * already had there and generating one for each new username.
 */
export async function saveDemoAccounts(
  path: string,
  accounts: readonly DemoAccount[],
): Promise<DemoAccountWithPassword[]> {
  const previous = existsSync(path) ? await readDemoAccounts(path) : [];
  const passwords = new Map(previous.map((a) => [a.username, a.password]));
  const stored = accounts.map((a) => ({ ...a, password: passwords.get(a.username) ?? newPassword() }));
  await mkdir(dirname(path), { recursive: true, mode: 0o700 });
  await writeFile(path, `${JSON.stringify(stored, null, 2)}\n`, { mode: 0o600 });
  // writeFile's mode applies only to a new file.
  await chmod(path, 0o600);
  return stored;
}

/** Reads the accounts file; an account with a role a person may not hold (SERVICE) is refused. */
export async function readDemoAccounts(path: string): Promise<DemoAccountWithPassword[]> {
  const parsed = storedShape.safeParse(JSON.parse(await readFile(path, 'utf8')));
  if (!parsed.success) {
    throw new Error(
      `${path} is not a demo accounts file: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
    );
  }
  return parsed.data;
}

const digest = (value: string) => createHash('sha256').update(value, 'utf8').digest();

/** The account of `username` when `password` is its password; compared in constant time. */
export function checkPassword(
  accounts: readonly DemoAccountWithPassword[],
  username: string,
  password: string,
): DemoAccountWithPassword | undefined {
  const account = accounts.find((a) => a.username === username);
  // Compare even for an unknown username, so the time taken does not tell which usernames exist.
  const ok = timingSafeEqual(digest(account?.password ?? newPassword()), digest(password));
  return ok && account ? account : undefined;
}
