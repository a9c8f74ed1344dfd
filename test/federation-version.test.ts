/**
 * A tripwire on the Apollo Federation packages. The gateway's own executor (gateway/src/execution/) plans with
 * @apollo/query-planner, reads @apollo/federation-internals' operation model and imports a type from inside
 * @apollo/gateway's dist/, and its shaping is tested against @apollo/gateway's resultShaping: it was written
 * against Apollo's executor of exactly this release. A new release may change what a plan holds or how Apollo
 * shapes an answer, so the packages are pinned exactly, and raising them means failing this test first: re-read
 * Apollo Gateway's executeQueryPlan.ts and resultShaping.ts of the new release, run the executor comparisons
 * (test/own-executor.int.test.ts, test/console-queries-executors.int.test.ts, shape.test.ts), then change
 * REVIEWED_RELEASE.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const REVIEWED_RELEASE = '2.14.4';
const FEDERATION_PACKAGES = [
  '@apollo/composition',
  '@apollo/federation-internals',
  '@apollo/gateway',
  '@apollo/query-planner',
  '@apollo/query-graphs',
  '@apollo/subgraph',
];
const ROOT = join(__dirname, '..');

const readJson = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;

describe('Apollo Federation packages', () => {
  it('are pinned to one exact release in package.json', () => {
    const manifest = readJson(join(ROOT, 'package.json')) as { dependencies: Record<string, string> };
    const declared = FEDERATION_PACKAGES.filter((name) => name in manifest.dependencies);
    expect(declared.length).toBeGreaterThanOrEqual(5);
    for (const name of declared)
      expect({ name, range: manifest.dependencies[name] }).toEqual({ name, range: REVIEWED_RELEASE });
  });

  it('are installed at the release the gateway executor was reviewed against', () => {
    for (const name of FEDERATION_PACKAGES) {
      const installed = readJson(join(ROOT, 'node_modules', name, 'package.json')).version;
      expect({ name, installed }).toEqual({ name, installed: REVIEWED_RELEASE });
    }
  });
});
