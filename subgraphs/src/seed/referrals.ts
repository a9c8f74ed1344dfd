/**
 * Demo referral history: two years of requests between the contact points of
 * all networks, the same list whichever network is being seeded. Each network's
 * database gets the records it holds (origin, destination, or both when a
 * referral stays inside the network), with every event of the referral, so the
 * two records of a referral agree as if every event had already been delivered.
 * Deterministic: seed and scale fix every id, date and text; the clock is never read.
 */
import type { DataSource, EntityManager } from 'typeorm';
import { findCountry } from '../../../shared/src/countries';
import type { ASSISTANCE_KINDS, AssistanceMeasure, CrimeArea, URGENCIES } from '../../../shared/src/domain';
import { encodeId } from '../../../shared/src/ids';
import { NETWORKS, type NetworkDefinition, type Registry } from '../../../shared/src/registry';
import { fold, type EventType, type ReferralStatus, type Side } from '../referrals/state';
import { DEFAULT_SEED, demoContactPoints } from './directory';
import { hashString, Prng } from './prng';

export interface ReferralSeedOptions {
  /** Multiplies the referrals per network pair (and the contact points they refer to); default 1. */
  scale?: number;
  /** PRNG seed, the same as the directory's (default 20261129). */
  seed?: number;
  onProgress?: (m: string) => void;
}

type AssistanceKind = (typeof ASSISTANCE_KINDS)[number];
type Urgency = (typeof URGENCIES)[number];

export interface DemoReferralEvent {
  authorSide: Side;
  /** 1.. per (referral, author side). */
  seq: number;
  type: EventType;
  at: Date;
  actorSubject: string | null;
  /** Global contact point id, `<networkKey>:cp:<uuid>`. */
  actorCp: string | null;
  note: string | null;
  assignedTo: string | null;
}

export interface DemoReferral {
  id: string;
  /** `<ORIGIN CODE>-<year>-<counter, 6 digits>`. */
  reference: string;
  year: number;
  counter: number;
  /** Registry keys. */
  originNetwork: string;
  destinationNetwork: string;
  originCountry: string;
  destinationCountry: string;
  fromCp: string;
  toCp: string | null;
  kind: AssistanceKind;
  measures: AssistanceMeasure[];
  crimeAreas: CrimeArea[];
  urgency: Urgency;
  subject: string;
  summary: string;
  formalReferences: string[];
  /** fold(events): the status and assignee both records show. */
  status: ReferralStatus;
  assignedTo: string | null;
  acknowledgedAt: Date | null;
  completedAt: Date | null;
  createdAt: Date;
  /** Time of the last event. */
  updatedAt: Date;
  /** One per event the record has taken in. */
  version: number;
  events: DemoReferralEvent[];
}

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
/** First and last day a demo referral may be created on (UTC). */
const FIRST_DAY = Date.UTC(2024, 11, 1);
const LAST_DAY = Date.UTC(2026, 10, 20);
/** "Now" of the demo history: nothing happens after it. */
const NOW = Date.UTC(2026, 10, 20, 18, 0);
const PER_PAIR = { min: 135, max: 165 };
/** Rows per INSERT: 24 parameters a referral, far below the 65,535 PostgreSQL allows. */
const BATCH = 1000;

// ---------------------------------------------------------------------------
// Seeds: a PRNG stream of its own, apart from the directory seeder's

function mix(x: number): number {
  let s = x >>> 0;
  s = Math.imul(s ^ (s >>> 16), 0x85ebca6b);
  s = Math.imul(s ^ (s >>> 13), 0xc2b2ae35);
  return (s ^ (s >>> 16)) >>> 0;
}

// ---------------------------------------------------------------------------
// Vocabulary

const KINDS: readonly (readonly [AssistanceKind, number])[] = [
  ['MUTUAL_LEGAL_ASSISTANCE', 60],
  ['EXTRADITION', 15],
  ['ASSET_RECOVERY', 10],
  ['TRANSFER_OF_SENTENCED_PERSONS', 5],
  ['INFORMAL_COOPERATION', 10],
];

const URGENCY_MIX: readonly (readonly [Urgency, number])[] = [
  ['ROUTINE', 70],
  ['URGENT', 22],
  ['IMMEDIATE', 8],
];

