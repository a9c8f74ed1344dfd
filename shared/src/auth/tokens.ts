/**
 * Identity: JWTs verified with `jose`, each signer bound to what it may assert
 * (see trust.ts). The gateway verifies people's tokens from the identity
 * provider and the networks' SERVICE tokens; a subgraph verifies only the
 * tokens the gateway signed for it. A request without a token is anonymous; a
 * request with a bad one is refused, never downgraded to anonymous.
 */
import { createPublicKey } from 'node:crypto';
import {
  createRemoteJWKSet,
  decodeJwt,
  importSPKI,
  jwtVerify,
  errors as joseErrors,
  type JWTPayload,
  type KeyLike,
} from 'jose';
import { LRUCache } from 'lru-cache';
import { ANONYMOUS, type Caller } from '../caller';
import { networkOfKey, type Registry } from '../registry';
import { callerFromClaims, unauthenticated } from './claims';
import {
  EXCHANGED_TOKEN_LIFETIME_S,
  GATEWAY_ISSUER,
  networkAudience,
  SERVICE_AUDIENCE,
  SERVICE_TOKEN_MAX_LIFETIME_S,
  serviceIssuer,
} from './trust';

/** Algorithms accepted for signatures; `none` and HMAC are never accepted. */
export const ALGORITHMS = ['ES256', 'RS256', 'EdDSA'];

/** What the gateway trusts: the identity provider for people, and each network's outbox key for its SERVICE identity. */
export interface TokenConfig {
  issuer: string;
  audience: string;
  /** URL of the identity provider's JSON Web Key Set. */
  jwksUrl?: string;
  /** PEM (SPKI) public key of the identity provider, when no key set URL is used. */
  publicKeyPem?: string;
  /** Seconds a fetched key set is used before it is fetched again: a removed key stops working within this. */
  jwksCacheSeconds: number;
  /** Longest lifetime (exp - iat) of a person's token, in seconds. */
  maxLifetimeSeconds: number;
  /** PEM public key of each network's outbox, by network key; a network without one cannot deliver. */
  servicePublicKeys: Readonly<Record<string, string>>;
}

function describe(err: unknown): string {
  if (err instanceof joseErrors.JWTExpired) return 'the token has expired; get a new one';
  if (err instanceof joseErrors.JWTClaimValidationFailed) {
    if (err.claim === 'nbf') return 'the token is not valid yet';
    if (err.claim === 'iss') return 'the token comes from an issuer this hub does not trust';
    if (err.claim === 'aud') return 'the token was issued for another audience';
    return `the token's ${err.claim} claim is not acceptable`;
  }
  if (err instanceof joseErrors.JWSSignatureVerificationFailed || err instanceof joseErrors.JWKSNoMatchingKey)
    return 'the token signature is not valid';
  if (err instanceof joseErrors.JOSEAlgNotAllowed)
    return 'the token is signed with an algorithm this hub does not accept';
  return 'the token is malformed';
}

export type TokenVerifier = (authorization: string | undefined) => Promise<Caller>;

/** Verified tokens are remembered for at most this long (and never past their expiry). */
export const VERIFIED_TOKEN_TTL_MS = 60_000;
/** Most verified tokens remembered; the least recently used goes first. */
const VERIFIED_TOKENS_KEPT = 10_000;
/** Clock difference tolerated on `iat`, in seconds. */
const CLOCK_SKEW_S = 60;

type Key = KeyLike | ReturnType<typeof createRemoteJWKSet>;

/** How one token is checked: with which key, for which issuer and audience, and what its claims may say. */
interface Check {
  key: Key;
  issuer: string;
  audience: string;
  maxLifetimeSeconds: number;
  /** Refuses claims this signer may not assert. */
  admit?: (caller: Caller) => string | null;
}

/**
 * A verifier over `checkFor` (which picks the check for a token from its unverified
 * issuer), remembering each verified token for at most `ttlMs`.
 */
