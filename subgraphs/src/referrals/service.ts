/**
 * Referrals of one network: creation and every step on this network's side,
 * receiving the other side's deliveries, and reads limited to the parties.
 * Every change writes its event and an outbox row in the same transaction.
 */
import type { DataSource, EntityManager } from 'typeorm';
import { GraphQLError } from 'graphql';
import type { Caller } from '../../../shared/src/caller';
import { badInput, conflict, forbidden, notFound } from '../../../shared/src/errors';
import { decodeId, encodeId, tryDecodeId } from '../../../shared/src/ids';
import type { NetworkDefinition, Registry } from '../../../shared/src/registry';
import { isReferralParty, isServiceOf, mayActFor, mayCreateReferral, referralPartyFilter } from '../access/referrals';
import type { AuditTrail } from '../audit/audit';
import { ContactPointEntity } from '../db/contact-point.entity';
import type { Page } from '../core/model';
import { idempotentTransaction } from '../core/idempotency';
import { byId, paginate, type SortKey } from '../core/paging';
import * as v from '../core/validate';
import { ReferralEntity, ReferralEventEntity } from './referral.entity';
import { OUTBOX_CHANNEL } from './outbox';
import { fold, nextStatus, type EventType, type Side } from './state';
import { checkInstant, checkReference, eventNote, validateEvent, validateReferral } from './validate';

export interface ReferralInput {
  destinationCountry: string;
  destinationNetwork?: string | null;
  toContactPointId?: string | null;
  kind: string;
  measures: readonly string[];
  crimeAreas: readonly string[];
  urgency: string;
  subject: string;
  summary?: string | null;
  formalReferences?: readonly string[] | null;
}

export interface ReferralFilter {
  direction?: 'IN' | 'OUT' | null;
  status?: readonly string[] | null;
  counterpartNetwork?: string | null;
  counterpartCountry?: string | null;
  crimeArea?: string | null;
  urgency?: string | null;
  createdFrom?: Date | string | null;
  createdTo?: Date | string | null;
}

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
}

export interface ReferralDelivery {
  id: string;
  reference: string;
  originNetwork: string;
  destinationNetwork: string;
  originCountry: string;
  destinationCountry: string;
  from: string;
  to?: string | null;
  kind: string;
  measures: readonly string[];
  crimeAreas: readonly string[];
  urgency: string;
  subject: string;
  summary?: string | null;
  formalReferences: readonly string[];
  createdAt: string | Date;
  events: readonly EventDelivery[];
}

export interface DeliveryReceipt {
  accepted: boolean;
  duplicate: boolean;
}

export const invalidTransition = (message: string, details: Record<string, unknown> = {}) =>
  new GraphQLError(message, { extensions: { code: 'INVALID_TRANSITION', ...details } });

const other = (side: Side): Side => (side === 'ORIGIN' ? 'DESTINATION' : 'ORIGIN');

/** No referral of this hub is older than this. */
const FIRST_REFERRAL = new Date('2000-01-01T00:00:00Z');

type CheckedEvent = ReturnType<typeof validateEvent>;

/** Newest first; a referral's two records (on one database when both sides are this network) by side. */
const REFERRAL_ORDER: readonly SortKey<ReferralEntity>[] = [
  {
    column: 'createdAt',
    direction: 'DESC',
    value: (r) => r.createdAt.toISOString(),
    // Only what the cursor carries: toISOString() of a stored time, so PostgreSQL can read it back.
    valid: (at) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/.test(at) && !Number.isNaN(Date.parse(at)) && new Date(at).toISOString() === at,
  },
  byId(),
  { column: 'side', direction: 'ASC', value: (r) => r.side, valid: (side) => side === 'ORIGIN' || side === 'DESTINATION' },
];

/** Key of a record in loaders: "<uuid>|<side>". */
export const recordKey = (id: string, side: Side) => `${id}|${side}`;

export class ReferralService {
  constructor(
    private readonly ds: DataSource,
    private readonly network: NetworkDefinition,
    private readonly registry: Registry,
    private readonly caller: Caller,
    private readonly audit: AuditTrail,
  ) {}

  // Ids and parties

  private keyOf(code: string): string {
    const n = this.registry.find((x) => x.code === code || x.key === code);
    if (!n) throw badInput(`${code} is not a network of this hub.`);
    return n.key;
  }

