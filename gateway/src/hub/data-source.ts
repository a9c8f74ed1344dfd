/**
 * The gateway's data source for the in-process hub. The hub answers from the
 * registry and the country list, which are fixed for the life of the process,
 * and it reads nothing of the caller: the same fetch with the same variables
 * always has the same answer. So its answers are kept as JSON text (each use
 * parses its own copy; the gateway merges into what it gets), and its
 * documents are parsed and validated once each. Any caller chooses the texts
 * (a new alias is a new fetch), so both caches are bounded by bytes, the least
 * recently used going first.
 */
import type { GraphQLDataSource, GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { execute, parse, validate, type DocumentNode, type GraphQLSchema } from 'graphql';
import { LRUCache } from 'lru-cache';
import { documentBytes, textBytes } from '#shared/heap-size';

type Response = Awaited<ReturnType<GraphQLDataSource['process']>>;

/** Most bytes of answers kept (key and JSON text): every hub fetch of the usual query plans, and node ids beyond. */
export const HUB_ANSWER_BYTES = 32 * 1024 * 1024;
/** Most bytes of parsed documents kept (text and syntax tree, estimated). */
export const HUB_DOCUMENT_BYTES = 16 * 1024 * 1024;
/** Answers (or documents) larger than this are not kept. */
const MAX_KEPT_BYTES = 512 * 1024;
/** What a refused document's errors are counted as, beside its text. */
const ERRORS_BYTES = 4096;

/** The caches' bounds in bytes (tests use small ones). */
export interface HubCacheBounds {
  answers: number;
  documents: number;
}

export class HubDataSource implements GraphQLDataSource<Record<string, unknown>> {
  private readonly documents: LRUCache<string, DocumentNode | Response>;
  private readonly answers: LRUCache<string, string>;
  readonly counts = { executed: 0, kept: 0 };

  constructor(
    private readonly schema: GraphQLSchema,
    bounds: HubCacheBounds = { answers: HUB_ANSWER_BYTES, documents: HUB_DOCUMENT_BYTES },
  ) {
    this.documents = new LRUCache({
      maxSize: bounds.documents,
      maxEntrySize: Math.min(MAX_KEPT_BYTES, bounds.documents),
      sizeCalculation: (document, query) =>
        textBytes(query) + ('kind' in document ? documentBytes(document) : ERRORS_BYTES),
    });
    this.answers = new LRUCache({
      maxSize: bounds.answers,
      maxEntrySize: Math.min(MAX_KEPT_BYTES, bounds.answers),
      sizeCalculation: (text, key) => textBytes(key) + textBytes(text),
    });
  }

  async process({ request }: GraphQLDataSourceProcessOptions<Record<string, unknown>>): Promise<Response> {
    const query = request.query ?? '';
    const key = `${request.operationName ?? ''}\n${query}\n${JSON.stringify(request.variables ?? {})}`;
    const kept = this.answers.get(key);
    if (kept !== undefined) {
      this.counts.kept++;
      return JSON.parse(kept) as Response;
    }
    const document = this.document(query);
    if (!('kind' in document)) return document;
    this.counts.executed++;
    const result = await execute({
      schema: this.schema,
      document,
      variableValues: request.variables,
      operationName: request.operationName,
      contextValue: {},
    });
    // Errors (an invalid node id, say) are answered afresh each time; only clean answers are kept.
    // One larger than MAX_KEPT_BYTES is not kept.
    if (!result.errors) this.answers.set(key, JSON.stringify(result));
    return result as Response;
  }

  /** Bytes the answers and the documents kept take, as counted against their bounds. */
  keptBytes(): { answers: number; documents: number } {
    return { answers: this.answers.calculatedSize, documents: this.documents.calculatedSize };
  }

  /** The parsed and validated document, or the errors that refused it. */
  private document(query: string): DocumentNode | Response {
    let document = this.documents.get(query);
    if (document) return document;
    try {
      const parsed = parse(query);
      const errors = validate(this.schema, parsed);
      document = errors.length ? ({ errors } as Response) : parsed;
    } catch (err) {
      document = { errors: [err] } as Response;
    }
    this.documents.set(query, document);
    return document;
  }
}
