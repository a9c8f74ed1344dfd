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
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

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
