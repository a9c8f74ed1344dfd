/**
 * Identity: JWTs from a trusted issuer, verified with `jose` at the gateway and
 * again in every subgraph. A request without a token is anonymous; a request
 * with a bad one is refused, never downgraded to anonymous.
 */
import { createPublicKey } from 'node:crypto';
import { createRemoteJWKSet, importSPKI, jwtVerify, errors as joseErrors, type JWTPayload, type KeyLike } from 'jose';
import { GraphQLError } from 'graphql';
import { ANONYMOUS, ROLES, type Caller, type Role } from '../caller';
import { findCountry } from '../countries';
import type { Registry } from '../registry';

/** Algorithms accepted for signatures; `none` and HMAC are never accepted. */
export const ALGORITHMS = ['ES256', 'RS256', 'EdDSA'];

export interface TokenConfig {
  issuer: string;
  audience: string;
  /** URL of the issuer's JSON Web Key Set. */
  jwksUrl?: string;
  /** PEM (SPKI) public key, when no key set URL is used. */
  publicKeyPem?: string;
}

/** UNAUTHENTICATED with HTTP 401: the whole request is refused. */
export function unauthenticated(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
}

function describe(err: unknown): string {
  if (err instanceof joseErrors.JWTExpired) return 'the token has expired; get a new one';
  if (err instanceof joseErrors.JWTClaimValidationFailed) {
    if (err.claim === 'nbf') return 'the token is not valid yet';
    if (err.claim === 'iss') return 'the token comes from an issuer this hub does not trust';
    if (err.claim === 'aud') return 'the token was issued for another audience';
    return `the token's ${err.claim} claim is not acceptable`;
  }
  if (err instanceof joseErrors.JWSSignatureVerificationFailed || err instanceof joseErrors.JWKSNoMatchingKey) return 'the token signature is not valid';
  if (err instanceof joseErrors.JOSEAlgNotAllowed) return 'the token is signed with an algorithm this hub does not accept';
  return 'the token is malformed';
}

export type TokenVerifier = (authorization: string | undefined) => Promise<Caller>;

/** Verified tokens are remembered for at most this long (and never past their expiry): a key removed from the key set stops working within it. */
export const VERIFIED_TOKEN_TTL_MS = 60_000;
/** Most verified tokens remembered; the oldest goes first. */
const VERIFIED_TOKENS_KEPT = 10_000;

/** Builds a verifier from configuration: turns an Authorization header into the caller. */
export async function createTokenVerifier(config: TokenConfig, registry: Registry): Promise<TokenVerifier> {
  let key: KeyLike | ReturnType<typeof createRemoteJWKSet>;
  if (config.jwksUrl) key = createRemoteJWKSet(new URL(config.jwksUrl));
  else if (config.publicKeyPem) {
    key = await importSPKI(config.publicKeyPem, algorithmOf(config.publicKeyPem));
  } else throw new Error('token verification needs a JWKS URL or a public key');

  // A client sends the same token with every request; checking its signature once a minute is enough.
  const verified = new Map<string, { caller: Caller; until: number }>();
  return async (authorization) => {
    if (!authorization) return ANONYMOUS;
    const match = /^Bearer ([A-Za-z0-9_.-]{10,8192})$/.exec(authorization.trim());
    if (!match) throw unauthenticated('The Authorization header must be "Bearer <token>".');
    const now = Date.now();
    const known = verified.get(match[1]!);
    if (known && known.until > now) return known.caller;
    if (known) verified.delete(match[1]!);
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(match[1]!, key as Parameters<typeof jwtVerify>[1], {
        issuer: config.issuer,
        audience: config.audience,
        algorithms: ALGORITHMS,
        requiredClaims: ['sub', 'exp'],
      }));
    } catch (err) {
      throw unauthenticated(`Token refused: ${describe(err)}.`);
    }
    // Shared by every request that carries this token, so nobody may change it.
    const claims = callerFromClaims(payload, registry);
    const caller: Caller = Object.freeze({ ...claims, roles: Object.freeze([...claims.roles]) });
    if (verified.size >= VERIFIED_TOKENS_KEPT) verified.delete(verified.keys().next().value!);
    verified.set(match[1]!, { caller, until: Math.min(now + VERIFIED_TOKEN_TTL_MS, Number(payload.exp) * 1000) });
    return caller;
  };
}

/** The JWS algorithm of a PEM public key: RSA, Ed25519 or (default) P-256. */
function algorithmOf(pem: string): string {
  const type = createPublicKey(pem).asymmetricKeyType;
  return type === 'rsa' ? 'RS256' : type === 'ed25519' ? 'EdDSA' : 'ES256';
}

/** Checks the hub's claims; a token with unknown roles, network or country is refused. */
export function callerFromClaims(payload: JWTPayload, registry: Registry): Caller {
  const roles = payload.roles;
  if (!Array.isArray(roles) || roles.length === 0 || !roles.every((r) => (ROLES as readonly unknown[]).includes(r))) {
    throw unauthenticated(`Token refused: the roles claim must list some of ${ROLES.join(', ')}.`);
  }
  const network = payload.network;
  if (network !== undefined && (typeof network !== 'string' || !registry.some((n) => n.key === network))) {
    throw unauthenticated('Token refused: the network claim names no network of this hub.');
  }
  const country = payload.country;
  if (country !== undefined && (typeof country !== 'string' || findCountry(country)?.alpha3 !== country)) {
    throw unauthenticated('Token refused: the country claim must be an ISO 3166-1 alpha-3 code.');
  }
  const cp = payload.contact_point_id;
  if (cp !== undefined && typeof cp !== 'string') throw unauthenticated('Token refused: contact_point_id must be a string.');
  return {
    subject: String(payload.sub),
    roles: roles as Role[],
    network: (network as string | undefined) ?? null,
    country: (country as string | undefined) ?? null,
    contactPointId: (cp as string | undefined) ?? null,
  };
}
