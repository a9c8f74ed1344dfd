/**
 * The gateway's own executor for the common query plans, in front of Apollo
 * Gateway's. Apollo Gateway plans every operation and runs the plan; then it
 * shapes the answer by walking the operation again for every object, reading
 * fragments and directives each time. For the directory query (four networks
 * x 50 contact points) that walk was a fifth of the gateway's CPU.
 *
 * Every operation is planned once, off the gateway's thread (planner.ts), and
 * both executors use that plan. This one runs plans made only of Fetch,
 * Flatten, Sequence and Parallel nodes (`@requires`, `@provides` and unions
 * across subgraphs included: federation-features.int.test.ts), the
 * way Apollo Gateway runs them: the same subgraph requests (the same data
 * sources: tokens, secret, dedup), the same merge, the same error paths. Its
 * shaping (shape.ts) works out the fields once per selection and type.
 * Mutations run here too: the planner puts their root fields in a Sequence,
 * which this executor runs in order, as Apollo Gateway does. Everything else
 * goes to Apollo Gateway's executor unchanged: subscriptions,
 * operations with directives (@skip, @include, @defer), introspection, plans
 * with conditions or data rewrites (an `@interfaceObject` type's fetches
 * rename `__typename`), a request for the query plan (when
 * EXPOSE_QUERY_PLAN is on), a schema changing under a request.
 * `GATEWAY_EXECUTION=apollo` sends everything there.
 */
