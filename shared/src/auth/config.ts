/** Environment variables of token verification, shared by the gateway and the subgraphs. */
import { z } from 'zod';
import type { TokenConfig } from './tokens';

/** A PEM value from the environment; "\\n" escapes (one-line env files) become newlines. */
export const pem = (marker: string, message: string) =>
  z.preprocess((v) => (typeof v === 'string' ? v.replace(/\\n/g, '\n') : v), z.string().includes(marker, { message }));

export const tokenEnvShape = {
  /** Issuer (iss) every token must carry. */
  JWT_ISSUER: z.string({ required_error: 'required: the issuer (iss) of trusted tokens' }).min(1),
  /** Audience (aud) every token must carry. */
  JWT_AUDIENCE: z.string({ required_error: 'required: the audience (aud) tokens must be issued for' }).min(1),
  /** JSON Web Key Set URL of the issuer. */
  JWT_JWKS_URL: z.string().url().optional(),
  /** PEM (SPKI) public key of the issuer, instead of a key set URL. */
  JWT_PUBLIC_KEY: pem('BEGIN PUBLIC KEY', 'must be a PEM public key').optional(),
};

/** A secret shared between the gateway and one subgraph: long and random. */
export const sharedSecret = (name: string) =>
  z.string({ required_error: `required: a random secret of at least 32 characters shared by the gateway and ${name}` }).min(32, 'must be at least 32 characters');

type TokenEnv = { JWT_ISSUER: string; JWT_AUDIENCE: string; JWT_JWKS_URL?: string; JWT_PUBLIC_KEY?: string };

/** Refinement: exactly one of JWT_JWKS_URL and JWT_PUBLIC_KEY. */
export function oneKeySource(env: Record<string, unknown>, ctx: z.RefinementCtx): void {
  if (!env.JWT_JWKS_URL === !env.JWT_PUBLIC_KEY) {
    ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['JWT_JWKS_URL'], message: 'set exactly one of JWT_JWKS_URL and JWT_PUBLIC_KEY' });
  }
}

export function tokenConfig(env: TokenEnv): TokenConfig {
  return { issuer: env.JWT_ISSUER, audience: env.JWT_AUDIENCE, jwksUrl: env.JWT_JWKS_URL, publicKeyPem: env.JWT_PUBLIC_KEY };
}
