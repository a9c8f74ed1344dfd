/** Starts one network's subgraph: `runSubgraph('seajust')`, from that network's thin entry. */
import { signServiceToken } from '../../shared/src/auth/sign';
import { createExchangedTokenVerifier } from '../../shared/src/auth/tokens';
import { runMain } from '../../shared/src/config';
import { createLogger } from '../../shared/src/observability/logger';
import { startConfiguredTracing } from '../../shared/src/observability/tracing';
import { findNetwork, NETWORKS } from '../../shared/src/registry';
import { subgraphConfig, subgraphObservability } from './config';
import { createOutboxWorker } from './deliveries';
import { openDatabase } from './db/open';
import { createSubgraph } from './subgraph';

export function runSubgraph(key: string, env: Record<string, string | undefined> = process.env): void {
  runMain(async () => {
    const network = findNetwork(NETWORKS, key);
    if (!network) throw new Error(`unknown network ${key}; the registry has ${NETWORKS.map((n) => n.key).join(', ')}`);
    const config = subgraphConfig(network, env);
    const observability = subgraphObservability(network, config);
    const logger = createLogger(observability);
    const stopTracing = startConfiguredTracing(observability);
    const verifyToken = await createExchangedTokenVerifier(config.GATEWAY_PUBLIC_KEY, network.key, NETWORKS);
    const ds = await openDatabase(config);
    const subgraph = createSubgraph(network, {
      ds,
      verifyToken,
      secret: config.SUBGRAPH_SECRET,
      production: config.NODE_ENV === 'production',
      maxBodyBytes: config.MAX_BODY_BYTES,
      logger,
      metricsToken: observability.metricsToken,
      statisticsSecret: config.STATISTICS_SECRET,
      deliveryMaxAgeDays: config.DELIVERY_MAX_AGE_DAYS,
    });
    const listening = await subgraph.listen(config.PORT, config.HOST);
    logger.info(
      { url: listening.url, metrics: Boolean(observability.metricsToken), tracing: Boolean(stopTracing) },
      'subgraph ready',
    );
    let outbox: ReturnType<typeof createOutboxWorker> | undefined;
    if (config.GATEWAY_URL && config.SERVICE_SIGNING_KEY) {
      const key = config.SERVICE_SIGNING_KEY;
      outbox = createOutboxWorker({
        ds,
        network,
        gatewayUrl: config.GATEWAY_URL,
        maxBackoffMs: config.OUTBOX_MAX_BACKOFF_MS,
        maxAttempts: config.OUTBOX_MAX_ATTEMPTS,
        leaseMs: config.OUTBOX_LEASE_MS,
        listenUrl: config.DATABASE_URL,
        serviceToken: () => signServiceToken(key, network.key),
        log: (m) => logger.warn(m),
        deliveryAttempts: subgraph.deliveryAttempts,
      });
      await outbox.start();
    } else {
      logger.warn('GATEWAY_URL is not set: referrals are recorded but not delivered to other networks');
    }
    const stop = async () => {
      await outbox?.stop();
      await listening.close();
      await ds.destroy();
      await stopTracing?.();
      process.exit(0);
    };
    process.once('SIGINT', () => void stop());
    process.once('SIGTERM', () => void stop());
  });
}
