/** Starts one network's subgraph: `runSubgraph('seajust')`, from that network's thin entry. */
import { signServiceToken } from '#shared/auth/sign';
import { createExchangedTokenVerifier } from '#shared/auth/tokens';
import { runMain } from '#shared/config';
import { createLogger } from '#shared/observability/logger';
import { startConfiguredTracing } from '#shared/observability/tracing';
import { findNetwork, NETWORKS } from '#shared/registry';
import { serverLimitsConfig } from '#shared/server-limits';
import { duePolicyOf, subgraphConfig, subgraphObservability } from './config';
import { createOutboxWorker } from './deliveries';
import { openDatabase } from './db/open';
import { DeadlineScheduler } from './notifications/deadlines';
import { NotificationRetention } from './notifications/centre';
import { DigestScheduler } from './notifications/digests';
import { createMailSender } from './notifications/mailer';
import { MailWorker } from './notifications/worker';
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
    const secretariat = config.SECRETARIAT_EMAIL
      ? { email: config.SECRETARIAT_EMAIL, language: config.SECRETARIAT_LANGUAGE }
      : undefined;
    const ds = await openDatabase(config);
    const subgraph = createSubgraph(network, {
      ds,
      verifyToken,
      secret: config.SUBGRAPH_SECRET,
      production: config.NODE_ENV === 'production',
      maxBodyBytes: config.MAX_BODY_BYTES,
      serverLimits: serverLimitsConfig(config),
      logger,
      metricsToken: observability.metricsToken,
      statisticsSecret: config.STATISTICS_SECRET,
      deliveryMaxAgeDays: config.DELIVERY_MAX_AGE_DAYS,
      duePolicy: duePolicyOf(config),
      arrivalsTo: config.SECRETARIAT_NOTIFY_ARRIVALS === 'on' ? secretariat : undefined,
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
        deadLettersTo: secretariat,
      });
      await outbox.start();
    } else {
      logger.warn('GATEWAY_URL is not set: referrals are recorded but not delivered to other networks');
    }
    let mail: MailWorker | undefined;
    if (config.SMTP_URL && config.MAIL_FROM) {
      const sender = createMailSender({
        smtpUrl: config.SMTP_URL,
        from: config.MAIL_FROM,
        consoleUrl: config.CONSOLE_URL,
        timeoutMs: Math.floor(config.MAIL_LEASE_MS / 3),
      });
      mail = new MailWorker({
        ds,
        send: (row) => sender.send(row),
        leaseMs: config.MAIL_LEASE_MS,
        maxAttempts: config.MAIL_MAX_ATTEMPTS,
        maxBackoffMs: config.MAIL_MAX_BACKOFF_MS,
        perHour: config.MAIL_PER_RECIPIENT_PER_HOUR,
        log: (m) => logger.warn(m),
      });
      mail.start();
    } else {
      logger.warn('SMTP_URL is not set: notifications are queued (mail_outbox) but not sent');
    }
    const deadlines = new DeadlineScheduler({
      ds,
      network,
      registry: NETWORKS,
      escalationDelayMs: config.ESCALATION_DELAY_HOURS * 3_600_000,
      secretariat,
      intervalMs: config.DEADLINE_CHECK_MS,
      log: (m) => logger.warn(m),
    });
    deadlines.start();
    const retention = new NotificationRetention({
      ds,
      retentionDays: config.NOTIFICATION_RETENTION_DAYS,
      log: (m) => logger.warn(m),
    });
    retention.start();
    const digests = new DigestScheduler({
      ds,
      secretariat,
      weekly: config.SECRETARIAT_DIGEST === 'weekly',
      intervalMs: config.DIGEST_CHECK_MS,
      log: (m) => logger.warn(m),
    });
    digests.start();
    const stop = async () => {
      await digests.stop();
      await retention.stop();
      await deadlines.stop();
      await mail?.stop();
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
