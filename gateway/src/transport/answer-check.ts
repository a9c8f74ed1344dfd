/**
 * What the gateway takes of a network's answer. Each network runs its own
 * subgraph, so its answer is input from a party the other networks do not
 * trust, and it is checked before either executor (the gateway's own or Apollo
 * Gateway's) merges it with the others' answers:
 *
 * - the data is rebuilt from what the gateway's request selected, each value
 *   checked against its type: a list where a list was asked, an enum value the
 *   schema knows, an object of a possible type of its field;
 * - a network answers only types its own subgraph declares; another network's
 *   type only as the reference its subgraph may hold (`__typename` and key);
 * - an object names its owner consistently: a `Casc...` node has a `casc:` id,
 *   a `CascNetwork` has the code CASC (global ids and codes come from the registry);
 * - each entity answered is the one asked for: its type and key fields equal the
 *   representation the gateway sent;
 * - errors are rebuilt from an allow-list (message, path, a known code, `field`, `currentVersion`, `status`, `step`),
 *   so none carries an HTTP status or anything else the gateway would act on.
 *
 * An answer that breaks a rule is refused whole (AnswerRefused): that network's
 * part of the result is missing, as when it is down; the others' parts stand.
 */
import {
  getNamedType,
  isCompositeType,
  isEnumType,
  isListType,
  isNonNullType,
  isObjectType,
  isSpecifiedScalarType,
  Kind,
  parse,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLFormattedError,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLOutputType,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';
import { LRUCache } from 'lru-cache';
import { USER_ERROR_CODES } from '#shared/errors';
import { documentBytes, textBytes } from '#shared/heap-size';
import type { NetworkDefinition, Registry } from '#shared/registry';
import { hasOwn, isSubtype, leafCheck, ownKey } from './values';

/** A network's answer the gateway will not use; the message says which rule it broke. */
export class AnswerRefused extends Error {}

type Data = Record<string, unknown>;

/** Codes a network's error may carry to the client; any other is dropped (the message stays). */
const KNOWN_CODES: ReadonlySet<string> = new Set([...USER_ERROR_CODES, 'INTERNAL_SERVER_ERROR']);
const MAX_MESSAGE = 1000;
const MAX_ERRORS = 100;
const MAX_PATH = 64;
/** What an enum value of the schema looks like (`ACKNOWLEDGED`, `ACKNOWLEDGE`). */
const ENUM_VALUE = /^[A-Z][A-Z0-9_]{0,39}$/;
/** Estimated heap bytes of subgraph operations whose compiled checks are kept; the planner's fetches repeat. */
export const CHECKED_OPERATION_BYTES = 32 * 1024 * 1024;

const isObject = (v: unknown): v is Data => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Sets a property, even one named like an inherited one (`__proto__`), as an own property. */
function put(target: Data, key: string, value: unknown): void {
  ownKey(target, key);
  target[key] = value;
}

/**
 * A network's errors rebuilt from the allow-list: message, path, a known `code`, `field`, `currentVersion`, an INVALID_TRANSITION's `status` and `step`, and the network's code.
 * Anything else in them (an `http` status, say) never reaches the gateway's executors.
 */
export function rebuildErrors(errors: unknown, network: NetworkDefinition): GraphQLFormattedError[] | undefined {
  if (errors === undefined || errors === null) return undefined;
  if (!Array.isArray(errors)) throw new AnswerRefused('"errors" is not a list');
  if (errors.length > MAX_ERRORS) throw new AnswerRefused(`more than ${MAX_ERRORS} errors`);
  return errors.map((error: unknown) => {
    if (!isObject(error) || typeof error.message !== 'string') throw new AnswerRefused('an error without a message');
    const extensions: Data = {};
    const given = isObject(error.extensions) ? error.extensions : {};
    if (typeof given.code === 'string' && KNOWN_CODES.has(given.code)) extensions.code = given.code;
    if (typeof given.field === 'string') extensions.field = given.field.slice(0, 200);
    // A CONFLICT's version of the row, for the client to reload and retry.
    if (Number.isSafeInteger(given.currentVersion)) extensions.currentVersion = given.currentVersion;
    // An INVALID_TRANSITION's referral status and refused step: enum values, which the console names.
    for (const key of ['status', 'step'] as const) {
      const value = given[key];
      if (typeof value === 'string' && ENUM_VALUE.test(value)) extensions[key] = value;
    }
    extensions.network = network.code;
    const rebuilt: { message: string; path?: (string | number)[]; extensions: Data } = {
      message: error.message.slice(0, MAX_MESSAGE),
      extensions,
    };
    const path = error.path;
    if (
      Array.isArray(path) &&
      path.length <= MAX_PATH &&
      path.every((p) => typeof p === 'string' || (Number.isInteger(p) && (p as number) >= 0))
    ) {
      rebuilt.path = path as (string | number)[];
    }
    return rebuilt;
  });
}

interface Field {
  readonly key: string;
  readonly name: string;
  readonly nodes: FieldNode[];
  /** Worked out on first use: the field's type in its runtime type (null: none), and its sub-selection. */
  type?: GraphQLOutputType | null;
  sub?: Selection;
  /** `Type.field`, for messages. */
  where?: string;
}

/** The selection sets that apply to one value, with the fields they select per runtime type, worked out once. */
class Selection {
  private readonly byType = new Map<string, Field[]>();
  private readonly subs = new Map<string, Selection>();

  constructor(
    readonly sets: readonly SelectionSetNode[],
    private readonly operation: Operation,
  ) {}

  /** The fields selected of an object of type `type`, merged by response key. */
  fields(type: GraphQLCompositeType): Field[] {
    let fields = this.byType.get(type.name);
    if (!fields) {
      fields = this.collect(type);
      this.byType.set(type.name, fields);
    }
    return fields;
  }

  /** The selection under a field (one per field and runtime type). */
  sub(type: GraphQLCompositeType, field: Field): Selection {
    const id = `${type.name}.${field.key}`;
    let sub = this.subs.get(id);
    if (!sub) {
      sub = new Selection(
        field.nodes.flatMap((n) => (n.selectionSet ? [n.selectionSet] : [])),
        this.operation,
      );
      this.subs.set(id, sub);
    }
    return sub;
  }

  private collect(type: GraphQLCompositeType): Field[] {
    const { schema, fragments } = this.operation;
    const fields = new Map<string, Field>();
    const walk = (set: SelectionSetNode) => {
      for (const selection of set.selections) {
        if (selection.kind === Kind.FIELD) {
          const key = selection.alias?.value ?? selection.name.value;
          const known = fields.get(key);
          if (known) known.nodes.push(selection);
          else fields.set(key, { key, name: selection.name.value, nodes: [selection] });
          continue;
        }
        const fragment = selection.kind === Kind.INLINE_FRAGMENT ? selection : fragments[selection.name.value];
        if (!fragment) throw new AnswerRefused('the request names an unknown fragment');
        const condition = fragment.typeCondition ? schema.getType(fragment.typeCondition.name.value) : undefined;
        if (!fragment.typeCondition || (condition && isSubtype(schema, condition, type))) walk(fragment.selectionSet);
      }
    };
    for (const set of this.sets) walk(set);
    return [...fields.values()];
  }
}

/** One subgraph operation of the plans, parsed once. */
class Operation {
  readonly fragments: Readonly<Record<string, FragmentDefinitionNode>>;
  readonly root: Selection;
  readonly rootType: GraphQLObjectType;
  /** Estimated heap bytes this operation's checks hold. */
  readonly weight: number;

  constructor(
    readonly schema: GraphQLSchema,
    text: string,
  ) {
    const document = parse(text, { noLocation: true });
    // The parsed text, and as much again for the fields worked out per type as answers come in.
    this.weight = 2 * (textBytes(text) + documentBytes(document));
    const fragments: Record<string, FragmentDefinitionNode> = Object.create(null);
    let operation;
    for (const definition of document.definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
      else if (definition.kind === Kind.OPERATION_DEFINITION) operation ??= definition;
    }
    if (!operation) throw new AnswerRefused('the request has no operation');
    const rootType = schema.getRootType(operation.operation);
    if (!rootType) throw new AnswerRefused(`the schema has no ${operation.operation} type`);
    this.fragments = fragments;
    this.rootType = rootType;
    this.root = new Selection([operation.selectionSet], this);
  }
}

/** What one network may answer: the types its subgraph declares, and the key fields of the others' types it may reference. */
interface Declared {
  /** Key fields by type name (an own or shared type: null, no limit; a type the network does not declare: undefined). */
  readonly types: Map<string, ReadonlySet<string> | null | undefined>;
}

/** Checks and rebuilds the answers of every network against one supergraph. */
export class AnswerChecker {
  private readonly operations = new LRUCache<string, Operation>({
    maxSize: CHECKED_OPERATION_BYTES,
    sizeCalculation: (operation) => operation.weight,
  });
  private readonly declared = new Map<string, Declared>();
  private readonly identities = new Map<string, { owner?: NetworkDefinition; node: boolean; network: boolean }>();
  private readonly nodeType: GraphQLNamedType | undefined;
  private readonly networkType: GraphQLNamedType | undefined;

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly registry: Registry,
  ) {
    this.nodeType = schema.getType('Node') ?? undefined;
    this.networkType = schema.getType('Network') ?? undefined;
  }

  /**
   * `network`'s answer to `query` (with `variables`), keeping only what the query selected; throws AnswerRefused
   * when the answer breaks a rule (see the file's comment).
   */
  /** Estimated heap bytes of the operations whose checks are kept. */
  get keptOperationBytes(): number {
    return this.operations.calculatedSize;
  }

  check(
    network: NetworkDefinition,
    query: string,
    variables: Readonly<Data> | undefined,
    answer: unknown,
  ): { data?: Data | null; errors?: GraphQLFormattedError[] } {
    if (!isObject(answer)) throw new AnswerRefused('the answer is not a JSON object');
    const errors = rebuildErrors(answer.errors, network);
    const result: { data?: Data | null; errors?: GraphQLFormattedError[] } = {};
    if (errors) result.errors = errors;
    if (answer.data === undefined) return result;
    if (answer.data === null) return { ...result, data: null };
    if (!isObject(answer.data)) throw new AnswerRefused('"data" is not an object');
    const operation = this.operation(query);
    const walker = new Walker(this, network, this.schema);
    const representations = variables?.representations;
    const data: Data = {};
    for (const field of operation.root.fields(operation.rootType)) {
      // Entities come back as a list, one per representation, whenever there is data: the executors rely on it.
      if (!hasOwn(answer.data, field.key) && field.name === '_entities')
        throw new AnswerRefused('no "_entities" in the data');
      if (!hasOwn(answer.data, field.key)) continue;
      const value = answer.data[field.key];
      if (field.name === '_entities')
        put(data, field.key, walker.entities(value, representations, operation.root.sub(operation.rootType, field)));
      else put(data, field.key, walker.field(operation.rootType, field, value, operation.root));
    }
    return { ...result, data };
  }

  /** The network that owns a type by its name's prefix (`WacapContactPoint`: WACAP); none for shared types. */
  ownerOf(typeName: string): NetworkDefinition | undefined {
    return this.registry.find(
      (n) => typeName.startsWith(n.typePrefix) && /^[A-Z]/.test(typeName.slice(n.typePrefix.length)),
    );
  }

  /** The network a type's name says owns it, and whether its id (a Node) or its code (a Network) must name that network. */
  identity(type: GraphQLObjectType): { owner?: NetworkDefinition; node: boolean; network: boolean } {
    let known = this.identities.get(type.name);
    if (!known) {
      known = {
        owner: this.ownerOf(type.name),
        node: !!this.nodeType && isSubtype(this.schema, this.nodeType, type),
        network: !!this.networkType && isSubtype(this.schema, this.networkType, type),
      };
      this.identities.set(type.name, known);
    }
    return known;
  }

  /** Whether `network`'s subgraph declares `type`, and which fields of it (its keys) it may answer when the type is another network's. */
  allowedFields(network: NetworkDefinition, type: GraphQLObjectType): ReadonlySet<string> | null | false {
    let declared = this.declared.get(network.key);
    if (!declared) {
      declared = { types: new Map() };
      this.declared.set(network.key, declared);
    }
    if (!declared.types.has(type.name)) declared.types.set(type.name, this.keysOf(network, type));
    const known = declared.types.get(type.name);
    return known === undefined ? false : known;
  }

  /** null: any field (own or shared type); a set: only these (another network's type); undefined: not declared at all. */
  private keysOf(network: NetworkDefinition, type: GraphQLObjectType): ReadonlySet<string> | null | undefined {
    const graph = this.graphOf(network);
    const joins = (type.astNode?.directives ?? []).filter((d) => d.name.value === 'join__type');
    // A supergraph without join directives (none in production) declares every type for every network.
    if (!joins.length) return null;
    const mine = joins.filter((d) =>
      d.arguments?.some((a) => a.name.value === 'graph' && a.value.kind === Kind.ENUM && a.value.value === graph),
    );
    if (!mine.length) return undefined;
    const owner = this.ownerOf(type.name);
    if (!owner || owner.key === network.key) return null;
    const keys = new Set<string>(['__typename']);
    for (const d of mine) {
      const key = d.arguments?.find((a) => a.name.value === 'key')?.value;
      if (key?.kind === Kind.STRING) for (const name of key.value.split(/[\s{}]+/)) if (name) keys.add(name);
    }
    return keys;
  }

  private graphs?: Map<string, string>;

  /** The join__Graph value of a network (its subgraph's name is the network's key). */
  private graphOf(network: NetworkDefinition): string {
    if (!this.graphs) {
      this.graphs = new Map();
      const graphType = this.schema.getType('join__Graph');
      if (graphType && isEnumType(graphType)) {
        for (const value of graphType.getValues()) {
          const name = value.astNode?.directives
            ?.find((d) => d.name.value === 'join__graph')
            ?.arguments?.find((a) => a.name.value === 'name')?.value;
          if (name?.kind === Kind.STRING) this.graphs.set(name.value, value.name);
        }
      }
    }
    return this.graphs.get(network.key) ?? network.code;
  }

  private operation(text: string): Operation {
    const known = this.operations.get(text);
    if (known) return known;
    const operation = new Operation(this.schema, text);
    this.operations.set(text, operation);
    return operation;
  }
}

