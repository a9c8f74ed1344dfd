/**
 * The embedded server's network databases as `npm start` and the benchmark use
 * them, as in production: each network's database with its owner and
 * application roles, migrated (and seeded) as the owner; the subgraphs then
 * serve as the application role.
 */
import type { RunningPostgres } from './embedded-postgres';
import { urlRole } from '#shared/config';
import type { Registry } from '#shared/registry';
import { createDataSource, migrate } from '../../subgraphs/src/db/data-source';
import { seedNetwork, type SeedOptions, type SeedReport } from '../../subgraphs/src/seed/demo';

/** Prepares every network's database; returns the application role's URL of each, by network key. */
export async function prepareDemoDatabases(
  pg: RunningPostgres,
  registry: Registry,
  seed: SeedOptions,
  seeded: (network: Registry[number], report: SeedReport) => void = () => undefined,
): Promise<Map<string, string>> {
  const appUrls = new Map<string, string>();
  for (const n of registry) {
    const urls = await pg.ensureDatabase(n.key);
    appUrls.set(n.key, urls.app);
    const ds = createDataSource({ url: urls.owner, poolSize: 2 });
    await ds.initialize();
    try {
      await migrate(ds, urlRole(urls.app));
      seeded(n, await seedNetwork(ds, n, seed));
    } finally {
      await ds.destroy();
    }
  }
  return appUrls;
}
