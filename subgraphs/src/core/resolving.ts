/** What every module's resolver map uses: global ids, connections, the columns a selection reads, references. */
import type { GraphQLResolveInfo } from 'graphql';
import type { ObjectLiteral } from 'typeorm';
import { encodeId, type NodeKind } from '#shared/ids';
import { codeOfKey } from '#shared/registry';
import type { SubgraphContext } from '../context';
import { runtimeName, type Page } from './model';
import { asksTotal, columnsFor, type Columns, type EntityColumns, type ListRead } from './selection';

/** The resolver of an object's global id, from its row's uuid. */
export const globalId =
  (kind: NodeKind) =>
  (parent: { id: string }, _args: unknown, ctx: SubgraphContext): string =>
    encodeId(ctx.network, kind, parent.id);

const pageInfo = (page: Page<unknown>) => ({ hasNextPage: page.hasNextPage, endCursor: page.endCursor });

/** The resolvers every connection shares: totalCount is the count the page statement carried, or a COUNT of its own run when resolved. */
export const connection = { pageInfo, totalCount: (page: Page<unknown>) => page.totalCount() };

/** The columns the selection reads of this network's type `spec.type`: at the field itself, or under `nodes` of a connection. */
export const columns = <T extends ObjectLiteral>(
  ctx: SubgraphContext,
  spec: EntityColumns<T>,
  info: GraphQLResolveInfo,
  path: readonly string[] = [],
): Columns => columnsFor(ctx.ds, spec, info, ctx.network.typePrefix, path);

/** A page of a connection: the columns its nodes read, and whether totalCount is asked. */
export const listRead = <T extends ObjectLiteral>(
  ctx: SubgraphContext,
  spec: EntityColumns<T>,
  info: GraphQLResolveInfo,
): ListRead => ({
  columns: columnsFor(ctx.ds, spec, info, ctx.network.typePrefix, ['nodes']),
  total: asksTotal(info),
});

/**
 * The __resolveType of an interface whose values are this network's rows or references to another network's
 * objects: a reference names its own type, a row is this network's `<Prefix><name>`.
 */
export const rowOrReferenceType =
  <T extends string>(name: string) =>
  (value: object, ctx: SubgraphContext): T =>
    runtimeName<T>('__typename' in value ? String(value.__typename) : `${ctx.network.typePrefix}${name}`);

/** A country by alpha-3 code, as a reference the Country entity resolves. */
export const countryRef = (code: string) => ({ code: code.trim() });

/** A network by key, as a reference the Network interface resolves by code. */
export const networkRef = (key: string) => ({ code: codeOfKey(key) });