const customScalar = (v: unknown) =>
  typeof v === 'string' || typeof v === 'boolean' || (typeof v === 'number' && Number.isFinite(v));

/** One answer's walk: rebuilds each value from the selection, or throws AnswerRefused. */
class Walker {
  private readonly leaves = new Map<string, (v: unknown) => boolean>();

  constructor(
    private readonly checker: AnswerChecker,
    private readonly network: NetworkDefinition,
    private readonly schema: GraphQLSchema,
  ) {}

  /** `_entities`: one answer per representation sent, each of the type and with the keys it was asked for. */
  entities(value: unknown, representations: unknown, selection: Selection): unknown {
    if (!Array.isArray(value) || !Array.isArray(representations)) throw new AnswerRefused('"_entities" is not a list');
    if (value.length !== representations.length)
      throw new AnswerRefused(`${value.length} entities answered for ${representations.length} asked`);
    return value.map((entity: unknown, i) => {
      if (entity === null) return null;
      const representation = representations[i] as Data;
      const type = this.schema.getType(String(representation.__typename));
      if (!type || !isObjectType(type)) throw new AnswerRefused(`no object type ${String(representation.__typename)}`);
      if (isObject(entity) && entity.__typename !== undefined && entity.__typename !== type.name) {
        throw new AnswerRefused(`a ${String(entity.__typename)} answered for a ${type.name}`);
      }
      const rebuilt = this.object(type, entity, selection, '_entities') as Data;
      for (const key of Object.keys(representation)) {
        if (key !== '__typename' && hasOwn(rebuilt, key) && !sameValue(rebuilt[key], representation[key])) {
          throw new AnswerRefused(`the ${type.name} answered has another ${key} than the one asked for`);
        }
      }
      return rebuilt;
    });
  }

