import type { UserManager } from 'oidc-client-ts';

/**
 * The one place Apollo's auth link asks for the bearer token. The token lives in
 * oidc-client-ts's in-memory store only, never in localStorage or sessionStorage.
 */
let manager: UserManager | null = null;

export function setSessionManager(next: UserManager | null): void {
  manager = next;
}

export async function currentAccessToken(): Promise<string | null> {
  const user = await manager?.getUser();
  return user && !user.expired ? user.access_token : null;
}
