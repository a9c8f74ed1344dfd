/** Read queries of one network's directory, of the columns asked for. Every list is one page in one statement, its count included when asked. */
import { type DataSource, type ObjectLiteral, type Repository, type SelectQueryBuilder } from 'typeorm';
import { entitiesOf } from '../core/rows';
import { EVERYTHING, selecting, type Columns, type ListRead } from '../core/selection';
import { AuthorityEntity } from './authority.entity';
import { ContactPointEntity } from './contact-point.entity';
import { CountryProfileEntity, MeasureProfileEntity } from './country-profile.entity';
import { NetworkEventEntity, ResourceEntity, WorkingGroupEntity } from './activity.entity';
import type { AuthorityFilter, ContactPointFilter, EventFilter, ResourceFilter } from '../__generated__/schema-types';
import type { Page } from '../core/model';
import { ascending, byId, paginate } from '../core/paging';
import * as v from '../core/validate';

/** Escapes LIKE wildcards so user text matches literally. */
function likePattern(search: string): string {
  return `%${v.text('search', search, v.MAX_SEARCH).replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

function byIds<T extends ObjectLiteral & { id: string }>(
  repo: Repository<T>,
  ids: readonly string[],
  columns: Columns,
): Promise<T[]> {
  if (ids.length === 0) return Promise.resolve([]);
  const qb = repo.createQueryBuilder('x');
  return entitiesOf(selecting(qb, columns).where('x.id IN (:...ids)', { ids: [...ids] }));
}

export class DirectoryReads {
  constructor(private readonly ds: DataSource) {}

  /** A filter country as alpha-3; a known country outside the network matches nothing. */
  private filterCountry<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, country: string | null | undefined): void {
    if (country == null) return;
    qb.andWhere(`${qb.alias}.country = :country`, { country: v.countryCode('filter.country', country) });
  }

  contactPoints(
    filter: ContactPointFilter = {},
    first?: number | null,
    after?: string | null,
    read: ListRead = EVERYTHING,
  ): Promise<Page<ContactPointEntity>> {
    const qb = this.ds.getRepository(ContactPointEntity).createQueryBuilder('cp');
    if (!filter.includeInactive) qb.andWhere('cp.active');
    this.filterCountry(qb, filter.country);
    if (filter.roles?.length) qb.andWhere('cp.roles && :roles', { roles: v.list('filter.roles', filter.roles) });
    if (filter.expertise?.length)
      qb.andWhere('cp.expertise && :expertise', { expertise: v.list('filter.expertise', filter.expertise) });
    if (filter.language != null)
      qb.andWhere(':language = ANY(cp.languages)', { language: v.language('filter.language', filter.language) });
    if (filter.available24x7 != null) qb.andWhere('cp.available24x7 = :available', { available: filter.available24x7 });
    if (filter.reviewedBefore != null) {
      qb.andWhere('(cp.lastReviewedAt IS NULL OR cp.lastReviewedAt < :reviewedBefore)', {
        reviewedBefore: new Date(filter.reviewedBefore),
      });
    }
    if (filter.termEndsBefore != null)
      qb.andWhere('cp.termEndsOn <= :termEndsBefore', {
        termEndsBefore: v.isoDate('filter.termEndsBefore', filter.termEndsBefore),
      });
    if (filter.search != null) {
      qb.andWhere(
        `(cp.fullName ILIKE :search OR cp.organization ILIKE :search OR coalesce(cp.title, '') ILIKE :search)`,
        {
          search: likePattern(filter.search),
        },
      );
    }
    return paginate(qb, [ascending('fullName'), byId()], first, after, read);
  }

  authorities(
    filter: AuthorityFilter = {},
    first?: number | null,
    after?: string | null,
    read: ListRead = EVERYTHING,
  ): Promise<Page<AuthorityEntity>> {
    const qb = this.ds.getRepository(AuthorityEntity).createQueryBuilder('a');
    this.filterCountry(qb, filter.country);
    if (filter.kinds?.length) qb.andWhere('a.kind IN (:...kinds)', { kinds: v.list('filter.kinds', filter.kinds) });
    if (filter.measures?.length)
      qb.andWhere('a.measures && :measures', { measures: v.list('filter.measures', filter.measures) });
    if (filter.language != null)
      qb.andWhere(':language = ANY(a.languages)', { language: v.language('filter.language', filter.language) });
    if (filter.search != null) qb.andWhere('a.name ILIKE :search', { search: likePattern(filter.search) });
    if (filter.reviewedBefore != null) {
      qb.andWhere('(a.lastReviewedAt IS NULL OR a.lastReviewedAt < :reviewedBefore)', {
        reviewedBefore: new Date(filter.reviewedBefore),
      });
    }
    return paginate(qb, [ascending('name'), byId()], first, after, read);
  }

  countryProfile(country: string): Promise<CountryProfileEntity | null> {
    return this.ds.getRepository(CountryProfileEntity).findOneBy({ country: v.countryCode('country', country) });
  }

  countryProfiles(): Promise<CountryProfileEntity[]> {
    return this.ds.getRepository(CountryProfileEntity).find({ order: { country: 'ASC' } });
  }

  workingGroups(
    first?: number | null,
    after?: string | null,
    read: ListRead = EVERYTHING,
  ): Promise<Page<WorkingGroupEntity>> {
    const qb = this.ds.getRepository(WorkingGroupEntity).createQueryBuilder('wg');
    return paginate(qb, [ascending('name'), byId()], first, after, read);
  }

  events(
    filter: EventFilter = {},
    first?: number | null,
    after?: string | null,
    read: ListRead = EVERYTHING,
  ): Promise<Page<NetworkEventEntity>> {
    const qb = this.ds.getRepository(NetworkEventEntity).createQueryBuilder('e');
    if (filter.from != null) qb.andWhere('e.endsOn >= :from', { from: v.isoDate('filter.from', filter.from) });
    if (filter.to != null) qb.andWhere('e.startsOn <= :to', { to: v.isoDate('filter.to', filter.to) });
    if (filter.kinds?.length) qb.andWhere('e.kind IN (:...kinds)', { kinds: v.list('filter.kinds', filter.kinds) });
    return paginate(
      qb,
      [{ ...ascending<NetworkEventEntity>('startsOn'), valid: v.isIsoDate }, byId()],
      first,
      after,
      read,
    );
  }

  resources(
    filter: ResourceFilter = {},
    first?: number | null,
    after?: string | null,
    read: ListRead = EVERYTHING,
  ): Promise<Page<ResourceEntity>> {
    const qb = this.ds.getRepository(ResourceEntity).createQueryBuilder('r');
    if (filter.kinds?.length) qb.andWhere('r.kind IN (:...kinds)', { kinds: v.list('filter.kinds', filter.kinds) });
    if (filter.language != null)
      qb.andWhere(':language = ANY(r.languages)', { language: v.language('filter.language', filter.language) });
    if (filter.topic != null) qb.andWhere(':topic = ANY(r.topics)', { topic: filter.topic });
    if (filter.search != null) qb.andWhere('r.title ILIKE :search', { search: likePattern(filter.search) });
    return paginate(qb, [ascending('title'), byId()], first, after, read);
  }

  // Batch lookups behind the per-request DataLoaders.
  contactPointsByIds = (ids: readonly string[], columns: Columns) =>
    byIds(this.ds.getRepository(ContactPointEntity), ids, columns);
  authoritiesByIds = (ids: readonly string[], columns: Columns) =>
    byIds(this.ds.getRepository(AuthorityEntity), ids, columns);
  countryProfilesByIds = (ids: readonly string[], columns: Columns) =>
    byIds(this.ds.getRepository(CountryProfileEntity), ids, columns);
  workingGroupsByIds = (ids: readonly string[], columns: Columns) =>
    byIds(this.ds.getRepository(WorkingGroupEntity), ids, columns);
  eventsByIds = (ids: readonly string[], columns: Columns) =>
    byIds(this.ds.getRepository(NetworkEventEntity), ids, columns);
  resourcesByIds = (ids: readonly string[], columns: Columns) =>
    byIds(this.ds.getRepository(ResourceEntity), ids, columns);

  /** The contact points each given one succeeded (predecessor lookups), by successor id. */
  predecessorsOf = (ids: readonly string[], columns: Columns) =>
    ids.length === 0
      ? Promise.resolve([])
      : entitiesOf(
          selecting(this.ds.getRepository(ContactPointEntity).createQueryBuilder('x'), columns, ['successorId']).where(
            'x.successorId IN (:...ids)',
            { ids: [...ids] },
          ),
        );

  measuresOfProfiles = (profileIds: readonly string[], columns: Columns) =>
    profileIds.length === 0
      ? Promise.resolve([])
      : entitiesOf(
          selecting(this.ds.getRepository(MeasureProfileEntity).createQueryBuilder('m'), columns)
            .where('m.profileId IN (:...ids)', { ids: [...profileIds] })
            .orderBy('m.measure', 'ASC'),
        );
}