  /** A field's value in an object of type `parent`. */
  field(parent: GraphQLCompositeType, field: Field, value: unknown, selection: Selection): unknown {
    if (field.name === '__typename') {
      const named = typeof value === 'string' ? this.schema.getType(value) : undefined;
      const fits = isObjectType(parent)
        ? named === parent
        : !!named && isObjectType(named) && isSubtype(this.schema, parent, named);
      if (!fits) throw new AnswerRefused(`__typename ${String(value)} on a ${parent.name}`);
      return value;
    }
    // A field belongs to the fields of one selection and runtime type: what it needs is worked out once.
    if (field.type === undefined) {
      field.type = ('getFields' in parent ? parent.getFields()[field.name]?.type : undefined) ?? null;
      if (field.type && isCompositeType(getNamedType(field.type))) field.sub = selection.sub(parent, field);
      field.where = `${parent.name}.${field.name}`;
    }
    if (!field.type) throw new AnswerRefused(`${parent.name} has no field ${field.name}`);
    return this.value(field.type, value, field.sub, field.where!);
  }

  private value(type: GraphQLOutputType, value: unknown, selection: Selection | undefined, where: string): unknown {
    if (value === null) return null;
    if (isNonNullType(type)) return this.value(type.ofType, value, selection, where);
    if (isListType(type)) {
      if (!Array.isArray(value)) throw new AnswerRefused(`${where} is not a list`);
      return value.map((element: unknown) => this.value(type.ofType, element, selection, where));
    }
    if (isCompositeType(type)) {
      if (!selection) throw new AnswerRefused(`${where} has no selection`);
      return this.object(type, value, selection, where);
    }
    if (!this.leaf(type)(value)) throw new AnswerRefused(`${where} is not a ${type.name}`);
    return value;
  }