function memoisedVerifier(
  registry: Registry,
  ttlMs: number,
  checkFor: (issuer: string) => Check | string,
): TokenVerifier {
  // A client sends the same token with every request; checking its signature once per ttl is enough.
  const verified = new LRUCache<string, { caller: Caller; until: number }>({ max: VERIFIED_TOKENS_KEPT });
  return async (authorization) => {
    if (!authorization) return ANONYMOUS;
    const match = /^Bearer ([A-Za-z0-9_.-]{10,8192})$/.exec(authorization.trim());
    if (!match) throw unauthenticated('The Authorization header must be "Bearer <token>".');
    const token = match[1]!;
    const now = Date.now();
    const known = verified.get(token);
    if (known && known.until > now) return known.caller;
    if (known) verified.delete(token);
    let unverifiedIssuer: unknown;
    try {
      unverifiedIssuer = decodeJwt(token).iss;
    } catch {
      throw unauthenticated('Token refused: the token is malformed.');
    }
    const check = checkFor(typeof unverifiedIssuer === 'string' ? unverifiedIssuer : '');
    if (typeof check === 'string') throw unauthenticated(`Token refused: ${check}.`);
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, check.key as Parameters<typeof jwtVerify>[1], {
        issuer: check.issuer,
        audience: check.audience,
        algorithms: ALGORITHMS,
        requiredClaims: ['sub', 'exp', 'iat'],
      }));
    } catch (err) {
      throw unauthenticated(`Token refused: ${describe(err)}.`);
    }
    const iat = Number(payload.iat);
    const exp = Number(payload.exp);
    if (iat > now / 1000 + CLOCK_SKEW_S) throw unauthenticated('Token refused: it was issued in the future.');
    if (exp - iat > check.maxLifetimeSeconds) {
      throw unauthenticated(
        `Token refused: it lives ${Math.round((exp - iat) / 60)} minutes; this hub accepts at most ${Math.round(check.maxLifetimeSeconds / 60)}.`,
      );
    }
    const claims = callerFromClaims(payload, registry);
    const refusal = check.admit?.(claims);
    if (refusal) throw unauthenticated(`Token refused: ${refusal}.`);
    // Shared by every request that carries this token, so nobody may change it.
    const caller: Caller = Object.freeze({ ...claims, roles: Object.freeze([...claims.roles]) });
    verified.set(token, { caller, until: Math.min(now + ttlMs, exp * 1000) });
    return caller;
  };
}

/** The JWS algorithm of a PEM public key: RSA, Ed25519 or (default) P-256. */
function algorithmOf(pem: string): string {
  const type = createPublicKey(pem).asymmetricKeyType;
  return type === 'rsa' ? 'RS256' : type === 'ed25519' ? 'EdDSA' : 'ES256';
}

const importPublicKey = (pem: string) => importSPKI(pem, algorithmOf(pem));

/**
 * The gateway's verifier: people's tokens from the identity provider (never a
 * SERVICE identity), and SERVICE tokens signed by a network's own outbox key
 * for that network alone.
 */
export async function createTokenVerifier(config: TokenConfig, registry: Registry): Promise<TokenVerifier> {
  let idpKey: Key;
  if (config.jwksUrl) {
    idpKey = createRemoteJWKSet(new URL(config.jwksUrl), {
      cacheMaxAge: config.jwksCacheSeconds * 1000,
      cooldownDuration: Math.min(30_000, config.jwksCacheSeconds * 1000),
    });
  } else if (config.publicKeyPem) idpKey = await importPublicKey(config.publicKeyPem);
  else throw new Error('token verification needs a JWKS URL or a public key');
  const serviceKeys = new Map<string, KeyLike>();
  for (const [networkKey, pem] of Object.entries(config.servicePublicKeys)) {
    if (!networkOfKey(registry, networkKey))
      throw new Error(`a service key is configured for ${networkKey}, which is not a network of this hub`);
    serviceKeys.set(serviceIssuer(networkKey), await importPublicKey(pem));
  }
  const networkOfIssuer = new Map(registry.map((n) => [serviceIssuer(n.key), n.key]));
  const person: Check = {
    key: idpKey,
    issuer: config.issuer,
    audience: config.audience,
    maxLifetimeSeconds: config.maxLifetimeSeconds,
    admit: (c) => (c.roles.includes('SERVICE') ? 'the identity provider may not assert the SERVICE role' : null),
  };
  return memoisedVerifier(registry, Math.min(VERIFIED_TOKEN_TTL_MS, config.jwksCacheSeconds * 1000), (issuer) => {
    const networkKey = networkOfIssuer.get(issuer);
    if (networkKey === undefined) return person;
    const key = serviceKeys.get(issuer);
    if (!key) return `the ${networkKey} delivery service has no key configured at this gateway`;
    return {
      key,
      issuer,
      audience: SERVICE_AUDIENCE,
      maxLifetimeSeconds: SERVICE_TOKEN_MAX_LIFETIME_S,
      // A network's key speaks for that network's delivery service and nothing else.
      admit: (c) =>
        c.roles.length === 1 &&
        c.roles[0] === 'SERVICE' &&
        c.network === networkKey &&
        c.country === null &&
        c.contactPointId === null
          ? null
          : `the ${networkKey} service key may only assert SERVICE of ${networkKey}`,
    };
  });
}

/** A subgraph's verifier: only tokens the gateway signed for this network. */
export async function createExchangedTokenVerifier(
  gatewayPublicKeyPem: string,
  networkKey: string,
  registry: Registry,
): Promise<TokenVerifier> {
  const check: Check = {
    key: await importPublicKey(gatewayPublicKeyPem),
    issuer: GATEWAY_ISSUER,
    audience: networkAudience(networkKey),
    maxLifetimeSeconds: EXCHANGED_TOKEN_LIFETIME_S,
  };
  return memoisedVerifier(registry, VERIFIED_TOKEN_TTL_MS, (issuer) =>
    issuer === GATEWAY_ISSUER
      ? check
      : "this subgraph accepts only tokens the hub's gateway signed for it; send requests through the gateway",
  );
}
