/** A subgraph's own metrics: its outbox (depth, oldest undelivered change, attempts, dead letters) and its database pool. */
import type { Pool } from 'pg';
import type { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import type { Metrics } from '#shared/observability/metrics';
import { mailStatistics } from './notifications/repository';
import { deliveryStatistics } from './outbox/repository';

/** How one delivery attempt ended: confirmed, to be tried again, or given up (a dead letter). */
export type DeliveryOutcome = 'delivered' | 'retry' | 'dead_letter';

export type DeliveryAttempts = (target: string, outcome: DeliveryOutcome) => void;

/** Registers the subgraph's metrics in `metrics`; returns what counts one delivery attempt (the outbox worker's). */
export function subgraphMetrics(metrics: Metrics, ds: DataSource): DeliveryAttempts {
  // The three outbox gauges share one statement per scrape: a scrape starts every collect at once, so they find it in flight.
  let inFlight: ReturnType<typeof deliveryStatistics> | undefined;
  const outbox = () => {
    if (!inFlight) inFlight = deliveryStatistics(ds).finally(() => (inFlight = undefined));
    return inFlight;
  };
  metrics.gauge(
    'jcn_outbox_pending',
    'Changes not yet delivered to the other network and still being tried (the outbox depth).',
    [],
    async (g) => {
      g.set((await outbox()).pending);
    },
  );
  metrics.gauge(
    'jcn_outbox_dead_letters',
    'Changes given up on (dead letters) until a secretariat retries them.',
    [],
    async (g) => {
      g.set((await outbox()).failed);
    },
  );
  metrics.gauge(
    'jcn_outbox_oldest_pending_age_seconds',
    'Age of the oldest change still being tried; 0 when none.',
    [],
    async (g) => {
      const oldest = (await outbox()).oldestPendingAt;
      g.set(oldest ? Math.max(0, (Date.now() - new Date(oldest).getTime()) / 1000) : 0);
    },
  );
  // The two mail gauges share one statement per scrape, as the outbox's do.
  let mailInFlight: ReturnType<typeof mailStatistics> | undefined;
  const mail = () => {
    if (!mailInFlight) mailInFlight = mailStatistics(ds).finally(() => (mailInFlight = undefined));
    return mailInFlight;
  };
  metrics.gauge(
    'jcn_mail_pending',
    'Notification mails not yet accepted by the SMTP server and still tried.',
    [],
    async (g) => {
      g.set((await mail()).pending);
    },
  );
  metrics.gauge(
    'jcn_mail_dead_letters',
    'Notification mails given up on (refused, or too many attempts).',
    [],
    async (g) => {
      g.set((await mail()).dead);
    },
  );
  metrics.gauge(
    'jcn_db_pool_connections',
    "The database pool's connections: total open, idle, and requests waiting for one.",
    ['state'],
    (g) => {
      const pool = (ds.driver as PostgresDriver).master as Pool | undefined;
      if (!pool) return;
      g.set({ state: 'total' }, pool.totalCount);
      g.set({ state: 'idle' }, pool.idleCount);
      g.set({ state: 'waiting' }, pool.waitingCount);
    },
  );
  const attempts = metrics.counter(
    'jcn_outbox_delivery_attempts_total',
    "Delivery attempts of this network's outbox, by target network and outcome (delivered, retry, dead_letter).",
    ['target', 'outcome'],
  );
  return (target, outcome) => attempts.inc({ target, outcome });
}
