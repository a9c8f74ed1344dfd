/** Who is signed in, as the console shows it. Display only: the subgraphs decide what anyone may read. */
export interface Account {
  /** The identity provider's subject: who this is, whatever the name shown. */
  subject: string;
  name: string;
  roles: string[];
  network: string | null;
  country: string | null;
}

function jwtPayload(token: string): Record<string, unknown> {
  const part = token.split('.')[1];
  if (!part) return {};
  try {
    const base64 = part
      .replace(/-/g, '+')
      .replace(/_/g, '/')
      .padEnd(Math.ceil(part.length / 4) * 4, '=');
    const json = new TextDecoder().decode(Uint8Array.from(atob(base64), (c) => c.charCodeAt(0)));
    const value: unknown = JSON.parse(json);
    return value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() ? value : null);

/**
 * The name from the ID token's profile, the roles, network and country from the access token
 * (the claims the gateway acts on), falling back to the profile when the access token is opaque.
 */
export function describeAccount(profile: Record<string, unknown>, accessToken: string): Account {
  const claims = { ...profile, ...jwtPayload(accessToken) };
  const roles = Array.isArray(claims.roles) ? claims.roles.filter((r): r is string => typeof r === 'string') : [];
  return {
    subject: text(profile.sub) ?? text(claims.sub) ?? '',
    name: text(profile.name) ?? text(profile.preferred_username) ?? text(claims.sub) ?? '',
    roles,
    network: text(claims.network),
    country: text(claims.country),
  };
}

/**
 * Where to go after signing in: a path on this origin only, so a crafted sign-in state
 * cannot send the person to another site.
 */
export function safeReturnPath(value: unknown): string {
  if (typeof value !== 'string' || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\'))
    return '/';
  if (value.startsWith('/auth/')) return '/';
  return value;
}

/**
 * Tokens live in memory only, so a reload or a new tab starts without them. A tab
 * whose person signed in keeps this flag (no token, no personal data) in its
 * sessionStorage, and a new page asks the identity provider once, without a
 * prompt (`prompt=none`), to sign the same person in again.
 */
export const SIGNED_IN_FLAG = 'jcn.signedIn';

/** Whether a page that loaded without tokens should try that one silent sign-in. */
export function shouldRestoreSession(flag: string | null, path: string): boolean {
  return flag === '1' && !path.startsWith('/auth/');
}

/** Errors of a `prompt=none` request that only mean "the person must sign in again". */
export function isSignInRequired(error: unknown): boolean {
  const code = (error as { error?: unknown } | null)?.error;
  return (
    code === 'login_required' ||
    code === 'interaction_required' ||
    code === 'consent_required' ||
    code === 'account_selection_required'
  );
}
