import type { DeliveryState } from '../__generated__/graphql';

export interface DeliveryFacts {
  state: DeliveryState;
  pending: number;
  lastError?: string | null;
  nextAttemptAt?: string | null;
}

/** The message that says a record's delivery in words, and its values. */
export function deliveryMessage(
  d: DeliveryFacts,
  network: string,
): { id: string; values: { network: string; count?: number; at?: string } } {
  switch (d.state) {
    case 'DELIVERED':
      return { id: 'referral.delivery.delivered', values: { network } };
    case 'PENDING':
      return { id: 'referral.delivery.pending', values: { network, count: d.pending } };
    case 'FAILING':
      return d.nextAttemptAt
        ? { id: 'referral.delivery.failingRetry', values: { network, at: d.nextAttemptAt } }
        : { id: 'referral.delivery.failing', values: { network } };
    case 'FAILED':
      return { id: 'referral.delivery.failed', values: { network } };
  }
}
