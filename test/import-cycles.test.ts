/** The import-cycle check of `npm run check` (scripts/check-cycles.ts), on small in-memory source trees. */
import { cyclePath, findCycles, importGraph, importSpecifiers } from '../scripts/lib/import-cycles';

const tree = (files: Record<string, string>) => importGraph(new Map(Object.entries(files)));

describe('import cycles', () => {
  it('finds a cycle closed only by type imports, through a generated file', () => {
    // The shape this check was written for: a context type, a service it names and generated resolver types.
    const graph = tree({
      'src/context.ts': "import type { Reads } from './directory/reads';\nexport interface Context { reads: Reads }",
      'src/directory/reads.ts': "import type { Filter } from '../__generated__/types';\nexport class Reads {}",
      'src/__generated__/types.ts': "import type { Context } from '../context';\nexport type Filter = {};",
      'src/main.ts': "import { Reads } from './directory/reads';",
    });
    const cycles = findCycles(graph);
    expect(cycles).toEqual([['src/__generated__/types.ts', 'src/context.ts', 'src/directory/reads.ts']]);
    expect(cyclePath(graph, cycles[0]!)).toEqual([
      'src/__generated__/types.ts',
      'src/context.ts',
      'src/directory/reads.ts',
      'src/__generated__/types.ts',
    ]);
  });

  it('finds two modules that import each other, and cycles through re-exports, index files and .js suffixes', () => {
    expect(findCycles(tree({ 'a.ts': "import { b } from './b';", 'b.ts': "import { a } from './a';" }))).toEqual([
      ['a.ts', 'b.ts'],
    ]);
    const graph = tree({
      'lib/index.ts': "export * from './x.js';",
      'lib/x.ts': "import type { Y } from '../y';",
      'y.tsx': "export { z } from './lib';",
    });
    expect(findCycles(graph)).toEqual([['lib/index.ts', 'lib/x.ts', 'y.tsx']]);
  });

  it('follows #shared/ imports into shared/src', () => {
    const graph = tree({
      'shared/src/registry.ts': "import { handler } from '../../gateway/src/handler';",
      'gateway/src/handler.ts': "import type { Registry } from '#shared/registry';",
    });
    expect(graph.get('gateway/src/handler.ts')).toEqual(['shared/src/registry.ts']);
    expect(findCycles(graph)).toEqual([['gateway/src/handler.ts', 'shared/src/registry.ts']]);
  });

  it('reports nothing for a tree without cycles, whatever it imports from packages', () => {
    const graph = tree({
      'a.ts': "import { b } from './b';\nimport type { DataSource } from 'typeorm';\nimport { join } from 'node:path';",
      'b.ts': "import { c } from './c';\nconst lazy = () => import('./c');",
      'c.ts': "import './styles.css';\nexport const c = 1;",
    });
    expect(graph.get('a.ts')).toEqual(['b.ts']);
    expect(findCycles(graph)).toEqual([]);
  });

  it('reads import, import type, export from and dynamic import specifiers', () => {
    const source = [
      "import { a } from './a';",
      "import type { B } from './b';",
      "export { c } from './c';",
      "const d = await import('./d');",
      '// import { e } from "./e";',
    ].join('\n');
    expect(importSpecifiers(source)).toEqual(['./a', './b', './c', './d']);
  });
});
