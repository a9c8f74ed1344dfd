import type { CrimeArea, NetworkCode, ReferralFilter, ReferralStatus, Urgency } from '../__generated__/graphql';
import { VOCABULARY } from '../ui/vocabulary';

/** The inbox's and outbox's filters as the page's address keeps them (a list can be bookmarked and shared). */
export interface ListSearch {
  direction: 'IN' | 'OUT';
  status: ReferralStatus | '';
  urgency: Urgency | '';
  network: NetworkCode | '';
  country: string;
  crimeArea: CrimeArea | '';
  /** YYYY-MM-DD, inclusive. */
  from: string;
  to: string;
  /** A reference or formal reference: looks it up in both directions, other filters aside. */
  reference: string;
  /** 'true': only overdue referrals. */
  overdue: 'true' | '';
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const oneOf = <T extends string>(value: string | null, allowed: readonly T[]): T | '' =>
  (allowed as readonly string[]).includes(value ?? '') ? (value as T) : '';

export function parseListSearch(params: URLSearchParams): ListSearch {
  const day = (name: string) => (DAY.test(params.get(name) ?? '') ? params.get(name)! : '');
  return {
    direction: params.get('direction') === 'OUT' ? 'OUT' : 'IN',
    status: oneOf(params.get('status'), VOCABULARY.referralStatus),
    urgency: oneOf(params.get('urgency'), VOCABULARY.urgency),
    network: /^[A-Z]{2,16}$/.test(params.get('network') ?? '') ? (params.get('network') as NetworkCode) : '',
    country: /^[A-Z]{3}$/.test(params.get('country') ?? '') ? params.get('country')! : '',
    crimeArea: oneOf(params.get('crimeArea'), VOCABULARY.crimeArea),
    from: day('from'),
    to: day('to'),
    reference: (params.get('reference') ?? '').trim().slice(0, 100),
    overdue: params.get('overdue') === 'true' ? 'true' : '',
  };
}

/** Only the filters that are set, so the address stays short. */
export function listSearchParams(s: ListSearch): Record<string, string> {
  return Object.fromEntries(Object.entries(s).filter(([k, v]) => v !== '' && !(k === 'direction' && v === 'IN')));
}

/** The API filter: a lookup by reference alone, or the direction and every filter set (dates as whole UTC days). */
export function toReferralFilter(s: ListSearch): ReferralFilter {
  if (s.reference) return { reference: s.reference };
  const nextDay = (d: string) => new Date(Date.parse(`${d}T00:00:00Z`) + 86_400_000).toISOString();
  return {
    direction: s.direction,
    ...(s.status ? { status: [s.status] } : {}),
    ...(s.urgency ? { urgency: s.urgency } : {}),
    ...(s.network ? { counterpartNetwork: s.network } : {}),
    ...(s.country ? { counterpartCountry: s.country } : {}),
    ...(s.crimeArea ? { crimeArea: s.crimeArea } : {}),
    ...(s.from ? { createdFrom: `${s.from}T00:00:00.000Z` } : {}),
    ...(s.to ? { createdTo: nextDay(s.to) } : {}),
    ...(s.overdue ? { overdue: true } : {}),
  };
}
