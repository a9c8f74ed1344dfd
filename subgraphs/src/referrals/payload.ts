/**
 * What one side's delivery sends the other: a new referral with its CREATED event,
 * or one event. The receiving side (inbox.ts) reads the same shapes (ReferralDeliveryInput,
 * ReferralEventDeliveryInput) and validates them exactly as a create.
 */
import type { ReferralContent } from '#shared/domain';
import { encodeId } from '#shared/ids';
import { codeOfKey } from '#shared/registry';
import type { ReferralEntity, ReferralEventEntity } from './referral.entity';
import type { EventType, Side } from './state';

/** The event as it travels between the sides. */
export interface EventDelivery {
  referralId: string;
  side: Side;
  sequence: number;
  type: EventType;
  at: string | Date;
  actor?: string | null;
  actorContactPoint?: string | null;
  note?: string | null;
  assignedTo?: string | null;
  /** The expected answer date an ACKNOWLEDGED or ANSWER_DATE_SET event sets. */
  answerExpectedBy?: string | Date | null;
}

/** A new referral as it travels to the destination; network fields are codes (CASC), not keys. */
export interface ReferralDelivery extends ReferralContent {
  id: string;
  reference: string;
  originNetwork: string;
  destinationNetwork: string;
  formalReferences: readonly string[];
  createdAt: string | Date;
  events: readonly EventDelivery[];
  /** Set when a restore's redeliver sends it again (requeueDeliveries, delivery.ts): the destination then accepts an older createdAt. */
  redelivery?: boolean | null;
}

type EventFields = Pick<
  ReferralEventEntity,
  'authorSide' | 'seq' | 'type' | 'at' | 'actorSubject' | 'actorCp' | 'note' | 'assignedTo'
> &
  Partial<Pick<ReferralEventEntity, 'answerExpectedBy'>>;

export function eventPayload(r: Pick<ReferralEntity, 'id' | 'originNetwork'>, e: EventFields): EventDelivery {
  return {
    referralId: encodeId({ key: r.originNetwork }, 'ref', r.id),
    side: e.authorSide,
    sequence: e.seq,
    type: e.type,
    at: new Date(e.at).toISOString(),
    actor: e.actorSubject,
    actorContactPoint: e.actorCp,
    note: e.note,
    assignedTo: e.assignedTo,
    // Only on the events that set it, so a delivery of any other event reads as before.
    ...(e.answerExpectedBy ? { answerExpectedBy: new Date(e.answerExpectedBy).toISOString() } : {}),
  };
}

export function referralPayload(r: ReferralEntity, created: EventFields): ReferralDelivery {
  const code = codeOfKey;
  return {
    id: encodeId({ key: r.originNetwork }, 'ref', r.id),
    reference: r.reference,
    originNetwork: code(r.originNetwork),
    destinationNetwork: code(r.destinationNetwork),
    originCountry: r.originCountry,
    destinationCountry: r.destinationCountry,
    from: r.fromCp,
    to: r.toCp,
    kind: r.kind,
    measures: r.measures,
    crimeAreas: r.crimeAreas,
    urgency: r.urgency,
    subject: r.subject,
    summary: r.summary,
    formalReferences: r.formalReferences,
    createdAt: new Date(r.createdAt).toISOString(),
    events: [eventPayload(r, created)],
  };
}
