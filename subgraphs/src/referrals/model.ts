/** Parent shapes of the referral resolvers. */
import type { ContactPointEntity } from '../db/contact-point.entity';

/** A contact point: this network's row, or another network's reference (typename and id only). */
export type ContactPointRef = ContactPointEntity | { __typename: string; id: string };

/** Delivery of one side's changes to the other side; FAILED: a dead letter waits for a secretariat's retryDelivery. */
export interface DeliveryStatus {
  state: 'PENDING' | 'DELIVERED' | 'FAILING' | 'FAILED';
  pending: number;
  attempts: number;
  lastError: string | null;
  lastAttemptAt: Date | null;
}

/** A referral record: this network's row, or another network's reference (typename and id only). */
export type ReferralRef = import('./referral.entity').ReferralEntity | { __typename: string; id: string };
