/**
 * Referrals on this network's side: the list its parties read, creation, and
 * every step on this network's own records. Every change writes its event and an
 * outbox row in the same transaction (delivery.ts). Deliveries from the other side: inbox.ts.
 */
import type { DataSource } from 'typeorm';
import type { Caller } from '#shared/caller';
import { badInput, forbidden, invalidTransition, notFound, userError } from '#shared/errors';
import { decodeOwnId, encodeId, ownId, tryDecodeId } from '#shared/ids';
import type { NetworkDefinition, Registry } from '#shared/registry';
import { isReferralParty, mayActFor, mayCreateReferral, referralPartyFilter } from '../access/referrals';
import type { AuditTrail } from '../audit/audit';
import { idempotentTransaction } from '../core/idempotency';
import type { Page } from '../core/model';
import { byId, paginate, type SortKey } from '../core/paging';
import { EVERYTHING, type ListRead } from '../core/selection';
import * as v from '../core/validate';
import { ContactPointEntity } from '../directory/contact-point.entity';
import { notifyOwnStep } from '../notifications/notify';
import { recordKey } from '../statistics/record-key';
import type { ReferralFilter, ReferralInput } from '../__generated__/schema-types';
import { queueDelivery, reviveDeliveries } from './delivery';
import { answerDue, checkAnswerDate, DEFAULT_DUE_POLICY, overdueCondition, type DuePolicy } from './due';
import { recordId } from './model';
import { eventPayload, referralPayload } from './payload';
import type { ReferralEntity } from './referral.entity';
import { refold } from './records';
import * as records from './repository';
import { nextStatus, type EventType, type Side } from './state';
import { eventNote, networkKeyOf, validateReferral } from './validate';

/** Newest first; a referral's two records (on one database when both sides are this network) by side. */
const REFERRAL_ORDER: readonly SortKey<ReferralEntity>[] = [
  {
    column: 'createdAt',
    direction: 'DESC',
    value: (r) => r.createdAt.toISOString(),
    // Only what the cursor carries: toISOString() of a stored time, so PostgreSQL can read it back.
    valid: (at) =>
      /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/.test(at) &&
      !Number.isNaN(Date.parse(at)) &&
      new Date(at).toISOString() === at,
  },
  byId(),
  {
    column: 'side',
    direction: 'ASC',
    value: (r) => r.side,
    valid: (side) => side === 'ORIGIN' || side === 'DESTINATION',
  },
];

export class ReferralService {
  constructor(
    private readonly ds: DataSource,
    private readonly network: NetworkDefinition,
    private readonly registry: Registry,
    private readonly caller: Caller,
    private readonly audit: AuditTrail,
    /** This network's statistics secret: the key of each record it writes (statistics/record-key.ts). */
    private readonly statisticsSecret: string,
    /** This network's default due times by urgency: the expected answer date its acknowledgements set. */
    private readonly duePolicy: DuePolicy = DEFAULT_DUE_POLICY,
  ) {}

  /** Decodes the id of one of this network's records. */
  decodeRecordId(id: string): { uuid: string; side: Side } | null {
    const d = ownId(this.registry, this.network, ['ref', 'rcv'], id);
    return d && { uuid: d.uuid, side: d.kind === 'ref' ? 'ORIGIN' : 'DESTINATION' };
  }

  /** Notes a read of a referral in the audit trail. */
  audited(r: ReferralEntity): ReferralEntity {
    this.audit.read({ action: 'readReferral', objectType: 'Referral', objectId: recordId(r) });
    return r;
  }

