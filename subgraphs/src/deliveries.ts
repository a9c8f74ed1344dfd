/**
 * What this network's outbox delivers, kind by kind: the one place where a kind of outbox
 * row gets its handler. Referral changes go to the network on the other side through the
 * gateway; another kind registers its handler here, and outbox/ stays as it is (its table
 * admits a new kind by a migration). main.ts starts the worker this builds.
 */
import type { EntityManager } from 'typeorm';
import { NETWORKS, type Registry } from '#shared/registry';
import { notifyDeadLetter, type SecretariatAddress } from './notifications/notify';
import { OutboxWorker, type OutboxOptions } from './outbox/worker';
import { referralDeliveries } from './referrals/delivery';
import { ServiceClient } from './service-client';

export interface DeliveryOptions extends Omit<OutboxOptions, 'handlers'> {
  /** The gateway's GraphQL URL. */
  gatewayUrl: string;
  /** Signs a SERVICE token for this network; one is reused until shortly before it expires. */
  serviceToken: () => Promise<string>;
  /** This network's secretariat (SECRETARIAT_EMAIL): mailed once for each referral change that fails for good. */
  deadLettersTo?: SecretariatAddress;
  registry?: Registry;
}

/** The outbox worker of this network, with every kind's handler. */
export function createOutboxWorker({
  gatewayUrl,
  serviceToken,
  deadLettersTo,
  registry = NETWORKS,
  ...outbox
}: DeliveryOptions): OutboxWorker {
  const gateway = new ServiceClient({ gatewayUrl, serviceToken });
  const deadLetter = deadLettersTo
    ? (em: EntityManager, record: { uuid: string; side: string; outboxId: string }) =>
        notifyDeadLetter(em, registry, record, deadLettersTo)
    : undefined;
  return new OutboxWorker({ ...outbox, handlers: [referralDeliveries(gateway, outbox.ds, deadLetter)] });
}
