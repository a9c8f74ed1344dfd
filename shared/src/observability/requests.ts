/**
 * One line in the request log, one count in the metrics and one server span per
 * GraphQL request, in every process. The line says who (the token's subject,
 * never the token), which request (the id the gateway assigned), which
 * operation, how long and how it ended (ok, or the error codes); never the
 * query, its variables or the answer, which may hold personal data.
 */
import type { IncomingMessage } from 'node:http';
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { Kind } from 'graphql';
import { context, SpanKind, SpanStatusCode, trace, type Span } from '@opentelemetry/api';
import type { Handled, RequestObserver } from '../http';
import type { Logger } from './logger';
import type { Metrics } from './metrics';
import { contextOf, traceIdOf, tracer, tracingEnabled } from './tracing';

/** What Apollo learnt of a request, by its HTTP request (Apollo hands plugins a copy of the context, but this object itself). */
const outcomes = new WeakMap<object, { operation: string | null; codes: string[] }>();

/** Records each request's operation name and error codes for the request log (add it to every Apollo server). */
export const recordOutcome: ApolloServerPlugin<BaseContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ operationName, request, document, response }) {
        const errors = response.body.kind === 'single' ? (response.body.singleResult.errors ?? []) : [];
        const codes = [...new Set(errors.map((e) => String(e.extensions?.code ?? 'INTERNAL_SERVER_ERROR')))];
        // An operation that failed validation was parsed but never resolved: its name is still in the document.
        const named = document?.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION)?.name?.value;
        if (request.http)
          outcomes.set(request.http, { operation: operationName ?? request.operationName ?? named ?? null, codes });
      },
    };
  },
};

export interface RequestObserverOptions<TContext> {
  /** gateway, or the network's key: names the process in its spans. */
  service: string;
  logger: Logger;
  metrics?: Metrics;
  /** The request id and the caller's subject of a built context. */
  describe: (context: TContext) => { requestId: string; subject: string | null };
  /** Whether this request's traceparent header may be the parent of its span (a caller from inside the hub). */
  trustsTraceparent: (req: IncomingMessage) => boolean | Promise<boolean>;
}

const isGraphQL = (url: string | undefined) => url === '/graphql' || url?.startsWith('/graphql?') === true;

/** The wrapper createHttpHandler runs each request in (HttpOptions.observe). */
export function observeRequests<TContext extends BaseContext>(
  options: RequestObserverOptions<TContext>,
): RequestObserver<TContext> {
  return async (req, res, handle) => {
    // Health probes, /metrics and the console's files are not requests anyone needs a line for.
    if (!isGraphQL(req.url)) {
      await handle();
      return;
    }
    const started = performance.now();
    const finish = (handled: Handled<TContext>, span?: Span) => {
      const seconds = (performance.now() - started) / 1000;
      const learnt = handled.graphql ? outcomes.get(handled.graphql) : undefined;
      const codes = learnt?.codes.length
        ? learnt.codes
        : handled.refusal
          ? [handled.refusal]
          : res.statusCode === 401
            ? ['UNAUTHENTICATED']
            : res.statusCode >= 400
              ? [`HTTP_${res.statusCode}`]
              : [];
      const outcome = codes[0] ?? 'ok';
      const who = handled.context ? options.describe(handled.context) : undefined;
      const operation = learnt?.operation?.slice(0, 100) ?? null;
      options.metrics?.request(operation, outcome, seconds);
      const line = {
        requestId: who?.requestId ?? null,
        subject: who?.subject ?? null,
        operation,
        status: res.statusCode,
        outcome,
        ...(codes.length > 1 ? { errors: codes } : {}),
        durationMs: Math.round(seconds * 10_000) / 10,
        traceId: traceIdOf(span),
      };
      if (res.statusCode >= 500 || codes.includes('INTERNAL_SERVER_ERROR')) options.logger.error(line, 'request');
      else options.logger.info(line, 'request');
      if (span) {
        span.setAttributes({
          'graphql.operation.name': operation ?? '',
          'http.response.status_code': res.statusCode,
          'jcn.outcome': outcome,
        });
        if (outcome !== 'ok') span.setStatus({ code: SpanStatusCode.ERROR, message: outcome });
        span.end();
      }
    };
    if (!tracingEnabled()) {
      finish(await handle());
      return;
    }
    const parent =
      req.headers.traceparent && (await options.trustsTraceparent(req)) ? contextOf(req.headers) : contextOf({});
    const span = tracer().startSpan(
      'jcn.request',
      {
        kind: SpanKind.SERVER,
        attributes: { 'jcn.service': options.service, 'http.request.method': req.method ?? '' },
      },
      parent,
    );
    finish(await context.with(trace.setSpan(parent, span), handle), span);
  };
}
