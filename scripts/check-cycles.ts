/** `npm run check`: fails when the repository's own modules import each other in a cycle (see lib/import-cycles). */
import { cyclePath, findCycles, importGraph, readSources } from './lib/import-cycles';

const ROOTS = ['shared', 'gateway', 'subgraphs', 'test', 'scripts', 'bench', 'console/src', 'start.ts', 'codegen.ts'];

const graph = importGraph(readSources(process.cwd(), ROOTS));
const cycles = findCycles(graph);
for (const cycle of cycles) {
  console.error(`import cycle of ${cycle.length} modules:\n  ${cyclePath(graph, cycle).join('\n  -> ')}`);
}
if (cycles.length > 0) process.exit(1);
console.log(`no import cycles among ${graph.size} modules`);