  private codeOf(key: string): string {
    return this.registry.find((x) => x.key === key)?.code ?? key.toUpperCase();
  }

  /** The global id of a record: the origin's is the referral's id. */
  recordId(r: Pick<ReferralEntity, 'id' | 'side' | 'originNetwork' | 'destinationNetwork'>): string {
    return r.side === 'ORIGIN' ? encodeId({ key: r.originNetwork }, 'ref', r.id) : encodeId({ key: r.destinationNetwork }, 'rcv', r.id);
  }

  /** Decodes the id of one of this network's records. */
  decodeRecordId(id: string): { uuid: string; side: Side } | null {
    const d = tryDecodeId(this.registry, id);
    if (typeof d === 'string' || d.network.key !== this.network.key || (d.kind !== 'ref' && d.kind !== 'rcv')) return null;
    return { uuid: d.uuid, side: d.kind === 'ref' ? 'ORIGIN' : 'DESTINATION' };
  }

  /** Notes a read of a referral in the audit trail. */
  audited(r: ReferralEntity): ReferralEntity {
    this.audit.read({ action: 'readReferral', objectType: 'Referral', objectId: this.recordId(r) });
    return r;
  }

  // Reads

  async list(filter: ReferralFilter, first?: number | null, after?: string | null): Promise<Page<ReferralEntity>> {
    const qb = this.ds.getRepository(ReferralEntity).createQueryBuilder('r');
    const parties = referralPartyFilter(this.caller, 'r');
    qb.where(parties.where, parties.params);
    if (filter.direction) qb.andWhere('r.side = :side', { side: filter.direction === 'OUT' ? 'ORIGIN' : 'DESTINATION' });
    if (filter.status?.length) qb.andWhere('r.status IN (:...statuses)', { statuses: v.list('filter.status', filter.status) });
    if (filter.counterpartNetwork) {
      qb.andWhere(`(CASE WHEN r.side = 'ORIGIN' THEN r.destinationNetwork ELSE r.originNetwork END) = :counterpart`, {
        counterpart: this.keyOf(filter.counterpartNetwork),
      });
    }
    if (filter.counterpartCountry) {
      qb.andWhere(`(CASE WHEN r.side = 'ORIGIN' THEN r.destinationCountry ELSE r.originCountry END) = :ccountry`, {
        ccountry: v.countryCode('filter.counterpartCountry', filter.counterpartCountry),
      });
    }
    if (filter.crimeArea) qb.andWhere(':crime = ANY(r.crimeAreas)', { crime: filter.crimeArea });
    if (filter.urgency) qb.andWhere('r.urgency = :urgency', { urgency: filter.urgency });
    if (filter.createdFrom) qb.andWhere('r.createdAt >= :from', { from: new Date(filter.createdFrom) });
    if (filter.createdTo) qb.andWhere('r.createdAt < :to', { to: new Date(filter.createdTo) });
    const page = await paginate(qb, REFERRAL_ORDER, first, after);
    for (const r of page.nodes) this.audited(r);
    return page;
  }

  // Writes on this network's side

