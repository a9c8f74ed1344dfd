/**
 * Seeds one network's database with the demo data set: the directory
 * (directory.ts, from the vocabulary in vocabulary.ts) and the cross-network
 * referral history (referrals.ts), in one transaction.
 */
import type { DataSource, EntityManager, ObjectLiteral } from 'typeorm';
import type { NetworkDefinition } from '../../../shared/src/registry';
import { NetworkEventEntity, ResourceEntity, WorkingGroupEntity } from '../directory/activity.entity';
import { AuthorityEntity } from '../directory/authority.entity';
import { ContactPointEntity } from '../directory/contact-point.entity';
import { CountryProfileEntity, MeasureProfileEntity } from '../directory/country-profile.entity';
import { DEFAULT_SEED, demoData } from './directory';
import { seedReferrals } from './referrals';

export interface SeedOptions {
  /** Multiplies contact points and authorities per country (default 1). */
  scale?: number;
  /** PRNG seed, combined with the network key (default 20261129). */
  seed?: number;
  onProgress?: (message: string) => void;
}

export interface SeedReport {
  contactPoints: number;
  authorities: number;
  profiles: number;
  workingGroups: number;
  events: number;
  resources: number;
  referrals: number;
}

/** Rows per INSERT: ~22 parameters a contact point stays far below PostgreSQL's 65,535. */
const BATCH = 1000;

async function countRows(em: EntityManager | DataSource): Promise<SeedReport> {
  const [row] = (await em.query(
    `SELECT (SELECT count(*) FROM contact_points)::int AS "contactPoints",
            (SELECT count(*) FROM authorities)::int AS authorities,
            (SELECT count(*) FROM country_profiles)::int AS profiles,
            (SELECT count(*) FROM working_groups)::int AS "workingGroups",
            (SELECT count(*) FROM events)::int AS events,
            (SELECT count(*) FROM resources)::int AS resources,
            (SELECT count(*) FROM referrals)::int AS referrals`,
  )) as SeedReport[];
  return row!;
}

// ---------------------------------------------------------------------------
// Insertion

async function insertInBatches<E extends ObjectLiteral>(
  em: EntityManager,
  target: new () => E,
  rows: readonly E[],
  label: string,
  progress: (message: string) => void,
  key: string,
): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH) {
    const batch = rows.slice(i, i + BATCH);
    await em
      .createQueryBuilder()
      .insert()
      .into(target)
      .values(batch as never)
      .updateEntity(false)
      .execute();
    progress(`${key}: ${label} ${i + batch.length}/${rows.length}`);
  }
}

/**
 * Fills an empty network directory with demo data. Does nothing (and returns
 * the current counts) when the network already has contact points, so every
 * start of the development launcher may call it.
 */
export async function seedNetwork(ds: DataSource, network: NetworkDefinition, options: SeedOptions = {}): Promise<SeedReport> {
  const scale = options.scale ?? 1;
  if (!Number.isInteger(scale) || scale < 1) throw new RangeError(`seedNetwork: scale must be a positive integer, got ${scale}`);
  const seed = options.seed ?? DEFAULT_SEED;
  const progress = options.onProgress ?? (() => undefined);
  const key = network.key;

  return ds.transaction(async (em) => {
    // Replicas starting together: one seeds, the others wait and then find the rows.
    await em.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`jcn-seed:${key}`]);
    const [{ exists }] = (await em.query('SELECT EXISTS (SELECT 1 FROM contact_points) AS exists')) as [{ exists: boolean }];
    if (exists) {
      const report = await countRows(em);
      progress(`${key}: contact_points already has ${report.contactPoints} rows; demo data not inserted`);
      return report;
    }

    const data = demoData(network, scale, seed);
    await insertInBatches(em, AuthorityEntity, data.authorities, 'authorities', progress, key);
    await insertInBatches(em, CountryProfileEntity, data.profiles, 'country profiles', progress, key);
    await insertInBatches(em, MeasureProfileEntity, data.measureProfiles, 'measure profiles', progress, key);
    await insertInBatches(em, ContactPointEntity, data.contactPoints, 'contact points', progress, key);
    await insertInBatches(em, WorkingGroupEntity, data.workingGroups, 'working groups', progress, key);
    await insertInBatches(em, NetworkEventEntity, data.events, 'events', progress, key);
    await insertInBatches(em, ResourceEntity, data.resources, 'resources', progress, key);
    // The cross-network referral history, in this transaction (a savepoint), so both commit together.
    const referrals = await seedReferrals(em, network, { scale, seed, onProgress: progress });
    return {
      contactPoints: data.contactPoints.length,
      authorities: data.authorities.length,
      profiles: data.profiles.length,
      workingGroups: data.workingGroups.length,
      events: data.events.length,
      resources: data.resources.length,
      referrals,
    };
  });
}
