/** Starts one network's subgraph: `runSubgraph('seajust')`, from that network's thin entry. */
import { tokenConfig } from '../../shared/src/auth/config';
import { createTokenVerifier } from '../../shared/src/auth/tokens';
import { runMain } from '../../shared/src/config';
import { findNetwork, NETWORKS } from '../../shared/src/registry';
import { subgraphConfig } from './config';
import { createDataSource, migrate } from './db/data-source';
import { createSubgraph } from './subgraph';

export function runSubgraph(key: string, env: Record<string, string | undefined> = process.env): void {
  runMain(async () => {
    const network = findNetwork(NETWORKS, key);
    if (!network) throw new Error(`unknown network ${key}; the registry has ${NETWORKS.map((n) => n.key).join(', ')}`);
    const config = subgraphConfig(network, env);
    const verifyToken = await createTokenVerifier(tokenConfig(config), NETWORKS);
    const ds = createDataSource({ url: config.DATABASE_URL, poolSize: config.DB_POOL_SIZE });
    await ds.initialize();
    await migrate(ds);
    const subgraph = createSubgraph(network, {
      ds,
      verifyToken,
      secret: config.SUBGRAPH_SECRET,
      production: config.NODE_ENV === 'production',
      maxBodyBytes: config.MAX_BODY_BYTES,
    });
    const listening = await subgraph.listen(config.PORT, config.HOST);
    console.log(`[${network.key}] subgraph ready at ${listening.url}`);
    const stop = async () => {
      await listening.close();
      await ds.destroy();
      process.exit(0);
    };
    process.once('SIGINT', () => void stop());
    process.once('SIGTERM', () => void stop());
  });
}
