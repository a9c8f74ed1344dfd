/**
 * `npm run report -- --from 2025-01-01 --to 2026-01-01 [--out reports/...] [--gateway URL]`
 * Writes every network's statistics as CSV files. The token comes from
 * JCN_TOKEN, or is a development ANALYST token signed with the key in .data/keys.
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { ensureDevKeys, signToken } from './lib/dev-keys';
import { ConfigError, parseEnv, runMain } from '#shared/config';
import { devEnvShape, keysDir } from './lib/dev-env';
import { writeReport } from './lib/report';

runMain(async () => {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        from: { type: 'string' },
        to: { type: 'string' },
        out: { type: 'string' },
        gateway: { type: 'string', default: 'http://127.0.0.1:4000/graphql' },
      },
    }));
  } catch (err) {
    throw new ConfigError([(err as Error).message]);
  }
  const day = /^\d{4}-\d{2}-\d{2}$/;
  const problems = [
    ...(!values.from || !day.test(values.from) ? ['--from is required: a date like 2025-01-01'] : []),
    ...(!values.to || !day.test(values.to) ? ['--to is required: a date like 2026-01-01 (exclusive)'] : []),
  ];
  if (problems.length) throw new ConfigError(problems);
  const env = parseEnv(
    z.object({ JCN_TOKEN: z.string().optional(), JCN_DATA_DIR: devEnvShape.JCN_DATA_DIR }),
    process.env,
  );
  const token =
    env.JCN_TOKEN ??
    (await signToken(
      (await ensureDevKeys(keysDir(env))).privateKeyPem,
      { subject: 'dev-report', roles: ['ANALYST'] },
      { expiresAt: '10m' },
    ));
  const outDir = values.out ?? join('reports', `${values.from}_${values.to}`);
  const { files, missing } = await writeReport({
    gatewayUrl: values.gateway,
    token,
    from: `${values.from}T00:00:00Z`,
    to: `${values.to}T00:00:00Z`,
    outDir,
  });
  for (const f of files) console.log(`wrote ${f}`);
  if (missing.length) console.error(`warning: no answer from ${missing.join(', ')}; their figures are missing`);
});
