/**
 * What a notification mail may say, and nothing else. E-mail is not a secure
 * channel: a mail names the referral (its reference and the id of its console
 * page), its kind and urgency, the other side's country and network and the
 * deadline. Never the subject, the summary, the names of persons in the case, a
 * note or a document: the recipient reads those in the console, signed in.
 */
import { findNetwork, type Registry } from '#shared/registry';
import type { ReferralEntity } from '../referrals/referral.entity';
import { recordId } from '../referrals/model';

/** What happened, as the mail names it. */
export const NOTIFICATION_KINDS = [
  'REFERRAL_RECEIVED',
  'ACKNOWLEDGED',
  'DECLINED',
  'MESSAGE',
  'COMPLETED',
  'WITHDRAWN',
  'ASSIGNED',
  'ACK_REMINDER',
  'ACK_OVERDUE',
  'ESCALATED',
  'ANSWER_REMINDER',
  'ANSWER_OVERDUE',
  'ANSWER_ESCALATED',
  'DELIVERY_FAILED',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** Kinds only the network's secretariat receives (SECRETARIAT_EMAIL): no person's preference applies to them. */
export const SECRETARIAT_KINDS = [
  'ESCALATED',
  'ANSWER_ESCALATED',
  'DELIVERY_FAILED',
] as const satisfies readonly NotificationKind[];
export type PreferenceKind = Exclude<NotificationKind, (typeof SECRETARIAT_KINDS)[number]>;
export const isSecretariatKind = (kind: NotificationKind): boolean =>
  (SECRETARIAT_KINDS as readonly NotificationKind[]).includes(kind);

/** The kinds a contact point receives, each of which they may have mailed at once, in a daily digest, or not at all. */
export const PREFERENCE_KINDS: readonly PreferenceKind[] = NOTIFICATION_KINDS.filter(
  (k): k is PreferenceKind => !isSecretariatKind(k),
);

/** How a person wants one kind of notification mailed. */
export const DELIVERIES = ['IMMEDIATE', 'DAILY_DIGEST', 'NONE'] as const;
export type Delivery = (typeof DELIVERIES)[number];

/** Urgencies whose referrals are mailed at once whatever the recipient chose: a digest or silence would defeat them. */
export const ALWAYS_IMMEDIATE_URGENCIES: readonly string[] = ['IMMEDIATE', 'URGENT'];

/** The languages a mail is written in; a person without a preference gets English. */
export const LANGUAGES = ['en', 'fr', 'ru', 'pt'] as const;
export type Language = (typeof LANGUAGES)[number];
export const isLanguage = (value: unknown): value is Language => LANGUAGES.includes(value as Language);

/** Every fact a mail may carry: the row's `facts` column holds exactly these keys. */
export interface MailFacts {
  reference: string;
  /** The referral's kind (MUTUAL_LEGAL_ASSISTANCE, ...). */
  referralKind: string;
  urgency: string;
  /** The other side's country (ISO 3166 alpha-3) and network code. */
  counterpartCountry: string;
  counterpartNetwork: string;
  /** ISO instant the recipient is expected to act by, or null. */
  deadline: string | null;
  /** The global id of the recipient's own record: the console page the mail links to. */
  recordId: string;
}

/** The record fields facts are read from: the only ones this module ever sees of a referral. */
export type FactSource = Pick<
  ReferralEntity,
  | 'id'
  | 'side'
  | 'reference'
  | 'kind'
  | 'urgency'
  | 'originNetwork'
  | 'destinationNetwork'
  | 'originCountry'
  | 'destinationCountry'
  | 'createdAt'
>;

/** The facts of a mail about record `r`; copies the allowed fields one by one. */
export function factsOf(registry: Registry, r: FactSource, deadline: Date | null): MailFacts {
  const origin = r.side === 'ORIGIN';
  const counterpartKey = origin ? r.destinationNetwork : r.originNetwork;
  return {
    reference: r.reference,
    referralKind: r.kind,
    urgency: r.urgency,
    counterpartCountry: origin ? r.destinationCountry : r.originCountry,
    counterpartNetwork: findNetwork(registry, counterpartKey)?.code ?? counterpartKey.toUpperCase(),
    deadline: deadline ? deadline.toISOString() : null,
    recordId: recordId(r),
  };
}

/** Mail that gathers several notifications: a person's daily digest, the secretariat's weekly one. */
export const DIGEST_KINDS = ['DAILY_DIGEST', 'WEEKLY_DIGEST'] as const;
export type DigestKind = (typeof DIGEST_KINDS)[number];

/** One held notification in a daily digest: its kind and the facts its own mail would have carried. */
export interface DigestEntry extends MailFacts {
  kind: NotificationKind;
}

/** A daily digest's facts: the UTC day it gathers (YYYY-MM-DD) and its notifications, oldest first. */
export interface DailyDigestFacts {
  day: string;
  entries: DigestEntry[];
}

/** A referral past a due time, as the weekly digest names it: its reference and when it was due. */
export interface OverdueEntry {
  reference: string;
  due: string;
}

/** The secretariat's weekly digest: counts and references only, never a name or case content. */
export interface WeeklyDigestFacts {
  /** Monday (UTC) of the week it is sent in, YYYY-MM-DD. */
  week: string;
  /** Entries not reviewed for a year, or never: the desk's review queue. */
  reviewDue: { contactPoints: number; authorities: number; countryProfiles: number };
  /** Active contact points whose term ends by `termsEndBy` (YYYY-MM-DD), ended ones included. */
  termsEnding: number;
  termsEndBy: string;
  /** Referrals received here and not acknowledged by their due time, and those sent from here the other side has not acknowledged in time. */
  overdueReceived: { count: number; first: OverdueEntry[] };
  overdueSent: { count: number; first: OverdueEntry[] };
}
