import { runSubgraph } from '../src/main';

runSubgraph('gljc');
