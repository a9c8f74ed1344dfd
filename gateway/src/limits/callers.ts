/**
 * Per-caller limits at the gateway: at most `inFlight` requests at once and `perMinute` requests a minute for each
 * caller, a caller being the token's subject or, for anonymous requests, the client's address. A network's
 * delivery service (a SERVICE token, subject `service:<network>`) has limits of its own, higher, so that a burst of
 * referrals between networks is never refused because people are busy. The counts live in this process: with
 * GATEWAY_WORKERS > 1 each worker counts its own.
 */
import type { IncomingMessage } from 'node:http';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import type { Caller } from '#shared/caller';
import type { Refusal } from '#shared/http';

export interface CallerLimit {
  /** Most requests of one caller being answered at once. */
  inFlight: number;
  /** Most requests of one caller in a minute. */
  perMinute: number;
}

export interface CallerLimits {
  /** A person (token subject) or an anonymous address. */
  caller: CallerLimit;
  /** A network's delivery service. */
  service: CallerLimit;
  /**
   * Reverse proxies in front of the gateway that append the client's address to X-Forwarded-For: the anonymous
   * caller is the address that many entries from the right. 0: the TCP peer, and X-Forwarded-For is ignored.
   */
  trustedProxyHops: number;
}

/** Which limit refused a request, and whom it was counted against. */
export type LimitName = 'in_flight' | 'per_minute';
export type CallerKind = 'subject' | 'address' | 'service';

/** Counts one refusal (metrics.ts). */
export type CountRefusal = (limit: LimitName, kind: CallerKind) => void;

/** The address an anonymous request is counted against. */
export function clientAddress(req: IncomingMessage, trustedProxyHops: number): string {
  const peer = req.socket.remoteAddress ?? 'unknown';
  if (trustedProxyHops === 0) return peer;
  const header = req.headers['x-forwarded-for'];
  const forwarded = (Array.isArray(header) ? header.join(',') : (header ?? ''))
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  // Entries left of the ones our proxies appended are the client's to write: only the proxies' own are believed.
  return forwarded[forwarded.length - trustedProxyHops] ?? peer;
}

/** Requests in flight per key; a key whose count falls to zero is removed, so the map holds only callers being answered. */
class InFlight {
  private readonly counts = new Map<string, number>();

  /** Counts one more for `key` unless it already has `max`. */
  tryTake(key: string, max: number): boolean {
    const now = this.counts.get(key) ?? 0;
    if (now >= max) return false;
    this.counts.set(key, now + 1);
    return true;
  }

  give(key: string): void {
    const now = this.counts.get(key) ?? 0;
    if (now <= 1) this.counts.delete(key);
    else this.counts.set(key, now - 1);
  }

  /** Keys with a request in flight. */
  get size(): number {
    return this.counts.size;
  }
}

export class CallerThrottle {
  private readonly inFlight = new InFlight();
  private readonly perMinute: Record<'caller' | 'service', RateLimiterMemory>;

  constructor(
    private readonly limits: CallerLimits,
    private readonly countRefusal: CountRefusal = () => undefined,
  ) {
    this.perMinute = {
      caller: new RateLimiterMemory({ points: limits.caller.perMinute, duration: 60, keyPrefix: 'caller' }),
      service: new RateLimiterMemory({ points: limits.service.perMinute, duration: 60, keyPrefix: 'service' }),
    };
  }

  /** Callers with a request in flight (the in-flight table's size, for tests and metrics). */
  get callersInFlight(): number {
    return this.inFlight.size;
  }

  /** Admits one request of `caller` (from `req`): a refusal, or the release to call when it is answered. */
  async admit(req: IncomingMessage, caller: Caller): Promise<{ refusal: Refusal } | { release: () => void }> {
    const service = caller.roles.includes('SERVICE') && caller.subject !== null;
    const kind: CallerKind = service ? 'service' : caller.subject !== null ? 'subject' : 'address';
    const key =
      caller.subject !== null ? `s:${caller.subject}` : `a:${clientAddress(req, this.limits.trustedProxyHops)}`;
    const limit = service ? this.limits.service : this.limits.caller;
    if (!this.inFlight.tryTake(key, limit.inFlight)) {
      this.countRefusal('in_flight', kind);
      return {
        refusal: {
          status: 429,
          code: 'RATE_LIMITED',
          message: `Too many requests at once: at most ${limit.inFlight} may be answered together for one caller. Wait for an answer before sending more.`,
          retryAfterSeconds: 1,
        },
      };
    }
    try {
      await this.perMinute[service ? 'service' : 'caller'].consume(key);
    } catch (err) {
      this.inFlight.give(key);
      if (!(err instanceof RateLimiterRes)) throw err;
      this.countRefusal('per_minute', kind);
      return {
        refusal: {
          status: 429,
          code: 'RATE_LIMITED',
          message: `Too many requests: at most ${limit.perMinute} a minute for one caller. Try again after the time in the Retry-After header.`,
          retryAfterSeconds: Math.max(1, Math.ceil(err.msBeforeNext / 1000)),
        },
      };
    }
    let released = false;
    return {
      release: () => {
        if (released) return;
        released = true;
        this.inFlight.give(key);
      },
    };
  }
}
