/**
 * This network's delivery service calling the gateway: a GraphQL operation POSTed with a SERVICE
 * token signed by the network's own key. The token is signed once and reused until shortly before
 * it expires (one signature for many calls), and signed anew when the gateway no longer takes it
 * (a rotated key, a clock apart). The outbox's referral deliveries (referrals/delivery.ts) and
 * `npm run restored` (restored.ts) call through it.
 */
import { decodeJwt } from 'jose';
import { injectTraceContext } from '#shared/observability/tracing';

/** A GraphQL answer as it arrived: nothing in it is trusted yet. */
export interface GraphQLAnswer {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

export interface ServiceAnswer {
  status: number;
  /** The parsed body; {} when it is not JSON. */
  body: GraphQLAnswer;
}

/** A call that never reached the gateway: no token could be signed, or the gateway did not answer. */
export class ServiceCallError extends Error {
  constructor(
    readonly reason: 'token' | 'unreachable',
    /** What went wrong, without the reason's prefix. */
    readonly detail: string,
  ) {
    super(`${reason === 'token' ? 'no service token' : 'unreachable'}: ${detail}`);
  }
}

export interface ServiceClientOptions {
  /** The gateway's GraphQL URL. */
  gatewayUrl: string;
  /** Signs a SERVICE token for this network. */
  serviceToken: () => Promise<string>;
}

/** A cached token is renewed this long before it expires. */
const TOKEN_RENEW_BEFORE_MS = 60_000;

export class ServiceClient {
  private token: { value: Promise<string>; renewAt: number } | undefined;

  constructor(private readonly options: ServiceClientOptions) {}

  get gatewayUrl(): string {
    return this.options.gatewayUrl;
  }

  /**
   * POSTs `query` with `variables` (and the current trace context), cut off after `timeoutMs`.
   * Any answer comes back, whatever its status; a call that got none throws ServiceCallError.
   */
  async call(query: string, variables: Record<string, unknown>, timeoutMs: number): Promise<ServiceAnswer> {
    let token: string;
    try {
      token = await this.serviceToken();
    } catch (err) {
      throw new ServiceCallError('token', (err as Error).message);
    }
    const headers: Record<string, string> = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
    injectTraceContext(headers);
    let res: Response;
    try {
      res = await fetch(this.options.gatewayUrl, {
        method: 'POST',
        headers,
        body: JSON.stringify({ query, variables }),
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (err) {
      throw new ServiceCallError('unreachable', (err as Error).message);
    }
    const body = (await res.json().catch(() => ({}))) as GraphQLAnswer;
    // The gateway no longer takes this token (rotated key, clock skew): sign a new one next time.
    if (res.status === 401 || body.errors?.[0]?.extensions?.code === 'UNAUTHENTICATED') this.token = undefined;
    return { status: res.status, body };
  }

  /**
   * The SERVICE token, signed once and reused until shortly before its expiry.
   * The promise is cached, so calls made at once wait for one signature.
   */
  private serviceToken(): Promise<string> {
    if (this.token && Date.now() < this.token.renewAt) return this.token.value;
    const entry = { value: this.options.serviceToken(), renewAt: Infinity };
    this.token = entry;
    entry.value.then(
      (token) => {
        let exp: number | undefined;
        try {
          exp = decodeJwt(token).exp;
        } catch {
          exp = undefined;
        }
        // A token without a readable exp is not reused: bounding it is the signer's business.
        entry.renewAt =
          exp === undefined ? 0 : exp * 1000 - Math.min(TOKEN_RENEW_BEFORE_MS, (exp * 1000 - Date.now()) / 2);
      },
      () => {
        if (this.token === entry) this.token = undefined;
      },
    );
    return entry.value;
  }
}
