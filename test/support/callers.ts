/** Callers built by hand, for tests of the access rules that need no token. */
import type { Caller, Role } from '#shared/caller';

/** A caller with these roles, of this network, country and contact point; its subject names its roles and network. */
export const caller = (
  roles: Role[],
  network: string | null,
  country: string | null = null,
  contactPointId: string | null = null,
): Caller => ({
  subject: `${roles.join('+')}@${network}`,
  roles,
  network,
  country,
  contactPointId,
});
