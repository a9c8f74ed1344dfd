/**
 * DEVELOPMENT ONLY. The development identity provider: a real OpenID Connect
 * provider (panva's `oidc-provider`, certified) with the demo accounts, so that
 * the console signs in exactly as it would against Keycloak or Entra ID. The
 * gateway trusts it through its JWKS URL like any other provider. Its entry
 * (scripts/idp.ts) refuses to start with NODE_ENV=production.
 *
 * One public client, the console: authorization code with PKCE (S256) only,
 * redirect URIs `<console origin>/auth/callback`, refresh tokens (rotated) for
 * silent renewal. Access tokens are JWTs for the hub's resource, signed ES256
 * with the development identity provider's key, carrying the hub's claims.
 */
import { createPrivateKey } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { exportJWK } from 'jose';
import {
  errors,
  Provider,
  type Account,
  type Configuration,
  type InteractionDetails,
  type KoaContextWithOIDC,
} from 'oidc-provider';
import { claimsOf } from '#shared/auth/claims';
import { devKeyId, type DevKeys } from '../dev-keys';
import { listen, type Listening } from '#shared/http';
import type { ServerLimits } from '#shared/server-limits';
import { checkPassword, type DemoAccountWithPassword } from './accounts';
import { errorPage, loginPage, logoutPage, pageSecurityPolicy, signedOutPage } from './pages';
import { ACCESS_TOKEN_TTL_S, CALLBACK_PATH, CONSOLE_CLIENT_ID, DEV_RESOURCE } from './settings';

export interface DevIdentityProviderOptions {
  /** `http://127.0.0.1:<port>`: the `iss` of every token. */
  issuer: string;
  /** The development identity provider's key pair (ES256), never a network's. */
  signingKey: DevKeys;
  /** Keys that sign the provider's cookies, newest first. */
  cookieKeys: string[];
  accounts: readonly DemoAccountWithPassword[];
  /** Origins the console is served from; only their callback URLs are accepted as redirect URIs. */
  consoleOrigins: readonly string[];
  /** `aud` of access tokens: the gateway's JWT_AUDIENCE. */
  audience: string;
  log?: (message: string) => void;
  /** What one connection may cost (timeouts, header count); the defaults of shared/src/server-limits.ts when not given. */
  serverLimits?: ServerLimits;
}

export interface DevIdentityProvider {
  issuer: string;
  handler: (req: IncomingMessage, res: ServerResponse) => void;
  listen(port: number, host?: string): Promise<Listening>;
}

/** Largest sign-in form accepted. */
const MAX_FORM_BYTES = 10_000;

async function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_FORM_BYTES) throw new Error('form too large');
    chunks.push(chunk as Buffer);
  }
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