import { SpanStatusCode, type Span } from '@opentelemetry/api';
import type {
  GatewayExecutor,
  GatewayGraphQLRequestContext,
  GatewayInterface,
  GatewaySchemaLoadOrUpdateCallback,
} from '@apollo/server-gateway-interface';
import type { ApolloGateway, GraphQLDataSource } from '@apollo/gateway';
// Not re-exported by the package's index; the data sources check it.
import { GraphQLDataSourceRequestKind } from '@apollo/gateway/dist/datasources/types';
import { ERRORS, errorCodeDef, Supergraph } from '@apollo/federation-internals';
import type { FetchNode, PlanNode, QueryPlan, QueryPlanSelectionNode } from '@apollo/query-planner';
import {
  getVariableValues,
  GraphQLError,
  Kind,
  print,
  visit,
  BREAK,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { LRUCache } from 'lru-cache';
import { documentBytes, textBytes } from '#shared/heap-size';
import { tracer } from '#shared/observability/tracing';
import { operationSignature, PlanHandOver, type QueryPlanning } from './planner';
import { isSubtype, ownKey } from '../transport/values';
import { OperationShape } from './shape';

/** Most bytes of plans kept (the operation's syntax tree, which its shape holds, and the plan); the least recently used goes first. */
export const PLAN_CACHE_BYTES = 64 * 1024 * 1024;
/**
 * A kept plan and shape weigh about three times their document's estimate and the plan's text: 600 distinct
 * texts of twenty aliased lists kept about 170 MiB of heap (after a full collection) for 64 MiB counted without it.
 */
const PLAN_WEIGHT = 3;

/** What one supergraph gives the executor: its API schema, and the plans made so far. */
interface PlanningState {
  readonly schema: GraphQLSchema;
  readonly supergraphSchema: () => GraphQLSchema;
  /** Per operation: its plan, and its shape when this executor runs it. */
  readonly plans: LRUCache<string, Planned>;
}

interface Planned {
  readonly plan: QueryPlan;
  /** Absent when Apollo Gateway runs the operation. */
  readonly shape?: OperationShape;
}

interface Prepared extends Planned {
  readonly shape: OperationShape;
}

type Data = Record<string, unknown>;
type ResponsePath = (string | number)[];
interface Cursor {
  readonly path: ResponsePath;
  readonly data: unknown;
  readonly fullResult: Data;
}

interface Execution {
  readonly requestContext: GatewayGraphQLRequestContext;
  readonly services: Readonly<Record<string, GraphQLDataSource>>;
  readonly supergraph: PlanningState;
  readonly errors: GraphQLError[];
}

/** How many operations each executor ran, and the bytes of plans kept (as counted against PLAN_CACHE_BYTES); read by tests and the benchmark. */
export interface GatewayExecutionCounts {
  own: number;
  apollo: number;
  planBytes: number;
}

export interface PlanExecutingOptions {
  /** Run the plans it can with this executor; otherwise Apollo Gateway's runs everything. */
  enabled: boolean;
  /** Plans every operation, for both executors. */
  planning: QueryPlanning;
  /** Apollo Gateway's plan store (its queryPlannerConfig.cache), where its executor finds the plans made here. */
  handOver: PlanHandOver;
  /** Whether the Apollo-Query-Plan-Experimental header asks for the plan (Apollo Gateway's executor answers with it). */
  exposePlan: boolean;
}

/**
 * Wraps Apollo Gateway for Apollo Server: the same schema and reloads, with
 * this executor first. `services` are the data sources Apollo Gateway uses too.
 */
export class PlanExecutingGateway implements GatewayInterface {
  private current?: PlanningState;
  readonly counts: GatewayExecutionCounts = { own: 0, apollo: 0, planBytes: 0 };

  constructor(
    private readonly gateway: ApolloGateway,
    private readonly services: Readonly<Record<string, GraphQLDataSource>>,
    private readonly options: PlanExecutingOptions,
  ) {
    gateway.onSchemaLoadOrUpdate(({ apiSchema, coreSupergraphSdl }) => this.update(apiSchema, coreSupergraphSdl));
  }

  onSchemaLoadOrUpdate(callback: GatewaySchemaLoadOrUpdateCallback) {
    return this.gateway.onSchemaLoadOrUpdate(callback);
  }

  async load(options: Parameters<GatewayInterface['load']>[0]) {
    const { executor } = await this.gateway.load(options);
    if (!executor) return { executor };
    return { executor: this.executor(executor) };
  }

  async stop(): Promise<void> {
    await this.gateway.stop();
    await this.options.planning.close();
  }

  private update(schema: GraphQLSchema, sdl: string) {
    // Should the build fail (Apollo Gateway logs what its listener throws), no request finds the old schema's plans.
    this.current = undefined;
    this.options.planning.update(sdl);
    // Apollo Gateway validated this supergraph before it called us.
    const supergraph = Supergraph.build(sdl, { validateSupergraph: false });
    let supergraphSchema: GraphQLSchema | undefined;
    this.current = {
      schema,
      supergraphSchema: () => (supergraphSchema ??= supergraph.schema.toGraphQLJSSchema()),
      plans: new LRUCache({ maxSize: PLAN_CACHE_BYTES }),
    };
  }

  private executor(apollo: GatewayExecutor): GatewayExecutor {
    return async (requestContext) => {
      let prepared: { supergraph: PlanningState; planned: Planned } | undefined;
      try {
        prepared = await this.prepare(requestContext);
      } catch (err) {
        // A refusal (QUERY_PLANNING_LIMIT, QUERY_PLANNING_BUSY) is the answer; anything else is an internal error.
        if (err instanceof GraphQLError) return { errors: [err] };
        throw err;
      }
      // A request validated against another schema than the plan's (a reload in between) goes to Apollo, and so
      // does a request for the query plan when the gateway shows it (EXPOSE_QUERY_PLAN).
      const askedForPlan =
        this.options.exposePlan && !!requestContext.request.http?.headers.get('apollo-query-plan-experimental');
      const { supergraph, planned } = prepared ?? {};
      if (
        supergraph &&
        planned?.shape &&
        this.options.enabled &&
        supergraph.schema === requestContext.schema &&
        !requestContext.metrics.captureTraces &&
        !askedForPlan
      ) {
        this.counts.own++;
        return run(requestContext, supergraph, planned as Prepared, this.services);
      }
      this.counts.apollo++;
      if (planned)
        this.options.handOver.put(
          PlanHandOver.key(requestContext.queryHash, requestContext.request.operationName ?? undefined),
          planned.plan,
        );
      return apollo(requestContext);
    };
  }

  /** The plan of the request's operation over the current supergraph (planned once), or undefined without one. */
  private async prepare(
    requestContext: GatewayGraphQLRequestContext,
  ): Promise<{ supergraph: PlanningState; planned: Planned } | undefined> {
    const key = `${requestContext.request.operationName ?? ''}\n${requestContext.queryHash}`;
    for (;;) {
      const supergraph = this.current;
      if (!supergraph) return undefined;
      const known = supergraph.plans.get(key);
      if (known !== undefined) return { supergraph, planned: known };
      const planned = await plan(supergraph, this.options.planning, requestContext);
      // Reloaded meanwhile: the plan may be the old supergraph's; it is made again over the new one.
      if (supergraph !== this.current) continue;
      // The shape holds the operation's syntax tree; without a shape only the plan is kept.
      const held =
        (planned.shape ? documentBytes(requestContext.document) : 0) + textBytes(JSON.stringify(planned.plan));
      supergraph.plans.set(key, planned, { size: textBytes(key) + PLAN_WEIGHT * held });
      this.counts.planBytes = supergraph.plans.calculatedSize;
      return { supergraph, planned };
    }
  }
}

/** The operation's plan, with its shape unless the operation or its plan needs something only Apollo Gateway does. */
async function plan(
  supergraph: PlanningState,
  planning: QueryPlanning,
  requestContext: GatewayGraphQLRequestContext,
): Promise<Planned> {
  const { document, operation } = requestContext;
  const operationName = requestContext.request.operationName ?? undefined;
  const fragments: Record<string, FragmentDefinitionNode> = Object.create(null);
  for (const definition of document.definitions)
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
  const queryPlan = await span('gateway.plan', operationName ? { 'graphql.operation.name': operationName } : {}, () =>
    planning.plan(
      requestContext.source ?? print(document),
      operationName,
      operationSignature(operation, Object.values(fragments)),
    ),
  );
  const ownRuns =
    (operation.operation === 'query' || operation.operation === 'mutation') &&
    shapeable(operation, Object.values(fragments)) &&
    (!queryPlan.node || (queryPlan.node.kind !== 'Subscription' && runnable(queryPlan.node)));
  return ownRuns
    ? { plan: queryPlan, shape: new OperationShape(supergraph.schema, operation, fragments) }
    : { plan: queryPlan };
}

/** No directives, no introspection beyond __typename, no alias that would set an object's prototype. */
export function shapeable(operation: OperationDefinitionNode, fragments: readonly FragmentDefinitionNode[]): boolean {
  let ok = true;
  for (const node of [operation, ...fragments]) {
    visit(node, {
      Directive: () => {
        ok = false;
        return BREAK;
      },
      Field: (field) => {
        const name = field.name.value;
        if (
          (name.startsWith('__') && name !== '__typename') ||
          field.alias?.value === '__proto__' ||
          name === '__proto__'
        ) {
          ok = false;
          return BREAK;
        }
        return undefined;
      },
    });
    if (!ok) return false;
  }
  return true;
}

/** Plans made of fetches, flattens, sequences and parallels, with no data rewrites. */
function runnable(node: PlanNode): boolean {
  switch (node.kind) {
    case 'Sequence':
    case 'Parallel':
      return node.nodes.every(runnable);
    case 'Flatten':
      return runnable(node.node);
    case 'Fetch':
      return (
        !node.inputRewrites?.length && !node.outputRewrites?.length && !node.contextRewrites?.length && !node.hasDefers
      );
    default:
      return false;
  }
}

/** Runs `fn` in an active span; the span ends when `fn` or the promise it returns does, marked an error if it threw. */
function span<T>(name: string, attributes: Record<string, string>, fn: (span: Span) => T): T {
  return tracer().startActiveSpan(name, { attributes }, (s) => {
    const failed = (err: unknown): never => {
      s.setStatus({ code: SpanStatusCode.ERROR });
      s.end();
      throw err;
    };
    try {
      const result = fn(s);
      if (!(result instanceof Promise)) {
        s.end();
        return result;
      }
      return result.then((value: unknown) => {
        s.end();
        return value;
      }, failed) as T;
    } catch (err) {
      return failed(err);
    }
  });
}

async function run(
  requestContext: GatewayGraphQLRequestContext,
  supergraph: PlanningState,
  prepared: Prepared,
  services: Readonly<Record<string, GraphQLDataSource>>,
) {
  const attributes: Record<string, string> = { 'graphql.operation.type': requestContext.operation.operation };
  if (requestContext.operationName)
    attributes['graphql.operation.name'] = attributes.operationName = requestContext.operationName;
  return span('gateway.request', attributes, async (requestSpan) => {
    const definitions = requestContext.operation.variableDefinitions;
    if (definitions?.length) {
      const { errors } = getVariableValues(requestContext.schema, definitions, requestContext.request.variables ?? {});
      if (errors) {
        requestSpan.setStatus({ code: SpanStatusCode.ERROR });
        return { errors };
      }
    }
    const execution: Execution = { requestContext, services, supergraph, errors: [] };
    const data: Data = Object.create(null);
    const root = prepared.plan.node as PlanNode | undefined;
    if (root)
      await span('gateway.execute', {}, () => executeNode(execution, root, { path: [], data, fullResult: data }));
    const result = span('gateway.postprocessing', {}, () => prepared.shape.shape(data));
    if ('failed' in result)
      return { errors: [new GraphQLError(result.failed.message, { originalError: result.failed })] };
    if (execution.errors.length) {
      requestSpan.setStatus({ code: SpanStatusCode.ERROR });
      return { errors: execution.errors, data: result.data };
    }
    // As Apollo Gateway does: value errors alone are reported beside the data, not as errors.
    if (result.errors.length) return { extensions: { valueCompletion: result.errors }, data: result.data };
    return { data: result.data };
  });
}

async function executeNode(execution: Execution, node: PlanNode, cursor: Cursor | undefined): Promise<void> {
  if (!cursor) return;
  switch (node.kind) {
    case 'Sequence':
      for (const child of node.nodes) await executeNode(execution, child, cursor);
      return;
    case 'Parallel':
      await Promise.all(node.nodes.map((child) => executeNode(execution, child, cursor)));
      return;
    case 'Flatten':
      return executeNode(execution, node.node, moveInto(cursor, node.path));
    case 'Fetch':
      try {
        await executeFetch(execution, node, cursor);
      } catch (err) {
        execution.errors.push(err as GraphQLError);
      }
      return;
    default:
      throw new Error(`plan node ${node.kind} reached the gateway's own executor`);
  }
}

function executeFetch(execution: Execution, fetch: FetchNode, cursor: Cursor): Promise<void> {
  return span('gateway.fetch', { service: fetch.serviceName }, async () => {
    const service = execution.services[fetch.serviceName];
    if (!service) throw new Error(`Couldn't find service with name "${fetch.serviceName}"`);
    const entities = (Array.isArray(cursor.data) ? cursor.data.filter((e) => e != null) : [cursor.data]) as Data[];
    if (entities.length < 1) return;
    const provided = execution.requestContext.request.variables;
    const variables: Data = Object.create(null);
    for (const name of fetch.variableUsages ?? []) {
      if (provided && Object.prototype.hasOwnProperty.call(provided, name) && provided[name] !== undefined)
        variables[name] = provided[name];
    }
    if (!fetch.requires) {
      const received = await send(execution, service, fetch, cursor, variables, undefined);
      for (const entity of entities) deepMerge(entity, received);
      return;
    }
    const schema = execution.supergraph.supergraphSchema;
    const representations: Data[] = [];
    const owners: Data[] = [];
    const ownerIndexes: number[] = [];
    entities.forEach((entity, index) => {
      const representation = representationOf(schema, entity, fetch.requires!);
      if (representation && representation.__typename) {
        representations.push(representation);
        owners.push(entity);
        ownerIndexes.push(index);
      }
    });
    if (representations.length < 1) return;
    if ('representations' in variables) throw new Error('Variables cannot contain key "representations"');
    const received = await send(execution, service, fetch, cursor, { ...variables, representations }, ownerIndexes);
    if (!received) return;
    const answered = received._entities;
    if (!Array.isArray(answered)) throw new Error('Expected "data._entities" in response to be an array');
    if (answered.length !== representations.length)
      throw new Error(`Expected "data._entities" to contain ${representations.length} elements`);
    for (let i = 0; i < owners.length; i++) {
      const entity = answered[i] as Data | null | undefined;
      if (entity && !entity.__typename) entity.__typename = owners[i]!.__typename;
      deepMerge(owners[i]!, entity);
    }
  });
}

/** `ownerIndexes`: for each representation sent, the index of its entity among the entities at the cursor. */
async function send(
  execution: Execution,
  service: GraphQLDataSource,
  fetch: FetchNode,
  cursor: Cursor,
  variables: Data,
  ownerIndexes: readonly number[] | undefined,
): Promise<Data | null | undefined> {
  const { requestContext } = execution;
  const response = await service.process({
    kind: GraphQLDataSourceRequestKind.INCOMING_OPERATION,
    request: { query: fetch.operation, variables, operationName: fetch.operationName },
    incomingRequestContext: requestContext,
    context: requestContext.context,
    document: fetch.operationDocumentNode,
    pathInIncomingRequest: cursor.path,
  });
  if (response.errors) {
    const pathOf = errorPaths(fetch, cursor, ownerIndexes);
    execution.errors.push(
      ...response.errors.map((error) => downstreamError(error as GraphQLError, fetch.serviceName, pathOf)),
    );
    const paths = response.errors.map((error) => ({ subgraph: fetch.serviceName, path: error.path }));
    (requestContext.metrics.nonFtv1ErrorPaths ??= []).push(...paths);
  }
  return response.data as Data | null | undefined;
}

/** The part of an entity its fetch requires (keys and `__typename`); null when a required field is missing. */
function representationOf(
  schema: () => GraphQLSchema,
  source: unknown,
  selections: readonly QueryPlanSelectionNode[],
): Data | null {
  if (source === null) return null;
  const object = source as Data;
  const result: Data = Object.create(null);
  for (const selection of selections) {
    if (selection.kind === 'Field') {
      const name = selection.alias ?? selection.name;
      if (!Object.prototype.hasOwnProperty.call(object, name) || object[name] === undefined) return null;
      const value = object[name];
      const sub = selection.selections;
      if (Array.isArray(value)) result[name] = value.map((v) => (sub ? representationOf(schema, v, sub) : v));
      else result[name] = sub ? representationOf(schema, value, sub) : value;
    } else if (selection.typeCondition && isObjectOfType(schema, object, selection.typeCondition)) {
      deepMerge(result, representationOf(schema, object, selection.selections));
    }
  }
  return result;
}

function isObjectOfType(schema: () => GraphQLSchema, object: Data, condition: string): boolean {
  const typename = object.__typename;
  if (typeof typename !== 'string' || !typename) return false;
  if (typename === condition) return true;
  const type = schema().getType(typename);
  const conditional = schema().getType(condition);
  return !!type && !!conditional && isSubtype(schema(), conditional, type);
}

/** Merges a subgraph's answer into what the plan has so far, as Apollo Gateway's deepMerge does. */
function deepMerge(target: Data, source: Data | null | undefined): Data {
  if (source == null) return target;
  for (const key of Object.keys(source)) {
    const value = source[key];
    if (value === undefined) continue;
    // A key that is also an inherited name (`constructor`, `__proto__`) becomes an own property, never the prototype's.
    ownKey(target, key);
    const existing = target[key];
    if (existing && isPlainObject(value)) deepMerge(existing as Data, value);
    else if (Array.isArray(value) && Array.isArray(existing) && value.length === existing.length) {
      for (let i = 0; i < value.length; i++) {
        if (isPlainObject(existing[i]) && isPlainObject(value[i])) deepMerge(existing[i] as Data, value[i] as Data);
        else existing[i] = value[i];
      }
    } else target[key] = value;
  }
  return target;
}

const isPlainObject = (value: unknown): value is Data =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

function moveInto(cursor: Cursor, path: readonly (string | number)[]): Cursor | undefined {
  const data = flattenAt(cursor.data, path);
  return data ? { path: cursor.path.concat(path as ResponsePath), data, fullResult: cursor.fullResult } : undefined;
}

function flattenAt(value: unknown, path: readonly (string | number)[]): unknown {
  if (path.length === 0 || value == null) return value;
  const [head, ...rest] = path;
  if (head === '@') return (value as unknown[]).flatMap((element) => flattenAt(element, rest));
  if (typeof head !== 'string' || Array.isArray(value))
    throw new Error(`Unexpected path element ${String(head)} in the query plan`);
  const object = value as Data;
  return flattenAt(Object.prototype.hasOwnProperty.call(object, head) ? object[head] : undefined, rest);
}

/**
 * Maps a subgraph error's path onto the client's answer: `_entities.3.x` becomes the path of the entity the fourth
 * representation stood for. Apollo Gateway takes the fourth entity at the cursor instead, which is another one
 * whenever the fetch sent only some of them (one network's of four): every network's error then named networks.0.
 */
function errorPaths(fetch: FetchNode, cursor: Cursor, ownerIndexes: readonly number[] | undefined) {
  let hydrated: ResponsePath[] | undefined;
  return (path: readonly (string | number)[] | undefined): ResponsePath | undefined => {
    if (fetch.requires && typeof path?.[1] === 'number') {
      if (!hydrated) {
        // The paths of the non-null entities at the cursor, in the order of `entities` in executeFetch.
        hydrated = [];
        hydratedPaths([], cursor.path, cursor.fullResult, hydrated);
      }
      const entity = ownerIndexes ? ownerIndexes[path[1]] : path[1];
      return [...((entity !== undefined ? hydrated[entity] : undefined) ?? []), ...path.slice(2)];
    }
    return path ? [...cursor.path, ...path] : undefined;
  };
}

function hydratedPaths(parent: ResponsePath, path: ResponsePath, data: unknown, result: ResponsePath[]): void {
  if (data == null) return;
  const head = path[0];
  if (head === undefined) {
    result.push(parent.slice());
  } else if (head === '@') {
    if (!Array.isArray(data)) throw new Error('expected array when encountering `@`');
    data.forEach((value, i) => {
      parent.push(i);
      hydratedPaths(parent, path.slice(1), value, result);
      parent.pop();
    });
  } else if (typeof head === 'string') {
    if (Array.isArray(data)) {
      data.forEach((value, i) => {
        parent.push(i);
        hydratedPaths(parent, path, value, result);
        parent.pop();
      });
    } else if (Object.prototype.hasOwnProperty.call(data, head)) {
      parent.push(head);
      hydratedPaths(parent, path.slice(1), (data as Data)[head], result);
      parent.pop();
    }
  }
}

/** A subgraph's error as Apollo Gateway reports it: its path in the client's answer, the service, a known code kept. */
function downstreamError(
  original: GraphQLError,
  serviceName: string,
  pathOf: (path: readonly (string | number)[] | undefined) => ResponsePath | undefined,
): GraphQLError {
  const message = original.message || `Error while fetching subquery from service "${serviceName}"`;
  const options = {
    originalError: original,
    path: pathOf(original.path),
    extensions: { ...original.extensions, serviceName },
  };
  const known = errorCodeDef(original);
  if (!known && original.extensions?.code) return new GraphQLError(message, options);
  return (known ?? ERRORS.DOWNSTREAM_SERVICE_ERROR).err(message, options);
}
