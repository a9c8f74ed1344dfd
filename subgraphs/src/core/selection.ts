/**
 * Field-aware reads: which columns of an entity the operation's selection needs,
 * decided here for every list and entity lookup. A field named like a column
 * reads that column; a computed field names its columns in the entity's map; a
 * field the map does not know (one added to the schema later) reads every
 * column, so a missing entry costs speed, never a wrong answer.
 */
import type DataLoader from 'dataloader';
import {
  getNamedType,
  isAbstractType,
  isObjectType,
  type FieldNode,
  type GraphQLResolveInfo,
  type SelectionSetNode,
} from 'graphql';
import type { DataSource, EntityTarget, ObjectLiteral, SelectQueryBuilder } from 'typeorm';

/** Columns of a read, as entity properties, sorted; null: every column. */
export type Columns = readonly string[] | null;

/** What a page of a list reads: its columns, and whether totalCount is asked (then counted in the page's own statement). */
export interface ListRead {
  columns: Columns;
  total: boolean;
}

/** Every column, and the COUNT left until totalCount is resolved. */
export const EVERYTHING: ListRead = { columns: null, total: false };

export interface EntityColumns<T extends ObjectLiteral> {
  entity: EntityTarget<T>;
  /** The template type's name without its prefix (ContactPoint), for fragments' type conditions. */
  type: string;
  /** The type is one of every network (ReferralEvent), named without a network's prefix. */
  shared?: true;
  /** Read whatever is asked: the id and version, and what the access rules and the audit read. */
  always: readonly (keyof T & string)[];
  /** Fields that are not a column of the same name, with the columns they read. */
  computed: Readonly<Record<string, readonly (keyof T & string)[]>>;
}

/** The field nodes under `path` (e.g. ['nodes']) of the current field, with fragments applying to `typeName` expanded. */
function fieldsAt(info: GraphQLResolveInfo, typeName: string, path: readonly string[]): FieldNode[] {
  const applies = (condition: string | undefined) => {
    if (!condition || condition === typeName) return true;
    const abstract = info.schema.getType(condition);
    const concrete = info.schema.getType(typeName);
    return Boolean(
      abstract && isAbstractType(abstract) && isObjectType(concrete) && info.schema.isSubType(abstract, concrete),
    );
  };
  const collect = (set: SelectionSetNode | undefined, out: FieldNode[], typed: boolean): FieldNode[] => {
    for (const s of set?.selections ?? []) {
      if (s.kind === 'Field') out.push(s);
      else if (s.kind === 'InlineFragment') {
        if (!typed || applies(s.typeCondition?.name.value)) collect(s.selectionSet, out, typed);
      } else {
        const fragment = info.fragments[s.name.value];
        if (fragment && (!typed || applies(fragment.typeCondition.name.value)))
          collect(fragment.selectionSet, out, typed);
      }
    }
    return out;
  };
  let fields: FieldNode[] = [...info.fieldNodes];
  // Type conditions matter only at the entity's own level (under _entities they pick the type).
  path.forEach((name) => {
    fields = fields.flatMap((f) => collect(f.selectionSet, [], false)).filter((f) => f.name.value === name);
  });
  return fields.flatMap((f) => collect(f.selectionSet, [], true));
}

/** Whether a connection field's nodes ask totalCount, by the field's nodes. */
const totals = new WeakMap<readonly FieldNode[], boolean>();

/** Entity properties that are columns, by entity map. */
const columnProperties = new WeakMap<EntityColumns<ObjectLiteral>, ReadonlySet<string>>();

/** Results by the field's nodes: graphql-js hands every item of a list the same array, so a page of 50 decides once. */
const decided = new WeakMap<readonly FieldNode[], Map<string, Columns>>();

/**
 * The columns of `spec`'s entity that the selection under `path` reads, for the
 * runtime type `<network prefix><spec.type>`.
 */
export function columnsFor<T extends ObjectLiteral>(
  ds: DataSource,
  spec: EntityColumns<T>,
  info: GraphQLResolveInfo,
  typePrefix: string,
  path: readonly string[] = [],
): Columns {
  const typeName = spec.shared ? spec.type : `${typePrefix}${spec.type}`;
  const key = `${typeName}/${path.join('/')}`;
  let byKey = decided.get(info.fieldNodes);
  if (byKey?.has(key)) return byKey.get(key)!;
  let properties = columnProperties.get(spec);
  if (!properties)
    columnProperties.set(spec, (properties = new Set(ds.getMetadata(spec.entity).columns.map((c) => c.propertyName))));
  const columns = decide(spec, properties, fieldsAt(info, typeName, path));
  if (!byKey) decided.set(info.fieldNodes, (byKey = new Map()));
  byKey.set(key, columns);
  return columns;
}

function decide<T extends ObjectLiteral>(
  spec: EntityColumns<T>,
  properties: ReadonlySet<string>,
  fields: readonly FieldNode[],
): Columns {
  const out = new Set<string>(spec.always);
  for (const field of fields) {
    const name = field.name.value;
    if (name === '__typename') continue;
    const computed = spec.computed[name];
    if (computed) computed.forEach((c) => out.add(c));
    else if (properties.has(name)) out.add(name);
    else return null;
  }
  return [...out].sort();
}

/** Whether the current field's selection (a connection) asks totalCount, in any fragment. */
export function asksTotal(info: GraphQLResolveInfo): boolean {
  let asked = totals.get(info.fieldNodes);
  if (asked === undefined)
    totals.set(
      info.fieldNodes,
      (asked = fieldsAt(info, getNamedType(info.returnType).name, []).some((f) => f.name.value === 'totalCount')),
    );
  return asked;
}

/** A DataLoader for each column set asked for in one request, made by `create` when first asked. */
export function byColumns<K, V>(
  create: (columns: Columns) => DataLoader<K, V>,
): (columns: Columns) => DataLoader<K, V> {
  const loaders = new Map<string, DataLoader<K, V>>();
  return (columns) => {
    const key = columns ? columns.join(',') : '*';
    let loader = loaders.get(key);
    if (!loader) loaders.set(key, (loader = create(columns)));
    return loader;
  };
}

/** Restricts a query to `columns` (and `extra`, e.g. the sort keys), as entity properties on its alias; the entities are kept. */
export function selecting<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  columns: Columns,
  extra: readonly string[] = [],
): SelectQueryBuilder<T> {
  if (columns) qb.select([...new Set([...columns, ...extra])].map((c) => `${qb.alias}.${c}`));
  return qb;
}
