/**
 * The words of the demo referral history: the mix of kinds, urgencies, crime
 * areas and measures, subject lines, requests, reasons and messages, and the
 * texts built from them. Data; the rules of a referral's life are in
 * referral-lifecycle.ts.
 */
import type { AssistanceKind, AssistanceMeasure, CrimeArea, Urgency } from '#shared/domain';
import type { Prng } from './prng';
import { countryName } from './vocabulary';

export const KINDS: readonly (readonly [AssistanceKind, number])[] = [
  ['MUTUAL_LEGAL_ASSISTANCE', 60],
  ['EXTRADITION', 15],
  ['ASSET_RECOVERY', 10],
  ['TRANSFER_OF_SENTENCED_PERSONS', 5],
  ['INFORMAL_COOPERATION', 10],
];

export const URGENCY_MIX: readonly (readonly [Urgency, number])[] = [
  ['ROUTINE', 70],
  ['URGENT', 22],
  ['IMMEDIATE', 8],
];

export const CRIME_MIX: readonly (readonly [CrimeArea, number])[] = [
  ['DRUG_TRAFFICKING', 16],
  ['MONEY_LAUNDERING', 16],
  ['CORRUPTION', 13],
  ['CYBERCRIME', 13],
  ['TRAFFICKING_IN_PERSONS', 12],
  ['FRAUD', 8],
  ['ORGANIZED_CRIME', 6],
  ['MIGRANT_SMUGGLING', 4],
  ['FIREARMS_TRAFFICKING', 3],
  ['TERRORISM', 2],
  ['WILDLIFE_CRIME', 2],
  ['ENVIRONMENTAL_CRIME', 1],
  ['MARITIME_CRIME', 2],
  ['CULTURAL_PROPERTY_TRAFFICKING', 1],
  ['KIDNAPPING', 1],
];

/** Financial crime first for asset recovery. */
export const ASSET_CRIME_MIX: readonly (readonly [CrimeArea, number])[] = [
  ['MONEY_LAUNDERING', 5],
  ['CORRUPTION', 5],
  ['FRAUD', 3],
  ['DRUG_TRAFFICKING', 2],
  ['CYBERCRIME', 1],
];

/** The measures a kind of request asks for: the first is always drawn from `primary`. */
export const KIND_MEASURES: Readonly<
  Record<
    AssistanceKind,
    {
      primary: readonly (readonly [AssistanceMeasure, number])[];
      extra: readonly (readonly [AssistanceMeasure, number])[];
      max: number;
    }
  >
> = {
  MUTUAL_LEGAL_ASSISTANCE: {
    primary: [
      ['BANK_INFORMATION', 5],
      ['WITNESS_EVIDENCE', 4],
      ['ELECTRONIC_EVIDENCE', 4],
      ['SEARCH_AND_SEIZURE', 3],
      ['SERVICE_OF_DOCUMENTS', 3],
      ['VIDEO_HEARING', 2],
      ['EXPERT_EVIDENCE', 1],
      ['INTERCEPTION', 1],
      ['TRANSFER_OF_PROCEEDINGS', 1],
      ['JOINT_INVESTIGATION_TEAM', 1],
      ['CONTROLLED_DELIVERY', 1],
    ],
    extra: [
      ['BANK_INFORMATION', 4],
      ['WITNESS_EVIDENCE', 3],
      ['ELECTRONIC_EVIDENCE', 3],
      ['SEARCH_AND_SEIZURE', 3],
      ['SERVICE_OF_DOCUMENTS', 2],
      ['VIDEO_HEARING', 2],
      ['EXPERT_EVIDENCE', 1],
      ['FREEZING', 1],
    ],
    max: 3,
  },
  EXTRADITION: {
    primary: [['EXTRADITION', 1]],
    extra: [
      ['SEARCH_AND_SEIZURE', 2],
      ['SERVICE_OF_DOCUMENTS', 1],
    ],
    max: 2,
  },
  ASSET_RECOVERY: {
    primary: [
      ['FREEZING', 3],
      ['CONFISCATION', 2],
    ],
    extra: [
      ['BANK_INFORMATION', 4],
      ['FREEZING', 2],
      ['CONFISCATION', 1],
      ['SEARCH_AND_SEIZURE', 1],
    ],
    max: 3,
  },
  TRANSFER_OF_SENTENCED_PERSONS: {
    primary: [['TRANSFER_OF_SENTENCED_PERSONS', 1]],
    extra: [['SERVICE_OF_DOCUMENTS', 1]],
    max: 2,
  },
  INFORMAL_COOPERATION: {
    primary: [
      ['ELECTRONIC_EVIDENCE', 3],
      ['BANK_INFORMATION', 2],
      ['WITNESS_EVIDENCE', 1],
      ['CONTROLLED_DELIVERY', 1],
      ['JOINT_INVESTIGATION_TEAM', 1],
    ],
    extra: [
      ['ELECTRONIC_EVIDENCE', 1],
      ['BANK_INFORMATION', 1],
      ['WITNESS_EVIDENCE', 1],
    ],
    max: 2,
  },
};

