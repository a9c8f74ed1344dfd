/**
 * Which GraphQL requests the gateway starts to answer: none while it is saturated (shedding.ts: 503 OVERLOADED),
 * and none of a caller past its limits (callers.ts: 429 RATE_LIMITED). Shedding is decided first: it costs no token
 * verification. Both answer at once, before the request's body is read, with Retry-After.
 */
import type { IncomingMessage } from 'node:http';
import { ANONYMOUS, type Caller } from '#shared/caller';
import type { Throttled } from '#shared/http';
import type { CallerThrottle } from './callers';
import type { LoadShedder } from './shedding';

/**
 * The throttle of createHttpHandler. `callerOf` is the request's verified caller; a request whose token fails is
 * counted against its address, and refused later as unauthenticated.
 */
export function gatewayAdmission(
  shedder: LoadShedder,
  callers: CallerThrottle,
  callerOf: (req: IncomingMessage) => Promise<Caller>,
): (req: IncomingMessage) => Promise<Throttled> {
  return async (req) => {
    const shed = shedder.admit();
    if ('refusal' in shed) return shed;
    const caller = await callerOf(req).catch(() => ANONYMOUS);
    const limited = await callers.admit(req, caller);
    if ('refusal' in limited) {
      shed.release();
      return limited;
    }
    return {
      release: () => {
        limited.release();
        shed.release();
      },
    };
  };
}

/** `verify` once per request: the admission and the request's context share the answer. */
export function callerOncePerRequest(
  verify: (authorization: string | undefined) => Promise<Caller>,
): (req: IncomingMessage) => Promise<Caller> {
  const verified = new WeakMap<IncomingMessage, Promise<Caller>>();
  return (req) => {
    let caller = verified.get(req);
    if (!caller) {
      caller = verify(req.headers.authorization);
      verified.set(req, caller);
    }
    return caller;
  };
}
