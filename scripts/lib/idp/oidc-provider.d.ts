/**
 * Types of the part of `oidc-provider` 9 the development identity provider uses.
 * The package ships no types; @types/oidc-provider would be one more dependency
 * for a development-only tool, so the few signatures it relies on are stated here.
 */
declare module 'oidc-provider' {
  import type { IncomingMessage, ServerResponse } from 'node:http';

  type Awaitable<T> = T | Promise<T>;

  export interface ClientMetadata {
    client_id: string;
    token_endpoint_auth_method: 'none';
    application_type: 'web';
    grant_types: string[];
    response_types: string[];
    redirect_uris: string[];
    post_logout_redirect_uris: string[];
    id_token_signed_response_alg: string;
  }

  export interface Client {
    clientId: string;
    redirectUris: string[];
    grantTypeAllowed(type: string): boolean;
  }

  export interface Account {
    accountId: string;
    claims(use: string, scope: string): Awaitable<Record<string, unknown> & { sub: string }>;
  }

  export interface AccessTokenLike {
    kind: string;
    accountId?: string;
  }

  export interface ResourceServer {
    scope: string;
    audience: string;
    accessTokenTTL: number;
    accessTokenFormat: 'jwt';
    jwt: { sign: { alg: string } };
  }

  export interface KoaContextWithOIDC {
    type: string;
    body: string;
    status: number;
    set(name: string, value: string): void;
    oidc: { client?: Client };
  }

  export interface ErrorOut {
    error: string;
    error_description?: string;
    state?: string;
  }

  export interface Configuration {
    clients: ClientMetadata[];
    jwks: { keys: Record<string, unknown>[] };
    cookies: { keys: string[] };
    pkce: { required: () => boolean };
    responseTypes: string[];
    scopes: string[];
    claims: Record<string, string[]>;
    conformIdTokenClaims: boolean;
    clientDefaults: { id_token_signed_response_alg: string };
    features: {
      devInteractions: { enabled: boolean };
      revocation: { enabled: boolean };
      rpInitiatedLogout: {
        enabled: boolean;
        logoutSource: (ctx: KoaContextWithOIDC, form: string) => Awaitable<void>;
        postLogoutSuccessSource: (ctx: KoaContextWithOIDC) => Awaitable<void>;
      };
      resourceIndicators: {
        enabled: boolean;
        defaultResource: () => Awaitable<string>;
        useGrantedResource: () => Awaitable<boolean>;
        getResourceServerInfo: (
          ctx: KoaContextWithOIDC,
          indicator: string,
          client: Client,
        ) => Awaitable<ResourceServer>;
      };
    };
    findAccount: (ctx: KoaContextWithOIDC, sub: string) => Awaitable<Account | undefined>;
    extraTokenClaims: (
      ctx: KoaContextWithOIDC,
      token: AccessTokenLike,
    ) => Awaitable<Record<string, unknown> | undefined>;
    issueRefreshToken: (ctx: KoaContextWithOIDC, client: Client) => Awaitable<boolean>;
    clientBasedCORS: (ctx: KoaContextWithOIDC, origin: string, client: Client) => boolean;
    interactions: { url: (ctx: KoaContextWithOIDC, interaction: { uid: string }) => Awaitable<string> };
    renderError: (ctx: KoaContextWithOIDC, out: ErrorOut, error: Error) => Awaitable<void>;
    ttl: Record<
      'AccessToken' | 'AuthorizationCode' | 'IdToken' | 'RefreshToken' | 'Interaction' | 'Session' | 'Grant',
      number
    >;
  }

  export interface InteractionDetails {
    uid: string;
    prompt: {
      name: string;
      details: {
        missingOIDCScope?: string[];
        missingOIDCClaims?: string[];
        missingResourceScopes?: Record<string, string[]>;
      };
    };
    params: Record<string, unknown>;
    session?: { accountId: string };
    grantId?: string;
  }

  export type InteractionResults =
    { login: { accountId: string } } | { consent: { grantId: string } } | { error: string; error_description: string };

  export class Grant {
    constructor(properties: { accountId: string; clientId: string });
    static find(id: string): Promise<Grant | undefined>;
    addOIDCScope(scope: string): void;
    addOIDCClaims(claims: string[]): void;
    addResourceScope(indicator: string, scope: string): void;
    save(): Promise<string>;
  }

  export namespace errors {
    class OIDCProviderError extends Error {
      error: string;
      error_description?: string;
    }
    class InvalidTarget extends OIDCProviderError {
      constructor(description?: string);
    }
    class SessionNotFound extends OIDCProviderError {
      constructor(description?: string);
    }
  }

  export class Provider {
    constructor(issuer: string, configuration: Configuration);
    readonly Grant: typeof Grant;
    callback(): (req: IncomingMessage, res: ServerResponse) => void;
    interactionDetails(req: IncomingMessage, res: ServerResponse): Promise<InteractionDetails>;
    interactionFinished(
      req: IncomingMessage,
      res: ServerResponse,
      result: InteractionResults,
      options?: { mergeWithLastSubmission?: boolean },
    ): Promise<void>;
    on(event: 'server_error', listener: (ctx: KoaContextWithOIDC, error: Error) => void): this;
  }
}
