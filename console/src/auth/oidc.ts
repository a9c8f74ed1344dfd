import { InMemoryWebStorage, UserManager, WebStorageStateStore } from 'oidc-client-ts';

/** What the gateway tells the console about its identity provider (GET /console/config.json). */
export interface ConsoleConfig {
  issuer: string;
  clientId: string;
  resource: string;
}

const isConfig = (value: unknown): value is ConsoleConfig => {
  const v = value as Partial<ConsoleConfig> | null;
  return typeof v?.issuer === 'string' && typeof v.clientId === 'string' && typeof v.resource === 'string';
};

/** The deployment's OIDC settings, or null when the gateway offers no sign-in (the console stays anonymous). */
export async function fetchConsoleConfig(): Promise<ConsoleConfig | null> {
  try {
    const response = await fetch('/console/config.json', { headers: { accept: 'application/json' } });
    if (!response.ok) return null;
    const body: unknown = await response.json();
    return isConfig(body) ? body : null;
  } catch {
    return null;
  }
}

export const CALLBACK_PATH = '/auth/callback';

/** Authorization code + PKCE; tokens kept in memory only, renewed with the refresh token. */
export function createUserManager(config: ConsoleConfig, origin = window.location.origin): UserManager {
  return new UserManager({
    authority: config.issuer,
    client_id: config.clientId,
    redirect_uri: `${origin}${CALLBACK_PATH}`,
    post_logout_redirect_uri: `${origin}/`,
    response_type: 'code',
    scope: 'openid profile offline_access',
    // The access token must be for the hub (its audience), not only for the userinfo endpoint.
    extraQueryParams: { resource: config.resource },
    extraTokenParams: { resource: config.resource },
    userStore: new WebStorageStateStore({ store: new InMemoryWebStorage() }),
    automaticSilentRenew: true,
    loadUserInfo: false,
  });
}
