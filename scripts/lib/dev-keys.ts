/**
 * DEVELOPMENT ONLY (scripts and tests; lint keeps it out of gateway/, subgraphs/ and shared/).
 * Development identity: key pairs made at first start and kept in the data
 * folder (never in code): the development identity provider's (the tokens
 * `npm run token` signs), the gateway's, and one per network's outbox; and
 * the tokens signed with them. Production signs with shared/src/auth/sign.ts.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { calculateJwkThumbprint, exportJWK, exportPKCS8, exportSPKI, generateKeyPair, importSPKI } from 'jose';
import type { TokenClaims } from '#shared/auth/claims';
import { signClaims, type SignOptions } from '#shared/auth/sign';
import type { Registry } from '#shared/registry';

export const DEV_ISSUER = 'https://jcn-hub.invalid/dev-issuer';
export const DEV_AUDIENCE = 'jcn-hub';

export interface DevKeys {
  privateKeyPem: string;
  publicKeyPem: string;
}

export async function generateDevKeys(): Promise<DevKeys> {
  const { publicKey, privateKey } = await generateKeyPair('ES256', { extractable: true });
  return { privateKeyPem: await exportPKCS8(privateKey), publicKeyPem: await exportSPKI(publicKey) };
}

/** The `kid` of a public key: its JWK thumbprint (RFC 7638), so it changes only with the key. */
export async function devKeyId(publicKeyPem: string): Promise<string> {
  return calculateJwkThumbprint(await exportJWK(await importSPKI(publicKeyPem, 'ES256')));
}

/** Reads the development identity provider's key pair from `dir`, making it on first use. */
export const ensureDevKeys = (dir: string) => ensureKeyPair(dir, 'dev-signing-key');

/** Every signer of a development federation, each with a key of its own. */
export interface DevIdentity {
  /** The development identity provider: people's tokens. */
  idp: DevKeys;
  /** The gateway: the tokens of its subgraph calls. */
  gateway: DevKeys;
  /** Each network's outbox: its SERVICE tokens, by network key. */
  services: Record<string, DevKeys>;
}

/** Reads (or makes) every development key pair in `dir`. */
export async function ensureDevIdentity(dir: string, registry: Registry): Promise<DevIdentity> {
  const services: Record<string, DevKeys> = {};
  for (const n of registry) services[n.key] = await ensureKeyPair(dir, `service-${n.key}`);
  return { idp: await ensureDevKeys(dir), gateway: await ensureKeyPair(dir, 'gateway-signing-key'), services };
}

/** Fresh key pairs for every signer (tests, benchmarks). */
export async function generateDevIdentity(registry: Registry): Promise<DevIdentity> {
  const services: Record<string, DevKeys> = {};
  for (const n of registry) services[n.key] = await generateDevKeys();
  return { idp: await generateDevKeys(), gateway: await generateDevKeys(), services };
}

/** Reads the key pair `name` from `dir`, making it on first use. */
async function ensureKeyPair(dir: string, name: string): Promise<DevKeys> {
  const privatePath = join(dir, `${name}.pem`);
  const publicPath = join(dir, `${name}.pub.pem`);
  if (existsSync(privatePath) && existsSync(publicPath)) {
    return { privateKeyPem: await readFile(privatePath, 'utf8'), publicKeyPem: await readFile(publicPath, 'utf8') };
  }
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const keys = await generateDevKeys();
  await writeFile(privatePath, keys.privateKeyPem, { mode: 0o600 });
  await writeFile(publicPath, keys.publicKeyPem, { mode: 0o644 });
  return keys;
}

/** Random secrets by name (per-subgraph secrets by default), made on first use and kept in `dir`/`file`. */
export async function ensureDevSecrets(
  dir: string,
  keys: readonly string[],
  file = 'subgraph-secrets.json',
): Promise<Record<string, string>> {
  const path = join(dir, file);
  const existing: Record<string, string> = existsSync(path) ? JSON.parse(await readFile(path, 'utf8')) : {};
  let changed = false;
  for (const key of keys) {
    if (!existing[key]) {
      existing[key] = randomBytes(32).toString('base64url');
      changed = true;
    }
  }
  if (changed) {
    await mkdir(dir, { recursive: true, mode: 0o700 });
    await writeFile(path, JSON.stringify(existing, null, 2), { mode: 0o600 });
  }
  return existing;
}

/** Signs a token with the development identity provider's key (or any ES256 PKCS8 key), for the development audience unless told. */
export function signToken(
  privateKeyPem: string,
  claims: TokenClaims,
  options: Partial<SignOptions> = {},
): Promise<string> {
  return signClaims(privateKeyPem, claims, { issuer: DEV_ISSUER, audience: DEV_AUDIENCE, expiresAt: '8h', ...options });
}
