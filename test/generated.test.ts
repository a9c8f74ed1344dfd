/** Committed generated files must match what their generators produce now. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generate } from '@graphql-codegen/cli';
import config from '../codegen';
import { SUPERGRAPH_PATH } from '../gateway/src/compose';
import { composeSupergraph } from '../scripts/compose';
import { NETWORKS } from '../shared/src/registry';
import { templateSdl } from '../subgraphs/src/schema/template';
import { TEMPLATE_SDL_PATH } from '../subgraphs/src/schema/write-sdl';

const ROOT = join(__dirname, '..');

describe('generated files are fresh', () => {
  it('gateway/supergraph.graphql is what `npm run compose` writes', () => {
    expect(readFileSync(SUPERGRAPH_PATH, 'utf8')).toBe(composeSupergraph(NETWORKS));
  });

  it('the template SDL is what `npm run codegen` writes', () => {
    expect(readFileSync(TEMPLATE_SDL_PATH, 'utf8')).toBe(templateSdl());
  });

  it('the resolver types are what `npm run codegen` writes', async () => {
    const outputs = await generate({ ...config, cwd: ROOT, silent: true }, false);
    expect(outputs.length).toBeGreaterThan(0);
    for (const out of outputs) {
      expect(readFileSync(join(ROOT, out.filename), 'utf8')).toBe(out.content);
    }
  });
});
