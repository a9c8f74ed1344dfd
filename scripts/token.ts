/**
 * `npm run token -- --role ROLE [--role ROLE] [--network KEY] [--country ISO3] [--contact-point ID] [--subject S] [--expires 8h (SERVICE: 5m)]`
 * Prints a development token as the development identity provider that `npm start`
 * runs would issue it: its issuer (http://127.0.0.1:<IDP_PORT>), its key from
 * .data/keys and that key's `kid` in its JWKS, so the gateway accepts it like a
 * token from the sign-in flow (the claims are whatever the options say, for
 * scripts and tests). The identity provider never signs SERVICE:
 * `--role SERVICE --network KEY` signs with that network's outbox key instead.
 */
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { decodeJwt } from 'jose';
import { signServiceToken } from '#shared/auth/sign';
import { devKeyId, ensureDevIdentity, signToken } from './lib/dev-keys';
import { SERVICE_TOKEN_MAX_LIFETIME_S } from '#shared/auth/trust';
import { ROLES, type Role } from '#shared/caller';
import { identityEnvShape } from '#shared/auth/config';
import { ConfigError, parseEnv, runMain } from '#shared/config';
import { findCountry } from '#shared/countries';
import { findNetwork, NETWORKS } from '#shared/registry';
import { devEnvShape, devIdpIssuer, keysDir } from './lib/dev-env';

runMain(async () => {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        role: { type: 'string', multiple: true },
        network: { type: 'string' },
        country: { type: 'string' },
        'contact-point': { type: 'string' },
        subject: { type: 'string' },
        expires: { type: 'string' },
      },
    }));
  } catch (err) {
    throw new ConfigError([(err as Error).message]);
  }
  const roles = (values.role ?? []).map((r) => r.toUpperCase());
  const network = values.network ? findNetwork(NETWORKS, values.network) : undefined;
  const country = values.country ? findCountry(values.country) : undefined;
  const problems = [
    ...(roles.length === 0 ? [`--role is required: one or more of ${ROLES.join(', ')}`] : []),
    ...roles
      .filter((r) => !(ROLES as readonly string[]).includes(r))
      .map((r) => `--role ${r} is not one of ${ROLES.join(', ')}`),
    ...(values.network && !network ? [`--network must be one of ${NETWORKS.map((n) => n.key).join(', ')}`] : []),
    ...(values.country && !country ? ['--country must be an ISO 3166-1 code, e.g. KHM'] : []),
    ...(roles.includes('SERVICE') && (roles.length > 1 || !network)
      ? ["--role SERVICE stands alone and needs --network: a SERVICE token speaks for one network's outbox"]
      : []),
  ];
  if (problems.length) throw new ConfigError(problems);
  const env = parseEnv(
    z.object({
      JCN_DATA_DIR: devEnvShape.JCN_DATA_DIR,
      IDP_PORT: devEnvShape.IDP_PORT,
      JWT_MAX_LIFETIME_SECONDS: identityEnvShape(NETWORKS).JWT_MAX_LIFETIME_SECONDS,
    }),
    process.env,
  );
  const identity = await ensureDevIdentity(keysDir(env), NETWORKS);
  if (roles.includes('SERVICE')) {
    console.log(
      checkLifetime(
        await signServiceToken(identity.services[network!.key]!.privateKeyPem, network!.key, values.expires ?? '5m'),
        SERVICE_TOKEN_MAX_LIFETIME_S,
      ),
    );
    return;
  }
  const token = await signToken(
    identity.idp.privateKeyPem,
    {
      subject: values.subject ?? `dev-${roles.join('-').toLowerCase()}${network ? `-${network.key}` : ''}`,
      roles: roles as Role[],
      network: network?.key,
      country: country?.alpha3,
      contactPointId: values['contact-point'],
    },
    {
      issuer: devIdpIssuer(env.IDP_PORT),
      keyId: await devKeyId(identity.idp.publicKeyPem),
      expiresAt: values.expires ?? '8h',
    },
  );
  console.log(checkLifetime(token, env.JWT_MAX_LIFETIME_SECONDS));
});

/** The hub refuses tokens that live longer than its maximum: refuse to print one. */
function checkLifetime(token: string, maxSeconds: number): string {
  const { iat, exp } = decodeJwt(token);
  if (Number(exp) - Number(iat) > maxSeconds) {
    throw new ConfigError([`--expires may be at most ${maxSeconds / 3600} h: the hub refuses tokens that live longer`]);
  }
  return token;
}
