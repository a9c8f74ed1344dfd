/** Keys, tokens and subgraph secrets for tests: made fresh, never read from disk. */
import { randomBytes } from 'node:crypto';
import { DEV_AUDIENCE, DEV_ISSUER, generateDevKeys, signToken, type DevKeys, type SignOptions, type TokenClaims } from '../../shared/src/auth/dev-keys';
import { createTokenVerifier, type TokenVerifier } from '../../shared/src/auth/tokens';
import { SUBGRAPH_SECRET_HEADER } from '../../shared/src/auth/subgraph-secret';
import type { Role } from '../../shared/src/caller';
import type { Registry } from '../../shared/src/registry';

export interface TestAuth {
  keys: DevKeys;
  issuer: string;
  audience: string;
  /** Subgraph secret by network key. */
  secrets: Record<string, string>;
  verifier(): Promise<TokenVerifier>;
  token(claims: TokenClaims, options?: SignOptions): Promise<string>;
  /** A token for a role, with a network and country when given. */
  tokenAs(role: Role, network?: string, country?: string): Promise<string>;
  /** Headers a subgraph expects from the gateway, with an optional bearer token. */
  subgraphHeaders(networkKey: string, token?: string): Record<string, string>;
}

export async function createTestAuth(registry: Registry): Promise<TestAuth> {
  const keys = await generateDevKeys();
  const secrets = Object.fromEntries(registry.map((n) => [n.key, randomBytes(32).toString('base64url')]));
  const token = (claims: TokenClaims, options?: SignOptions) => signToken(keys.privateKeyPem, claims, options);
  return {
    keys,
    issuer: DEV_ISSUER,
    audience: DEV_AUDIENCE,
    secrets,
    verifier: () => createTokenVerifier({ issuer: DEV_ISSUER, audience: DEV_AUDIENCE, publicKeyPem: keys.publicKeyPem }, registry),
    token,
    tokenAs: (role, network, country) => token({ subject: `test-${role.toLowerCase()}-${network ?? 'none'}`, roles: [role], network, country }),
    subgraphHeaders: (key, bearer) => ({ [SUBGRAPH_SECRET_HEADER]: secrets[key]!, ...(bearer ? { authorization: `Bearer ${bearer}` } : {}) }),
  };
}

/** The token environment variables of a gateway or subgraph process. */
export function tokenEnv(auth: TestAuth): Record<string, string> {
  return { JWT_ISSUER: auth.issuer, JWT_AUDIENCE: auth.audience, JWT_PUBLIC_KEY: auth.keys.publicKeyPem };
}
