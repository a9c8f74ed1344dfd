/**
 * The demo directory of one network, generated without touching a database.
 * Deterministic: the same network, seed and scale always give identical rows,
 * ids and timestamps included, so tests, screenshots and benchmarks agree between
 * machines. People are fictional (is_demo, `.demo@example.org` e-mails, `+000`
 * phone numbers); authority names follow the real institutions of the member
 * countries, but their addresses, e-mails and numbers are made up.
 */
import { findCountry } from '../../../shared/src/countries';
import { ASSISTANCE_MEASURES, CRIME_AREAS, type AuthorityKind, type ContactPointRole, type CrimeArea, type EventKind, type ResourceKind } from '../../../shared/src/domain';
import type { NetworkDefinition } from '../../../shared/src/registry';
import { NetworkEventEntity, ResourceEntity, WorkingGroupEntity } from '../directory/activity.entity';
import { AuthorityEntity } from '../directory/authority.entity';
import { ContactPointEntity } from '../directory/contact-point.entity';
import { CountryProfileEntity, MeasureProfileEntity } from '../directory/country-profile.entity';
import { hashString, Prng } from './prng';
import {
  afterOf,
  asciiFold,
  atWorkingHour,
  type AuthorityTemplate,
  BASE,
  CORE_AUTHORITIES,
  countryInfo,
  countryName,
  DAY,
  dayMs,
  daysBefore,
  DUAL_CRIMINALITY,
  EXTRA_AUTHORITIES,
  fictionalPhone,
  GENERAL_REQUIREMENTS,
  humanize,
  isoDay,
  legalBasis,
  MEASURE_REQUIREMENTS,
  type NamePool,
  POOLS,
  REGION_FOCUS,
  REGIONAL_AUTHORITIES,
  ROLE_TITLES,
  ROLE_WEIGHTS,
  SECOND_ROLE,
  slugify,
  unique,
} from './vocabulary';

/** The seed of the demo data set, combined with the network key. */
export const DEFAULT_SEED = 20261129;

// ---------------------------------------------------------------------------
// Generation

interface GeneratedData {
  authorities: AuthorityEntity[];
  profiles: CountryProfileEntity[];
  measureProfiles: MeasureProfileEntity[];
  contactPoints: ContactPointEntity[];
  workingGroups: WorkingGroupEntity[];
  events: NetworkEventEntity[];
  resources: ResourceEntity[];
}

class Generator {
  private readonly rng: Prng;
  private readonly emails = new Set<string>();
  private readonly focus: readonly CrimeArea[];

  constructor(
    private readonly network: NetworkDefinition,
    private readonly scale: number,
    seed: number,
  ) {
    // splitmix-style finalizer so neighbouring seeds and keys give unrelated streams
    let s = ((seed >>> 0) ^ hashString(network.key)) >>> 0;
    s = Math.imul(s ^ (s >>> 16), 0x85ebca6b);
    s = Math.imul(s ^ (s >>> 13), 0xc2b2ae35);
    this.rng = new Prng((s ^ (s >>> 16)) >>> 0);
    this.focus = REGION_FOCUS[network.key] ?? CRIME_AREAS;
  }