  async create(input: ReferralInput, key: string): Promise<ReferralEntity> {
    const c = this.caller;
    if (!mayCreateReferral(c, this.network) || !c.contactPointId) {
      throw forbidden(`Only a contact point of ${this.network.name} (a token with its contact_point_id) may create a referral here.`);
    }
    const fromUuid = this.decodeOwnCp(c.contactPointId, 'the token\'s contact_point_id');
    const destinationCountry = v.countryCode('destinationCountry', input.destinationCountry);
    const candidates = this.registry.filter((n) => n.members.some((m) => m.country === destinationCountry));
    let destination: NetworkDefinition | undefined;
    if (input.destinationNetwork) {
      destination = candidates.find((n) => n.code === input.destinationNetwork);
      if (!destination) throw badInput(`${destinationCountry} is not a member of ${input.destinationNetwork}.`, { field: 'destinationNetwork' });
    } else if (candidates.length === 1) {
      destination = candidates[0];
    } else {
      throw badInput(
        candidates.length ? `${destinationCountry} belongs to several networks; name destinationNetwork.` : `${destinationCountry} belongs to no network of this hub.`,
        { field: candidates.length ? 'destinationNetwork' : 'destinationCountry' },
      );
    }
    const fromCp = encodeId(this.network, 'cp', fromUuid);
    const request = { caller: c.subject, operation: 'createReferral', key, input: { ...input, destinationCountry, destination: destination!.key, from: fromCp } };
    return idempotentTransaction(this.ds, request, {
      authorize: async (em) => {
        const from = await em.findOneBy(ContactPointEntity, { id: fromUuid });
        if (!from || !from.active) throw forbidden('Your contact point entry is not an active contact point of this network.');
        return from;
      },
      perform: async (em, from) => {
        const valid = await validateReferral(
          em,
          this.network,
          this.registry,
          { ...input, origin: this.network, destination: destination!, originCountry: from.country, destinationCountry, from: fromCp, to: input.toContactPointId },
          { to: 'toContactPointId' },
        );
        const now = new Date();
        const [{ last }] = await em.query(
          `INSERT INTO referral_counters (year, last) VALUES ($1, 1) ON CONFLICT (year) DO UPDATE SET last = referral_counters.last + 1 RETURNING last`,
          [now.getUTCFullYear()],
        );
        const reference = `${this.network.code}-${now.getUTCFullYear()}-${String(last).padStart(6, '0')}`;
        const [{ id }] = await em.query(`SELECT gen_random_uuid() AS id`);
        const record: Partial<ReferralEntity> = {
          id,
          side: 'ORIGIN',
          reference,
          originNetwork: this.network.key,
          destinationNetwork: destination!.key,
          ...valid,
          status: 'SENT',
          assignedTo: null,
          createdAt: now,
          updatedAt: now,
          version: 1,
        };
        await em.insert(ReferralEntity, record);
        const event: Partial<ReferralEventEntity> = {
          referralId: id,
          recordSide: 'ORIGIN',
          authorSide: 'ORIGIN',
          seq: 1,
          type: 'CREATED',
          at: now,
          actorSubject: c.subject,
          actorCp: record.fromCp!,
          note: null,
          assignedTo: null,
        };
        await em.insert(ReferralEventEntity, event);
        const delivery: ReferralDelivery = {
          ...this.deliveryContent(record as ReferralEntity),
          events: [this.eventDelivery(record as ReferralEntity, event as ReferralEventEntity)],
        };
        await this.enqueue(em, record as ReferralEntity, 'REFERRAL', delivery);
        return id;
      },
      audit: (em, id, replay) => this.audit.write(em, { action: 'createReferral', objectType: 'Referral', objectId: encodeId(this.network, 'ref', id), details: replay ? { replay } : undefined }),
      load: (em, id) => em.findOneBy(ReferralEntity, { id, side: 'ORIGIN' }),
    });
  }

  private decodeOwnCp(id: string, field: string): string {
    const d = tryDecodeId(this.registry, id);
    if (typeof d === 'string' || d.kind !== 'cp' || d.network.key !== this.network.key) {
      throw badInput(`${field} must be a contact point of ${this.network.name}.`, { field });
    }
    return d.uuid;
  }

