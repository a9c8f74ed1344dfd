/**
 * The demo directory of one network, generated without touching a database.
 * Deterministic: the same network, seed and scale always give identical rows,
 * ids and timestamps included, so tests, screenshots and benchmarks agree between
 * machines. People are fictional (is_demo, `.demo@example.org` e-mails, `+000`
 * phone numbers); authority names follow the real institutions of the member
 * countries, but their addresses, e-mails and numbers are made up.
 */
import { findCountry } from '#shared/countries';
import { ASSISTANCE_MEASURES, CRIME_AREAS, type CrimeArea } from '#shared/domain';
import type { NetworkDefinition } from '#shared/registry';
import type { NetworkEventEntity, ResourceEntity, WorkingGroupEntity } from '../directory/activity.entity';
import type { AuthorityEntity } from '../directory/authority.entity';
import type { ContactPointEntity } from '../directory/contact-point.entity';
import type { CountryProfileEntity, MeasureProfileEntity } from '../directory/country-profile.entity';
import { Activities } from './activities';
import { People } from './people';
import { hashString, mix, Prng } from './prng';
import {
  afterOf,
  atWorkingHour,
  type AuthorityTemplate,
  CORE_AUTHORITIES,
  countryInfo,
  countryName,
  daysBefore,
  demoRow,
  DUAL_CRIMINALITY,
  EXTRA_AUTHORITIES,
  fictionalPhone,
  GENERAL_REQUIREMENTS,
  legalBasis,
  MEASURE_REQUIREMENTS,
  REGION_FOCUS,
  REGIONAL_AUTHORITIES,
  unique,
} from './vocabulary';

/** The seed of the demo data set, combined with the network key. */
export const DEFAULT_SEED = 20261129;

interface GeneratedData {
  authorities: AuthorityEntity[];
  profiles: CountryProfileEntity[];
  measureProfiles: MeasureProfileEntity[];
  contactPoints: ContactPointEntity[];
  workingGroups: WorkingGroupEntity[];
  events: NetworkEventEntity[];
  resources: ResourceEntity[];
}

/** One network's directory: authorities and country profiles here, people and activity in their own modules, all from one stream. */
class Generator {
  private readonly rng: Prng;
  private readonly focus: readonly CrimeArea[];

  constructor(
    private readonly network: NetworkDefinition,
    private readonly scale: number,
    seed: number,
  ) {
    this.rng = new Prng(mix((seed >>> 0) ^ hashString(network.key)));
    this.focus = REGION_FOCUS[network.key] ?? CRIME_AREAS;
  }

  generate(): GeneratedData {
    const people = new People(this.rng, this.focus);
    const activities = new Activities(this.rng, this.network, this.focus);
    const authorities: AuthorityEntity[] = [];
    const profiles: CountryProfileEntity[] = [];
    const measureProfiles: MeasureProfileEntity[] = [];
    const contactPoints: ContactPointEntity[] = [];
    const byCountry = new Map<string, AuthorityEntity[]>();

    const members = this.network.members.map((m) => m.country);
    // Drawn first, so the shape does not depend on the scale: half the countries get
    // three contact points per round, the rest two; every third country also lists a
    // former contact point replaced by a current one.
    const threeOffset = this.rng.int(0, 1);
    const predecessorOffset = this.rng.int(0, 2);
    for (const country of members) {
      const own = this.authoritiesOf(country);
      byCountry.set(country, own);
      authorities.push(...own);
    }
    for (const country of members) {
      const { profile, measures } = this.profileOf(country, byCountry.get(country)!);
      profiles.push(profile);
      measureProfiles.push(...measures);
    }
    members.forEach((country, i) => {
      const perRound = (i + threeOffset) % 2 === 0 ? 3 : 2;
      const withPredecessor = (i + predecessorOffset) % 3 === 0;
      for (let round = 0; round < this.scale; round++) {
        contactPoints.push(
          ...people.contactPointsOf(country, byCountry.get(country)!, perRound, withPredecessor, round),
        );
      }
    });

    const active = contactPoints.filter((cp) => cp.active);
    return {
      authorities,
      profiles,
      measureProfiles,
      contactPoints,
      workingGroups: activities.workingGroups(active),
      events: activities.events(active),
      resources: activities.resources(),
    };
  }

  // Authorities

