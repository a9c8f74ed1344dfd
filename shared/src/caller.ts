/**
 * Who is asking: the claims the gateway verified (shared/src/auth/), or
 * ANONYMOUS without a token. Every subgraph resolver sees the caller, and
 * the access rules (subgraphs/src/access/) decide from it.
 */
export const ROLES = ['CONTACT_POINT', 'SECRETARIAT', 'ANALYST', 'HUB_ADMIN', 'SERVICE'] as const;
export type Role = (typeof ROLES)[number];

export interface Caller {
  /** Token subject; null for an anonymous caller. */
  subject: string | null;
  roles: readonly Role[];
  /** Key of the caller's network, e.g. seajust. */
  network: string | null;
  /** Alpha-3 code of the caller's country. */
  country: string | null;
  /** Global id of the caller's own contact point entry. */
  contactPointId: string | null;
}

export const ANONYMOUS: Caller = Object.freeze({
  subject: null,
  roles: [],
  network: null,
  country: null,
  contactPointId: null,
});
