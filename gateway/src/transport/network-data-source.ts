/**
 * The call to a network's subgraph: what a request carries to it (the context),
 * and the data source Apollo Gateway and the gateway's own executor (execution/)
 * both call, one instance per network.
 */
import type { BaseContext } from '@apollo/server';
import type { GraphQLDataSource, GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { GraphQLError } from 'graphql';
import { SUBGRAPH_SECRET_HEADER } from '#shared/auth/subgraph-secret';
import type { TokenExchange } from '#shared/auth/exchange';
import type { Caller } from '#shared/caller';
import { injectTraceContext } from '#shared/observability/tracing';
import type { NetworkDefinition } from '#shared/registry';
import { AnswerRefused, type AnswerChecker } from './answer-check';
import { isQueryDocument, type SubgraphClient } from './subgraph-client';

export interface GatewayContext extends BaseContext {
  requestId: string;
  /** The caller, verified by the gateway; each network gets the claims in a token signed for it alone, never the client's token. */
  caller?: Caller;
}

/** How a call to a subgraph ended: answered, answered with errors, or not answered (NETWORK_UNAVAILABLE). */
export type SubgraphCallOutcome = 'ok' | 'errors' | 'unavailable';

/** Counts one call to a network's subgraph (metrics.ts). */
export type SubgraphCalls = (network: string, outcome: SubgraphCallOutcome, seconds: number) => void;

type GatewayGraphQLResponse = Awaited<ReturnType<GraphQLDataSource['process']>>;

/**
 * A network's data source: its subgraph over HTTP, with the secret, a token signed for that network and the request id.
 * Its answer is checked and rebuilt (answer-check.ts) before either executor sees it; errors carry the network code.
 */
export class NetworkDataSource implements GraphQLDataSource<GatewayContext> {
  constructor(
    private readonly network: NetworkDefinition,
    private readonly client: SubgraphClient,
    private readonly secret: string,
    private readonly exchange: TokenExchange,
    /** The checker of the current supergraph; none before the first one is loaded. */
    private readonly checker: () => AnswerChecker | undefined,
    private readonly log: (message: string) => void,
    private readonly calls?: SubgraphCalls,
  ) {}

  async process({
    request,
    context,
  }: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<GatewayGraphQLResponse> {
    if (!request.query) throw new Error('Missing query');
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      [SUBGRAPH_SECRET_HEADER]: this.secret,
    };
    // Health checks have no client request; everything else forwards its id and the caller's claims.
    if (context?.requestId) headers['x-request-id'] = context.requestId;
    const token = context?.caller ? this.exchange(context.caller, this.network.key) : undefined;
    if (token) headers.authorization = `Bearer ${token}`;
    // Apollo Gateway's gateway.fetch span is the active one here: the subgraph's span becomes its child.
    injectTraceContext(headers);
    const body = JSON.stringify({
      query: request.query,
      variables: request.variables,
      operationName: request.operationName,
    });
    // The subgraph's answer depends on the query, its variables and the caller; nothing else.
    const shareKey = isQueryDocument(request.query) ? `${token ?? ''}\n${body}` : undefined;
    let parsed: GatewayGraphQLResponse;
    const started = performance.now();
    const seconds = () => (performance.now() - started) / 1000;
    try {
      const response = await this.client.post(body, headers, shareKey);
      // A 400 with GraphQL errors is the subgraph refusing the caller's input (a DateTime it cannot parse, say):
      // the caller gets those errors. Anything else that is not 2xx means the network did not answer.
      const refusedInput = response.status === 400;
      if ((response.status < 200 || response.status > 299) && !refusedInput)
        throw new Error(`HTTP ${response.status}: ${response.text.slice(0, 300)}`);
      const checker = this.checker();
      if (!checker) throw new Error('no supergraph loaded yet');
      // Only what the request selected, each value of its type, errors from an allow-list; else AnswerRefused.
      parsed = checker.check(
        this.network,
        request.query,
        request.variables,
        JSON.parse(response.text),
      ) as GatewayGraphQLResponse;
      if (refusedInput && !parsed.errors?.length)
        throw new Error(`HTTP 400 without errors: ${response.text.slice(0, 300)}`);
    } catch (err) {
      this.calls?.(this.network.key, 'unavailable', seconds());
      const refused = err instanceof AnswerRefused;
      if (refused) this.log(`the ${this.network.name} subgraph's answer was refused: ${err.message}`);
      const message = refused
        ? `The ${this.network.name} network gave an answer the hub cannot use; its part of the result is missing.`
        : `The ${this.network.name} network did not answer; its part of the result is missing. Try again later.`;
      throw new GraphQLError(message, {
        extensions: { code: 'NETWORK_UNAVAILABLE', network: this.network.code },
        originalError: err instanceof Error ? err : undefined,
      });
    }
    this.calls?.(this.network.key, parsed.errors?.length ? 'errors' : 'ok', seconds());
    return parsed;
  }
}
