/**
 * Result shaping for the gateway's own plan executor (plan-executor.ts): turns
 * the merged answers of the subgraphs into the response the client asked for.
 * It keeps exactly the fields of the operation, in its order and under its
 * aliases, drops what the planner added (keys, `__typename`), checks every
 * value against its type and lets a null in a non-null position bubble up to
 * the nearest nullable parent, with an error.
 *
 * It follows Apollo Gateway's own shaping (computeResponse in
 * @apollo/gateway's resultShaping) rule for rule, messages included, but works
 * out once per selection set and runtime type which fields apply, where Apollo
 * reads the operation's directives and fragments again for every object of the
 * answer. Operations with directives, introspection fields or a `__proto__`
 * alias never come here (see `shapeable`).
 */
import {
  GraphQLError,
  getNamedType,
  isCompositeType,
  isListType,
  isNonNullType,
  isObjectType,
  Kind,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLObjectType,
  type GraphQLOutputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { hasOwn, isSubtype, leafCheck } from '../transport/values';

/** A value completed to null because of an error already reported below it. */
const NULL_WITH_ERROR = Symbol('null with error');
/** A null in a non-null position: the parent becomes null (or its parent, and so on). */
const INVALID = Symbol('invalid');
type Completed = unknown;
type Path = (string | number)[];

interface ShapeState {
  readonly schema: GraphQLSchema;
  readonly errors: GraphQLError[];
}

type Completer = (input: unknown, path: Path, state: ShapeState) => Completed;

/** Apollo's own wording, so both paths give the same errors (code INVALID_GRAPHQL). */
function invalidGraphQL(message: string, path: Path): GraphQLError {
  return new GraphQLError(message, { path: [...path], extensions: { code: 'INVALID_GRAPHQL' } });
}

function describeLast(path: Path, currentType: GraphQLOutputType, parentName: string): string {
  const last = path[path.length - 1];
  return typeof last === 'string'
    ? `field ${parentName}.${last}`
    : `array element of type ${String(currentType)} at index ${last}`;
}

/** Apollo's assertion failures end the shaping; the caller answers with this error and no data. */
class ShapingFailed extends Error {}

interface Entry {
  readonly key: string;
  /** The key is also a name on Object.prototype, so an absent field must not read it from there. */
  readonly inherited: boolean;
  /** The type named in messages and used for `__typename` when the answer has none: Apollo's parentType. */
  readonly parentType: GraphQLCompositeType;
  readonly typename: boolean;
  complete?: Completer;
}

/** One field's selection sets (merged, with the type each was written against) for the objects it returns. */
export class ObjectShape {
  /** Fields that apply, per runtime `__typename` ('' when the answer names none). */
  private readonly byTypename = new Map<string, Entry[]>();

  constructor(
    private readonly parts: readonly { selectionSet: SelectionSetNode; type: GraphQLCompositeType }[],
    private readonly fragments: Readonly<Record<string, FragmentDefinitionNode>>,
    private readonly schema: GraphQLSchema,
  ) {}

  /** Writes the fields of `input` into `output`; false when a non-null field came back null. */
  apply(
    input: Record<string, unknown>,
    output: Record<string, unknown>,
    objectType: GraphQLCompositeType,
    path: Path,
    state: ShapeState,
  ): boolean {
    const typename = input.__typename;
    if (typename !== undefined && typeof typename !== 'string')
      throw new ShapingFailed(`Got unexpected value for __typename: ${String(typename)}`);
    for (const entry of this.entries(typename ?? '', objectType)) {
      const { key } = entry;
      if (entry.typename) {
        let value = entry.inherited ? (hasOwn(input, key) ? input[key] : undefined) : input[key];
        if (value == null) value = key !== '__typename' ? (input.__typename ?? null) : null;
        const type = (typeof value === 'string' ? this.schema.getType(value) : undefined) ?? entry.parentType;
        if (!isObjectType(type)) return false;
        output[key] = type.name;
        continue;
      }
      const value = entry.inherited ? (hasOwn(input, key) ? input[key] : undefined) : input[key];
      path.push(key);
      const result = entry.complete!(value === undefined ? null : value, path, state);
      path.pop();
      if (result === INVALID) {
        output[key] = null;
        return false;
      }
      output[key] = result === NULL_WITH_ERROR ? null : result;
    }
    return true;
  }

  private entries(typename: string, objectType: GraphQLCompositeType): Entry[] {
    let entries = this.byTypename.get(typename);
    if (!entries) {
      entries = this.collect(typename, objectType);
      this.byTypename.set(typename, entries);
    }
    return entries;
  }

  /** The fields that apply to an object, in the operation's order, each with its merged sub-selections. */
  private collect(typename: string, objectType: GraphQLCompositeType): Entry[] {
    const runtime = typename ? this.schema.getType(typename) : undefined;
    const order: Entry[] = [];
    const fields = new Map<string, { entry: Entry; nodes: { node: FieldNode; scope: GraphQLCompositeType }[] }>();
    const applies = (condition: GraphQLCompositeType, parent: GraphQLCompositeType) => {
      if (typename) return !!runtime && isSubtype(this.schema, condition, runtime);
      return isSubtype(this.schema, condition, parent);
    };
    const walk = (selectionSet: SelectionSetNode, scope: GraphQLCompositeType, parent: GraphQLCompositeType) => {
      for (const selection of selectionSet.selections) {
        if (selection.kind === Kind.FIELD) {
          const key = selection.alias?.value ?? selection.name.value;
          const known = fields.get(key);
          if (known) known.nodes.push({ node: selection, scope });
          else {
            const entry: Entry = {
              key,
              inherited: key in Object.prototype,
              parentType: parent,
              typename: selection.name.value === '__typename',
            };
            fields.set(key, { entry, nodes: [{ node: selection, scope }] });
            order.push(entry);
          }
          continue;
        }
        const fragment = selection.kind === Kind.INLINE_FRAGMENT ? selection : this.fragments[selection.name.value];
        if (!fragment)
          throw new ShapingFailed(
            `Unknown fragment ${selection.kind === Kind.FRAGMENT_SPREAD ? selection.name.value : ''}`,
          );
        if (!fragment.typeCondition) {
          walk(fragment.selectionSet, scope, parent);
          continue;
        }
        const condition = this.schema.getType(fragment.typeCondition.name.value) as GraphQLCompositeType | undefined;
        // Inside a fragment, Apollo's parentType is the fragment's type condition.
        if (condition && applies(condition, parent)) walk(fragment.selectionSet, condition, condition);
      }
    };
    for (const part of this.parts) walk(part.selectionSet, part.type, objectType);
    for (const { entry, nodes } of fields.values()) {
      if (entry.typename) continue;
      const first = nodes[0]!;
      const definition = 'getFields' in first.scope ? first.scope.getFields()[first.node.name.value] : undefined;
      if (!definition)
        throw new ShapingFailed(`Cannot query field "${first.node.name.value}" on type "${first.scope.name}"`);
      const named = getNamedType(definition.type);
      const sub = isCompositeType(named)
        ? new ObjectShape(
            nodes
              .filter((n) => n.node.selectionSet)
              .map((n) => ({ selectionSet: n.node.selectionSet!, type: subScope(n.scope, n.node) ?? named })),
            this.fragments,
            this.schema,
          )
        : undefined;
      entry.complete = completer(definition.type, sub, entry.parentType.name);
    }
    return order;
  }
}

/** The named type a field returns in the scope it was written in. */
function subScope(scope: GraphQLCompositeType, node: FieldNode): GraphQLCompositeType | undefined {
  const definition = 'getFields' in scope ? scope.getFields()[node.name.value] : undefined;
  const named = definition ? getNamedType(definition.type) : undefined;
  return named && isCompositeType(named) ? named : undefined;
}

/** A completer for a value of `type`: Apollo's updateOutputValue, worked out once per field. */
function completer(type: GraphQLOutputType, shape: ObjectShape | undefined, parentName: string): Completer {
  if (isNonNullType(type)) {
    const inner = completer(type.ofType, shape, parentName);
    return (input, path, state) => {
      const result = inner(input, path, state);
      if (result === null) {
        state.errors.push(
          invalidGraphQL(`Cannot return null for non-nullable ${describeLast(path, type.ofType, parentName)}.`, path),
        );
        return INVALID;
      }
      return result === NULL_WITH_ERROR ? INVALID : result;
    };
  }
  if (isListType(type)) {
    const element = completer(type.ofType, shape, parentName);
    return (input, path, state) => {
      if (input === null) return null;
      if (!Array.isArray(input))
        throw new ShapingFailed(
          `Invalid non-list value ${String(input)} returned by subgraph for list type ${String(type)}`,
        );
      const output = new Array<unknown>(input.length);
      let nullify = false;
      for (let i = 0; i < input.length; i++) {
        path.push(i);
        const value = input[i];
        const result = element(value === undefined ? null : value, path, state);
        path.pop();
        if (result === INVALID) {
          nullify = true;
          output[i] = null;
        } else output[i] = result === NULL_WITH_ERROR ? null : result;
      }
      return nullify ? NULL_WITH_ERROR : output;
    };
  }
  if (isCompositeType(type)) {
    return (input, path, state) => {
      if (input === null) return null;
      if (typeof input !== 'object')
        throw new ShapingFailed(
          `Invalid non-object value ${String(input)} returned by subgraph for composite type ${type.name}`,
        );
      const object = input as Record<string, unknown>;
      const typename = object.__typename;
      if (typename !== undefined && typeof typename !== 'string')
        throw new ShapingFailed(`Invalid non-string value ${String(typename)} for __typename at ${path.join(',')}`);
      let objectType: GraphQLCompositeType = type;
      if (typename) {
        const named = state.schema.getType(typename);
        if (!named || !isCompositeType(named)) {
          state.errors.push(
            invalidGraphQL(`Invalid __typename found for object at ${describeLast(path, type, parentName)}.`, path),
          );
          return NULL_WITH_ERROR;
        }
        objectType = named;
      }
      const output: Record<string, unknown> = {};
      return shape!.apply(object, output, objectType, path, state) ? output : NULL_WITH_ERROR;
    };
  }
  const valid = leafCheck(type);
  return (input, path, state) => {
    if (input === null) return null;
    if (valid(input)) return input;
    state.errors.push(invalidGraphQL(`Invalid value found for ${describeLast(path, type, parentName)}.`, path));
    return NULL_WITH_ERROR;
  };
}

/** The shape of an operation's answer, built once per operation and kept with its plan. */
export class OperationShape {
  private readonly root: ObjectShape;
  private readonly rootType: GraphQLObjectType;

  constructor(
    private readonly schema: GraphQLSchema,
    operation: OperationDefinitionNode,
    fragments: Readonly<Record<string, FragmentDefinitionNode>>,
  ) {
    const rootType = schema.getRootType(operation.operation);
    if (!rootType) throw new Error(`The schema has no ${operation.operation} type`);
    this.rootType = rootType;
    this.root = new ObjectShape([{ selectionSet: operation.selectionSet, type: rootType }], fragments, schema);
  }

  /** The client's data from the merged answers, and the errors found on the way; or a failure that ends the answer. */
  shape(
    input: Record<string, unknown>,
  ): { data: Record<string, unknown> | null; errors: GraphQLError[] } | { failed: Error } {
    const state: ShapeState = { schema: this.schema, errors: [] };
    const data: Record<string, unknown> = {};
    try {
      const ok = this.root.apply(input, data, this.rootType, [], state);
      return { data: ok ? data : null, errors: state.errors };
    } catch (err) {
      if (err instanceof ShapingFailed) return { failed: err };
      throw err;
    }
  }
}
