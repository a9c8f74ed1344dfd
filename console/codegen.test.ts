/** The console's committed generated files match what `npm run codegen:console` writes now. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generate } from '@graphql-codegen/cli';
import {
  API_SCHEMA_PATH,
  apiSchemaSdl,
  componentSources,
  CONSOLE_OPERATIONS_PATH,
  consoleCodegenConfig,
  consoleOperationsSource,
  handWrittenNetworks,
  NETWORK_DOCUMENTS_PATH,
  networkDocumentsSource,
  POSSIBLE_TYPES_PATH,
  possibleTypesSource,
} from './codegen';

const ROOT = join(__dirname, '..');

describe('console generated files are fresh', () => {
  it('console/schema.graphql is the API schema of gateway/supergraph.graphql', () => {
    expect(readFileSync(API_SCHEMA_PATH, 'utf8')).toBe(apiSchemaSdl());
  });

  it("the cache's possible types are the schema's", () => {
    expect(readFileSync(POSSIBLE_TYPES_PATH, 'utf8')).toBe(possibleTypesSource());
  });

  it("each network's copies of the network documents are what the templates and the registry give", () => {
    expect(readFileSync(NETWORK_DOCUMENTS_PATH, 'utf8')).toBe(networkDocumentsSource());
  });

  it('the typed documents are what the client preset generates from the components', async () => {
    const outputs = await generate({ ...consoleCodegenConfig, cwd: ROOT, silent: true }, false);
    expect(outputs.length).toBeGreaterThan(0);
    for (const out of outputs) {
      expect({ file: out.filename, content: readFileSync(join(ROOT, out.filename), 'utf8') }).toEqual({
        file: out.filename,
        content: out.content,
      });
    }
  });

  it("the operation names the metrics keep series for are the typed documents' (a query and a mutation among them)", () => {
    const source = readFileSync(CONSOLE_OPERATIONS_PATH, 'utf8');
    expect(source).toBe(consoleOperationsSource());
    expect(source).toContain('"AnalyticsDashboard"');
    expect(source).toMatch(/"\w*CreateReferral"/);
  });
});

describe('networks in the components', () => {
  it('no component names a network by hand: its documents are written once, for every network', () => {
    const sources = componentSources();
    expect(sources.length).toBeGreaterThan(50);
    expect(sources.filter((s) => handWrittenNetworks(s.source).length > 0).map((s) => s.file)).toEqual([]);
  });

  it('finds a hand-written network block, root field or type', () => {
    const handWritten = `
      mutation CreateReferral($input: ReferralInput!, $key: String!, $seajust: Boolean!) {
        seajust @include(if: $seajust) {
          createReferral(input: $input, idempotencyKey: $key) { id }
        }
        casc {
          ... on CascMutations { __typename }
        }
      }`;
    expect(handWrittenNetworks(handWritten)).toEqual(['casc {', 'CascMutations', 'seajust @include(if: $seajust) {']);
  });
});
