import { runSubgraph } from '../src/main';

runSubgraph('casc');
