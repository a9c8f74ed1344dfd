/**
 * How the gateway calls a network's subgraph: node:http over a keep-alive
 * agent (a good deal less CPU per call than fetch), with a timeout, and
 * in-flight deduplication: identical queries from the same caller (same body,
 * same Authorization header) that are in flight at the same moment share one
 * call, as Hive Gateway does by default. Each sharer parses its own copy of the
 * body, so no object is shared between client requests.
 *
 * Never shared: mutations, and any response whose reads the subgraph audited
 * (it says so in the AUDITED_HEADER response header); a caller that waited on
 * such a response sends its own request, so every read of contact details or
 * referral content is audited once per client request.
 */
import { Agent, request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import { AUDITED_HEADER } from '#shared/http';

export interface SubgraphResponse {
  status: number;
  headers: IncomingHttpHeaders;
  text: string;
}

export interface SubgraphClientOptions {
  /** Longest wait for a subgraph's whole answer, from the request to its last byte. */
  timeoutMs: number;
  /** Most bytes read of one answer; a longer one is cut off and counts as no answer. */
  maxResponseBytes: number;
  /** Most open connections to this subgraph. */
  maxSockets: number;
  /** Share identical in-flight queries of the same caller. */
  dedupe: boolean;
}

export class SubgraphClient {
  private readonly target: URL;
  private readonly agent: Agent;
  private readonly send: typeof httpRequest;
  private readonly inflight = new Map<string, Promise<SubgraphResponse>>();
  /** Calls made, and client requests answered by another's call. */
  readonly counts = { sent: 0, shared: 0 };

  constructor(
    url: string,
    private readonly options: SubgraphClientOptions,
  ) {
    this.target = new URL(url);
    const https = this.target.protocol === 'https:';
    // Idle sockets are closed after 30 s, before the subgraph's 65 s keep-alive would close them under us.
    const agentOptions = {
      keepAlive: true,
      maxSockets: options.maxSockets,
      maxFreeSockets: options.maxSockets,
      scheduling: 'lifo' as const,
      timeout: 30_000,
    };
    this.agent = https ? new HttpsAgent(agentOptions) : new Agent(agentOptions);
    this.send = https ? (httpsRequest as unknown as typeof httpRequest) : httpRequest;
  }

  /** POSTs a GraphQL request body. `shareKey` (callers' identity + body) makes the call shareable. */
  post(body: string, headers: Record<string, string>, shareKey?: string): Promise<SubgraphResponse> {
    if (!this.options.dedupe || shareKey === undefined) return this.call(body, headers);
    const pending = this.inflight.get(shareKey);
    if (pending) return this.follow(pending, body, headers);
    const call = this.call(body, headers).finally(() => this.inflight.delete(shareKey));
    this.inflight.set(shareKey, call);
    return call;
  }

  private async follow(
    pending: Promise<SubgraphResponse>,
    body: string,
    headers: Record<string, string>,
  ): Promise<SubgraphResponse> {
    const response = await pending;
    if (response.headers[AUDITED_HEADER] !== undefined) return this.call(body, headers);
    this.counts.shared++;
    return response;
  }

  private call(body: string, headers: Record<string, string>): Promise<SubgraphResponse> {
    this.counts.sent++;
    const { timeoutMs, maxResponseBytes } = this.options;
    return new Promise<SubgraphResponse>((resolve, reject) => {
      // One settlement, whatever happens first; listeners below only ever call these, never throw.
      let settled = false;
      const fail = (err: Error) => {
        if (settled) return;
        settled = true;
        clearTimeout(deadline);
        reject(err);
        req.destroy();
      };
      const req = this.send(
        this.target,
        {
          method: 'POST',
          agent: this.agent,
          headers: { ...headers, 'content-length': Buffer.byteLength(body) },
        },
        (res) => {
          const declared = Number(res.headers['content-length']);
          if (declared > maxResponseBytes)
            return fail(new Error(`answer of ${declared} bytes, over the ${maxResponseBytes} read of one answer`));
          const chunks: Buffer[] = [];
          let length = 0;
          res.on('data', (c: Buffer) => {
            length += c.length;
            if (length > maxResponseBytes)
              fail(new Error(`answer over the ${maxResponseBytes} bytes read of one answer`));
            else chunks.push(c);
          });
          res.on('error', fail);
          res.on('aborted', () => fail(new Error('the answer was cut off')));
          res.on('end', () => {
            if (settled) return;
            settled = true;
            clearTimeout(deadline);
            try {
              resolve({
                status: res.statusCode ?? 0,
                headers: res.headers,
                text: Buffer.concat(chunks, length).toString('utf8'),
              });
            } catch (err) {
              reject(err instanceof Error ? err : new Error(String(err)));
            }
          });
        },
      );
      // A deadline for the whole answer: a socket idle timeout would let an answer dripped byte by byte run forever.
      const deadline = setTimeout(() => fail(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
      req.on('error', fail);
      req.end(body);
    });
  }

  /** Closes the pooled connections. */
  close(): void {
    this.agent.destroy();
  }
}

/** Only queries are shared; the gateway's subgraph fetches start with their operation keyword. */
export function isQueryDocument(query: string): boolean {
  return /^\s*(query\b|\{)/.test(query);
}

/** Whether a subgraph answers its health check. */
export async function subgraphHealth(url: string): Promise<'up' | 'down'> {
  try {
    const res = await fetch(new URL('/health', url), { signal: AbortSignal.timeout(1500) });
    return res.ok ? 'up' : 'down';
  } catch {
    return 'down';
  }
}
