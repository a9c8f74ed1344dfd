/**
 * The gateway's data source for the in-process hub. The hub answers from the
 * registry and the country list, which are fixed for the life of the process,
 * and it reads nothing of the caller: the same fetch with the same variables
 * always has the same answer. So its answers are kept, in a bounded map of
 * JSON text (each use parses its own copy; the gateway merges into what it
 * gets), and its documents are parsed and validated once each.
 */
import type { GraphQLDataSource, GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { execute, parse, validate, type DocumentNode, type GraphQLSchema } from 'graphql';

type Response = Awaited<ReturnType<GraphQLDataSource['process']>>;

/** Most answers kept; the oldest goes first. Enough for every hub fetch of every query plan, and node ids beyond. */
export const HUB_CACHE_ENTRIES = 5000;
/** Answers larger than this are not kept. */
const MAX_KEPT_CHARS = 200_000;

export class HubDataSource implements GraphQLDataSource<Record<string, unknown>> {
  private readonly documents = new Map<string, DocumentNode | Response>();
  private readonly answers = new Map<string, string>();
  readonly counts = { executed: 0, kept: 0 };

  constructor(private readonly schema: GraphQLSchema) {}

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
    const result = await execute({ schema: this.schema, document, variableValues: request.variables, operationName: request.operationName, contextValue: {} });
    // Errors (an invalid node id, say) are answered afresh each time; only clean answers are kept.
    if (!result.errors) {
      const text = JSON.stringify(result);
      if (text.length <= MAX_KEPT_CHARS) {
        if (this.answers.size >= HUB_CACHE_ENTRIES) this.answers.delete(this.answers.keys().next().value!);
        this.answers.set(key, text);
      }
    }
    return result as Response;
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
    if (this.documents.size >= HUB_CACHE_ENTRIES) this.documents.delete(this.documents.keys().next().value!);
    this.documents.set(query, document);
    return document;
  }
}