export async function createDevIdentityProvider(options: DevIdentityProviderOptions): Promise<DevIdentityProvider> {
  const log = options.log ?? ((m: string) => console.error(`[idp] ${m}`));
  const accounts = new Map(options.accounts.map((a) => [a.username, a]));
  const csp = pageSecurityPolicy(options.consoleOrigins);
  const setPageHeaders = (set: (name: string, value: string) => void) => {
    set('content-security-policy', csp);
    set('x-content-type-options', 'nosniff');
    set('referrer-policy', 'no-referrer');
    set('x-frame-options', 'DENY');
    set('cache-control', 'no-store');
  };
  const renderPage = (ctx: KoaContextWithOIDC, html: string) => {
    setPageHeaders((n, v) => ctx.set(n, v));
    ctx.type = 'html';
    ctx.body = html;
  };

  const configuration: Configuration = {
    clients: [
      {
        client_id: CONSOLE_CLIENT_ID,
        token_endpoint_auth_method: 'none',
        application_type: 'web',
        grant_types: ['authorization_code', 'refresh_token'],
        response_types: ['code'],
        redirect_uris: options.consoleOrigins.map((o) => `${o}${CALLBACK_PATH}`),
        post_logout_redirect_uris: options.consoleOrigins.map((o) => `${o}/`),
        id_token_signed_response_alg: 'ES256',
      },
    ],
    jwks: {
      keys: [
        {
          ...(await exportJWK(createPrivateKey(options.signingKey.privateKeyPem))),
          kid: await devKeyId(options.signingKey.publicKeyPem),
          alg: 'ES256',
          use: 'sig',
        },
      ],
    },
    cookies: { keys: options.cookieKeys },
    // Every authorization request needs PKCE (this version knows only S256).
    pkce: { required: () => true },
    // The authorization code flow only: no implicit or hybrid responses that put tokens in URLs.
    responseTypes: ['code'],
    scopes: ['openid', 'offline_access', 'profile'],
    claims: {
      openid: ['sub'],
      profile: ['name', 'preferred_username', 'roles', 'network', 'country', 'contact_point_id'],
    },
    // The ID token carries the profile: the access token is for the hub, so the console cannot call userinfo with it.
    conformIdTokenClaims: false,
    clientDefaults: { id_token_signed_response_alg: 'ES256' },
    features: {
      devInteractions: { enabled: false },
      revocation: { enabled: true },
      rpInitiatedLogout: {
        enabled: true,
        logoutSource: (ctx, form) => renderPage(ctx, logoutPage(form)),
        postLogoutSuccessSource: (ctx) => renderPage(ctx, signedOutPage()),
      },
      resourceIndicators: {
        enabled: true,
        // Every access token is for the hub, even when the client names no resource.
        defaultResource: () => DEV_RESOURCE,
        useGrantedResource: () => true,
        getResourceServerInfo: (_ctx, indicator) => {
          if (indicator !== DEV_RESOURCE)
            throw new errors.InvalidTarget(`this provider issues tokens only for ${DEV_RESOURCE}, not ${indicator}`);
          return {
            scope: '',
            audience: options.audience,
            accessTokenTTL: ACCESS_TOKEN_TTL_S,
            accessTokenFormat: 'jwt',
            jwt: { sign: { alg: 'ES256' } },
          };
        },
      },
    },
    findAccount: (_ctx, sub): Account | undefined => {
      const account = accounts.get(sub);
      if (!account) return undefined;
      return {
        accountId: sub,
        claims: () => ({ sub, name: account.displayName, preferred_username: account.username, ...claimsOf(account) }),
      };
    },
    extraTokenClaims: (_ctx, token) => {
      const account = token.accountId ? accounts.get(token.accountId) : undefined;
      return account ? claimsOf(account) : undefined;
    },
    issueRefreshToken: (_ctx, client) => client.grantTypeAllowed('refresh_token'),
    clientBasedCORS: (_ctx, origin, client) => client.redirectUris.some((uri) => new URL(uri).origin === origin),
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    renderError: (ctx, out) =>
      renderPage(
        ctx,
        errorPage(
          'Sign-in could not continue',
          out.error_description ?? out.error,
          'Go back to the JCN Hub console at its usual address (for example http://127.0.0.1:4000/) and choose Sign in again.',
        ),
      ),
    ttl: {
      AccessToken: ACCESS_TOKEN_TTL_S,
      AuthorizationCode: 60,
      IdToken: ACCESS_TOKEN_TTL_S,
      RefreshToken: 8 * 3600,
      Interaction: 10 * 60,
      Session: 8 * 3600,
      Grant: 8 * 3600,
    },
  };
  const provider = new Provider(options.issuer, configuration);
  provider.on('server_error', (_ctx, err) => log(`server error: ${err.stack ?? err.message}`));
  const oidc = provider.callback();

  const send = (res: ServerResponse, status: number, html: string) => {
    res.statusCode = status;
    setPageHeaders((n, v) => res.setHeader(n, v));
    res.setHeader('content-type', 'text/html; charset=utf-8');
    res.end(html);
  };
  const listed = [...accounts.values()].map(({ password: _password, ...account }) => account);
  const showLogin = (res: ServerResponse, uid: string, status: number, error?: string, username?: string) =>
    send(res, status, loginPage({ action: `/interaction/${uid}/login`, error, username, accounts: listed }));

  /** The consent step: the console is the hub's own client, so what it asks for is granted. */
  const grantConsent = async (req: IncomingMessage, res: ServerResponse, details: InteractionDetails) => {
    const { missingOIDCScope, missingOIDCClaims, missingResourceScopes } = details.prompt.details;
    const grant =
      (details.grantId ? await provider.Grant.find(details.grantId) : undefined) ??
      new provider.Grant({ accountId: details.session!.accountId, clientId: CONSOLE_CLIENT_ID });
    if (missingOIDCScope) grant.addOIDCScope(missingOIDCScope.join(' '));
    if (missingOIDCClaims) grant.addOIDCClaims(missingOIDCClaims);
    for (const [indicator, scopes] of Object.entries(missingResourceScopes ?? {}))
      grant.addResourceScope(indicator, scopes.join(' '));
    await provider.interactionFinished(
      req,
      res,
      { consent: { grantId: await grant.save() } },
      { mergeWithLastSubmission: true },
    );
  };

  const interaction = async (req: IncomingMessage, res: ServerResponse, uid: string, action: string | undefined) => {
    // Throws SessionNotFound unless this browser holds this interaction's cookie: a form posted from elsewhere gets nowhere.
    const details = await provider.interactionDetails(req, res);
    if (details.uid !== uid) throw new errors.SessionNotFound('the interaction cookie names another sign-in');
    if (req.method === 'GET' && action === undefined) {
      if (details.prompt.name === 'login') return showLogin(res, uid, 200);
      if (details.prompt.name === 'consent' && details.params.client_id === CONSOLE_CLIENT_ID && details.session)
        return grantConsent(req, res, details);
      return send(
        res,
        400,
        errorPage(
          'Sign-in could not continue',
          `This provider cannot complete the step "${details.prompt.name}".`,
          'Go back to the console and choose Sign in again.',
        ),
      );
    }
    if (req.method === 'GET' && action === 'abort') {
      return provider.interactionFinished(
        req,
        res,
        { error: 'access_denied', error_description: 'The person cancelled the sign-in.' },
        { mergeWithLastSubmission: false },
      );
    }
    if (req.method === 'POST' && action === 'login' && details.prompt.name === 'login') {
      const form = await readForm(req);
      const username = (form.get('username') ?? '').trim();
      const account = checkPassword(options.accounts, username, form.get('password') ?? '');
      if (!account) return showLogin(res, uid, 401, 'Wrong username or password. Check them and try again.', username);
      log(`${account.username} signed in`);
      return provider.interactionFinished(
        req,
        res,
        { login: { accountId: account.username } },
        { mergeWithLastSubmission: false },
      );
    }
    res.setHeader('allow', action === 'login' ? 'POST' : 'GET');
    return send(
      res,
      405,
      errorPage(
        'Sign-in could not continue',
        'This address does not accept that kind of request.',
        'Go back to the console and choose Sign in again.',
      ),
    );
  };

  const handler = (req: IncomingMessage, res: ServerResponse): void => {
    const path = new URL(req.url ?? '/', options.issuer).pathname;
    const match = /^\/interaction\/([A-Za-z0-9_-]{1,64})(?:\/(login|abort))?$/.exec(path);
    if (!match) {
      oidc(req, res);
      return;
    }
    interaction(req, res, match[1]!, match[2]).catch((err: Error) => {
      if (res.headersSent) return;
      if (err instanceof errors.SessionNotFound) {
        send(
          res,
          400,
          errorPage(
            'This sign-in page has expired',
            'The sign-in took longer than 10 minutes, was already completed, or was opened outside the sign-in flow (for example from a bookmark or another browser).',
            'Go back to the JCN Hub console and choose Sign in again.',
          ),
        );
        return;
      }
      log(`interaction failed: ${err.stack ?? err.message}`);
      send(
        res,
        500,
        errorPage(
          'Sign-in failed',
          'The identity provider could not complete the sign-in.',
          'Try again; if it keeps failing, restart npm start.',
        ),
      );
    });
  };

  return {
    issuer: options.issuer,
    handler,
    listen: (port, host = '127.0.0.1') => listen(handler, port, host, options.serverLimits),
  };
}
