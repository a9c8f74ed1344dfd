/**
 * Token exchange at the gateway: for each subgraph call, a token the gateway
 * signs for that one network (audience), carrying the claims it verified. The
 * user's own token never leaves the gateway. Signed with node:crypto directly
 * (synchronous, about 50 µs), and reused for half its lifetime per caller and network.
 */
import { createPrivateKey, sign, type KeyObject } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import type { Caller } from '../caller';
import { claimsOf } from './claims';
import { EXCHANGED_TOKEN_LIFETIME_S, GATEWAY_ISSUER, networkAudience } from './trust';

/** Signs the token a subgraph call carries; undefined for an anonymous caller. */
export type TokenExchange = (caller: Caller, networkKey: string) => string | undefined;

/** Most signed tokens remembered (one per caller and network); the least recently used goes first. */
const KEPT = 10_000;
const HEADER = Buffer.from(JSON.stringify({ alg: 'ES256', typ: 'JWT' })).toString('base64url');

/** ES256 compact JWS of `payload`. */
function signEs256(key: KeyObject, payload: Record<string, unknown>): string {
  const input = `${HEADER}.${Buffer.from(JSON.stringify(payload)).toString('base64url')}`;
  return `${input}.${sign('sha256', Buffer.from(input), { key, dsaEncoding: 'ieee-p1363' }).toString('base64url')}`;
}

/** The gateway's exchange, from its ES256 (P-256) PKCS8 private key. */
export function createTokenExchange(
  privateKeyPem: string,
  lifetimeSeconds = EXCHANGED_TOKEN_LIFETIME_S,
): TokenExchange {
  const key = createPrivateKey(privateKeyPem);
  if (key.asymmetricKeyType !== 'ec' || key.asymmetricKeyDetails?.namedCurve !== 'prime256v1') {
    throw new Error('the gateway signing key must be an EC P-256 (ES256) private key');
  }
  const issued = new LRUCache<string, { token: string; renewAt: number }>({ max: KEPT });
  return (caller, networkKey) => {
    if (caller.subject === null) return undefined;
    const cacheKey = `${networkKey}\n${caller.subject}\n${caller.roles.join(',')}\n${caller.network}\n${caller.country}\n${caller.contactPointId}`;
    const now = Date.now();
    const known = issued.get(cacheKey);
    if (known && known.renewAt > now) return known.token;
    const iat = Math.floor(now / 1000);
    const token = signEs256(key, {
      iss: GATEWAY_ISSUER,
      aud: networkAudience(networkKey),
      sub: caller.subject,
      iat,
      exp: iat + lifetimeSeconds,
      ...claimsOf(caller),
    });
    issued.set(cacheKey, { token, renewAt: now + (lifetimeSeconds * 1000) / 2 });
    return token;
  };
}
