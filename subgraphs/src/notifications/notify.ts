/**
 * Who is told what. Each function runs in the transaction of the event that
 * causes the mail, so a mail is queued exactly when its event is recorded.
 * Recipients come from this network's own directory, never from a request:
 *
 * - a referral arrives: the contact point it is addressed to; addressed to no one
 *   (or to one who is no longer active), every active contact point of its country here;
 * - the other side acknowledged, declined, completed, withdrew or wrote a message:
 *   this side's contact point (the origin's sender; the destination's assignee, else
 *   its addressee, else every active contact point of its country);
 * - assigned: the assignee, unless they assigned it to themselves;
 * - a referral arrives and the secretariat asked to be told (SECRETARIAT_NOTIFY_ARRIVALS): its address too;
 * - a change of this side's record failed for good in the outbox (a dead letter): the secretariat.
 */
import type { EntityManager } from 'typeorm';
import { ownId } from '#shared/ids';
import type { NetworkDefinition, Registry } from '#shared/registry';
import type { ReferralEntity } from '../referrals/referral.entity';
import type { EventType, Side } from '../referrals/state';
import { factsOf, type FactSource, type Language, type NotificationKind } from './facts';
import { enqueueMail, recipientsByIds, recipientsOfCountry, type Recipient } from './repository';

type Parties = Pick<ReferralEntity, 'fromCp' | 'toCp' | 'assignedTo'>;
/** What mails about a referral read of it: its facts and who is party to it. */
export type NotifiedRecord = FactSource & Parties;

/** The event a mail is about: (record, author side, sequence) names it on this side. */
interface EventRef {
  type: EventType;
  authorSide: Side;
  seq: number;
}

/** The uuid of a contact point of `network` from its global id, or null for anyone else's. */
function ownContactPoint(network: NetworkDefinition, registry: Registry, id: string | null): string | null {
  if (!id) return null;
  return ownId(registry, network, 'cp', id)?.uuid ?? null;
}

/** The first of `ids` that is an active contact point here with an address; else every such one of `country`. */
export async function firstOrCountry(
  em: EntityManager,
  network: NetworkDefinition,
  registry: Registry,
  ids: (string | null)[],
  country: string,
): Promise<Recipient[]> {
  for (const id of ids) {
    const uuid = ownContactPoint(network, registry, id);
    if (!uuid) continue;
    const found = await recipientsByIds(em, [uuid]);
    if (found.length) return found;
  }
  return recipientsOfCountry(em, country);
}

async function queue(
  em: EntityManager,
  registry: Registry,
  r: NotifiedRecord,
  event: EventRef,
  kind: NotificationKind,
  recipients: Recipient[],
  deadline: Date | null,
): Promise<void> {
  const facts = factsOf(registry, r, deadline);
  for (const recipient of recipients) {
    await enqueueMail(em, {
      dedupeKey: `${r.id}:${r.side}:${event.authorSide}:${event.seq}:${recipient.id ?? 'secretariat'}`,
      kind,
      recipient,
      facts,
    });
  }
}

/** The secretariat's own address (SECRETARIAT_EMAIL, configuration) and the language of its mail. */
export interface SecretariatAddress {
  email: string;
  language: Language;
}

const secretariatRecipient = (s: SecretariatAddress): Recipient => ({ id: null, email: s.email, language: s.language });

/** A new referral was recorded at its destination (this network); `secretariat` when it asked to be told too. */
export async function notifyArrival(
  em: EntityManager,
  network: NetworkDefinition,
  registry: Registry,
  r: NotifiedRecord & Pick<ReferralEntity, 'acknowledgeBy'>,
  secretariat?: SecretariatAddress,
): Promise<void> {
  const recipients = await firstOrCountry(em, network, registry, [r.toCp], r.destinationCountry);
  if (secretariat) recipients.push(secretariatRecipient(secretariat));
  await queue(
    em,
    registry,
    r,
    { type: 'CREATED', authorSide: 'ORIGIN', seq: 1 },
    'REFERRAL_RECEIVED',
    recipients,
    r.acknowledgeBy,
  );
}

const FROM_THE_OTHER_SIDE: Partial<Record<EventType, NotificationKind>> = {
  ACKNOWLEDGED: 'ACKNOWLEDGED',
  DECLINED: 'DECLINED',
  COMPLETED: 'COMPLETED',
  WITHDRAWN: 'WITHDRAWN',
  MESSAGE: 'MESSAGE',
};

/** The other side's event arrived on record `r` (this network's side, as it was before the event). */
export async function notifyReceivedStep(
  em: EntityManager,
  network: NetworkDefinition,
  registry: Registry,
  r: NotifiedRecord,
  event: EventRef,
): Promise<void> {
  const kind = FROM_THE_OTHER_SIDE[event.type];
  if (!kind || event.authorSide === r.side) return;
  const recipients =
    r.side === 'ORIGIN'
      ? await firstOrCountry(em, network, registry, [r.fromCp], r.originCountry)
      : await firstOrCountry(em, network, registry, [r.assignedTo, r.toCp], r.destinationCountry);
  await queue(em, registry, r, event, kind, recipients, null);
}

/** This side took a step on its own record `r`: only an assignment tells someone here (the assignee). */
export async function notifyOwnStep(
  em: EntityManager,
  network: NetworkDefinition,
  registry: Registry,
  r: NotifiedRecord,
  event: EventRef & { assignedTo: string | null; actorCp: string | null },
): Promise<void> {
  if (event.type !== 'ASSIGNED' || !event.assignedTo || event.assignedTo === event.actorCp) return;
  const uuid = ownContactPoint(network, registry, event.assignedTo);
  if (!uuid) return;
  await queue(em, registry, r, event, 'ASSIGNED', await recipientsByIds(em, [uuid]), null);
}

/**
 * The outbox gave up on change `outboxId` of this side's record (`uuid`, `side`): the secretariat is told,
 * once per outbox row, in the transaction that made it a dead letter. A record this side no longer holds
 * tells no one.
 */
export async function notifyDeadLetter(
  em: EntityManager,
  registry: Registry,
  record: { uuid: string; side: string; outboxId: string },
  secretariat: SecretariatAddress,
): Promise<void> {
  const [r]: FactSource[] = await em.query(
    `SELECT id, side, reference, kind, urgency, origin_network AS "originNetwork", destination_network AS "destinationNetwork",
            origin_country AS "originCountry", destination_country AS "destinationCountry", created_at AS "createdAt"
       FROM referrals WHERE id = $1 AND side = $2`,
    [record.uuid, record.side],
  );
  if (!r) return;
  await enqueueMail(em, {
    dedupeKey: `${r.id}:${r.side}:outbox:${record.outboxId}:dead`,
    kind: 'DELIVERY_FAILED',
    recipient: secretariatRecipient(secretariat),
    facts: factsOf(registry, r, null),
  });
}
