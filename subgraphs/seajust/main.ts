import { runSubgraph } from '../src/main';

runSubgraph('seajust');