  generate(): GeneratedData {
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
        contactPoints.push(...this.contactPointsOf(country, byCountry.get(country)!, perRound, withPredecessor, round));
      }
    });

    const active = contactPoints.filter((cp) => cp.active);
    return {
      authorities,
      profiles,
      measureProfiles,
      contactPoints,
      workingGroups: this.workingGroups(active),
      events: this.events(active),
      resources: this.resources(),
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
      else if (i < CORE_AUTHORITIES.length + EXTRA_AUTHORITIES.length) template = EXTRA_AUTHORITIES[i - CORE_AUTHORITIES.length]!;
      else {
        const k = i - CORE_AUTHORITIES.length - EXTRA_AUTHORITIES.length;
        template = REGIONAL_AUTHORITIES[k % REGIONAL_AUTHORITIES.length]!;
        n = Math.floor(k / REGIONAL_AUTHORITIES.length) + 1;
      }
      const slug = n ? `${template.slug}-${n}` : template.slug;
      const measures = ASSISTANCE_MEASURES.filter((m) => template.measures.includes(m) || (template.optional.includes(m) && rng.chance(0.5)));
      const touched = new Date(daysBefore(rng.int(30, 700)) + rng.int(8, 17) * 3_600_000);
      out.push({
        id: rng.uuid(),
        version: 1,
        createdAt: touched,
        updatedAt: touched,
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
          template.kind === 'CENTRAL_AUTHORITY' || template.kind === 'PROSECUTION_SERVICE' || template.kind === 'POLICE' || rng.chance(0.5)
            ? `Duty officer, 24/7: ${fictionalPhone(rng)} (fictional number); confirm urgent requests by e-mail`
            : null,
      });
    }
    return out;
  }

  // Country profiles

  private profileOf(country: string, authorities: readonly AuthorityEntity[]): { profile: CountryProfileEntity; measures: MeasureProfileEntity[] } {
    const rng = this.rng;
    const info = countryInfo(country);
    // The named authorities answer for the country; numbered regional offices never do.
    const named = authorities.slice(0, CORE_AUTHORITIES.length + EXTRA_AUTHORITIES.length);
    const covered = ASSISTANCE_MEASURES.filter((m) => named.some((a) => a.measures.includes(m)));
    const reviewed = atWorkingHour(daysBefore(rng.int(20, 700)), rng);
    const profile: CountryProfileEntity = {
      id: rng.uuid(),
      version: 1,
      createdAt: reviewed,
      updatedAt: reviewed,
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

  // Contact points

  private contactPointsOf(country: string, authorities: readonly AuthorityEntity[], count: number, withPredecessor: boolean, round: number): ContactPointEntity[] {
    const rng = this.rng;
    const out: ContactPointEntity[] = [];
    for (let k = 0; k < count; k++) {
      const appointedDaysAgo = rng.int(90, 2600);
      out.push(
        this.person(country, authorities, {
          first: k === 0,
          appointedDaysAgo,
          reviewedDaysAgo: rng.int(10, Math.min(800, appointedDaysAgo - 1)),
          nationalCorrespondent: k === 0 ? round === 0 || rng.chance(0.2) : rng.chance(0.1),
        }),
      );
    }
    if (withPredecessor) {
      // The successor is already in `out`, so it is inserted first.
      const successor = rng.pick(out);
      const appointedDaysAgo = rng.int(2700, 4000);
      const termEndedDaysAgo = Math.round((BASE - dayMs(successor.appointedOn!)) / DAY);
      const former = this.person(country, authorities, {
        first: false,
        appointedDaysAgo,
        reviewedDaysAgo: termEndedDaysAgo + rng.int(0, 60),
        nationalCorrespondent: false,
      });
      former.active = false;
      former.available24x7 = false;
      former.toolCorrespondent = false;
      former.successorId = successor.id;
      former.termEndsOn = successor.appointedOn;
      out.push(former);
    }
    return out;
  }

  private person(
    country: string,
    authorities: readonly AuthorityEntity[],
    p: { first: boolean; appointedDaysAgo: number; reviewedDaysAgo: number; nationalCorrespondent: boolean },
  ): ContactPointEntity {
    const rng = this.rng;
    const info = countryInfo(country);
    const pool: NamePool = POOLS[info.pool];
    const female = rng.chance(0.5);
    const given = rng.pick(female ? pool.female : pool.male);
    let family = rng.pick(pool.family);
    if (female && pool.slavicFeminine && /(ov|ev|in)$/.test(family)) family += 'a';
    const fullName = pool.familyFirst ? `${family} ${given}` : `${given} ${family}`;

    const role: ContactPointRole = p.first ? rng.pick(['PROSECUTOR', 'CENTRAL_AUTHORITY_OFFICER'] as const) : rng.pick(ROLE_WEIGHTS);
    const roles = rng.chance(0.3) ? [role, SECOND_ROLE[role]] : [role];
    const expertise = this.expertise(rng.int(1, 4));
    const languages = unique([...info.languages, ...info.extra.filter(() => rng.chance(0.35))]);

    const appointed = daysBefore(p.appointedDaysAgo);
    // Most appointments that ran out were renewed; the rest show up as expired terms.
    const termYears = rng.int(3, 5);
    let termEnds = appointed + termYears * 365 * DAY;
    while (termEnds < BASE - 90 * DAY && rng.chance(0.8)) termEnds += termYears * 365 * DAY;
    const reviewed = atWorkingHour(daysBefore(p.reviewedDaysAgo), rng);
    const created = atWorkingHour(appointed, rng);
    return {
      id: rng.uuid(),
      version: 1,
      createdAt: created < reviewed ? created : reviewed,
      updatedAt: reviewed,
      country,
      fullName,
      title: `${rng.pick(ROLE_TITLES[role])} (fictional demo person)`,
      organization: this.organization(country, role, authorities),
      roles,
      expertise,
      languages,
      available24x7: p.first || rng.chance(0.3),
      email: this.email(given, family, pool),
      phone: fictionalPhone(rng),
      nationalCorrespondent: p.nationalCorrespondent,
      toolCorrespondent: rng.chance(0.25),
      appointedOn: isoDay(appointed),
      termEndsOn: rng.chance(0.2) ? null : isoDay(termEnds),
      active: true,
      successorId: null,
      lastReviewedAt: reviewed,
      isDemo: true,
    };
  }

  private organization(country: string, role: ContactPointRole, authorities: readonly AuthorityEntity[]): string {
    const name = afterOf(countryName(country));
    const of = (kind: AuthorityKind) => authorities.find((a) => a.kind === kind)?.name;
    switch (role) {
      case 'PROSECUTOR':
        return of('PROSECUTION_SERVICE') ?? `Prosecution Service of ${name}`;
      case 'CENTRAL_AUTHORITY_OFFICER':
      case 'MINISTRY_OFFICIAL':
        return of('CENTRAL_AUTHORITY') ?? `Ministry of Justice of ${name}`;
      case 'ASSET_RECOVERY_OFFICER':
        return of('ASSET_RECOVERY_OFFICE') ?? of('FINANCIAL_INTELLIGENCE_UNIT') ?? `Financial Intelligence Unit of ${name}`;
      case 'JUDGE':
        return `Supreme Court of ${name}`;
      case 'POLICE_LIAISON':
        return `National Police of ${name} — International Cooperation Unit`;
    }
  }

  /** 1-4 distinct crime areas, mostly from the region's focus. */
  private expertise(n: number): CrimeArea[] {
    const out: CrimeArea[] = [];
    while (out.length < n) {
      const area = this.rng.chance(0.75) ? this.rng.pick(this.focus) : this.rng.pick(CRIME_AREAS);
      if (!out.includes(area)) out.push(area);
    }
    return out;
  }

  private email(given: string, family: string, pool: NamePool): string {
    const givenWords = asciiFold(given)
      .toLowerCase()
      .split(/[\s-]+/)
      .filter(Boolean);
    // Vietnamese and Khmer people go by the last part of the given name.
    const initial = (pool.familyFirst ? givenWords[givenWords.length - 1]! : givenWords[0]!)[0]!;
    const base = `${initial}.${asciiFold(family)
      .toLowerCase()
      .replace(/[^a-z]/g, '')}`;
    let local = base;
    for (let n = 2; this.emails.has(local); n++) local = `${base}${n}`;
    this.emails.add(local);
    return `${local}.demo@example.org`;
  }

  // Activity

  private workingGroups(active: readonly ContactPointEntity[]): WorkingGroupEntity[] {
    const rng = this.rng;
    const topics = rng.sample(this.focus, rng.int(3, 4));
    return topics.map((topic) => {
      const created = atWorkingHour(daysBefore(rng.int(60, 900)), rng);
      return {
        id: rng.uuid(),
        version: 1,
        createdAt: created,
        updatedAt: created,
        name: `${this.network.name} Working Group on ${humanize(topic)}`,
        topic,
        description: `Practitioners of the ${this.network.name} member countries exchanging case experience on ${humanize(topic).toLowerCase()} (demo data).`,
        memberIds: rng.sample(active, rng.int(4, 10)).map((cp) => cp.id),
      };
    });
  }

  private events(active: readonly ContactPointEntity[]): NetworkEventEntity[] {
    const rng = this.rng;
    const kinds: readonly EventKind[] = ['PLENARY', 'MEETING', 'TRAINING', 'WORKSHOP', 'WEBINAR', 'TRAINING'];
    const count = rng.int(4, 6);
    const firstDay = Date.UTC(2025, 0, 6);
    return kinds.slice(0, count).map((kind) => {
      const country = rng.pick(this.network.members).country;
      const info = countryInfo(country);
      const name = countryName(country);
      const city = info.capital === name ? name : `${info.capital}, ${name}`;
      const topic = rng.pick(this.focus);
      const measure = rng.pick(ASSISTANCE_MEASURES);
      const days = kind === 'WEBINAR' ? 1 : kind === 'TRAINING' ? rng.int(3, 5) : kind === 'PLENARY' ? 3 : 2;
      const starts = firstDay + rng.int(0, 690) * DAY;
      const year = new Date(starts).getUTCFullYear();
      const titles: Record<EventKind, string> = {
        PLENARY: `${this.network.name} Annual Plenary Meeting ${year}`,
        MEETING: `${this.network.name} Contact Points Meeting ${year}`,
        TRAINING: `Regional Training on ${humanize(measure)}`,
        WORKSHOP: `Workshop on ${humanize(topic)} Cases`,
        WEBINAR: `Webinar: ${humanize(measure)} in ${humanize(topic)} Cases`,
      };
      const title = titles[kind];
      const created = new Date(starts - rng.int(30, 120) * DAY);
      return {
        id: rng.uuid(),
        version: 1,
        createdAt: created,
        updatedAt: created,
        title,
        kind,
        startsOn: isoDay(starts),
        endsOn: isoDay(starts + (days - 1) * DAY),
        place: kind === 'WEBINAR' ? `Online, hosted from ${city}` : city,
        country,
        participantIds: rng.sample(active, rng.int(5, 15)).map((cp) => cp.id),
      };
    });
  }

  private resources(): ResourceEntity[] {
    const rng = this.rng;
    const name = this.network.name;
    const languages = this.workingLanguages();
    const templates: readonly { kind: ResourceKind; title: string }[] = [
      { kind: 'GUIDE', title: `${name} Practitioners' Guide to Mutual Legal Assistance` },
      { kind: 'TOOL', title: `${name} Request Drafting Checklist` },
      { kind: 'TEMPLATE', title: 'Model Request for the Freezing of Assets' },
      { kind: 'GUIDE', title: 'Guide to Obtaining Electronic Evidence Across Borders' },
      { kind: 'REPORT', title: `${name} Annual Activity Report 2025` },
      { kind: 'LEGISLATION', title: `Compendium of ${name} Member Countries' Cooperation Laws` },
    ];
    return templates.slice(0, rng.int(4, 6)).map(({ kind, title }) => {
      const published = kind === 'REPORT' ? Date.UTC(2025, 11, 1) + rng.int(0, 25) * DAY : daysBefore(rng.int(60, 1400));
      const created = atWorkingHour(published, rng);
      return {
        id: rng.uuid(),
        version: 1,
        createdAt: created,
        updatedAt: created,
        title,
        kind,
        languages: languages.filter((_l, i) => i < 2 || rng.chance(0.6)),
        topics: rng.sample(this.focus, rng.int(1, 3)),
        url: `https://example.org/${this.network.key}/resources/${slugify(title)}`,
        publishedOn: isoDay(published),
      };
    });
  }

  /** English, then the first languages of at least two member countries, most common first (three at most). */
  private workingLanguages(): string[] {
    const counts = new Map<string, number>();
    for (const m of this.network.members) {
      const first = countryInfo(m.country).languages[0]!;
      counts.set(first, (counts.get(first) ?? 0) + 1);
    }
    const ranked = [...counts.entries()]
      .filter(([, n]) => n >= 2)
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .map(([l]) => l);
    return unique(['en', ...ranked]).slice(0, 3);
  }
}

/** A network's demo data, generated without touching a database; seedNetwork inserts exactly this. */
export function demoData(network: NetworkDefinition, scale: number, seed: number): GeneratedData {
  if (!Number.isInteger(scale) || scale < 1) throw new RangeError(`demo data: scale must be a positive integer, got ${scale}`);
  return new Generator(network, scale, seed).generate();
}

/** The contact points seedNetwork inserts for the network, ids included (pure: the referral history refers to them). */
export function demoContactPoints(network: NetworkDefinition, scale = 1, seed = DEFAULT_SEED): ContactPointEntity[] {
  return demoData(network, scale, seed).contactPoints;
}
