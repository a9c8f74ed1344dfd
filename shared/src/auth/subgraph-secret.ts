/** The per-subgraph shared secret the gateway sends on every fetch. */
import { timingSafeEqual, createHash } from 'node:crypto';

export const SUBGRAPH_SECRET_HEADER = 'x-jcn-subgraph-secret';

/** Constant-time comparison of a presented secret with the expected one. */
export function secretMatches(presented: string | string[] | undefined, expected: string): boolean {
  if (typeof presented !== 'string' || !presented) return false;
  // Hash both so the comparison does not leak the secret's length.
  const a = createHash('sha256').update(presented).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}
