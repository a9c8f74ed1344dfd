/**
 * Compiled execution of the queries a subgraph answers often. graphql-js walks the
 * operation for every field of every row and builds each result object as a dictionary;
 * graphql-jit compiles an operation once into a function that does only that operation's
 * work. On the benchmark's directory answer (50 contact points) execution and
 * serialisation took about a third of the time graphql-js took.
 *
 * What is compiled, and what is left to graphql-js (which answers exactly as before):
 * - a document is compiled the second time it is executed, so a query sent once never pays
 *   for a compile, and documents are kept up to COMPILED_BYTES (least recently used first out:
 *   the texts come from callers, through the gateway, so the bound is on their weight);
 * - only queries: mutations keep graphql-js's execution, as do operations with any directive
 *   (@skip, @include: graphql-jit's handling of them in fragment spreads is marked experimental);
 * - variables are coerced by graphql-js first: when they are refused, graphql-js executes,
 *   so the error a caller sees (and its BAD_USER_INPUT code) is graphql-js's own.
 * Operation names and aliases reach the generated code only as GraphQL names (letters,
 * digits and underscores, checked by the parser); argument values and variables are data.
 *
 * SUBGRAPH_EXECUTION=graphql-js switches compiling off.
 */
import type { GatewayExecutor, GatewayInterface } from '@apollo/server-gateway-interface';
import { execute, getOperationAST, visit, BREAK, type DocumentNode, type GraphQLSchema } from 'graphql';
import { getVariableValues } from 'graphql/execution/values';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import { LRUCache } from 'lru-cache';
import { documentBytes } from '#shared/heap-size';

export const COMPILED_EXECUTION = process.env.SUBGRAPH_EXECUTION !== 'graphql-js';

/** Most bytes of documents kept, with their compiled operations (estimated). */
export const COMPILED_BYTES = 32 * 1024 * 1024;
/**
 * A compiled operation's heap, in multiples of its document's: graphql-jit's code for a query
 * of 30 aliased lists of countries took 694 kB, against 157 kB counted for the document.
 */
const COMPILED_WEIGHT = 5;
/** Executions of a document before it is compiled (the first runs in graphql-js). */
export const COMPILE_ON = 2;

/** A document's state: how often it ran, and its compiled operations by name ('' for the only one). */
interface Entry {
  runs: number;
  compiled: Map<string, CompiledQuery | null>;
}

/** Counters for tests and metrics: compiles made, executions each way, and the bytes kept (as counted against COMPILED_BYTES). */
export interface CompiledExecutionCounts {
  compiled: number;
  runsCompiled: number;
  runsGraphqlJs: number;
  keptBytes: number;
}

/** Whether the document holds a directive anywhere (then graphql-js executes it). */
function hasDirective(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    Directive() {
      found = true;
      return BREAK;
    },
  });
  return found;
}

/**
 * An Apollo Server gateway that is only an executor: the schema is the subgraph's own, and
 * each operation runs compiled when it is hot, or in graphql-js otherwise.
 */
export function compiledExecution(schema: GraphQLSchema): {
  gateway: GatewayInterface;
  counts: CompiledExecutionCounts;
} {
  const counts: CompiledExecutionCounts = { compiled: 0, runsCompiled: 0, runsGraphqlJs: 0, keptBytes: 0 };
  // Apollo Server hands the same DocumentNode for the same query text while its document store keeps it.
  const entries = new LRUCache<DocumentNode, Entry>({
    maxSize: COMPILED_BYTES,
    // Counted again each time a compile is added (entries.set below).
    sizeCalculation: (entry, document) => {
      const compiled = [...entry.compiled.values()].filter((c) => c !== null).length;
      return documentBytes(document) * (1 + COMPILED_WEIGHT * compiled);
    },
  });

  const entryOf = (document: DocumentNode): Entry => {
    let entry = entries.get(document);
    if (!entry) {
      entry = { runs: 0, compiled: new Map() };
      entries.set(document, entry);
      counts.keptBytes = entries.calculatedSize;
    }
    return entry;
  };

  const compiledFor = (document: DocumentNode, operationName: string | null): CompiledQuery | null => {
    const entry = entryOf(document);
    const key = operationName ?? '';
    if (entry.compiled.has(key)) return entry.compiled.get(key)!;
    entry.runs += 1;
    if (entry.runs < COMPILE_ON) return null;
    const operation = getOperationAST(document, operationName);
    let compiled: CompiledQuery | null = null;
    if (operation?.operation === 'query' && !hasDirective(document)) {
      const result = compileQuery(schema, document, operationName ?? undefined, {
        disablingCapturingStackErrors: true,
      });
      if (isCompiledQuery(result)) {
        compiled = result;
        counts.compiled += 1;
      }
    }
    entry.compiled.set(key, compiled);
    entries.set(document, entry);
    counts.keptBytes = entries.calculatedSize;
    return compiled;
  };

  const executor: GatewayExecutor = async (rc) => {
    const compiled = COMPILED_EXECUTION ? compiledFor(rc.document, rc.operationName) : null;
    const variables = rc.request.variables ?? {};
    if (compiled) {
      const definitions = rc.operation.variableDefinitions ?? [];
      const coerced = definitions.length
        ? getVariableValues(schema, definitions, variables, { maxErrors: 1 })
        : { coerced: {} };
      if (!('errors' in coerced && coerced.errors)) {
        counts.runsCompiled += 1;
        return compiled.query(undefined, rc.context, variables);
      }
    }
    counts.runsGraphqlJs += 1;
    return execute({
      schema,
      document: rc.document,
      contextValue: rc.context,
      variableValues: variables,
      operationName: rc.operationName,
    });
  };

  const gateway: GatewayInterface = {
    load: async () => ({ executor }),
    onSchemaLoadOrUpdate: (callback) => {
      callback({ apiSchema: schema, coreSupergraphSdl: '' });
      return () => undefined;
    },
    stop: async () => undefined,
  };
  return { gateway, counts };
}
