import { runSubgraph } from '../src/main';

runSubgraph('wacap');
