/**
 * `npm run schema:publish -- --network KEY [--schema FILE] [--gateway URL] [--print-only]`
 * Publishes a network's subgraph SDL to the hub's schema registry: the SDL this
 * release writes for the network (subgraphs/src/schema/template.ts), or FILE (an
 * earlier version, to roll back); printed on stdout, so `> file` keeps what was sent.
 * The publication is signed with the network's own service key: SERVICE_SIGNING_KEY
 * (the PEM its outbox signs with), or in development the key in JCN_DATA_DIR/keys.
 * The answer (the version, the hashes, or every reason it was refused) goes to
 * stderr; exit code 1 when refused. See docs/schema-publication.md.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { signPublication } from '#shared/auth/publication';
import { privateKeyPem } from '#shared/auth/config';
import { ConfigError, parseEnv, runMain } from '#shared/config';
import { findNetwork, NETWORKS } from '#shared/registry';
import { PUBLICATIONS_PATH } from '../gateway/src/publication/endpoint';
import { networkSubgraphSdl } from '../subgraphs/src/schema/template';
import { ensureDevIdentity } from './lib/dev-keys';
import { devEnvShape, keysDir } from './lib/dev-env';

runMain(async () => {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        network: { type: 'string' },
        schema: { type: 'string' },
        gateway: { type: 'string' },
        'print-only': { type: 'boolean', default: false },
      },
    }));
  } catch (err) {
    throw new ConfigError([(err as Error).message]);
  }
  const network = values.network ? findNetwork(NETWORKS, values.network) : undefined;
  if (!network) throw new ConfigError([`--network must be one of ${NETWORKS.map((n) => n.key).join(', ')}`]);
  const sdl = values.schema ? readFileSync(values.schema, 'utf8') : networkSubgraphSdl(network, NETWORKS);
  process.stdout.write(sdl.endsWith('\n') ? sdl : `${sdl}\n`);
  if (values['print-only']) return;
  const env = parseEnv(
    z.object({
      JCN_DATA_DIR: devEnvShape.JCN_DATA_DIR,
      SERVICE_SIGNING_KEY: privateKeyPem(`of ${network.name}'s outbox (ES256)`).optional(),
      GATEWAY_ORIGIN: z.string().url().default('http://127.0.0.1:4000'),
    }),
    process.env,
  );
  const key =
    env.SERVICE_SIGNING_KEY ?? (await ensureDevIdentity(keysDir(env), NETWORKS)).services[network.key]!.privateKeyPem;
  const url = new URL(PUBLICATIONS_PATH, values.gateway ?? env.GATEWAY_ORIGIN);
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(await signPublication(key, network.key, sdl)),
  });
  const body = (await res.json().catch(() => ({}))) as {
    published?: Record<string, unknown>;
    errors?: { code: string; message: string }[];
  };
  if (res.status === 201 && body.published) {
    console.error(`published ${network.name}: ${JSON.stringify(body.published, null, 2)}`);
    return;
  }
  console.error(`refused (HTTP ${res.status}):`);
  for (const e of body.errors ?? []) console.error(`  ${e.code}: ${e.message}`);
  process.exitCode = 1;
});
