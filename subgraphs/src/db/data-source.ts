import 'reflect-metadata';
import { DataSource, type Logger } from 'typeorm';
import { grantApplicationRole } from './roles';
import { subgraphTypes } from './text-arrays';
import { ContactPointEntity } from '../directory/contact-point.entity';
import { AuthorityEntity } from '../directory/authority.entity';
import { CountryProfileEntity, MeasureProfileEntity } from '../directory/country-profile.entity';
import { NetworkEventEntity, ResourceEntity, WorkingGroupEntity } from '../directory/activity.entity';
import { IdempotencyKeyEntity } from '../core/idempotency-key.entity';
import { Directory1764380000000 } from './migrations/1764380000000-Directory';
import { AuditLog1764390000000 } from './migrations/1764390000000-AuditLog';
import { Referrals1764400000000 } from './migrations/1764400000000-Referrals';
import { ReferralRollups1764410000000 } from './migrations/1764410000000-ReferralRollups';
import { OutboxDeadLetters1764425000000 } from './migrations/1764425000000-OutboxDeadLetters';
import { StatisticsAtoms1764426000000 } from './migrations/1764426000000-StatisticsAtoms';
import { IdempotencyKeyScope1795972380325 } from './migrations/1795972380325-IdempotencyKeyScope';
import { OutboxTraceContext1795982100000 } from './migrations/1795982100000-OutboxTraceContext';
import { AuthorityReviewed1796000000000 } from './migrations/1796000000000-AuthorityReviewed';
import { ReferenceCounterRange1796050000000 } from './migrations/1796050000000-ReferenceCounterRange';
import { StatisticsReleases1796300000000 } from './migrations/1796300000000-StatisticsReleases';
import { MailOutbox1796400000000 } from './migrations/1796400000000-MailOutbox';
import { ReferralDueTimes1796500000000 } from './migrations/1796500000000-ReferralDueTimes';
import { NotificationCentre1796510000000 } from './migrations/1796510000000-NotificationCentre';
import { MailPreferences1796520000000 } from './migrations/1796520000000-MailPreferences';
import { AuditEntryEntity } from '../audit/audit-entry.entity';
import { ReferralEntity, ReferralEventEntity } from '../referrals/referral.entity';

export const ENTITIES = [
  ContactPointEntity,
  AuthorityEntity,
  CountryProfileEntity,
  MeasureProfileEntity,
  WorkingGroupEntity,
  NetworkEventEntity,
  ResourceEntity,
  IdempotencyKeyEntity,
  AuditEntryEntity,
  ReferralEntity,
  ReferralEventEntity,
];

/** Every migration, in order. New migrations are appended here. */
export const MIGRATIONS = [
  Directory1764380000000,
  AuditLog1764390000000,
  Referrals1764400000000,
  ReferralRollups1764410000000,
  OutboxDeadLetters1764425000000,
  StatisticsAtoms1764426000000,
  IdempotencyKeyScope1795972380325,
  OutboxTraceContext1795982100000,
  AuthorityReviewed1796000000000,
  ReferenceCounterRange1796050000000,
  StatisticsReleases1796300000000,
  MailOutbox1796400000000,
  ReferralDueTimes1796500000000,
  NotificationCentre1796510000000,
  MailPreferences1796520000000,
];

/** Counts the SQL statements a data source runs, and keeps the latest: the batching and column tests and the benchmarks read it. */
export class StatementCounter implements Logger {
  count = 0;
  /** The text of the latest statements, oldest first. */
  readonly recent: string[] = [];
  logQuery(query: string): void {
    this.count += 1;
    this.recent.push(query);
    if (this.recent.length > 100) this.recent.shift();
  }
  logQueryError(): void {}
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}

export interface DataSourceOptions {
  url: string;
  /** Pool size of this process's connections. */
  poolSize?: number;
  counter?: StatementCounter;
}

export function createDataSource({ url, poolSize = 10, counter }: DataSourceOptions): DataSource {
  return new DataSource({
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    synchronize: false,
    migrationsRun: false,
    logging: counter ? ['query'] : false,
    logger: counter,
    extra: {
      max: poolSize,
      application_name: 'jcn-subgraph',
      types: subgraphTypes,
    },
  });
}

/**
 * Runs pending migrations under an advisory lock, so replicas starting together
 * migrate once; then, as the owner, grants the application role (when given)
 * its privileges on every table, those of any later migration included.
 */
export async function migrate(ds: DataSource, applicationRole?: string): Promise<void> {
  const runner = ds.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock(72034)');
    await ds.runMigrations({ transaction: 'each' });
    if (applicationRole) await grantApplicationRole(runner, applicationRole);
  } finally {
    await runner.query('SELECT pg_advisory_unlock(72034)').catch(() => undefined);
    await runner.release();
  }
}
