/**
 * Deliveries from the other side of a referral: a new referral at its
 * destination, and each later event. A delivery is input from another
 * organisation: checked exactly as a create, accepted only from the delivery
 * service of the network on the other side, idempotent on (referral, side, sequence).
 */
import type { DataSource, EntityManager } from 'typeorm';
import type { Caller } from '#shared/caller';
import { badInput, conflict, forbidden, notFound } from '#shared/errors';
import { decodeId, encodeId } from '#shared/ids';
import { codeOfKey, findNetwork, type NetworkDefinition, type Registry } from '#shared/registry';
import { isServiceOf } from '../access/referrals';
import { notifyArrival, notifyReceivedStep, type SecretariatAddress } from '../notifications/notify';
import type { AuditTrail } from '../audit/audit';
import { otherSide, recordId, type DeliveryReceipt } from './model';
import type { EventDelivery, ReferralDelivery } from './payload';
import type { ReferralEntity } from './referral.entity';
import { recordKey } from '../statistics/record-key';
import { acknowledgeDue, DEFAULT_DUE_POLICY, type DuePolicy } from './due';
import { REDELIVERY_WINDOW_DAYS } from './restored';
import { refold } from './records';
import * as records from './repository';
import type { Side } from './state';
import { checkInstant, checkReference, networkKeyOf, validateEvent, validateReferral } from './validate';

/** No referral of this hub is older than this. */
const FIRST_REFERRAL = new Date('2000-01-01T00:00:00Z');
const DAY = 86_400_000;

/** How late a new referral may arrive after its creation, by default: outbox retries through a few days of the destination being down. */
export const DEFAULT_DELIVERY_MAX_AGE_DAYS = 7;

export interface InboxOptions {
  /** This network's statistics secret: the key of each record it writes (statistics/record-key.ts). */
  statisticsSecret: string;
  /** A new referral created more than this many days before it arrives is refused, unless a restore's redelivery within REDELIVERY_WINDOW_DAYS. */
  deliveryMaxAgeDays?: number;
  /** This network's default due times by urgency: a referral arriving here is to be acknowledged within them. */
  duePolicy?: DuePolicy;
  /** The secretariat, when it asked to be mailed of every referral that arrives (SECRETARIAT_NOTIFY_ARRIVALS). */
  arrivalsTo?: SecretariatAddress;
}

type CheckedEvent = ReturnType<typeof validateEvent>;

export class ReferralInbox {
  constructor(
    private readonly ds: DataSource,
    private readonly network: NetworkDefinition,
    private readonly registry: Registry,
    private readonly caller: Caller,
    private readonly audit: AuditTrail,
    private readonly options: InboxOptions,
  ) {}

  /**
   * Refuses a new referral dated long before its arrival: backdated into months already released, it could
   * be used to read another network's small counts from the change it makes. A restore's redelivery says
   * so (redelivery: true) and may reach as far back as redeliver does, no further.
   */
  private checkArrival(createdAt: Date, redelivery: boolean, now = new Date()): void {
    const maxAgeDays = this.options.deliveryMaxAgeDays ?? DEFAULT_DELIVERY_MAX_AGE_DAYS;
    const days = redelivery ? REDELIVERY_WINDOW_DAYS + maxAgeDays : maxAgeDays;
    if (createdAt.getTime() < now.getTime() - days * DAY) {
      throw badInput(
        redelivery
          ? `createdAt is more than ${days} days before this redelivery: redeliver reaches back ${REDELIVERY_WINDOW_DAYS} days; agree on older records with the other secretariat.`
          : `createdAt is more than ${days} days before the delivery arrived: a referral is delivered when it is created, and a restore's redelivery says so (redelivery: true).`,
        { field: 'createdAt' },
      );
    }
  }

  private requireService(fromNetworkKey: string): void {
    if (!isServiceOf(this.caller, fromNetworkKey)) {
      throw forbidden(`Only ${codeOfKey(fromNetworkKey)}'s delivery service may deliver this.`, { field: 'delivery' });
    }
  }