const CRIME_MIX: readonly (readonly [CrimeArea, number])[] = [
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
const ASSET_CRIME_MIX: readonly (readonly [CrimeArea, number])[] = [
  ['MONEY_LAUNDERING', 5],
  ['CORRUPTION', 5],
  ['FRAUD', 3],
  ['DRUG_TRAFFICKING', 2],
  ['CYBERCRIME', 1],
];

/** The measures a kind of request asks for: the first is always drawn from `primary`. */
const KIND_MEASURES: Readonly<
  Record<AssistanceKind, { primary: readonly (readonly [AssistanceMeasure, number])[]; extra: readonly (readonly [AssistanceMeasure, number])[]; max: number }>
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
  TRANSFER_OF_SENTENCED_PERSONS: { primary: [['TRANSFER_OF_SENTENCED_PERSONS', 1]], extra: [['SERVICE_OF_DOCUMENTS', 1]], max: 2 },
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
const COMPLETION_DAYS: Readonly<Record<AssistanceKind, readonly [number, number]>> = {
  MUTUAL_LEGAL_ASSISTANCE: [12, 150],
  EXTRADITION: [45, 180],
  ASSET_RECOVERY: [30, 180],
  TRANSFER_OF_SENTENCED_PERSONS: [60, 180],
  INFORMAL_COOPERATION: [10, 45],
};

const DECLINE_REASONS = [
  'Dual criminality is not met for the conduct described (demo).',
  'The request lacks the facts domestic law requires; please resubmit with a fuller summary (demo).',
  'The measure is not available under domestic law for this offence (demo).',
  'Prosecution of the offence is time-barred under domestic law (demo).',
  'The account holder could not be identified from the details given (demo).',
];
const EXTRADITION_DECLINE = 'The person sought is a national; the constitution bars extradition of nationals. Domestic proceedings suggested (demo).';

const WITHDRAWAL_REASONS = [
  'The suspect was located in the requesting State; the request is no longer needed (demo).',
  'The proceedings were discontinued by the requesting court (demo).',
  'Superseded by a new request with corrected account details (demo).',
  'The case was merged into another investigation (demo).',
];

const ORIGIN_MESSAGES = [
  'Could you confirm receipt and indicate an expected timeline? (demo message)',
  'Supplementary information sent: updated list of account numbers (demo message).',
  'The trial date has been set; results before then would be much appreciated (demo message).',
  'A certified translation of the request is now available (demo message).',
];
const DESTINATION_MESSAGES = [
  'Please send a certified translation into one of our accepted languages (demo message).',
  'The bank has responded; the records will follow through the central authority (demo message).',
  'We need the full name and date of birth of the account holder (demo message).',
  'The witness has been summoned; the hearing is planned for next month (demo message).',
];

// ---------------------------------------------------------------------------
// Helpers

const globalCp = (networkKey: string, uuid: string) => encodeId({ key: networkKey }, 'cp', uuid);
const subjectOf = (cp: string) => `demo-user-${cp.slice(cp.lastIndexOf(':') + 1)}`;
const crimeWords = (area: CrimeArea) => area.toLowerCase().replace(/_/g, ' ');
const countryName = (alpha3: string) => findCountry(alpha3)?.name ?? alpha3;
const minute = (ms: number) => Math.floor(ms / MIN) * MIN;
const TOTAL_DAYS = Math.round((LAST_DAY - FIRST_DAY) / DAY) + 1;

/** A creation time: a weekday mostly, recent months slightly busier (about 1.6x the first). */
function creationTime(rng: Prng): number {
  for (;;) {
    const d = rng.int(0, TOTAL_DAYS - 1);
    const t = d / (TOTAL_DAYS - 1);
    if (!rng.chance((0.8 + 0.5 * t) / 1.3)) continue;
    const day = FIRST_DAY + d * DAY;
    const weekday = new Date(day).getUTCDay();
    if ((weekday === 0 || weekday === 6) && rng.chance(0.85)) continue;
    return day + rng.int(7 * 60, 17 * 60) * MIN;
  }
}

interface Draft {
  side: Side;
  type: EventType;
  at: number;
  actor: string;
  note?: string;
  assignedTo?: string;
}

interface Parties {
  fromCp: string;
  toCp: string | null;
  /** Active contact points of the destination country. */
  destination: readonly string[];
}

type Intent = 'COMPLETED' | 'DECLINED' | 'WITHDRAWN' | 'STALLED';

/** The referral's events, in time order, none after NOW. */
function lifecycle(rng: Prng, created: number, kind: AssistanceKind, urgency: Urgency, parties: Parties): Draft[] {
  const { fromCp, toCp, destination } = parties;
  const handler = toCp ?? rng.pick(destination);
  const assignee = toCp && rng.chance(0.6) ? toCp : rng.pick(destination);
  const others = destination.filter((cp) => cp !== assignee);
  const reassignee = others.length > 0 && rng.chance(0.08) ? rng.pick(others) : null;

  const events: Draft[] = [{ side: 'ORIGIN', type: 'CREATED', at: created, actor: fromCp }];
  const ackDelay = urgency === 'IMMEDIATE' ? rng.int(20, 24 * 60) : urgency === 'URGENT' ? rng.int(60, 3 * 24 * 60) : rng.int(2 * 60, 10 * 24 * 60);
  const ack = created + ackDelay * MIN;
  const dest = (type: EventType, at: number, actor: string, extra: Partial<Draft> = {}) => events.push({ side: 'DESTINATION', type, at: minute(at), actor, ...extra });
  /** ASSIGNED at `at`, and a reassignment before `until` now and then. */
  const assign = (at: number, until: number) => {
    dest('ASSIGNED', at, handler, { assignedTo: assignee });
    if (reassignee && until - at > 2 * HOUR) dest('ASSIGNED', at + (until - at) * rng.between(0.2, 0.6), handler, { assignedTo: reassignee });
  };
  const current = () => (reassignee && events.some((e) => e.assignedTo === reassignee) ? reassignee : assignee);

  // Old requests stall less often than recent ones; the recent ones are also cut short by NOW.
  const ageDays = (NOW - created) / DAY;
  const intent: Intent = rng.weighted<Intent>([
    ['COMPLETED', 64],
    ['DECLINED', 11.5],
    ['WITHDRAWN', 6],
    ['STALLED', ageDays > 365 ? 13 : ageDays > 120 ? 26 : 35],
  ]);
  let end = NOW;
  switch (intent) {
    case 'COMPLETED': {
      const [lo, hi] = COMPLETION_DAYS[kind];
      const factor = urgency === 'ROUTINE' ? 1 : urgency === 'URGENT' ? 0.7 : 0.5;
      const days = Math.max(10, rng.between(lo, hi) * factor);
      const done = minute(Math.max(created + days * DAY, ack + rng.int(12 * 60, 48 * 60) * MIN));
      dest('ACKNOWLEDGED', ack, handler);
      const assigned = ack + (done - ack) * rng.between(0.05, 0.3);
      const started = assigned + (done - assigned) * rng.between(0.1, 0.5);
      assign(assigned, started);
      dest('STARTED', started, current());
      dest('COMPLETED', done, current());
      end = done;
      break;
    }
    case 'DECLINED': {
      const maxDays = urgency === 'ROUTINE' ? 45 : 15;
      const declined = minute(created + rng.int(24 * 60, maxDays * 24 * 60) * MIN);
      const reason = kind === 'EXTRADITION' && rng.chance(0.5) ? EXTRADITION_DECLINE : rng.pick(DECLINE_REASONS);
      if (ack < declined - HOUR && rng.chance(0.85)) {
        dest('ACKNOWLEDGED', ack, handler);
        if (rng.chance(0.3)) dest('ASSIGNED', ack + (declined - ack) * rng.between(0.1, 0.5), handler, { assignedTo: assignee });
      }
      dest('DECLINED', declined, handler, { note: reason });
      end = declined;
      break;
    }
    case 'WITHDRAWN': {
      const withdrawn = minute(created + rng.int(3 * 24 * 60, 120 * 24 * 60) * MIN);
      if (ack < withdrawn - HOUR) {
        dest('ACKNOWLEDGED', ack, handler);
        if (rng.chance(0.6)) {
          const assigned = ack + (withdrawn - ack) * rng.between(0.1, 0.4);
          const started = rng.chance(0.4) ? assigned + (withdrawn - assigned) * rng.between(0.1, 0.5) : null;
          assign(assigned, started ?? withdrawn);
          if (started !== null) dest('STARTED', started, current());
        }
      }
      events.push({ side: 'ORIGIN', type: 'WITHDRAWN', at: withdrawn, actor: fromCp, note: rng.pick(WITHDRAWAL_REASONS) });
      end = withdrawn;
      break;
    }
    case 'STALLED': {
      // Still open however old: waiting for the bank, a court, a translation...
      const stage = rng.weighted([
        ['SENT', 10],
        ['ACKNOWLEDGED', 25],
        ['ASSIGNED', 30],
        ['IN_PROGRESS', 35],
      ] as const);
      if (stage === 'SENT') break;
      dest('ACKNOWLEDGED', ack, handler);
      if (stage === 'ACKNOWLEDGED') break;
      const assigned = ack + rng.int(2 * 60, 14 * 24 * 60) * MIN;
      const started = assigned + rng.int(24 * 60, 30 * 24 * 60) * MIN;
      assign(assigned, stage === 'IN_PROGRESS' ? started : assigned + 20 * DAY);
      if (stage === 'IN_PROGRESS') dest('STARTED', started, current());
      break;
    }
  }

  // A few messages while the referral is open.
  const messages = rng.weighted([
    [0, 50],
    [1, 30],
    [2, 15],
    [3, 5],
  ] as const);
  for (let i = 0; i < messages; i++) {
    const at = minute(created + (end - created) * rng.between(0.02, 0.98));
    const fromOrigin = rng.chance(0.5);
    const text = rng.pick(fromOrigin ? ORIGIN_MESSAGES : DESTINATION_MESSAGES);
    if (at <= created || at >= end - MIN) continue;
    events.push({ side: fromOrigin ? 'ORIGIN' : 'DESTINATION', type: 'MESSAGE', at, actor: fromOrigin ? fromCp : handler, note: text });
  }

  // The history stops at NOW: whatever would come later has not happened yet.
  return events.filter((e) => e.at <= NOW).sort((a, b) => a.at - b.at || (a.side === b.side ? 0 : a.side === 'ORIGIN' ? -1 : 1));
}

function subjectLine(measure: AssistanceMeasure, kind: AssistanceKind, crime: CrimeArea): string {
  const base = kind === 'INFORMAL_COOPERATION' ? `Informal consultation before a formal request — ${crimeWords(crime)} case` : SUBJECTS[measure].replace('%', crimeWords(crime));
  return `${base} (demo)`;
}

function summaryText(rng: Prng, origin: string, destination: string, measures: readonly AssistanceMeasure[], crime: CrimeArea): string {
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

function formalReferences(rng: Prng, kind: AssistanceKind, year: number): string[] {
  const prefix = FORMAL_PREFIX[kind];
  const out: string[] = [];
  if (prefix) out.push(`${prefix}/${year}/${String(rng.int(1, 999)).padStart(4, '0')}`);
  else if (rng.chance(0.3)) out.push(`INF/${year}/${String(rng.int(1, 400)).padStart(4, '0')}`);
  if (rng.chance(0.25)) out.push(`Case No. ${rng.int(1, 9)}-${rng.int(100, 999)}/${rng.chance(0.7) ? year : year - 1}`);
  return out;
}

// ---------------------------------------------------------------------------
// The global history

type Unnumbered = Omit<DemoReferral, 'reference' | 'year' | 'counter'>;

/**
 * The whole demo referral history between the registry's networks, every
 * ordered pair of networks (a network with itself included), about 150 referrals
 * per pair at scale 1. Pure and deterministic; it depends on the registry, the
 * scale and the seed only.
 */
export function demoReferrals(registry: Registry, options: { scale?: number; seed?: number } = {}): DemoReferral[] {
  const scale = options.scale ?? 1;
  if (!Number.isInteger(scale) || scale < 1) throw new RangeError(`demoReferrals: scale must be a positive integer, got ${scale}`);
  const seed = options.seed ?? DEFAULT_SEED;
  const rng = new Prng(mix((seed >>> 0) ^ hashString('jcn-referrals')));

  // Active demo contact points, by network and country, as each network's seeder inserts them.
  const active = new Map<string, Map<string, string[]>>();
  for (const n of registry) {
    const byCountry = new Map<string, string[]>();
    for (const cp of demoContactPoints(n, scale, seed)) {
      if (!cp.active) continue;
      const list = byCountry.get(cp.country) ?? [];
      list.push(globalCp(n.key, cp.id));
      byCountry.set(cp.country, list);
    }
    active.set(n.key, byCountry);
  }
  const activeIn = (n: NetworkDefinition, country: string): string[] => {
    const list = active.get(n.key)?.get(country);
    if (!list || list.length === 0) throw new Error(`demoReferrals: no active demo contact point in ${n.key}/${country}`);
    return list;
  };

  const drafts: Unnumbered[] = [];
  for (const origin of registry) {
    for (const destination of registry) {
      const within = origin.key === destination.key;
      if (within && origin.members.length < 2) continue;
      const count = scale * rng.int(PER_PAIR.min, PER_PAIR.max);
      for (let i = 0; i < count; i++) {
        const originCountry = rng.pick(origin.members).country;
        const destinationCountry = within ? rng.pick(destination.members.filter((m) => m.country !== originCountry)).country : rng.pick(destination.members).country;
        const id = rng.uuid();
        const created = creationTime(rng);
        const year = new Date(created).getUTCFullYear();
        const kind = rng.weighted(KINDS);
        const urgency = rng.weighted(URGENCY_MIX);
        const plan = KIND_MEASURES[kind];
        const primary = rng.weighted(plan.primary);
        const extras = rng.weighted([
          [0, 45],
          [1, 35],
          [2, 20],
        ] as const);
        const measures = [
          primary,
          ...rng.weightedDistinct(
            plan.extra.filter(([m]) => m !== primary),
            Math.min(extras, plan.max - 1),
          ),
        ];
        const firstCrime = rng.weighted(kind === 'ASSET_RECOVERY' ? ASSET_CRIME_MIX : CRIME_MIX);
        const crimeAreas = rng.chance(0.35) ? [firstCrime, rng.weighted(CRIME_MIX.filter(([c]) => c !== firstCrime))] : [firstCrime];
        const fromCp = rng.pick(activeIn(origin, originCountry));
        const destinationCps = activeIn(destination, destinationCountry);
        const toCp = rng.chance(0.35) ? null : rng.pick(destinationCps);
        const subject = subjectLine(primary, kind, firstCrime);
        const summary = summaryText(rng, originCountry, destinationCountry, measures, firstCrime);
        const refs = formalReferences(rng, kind, year);
        const drafted = lifecycle(rng, created, kind, urgency, { fromCp, toCp, destination: destinationCps });

        const seqs: Record<Side, number> = { ORIGIN: 0, DESTINATION: 0 };
        const events: DemoReferralEvent[] = drafted.map((e) => ({
          authorSide: e.side,
          seq: ++seqs[e.side],
          type: e.type,
          at: new Date(e.at),
          actorSubject: subjectOf(e.actor),
          actorCp: e.actor,
          note: e.note ?? null,
          assignedTo: e.assignedTo ?? null,
        }));
        const folded = fold(events);
        if (folded.ignored.length > 0) throw new Error(`demoReferrals: generated an invalid step for referral ${id}`);
        drafts.push({
          id,
          originNetwork: origin.key,
          destinationNetwork: destination.key,
          originCountry,
          destinationCountry,
          fromCp,
          toCp,
          kind,
          measures,
          crimeAreas,
          urgency,
          subject,
          summary,
          formalReferences: refs,
          status: folded.status,
          assignedTo: folded.assignedTo,
          acknowledgedAt: folded.acknowledgedAt,
          completedAt: folded.completedAt,
          createdAt: new Date(created),
          updatedAt: events[events.length - 1]!.at,
          version: events.length,
          events,
        });
      }
    }
  }

  // References: per origin network and year, in order of creation.
  drafts.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const counters = new Map<string, number>();
  const codes = new Map(registry.map((n) => [n.key, n.code]));
  return drafts.map((d) => {
    const year = d.createdAt.getUTCFullYear();
    const slot = `${d.originNetwork}/${year}`;
    const counter = (counters.get(slot) ?? 0) + 1;
    counters.set(slot, counter);
    return { ...d, reference: `${codes.get(d.originNetwork)!}-${year}-${String(counter).padStart(6, '0')}`, year, counter };
  });
}

// ---------------------------------------------------------------------------
// Insertion

const REFERRAL_COLUMNS = [
  'id',
  'side',
  'reference',
  'origin_network',
  'destination_network',
  'origin_country',
  'destination_country',
  'from_cp',
  'to_cp',
  'kind',
  'measures',
  'crime_areas',
  'urgency',
  'subject',
  'summary',
  'formal_references',
  'status',
  'assigned_to',
  'created_at',
  'updated_at',
  'version',
  'is_demo',
  'acknowledged_at',
  'completed_at',
] as const;

const EVENT_COLUMNS = ['referral_id', 'record_side', 'author_side', 'seq', 'type', 'at', 'actor_subject', 'actor_cp', 'note', 'assigned_to'] as const;

async function insertRows(em: EntityManager, table: string, columns: readonly string[], rows: readonly unknown[][], report: (done: number, total: number) => void): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH) {
    const batch = rows.slice(i, i + BATCH);
    const params: unknown[] = [];
    const tuples = batch.map((row) => {
      const start = params.length;
      params.push(...row);
      return `(${row.map((_v, k) => `$${start + k + 1}`).join(', ')})`;
    });
    await em.query(`INSERT INTO ${table} (${columns.join(', ')}) VALUES ${tuples.join(', ')}`, params);
    report(i + batch.length, rows.length);
  }
}

