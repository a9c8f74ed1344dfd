/** Who may do what: every role against every object and question, as one table. */
import type { Caller } from '#shared/caller';
import { ANONYMOUS } from '#shared/caller';
import { caller } from '../../../test/support/callers';
import { NETWORKS } from '#shared/registry';
import { isReferralParty, isServiceOf, mayActFor, mayCreateReferral, type ReferralParties } from './referrals';
import { rules } from './rules';

const casc = NETWORKS.find((n) => n.key === 'casc')!;
const cp = (n: string, i: number) => `${n}:cp:00000000-0000-4000-8000-00000000000${i}`;

/** CASC's Armenia asks WACAP's Nigeria, naming a Ghanaian contact point of WACAP. */
const referral: ReferralParties = {
  originNetwork: 'casc',
  destinationNetwork: 'wacap',
  originCountry: 'ARM',
  destinationCountry: 'NGA',
  fromCp: cp('casc', 1),
  toCp: cp('wacap', 5),
  assignedTo: null,
};

const CALLERS: Record<string, Caller> = {
  anonymous: ANONYMOUS,
  'contact point of the sender': caller(['CONTACT_POINT'], 'casc', 'ARM', cp('casc', 1)),
  'contact point of another CASC country': caller(['CONTACT_POINT'], 'casc', 'KAZ', cp('casc', 2)),
  'contact point of the destination country': caller(['CONTACT_POINT'], 'wacap', 'NGA', cp('wacap', 3)),
  'contact point named as to': caller(['CONTACT_POINT'], 'wacap', 'GHA', cp('wacap', 5)),
  'contact point without a network': caller(['CONTACT_POINT'], null, 'ARM', cp('casc', 1)),
  'CASC secretariat': caller(['SECRETARIAT'], 'casc'),
  'WACAP secretariat': caller(['SECRETARIAT'], 'wacap'),
  'GLJC secretariat': caller(['SECRETARIAT'], 'gljc'),
  analyst: caller(['ANALYST'], 'casc'),
  'hub admin': caller(['HUB_ADMIN'], null),
  'CASC delivery service': caller(['SERVICE'], 'casc'),
};

/** The questions, asked in CASC's subgraph about the referral above. */
const QUESTIONS: Record<string, (c: Caller) => boolean> = {
  'reads the referral': (c) => isReferralParty(c, referral),
  'acts for the origin': (c) => mayActFor(c, referral, 'ORIGIN'),
  'acts for the destination': (c) => mayActFor(c, referral, 'DESTINATION'),
  'creates referrals in CASC': (c) => mayCreateReferral(c, casc),
  'reads the directory of people': (c) => rules.member({ caller: c, network: casc }) === null,
  'reads contact details': (c) => rules.contactDetails({ caller: c, network: casc }) === null,
  'writes CASC data and reads its audit log': (c) => rules.ownSecretariat({ caller: c, network: casc }) === null,
  'lists referrals at all': (c) => rules.referralParty({ caller: c, network: casc }) === null,
  'reads statistics': (c) => rules.aggregates({ caller: c, network: casc }) === null,
  'reads CASC delivery health': (c) => rules.ownOutbox({ caller: c, network: casc }) === null,
  'delivers for CASC': (c) => rules.service({ caller: c, network: casc }) === null && isServiceOf(c, 'casc'),
};

const ALLOWED: Record<keyof typeof CALLERS, string[]> = {
  anonymous: [],
  'contact point of the sender': [
    'reads the referral',
    'acts for the origin',
    'creates referrals in CASC',
    'reads the directory of people',
    'reads contact details',
    'lists referrals at all',
  ],
  'contact point of another CASC country': [
    'creates referrals in CASC',
    'reads the directory of people',
    'reads contact details',
    'lists referrals at all',
  ],
  'contact point of the destination country': [
    'reads the referral',
    'acts for the destination',
    'reads the directory of people',
    'reads contact details',
    'lists referrals at all',
  ],
  'contact point named as to': [
    'reads the referral',
    'reads the directory of people',
    'reads contact details',
    'lists referrals at all',
  ],
  // A token without a network is nobody's party, in lists as for one record.
  'contact point without a network': [
    'reads the directory of people',
    'reads contact details',
    'lists referrals at all',
  ],
  'CASC secretariat': [
    'reads the referral',
    'acts for the origin',
    'reads the directory of people',
    'reads contact details',
    'writes CASC data and reads its audit log',
    'lists referrals at all',
    'reads statistics',
    'reads CASC delivery health',
  ],
  'WACAP secretariat': [
    'reads the referral',
    'acts for the destination',
    'reads the directory of people',
    'reads contact details',
    'lists referrals at all',
    'reads statistics',
  ],
  'GLJC secretariat': [
    'reads the directory of people',
    'reads contact details',
    'lists referrals at all',
    'reads statistics',
  ],
  analyst: ['reads statistics', 'reads CASC delivery health'],
  'hub admin': ['reads the directory of people', 'reads statistics'],
  'CASC delivery service': ['reads the directory of people', 'delivers for CASC'],
};

describe('access: every caller against every question', () => {
  const rows = Object.entries(CALLERS).flatMap(([who, c]) =>
    Object.entries(QUESTIONS).map(([question, ask]) => [who, question, ask(c)] as const),
  );
  it.each(rows)('%s / %s', (who, question, answer) => {
    expect(answer).toBe(ALLOWED[who]!.includes(question));
  });

  it('names only questions that exist', () => {
    for (const allowed of Object.values(ALLOWED)) for (const q of allowed) expect(Object.keys(QUESTIONS)).toContain(q);
  });
});
