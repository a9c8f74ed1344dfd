/**
 * Referral changes on the outbox: each change of this side's record is queued, in the
 * transaction that made it, for the network on the other side, and delivered through the
 * gateway as this network's delivery service (receiveReferral, receiveReferralEvent) until
 * the other side confirms it. The stream of a row is the record (its id and side), so a
 * record's changes arrive in the order they were made.
 */
import type { DataSource, EntityManager } from 'typeorm';
import { currentTraceparent } from '#shared/observability/tracing';
import * as outbox from '../outbox/repository';
import type { OutboxRow, Stream } from '../outbox/repository';
import type { OutboxHandler, Outcome } from '../outbox/worker';
import type { GraphQLAnswer, ServiceClient } from '../service-client';
import { ServiceCallError } from '../service-client';
import { MAX_ACKNOWLEDGE_DAYS } from './due';
import type { ReferralEntity } from './referral.entity';
import { saveAcknowledgeBy } from './repository';
import type { Side } from './state';

/** The outbox kinds of referral changes: a new referral (to its destination), or one event. */
export const REFERRAL_KINDS = ['REFERRAL', 'EVENT'] as const;
export type ReferralKind = (typeof REFERRAL_KINDS)[number];

const MUTATION: Record<ReferralKind, (key: string) => string> = {
  REFERRAL: (key) =>
    `mutation Deliver($d: ReferralDeliveryInput!) { ${key} { receiveReferral(delivery: $d) { accepted duplicate acknowledgeBy } } }`,
  EVENT: (key) =>
    `mutation DeliverEvent($d: ReferralEventDeliveryInput!) { ${key} { receiveReferralEvent(delivery: $d) { accepted duplicate } } }`,
};

/** Queues a change of this side's record for the other side, in the caller's transaction. */
export function queueDelivery(
  em: EntityManager,
  r: ReferralEntity,
  kind: ReferralKind,
  payload: unknown,
): Promise<void> {
  return outbox.enqueue(em, {
    kind,
    stream: { id: r.id, scope: r.side },
    target: r.side === 'ORIGIN' ? r.destinationNetwork : r.originNetwork,
    payload,
    // The request's trace goes with the change, so that its delivery continues it.
    traceparent: currentTraceparent(),
  });
}

/** Makes a record's dead letters due now with a fresh budget of attempts; returns how many. */
export const reviveDeliveries = (em: EntityManager, uuid: string, side: Side): Promise<number> =>
  outbox.reviveDeadLetters(em, { id: uuid, scope: side });

/**
 * Queues again every referral change delivered to `target` since `since`, and the dead letters to it
 * since then. A new referral sent again says so (redelivery: true): its destination accepts it although
 * it was created long ago (inbox.ts).
 */
export async function requeueDeliveries(
  em: EntityManager,
  target: string,
  since: Date,
): Promise<{ deliveries: number; referrals: number }> {
  const { rows, streams } = await outbox.requeueSince(em, {
    target,
    since,
    kinds: REFERRAL_KINDS,
    amend: { REFERRAL: { redelivery: true } },
  });
  return { deliveries: rows, referrals: streams };
}

/** The undelivered changes of the records of `referralIds`, by record. */
export const deliveryRowsOf = (ds: DataSource, referralIds: readonly string[]) =>
  outbox.deliveryRowsOf(ds, referralIds, REFERRAL_KINDS);

/**
 * Errors that no retry will cure: the other side refused the change itself
 * (invalid, not allowed, clashing). Anything else (unreachable, timeouts, 5xx,
 * NETWORK_UNAVAILABLE, NOT_FOUND of a record that has not arrived yet, an
 * expired token) is worth another attempt.
 */
const PERMANENT_CODES: ReadonlySet<string> = new Set([
  'BAD_USER_INPUT',
  'FORBIDDEN',
  'CONFLICT',
  'INVALID_TRANSITION',
  'GRAPHQL_VALIDATION_FAILED',
  'GRAPHQL_PARSE_FAILED',
  'BAD_REQUEST',
]);

type ReceiptAnswer = {
  data?: Record<string, Record<string, { accepted?: boolean; acknowledgeBy?: string | null } | null> | null> | null;
  errors?: GraphQLAnswer['errors'];
};

/** Classifies the answer to one delivery to `target`: its receipt, or its first error. */
export function outcomeOf(status: number, body: ReceiptAnswer, target: string): Outcome {
  const receipt = body.data?.[target];
  if (receipt && Object.values(receipt)[0]?.accepted === true) return { ok: true };
  const first = body.errors?.[0];
  if (first) {
    const code = first.extensions?.code ?? 'ERROR';
    return { ok: false, permanent: PERMANENT_CODES.has(code), error: `${code}: ${first.message}` };
  }
  // Without a GraphQL error: a client error (4xx but timeouts, rate limits and tokens) is the request's fault.
  const permanent = status >= 400 && status < 500 && ![401, 408, 429].includes(status);
  return { ok: false, permanent, error: `HTTP ${status}` };
}

/**
 * The acknowledgement due time in a new referral's receipt, when it is one its destination could set: after
 * the referral's creation and within MAX_ACKNOWLEDGE_DAYS of it; anything else is not taken.
 */
export function receiptAcknowledgeBy(
  payload: Record<string, unknown>,
  body: ReceiptAnswer,
  target: string,
): Date | null {
  const value = body.data?.[target]?.receiveReferral?.acknowledgeBy;
  if (typeof value !== 'string') return null;
  const at = new Date(value);
  const created = new Date(String(payload.createdAt)).getTime();
  const t = at.getTime();
  return Number.isNaN(t) || t < created || t > created + MAX_ACKNOWLEDGE_DAYS * 86_400_000 ? null : at;
}

/**
 * The outbox handler of referral changes: each row is the delivery mutation of its kind, through `gateway`.
 * A new referral's receipt says when its destination is to acknowledge it; the origin's record (in `ds`)
 * takes that time before the row counts as delivered, so a crash in between only asks again. `deadLetter`
 * is told of a change that failed for good, with its record (the stream's id and side).
 */
export function referralDeliveries(
  gateway: ServiceClient,
  ds: DataSource,
  deadLetter?: (em: EntityManager, record: { uuid: string; side: string; outboxId: string }) => Promise<void>,
): OutboxHandler {
  return {
    kinds: REFERRAL_KINDS,
    ...(deadLetter
      ? {
          deadLetter: (em: EntityManager, row: OutboxRow, stream: Stream) =>
            deadLetter(em, { uuid: stream.id, side: stream.scope, outboxId: row.id }),
        }
      : {}),
    async deliver(row, { timeoutMs }) {
      const mutation = MUTATION[row.kind as ReferralKind];
      try {
        const { status, body } = await gateway.call(mutation(row.target_network), { d: row.payload }, timeoutMs);
        const outcome = outcomeOf(status, body as ReceiptAnswer, row.target_network);
        if (outcome.ok && row.kind === 'REFERRAL') {
          const due = receiptAcknowledgeBy(row.payload, body as ReceiptAnswer, row.target_network);
          const uuid = String(row.payload.id).split(':').pop()!;
          if (due) await saveAcknowledgeBy(ds, uuid, due);
        }
        return outcome;
      } catch (err) {
        if (err instanceof ServiceCallError) return { ok: false, permanent: false, error: err.message };
        throw err;
      }
    },
  };
}