  async list(
    filter: ReferralFilter,
    first?: number | null,
    after?: string | null,
    read: ListRead = EVERYTHING,
  ): Promise<Page<ReferralEntity>> {
    const qb = records.recordsQuery(this.ds);
    const parties = referralPartyFilter(this.caller, 'r');
    qb.where(parties.where, parties.params);
    if (filter.direction)
      qb.andWhere('r.side = :side', { side: filter.direction === 'OUT' ? 'ORIGIN' : 'DESTINATION' });
    if (filter.status?.length)
      qb.andWhere('r.status IN (:...statuses)', { statuses: v.list('filter.status', filter.status) });
    if (filter.counterpartNetwork) {
      qb.andWhere(`(CASE WHEN r.side = 'ORIGIN' THEN r.destinationNetwork ELSE r.originNetwork END) = :counterpart`, {
        counterpart: networkKeyOf(this.registry, filter.counterpartNetwork),
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
    if (filter.overdue != null) qb.andWhere(filter.overdue ? overdueCondition('r') : `NOT ${overdueCondition('r')}`);
    // ANDed to the parties' condition above: a lookup finds only what the caller may already list.
    if (filter.reference != null) {
      const reference = v.text('filter.reference', filter.reference, 100);
      qb.andWhere('(upper(r.reference) = upper(:reference) OR :reference = ANY(r.formalReferences))', { reference });
    }
    if (filter.contactPoint != null) {
      const cp = tryDecodeId(this.registry, filter.contactPoint);
      if (typeof cp === 'string' || cp.kind !== 'cp')
        throw badInput('filter.contactPoint must be the id of a contact point.', { field: 'filter.contactPoint' });
      qb.andWhere('(r.fromCp = :cp OR r.toCp = :cp OR r.assignedTo = :cp)', {
        cp: encodeId(cp.network, 'cp', cp.uuid),
      });
    }
    const page = await paginate(qb, REFERRAL_ORDER, first, after, read);
    for (const r of page.nodes) this.audited(r);
    return page;
  }

  /** The destination network of a new referral: named, or the only one the country belongs to. */
  private destinationOf(destinationCountry: string, named: string | null | undefined): NetworkDefinition {
    const candidates = this.registry.filter((n) => n.members.some((m) => m.country === destinationCountry));
    if (named) {
      const destination = candidates.find((n) => n.code === named);
      if (!destination)
        throw badInput(`${destinationCountry} is not a member of ${named}.`, { field: 'destinationNetwork' });
      return destination;
    }
    if (candidates.length === 1) return candidates[0]!;
    throw badInput(
      candidates.length
        ? `${destinationCountry} belongs to several networks; name destinationNetwork.`
        : `${destinationCountry} belongs to no network of this hub.`,
      {
        field: candidates.length ? 'destinationNetwork' : 'destinationCountry',
      },
    );
  }

  async create(input: ReferralInput, key: string): Promise<ReferralEntity> {
    const c = this.caller;
    if (!mayCreateReferral(c, this.network) || !c.contactPointId) {
      throw forbidden(
        `Only a contact point of ${this.network.name} (a token with its contact_point_id) may create a referral here.`,
      );
    }
    const fromUuid = decodeOwnId(this.registry, this.network, 'cp', c.contactPointId, "the token's contact_point_id");
    const destinationCountry = v.countryCode('destinationCountry', input.destinationCountry);
    const destination = this.destinationOf(destinationCountry, input.destinationNetwork);
    const fromCp = encodeId(this.network, 'cp', fromUuid);
    const request = {
      caller: c.subject,
      operation: 'createReferral',
      key,
      input: { ...input, destinationCountry, destination: destination.key, from: fromCp },
    };
    return idempotentTransaction(this.ds, request, {
      authorize: async (em) => {
        const from = await em.findOneBy(ContactPointEntity, { id: fromUuid });
        if (!from || !from.active)
          throw forbidden('Your contact point entry is not an active contact point of this network.');
        return from;
      },
      perform: async (em, from) => {
        const valid = await validateReferral(
          em,
          this.network,
          this.registry,
          {
            ...input,
            origin: this.network,
            destination,
            originCountry: from.country,
            destinationCountry,
            from: fromCp,
            to: input.toContactPointId,
          },
          { to: 'toContactPointId' },
        );
        const now = new Date();
        const number = await records.nextReferenceNumber(em, now.getUTCFullYear());
        if (number === null) {
          throw userError(
            'REFERENCE_SERIES_FULL',
            `${this.network.name} has no reference number left for ${now.getUTCFullYear()} (references end in six digits); its secretariat must check the year's counter (npm run restored sets it back from the references the networks hold).`,
          );
        }
        const id = await records.newReferralId(em);
        const record: ReferralEntity = {
          id,
          side: 'ORIGIN',
          reference: `${this.network.code}-${now.getUTCFullYear()}-${String(number).padStart(6, '0')}`,
          originNetwork: this.network.key,
          destinationNetwork: destination.key,
          ...valid,
          status: 'SENT',
          assignedTo: null,
          // The destination fixes the acknowledgement due time when the referral arrives; its receipt tells it here.
          acknowledgeBy: null,
          answerExpectedBy: null,
          createdAt: now,
          updatedAt: now,
          version: 1,
          recordKey: recordKey(this.statisticsSecret, id),
        };
        await records.insertRecord(em, record);
        const event = {
          referralId: record.id,
          recordSide: 'ORIGIN',
          authorSide: 'ORIGIN',
          seq: 1,
          type: 'CREATED',
          at: now,
          actorSubject: c.subject,
          actorCp: record.fromCp,
          note: null,
          assignedTo: null,
        } as const;
        await records.insertEvent(em, event);
        await queueDelivery(em, record, 'REFERRAL', referralPayload(record, event));
        return record.id;
      },
      audit: (em, id, replay) =>
        this.audit.write(em, {
          action: 'createReferral',
          objectType: 'Referral',
          objectId: encodeId(this.network, 'ref', id),
          details: replay ? { replay } : undefined,
        }),
      load: (em, id) => records.findRecord(em, id, 'ORIGIN'),
    });
  }

  private ownRecord(id: string): { uuid: string; side: Side } {
    const decoded = this.decodeRecordId(id);
    if (!decoded)
      throw badInput(`"${id.slice(0, 120)}" is not a referral record of ${this.network.name}.`, { field: 'id' });
    return decoded;
  }

  /** One step on this network's record: checks who and whether, records the event, queues it for the other side. */
  async act(
    id: string,
    type: Exclude<EventType, 'CREATED'>,
    options: { note?: string | null; assignTo?: string | null; answerExpectedBy?: string | Date | null },
    key: string,
  ): Promise<ReferralEntity> {
    const { uuid, side } = this.ownRecord(id);
    const note = eventNote(type, options.note);
    // Checked before anything else, so a date in the past or too far changes nothing.
    const setDate = type === 'ANSWER_DATE_SET' ? checkAnswerDate(options.answerExpectedBy ?? '').toISOString() : null;
    const assignTo =
      type === 'ASSIGNED'
        ? decodeOwnId(this.registry, this.network, 'cp', options.assignTo ?? '', 'contactPointId')
        : null;
    const action = type === 'ANSWER_DATE_SET' ? 'setReferralAnswerDate' : `${type.toLowerCase()}Referral`;
    return idempotentTransaction(
      this.ds,
      {
        caller: this.caller.subject,
        operation: action,
        key,
        input: { recordId: id, type, note, assignTo, ...(setDate ? { answerExpectedBy: setDate } : {}) },
      },
      {
        // A record the caller is no party to is answered as one that does not exist: ids and countries stay secret.
        authorize: async (em) => {
          const r = await records.lockRecord(em, uuid, side);
          if (!r || !isReferralParty(this.caller, r))
            throw notFound(`No referral record ${id.slice(0, 120)} that you may act on.`);
          if (!mayActFor(this.caller, r, side)) {
            const country = side === 'DESTINATION' ? r.destinationCountry : r.originCountry;
            throw forbidden(
              `Only contact points of ${country} in ${this.network.name}, or its secretariat, act on this referral.`,
            );
          }
          return r;
        },
        perform: async (em, r) => {
          if (nextStatus(r.status, type, side) === null) {
            throw invalidTransition(
              `A referral that is ${r.status} cannot be ${type === 'ANSWER_DATE_SET' ? 'given an expected answer date' : type.toLowerCase()} by the ${side.toLowerCase()} side.`,
              {
                status: r.status,
                step: type,
              },
            );
          }
          let assignedTo: string | null = null;
          if (assignTo) {
            const cp = await em.findOneBy(ContactPointEntity, { id: assignTo });
            if (!cp || !cp.active || cp.country !== r.destinationCountry) {
              throw badInput(`contactPointId must be an active contact point of ${r.destinationCountry}.`, {
                field: 'contactPointId',
              });
            }
            assignedTo = encodeId(this.network, 'cp', cp.id);
          }
          const seq = await records.nextSequence(em, uuid, side);
          const at = new Date();
          // An acknowledgement sets this network's default expected answer date; ANSWER_DATE_SET the one asked for.
          const answerExpectedBy =
            type === 'ACKNOWLEDGED' ? answerDue(this.duePolicy, at, r.urgency) : setDate ? new Date(setDate) : null;
          const event = {
            referralId: uuid,
            recordSide: side,
            authorSide: side,
            seq,
            type,
            at,
            actorSubject: this.caller.subject,
            actorCp: this.caller.contactPointId,
            note,
            assignedTo,
            answerExpectedBy,
          };
          await records.insertEvent(em, event);
          await refold(em, uuid, side);
          await notifyOwnStep(em, this.network, this.registry, r, event);
          await queueDelivery(em, r, 'EVENT', eventPayload(r, event));
          return uuid;
        },
        audit: (em, _id, replay) =>
          this.audit.write(em, {
            action,
            objectType: 'Referral',
            objectId: id,
            details: replay ? { replay } : undefined,
          }),
        load: (em, uuid) => records.findRecord(em, uuid, side),
      },
    );
  }

  /**
   * The secretariat sends a record's dead letters again (after fixing their
   * cause): they become due now, with a fresh budget of attempts.
   */
  async retryDelivery(id: string, key: string): Promise<ReferralEntity> {
    const { uuid, side } = this.ownRecord(id);
    let rows = 0;
    return idempotentTransaction(
      this.ds,
      { caller: this.caller.subject, operation: 'retryDelivery', key, input: { recordId: id } },
      {
        authorize: async (em) => {
          if (!(await records.lockRecord(em, uuid, side)))
            throw notFound(`Referral record ${id.slice(0, 120)} does not exist.`);
        },
        perform: async (em) => {
          rows = await reviveDeliveries(em, uuid, side);
          return uuid;
        },
        audit: (em, _id, replay) =>
          this.audit.write(em, {
            action: 'retryDelivery',
            objectType: 'Referral',
            objectId: id,
            details: replay ? { replay } : { rows },
          }),
        load: (em, uuid) => records.findRecord(em, uuid, side),
      },
    );
  }
}