  private authoritiesOf(country: string): AuthorityEntity[] {
    const rng = this.rng;
    const info = countryInfo(country);
    const name = countryName(country);
    const alpha2 = (findCountry(country)?.alpha2 ?? country).toLowerCase();
    const total = CORE_AUTHORITIES.length * this.scale;
    const out: AuthorityEntity[] = [];
    for (let i = 0; i < total; i++) {
      let template: AuthorityTemplate;
      let n = 0;
      if (i < CORE_AUTHORITIES.length) template = CORE_AUTHORITIES[i]!;
      else if (i < CORE_AUTHORITIES.length + EXTRA_AUTHORITIES.length)
        template = EXTRA_AUTHORITIES[i - CORE_AUTHORITIES.length]!;
      else {
        const k = i - CORE_AUTHORITIES.length - EXTRA_AUTHORITIES.length;
        template = REGIONAL_AUTHORITIES[k % REGIONAL_AUTHORITIES.length]!;
        n = Math.floor(k / REGIONAL_AUTHORITIES.length) + 1;
      }
      const slug = n ? `${template.slug}-${n}` : template.slug;
      const measures = ASSISTANCE_MEASURES.filter(
        (m) => template.measures.includes(m) || (template.optional.includes(m) && rng.chance(0.5)),
      );
      const touched = new Date(daysBefore(rng.int(30, 700)) + rng.int(8, 17) * 3_600_000);
      out.push({
        ...demoRow(rng, touched),
        country,
        name: template.name(afterOf(name), info, n),
        kind: template.kind,
        measures,
        languages: unique(template.english ? [...info.languages, 'en'] : info.languages),
        channels: [...template.channels],
        address: `${rng.int(1, 240)} Demo Avenue, ${info.capital}, ${name} (fictional address)`,
        email: `${slug}.${alpha2}.demo@example.org`,
        phone: fictionalPhone(rng),
        website: rng.chance(0.6) ? `https://example.org/${this.network.key}/authorities/${alpha2}-${slug}` : null,
        urgentContact:
          template.kind === 'CENTRAL_AUTHORITY' ||
          template.kind === 'PROSECUTION_SERVICE' ||
          template.kind === 'POLICE' ||
          rng.chance(0.5)
            ? `Duty officer, 24/7: ${fictionalPhone(rng)} (fictional number); confirm urgent requests by e-mail`
            : null,
        lastReviewedAt: touched,
      });
    }
    return out;
  }

  // Country profiles

  private profileOf(
    country: string,
    authorities: readonly AuthorityEntity[],
  ): { profile: CountryProfileEntity; measures: MeasureProfileEntity[] } {
    const rng = this.rng;
    const info = countryInfo(country);
    // The named authorities answer for the country; numbered regional offices never do.
    const named = authorities.slice(0, CORE_AUTHORITIES.length + EXTRA_AUTHORITIES.length);
    const covered = ASSISTANCE_MEASURES.filter((m) => named.some((a) => a.measures.includes(m)));
    const reviewed = atWorkingHour(daysBefore(rng.int(20, 700)), rng);
    const profile: CountryProfileEntity = {
      ...demoRow(rng, reviewed),
      country,
      lastReviewedAt: reviewed,
    };
    const chosen = rng.sample(covered, rng.int(5, 8));
    const measures = ASSISTANCE_MEASURES.filter((m) => chosen.includes(m)).map((measure): MeasureProfileEntity => {
      const roll = rng.next();
      const applicable = roll < 0.1 ? 'NO' : roll < 0.3 ? 'PARTLY' : 'YES';
      const competent = rng.pick(named.filter((a) => a.measures.includes(measure)));
      const dual = DUAL_CRIMINALITY[measure];
      const specific = MEASURE_REQUIREMENTS[measure];
      const requirements = unique([rng.pick(specific), ...rng.sample(GENERAL_REQUIREMENTS, rng.int(0, 2))]);
      return {
        profileId: profile.id,
        measure,
        applicable,
        // A measure the country does not offer has nobody competent for it.
        competentAuthorityId: applicable === 'NO' ? null : competent.id,
        legalBasis: applicable === 'NO' ? null : legalBasis(measure, info, rng),
        languages: [...competent.languages],
        dualCriminalityRequired: dual === undefined ? (rng.chance(0.3) ? null : rng.chance(0.5)) : rng.chance(dual),
        requirements: applicable === 'NO' ? [] : requirements,
        notes:
          applicable === 'NO'
            ? 'Not available under domestic law; consider informal police-to-police cooperation (demo text).'
            : applicable === 'PARTLY'
              ? 'Available only for offences punishable by at least one year of imprisonment (demo text).'
              : 'Illustrative demo profile, not legal advice.',
        lastReviewedAt: reviewed,
      };
    });
    return { profile, measures };
  }
}

/** A network's demo data, generated without touching a database; seedNetwork inserts exactly this. */
export function demoData(network: NetworkDefinition, scale: number, seed: number): GeneratedData {
  if (!Number.isInteger(scale) || scale < 1)
    throw new RangeError(`demo data: scale must be a positive integer, got ${scale}`);
  return new Generator(network, scale, seed).generate();
}

/** The contact points seedNetwork inserts for the network, ids included (pure: the referral history refers to them). */
export function demoContactPoints(network: NetworkDefinition, scale = 1, seed = DEFAULT_SEED): ContactPointEntity[] {
  return demoData(network, scale, seed).contactPoints;
}
