/**
 * Signing a token with an ES256 private key: what a network's delivery service
 * sends the gateway (signServiceToken, in production), and the one signer the
 * development tools build on. The gateway's per-call tokens are signed in exchange.ts.
 */
import { importPKCS8, SignJWT } from 'jose';
import { claimsOf, type TokenClaims } from './claims';
import { SERVICE_AUDIENCE, serviceIssuer } from './trust';

export interface SignOptions {
  issuer: string;
  audience: string;
  /** `kid` header: the key's id in the signer's published key set. */
  keyId?: string;
  /** A jose time span such as "5m", or seconds since the epoch. */
  expiresAt: string | number;
  notBefore?: string | number;
}

/** Signs `claims` with an ES256 PKCS8 private key. */
export async function signClaims(privateKeyPem: string, claims: TokenClaims, options: SignOptions): Promise<string> {
  const key = await importPKCS8(privateKeyPem, 'ES256');
  const jwt = new SignJWT({ ...claimsOf(claims) })
    .setProtectedHeader(options.keyId ? { alg: 'ES256', kid: options.keyId } : { alg: 'ES256' })
    .setSubject(claims.subject)
    .setIssuer(options.issuer)
    .setAudience(options.audience)
    .setIssuedAt()
    .setExpirationTime(options.expiresAt);
  if (options.notBefore !== undefined) jwt.setNotBefore(options.notBefore);
  return jwt.sign(key);
}

/** A SERVICE token of one network's delivery service, signed with that network's own key, for the gateway. */
export function signServiceToken(
  privateKeyPem: string,
  networkKey: string,
  expiresAt: string | number = '5m',
): Promise<string> {
  return signClaims(
    privateKeyPem,
    { subject: `service:${networkKey}`, roles: ['SERVICE'], network: networkKey },
    { issuer: serviceIssuer(networkKey), audience: SERVICE_AUDIENCE, expiresAt },
  );
}
