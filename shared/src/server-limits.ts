/**
 * What one connection may cost an HTTP server: how long a client may take to send its request, how long an answer
 * may wait for a client that stops reading it, how many headers it may send. (A client that pipelines requests
 * without reading gets no further: Node reads no more requests from a connection while an answer waits on it.)
 * Every server of the project (the gateway, the subgraphs, the development identity provider) is created by
 * createLimitedServer, so a slow client (slowloris, slow reader) is cut off by the same rules everywhere.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { z } from 'zod';

export interface ServerLimits {
  /** Longest a client may take to send a request's headers, from its first byte. */
  headersTimeoutMs: number;
  /** Longest a client may take to send a whole request, body included. */
  requestTimeoutMs: number;
  /** How long a kept-alive connection may wait for its next request. */
  keepAliveTimeoutMs: number;
  /** Once an answer is ready, longest the connection may go with no byte of it taken (a client that does not read). */
  sendTimeoutMs: number;
  /** Most header lines read from one request; the rest are dropped. */
  maxHeadersCount: number;
}

/**
 * The defaults. Keep-alive outlasts a load balancer's usual 60 s idle timeout, so the balancer, not the server,
 * closes an idle connection. The time spent working out an answer is not bounded here (the gateway's planning and
 * subgraph timeouts bound it); only the time a client takes to read it.
 */
export const DEFAULT_SERVER_LIMITS: ServerLimits = Object.freeze({
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 30_000,
  keepAliveTimeoutMs: 65_000,
  sendTimeoutMs: 30_000,
  maxHeadersCount: 100,
});

/** Largest header block in bytes (Node's default, stated here so that no --max-http-header-size raises it). */
const MAX_HEADER_BYTES = 16_384;

/** How often Node checks for requests past their header or request timeout: the cut-off comes at most this late. */
export const checkingIntervalMs = (limits: ServerLimits): number =>
  Math.min(1_000, Math.max(50, Math.floor(Math.min(limits.headersTimeoutMs, limits.requestTimeoutMs) / 4)));

/** An http.Server for `handler` with `limits` applied. */
export function createLimitedServer(
  handler: (req: IncomingMessage, res: ServerResponse) => void,
  limits: ServerLimits = DEFAULT_SERVER_LIMITS,
): Server {
  const server = createServer(
    { maxHeaderSize: MAX_HEADER_BYTES, connectionsCheckingInterval: checkingIntervalMs(limits) },
    (req, res) => {
      sendWithin(res, limits.sendTimeoutMs);
      handler(req, res);
    },
  );
  // Past headersTimeout or requestTimeout Node answers 408 and closes the connection.
  server.headersTimeout = limits.headersTimeoutMs;
  server.requestTimeout = limits.requestTimeoutMs;
  server.keepAliveTimeout = limits.keepAliveTimeoutMs;
  server.maxHeadersCount = limits.maxHeadersCount;
  return server;
}

/**
 * Once `res` is ended with bytes still unsent, its connection times out after `ms` with nothing moving; the server
 * then destroys it (it has no 'timeout' listener of its own), and the unsent answer with it. Node sets the
 * connection's keep-alive timeout in its place once the answer is sent, and clears it at the next request.
 */
function sendWithin(res: ServerResponse, ms: number): void {
  const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
  res.end = ((...args: unknown[]) => {
    const ended = end(...args);
    if (!res.writableFinished) res.socket?.setTimeout(ms);
    return ended;
  }) as ServerResponse['end'];
}

const ms = (fallback: number) => z.coerce.number().int().min(1).max(3_600_000).default(fallback);

/** The environment variables of ServerLimits, for a process's configuration schema. */
export const serverLimitsEnvShape = () => ({
  /** Longest a client may take to send a request's headers. */
  HTTP_HEADERS_TIMEOUT_MS: ms(DEFAULT_SERVER_LIMITS.headersTimeoutMs),
  /** Longest a client may take to send a whole request. */
  HTTP_REQUEST_TIMEOUT_MS: ms(DEFAULT_SERVER_LIMITS.requestTimeoutMs),
  /** How long a kept-alive connection may wait for its next request. */
  HTTP_KEEP_ALIVE_TIMEOUT_MS: ms(DEFAULT_SERVER_LIMITS.keepAliveTimeoutMs),
  /** Once an answer is ready, longest the connection may go with no byte of it taken (a client that does not read). */
  HTTP_SEND_TIMEOUT_MS: ms(DEFAULT_SERVER_LIMITS.sendTimeoutMs),
  /** Most header lines read from one request. */
  HTTP_MAX_HEADERS: z.coerce.number().int().min(10).max(2000).default(DEFAULT_SERVER_LIMITS.maxHeadersCount),
});

/** Refinement: the headers are part of the request, so their timeout cannot be the longer one. */
export function headersWithinRequest(
  env: { HTTP_HEADERS_TIMEOUT_MS?: number; HTTP_REQUEST_TIMEOUT_MS?: number },
  ctx: z.RefinementCtx,
): void {
  if ((env.HTTP_HEADERS_TIMEOUT_MS ?? 0) > (env.HTTP_REQUEST_TIMEOUT_MS ?? Infinity)) {
    ctx.addIssue({
      code: z.ZodIssueCode.custom,
      path: ['HTTP_HEADERS_TIMEOUT_MS'],
      message: `must be at most HTTP_REQUEST_TIMEOUT_MS (${env.HTTP_REQUEST_TIMEOUT_MS} ms): the headers are part of the request`,
    });
  }
}

/** ServerLimits from the variables of serverLimitsEnvShape, once parsed. */
export function serverLimitsConfig(parsed: Record<string, unknown>): ServerLimits {
  return {
    headersTimeoutMs: Number(parsed.HTTP_HEADERS_TIMEOUT_MS),
    requestTimeoutMs: Number(parsed.HTTP_REQUEST_TIMEOUT_MS),
    keepAliveTimeoutMs: Number(parsed.HTTP_KEEP_ALIVE_TIMEOUT_MS),
    sendTimeoutMs: Number(parsed.HTTP_SEND_TIMEOUT_MS),
    maxHeadersCount: Number(parsed.HTTP_MAX_HEADERS),
  };
}