  /** The other side's event, checked, as this side records it, with its receipt. */
  private async insertEvent(
    em: EntityManager,
    uuid: string,
    recordSide: Side,
    e: EventDelivery,
    at: Date,
    checked: CheckedEvent,
  ): Promise<void> {
    await records.insertEvent(em, {
      referralId: uuid,
      recordSide,
      authorSide: e.side,
      seq: e.sequence,
      type: e.type,
      at,
      actorSubject: checked.actor,
      actorCp: checked.actorCp,
      note: checked.note,
      assignedTo: checked.assignedTo,
      answerExpectedBy: checked.answerExpectedBy,
    });
    await records.recordReceipt(em, uuid, recordSide, e.side, e.sequence);
  }

  /**
   * The destination stores its own record of a new referral, checked exactly
   * as a create; a repeated delivery changes nothing. The delivery carries the
   * origin's CREATED event only: every later event comes one by one.
   */
  async receiveReferral(d: ReferralDelivery): Promise<DeliveryReceipt> {
    const id = decodeId(this.registry, d.id);
    if (id.kind !== 'ref')
      throw badInput('delivery.id must be the referral id (<network>:ref:<uuid>).', { field: 'id' });
    const origin = id.network;
    this.requireService(origin.key);
    if (networkKeyOf(this.registry, d.originNetwork) !== origin.key)
      throw badInput(`originNetwork must be ${origin.code}, the network of the referral id.`, {
        field: 'originNetwork',
      });
    if (networkKeyOf(this.registry, d.destinationNetwork) !== this.network.key)
      throw badInput(`This referral is for ${d.destinationNetwork}, not ${this.network.name}.`, {
        field: 'destinationNetwork',
      });
    const createdAt = checkInstant('createdAt', d.createdAt, FIRST_REFERRAL);
    const reference = checkReference(origin, d.reference, createdAt);
    const [created, ...later] = d.events;
    if (
      !created ||
      later.length > 0 ||
      created.type !== 'CREATED' ||
      created.side !== 'ORIGIN' ||
      created.sequence !== 1 ||
      created.referralId !== d.id
    ) {
      throw badInput(
        'A referral arrives with its CREATED event (origin side, sequence 1) and no other; later events come one by one.',
        { field: 'events' },
      );
    }
    if (new Date(created.at).getTime() !== createdAt.getTime())
      throw badInput('The CREATED event is dated createdAt.', { field: 'events.at' });
    const event = validateEvent(this.registry, origin, created);
    return this.ds.transaction(async (em) => {
      const valid = await validateReferral(em, this.network, this.registry, {
        ...d,
        origin,
        destination: this.network,
      });
      if (event.actorCp !== null && event.actorCp !== valid.fromCp)
        throw badInput("The CREATED event is by the referral's from contact point.", {
          field: 'events.actorContactPoint',
        });
      const known = await records.destinationRecordsLike(em, id.uuid, reference);
      const policy = this.options.duePolicy ?? DEFAULT_DUE_POLICY;
      if (known.some((k) => k.id !== id.uuid || k.reference !== reference)) {
        throw conflict(
          `Another referral is already recorded here as ${reference}, or this one under another reference.`,
          { field: 'reference' },
        );
      }
      if (known.length > 0) {
        await records.recordReceipt(em, id.uuid, 'DESTINATION', 'ORIGIN', 1);
        return { accepted: true, duplicate: true, acknowledgeBy: known[0]!.acknowledgeBy };
      }
      // A repeat is confirmed whatever its age (above); only a new record is held to its arrival date.
      this.checkArrival(createdAt, d.redelivery === true);
      const record: Partial<ReferralEntity> = {
        id: id.uuid,
        side: 'DESTINATION',
        reference,
        originNetwork: origin.key,
        destinationNetwork: this.network.key,
        ...valid,
        status: 'SENT',
        assignedTo: null,
        createdAt,
        updatedAt: new Date(),
        version: 1,
        recordKey: recordKey(this.options.statisticsSecret, id.uuid),
        // This network owes the acknowledgement: its own defaults say by when.
        acknowledgeBy: acknowledgeDue(policy, createdAt, valid.urgency),
      };
      await records.insertRecord(em, record);
      await this.insertEvent(em, id.uuid, 'DESTINATION', created, createdAt, event);
      await refold(em, id.uuid, 'DESTINATION');
      await notifyArrival(em, this.network, this.registry, record as ReferralEntity, this.options.arrivalsTo);
      await this.audit.write(em, {
        action: 'receiveReferral',
        objectType: 'Referral',
        objectId: encodeId(this.network, 'rcv', id.uuid),
        details: d.redelivery === true ? { redelivery: true } : undefined,
      });
      return { accepted: true, duplicate: false, acknowledgeBy: record.acknowledgeBy };
    });
  }

