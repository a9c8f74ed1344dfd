/**
 * A small node:http front for Apollo Server, shared by the gateway and the
 * subgraphs: body size cap, JSON parsing with a clear error, health (/health) and liveness (/live) routes,
 * admission of GraphQL requests (throttle), and the connection limits of server-limits.ts.
 */
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { HeaderMap, type ApolloServer, type BaseContext, type HTTPGraphQLRequest } from '@apollo/server';
import { createLimitedServer, DEFAULT_SERVER_LIMITS, type ServerLimits } from './server-limits';

/** Set by a subgraph on a response whose reads it wrote to its audit log (the value: how many entries). */
export const AUDITED_HEADER = 'x-jcn-audited';

export interface HealthReport {
  ok: boolean;
  [detail: string]: unknown;
}

export interface HttpOptions<TContext extends BaseContext> {
  apollo: ApolloServer<TContext>;
  /** Builds the per-request context; may throw a GraphQLError to refuse the request. */
  context: (req: IncomingMessage) => Promise<TContext>;
  health: () => Promise<HealthReport>;
  /** Largest accepted request body in bytes. */
  maxBodyBytes: number;
  /** Largest answer sent, in bytes; a larger one is replaced by a RESPONSE_TOO_LARGE error (HTTP 400). */
  maxResponseBytes?: number;
  /** Answers what is not a GraphQL request (the gateway's console); returns false to leave the request to GraphQL. */
  pages?: (req: IncomingMessage, res: ServerResponse, url: URL) => Promise<boolean>;
  /** Refuses a GraphQL request before it is read, e.g. without the subgraph secret. */
  admit?: (req: IncomingMessage) => { status: number; code: string; message: string } | null;
  /**
   * Admits a GraphQL request before its body is read (the gateway's load shedding and per-caller limits): a refusal,
   * or a release called once the request is answered.
   */
  throttle?: (req: IncomingMessage) => Promise<Throttled>;
  /** Serves /metrics; without it /metrics is not found. */
  metrics?: (req: IncomingMessage, res: ServerResponse) => Promise<void>;
  /** Wraps the handling of each request: the request log, metrics and trace context (observability/requests.ts). */
  observe?: RequestObserver<TContext>;
}

/** What the handling of one request learnt: the context it built, the request Apollo ran, or the code it refused the request with. */
export interface Handled<TContext> {
  context?: TContext;
  /** Apollo's request (its plugins see it as request.http: the key to what they learnt). */
  graphql?: HTTPGraphQLRequest;
  refusal?: string;
}

export type RequestObserver<TContext> = (
  req: IncomingMessage,
  res: ServerResponse,
  handle: () => Promise<Handled<TContext>>,
) => Promise<void>;

/** A request refused for now: the client may try again after `retryAfterSeconds` (the Retry-After header). */
export interface Refusal {
  status: number;
  code: string;
  message: string;
  retryAfterSeconds: number;
}

/** What a throttle decides: refused, or admitted with what to call once the request is answered. */
export type Throttled = { refusal: Refusal } | { release: () => void };

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
  }
}

function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const bytes = Buffer.from(JSON.stringify(body));
  res.writeHead(status, {
    ...headers,
    'content-type': 'application/json; charset=utf-8',
    'content-length': bytes.length,
  });
  res.end(bytes);
}

async function readBody(req: IncomingMessage, maxBytes: number): Promise<string> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > maxBytes) throw new HttpError(413, 'PAYLOAD_TOO_LARGE', `Request body exceeds ${maxBytes} bytes.`);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) throw new HttpError(413, 'PAYLOAD_TOO_LARGE', `Request body exceeds ${maxBytes} bytes.`);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

async function parseBody(req: IncomingMessage, maxBytes: number): Promise<unknown> {
  if (req.method !== 'POST') return undefined;
  const raw = await readBody(req, maxBytes);
  const type = req.headers['content-type'] ?? '';
  if (!type.includes('json')) return raw;
  try {
    return raw ? JSON.parse(raw) : undefined;
  } catch {
    throw new HttpError(400, 'BAD_REQUEST', 'The request body is not valid JSON.');
  }
}