/**
 * Inserts the network's share of the demo referral history: every record whose
 * origin or destination it is (both when both), all their events, and the
 * reference counters of the referrals it originated. Does nothing and returns 0
 * when the network already has referrals. Accepts an entity manager so that
 * seedNetwork can run it inside its own transaction.
 */
export async function seedReferrals(ds: DataSource | EntityManager, network: NetworkDefinition, options: ReferralSeedOptions = {}): Promise<number> {
  const progress = options.onProgress ?? (() => undefined);
  const key = network.key;
  const manager: EntityManager = 'isInitialized' in ds ? ds.manager : ds;

  return manager.transaction(async (em) => {
    await em.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`jcn-seed-referrals:${key}`]);
    const [{ exists }] = (await em.query('SELECT EXISTS (SELECT 1 FROM referrals) AS exists')) as [{ exists: boolean }];
    if (exists) {
      progress(`${key}: referrals already has rows; demo referrals not inserted`);
      return 0;
    }

    const all = demoReferrals(NETWORKS, { scale: options.scale, seed: options.seed });
    const referralRows: unknown[][] = [];
    const eventRows: unknown[][] = [];
    const lastCounter = new Map<number, number>();
    for (const r of all) {
      const sides: Side[] = [];
      if (r.originNetwork === key) sides.push('ORIGIN');
      if (r.destinationNetwork === key) sides.push('DESTINATION');
      for (const side of sides) {
        referralRows.push([
          r.id,
          side,
          r.reference,
          r.originNetwork,
          r.destinationNetwork,
          r.originCountry,
          r.destinationCountry,
          r.fromCp,
          r.toCp,
          r.kind,
          r.measures,
          r.crimeAreas,
          r.urgency,
          r.subject,
          r.summary,
          r.formalReferences,
          r.status,
          r.assignedTo,
          r.createdAt,
          r.updatedAt,
          r.version,
          true,
          r.acknowledgedAt,
          r.completedAt,
        ]);
        for (const e of r.events) {
          eventRows.push([r.id, side, e.authorSide, e.seq, e.type, e.at, e.actorSubject, e.actorCp, e.note, e.assignedTo]);
        }
      }
      if (r.originNetwork === key) lastCounter.set(r.year, Math.max(lastCounter.get(r.year) ?? 0, r.counter));
    }

    await insertRows(em, 'referrals', REFERRAL_COLUMNS, referralRows, (done, total) => progress(`${key}: referrals ${done}/${total}`));
    await insertRows(em, 'referral_events', EVENT_COLUMNS, eventRows, (done, total) => progress(`${key}: referral events ${done}/${total}`));
    if (lastCounter.size > 0) {
      const years = [...lastCounter.keys()].sort((a, b) => a - b);
      await em.query(
        `INSERT INTO referral_counters (year, last)
         SELECT * FROM unnest($1::int[], $2::int[])
         ON CONFLICT (year) DO UPDATE SET last = GREATEST(referral_counters.last, EXCLUDED.last)`,
        [years, years.map((y) => lastCounter.get(y)!)],
      );
    }
    return referralRows.length;
  });
}
