/** Keyset pagination: stable under inserts, O(page) at any depth. */
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { badInput } from '../../../shared/src/errors';
import type { Page } from './model';
import { isStorable, pageSize } from './validate';

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** An opaque cursor: base64url of a JSON object. */
export function encodeCursor(fields: Record<string, string>): string {
  return Buffer.from(JSON.stringify(fields)).toString('base64url');
}

/**
 * Decodes a cursor made by `encodeCursor` whose every field is a string that `valid`
 * accepts; anything else, forged or damaged, is BAD_USER_INPUT on `after` before
 * it can reach SQL as a value of the wrong type.
 */
export function decodeCursor<K extends string>(after: string, valid: Record<K, (value: string) => boolean>): Record<K, string> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(after, 'base64url').toString('utf8'));
  } catch {
    parsed = null;
  }
  const fields = Object.entries(valid) as [K, (value: string) => boolean][];
  if (parsed && typeof parsed === 'object') {
    const c = parsed as Record<string, unknown>;
    if (fields.every(([k, ok]) => typeof c[k] === 'string' && isStorable(c[k] as string) && ok(c[k] as string))) {
      return Object.fromEntries(fields.map(([k]) => [k, c[k]])) as Record<K, string>;
    }
  }
  throw badInput('after is not a cursor returned by this connection (pageInfo.endCursor).', { field: 'after' });
}

/**
 * Runs one page of `qb`, ordered by (sort property, id). Two statements whatever the
 * page size: the total count and the page itself.
 */
export async function paginate<T extends ObjectLiteral & { id: string }>(
  qb: SelectQueryBuilder<T>,
  /** `valid` tells a cursor's sort key that the column can hold (a date column needs a date). */
  sort: { column: string; key: (row: T) => string; valid?: (k: string) => boolean },
  first: number | null | undefined,
  after: string | null | undefined,
): Promise<Page<T>> {
  const limit = pageSize(first);
  const alias = qb.alias;
  const totalCount = await qb.clone().getCount();
  if (limit === 0) return { nodes: [], totalCount, hasNextPage: totalCount > 0, endCursor: null };
  const page = qb.clone();
  if (after) {
    const c = decodeCursor(after, { k: sort.valid ?? (() => true), id: (id) => UUID.test(id) });
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
  return { nodes, totalCount, hasNextPage, endCursor: last ? encodeCursor({ k: sort.key(last), id: last.id }) : null };
}
