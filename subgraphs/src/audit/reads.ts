/** The audit log as its network's secretariat reads it: newest first, keyset-paged. */
import type { DataSource } from 'typeorm';
import type { AuditFilter } from '../__generated__/schema-types';
import type { Page } from '../core/model';
import { paginate, type SortKey } from '../core/paging';
import * as v from '../core/validate';
import { AuditEntryEntity } from './audit-entry.entity';

/** The largest id the audit log's bigint column holds. */
const BIGINT_MAX = 2n ** 63n - 1n;

/** Newest first, by the log's own sequence. */
const AUDIT_ORDER: readonly SortKey<AuditEntryEntity>[] = [
  {
    column: 'id',
    direction: 'DESC',
    value: (e) => String(e.id),
    valid: (id) => /^\d{1,19}$/.test(id) && BigInt(id) <= BIGINT_MAX,
  },
];

export async function readAuditLog(
  ds: DataSource,
  filter: AuditFilter,
  first?: number | null,
  after?: string | null,
): Promise<Page<AuditEntryEntity>> {
  const qb = ds.getRepository(AuditEntryEntity).createQueryBuilder('a');
  if (filter.from != null) qb.andWhere('a.at >= :from', { from: new Date(filter.from) });
  if (filter.to != null) qb.andWhere('a.at < :to', { to: new Date(filter.to) });
  if (filter.action != null) qb.andWhere('a.action = :action', { action: v.text('filter.action', filter.action) });
  if (filter.actorSubject != null)
    qb.andWhere('a.actorSubject = :subject', { subject: v.text('filter.actorSubject', filter.actorSubject) });
  if (filter.objectId != null)
    qb.andWhere('a.objectId = :objectId', { objectId: v.text('filter.objectId', filter.objectId) });
  return paginate(qb, AUDIT_ORDER, first, after);
}
