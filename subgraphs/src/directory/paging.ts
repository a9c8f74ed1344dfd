/** Keyset pagination: stable under inserts, O(page) at any depth. */
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { badInput } from '../../../shared/src/errors';
import type { Page } from './model';
import { pageSize } from './validate';

interface Cursor {
  k: string;
  id: string;
}

function encodeCursor(k: string, id: string): string {
  return Buffer.from(JSON.stringify({ k, id } satisfies Cursor)).toString('base64url');
}

function decodeCursor(after: string): Cursor {
  try {
    const c = JSON.parse(Buffer.from(after, 'base64url').toString('utf8')) as Partial<Cursor>;
    if (typeof c.k === 'string' && typeof c.id === 'string' && /^[0-9a-f-]{36}$/.test(c.id)) return { k: c.k, id: c.id };
  } catch {
    // fall through
  }
  throw badInput('after is not a cursor returned by this connection (pageInfo.endCursor).', { field: 'after' });
}

/**
 * Runs one page of `qb`, ordered by (sort property, id). Two statements whatever the
 * page size: the total count and the page itself.
 */
export async function paginate<T extends ObjectLiteral & { id: string }>(
  qb: SelectQueryBuilder<T>,
  sort: { column: string; key: (row: T) => string },
  first: number | null | undefined,
  after: string | null | undefined,
): Promise<Page<T>> {
  const limit = pageSize(first);
  const alias = qb.alias;
  const totalCount = await qb.clone().getCount();
  if (limit === 0) return { nodes: [], totalCount, hasNextPage: totalCount > 0, endCursor: null };
  const page = qb.clone();
  if (after) {
    const c = decodeCursor(after);
    page.andWhere(`(${alias}.${sort.column}, ${alias}.id) > (:cursorKey, :cursorId)`, {
      cursorKey: c.k,
      cursorId: c.id,
    });
  }
  const rows = await page
    .orderBy(`${alias}.${sort.column}`, 'ASC')
    .addOrderBy(`${alias}.id`, 'ASC')
    .limit(limit + 1)
    .getMany();
  const hasNextPage = rows.length > limit;
  const nodes = hasNextPage ? rows.slice(0, limit) : rows;
  const last = nodes[nodes.length - 1];
  return { nodes, totalCount, hasNextPage, endCursor: last ? encodeCursor(sort.key(last), last.id) : null };
}