/** Subject lines by main measure; `%` is the crime area. */
const SUBJECTS: Readonly<Record<AssistanceMeasure, string>> = {
  BANK_INFORMATION: 'Request for bank records — % investigation',
  WITNESS_EVIDENCE: 'Request to take witness statements — % investigation',
  ELECTRONIC_EVIDENCE: 'Request for subscriber and traffic data — % investigation',
  SEARCH_AND_SEIZURE: 'Request for search and seizure of business records — % case',
  SERVICE_OF_DOCUMENTS: 'Request for service of court documents — % proceedings',
  VIDEO_HEARING: 'Request for a hearing by video link — % trial',
  EXPERT_EVIDENCE: 'Request for a forensic expert examination — % investigation',
  INTERCEPTION: 'Request for interception of communications — % investigation',
  TRANSFER_OF_PROCEEDINGS: 'Proposal to transfer criminal proceedings — % case',
  JOINT_INVESTIGATION_TEAM: 'Proposal for a joint investigation team — % network',
  CONTROLLED_DELIVERY: 'Request for a controlled delivery — % consignment',
  FREEZING: 'Request to freeze bank accounts — proceeds of %',
  CONFISCATION: 'Request to enforce a confiscation order — proceeds of %',
  EXTRADITION: 'Extradition request — person sought for %',
  TRANSFER_OF_SENTENCED_PERSONS: 'Transfer of a sentenced national — % conviction',
};

/** What the destination is asked to do, by measure. */
const ASKS: Readonly<Record<AssistanceMeasure, string>> = {
  BANK_INFORMATION: 'provide statements of the accounts held by the fictional companies for 2022-2024',
  WITNESS_EVIDENCE: 'hear two witnesses on the transactions described',
  ELECTRONIC_EVIDENCE: 'preserve and provide subscriber and traffic data of three accounts',
  SEARCH_AND_SEIZURE: 'search the registered office of a shell company and seize its accounting records',
  SERVICE_OF_DOCUMENTS: 'serve a summons and the indictment on a resident',
  VIDEO_HEARING: 'arrange the hearing of a witness by video link',
  EXPERT_EVIDENCE: 'commission a forensic examination of seized devices',
  INTERCEPTION: 'intercept the communications of two telephone numbers for 30 days',
  TRANSFER_OF_PROCEEDINGS: 'take over the proceedings against a suspect who resides there',
  JOINT_INVESTIGATION_TEAM: 'set up a joint investigation team for twelve months',
  CONTROLLED_DELIVERY: 'allow a controlled delivery of a suspect consignment',
  FREEZING: 'freeze the balances of the accounts identified',
  CONFISCATION: 'enforce a final confiscation order against real estate',
  EXTRADITION: 'arrest and surrender a person sought under a domestic arrest warrant',
  TRANSFER_OF_SENTENCED_PERSONS: 'consent to the transfer of a sentenced national to serve the rest of the sentence',
};

