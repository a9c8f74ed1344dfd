/** Keys, tokens and subgraph secrets for tests: made fresh, never read from disk. */
import { randomBytes } from 'node:crypto';
import { decodeJwt } from 'jose';
import { servicePublicKeyVar } from '#shared/auth/config';
import { DEV_AUDIENCE, DEV_ISSUER, generateDevIdentity, signToken, type DevIdentity } from '../../scripts/lib/dev-keys';
import { callerFromClaims, type TokenClaims } from '#shared/auth/claims';
import { createTokenExchange } from '#shared/auth/exchange';
import type { SignOptions } from '#shared/auth/sign';
import { createExchangedTokenVerifier, createTokenVerifier, type TokenVerifier } from '#shared/auth/tokens';
import { SERVICE_AUDIENCE, serviceIssuer } from '#shared/auth/trust';
import { SUBGRAPH_SECRET_HEADER } from '#shared/auth/subgraph-secret';
import type { Role } from '#shared/caller';
import type { Registry } from '#shared/registry';

export interface TestAuth {
  /** Every signer's key pair: the identity provider, the gateway, each network's outbox. */
  identity: DevIdentity;
  issuer: string;
  audience: string;
  /** Subgraph secret by network key. */
  secrets: Record<string, string>;
  /** The gateway's verifier (people from the identity provider, SERVICE from each outbox key). */
  verifier(options?: {
    jwksUrl?: string;
    jwksCacheSeconds?: number;
    maxLifetimeSeconds?: number;
  }): Promise<TokenVerifier>;
  /** A subgraph's verifier: tokens the gateway signed for that network only. */
  subgraphVerifier(networkKey: string): Promise<TokenVerifier>;
  /** A person's token from the identity provider; a SERVICE token (with a network) from that network's outbox key. */
  token(claims: TokenClaims, options?: Partial<SignOptions>): Promise<string>;
  /** A token for a role, with a network and country when given. */
  tokenAs(role: Role, network?: string, country?: string): Promise<string>;
  /**
   * Headers the gateway would send a subgraph for the caller of `token`: the secret and
   * a token the gateway signed for that network. The claims of `token` are taken as they
   * are (not verified), so pass only tokens the test means to be valid.
   */
  subgraphHeaders(networkKey: string, token?: string): Record<string, string>;
  /** The secret and `token` exactly as given: what a client going around the gateway would send. */
  rawSubgraphHeaders(networkKey: string, token?: string): Record<string, string>;
}

/** Fresh keys and secrets for `registry`, or the ones `given` (a benchmark that signed its tokens already). */
export async function createTestAuth(
  registry: Registry,
  given?: Pick<TestAuth, 'identity' | 'secrets'>,
): Promise<TestAuth> {
  const identity = given?.identity ?? (await generateDevIdentity(registry));
  const secrets =
    given?.secrets ?? Object.fromEntries(registry.map((n) => [n.key, randomBytes(32).toString('base64url')]));
  const exchange = createTokenExchange(identity.gateway.privateKeyPem);
  const token = (claims: TokenClaims, options?: Partial<SignOptions>) => {
    const service = claims.roles.includes('SERVICE') && claims.network ? identity.services[claims.network] : undefined;
    return service
      ? signToken(service.privateKeyPem, claims, {
          issuer: serviceIssuer(claims.network!),
          audience: SERVICE_AUDIENCE,
          expiresAt: '5m',
          ...options,
        })
      : signToken(identity.idp.privateKeyPem, claims, options);
  };
  const rawSubgraphHeaders = (key: string, bearer?: string) => ({
    [SUBGRAPH_SECRET_HEADER]: secrets[key]!,
    ...(bearer ? { authorization: `Bearer ${bearer}` } : {}),
  });
  return {
    identity,
    issuer: DEV_ISSUER,
    audience: DEV_AUDIENCE,
    secrets,
    verifier: (options = {}) =>
      createTokenVerifier(
        {
          issuer: DEV_ISSUER,
          audience: DEV_AUDIENCE,
          ...(options.jwksUrl ? { jwksUrl: options.jwksUrl } : { publicKeyPem: identity.idp.publicKeyPem }),
          jwksCacheSeconds: options.jwksCacheSeconds ?? 60,
          maxLifetimeSeconds: options.maxLifetimeSeconds ?? 12 * 3600,
          servicePublicKeys: Object.fromEntries(Object.entries(identity.services).map(([k, v]) => [k, v.publicKeyPem])),
        },
        registry,
      ),
    subgraphVerifier: (key) => createExchangedTokenVerifier(identity.gateway.publicKeyPem, key, registry),
    token,
    // A SERVICE identity speaks for a network's outbox, never for a country.
    tokenAs: (role, network, country) =>
      token({
        subject: `test-${role.toLowerCase()}-${network ?? 'none'}`,
        roles: [role],
        network,
        country: role === 'SERVICE' ? undefined : country,
      }),
    subgraphHeaders: (key, bearer) =>
      rawSubgraphHeaders(key, bearer ? exchange(callerFromClaims(decodeJwt(bearer), registry), key) : undefined),
    rawSubgraphHeaders,
  };
}

/** The identity provider's variables, as the gateway reads them. */
export function tokenEnv(auth: TestAuth): Record<string, string> {
  return { JWT_ISSUER: auth.issuer, JWT_AUDIENCE: auth.audience, JWT_PUBLIC_KEY: auth.identity.idp.publicKeyPem };
}

/** Every token variable of a gateway: the identity provider, its own signing key, each outbox's public key. */
export function gatewayTokenEnv(auth: TestAuth, registry: Registry): Record<string, string> {
  return {
    ...tokenEnv(auth),
    GATEWAY_SIGNING_KEY: auth.identity.gateway.privateKeyPem,
    ...Object.fromEntries(
      registry.map((n) => [servicePublicKeyVar(n.code), auth.identity.services[n.key]!.publicKeyPem]),
    ),
  };
}
