/**
 * Starts the gateway from environment configuration. With GATEWAY_WORKERS > 1
 * the process forks that many workers (node:cluster) sharing the port; the
 * primary only relays signals and replaces a worker that dies.
 */
import cluster from 'node:cluster';
import { createTokenVerifier } from '#shared/auth/tokens';
import { runMain } from '#shared/config';
import { createLogger, type Logger } from '#shared/observability/logger';
import { startConfiguredTracing } from '#shared/observability/tracing';
import { NETWORKS } from '#shared/registry';
import { gatewayConfig, type GatewayConfig } from './config';
import { createGateway } from './gateway';

async function serve(config: GatewayConfig, logger: Logger): Promise<void> {
  const stopTracing = startConfiguredTracing(config.observability);
  const verifyToken = await createTokenVerifier(config.tokens, NETWORKS);
  const listening = await createGateway(config, verifyToken, NETWORKS, logger).listen();
  logger.info(
    { url: listening.url, metrics: Boolean(config.observability.metricsToken), tracing: Boolean(stopTracing) },
    'gateway ready',
  );
  const stop = async () => {
    await listening.close();
    await stopTracing?.();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
}

function supervise(workers: number, logger: Logger): void {
  let stopping = false;
  const fork = () => cluster.fork();
  for (let i = 0; i < workers; i++) fork();
  cluster.on('exit', (worker, code, signal) => {
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
      return;
    }
    logger.error({ worker: worker.process.pid, exit: signal ?? code }, 'gateway worker ended; starting another');
    // A worker that cannot start (a bad key set URL, say) would be replaced in a tight loop: wait a little.
    setTimeout(fork, 1000);
  });
  const stop = (signal: NodeJS.Signals) => {
    stopping = true;
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill(signal);
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
}

runMain(async () => {
  // Unless told not to, Apollo Gateway probes cloud metadata endpoints when it starts and sends
  // usage figures to Apollo every hour. A hub of judicial networks does not report to third parties.
  // Set here, where the process starts, before any ApolloGateway is built (workers inherit it).
  process.env.APOLLO_TELEMETRY_DISABLED = 'true';
  // Read (and check) the configuration first, so that a mistake is reported once, by the primary.
  const config = gatewayConfig(NETWORKS, process.env);
  const logger = createLogger(config.observability).child(cluster.isPrimary ? {} : { worker: cluster.worker?.id });
  if (cluster.isPrimary && config.workers > 1) supervise(config.workers, logger);
  else await serve(config, logger);
});
