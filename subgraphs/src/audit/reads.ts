/** The audit log as its network's secretariat reads it: newest first, keyset-paged. */
import type { DataSource } from 'typeorm';
import { badInput } from '../../../shared/src/errors';
import type { Page } from '../directory/model';
import * as v from '../directory/validate';
import { AuditEntryEntity } from './audit-entry.entity';

export interface AuditFilter {
  from?: Date | string | null;
  to?: Date | string | null;
  action?: string | null;
  actorSubject?: string | null;
  objectId?: string | null;
}

/** The largest id the audit log's bigint column holds. */
const BIGINT_MAX = 2n ** 63n - 1n;

export async function readAuditLog(ds: DataSource, filter: AuditFilter, first?: number | null, after?: string | null): Promise<Page<AuditEntryEntity>> {
  const limit = v.pageSize(first);
  const qb = ds.getRepository(AuditEntryEntity).createQueryBuilder('a');
  if (filter.from != null) qb.andWhere('a.at >= :from', { from: new Date(filter.from) });
  if (filter.to != null) qb.andWhere('a.at < :to', { to: new Date(filter.to) });
  if (filter.action != null) qb.andWhere('a.action = :action', { action: v.text('filter.action', filter.action) });
  if (filter.actorSubject != null) qb.andWhere('a.actorSubject = :subject', { subject: v.text('filter.actorSubject', filter.actorSubject) });
  if (filter.objectId != null) qb.andWhere('a.objectId = :objectId', { objectId: v.text('filter.objectId', filter.objectId) });
  const totalCount = await qb.clone().getCount();
  if (after != null) {
    if (!/^\d{1,19}$/.test(after) || BigInt(after) > BIGINT_MAX) throw badInput('after is not a cursor of the audit log (pageInfo.endCursor).', { field: 'after' });
    qb.andWhere('a.id < :after', { after });
  }
  const rows = await qb.orderBy('a.id', 'DESC').limit(limit + 1).getMany();
  const hasNextPage = rows.length > limit;
  const nodes = hasNextPage ? rows.slice(0, limit) : rows;
  return { nodes, totalCount, hasNextPage, endCursor: nodes.length ? String(nodes[nodes.length - 1]!.id) : null };
}
