/**
 * A network's schema publication, signed with that network's own service key (the
 * key its outbox signs SERVICE tokens with): a JWT naming the network, the SHA-256
 * of the SDL, a nonce (jti) and a short expiry. The SDL travels beside it; the hub
 * verifies the signature with the key IT holds for the network the request names,
 * never with a key sent along. Its audience is not the gateway's, so a publication
 * is never a SERVICE token, nor a SERVICE token a publication.
 */
import { createHash, createPublicKey, randomUUID } from 'node:crypto';
import { errors as joseErrors, importPKCS8, importSPKI, jwtVerify, SignJWT } from 'jose';
import { serviceIssuer } from './trust';

/** Audience of a schema publication. */
export const PUBLICATION_AUDIENCE = 'urn:jcn:schema-registry';

/** Longest lifetime of a signed publication, in seconds: long enough to send, short enough to bound replays. */
export const PUBLICATION_MAX_LIFETIME_S = 5 * 60;

/** Clock difference tolerated on `iat`, in seconds. */
const CLOCK_SKEW_S = 60;

/** Hex SHA-256 of a text: what a publication signs for its SDL, and what the hub records. */
export const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/** What a network sends the hub: its key, its SDL, and the signature over both. */
export interface SignedPublication {
  network: string;
  sdl: string;
  signature: string;
}

/** Signs the publication of `sdl` for `networkKey` with that network's ES256 PKCS8 private key. */
export async function signPublication(
  privateKeyPem: string,
  networkKey: string,
  sdl: string,
  lifetimeSeconds = PUBLICATION_MAX_LIFETIME_S,
): Promise<SignedPublication> {
  const key = await importPKCS8(privateKeyPem, 'ES256');
  const signature = await new SignJWT({ network: networkKey, sdl_sha256: sha256(sdl) })
    .setProtectedHeader({ alg: 'ES256' })
    .setSubject(`publisher:${networkKey}`)
    .setIssuer(serviceIssuer(networkKey))
    .setAudience(PUBLICATION_AUDIENCE)
    .setJti(randomUUID())
    .setIssuedAt()
    .setExpirationTime(Math.floor(Date.now() / 1000) + lifetimeSeconds)
    .sign(key);
  return { network: networkKey, sdl, signature };
}

/** A publication whose signature held: who signed, its nonce and when it stops being accepted. */
export interface VerifiedPublication {
  network: string;
  sdlHash: string;
  nonce: string;
  expiresAt: Date;
}

/** Why a signature was refused: a stable code and a sentence. */
export class PublicationSignatureError extends Error {
  constructor(
    readonly code: 'SIGNATURE_INVALID' | 'PUBLICATION_EXPIRED' | 'SDL_HASH_MISMATCH',
    message: string,
  ) {
    super(message);
  }
}

/**
 * Verifies `publication` with `publicKeyPem`, the key the hub holds for `publication.network`:
 * issuer, audience, network claim, SDL hash, a nonce, and a lifetime of at most
 * PUBLICATION_MAX_LIFETIME_S. Throws PublicationSignatureError.
 */
export async function verifyPublication(
  publication: SignedPublication,
  publicKeyPem: string,
  now = new Date(),
): Promise<VerifiedPublication> {
  const type = createPublicKey(publicKeyPem).asymmetricKeyType;
  const alg = type === 'rsa' ? 'RS256' : type === 'ed25519' ? 'EdDSA' : 'ES256';
  let payload;
  try {
    ({ payload } = await jwtVerify(publication.signature, await importSPKI(publicKeyPem, alg), {
      issuer: serviceIssuer(publication.network),
      audience: PUBLICATION_AUDIENCE,
      algorithms: [alg],
      requiredClaims: ['jti', 'iat', 'exp'],
      currentDate: now,
    }));
  } catch (err) {
    if (err instanceof joseErrors.JWTExpired)
      throw new PublicationSignatureError('PUBLICATION_EXPIRED', 'The publication has expired; sign it again.');
    throw new PublicationSignatureError(
      'SIGNATURE_INVALID',
      `The publication is not signed with the key this hub holds for ${publication.network}.`,
    );
  }
  const iat = Number(payload.iat);
  const exp = Number(payload.exp);
  if (iat > now.getTime() / 1000 + CLOCK_SKEW_S || exp - iat > PUBLICATION_MAX_LIFETIME_S) {
    throw new PublicationSignatureError(
      'SIGNATURE_INVALID',
      `A publication lives at most ${PUBLICATION_MAX_LIFETIME_S / 60} minutes from when it was signed.`,
    );
  }
  if (payload.network !== publication.network)
    throw new PublicationSignatureError('SIGNATURE_INVALID', 'The signature names another network.');
  const sdlHash = sha256(publication.sdl);
  if (payload.sdl_sha256 !== sdlHash)
    throw new PublicationSignatureError('SDL_HASH_MISMATCH', 'The SDL is not the one that was signed.');
  return { network: publication.network, sdlHash, nonce: String(payload.jti), expiresAt: new Date(exp * 1000) };
}
