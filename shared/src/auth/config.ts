/** Environment variables of token signing and verification, shared by the gateway and the subgraphs. */
import { z } from 'zod';
import type { Registry } from '../registry';
import type { TokenConfig } from './tokens';

/** A PEM value from the environment; "\\n" escapes (one-line env files) become newlines. */
export const pem = (marker: string, message: string) =>
  z.preprocess((v) => (typeof v === 'string' ? v.replace(/\\n/g, '\n') : v), z.string().includes(marker, { message }));

export const publicKeyPem = (what: string) => pem('BEGIN PUBLIC KEY', `must be the PEM public key (SPKI) of ${what}`);
export const privateKeyPem = (what: string) => pem('BEGIN PRIVATE KEY', `must be the PKCS8 PEM private key ${what}`);

/** Variable of the public key of a network's outbox, e.g. SERVICE_PUBLIC_KEY_SEAJUST. */
export const servicePublicKeyVar = (code: string) => `SERVICE_PUBLIC_KEY_${code}`;

/** The gateway's identity variables: the identity provider, and each network's outbox key. */
export function identityEnvShape(registry: Registry) {
  return {
    /** Issuer (iss) of people's tokens: the identity provider. */
    JWT_ISSUER: z
      .string({ required_error: "required: the issuer (iss) of the identity provider's tokens" })
      .min(1)
      .refine(
        (v) => !v.startsWith('urn:jcn:'),
        "must be the identity provider's issuer; urn:jcn: issuers are the hub's own",
      ),
    /** Audience (aud) people's tokens must carry. */
    JWT_AUDIENCE: z.string({ required_error: 'required: the audience (aud) tokens must be issued for' }).min(1),
    /** JSON Web Key Set URL of the identity provider. */
    JWT_JWKS_URL: z.string().url().optional(),
    /** PEM (SPKI) public key of the identity provider, instead of a key set URL. */
    JWT_PUBLIC_KEY: publicKeyPem('the identity provider').optional(),
    /** Seconds a fetched key set is used: a key removed from it stops working within this. */
    JWT_JWKS_CACHE_SECONDS: z.coerce.number().int().min(1).max(3600).default(60),
    /** Longest lifetime (exp - iat) of a person's token, in seconds; longer ones are refused. */
    JWT_MAX_LIFETIME_SECONDS: z.coerce
      .number()
      .int()
      .min(60)
      .max(7 * 86_400)
      .default(12 * 3600),
    ...Object.fromEntries(
      registry.map((n) => [servicePublicKeyVar(n.code), publicKeyPem(`${n.name}'s outbox key`).optional()]),
    ),
  };
}

/** A secret shared between the gateway and one subgraph: long and random. */
export const sharedSecret = (name: string) =>
  z
    .string({ required_error: `required: a random secret of at least 32 characters shared by the gateway and ${name}` })
    .min(32, 'must be at least 32 characters');

/** Refinement: exactly one of JWT_JWKS_URL and JWT_PUBLIC_KEY. */
export function oneKeySource(env: Record<string, unknown>, ctx: z.RefinementCtx): void {
  if (!env.JWT_JWKS_URL === !env.JWT_PUBLIC_KEY) {
    ctx.addIssue({
      code: z.ZodIssueCode.custom,
      path: ['JWT_JWKS_URL'],
      message: 'set exactly one of JWT_JWKS_URL and JWT_PUBLIC_KEY',
    });
  }
}

export function tokenConfig(env: Record<string, unknown>, registry: Registry): TokenConfig {
  const str = (name: string) => (typeof env[name] === 'string' ? (env[name] as string) : undefined);
  return {
    issuer: String(env.JWT_ISSUER),
    audience: String(env.JWT_AUDIENCE),
    jwksUrl: str('JWT_JWKS_URL'),
    publicKeyPem: str('JWT_PUBLIC_KEY'),
    jwksCacheSeconds: Number(env.JWT_JWKS_CACHE_SECONDS),
    maxLifetimeSeconds: Number(env.JWT_MAX_LIFETIME_SECONDS),
    servicePublicKeys: Object.fromEntries(
      registry.flatMap((n) => (str(servicePublicKeyVar(n.code)) ? [[n.key, str(servicePublicKeyVar(n.code))!]] : [])),
    ),
  };
}
