/**
 * `npm run token -- --role ROLE [--role ROLE] [--network KEY] [--country ISO3] [--contact-point ID] [--subject S] [--expires 8h]`
 * Prints a development token signed with the key `npm start` made in .data/keys.
 */
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { ensureDevKeys, signToken } from '../shared/src/auth/dev-keys';
import { ROLES, type Role } from '../shared/src/caller';
import { ConfigError, parseEnv, runMain } from '../shared/src/config';
import { findCountry } from '../shared/src/countries';
import { findNetwork, NETWORKS } from '../shared/src/registry';
import { devEnvShape, keysDir } from './lib/dev-env';

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
        expires: { type: 'string', default: '8h' },
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
    ...roles.filter((r) => !(ROLES as readonly string[]).includes(r)).map((r) => `--role ${r} is not one of ${ROLES.join(', ')}`),
    ...(values.network && !network ? [`--network must be one of ${NETWORKS.map((n) => n.key).join(', ')}`] : []),
    ...(values.country && !country ? ['--country must be an ISO 3166-1 code, e.g. KHM'] : []),
  ];
  if (problems.length) throw new ConfigError(problems);
  const env = parseEnv(z.object({ JCN_DATA_DIR: devEnvShape.JCN_DATA_DIR }), process.env);
  const keys = await ensureDevKeys(keysDir(env));
  const token = await signToken(
    keys.privateKeyPem,
    {
      subject: values.subject ?? `dev-${roles.join('-').toLowerCase()}${network ? `-${network.key}` : ''}`,
      roles: roles as Role[],
      network: network?.key,
      country: country?.alpha3,
      contactPointId: values['contact-point'],
    },
    { expiresAt: values.expires },
  );
  console.log(token);
});
