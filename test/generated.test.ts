/** Committed generated files must match what their generators produce now. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generate } from '@graphql-codegen/cli';
import config from '../codegen';
import { baselineSdlPath, SUPERGRAPH_PATH } from '../gateway/src/supergraph/names';
import { HUB_SDL_PATH, hubCodegenSdl } from '../gateway/src/hub/write-sdl';
import { composeSupergraph } from '../scripts/compose';
import { NETWORKS } from '#shared/registry';
import { networkSubgraphSdl, templateSdl } from '../subgraphs/src/schema/template';
import { TEMPLATE_SDL_PATH } from '../subgraphs/src/schema/write-sdl';

const ROOT = join(__dirname, '..');

describe('generated files are fresh', () => {
  it('gateway/supergraph.graphql is what `npm run compose` writes', () => {
    expect(readFileSync(SUPERGRAPH_PATH, 'utf8')).toBe(composeSupergraph(NETWORKS));
  });

  it("each network's SDL in gateway/baseline/ is what `npm run compose` writes", () => {
    for (const n of NETWORKS)
      expect(readFileSync(baselineSdlPath(n.key), 'utf8')).toBe(networkSubgraphSdl(n, NETWORKS));
  });

  it('the template SDL is what `npm run codegen` writes', () => {
    expect(readFileSync(TEMPLATE_SDL_PATH, 'utf8')).toBe(templateSdl());
  });

  it("the hub's SDL is what `npm run codegen` writes for the registry", () => {
    expect(readFileSync(HUB_SDL_PATH, 'utf8')).toBe(hubCodegenSdl());
  });

  it("the resolver and schema types (the network template's and the hub's) are what `npm run codegen` writes", async () => {
    const outputs = await generate({ ...config, cwd: ROOT, silent: true }, false);
    expect(outputs.map((out: { filename: string }) => out.filename).sort()).toEqual([
      'gateway/src/hub/__generated__/resolvers-types.ts',
      'subgraphs/src/__generated__/resolvers-types.ts',
      'subgraphs/src/__generated__/schema-types.ts',
    ]);
    for (const out of outputs) {
      expect(readFileSync(join(ROOT, out.filename), 'utf8')).toBe(out.content);
    }
  });
});