const FORMAL_PREFIX: Readonly<Record<AssistanceKind, string | null>> = {
  MUTUAL_LEGAL_ASSISTANCE: 'MLA',
  EXTRADITION: 'EXT',
  ASSET_RECOVERY: 'AR',
  TRANSFER_OF_SENTENCED_PERSONS: 'TSP',
  INFORMAL_COOPERATION: null,
};

/** Days from creation to completion, by kind (then shortened for urgent requests, never below 10). */
export const COMPLETION_DAYS: Readonly<Record<AssistanceKind, readonly [number, number]>> = {
  MUTUAL_LEGAL_ASSISTANCE: [12, 150],
  EXTRADITION: [45, 180],
  ASSET_RECOVERY: [30, 180],
  TRANSFER_OF_SENTENCED_PERSONS: [60, 180],
  INFORMAL_COOPERATION: [10, 45],
};

export const DECLINE_REASONS = [
  'Dual criminality is not met for the conduct described (demo).',
  'The request lacks the facts domestic law requires; please resubmit with a fuller summary (demo).',
  'The measure is not available under domestic law for this offence (demo).',
  'Prosecution of the offence is time-barred under domestic law (demo).',
  'The account holder could not be identified from the details given (demo).',
];
export const EXTRADITION_DECLINE =
  'The person sought is a national; the constitution bars extradition of nationals. Domestic proceedings suggested (demo).';

export const WITHDRAWAL_REASONS = [
  'The suspect was located in the requesting State; the request is no longer needed (demo).',
  'The proceedings were discontinued by the requesting court (demo).',
  'Superseded by a new request with corrected account details (demo).',
  'The case was merged into another investigation (demo).',
];

export const ORIGIN_MESSAGES = [
  'Could you confirm receipt and indicate an expected timeline? (demo message)',
  'Supplementary information sent: updated list of account numbers (demo message).',
  'The trial date has been set; results before then would be much appreciated (demo message).',
  'A certified translation of the request is now available (demo message).',
];
export const DESTINATION_MESSAGES = [
  'Please send a certified translation into one of our accepted languages (demo message).',
  'The bank has responded; the records will follow through the central authority (demo message).',
  'We need the full name and date of birth of the account holder (demo message).',
  'The witness has been summoned; the hearing is planned for next month (demo message).',
];

const crimeWords = (area: CrimeArea) => area.toLowerCase().replace(/_/g, ' ');

export function subjectLine(measure: AssistanceMeasure, kind: AssistanceKind, crime: CrimeArea): string {
  const base =
    kind === 'INFORMAL_COOPERATION'
      ? `Informal consultation before a formal request — ${crimeWords(crime)} case`
      : SUBJECTS[measure].replace('%', crimeWords(crime));
  return `${base} (demo)`;
}

export function summaryText(
  rng: Prng,
  origin: string,
  destination: string,
  measures: readonly AssistanceMeasure[],
  crime: CrimeArea,
): string {
  const asks = measures.map((m) => ASKS[m]);
  const what = asks.length === 1 ? asks[0]! : `${asks.slice(0, -1).join(', ')} and ${asks[asks.length - 1]!}`;
  const suspects = rng.int(2, 6);
  return (
    `Fictional demo case: investigators in ${countryName(origin)} are looking into an alleged ${crimeWords(crime)} scheme ` +
    `involving ${suspects} suspects and the invented company "Example Trading ${rng.int(10, 99)} Ltd", ` +
    `and ask the authorities of ${countryName(destination)} to ${what}. ` +
    'All persons, companies and facts are made up for demonstration.'
  );
}

export function formalReferences(rng: Prng, kind: AssistanceKind, year: number): string[] {
  const prefix = FORMAL_PREFIX[kind];
  const out: string[] = [];
  if (prefix) out.push(`${prefix}/${year}/${String(rng.int(1, 999)).padStart(4, '0')}`);
  else if (rng.chance(0.3)) out.push(`INF/${year}/${String(rng.int(1, 400)).padStart(4, '0')}`);
  if (rng.chance(0.25)) out.push(`Case No. ${rng.int(1, 9)}-${rng.int(100, 999)}/${rng.chance(0.7) ? year : year - 1}`);
  return out;
}
