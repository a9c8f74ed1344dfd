/**
 * The production entry (`npm run start:prod -- <process>`, and the image's command): runs one
 * process of the compiled build, named by its argument or JCN_PROCESS: `gateway`, a network's
 * key (its subgraph), `migrate` (the migration job), or `restored <network> [--accept-jump ...]` (after a restore from a backup). Each loads only its own modules: the
 * gateway never TypeORM, a subgraph never Apollo Gateway. Gateway workers (GATEWAY_WORKERS)
 * are forked with the same argument, so they start the same way.
 */
/* eslint-disable @typescript-eslint/no-require-imports -- loaded on demand, so a process holds only its own code */
import { NETWORKS } from '#shared/registry';

const processes: Record<string, () => void> = {
  gateway: () => require('./gateway/src/main'),
  migrate: () => (require('./subgraphs/src/migrate') as typeof import('./subgraphs/src/migrate')).runMigration(),
  restored: () =>
    (require('./subgraphs/src/restored') as typeof import('./subgraphs/src/restored')).runRestored(
      process.argv.slice(3),
    ),
  ...Object.fromEntries(
    NETWORKS.map((n) => [
      n.key,
      () => (require('./subgraphs/src/main') as typeof import('./subgraphs/src/main')).runSubgraph(n.key),
    ]),
  ),
};

const name = process.argv[2] ?? process.env.JCN_PROCESS ?? '';
const start = processes[name];
if (start) start();
else {
  console.error(
    `Name the process to run, as the argument or JCN_PROCESS: one of ${Object.keys(processes).join(', ')}${name ? ` (not "${name}")` : ''}.`,
  );
  process.exitCode = 2;
}