  /** One step on this network's record: checks who and whether, records the event, queues it for the other side. */
  async act(recordId: string, type: Exclude<EventType, 'CREATED'>, options: { note?: string | null; assignTo?: string | null }, key: string): Promise<ReferralEntity> {
    const decoded = this.decodeRecordId(recordId);
    if (!decoded) throw badInput(`"${recordId.slice(0, 120)}" is not a referral record of ${this.network.name}.`, { field: 'id' });
    const note = eventNote(type, options.note);
    const assignTo = type === 'ASSIGNED' ? this.decodeOwnCp(options.assignTo ?? '', 'contactPointId') : null;
    const { uuid, side } = decoded;
    const action = `${type.toLowerCase()}Referral`;
    return idempotentTransaction(this.ds, { caller: this.caller.subject, operation: action, key, input: { recordId, type, note, assignTo } }, {
      // A record the caller is no party to is answered as one that does not exist: ids and countries stay secret.
      authorize: async (em) => {
        const r = await this.lockRecord(em, uuid, side);
        if (!r || !isReferralParty(this.caller, r)) throw notFound(`No referral record ${recordId.slice(0, 120)} that you may act on.`);
        if (!mayActFor(this.caller, r, side)) {
          throw forbidden(
            side === 'DESTINATION'
              ? `Only contact points of ${r.destinationCountry} in ${this.network.name}, or its secretariat, act on this referral.`
              : `Only contact points of ${r.originCountry} in ${this.network.name}, or its secretariat, act on this referral.`,
          );
        }
        return r;
      },
      perform: async (em, r) => {
        if (nextStatus(r.status, type, side) === null) {
          throw invalidTransition(`A referral that is ${r.status} cannot be ${type.toLowerCase()} by the ${side.toLowerCase()} side.`, {
            status: r.status,
            step: type,
          });
        }
        let assignedTo: string | null = null;
        if (assignTo) {
          const cp = await em.findOneBy(ContactPointEntity, { id: assignTo });
          if (!cp || !cp.active || cp.country !== r.destinationCountry) {
            throw badInput(`contactPointId must be an active contact point of ${r.destinationCountry}.`, { field: 'contactPointId' });
          }
          assignedTo = encodeId(this.network, 'cp', cp.id);
        }
        const [{ seq }] = await em.query(
          `SELECT coalesce(max(seq), 0) + 1 AS seq FROM referral_events WHERE referral_id = $1 AND record_side = $2 AND author_side = $2`,
          [uuid, side],
        );
        const event: Partial<ReferralEventEntity> = {
          referralId: uuid,
          recordSide: side,
          authorSide: side,
          seq,
          type,
          at: new Date(),
          actorSubject: this.caller.subject,
          actorCp: this.caller.contactPointId,
          note,
          assignedTo,
        };
        await em.insert(ReferralEventEntity, event);
        await this.refold(em, uuid, side);
        await this.enqueue(em, r, 'EVENT', this.eventDelivery(r, event as ReferralEventEntity));
        return uuid;
      },
      audit: (em, _id, replay) => this.audit.write(em, { action, objectType: 'Referral', objectId: recordId, details: replay ? { replay } : undefined }),
      load: (em, id) => em.findOneBy(ReferralEntity, { id, side }),
    });
  }

  /**
   * The secretariat sends a record's dead letters again (after fixing their
   * cause): they become due now, with a fresh budget of attempts.
   */
  async retryDelivery(recordId: string, key: string): Promise<ReferralEntity> {
    const decoded = this.decodeRecordId(recordId);
    if (!decoded) throw badInput(`"${recordId.slice(0, 120)}" is not a referral record of ${this.network.name}.`, { field: 'id' });
    const { uuid, side } = decoded;
    let rows = 0;
    return idempotentTransaction(this.ds, { caller: this.caller.subject, operation: 'retryDelivery', key, input: { recordId } }, {
      authorize: async (em) => {
        if (!(await this.lockRecord(em, uuid, side))) throw notFound(`Referral record ${recordId.slice(0, 120)} does not exist.`);
      },
      perform: async (em) => {
        [{ rows }] = await em.query(
          `WITH due AS (
             UPDATE outbox SET failed_at = NULL, attempts = 0, last_error = NULL, next_attempt_at = now(), claimed_until = NULL, claimed_by = NULL
              WHERE referral_id = $1 AND record_side = $2 AND delivered_at IS NULL AND failed_at IS NOT NULL RETURNING 1)
           SELECT count(*)::int AS rows FROM due`,
          [uuid, side],
        );
        if (rows > 0) await em.query(`SELECT pg_notify($1, '')`, [OUTBOX_CHANNEL]);
        return uuid;
      },
      audit: (em, _id, replay) => this.audit.write(em, { action: 'retryDelivery', objectType: 'Referral', objectId: recordId, details: replay ? { replay } : { rows } }),
      load: (em, id) => em.findOneBy(ReferralEntity, { id, side }),
    });
  }

  /** Reads one record with a row lock, so the steps on a referral take turns. */
  private lockRecord(em: EntityManager, uuid: string, side: Side): Promise<ReferralEntity | null> {
    return em.findOne(ReferralEntity, { where: { id: uuid, side }, lock: { mode: 'pessimistic_write' } });
  }

  /** Recomputes a record's status and assignee from all its events. */
  private async refold(em: EntityManager, uuid: string, side: Side): Promise<void> {
    const events = await em.findBy(ReferralEventEntity, { referralId: uuid, recordSide: side });
    const folded = fold(events);
    await em.query(
      `UPDATE referrals SET status = $3, assigned_to = $4, acknowledged_at = $5, completed_at = $6, version = version + 1, updated_at = now()
        WHERE id = $1 AND side = $2`,
      [uuid, side, folded.status, folded.assignedTo, folded.acknowledgedAt, folded.completedAt],
    );
  }

