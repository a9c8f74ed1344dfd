/**
 * Demo referral history: two years of requests between the contact points of
 * all networks, the same list whichever network is being seeded. Each network's
 * database gets the records it holds (origin, destination, or both when a
 * referral stays inside the network), with every event of the referral, so the
 * two records of a referral agree as if every event had already been delivered.
 * Deterministic: seed and scale fix every id, date and text; the clock is never read.
 */
import type { AssistanceKind, AssistanceMeasure, CrimeArea, Urgency } from '#shared/domain';
import { encodeId } from '#shared/ids';
import type { NetworkDefinition, Registry } from '#shared/registry';
import { acknowledgeDue, answerDue, DEFAULT_DUE_POLICY } from '../referrals/due';
import { fold, type EventType, type ReferralStatus, type Side } from '../referrals/state';
import { DEFAULT_SEED, demoContactPoints } from './directory';
import { hashString, mix, Prng } from './prng';
import { creationTime, lifecycle } from './referral-lifecycle';
import {
  ASSET_CRIME_MIX,
  CRIME_MIX,
  formalReferences,
  KIND_MEASURES,
  KINDS,
  subjectLine,
  summaryText,
  URGENCY_MIX,
} from './referral-vocabulary';

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
  /** The expected answer date the event sets (ACKNOWLEDGED: the default; ANSWER_DATE_SET). */
  answerExpectedBy: Date | null;
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
  /** Due times (referrals/due.ts) by the default policy: every network's own before it configures one. */
  acknowledgeBy: Date;
  answerExpectedBy: Date | null;
  createdAt: Date;
  /** Time of the last event. */
  updatedAt: Date;
  /** One per event the record has taken in. */
  version: number;
  events: DemoReferralEvent[];
}

const PER_PAIR = { min: 135, max: 165 };

const globalCp = (networkKey: string, uuid: string) => encodeId({ key: networkKey }, 'cp', uuid);
const subjectOf = (cp: string) => `demo-user-${cp.slice(cp.lastIndexOf(':') + 1)}`;

type Unnumbered = Omit<DemoReferral, 'reference' | 'year' | 'counter'>;

/**
 * The whole demo referral history between the registry's networks, every
 * ordered pair of networks (a network with itself included), about 150 referrals
 * per pair at scale 1. Pure and deterministic; it depends on the registry, the
 * scale and the seed only.
 */
export function demoReferrals(registry: Registry, options: { scale?: number; seed?: number } = {}): DemoReferral[] {
  const scale = options.scale ?? 1;
  if (!Number.isInteger(scale) || scale < 1)
    throw new RangeError(`demoReferrals: scale must be a positive integer, got ${scale}`);
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
    if (!list || list.length === 0)
      throw new Error(`demoReferrals: no active demo contact point in ${n.key}/${country}`);
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
        const destinationCountry = within
          ? rng.pick(destination.members.filter((m) => m.country !== originCountry)).country
          : rng.pick(destination.members).country;
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
        const crimeAreas = rng.chance(0.35)
          ? [firstCrime, rng.weighted(CRIME_MIX.filter(([c]) => c !== firstCrime))]
          : [firstCrime];
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
          answerExpectedBy:
            e.type === 'ACKNOWLEDGED'
              ? answerDue(DEFAULT_DUE_POLICY, new Date(e.at), urgency)
              : e.answerExpectedBy !== undefined
                ? new Date(e.answerExpectedBy)
                : null,
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
          acknowledgeBy: acknowledgeDue(DEFAULT_DUE_POLICY, new Date(created), urgency),
          answerExpectedBy: folded.answerExpectedBy,
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
    return {
      ...d,
      reference: `${codes.get(d.originNetwork)!}-${year}-${String(counter).padStart(6, '0')}`,
      year,
      counter,
    };
  });
}
