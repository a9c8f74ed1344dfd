/**
 * `npm run build`: the production build in dist/, laid out as the sources are (dist/start.js,
 * dist/gateway/src/main.js, ...): tsc with tsconfig.build.json, then the files the processes
 * read at run time beside the code that reads them (the SDL modules, the supergraph).
 * The image copies dist/ to its root, so paths such as gateway/supergraph.graphql hold there too.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..');
const OUT = join(ROOT, 'dist');

execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', join(ROOT, 'tsconfig.build.json')], {
  stdio: 'inherit',
});
for (const dir of ['shared/src', 'gateway', 'subgraphs']) {
  cpSync(join(ROOT, dir), join(OUT, dir), {
    recursive: true,
    filter: (path) => statSync(path).isDirectory() || path.endsWith('.graphql'),
  });
}
// The sources import shared/ as #shared/*, which package.json maps to the TypeScript files; the compiled code
// gets its own package.json in dist/ mapping the same name to the compiled files.
const imports = { '#shared/*': './shared/src/*.js' };
writeFileSync(join(OUT, 'package.json'), `${JSON.stringify({ private: true, type: 'commonjs', imports }, null, 2)}\n`);
console.log(`built ${OUT}: npm run start:prod -- <gateway | a network | migrate>`);
