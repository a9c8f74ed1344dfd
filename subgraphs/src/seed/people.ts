/**
 * The demo directory's contact points: fictional people of a member country,
 * named from the country's name pool, working for its authorities, and now and
 * then a former contact point replaced by a current one.
 */
import { CRIME_AREAS, type AuthorityKind, type ContactPointRole, type CrimeArea } from '#shared/domain';
import type { AuthorityEntity } from '../directory/authority.entity';
import type { ContactPointEntity } from '../directory/contact-point.entity';
import type { Prng } from './prng';
import {
  afterOf,
  asciiFold,
  atWorkingHour,
  BASE,
  countryInfo,
  countryName,
  DAY,
  dayMs,
  daysBefore,
  demoRow,
  fictionalPhone,
  isoDay,
  type NamePool,
  POOLS,
  ROLE_TITLES,
  ROLE_WEIGHTS,
  SECOND_ROLE,
  unique,
} from './vocabulary';

export class People {
  /** Local parts handed out so far: every person's e-mail is unique in the network. */
  private readonly emails = new Set<string>();

  constructor(
    private readonly rng: Prng,
    /** The crime areas the region's people are mostly expert in. */
    private readonly focus: readonly CrimeArea[],
  ) {}

  /** `count` current contact points of the country and, with `withPredecessor`, a former one replaced by one of them. */
  contactPointsOf(
    country: string,
    authorities: readonly AuthorityEntity[],
    count: number,
    withPredecessor: boolean,
    round: number,
  ): ContactPointEntity[] {
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

    const role: ContactPointRole = p.first
      ? rng.pick(['PROSECUTOR', 'CENTRAL_AUTHORITY_OFFICER'] as const)
      : rng.pick(ROLE_WEIGHTS);
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
      ...demoRow(rng, created < reviewed ? created : reviewed, reviewed),
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
        return (
          of('ASSET_RECOVERY_OFFICE') ?? of('FINANCIAL_INTELLIGENCE_UNIT') ?? `Financial Intelligence Unit of ${name}`
        );
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
}
