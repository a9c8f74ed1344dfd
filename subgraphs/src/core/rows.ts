/**
 * Entities from a select's raw rows, without TypeORM's general result transformer, which
 * handles joins, relations, embedded columns, inheritance and merging rows by primary key, and
 * took about 7% of a subgraph's CPU in the directory answer. For an entity read alone, with none
 * of those, each selected column goes through the driver's own `prepareHydratedValue` onto an
 * object made as `getMany` makes it, so the entities are the same; anything else goes through
 * `getRawAndEntities`.
 */
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';
import type { EntityMetadata } from 'typeorm/metadata/EntityMetadata';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

/** Each column of an entity with the raw row's key for it under one alias. */
type Plan = readonly { column: ColumnMetadata; key: string }[];

const plans = new WeakMap<EntityMetadata, Map<string, Plan | null>>();

/** Whether TypeORM's transformer would do more than set columns for this entity (then it does the work). */
function plain(meta: EntityMetadata): boolean {
  return (
    meta.relations.length === 0 &&
    meta.embeddeds.length === 0 &&
    meta.ownListeners.length === 0 &&
    meta.inheritancePattern === undefined &&
    meta.discriminatorColumn === undefined &&
    meta.columns.every((c) => !c.transformer && !c.isVirtual && !c.embeddedMetadata && !c.relationMetadata)
  );
}

function planOf<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>): Plan | null {
  const map = qb.expressionMap;
  if (
    !map.mainAlias?.hasMetadata ||
    map.joinAttributes.length ||
    map.relationIdAttributes.length ||
    map.relationCountAttributes.length
  )
    return null;
  const meta = map.mainAlias.metadata;
  let byAlias = plans.get(meta);
  if (!byAlias) plans.set(meta, (byAlias = new Map()));
  let plan = byAlias.get(qb.alias);
  if (plan === undefined) {
    // The raw row's key of a column, as TypeORM's DriverUtils.buildAlias names it: alias_column; past the
    // driver's longest alias it shortens it in a way not reproduced here, and the entity takes the general path.
    const max = qb.connection.driver.maxAliasLength ?? Infinity;
    const keyed = meta.columns.map((column) => ({ column, key: `${qb.alias}_${column.databaseName}` }));
    plan = plain(meta) && keyed.every((c) => c.key.length <= max) ? keyed : null;
    byAlias.set(qb.alias, plan);
  }
  return plan;
}

/** Runs `qb` and returns its entities, with the raw rows (extra selected values such as a count). */
export async function selectEntities<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
): Promise<{ entities: T[]; raw: Record<string, unknown>[] }> {
  const plan = planOf(qb);
  if (!plan) return qb.getRawAndEntities<Record<string, unknown>>();
  const raw = await qb.getRawMany<Record<string, unknown>>();
  const meta = qb.expressionMap.mainAlias!.metadata;
  const driver = qb.connection.driver;
  const entities = raw.map((row) => {
    const entity = meta.create(undefined, { fromDeserializer: true }) as T;
    for (const { column, key } of plan) {
      const value = row[key];
      if (value !== undefined) column.setEntityValue(entity, driver.prepareHydratedValue(value, column));
    }
    return entity;
  });
  return { entities, raw };
}

/** Runs `qb` and returns its entities only. */
export const entitiesOf = async <T extends ObjectLiteral>(qb: SelectQueryBuilder<T>): Promise<T[]> =>
  (await selectEntities(qb)).entities;