export function createHttpHandler<TContext extends BaseContext>(options: HttpOptions<TContext>) {
  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<Handled<TContext>> => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const handled: Handled<TContext> = {};
    let release: (() => void) | undefined;
    try {
      // Liveness: the process answers. No dependency is asked, so an orchestrator does not restart
      // every replica while the database is away (readiness, /health, takes them out of service).
      if (url.pathname === '/live') {
        sendJson(res, 200, { ok: true });
        return handled;
      }
      if (url.pathname === '/health') {
        const report = await options.health();
        sendJson(res, report.ok ? 200 : 503, report);
        return handled;
      }
      if (url.pathname === '/metrics' && options.metrics) {
        await options.metrics(req, res);
        return handled;
      }
      if (options.pages && (await options.pages(req, res, url))) return handled;
      if (url.pathname !== '/graphql') {
        sendJson(res, 404, {
          errors: [{ message: 'Not found: GraphQL is served at /graphql.', extensions: { code: 'NOT_FOUND' } }],
        });
        return handled;
      }
      const refusal = options.admit?.(req);
      if (refusal) throw new HttpError(refusal.status, refusal.code, refusal.message);
      const throttled = await options.throttle?.(req);
      if (throttled && 'refusal' in throttled) {
        const { status, code, message, retryAfterSeconds } = throttled.refusal;
        throw new HttpError(status, code, message, retryAfterSeconds);
      }
      release = throttled?.release;
      const body = await parseBody(req, options.maxBodyBytes);
      const headers = new HeaderMap();
      for (const [key, value] of Object.entries(req.headers)) {
        if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
      }
      handled.graphql = { method: req.method ?? 'GET', headers, search: url.search, body };
      const result = await options.apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: handled.graphql,
        context: async () => (handled.context = await options.context(req)),
      });
      // The answer is encoded once: its size is checked, sent as content-length, and the same bytes are written.
      const bytes = result.body.kind === 'complete' ? Buffer.from(result.body.string) : null;
      if (bytes && options.maxResponseBytes !== undefined && bytes.length > options.maxResponseBytes) {
        throw new HttpError(
          400,
          'RESPONSE_TOO_LARGE',
          `The answer exceeds ${options.maxResponseBytes} bytes. Ask for smaller pages (first) or fewer fields.`,
        );
      }
      for (const [key, value] of result.headers) res.setHeader(key, value);
      // Answers depend on who asks and may hold personal data: no shared cache keeps them.
      if (!result.headers.has('cache-control')) res.setHeader('cache-control', 'no-store');
      res.statusCode = result.status ?? 200;
      if (bytes) {
        res.setHeader('content-length', bytes.length);
        res.end(bytes);
      } else if (result.body.kind === 'chunked') {
        for await (const chunk of result.body.asyncIterator) res.write(chunk);
        res.end();
      }
    } catch (err) {
      handled.refusal = err instanceof HttpError ? err.code : 'INTERNAL_SERVER_ERROR';
      if (err instanceof HttpError) {
        const retryAfter: Record<string, string> =
          err.retryAfterSeconds === undefined ? {} : { 'retry-after': String(err.retryAfterSeconds) };
        sendJson(res, err.status, { errors: [{ message: err.message, extensions: { code: err.code } }] }, retryAfter);
      } else {
        sendJson(res, 500, {
          errors: [{ message: 'Internal server error.', extensions: { code: 'INTERNAL_SERVER_ERROR' } }],
        });
      }
    } finally {
      release?.();
    }
    return handled;
  };
  const observe = options.observe;
  return observe
    ? (req: IncomingMessage, res: ServerResponse) => observe(req, res, () => handle(req, res))
    : (req: IncomingMessage, res: ServerResponse) => handle(req, res).then(() => undefined);
}

export interface Listening {
  server: Server;
  url: string;
  port: number;
  close: () => Promise<void>;
}

/** Starts Apollo, then listens; closing stops both. */
export async function startAndListen<TContext extends BaseContext>(
  apollo: ApolloServer<TContext>,
  handler: (req: IncomingMessage, res: ServerResponse) => void,
  port: number,
  host: string,
  limits: ServerLimits = DEFAULT_SERVER_LIMITS,
): Promise<Listening> {
  await apollo.start();
  const listening = await listen(handler, port, host, limits);
  return {
    ...listening,
    close: async () => {
      await listening.close();
      await apollo.stop();
    },
  };
}

/** Listens on host:port (port 0 picks a free one), with `limits` on every connection, and returns the GraphQL URL. */
export async function listen(
  handler: (req: IncomingMessage, res: ServerResponse) => void,
  port: number,
  host: string,
  limits: ServerLimits = DEFAULT_SERVER_LIMITS,
): Promise<Listening> {
  const server = createLimitedServer(handler, limits);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const actual = (server.address() as AddressInfo).port;
  const shownHost = host === '0.0.0.0' || host === '::' ? 'localhost' : host;
  return {
    server,
    port: actual,
    url: `http://${shownHost}:${actual}/graphql`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
