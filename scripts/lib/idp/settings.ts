/**
 * DEVELOPMENT ONLY. The development identity provider's fixed settings, apart from
 * provider.ts so that tests and the launcher can read them without loading
 * `oidc-provider` (an ES module jest does not load).
 */

/** The console's client id. */
export const CONSOLE_CLIENT_ID = 'jcn-console';

/**
 * The hub's resource indicator. RFC 8707 wants an absolute URI here, which the audience
 * `jcn-hub` is not, so the resource has its own name and its tokens carry the audience.
 */
export const DEV_RESOURCE = 'urn:jcn-hub';

/** Lifetime of an access token: 10 minutes; the console renews it with its refresh token. */
export const ACCESS_TOKEN_TTL_S = 10 * 60;

/** Path of the console's sign-in callback on each of its origins. */
export const CALLBACK_PATH = '/auth/callback';