  /**
   * An event from the other side: only of a type its author side may write,
   * only from the network of that side, in sequence, dated neither before its
   * author's previous event nor in the future. Idempotent on (referral, side, sequence).
   */
  async receiveEvent(e: EventDelivery): Promise<DeliveryReceipt> {
    const id = decodeId(this.registry, e.referralId);
    if (id.kind !== 'ref')
      throw badInput('delivery.referralId must be the referral id (<network>:ref:<uuid>).', { field: 'referralId' });
    const recordSide = otherSide(e.side);
    // The origin's events come from the network the id names: anyone else is refused before the lookup, so
    // NOT_FOUND ("not arrived yet", retried) reaches that network alone. A destination's event is for a record
    // the origin always has: a missing record and someone else's record get the same refusal.
    if (e.side === 'ORIGIN') this.requireService(id.network.key);
    return this.ds.transaction(async (em) => {
      const found = await records.lockRecord(em, id.uuid, recordSide);
      const r = found?.originNetwork === id.network.key ? found : null;
      if (e.side === 'DESTINATION' && (!r || !isServiceOf(this.caller, r.destinationNetwork))) {
        throw forbidden(
          'Only the delivery service of the network on the other side of this referral may deliver its events.',
          { field: 'delivery' },
        );
      }
      if (!r) throw notFound(`${this.network.name} has no record of referral ${e.referralId} yet.`);
      const author = e.side === 'ORIGIN' ? r.originNetwork : r.destinationNetwork;
      if (e.type === 'CREATED')
        throw badInput('CREATED arrives with the referral, not as an event.', { field: 'type' });
      const checked = validateEvent(this.registry, findNetwork(this.registry, author)!, e);
      const last = await records.lastEventBy(em, r.id, recordSide, e.side);
      const lastSeq = last?.seq ?? 0;
      if (e.sequence <= lastSeq) {
        // A repeat is the same event: a sender restored from a backup may re-use a number for a new one, which must not be dropped as a repeat.
        const same = await records.eventAt(em, r.id, recordSide, e.side, e.sequence);
        if (
          !same ||
          same.type !== e.type ||
          same.at.getTime() !== new Date(e.at).getTime() ||
          same.note !== checked.note ||
          (same.answerExpectedBy?.getTime() ?? null) !== (checked.answerExpectedBy?.getTime() ?? null)
        ) {
          throw conflict(
            `Event ${e.sequence} of the ${e.side.toLowerCase()} side is already recorded as another ${same?.type ?? 'event'}; a sender restored from a backup must resume after it (docs/backup-and-restore.md).`,
            { field: 'sequence' },
          );
        }
        await records.recordReceipt(em, r.id, recordSide, e.side, e.sequence);
        return { accepted: true, duplicate: true };
      }
      if (e.sequence !== lastSeq + 1)
        throw badInput(`Events of the ${e.side.toLowerCase()} side arrive in sequence: the next is ${lastSeq + 1}.`, {
          field: 'sequence',
        });
      const at = checkInstant('at', e.at, last ? new Date(last.at) : r.createdAt);
      await this.insertEvent(em, r.id, recordSide, e, at, checked);
      await refold(em, r.id, recordSide);
      await notifyReceivedStep(em, this.network, this.registry, r, {
        type: e.type,
        authorSide: e.side,
        seq: e.sequence,
      });
      await this.audit.write(em, {
        action: 'receiveReferralEvent',
        objectType: 'Referral',
        objectId: recordId(r),
        details: { type: e.type, side: e.side, sequence: e.sequence },
      });
      return { accepted: true, duplicate: false };
    });
  }
}
