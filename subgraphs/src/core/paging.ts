/**
 * The one paginator of every list: keyset pagination over an explicit order,
 * stable under inserts, O(page) at any depth, one statement whatever the page
 * size. When totalCount is asked, the page's statement counts the list too, in
 * an uncorrelated subquery that PostgreSQL runs once (an InitPlan) beside the
 * page's own plan; only an empty page after a cursor needs a second statement.
 * The cursor is opaque to clients: base64url of the JSON array of the last row's sort values.
 */
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { badInput } from '#shared/errors';
import type { Page } from './model';
import { selectEntities } from './rows';
import { EVERYTHING, selecting, type ListRead } from './selection';
import { isStorable, pageSize } from './validate';

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** One column of a list's order. */
export interface SortKey<T> {
  /** The entity property, on the query builder's alias. */
  column: string;
  direction: 'ASC' | 'DESC';
  /** The row's value, as the cursor carries it. */
  value: (row: T) => string;
  /** What a cursor's value must be for the column to hold it (a date column needs a date), so nothing else reaches SQL. */
  valid: (value: string) => boolean;
}

/** Ascending by a text property. */
export const ascending = <T>(column: keyof T & string): SortKey<T> => ({
  column,
  direction: 'ASC',
  value: (row) => String(row[column]),
  valid: () => true,
});

/** The uuid id that makes an order total. */
export const byId = <T extends { id: string }>(direction: 'ASC' | 'DESC' = 'ASC'): SortKey<T> => ({
  column: 'id',
  direction,
  value: (row) => row.id,
  valid: (id) => UUID.test(id),
});

export function encodeCursor(values: readonly string[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

/**
 * The values of a cursor made by `encodeCursor` for this order; anything else,
 * forged or damaged, is BAD_USER_INPUT on `after` before it can reach SQL as a
 * value of the wrong type.
 */
export function decodeCursor(after: string, order: readonly SortKey<never>[]): string[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(after, 'base64url').toString('utf8'));
  } catch {
    parsed = null;
  }
  if (
    Array.isArray(parsed) &&
    parsed.length === order.length &&
    parsed.every((v, i) => typeof v === 'string' && isStorable(v) && order[i]!.valid(v))
  ) {
    return parsed as string[];
  }
  throw badInput('after is not a cursor returned by this connection (pageInfo.endCursor).', { field: 'after' });
}

/**
 * Rows after the cursor in the given order: consecutive keys of one direction
 * compare as a row, so (name, id) ASC stays one index-friendly row comparison.
 */
function afterCursor(
  alias: string,
  order: readonly SortKey<never>[],
  values: readonly string[],
): { where: string; params: Record<string, string> } {
  const params = Object.fromEntries(values.map((v, i) => [`cursor${i}`, v]));
  const runs: { cols: string[]; names: string[]; direction: 'ASC' | 'DESC' }[] = [];
  order.forEach((key, i) => {
    const run = runs[runs.length - 1];
    const col = `${alias}.${key.column}`;
    if (run && run.direction === key.direction) {
      run.cols.push(col);
      run.names.push(`:cursor${i}`);
    } else runs.push({ cols: [col], names: [`:cursor${i}`], direction: key.direction });
  });
  const row = (parts: string[]) => `(${parts.join(', ')})`;
  const ors = runs.map((run, i) => {
    const equal = runs.slice(0, i).map((r) => `${row(r.cols)} = ${row(r.names)}`);
    return [...equal, `${row(run.cols)} ${run.direction === 'ASC' ? '>' : '<'} ${row(run.names)}`].join(' AND ');
  });
  return { where: ors.length === 1 ? ors[0]! : `(${ors.map((o) => `(${o})`).join(' OR ')})`, params };
}

/** A COUNT of its own, run once and only when totalCount is resolved. */
function counter<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>): () => Promise<number> {
  let count: Promise<number> | undefined;
  return () => (count ??= qb.clone().getCount());
}

/** The page statement's column that carries the list's count. */
const TOTAL = 'page_total_count';

/** Runs one page of `qb` in `order`, which must end in a unique key, reading `read.columns` (and the order's). */
export async function paginate<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  order: readonly SortKey<T>[],
  first: number | null | undefined,
  after: string | null | undefined,
  read: ListRead = EVERYTHING,
): Promise<Page<T>> {
  const limit = pageSize(first);
  const alias = qb.alias;
  let totalCount = counter(qb);
  const page = selecting(
    qb.clone(),
    read.columns,
    order.map((key) => key.column),
  );
  // The count's subquery is the list's own FROM and WHERE, with the same named parameters.
  if (read.total) page.addSelect(`(${qb.clone().select('COUNT(*)').getQuery()})`, TOTAL);
  if (after) {
    const cursor = afterCursor(alias, order, decodeCursor(after, order));
    page.andWhere(cursor.where, cursor.params);
  }
  order.forEach((key, i) =>
    i === 0
      ? page.orderBy(`${alias}.${key.column}`, key.direction)
      : page.addOrderBy(`${alias}.${key.column}`, key.direction),
  );
  // first: 0 still says whether there is a page to ask for, with one row at most.
  page.limit(limit + 1);
  const { entities: rows, raw } = await selectEntities(page);
  if (read.total) {
    // No row to carry the count: none at all (0), or none after the cursor (counted on its own).
    const counted = raw.length ? Number(raw[0]![TOTAL]) : after ? null : 0;
    if (counted !== null) totalCount = () => Promise.resolve(counted);
  }
  const hasNextPage = rows.length > limit;
  const nodes = hasNextPage ? rows.slice(0, limit) : rows;
  const last = nodes[nodes.length - 1];
  return { nodes, totalCount, hasNextPage, endCursor: last ? encodeCursor(order.map((key) => key.value(last))) : null };
}
