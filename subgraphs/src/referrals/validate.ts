/**
 * One validation of a referral and of its events, used when this network
 * creates or steps a referral and when it receives one from another network:
 * a delivery is input from another organisation and is checked exactly as a
 * create. Each failure is BAD_USER_INPUT naming the field.
 */
import type { EntityManager } from 'typeorm';
import { ASSISTANCE_KINDS, ASSISTANCE_MEASURES, CRIME_AREAS, URGENCIES, type ReferralContent } from '#shared/domain';
import { badInput } from '#shared/errors';
import { decodeOwnId, encodeId } from '#shared/ids';
import { findNetwork, type NetworkDefinition, type Registry } from '#shared/registry';
import { ContactPointEntity } from '../directory/contact-point.entity';
import * as v from '../core/validate';
import { MAX_ANSWER_DAYS } from './due';
import { mayAuthor, type EventType, type Side } from './state';

/** A referral as either door presents it: the create form (with the origin's facts added) or a delivery. */
export interface ReferralDraft extends ReferralContent {
  origin: NetworkDefinition;
  destination: NetworkDefinition;
  formalReferences?: readonly string[] | null;
}

export interface ValidReferral {
  originCountry: string;
  destinationCountry: string;
  fromCp: string;
  toCp: string | null;
  kind: string;
  measures: string[];
  crimeAreas: string[];
  urgency: string;
  subject: string;
  summary: string | null;
  formalReferences: string[];
}

/** Clock difference tolerated between two networks' servers. */
export const MAX_CLOCK_SKEW_MS = 2 * 60_000;

/** Field names as the create form calls them; a delivery uses the defaults. */
export interface DraftFields {
  to?: string;
}

function oneOf(field: string, value: string, allowed: readonly string[]): string {
  if (!allowed.includes(value))
    throw badInput(`${field}: "${value.slice(0, 40)}" is not one of ${allowed.join(', ')}.`, { field });
  return value;
}

/** A global id of a contact point of `network`, or throws. */
export function contactPointOf(
  registry: Registry,
  network: NetworkDefinition,
  field: string,
  id: string,
): { id: string; uuid: string } {
  const uuid = decodeOwnId(registry, network, 'cp', id, field);
  return { id: encodeId(network, 'cp', uuid), uuid };
}

/**
 * Checks a referral's content and parties. `self` is the network that runs
 * this code: when it is the destination, `to` must be one of its active
 * contact points of the destination country (checked in this database; the
 * destination network checks it again when it receives the referral).
 */
export async function validateReferral(
  em: EntityManager,
  self: NetworkDefinition,
  registry: Registry,
  d: ReferralDraft,
  fields: DraftFields = {},
): Promise<ValidReferral> {
  const toField = fields.to ?? 'to';
  const destinationCountry = v.memberCountry(d.destination, 'destinationCountry', d.destinationCountry);
  const originCountry = v.memberCountry(d.origin, 'originCountry', d.originCountry);
  if (originCountry === destinationCountry)
    throw badInput('A referral goes to another country than its origin country.', { field: 'destinationCountry' });
  const fromCp = contactPointOf(registry, d.origin, 'from', d.from).id;
  let toCp: string | null = null;
  if (d.to) {
    const to = contactPointOf(registry, d.destination, toField, d.to);
    if (d.destination.key === self.key) {
      const row = await em.findOneBy(ContactPointEntity, { id: to.uuid });
      if (!row || !row.active || row.country !== destinationCountry) {
        throw badInput(`${toField} must be an active contact point of ${destinationCountry} in ${self.name}.`, {
          field: toField,
        });
      }
    }
    toCp = to.id;
  }
  return {
    originCountry,
    destinationCountry,
    fromCp,
    toCp,
    kind: oneOf('kind', d.kind, ASSISTANCE_KINDS),
    measures: v.nonEmptyList('measures', d.measures).map((m) => oneOf('measures', m, ASSISTANCE_MEASURES)),
    crimeAreas: v.nonEmptyList('crimeAreas', d.crimeAreas).map((c) => oneOf('crimeAreas', c, CRIME_AREAS)),
    urgency: oneOf('urgency', d.urgency, URGENCIES),
    subject: v.text('subject', d.subject, 300),
    summary: v.optionalText('summary', d.summary, 10_000),
    formalReferences: v.list('formalReferences', d.formalReferences, 20).map((r) => v.text('formalReferences', r, 100)),
  };
}

/** The reference an origin gives a referral: <NETWORK CODE>-<year created>-<6 digits>. */
export function checkReference(origin: NetworkDefinition, reference: string, createdAt: Date): string {
  const m = new RegExp(`^${origin.code}-(\\d{4})-\\d{6}$`).exec(reference);
  if (!m || Number(m[1]) !== createdAt.getUTCFullYear()) {
    throw badInput(`reference must be ${origin.code}-<year created>-<6 digits>.`, { field: 'reference' });
  }
  return reference;
}

