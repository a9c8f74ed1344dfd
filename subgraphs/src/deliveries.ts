/**
 * What this network's outbox delivers, kind by kind: the one place where a kind of outbox
 * row gets its handler. Referral changes go to the network on the other side through the
 * gateway; another kind registers its handler here, and outbox/ stays as it is (its table
 * admits a new kind by a migration). main.ts starts the worker this builds.
 */
import { OutboxWorker, type OutboxOptions } from './outbox/worker';
import { referralDeliveries } from './referrals/delivery';
import { ServiceClient } from './service-client';

export interface DeliveryOptions extends Omit<OutboxOptions, 'handlers'> {
  /** The gateway's GraphQL URL. */
  gatewayUrl: string;
  /** Signs a SERVICE token for this network; one is reused until shortly before it expires. */
  serviceToken: () => Promise<string>;
}

/** The outbox worker of this network, with every kind's handler. */
export function createOutboxWorker({ gatewayUrl, serviceToken, ...outbox }: DeliveryOptions): OutboxWorker {
  const gateway = new ServiceClient({ gatewayUrl, serviceToken });
  return new OutboxWorker({ ...outbox, handlers: [referralDeliveries(gateway, outbox.ds)] });
}
