/**
 * A referral's due times: when its destination is to acknowledge it (acknowledge_by, fixed by the
 * destination when it arrives) and, once acknowledged, when an answer is expected (answer_expected_by,
 * a default at acknowledgement that the destination's parties may move). Each network sets its own
 * defaults by urgency (config.ts); times are instants, stored in UTC.
 */
import { URGENCIES, type Urgency } from '#shared/domain';
import { badInput } from '#shared/errors';
import type { ReferralStatus } from './state';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** A span of time as configured: hours, calendar days, or working days (Monday to Friday, counted in UTC). */
export interface Span {
  amount: number;
  unit: 'h' | 'd' | 'wd';
}

/** A network's default spans by urgency: to acknowledge a referral after it arrives, and to answer it after acknowledging. */
export interface DuePolicy {
  acknowledge: Record<Urgency, Span>;
  answer: Record<Urgency, Span>;
}

/** IMMEDIATE: acknowledge within 4 hours, answer within 7 days; URGENT: 24 hours, 30 days; ROUTINE: 5 working days, 90 days. */
export const DEFAULT_DUE_POLICY: DuePolicy = {
  acknowledge: {
    IMMEDIATE: { amount: 4, unit: 'h' },
    URGENT: { amount: 24, unit: 'h' },
    ROUTINE: { amount: 5, unit: 'wd' },
  },
  answer: {
    IMMEDIATE: { amount: 7, unit: 'd' },
    URGENT: { amount: 30, unit: 'd' },
    ROUTINE: { amount: 90, unit: 'd' },
  },
};

/** The longest span a default may name, in days: acknowledgement within a month, an answer within two years. */
export const MAX_ACKNOWLEDGE_DAYS = 30;
export const MAX_ANSWER_DAYS = 730;

/** Parses "4h", "5wd" or "90d", no longer than `maxDays` days; the message says what is wrong. */
export function parseSpan(value: string, maxDays: number): Span | string {
  const m = /^\s*(\d{1,5})\s*(h|d|wd)\s*$/.exec(value);
  if (!m) return 'must be a whole number of hours, days or working days, e.g. 4h, 30d or 5wd';
  const span: Span = { amount: Number(m[1]), unit: m[2] as Span['unit'] };
  if (span.amount < 1) return 'must be at least 1';
  // A working week of 5 days spans 7: the longest a span of working days may take.
  const days = span.unit === 'h' ? span.amount / 24 : span.unit === 'd' ? span.amount : (span.amount * 7) / 5;
  if (days > maxDays) return `must be at most ${maxDays} days`;
  return span;
}

/** `start` plus `span`. */
export function after(start: Date, span: Span): Date {
  if (span.unit === 'h') return new Date(start.getTime() + span.amount * HOUR);
  if (span.unit === 'd') return new Date(start.getTime() + span.amount * DAY);
  const due = new Date(start.getTime());
  for (let days = 0; days < span.amount;) {
    due.setUTCDate(due.getUTCDate() + 1);
    const weekday = due.getUTCDay();
    if (weekday !== 0 && weekday !== 6) days += 1;
  }
  return due;
}

const urgencyOf = (urgency: string): Urgency =>
  (URGENCIES as readonly string[]).includes(urgency) ? (urgency as Urgency) : 'ROUTINE';

/** When a referral created at `createdAt` is to be acknowledged; an urgency the policy does not know counts as ROUTINE. */
export const acknowledgeDue = (policy: DuePolicy, createdAt: Date, urgency: string): Date =>
  after(createdAt, policy.acknowledge[urgencyOf(urgency)]);

/** The default expected answer date of a referral acknowledged at `acknowledgedAt`. */
export const answerDue = (policy: DuePolicy, acknowledgedAt: Date, urgency: string): Date =>
  after(acknowledgedAt, policy.answer[urgencyOf(urgency)]);

/** How soon an expected answer date set by hand may be: not in the past (a minute's margin for the clock). */
const MIN_AHEAD_MS = 60_000;

/** An expected answer date a destination's party sets: in the future, at most MAX_ANSWER_DAYS ahead. */
export function checkAnswerDate(value: string | Date, now = new Date()): Date {
  const at = new Date(value);
  const field = 'answerExpectedBy';
  if (Number.isNaN(at.getTime())) throw badInput('answerExpectedBy is not a date-time.', { field });
  if (at.getTime() < now.getTime() + MIN_AHEAD_MS)
    throw badInput('answerExpectedBy is in the past: an expected answer date is a future date.', { field });
  if (at.getTime() > now.getTime() + MAX_ANSWER_DAYS * DAY)
    throw badInput(`answerExpectedBy is more than ${MAX_ANSWER_DAYS} days ahead: pick a nearer date.`, { field });
  return at;
}

/** Open and acknowledged: the statuses in which an answer is expected. */
export const ANSWERING: readonly ReferralStatus[] = ['ACKNOWLEDGED', 'ASSIGNED', 'IN_PROGRESS'];

/** Not acknowledged past acknowledge_by, or acknowledged and open past answer_expected_by. */
export function isOverdue(
  r: { status: ReferralStatus; acknowledgeBy: Date | null; answerExpectedBy: Date | null },
  now = new Date(),
): boolean {
  if (r.status === 'SENT') return r.acknowledgeBy !== null && r.acknowledgeBy.getTime() <= now.getTime();
  if (ANSWERING.includes(r.status)) return r.answerExpectedBy !== null && r.answerExpectedBy.getTime() <= now.getTime();
  return false;
}

/**
 * isOverdue as a condition on the records of a query builder's `alias`, at the database's now(): never
 * null, so its negation holds exactly the others.
 */
export const overdueCondition = (alias: string): string =>
  `((${alias}.status = 'SENT' AND coalesce(${alias}.acknowledgeBy <= now(), false)) OR (${alias}.status IN ('ACKNOWLEDGED', 'ASSIGNED', 'IN_PROGRESS') AND coalesce(${alias}.answerExpectedBy <= now(), false)))`;
