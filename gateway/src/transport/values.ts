/**
 * What a value in a network's answer may be, as federation judges it: a leaf of its type, an own property, an
 * object of a possible type. The answer check (answer-check.ts) applies these to each answer as it arrives; the
 * gateway's own executor (execution/shape.ts) applies them again when it shapes the merged answer.
 */
import {
  isAbstractType,
  isEnumType,
  isObjectType,
  isSpecifiedScalarType,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';

const integerText = /^-?(?:0|[1-9][0-9]*)$/;

/** Whether a subgraph's value fits a leaf type: federation's isValidLeafValue. */
export function leafCheck(type: GraphQLNamedType): (value: unknown) => boolean {
  if (!isSpecifiedScalarType(type) && !isEnumType(type)) return () => true;
  if (isEnumType(type)) return (v) => typeof v === 'string' && type.getValue(v) !== undefined;
  switch (type.name) {
    case 'Boolean':
      return (v) => typeof v === 'boolean';
    case 'Int':
      return (v) => typeof v === 'number' && Number.isFinite(v) && integerText.test(String(v));
    case 'ID':
      return (v) =>
        typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v) && integerText.test(String(v)));
    case 'Float':
      return (v) => typeof v === 'number' && Number.isFinite(v);
    default:
      return (v) => typeof v === 'string';
  }
}

export const hasOwn = (o: object, key: string) => Object.prototype.hasOwnProperty.call(o, key);

/** Makes `key` an own property of `target` when it names an inherited one (`constructor`, `__proto__`), so setting it never reaches the prototype. */
export function ownKey(target: Record<string, unknown>, key: string): void {
  if (key in target && !hasOwn(target, key))
    Object.defineProperty(target, key, { configurable: true, enumerable: true, value: undefined, writable: true });
}

/** Whether `maybeSub` is `type` or one of its possible types: federation's isSubtype for named types. */
export function isSubtype(schema: GraphQLSchema, type: GraphQLNamedType, maybeSub: GraphQLNamedType): boolean {
  if (type === maybeSub) return true;
  if (!isAbstractType(type)) return false;
  if (!isObjectType(maybeSub) && !('getInterfaces' in maybeSub)) return false;
  return schema.isSubType(type, maybeSub as GraphQLObjectType);
}