  private leaf(type: GraphQLNamedType): (v: unknown) => boolean {
    let check = this.leaves.get(type.name);
    if (!check) {
      check = isSpecifiedScalarType(type) || isEnumType(type) ? leafCheck(type) : customScalar;
      this.leaves.set(type.name, check);
    }
    return check;
  }

  /** An object of static type `type`: its runtime type a possible one, declared by the network, and naming its owner. */
  private object(type: GraphQLCompositeType, value: unknown, selection: Selection, where: string): Data {
    if (!isObject(value)) throw new AnswerRefused(`${where} is not an object`);
    let runtime: GraphQLCompositeType = type;
    const typename = value.__typename;
    if (typename !== undefined) {
      const named = typeof typename === 'string' ? this.schema.getType(typename) : undefined;
      if (!named || !isObjectType(named) || !isSubtype(this.schema, type, named))
        throw new AnswerRefused(`${where} answered a ${String(typename)}, which it cannot return`);
      runtime = named;
    }
    const output: Data = {};
    const allowed = isObjectType(runtime) ? this.checker.allowedFields(this.network, runtime) : null;
    if (allowed === false)
      throw new AnswerRefused(
        `${where} answered a ${runtime.name}, a type the ${this.network.name} subgraph does not declare`,
      );
    for (const field of selection.fields(runtime)) {
      if (!hasOwn(value, field.key)) continue;
      if (allowed && !allowed.has(field.name))
        throw new AnswerRefused(`${where} answered the ${field.name} of another network's ${runtime.name}`);
      put(output, field.key, this.field(runtime, field, value[field.key], selection));
    }
    if (isObjectType(runtime)) this.owner(runtime, selection, output, where);
    return output;
  }

  /** A `Casc...` node's id is a `casc:` id; a `CascNetwork`'s code is CASC. */
  private owner(type: GraphQLObjectType, selection: Selection, output: Data, where: string): void {
    const { owner, node, network } = this.checker.identity(type);
    if (!owner || (!node && !network)) return;
    for (const field of selection.fields(type)) {
      const value = output[field.key];
      if (node && field.name === 'id' && typeof value === 'string' && !value.startsWith(`${owner.key}:`)) {
        throw new AnswerRefused(`${where} answered a ${type.name} whose id is not ${owner.name}'s`);
      }
      if (network && field.name === 'code' && value !== undefined && value !== null && value !== owner.code) {
        throw new AnswerRefused(`${where} answered a ${type.name} whose code is ${String(value)}`);
      }
    }
  }
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((v, i) => sameValue(v, b[i]));
  if (isObject(a) && isObject(b)) {
    const keys = Object.keys(b);
    return keys.every((k) => k === '__typename' || !hasOwn(a, k) || sameValue(a[k], b[k]));
  }
  return false;
}
