/**
 * An operation's cost, counted the way Apollo's demand control and the IBM
 * GraphQL cost specification count it: every object (or interface, or union)
 * value the answer may hold costs 1, leaves cost nothing, and a list of objects
 * multiplies what is inside it by the most items it may hold. Paginated fields
 * hold `first` items (their default page when absent); registry lists hold what
 * the registry says; any other list is assumed to hold a default page.
 *
 * The same walk bounds nesting: one list field (`Country.networks`, say) may
 * appear only so many times on one path, which is what turns
 * `countries { networks { memberCountries { networks { ... } } } }` into a bomb.
 *
 * It also bounds entity jumps: fields whose value is an interface that several
 * networks implement (`Query.node`, `Referral.counterpart`, `Referral.from`).
 * For what is selected below one, the query planner works through every
 * network, and each jump nested inside another multiplies its work:
 * `counterpart { counterpart { ... } }` seven deep took minutes of CPU and
 * gigabytes to plan. Only so many may nest on one path, and only so many
 * appear in one operation.
 *
 * All depend on the request's variables (`first: $n`), so they run once the
 * operation is resolved (`operationLimitsPlugin`), before anything executes.
 */
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import {
  getArgumentValues,
  getNamedType,
  getNullableType,
  getVariableValues,
  GraphQLError,
  isAbstractType,
  isCompositeType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { DEFAULT_PAGE } from '#shared/pages';
import type { Registry } from '#shared/registry';

/** The most items a list field may hold, given its arguments. */
export type ListSize = (args: Record<string, unknown>) => number;

export interface CostModel {
  /** Sizes of lists known ahead, by coordinate (`Type.field`, the interface's name where the field comes from one). */
  sizes: ReadonlyMap<string, ListSize>;
  /** Items of a paginated field asked without `first` and with no default in the schema: the subgraphs' default page. */
  defaultPage: number;
  /** Items assumed for any other list of objects. */
  defaultListSize: number;
}

export interface OperationLimits {
  maxCost: number;
  /** How many times one list field may appear on one path. */
  maxListNesting: number;
  /** How many entity jumps may nest on one path. */
  maxEntityJumpNesting: number;
  /** How many entity jumps one operation may make, fragments expanded. */
  maxEntityJumps: number;
}

export const COST_LIMIT_EXCEEDED = 'COST_LIMIT_EXCEEDED';
export const LIST_NESTING_EXCEEDED = 'LIST_NESTING_EXCEEDED';
export const ENTITY_JUMP_NESTING_EXCEEDED = 'ENTITY_JUMP_NESTING_EXCEEDED';
export const ENTITY_JUMPS_EXCEEDED = 'ENTITY_JUMPS_EXCEEDED';

/**
 * Fields the walk visits at most (fragments expanded). Past this the operation
 * is refused without finishing the count, so a fragment that spreads another
 * twice, and so on, cannot make the measuring itself expensive.
 */
export const MAX_VISITED_FIELDS = 10_000;

/** List sizes derived from the registry: networks, members of the largest network, countries in any network. */
export function registryCostModel(registry: Registry): CostModel {
  const networks = registry.length;
  const largestMembership = Math.max(0, ...registry.map((n) => n.members.length));
  const memberCountries = new Set(registry.flatMap((n) => n.members.map((m) => m.country))).size;
  const count = (value: unknown, otherwise: number) => (Array.isArray(value) ? value.length : otherwise);
  const fixed =
    (n: number): ListSize =>
    () =>
      n;
  return {
    sizes: new Map<string, ListSize>([
      ['Query.networks', (args) => count(args.codes, networks)],
      ['Query.countries', (args) => (args.network == null ? memberCountries : largestMembership)],
      ['Query.nodes', (args) => count(args.ids, 0)],
      ['Country.networks', fixed(networks)],
      ['Network.memberCountries', fixed(largestMembership)],
      ['Network.memberships', fixed(largestMembership)],
      ['Network.countryProfiles', fixed(largestMembership)],
      ['DirectoryHealth.countriesWithout24x7', fixed(largestMembership)],
      ['DirectoryHealth.contactPointsPerCountry', fixed(largestMembership)],
      ['DirectionStatistics.byCounterpartNetwork', fixed(networks)],
      // A counterpart is a member of some network: referrals go only between member countries.
      ['DirectionStatistics.byCounterpartCountry', fixed(memberCountries)],
    ]),
    defaultPage: DEFAULT_PAGE,
    defaultListSize: DEFAULT_PAGE,
  };
}

export interface Measurement {
  /** The operation's cost; a lower bound when `complete` is false. */
  cost: number;
  /** False when the walk stopped early (a nesting refusal, or too many fields to visit). */
  complete: boolean;
  /** The list field found nested more often than allowed on one path, if any. */
  overNested?: string;
  /** Entity jumps counted (all of them when `complete`). */
  entityJumps: number;
  /** The entity jump found nested deeper than allowed on one path, if any. */
  overJumped?: string;
}

/** `Type.field`, named after the interface that declares the field when there is one, so that every network's type counts as one. */
function coordinate(parent: GraphQLCompositeType, field: string): string {
  if (isObjectType(parent) || isInterfaceType(parent)) {
    const from = parent.getInterfaces().find((i) => field in i.getFields());
    if (from) return `${from.name}.${field}`;
  }
  return `${parent.name}.${field}`;
}

function fieldOf(parent: GraphQLCompositeType, name: string): GraphQLField<unknown, unknown> | undefined {
  return isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[name] : undefined;
}

const jumpsBySchema = new WeakMap<GraphQLSchema, Map<string, boolean>>();

/**
 * Whether `parent.field` is an entity jump: on some concrete type the parent may be, its value is an abstract
 * type with several possible types (each network resolves its own). `Referral.counterpart` is one;
 * `Network.contactPoints` is not, since each network's own type narrows it to its own connection.
 */
export function isEntityJump(schema: GraphQLSchema, parent: GraphQLCompositeType, field: string): boolean {
  let known = jumpsBySchema.get(schema);
  if (!known) jumpsBySchema.set(schema, (known = new Map()));
  const key = `${parent.name}.${field}`;
  let jump = known.get(key);
  if (jump === undefined) {
    const concrete = isAbstractType(parent) ? schema.getPossibleTypes(parent) : [parent];
    jump = concrete.some((type) => {
      const value = type.getFields()[field];
      const named = value && getNamedType(value.type);
      return named !== undefined && isAbstractType(named) && schema.getPossibleTypes(named).length > 1;
    });
    known.set(key, jump);
  }
  return jump;
}

/** Measures one operation with its (coerced) variables. */
function measureOperation(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Readonly<Record<string, FragmentDefinitionNode>>,
  variables: Record<string, unknown>,
  model: CostModel,
  limits: OperationLimits,
): Measurement {
  const root = schema.getRootType(operation.operation);
  const result: Measurement = { cost: 0, complete: true, entityJumps: 0 };
  if (!root) return result;
  let visited = 0;
  const onPath = new Map<string, number>();

  // `page`: the `first` of the connection whose selection this is, for its `nodes` list; `jumps`: entity jumps on the path.
  const walk = (
    selections: SelectionSetNode,
    parent: GraphQLCompositeType,
    multiplier: number,
    page: number | undefined,
    jumps: number,
  ): boolean => {
    for (const selection of selections.selections) {
      if (selection.kind === Kind.FRAGMENT_SPREAD || selection.kind === Kind.INLINE_FRAGMENT) {
        const fragment = selection.kind === Kind.FRAGMENT_SPREAD ? fragments[selection.name.value] : selection;
        if (!fragment) continue;
        const condition = fragment.typeCondition ? schema.getType(fragment.typeCondition.name.value) : parent;
        if (!isCompositeType(condition)) continue;
        if (!walk(fragment.selectionSet, condition, multiplier, page, jumps)) return false;
        continue;
      }
      // Introspection is bounded by the schema and is off in production.
      if (selection.name.value === '__schema' || selection.name.value === '__type') continue;
      if (++visited > MAX_VISITED_FIELDS) return false;
      const field = fieldOf(parent, selection.name.value);
      if (!field) continue;
      const named = getNamedType(field.type);
      if (!isCompositeType(named) || !selection.selectionSet) continue;
      let jumped = jumps;
      if (isEntityJump(schema, parent, selection.name.value)) {
        jumped++;
        result.entityJumps++;
        if (jumped > limits.maxEntityJumpNesting) {
          result.overJumped = coordinate(parent, selection.name.value);
          return false;
        }
        if (result.entityJumps > limits.maxEntityJumps) return false;
      }
      const list = isListType(getNullableType(field.type));
      const paginated = field.args.some((a) => a.name === 'first');
      if (!list && !paginated) {
        result.cost += multiplier;
        if (!walk(selection.selectionSet, named, multiplier, undefined, jumped)) return false;
        continue;
      }
      const args = getArgumentValues(field, selection, variables);
      const first = paginated
        ? typeof args.first === 'number'
          ? Math.max(0, args.first)
          : model.defaultPage
        : undefined;
      const at = coordinate(parent, selection.name.value);
      const items = list
        ? multiplier * (first ?? page ?? model.sizes.get(at)?.(args) ?? model.defaultListSize)
        : multiplier;
      result.cost += items;
      const depth = (onPath.get(at) ?? 0) + 1;
      if (depth > limits.maxListNesting) {
        result.overNested = at;
        return false;
      }
      onPath.set(at, depth);
      // An empty page still costs what it selects once: nothing nests for free.
      const inner = walk(selection.selectionSet, named, Math.max(items, multiplier), list ? undefined : first, jumped);
      onPath.set(at, depth - 1);
      if (!inner) return false;
    }
    return true;
  };

  result.complete = walk(operation.selectionSet, root, 1, undefined, 0);
  return result;
}

/** The refusal for a measurement over the limits, or undefined when the operation may run. */
export function refusal(measured: Measurement, limits: OperationLimits): GraphQLError | undefined {
  const http = { status: 400 };
  if (measured.overNested) {
    return new GraphQLError(
      `${measured.overNested} is nested more than ${limits.maxListNesting} times on one path. Ask for the inner lists in a separate query.`,
      {
        extensions: {
          code: LIST_NESTING_EXCEEDED,
          field: measured.overNested,
          maxListNesting: limits.maxListNesting,
          http,
        },
      },
    );
  }
  if (measured.overJumped) {
    return new GraphQLError(
      `${measured.overJumped} leads into another network's object more than ${limits.maxEntityJumpNesting} times on one path (node, networks, counterpart, from, to, assignedTo, ...). Ask for the objects further along in a separate query, by their id.`,
      {
        extensions: {
          code: ENTITY_JUMP_NESTING_EXCEEDED,
          field: measured.overJumped,
          maxEntityJumpNesting: limits.maxEntityJumpNesting,
          http,
        },
      },
    );
  }
  if (measured.entityJumps > limits.maxEntityJumps) {
    return new GraphQLError(
      `The query leads into other networks' objects (node, networks, counterpart, from, to, assignedTo, ...) more than ${limits.maxEntityJumps} times. Split it into several queries.`,
      { extensions: { code: ENTITY_JUMPS_EXCEEDED, maxEntityJumps: limits.maxEntityJumps, http } },
    );
  }
  if (!measured.complete || measured.cost > limits.maxCost) {
    const cost = measured.complete ? `costs ${measured.cost}` : `costs more than ${limits.maxCost}`;
    return new GraphQLError(
      `The query ${cost}, above the limit of ${limits.maxCost} (each object counts once, lists by their size). Ask for smaller pages (first) or fewer nested lists.`,
      {
        extensions: {
          code: COST_LIMIT_EXCEEDED,
          ...(measured.complete ? { cost: measured.cost } : {}),
          maxCost: limits.maxCost,
          http,
        },
      },
    );
  }
  return undefined;
}

/** Measures a request's operation, or undefined when its variables do not coerce: execution then refuses it before any resolver runs. */
export function measureRequest(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
  model: CostModel,
  limits: OperationLimits,
): Measurement | undefined {
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables);
  if (coerced.errors) return undefined;
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments[d.name.value] = d;
  return measureOperation(schema, operation, fragments, coerced.coerced, model, limits);
}

/** Refuses an operation over the limits once its variables are known, before it executes. */
export function operationLimitsPlugin<TContext extends BaseContext>(
  model: CostModel,
  limits: OperationLimits,
): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (!operation) return;
          const measured = measureRequest(schema, document, operation, request.variables ?? {}, model, limits);
          const refused = measured && refusal(measured, limits);
          if (refused) throw refused;
        },
      };
    },
  };
}