  private deliveryContent(r: ReferralEntity): Omit<ReferralDelivery, 'events'> {
    return {
      id: encodeId({ key: r.originNetwork }, 'ref', r.id),
      reference: r.reference,
      originNetwork: this.codeOf(r.originNetwork),
      destinationNetwork: this.codeOf(r.destinationNetwork),
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
    };
  }

  private eventDelivery(r: ReferralEntity, e: ReferralEventEntity): EventDelivery {
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
    };
  }

  /** Queues a delivery to the other side, in the caller's transaction. */
  private async enqueue(em: EntityManager, r: ReferralEntity, kind: 'REFERRAL' | 'EVENT', payload: ReferralDelivery | EventDelivery): Promise<void> {
    const target = r.side === 'ORIGIN' ? r.destinationNetwork : r.originNetwork;
    await em.query(`INSERT INTO outbox (referral_id, record_side, target_network, kind, payload) VALUES ($1, $2, $3, $4, $5)`, [
      r.id,
      r.side,
      target,
      kind,
      JSON.stringify(payload),
    ]);
    // Delivered at commit: wakes the outbox workers listening on this database.
    await em.query(`SELECT pg_notify($1, '')`, [OUTBOX_CHANNEL]);
  }

  // Deliveries from the other side

  private requireService(fromNetworkKey: string): void {
    if (!isServiceOf(this.caller, fromNetworkKey)) {
      throw forbidden(`Only ${this.codeOf(fromNetworkKey)}'s delivery service may deliver this.`, { field: 'delivery' });
    }
  }

  private async receipt(em: EntityManager, uuid: string, recordSide: Side, authorSide: Side, seq: number): Promise<void> {
    await em.query(
      `INSERT INTO delivery_receipts (referral_id, record_side, author_side, seq) VALUES ($1, $2, $3, $4)
       ON CONFLICT (referral_id, record_side, author_side, seq) DO UPDATE SET received = delivery_receipts.received + 1, last_at = now()`,
      [uuid, recordSide, authorSide, seq],
    );
  }

  /** The other side's event, checked, as this side records it. */
  private async insertEvent(em: EntityManager, uuid: string, recordSide: Side, e: EventDelivery, at: Date, checked: CheckedEvent): Promise<void> {
    const event: Partial<ReferralEventEntity> = {
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
    };
    await em.insert(ReferralEventEntity, event);
    await this.receipt(em, uuid, recordSide, e.side, e.sequence);
  }

  /**
   * The destination stores its own record of a new referral, checked exactly
   * as a create; a repeated delivery changes nothing. The delivery carries the
   * origin's CREATED event only: every later event comes one by one.
   */
  async receiveReferral(d: ReferralDelivery): Promise<DeliveryReceipt> {
    const id = decodeId(this.registry, d.id);
    if (id.kind !== 'ref') throw badInput('delivery.id must be the referral id (<network>:ref:<uuid>).', { field: 'id' });
    const origin = id.network;
    this.requireService(origin.key);
    if (this.keyOf(d.originNetwork) !== origin.key) throw badInput(`originNetwork must be ${origin.code}, the network of the referral id.`, { field: 'originNetwork' });
    if (this.keyOf(d.destinationNetwork) !== this.network.key) throw badInput(`This referral is for ${d.destinationNetwork}, not ${this.network.name}.`, { field: 'destinationNetwork' });
    const createdAt = checkInstant('createdAt', d.createdAt, FIRST_REFERRAL);
    const reference = checkReference(origin, d.reference, createdAt);
    const [created, ...later] = d.events;
    if (!created || later.length > 0 || created.type !== 'CREATED' || created.side !== 'ORIGIN' || created.sequence !== 1 || created.referralId !== d.id) {
      throw badInput('A referral arrives with its CREATED event (origin side, sequence 1) and no other; later events come one by one.', { field: 'events' });
    }
    if (new Date(created.at).getTime() !== createdAt.getTime()) throw badInput('The CREATED event is dated createdAt.', { field: 'events.at' });
    const event = validateEvent(this.registry, origin, created);
    return this.ds.transaction(async (em) => {
      const valid = await validateReferral(em, this.network, this.registry, { ...d, origin, destination: this.network });
      if (event.actorCp !== null && event.actorCp !== valid.fromCp) throw badInput('The CREATED event is by the referral\'s from contact point.', { field: 'events.actorContactPoint' });
      const known: { id: string; reference: string }[] = await em.query(`SELECT id, reference FROM referrals WHERE side = 'DESTINATION' AND (id = $1 OR reference = $2)`, [
        id.uuid,
        reference,
      ]);
      if (known.some((k) => k.id !== id.uuid || k.reference !== reference)) {
        throw conflict(`Another referral is already recorded here as ${reference}, or this one under another reference.`, { field: 'reference' });
      }
      if (known.length > 0) {
        await this.receipt(em, id.uuid, 'DESTINATION', 'ORIGIN', 1);
        return { accepted: true, duplicate: true };
      }
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
      };
      await em.insert(ReferralEntity, record);
      await this.insertEvent(em, id.uuid, 'DESTINATION', created, createdAt, event);
      await this.refold(em, id.uuid, 'DESTINATION');
      await this.audit.write(em, { action: 'receiveReferral', objectType: 'Referral', objectId: encodeId(this.network, 'rcv', id.uuid) });
      return { accepted: true, duplicate: false };
    });
  }

  /**
   * An event from the other side: only of a type its author side may write,
   * only from the network of that side, in sequence, dated neither before its
   * author's previous event nor in the future. Idempotent on (referral, side, sequence).
   */
  async receiveEvent(e: EventDelivery): Promise<DeliveryReceipt> {
    const id = decodeId(this.registry, e.referralId);
    if (id.kind !== 'ref') throw badInput('delivery.referralId must be the referral id (<network>:ref:<uuid>).', { field: 'referralId' });
    const recordSide = other(e.side);
    // The origin's events come from the network the id names: anyone else is refused before the lookup, so
    // NOT_FOUND ("not arrived yet", retried) reaches that network alone. A destination's event is for a record
    // the origin always has: a missing record and someone else's record get the same refusal.
    if (e.side === 'ORIGIN') this.requireService(id.network.key);
    return this.ds.transaction(async (em) => {
      const found = await this.lockRecord(em, id.uuid, recordSide);
      const r = found?.originNetwork === id.network.key ? found : null;
      if (e.side === 'DESTINATION' && (!r || !isServiceOf(this.caller, r.destinationNetwork))) {
        throw forbidden('Only the delivery service of the network on the other side of this referral may deliver its events.', { field: 'delivery' });
      }
      if (!r) throw notFound(`${this.network.name} has no record of referral ${e.referralId} yet.`);
      const author = e.side === 'ORIGIN' ? r.originNetwork : r.destinationNetwork;
      if (e.type === 'CREATED') throw badInput('CREATED arrives with the referral, not as an event.', { field: 'type' });
      const checked = validateEvent(this.registry, this.registry.find((n) => n.key === author)!, e);
      const [last]: { seq: number; at: Date }[] = await em.query(
        `SELECT seq, at FROM referral_events WHERE referral_id = $1 AND record_side = $2 AND author_side = $3 ORDER BY seq DESC LIMIT 1`,
        [r.id, recordSide, e.side],
      );
      const lastSeq = last?.seq ?? 0;
      if (e.sequence <= lastSeq) {
        const [same]: { type: string }[] = await em.query(`SELECT type FROM referral_events WHERE referral_id = $1 AND record_side = $2 AND author_side = $3 AND seq = $4`, [
          r.id,
          recordSide,
          e.side,
          e.sequence,
        ]);
        if (same?.type !== e.type) throw conflict(`Event ${e.sequence} of the ${e.side.toLowerCase()} side is already recorded as ${same?.type ?? 'another event'}.`, { field: 'sequence' });
        await this.receipt(em, r.id, recordSide, e.side, e.sequence);
        return { accepted: true, duplicate: true };
      }
      if (e.sequence !== lastSeq + 1) throw badInput(`Events of the ${e.side.toLowerCase()} side arrive in sequence: the next is ${lastSeq + 1}.`, { field: 'sequence' });
      const at = checkInstant('at', e.at, last ? new Date(last.at) : r.createdAt);
      await this.insertEvent(em, r.id, recordSide, e, at, checked);
      await this.refold(em, r.id, recordSide);
      await this.audit.write(em, { action: 'receiveReferralEvent', objectType: 'Referral', objectId: this.recordId(r), details: { type: e.type, side: e.side, sequence: e.sequence } });
      return { accepted: true, duplicate: false };
    });
  }
}