/** A time another network stamped: a real instant, not in the future (beyond clock skew), not before `floor`. */
export function checkInstant(field: string, value: string | Date, floor: Date, now = new Date()): Date {
  const at = new Date(value);
  if (Number.isNaN(at.getTime())) throw badInput(`${field} is not a date-time.`, { field });
  if (at.getTime() > now.getTime() + MAX_CLOCK_SKEW_MS) throw badInput(`${field} is in the future.`, { field });
  if (at.getTime() < floor.getTime())
    throw badInput(`${field} is before ${floor.toISOString()}, which events of this referral cannot be.`, { field });
  return at;
}

/** The text an event carries, by its type: a message needs text, a refusal a reason. */
export function eventNote(type: EventType, note: string | null | undefined): string | null {
  if (type === 'MESSAGE') return v.text('text', note ?? '', 10_000);
  if (type === 'DECLINED' || type === 'WITHDRAWN') return v.text('reason', note ?? '', 2000);
  return v.optionalText('note', note, 10_000);
}

/** An event written by `side` of a referral between `origin` and `destination`, as another network delivers it. */
export interface EventDraft {
  side: Side;
  sequence: number;
  type: EventType;
  actor?: string | null;
  actorContactPoint?: string | null;
  note?: string | null;
  assignedTo?: string | null;
  at?: string | Date;
  answerExpectedBy?: string | Date | null;
}

/** The events that set an expected answer date: ANSWER_DATE_SET always, ACKNOWLEDGED (its default) when its author says one. */
const SETS_ANSWER_DATE: readonly EventType[] = ['ACKNOWLEDGED', 'ANSWER_DATE_SET'];

/** An expected answer date another network's event sets: after the event (clock skew aside), at most MAX_ANSWER_DAYS later. */
function eventAnswerDate(e: EventDraft): Date | null {
  const field = 'answerExpectedBy';
  if (e.answerExpectedBy == null) {
    if (e.type === 'ANSWER_DATE_SET') throw badInput('An ANSWER_DATE_SET event names answerExpectedBy.', { field });
    return null;
  }
  if (!SETS_ANSWER_DATE.includes(e.type))
    throw badInput('Only an ACKNOWLEDGED or ANSWER_DATE_SET event names answerExpectedBy.', { field });
  const date = new Date(e.answerExpectedBy);
  const at = new Date(e.at ?? Date.now());
  if (Number.isNaN(date.getTime())) throw badInput('answerExpectedBy is not a date-time.', { field });
  if (
    date.getTime() < at.getTime() - MAX_CLOCK_SKEW_MS ||
    date.getTime() > at.getTime() + MAX_ANSWER_DAYS * 86_400_000 + MAX_CLOCK_SKEW_MS
  )
    throw badInput(`answerExpectedBy is before its event or more than ${MAX_ANSWER_DAYS} days after it.`, { field });
  return date;
}

/** Checks what an event says about itself: who may write its type, its sequence, its actor, its text, assignee and answer date. */
export function validateEvent(
  registry: Registry,
  author: NetworkDefinition,
  e: EventDraft,
): {
  actor: string | null;
  actorCp: string | null;
  note: string | null;
  assignedTo: string | null;
  answerExpectedBy: Date | null;
} {
  if (!mayAuthor(e.type, e.side))
    throw badInput(`The ${e.side.toLowerCase()} side does not write ${e.type} events.`, { field: 'type' });
  if (!Number.isInteger(e.sequence) || e.sequence < 1)
    throw badInput('sequence must be a positive integer.', { field: 'sequence' });
  if (e.type !== 'ASSIGNED' && e.assignedTo)
    throw badInput('Only an ASSIGNED event names assignedTo.', { field: 'assignedTo' });
  if (e.type === 'ASSIGNED' && !e.assignedTo)
    throw badInput('An ASSIGNED event names assignedTo.', { field: 'assignedTo' });
  if (e.type === 'CREATED' && e.note) throw badInput('A CREATED event has no note.', { field: 'note' });
  return {
    actor: v.optionalText('actor', e.actor, v.MAX_NAME),
    actorCp: e.actorContactPoint ? contactPointOf(registry, author, 'actorContactPoint', e.actorContactPoint).id : null,
    note: e.type === 'CREATED' ? null : eventNote(e.type, e.note),
    assignedTo: e.assignedTo ? contactPointOf(registry, author, 'assignedTo', e.assignedTo).id : null,
    answerExpectedBy: eventAnswerDate(e),
  };
}

/** The network key of a NetworkCode (or key) named in input. */
export function networkKeyOf(registry: Registry, code: string): string {
  const n = findNetwork(registry, code);
  if (!n) throw badInput(`${code} is not a network of this hub.`);
  return n.key;
}
