/** Parent shapes of the referral resolvers, the service's inputs, and record ids. */
import { encodeId } from '#shared/ids';
import type { ContactPointEntity } from '../directory/contact-point.entity';
import type { ReferralEntity } from './referral.entity';
import type { Side } from './state';

/** A contact point: this network's row, or another network's reference (typename and id only). */
export type ContactPointRef = ContactPointEntity | { __typename: string; id: string };

/** Delivery of one side's changes to the other side; FAILED: a dead letter waits for a secretariat's retryDelivery. */
export interface DeliveryStatus {
  state: 'PENDING' | 'DELIVERED' | 'FAILING' | 'FAILED';
  pending: number;
  attempts: number;
  lastError: string | null;
  lastAttemptAt: Date | null;
  nextAttemptAt: Date | null;
}

/** A referral record: this network's row, or another network's reference (typename and id only). */
export type ReferralRef = ReferralEntity | { __typename: string; id: string };

export interface DeliveryReceipt {
  accepted: boolean;
  duplicate: boolean;
  /** A new referral's receipt: when its destination is to acknowledge it. */
  acknowledgeBy?: Date | null;
}

export const otherSide = (side: Side): Side => (side === 'ORIGIN' ? 'DESTINATION' : 'ORIGIN');

/** Key of a record in loaders: "<uuid>|<side>". */
export const recordKey = (id: string, side: Side) => `${id}|${side}`;

export const parseRecordKey = (key: string) => {
  const [id, side] = key.split('|') as [string, Side];
  return { id, side };
};

/** The global id of a record: the origin's is the referral's id (…:ref:…), the destination's …:rcv:…. */
export function recordId(r: Pick<ReferralEntity, 'id' | 'side' | 'originNetwork' | 'destinationNetwork'>): string {
  return r.side === 'ORIGIN'
    ? encodeId({ key: r.originNetwork }, 'ref', r.id)
    : encodeId({ key: r.destinationNetwork }, 'rcv', r.id);
}
