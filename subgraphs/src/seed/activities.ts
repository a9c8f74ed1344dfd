/**
 * The demo directory's activity: working groups of the region's topics, events
 * (plenaries, meetings, trainings) and published resources.
 */
import { ASSISTANCE_MEASURES, type CrimeArea, type EventKind, type ResourceKind } from '#shared/domain';
import type { NetworkDefinition } from '#shared/registry';
import type { NetworkEventEntity, ResourceEntity, WorkingGroupEntity } from '../directory/activity.entity';
import type { ContactPointEntity } from '../directory/contact-point.entity';
import type { Prng } from './prng';
import {
  atWorkingHour,
  countryInfo,
  countryName,
  DAY,
  daysBefore,
  demoRow,
  humanize,
  isoDay,
  slugify,
  unique,
} from './vocabulary';

export class Activities {
  constructor(
    private readonly rng: Prng,
    private readonly network: NetworkDefinition,
    /** The crime areas the region's groups, events and resources are about. */
    private readonly focus: readonly CrimeArea[],
  ) {}

  workingGroups(active: readonly ContactPointEntity[]): WorkingGroupEntity[] {
    const rng = this.rng;
    const topics = rng.sample(this.focus, rng.int(3, 4));
    return topics.map((topic) => {
      const created = atWorkingHour(daysBefore(rng.int(60, 900)), rng);
      return {
        ...demoRow(rng, created),
        name: `${this.network.name} Working Group on ${humanize(topic)}`,
        topic,
        description: `Practitioners of the ${this.network.name} member countries exchanging case experience on ${humanize(topic).toLowerCase()} (demo data).`,
        memberIds: rng.sample(active, rng.int(4, 10)).map((cp) => cp.id),
      };
    });
  }

  events(active: readonly ContactPointEntity[]): NetworkEventEntity[] {
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
        ...demoRow(rng, created),
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

  resources(): ResourceEntity[] {
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
      const published =
        kind === 'REPORT' ? Date.UTC(2025, 11, 1) + rng.int(0, 25) * DAY : daysBefore(rng.int(60, 1400));
      const created = atWorkingHour(published, rng);
      return {
        ...demoRow(rng, created),
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
