/**
 * A public OpenID Connect client over plain HTTP, as a browser would drive the
 * console's sign-in: authorization code with PKCE (S256), cookies kept by hand,
 * redirects followed one by one so a test sees each step.
 */
import { createHash, randomBytes } from 'node:crypto';

/** Cookies by name; enough for one provider on one origin. */
class CookieJar {
  private readonly cookies = new Map<string, string>();

  store(res: Response): void {
    for (const line of res.headers.getSetCookie()) {
      const [pair, ...attributes] = line.split(';');
      const eq = pair!.indexOf('=');
      const name = pair!.slice(0, eq).trim();
      const value = pair!.slice(eq + 1).trim();
      const expired = attributes.some((a) => /^\s*expires=/i.test(a) && Date.parse(a.split('=')[1]!) < Date.now());
      if (!value || expired) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  header(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }
}

export interface TokenResponse {
  access_token: string;
  refresh_token?: string;
  id_token?: string;
  expires_in: number;
  token_type: string;
  scope?: string;
}

/** Where following redirects stopped: at the client's callback, or at a page of the provider. */
export type Landing = { callback: URL } | { page: Response; url: URL };

export class TestOidcClient {
  readonly jar = new CookieJar();
  readonly verifier = randomBytes(32).toString('base64url');
  readonly state = randomBytes(16).toString('base64url');

  constructor(
    readonly issuer: string,
    readonly redirectUri: string,
    readonly clientId = 'jcn-console',
  ) {}

  /** The authorization URL with PKCE; `params` add or replace parameters (undefined removes one). */
  authorizationUrl(params: Record<string, string | undefined> = {}): URL {
    const url = new URL('/auth', this.issuer);
    const all: Record<string, string | undefined> = {
      client_id: this.clientId,
      redirect_uri: this.redirectUri,
      response_type: 'code',
      scope: 'openid profile offline_access',
      state: this.state,
      code_challenge: createHash('sha256').update(this.verifier).digest('base64url'),
      code_challenge_method: 'S256',
      ...params,
    };
    for (const [k, v] of Object.entries(all)) if (v !== undefined) url.searchParams.set(k, v);
    return url;
  }

  /** A request with this client's cookies, redirects not followed. */
  async request(url: URL | string, init: RequestInit = {}): Promise<Response> {
    const res = await fetch(url, {
      ...init,
      redirect: 'manual',
      headers: { ...(init.headers as Record<string, string>), cookie: this.jar.header() },
    });
    this.jar.store(res);
    return res;
  }

  /** Follows redirects from `res` until the client's callback or a page. */
  async follow(res: Response, from: URL): Promise<Landing> {
    let url = from;
    for (let hops = 0; hops < 10; hops++) {
      if (res.status < 300 || res.status > 399) return { page: res, url };
      const next = new URL(res.headers.get('location')!, url);
      await res.arrayBuffer();
      if (next.href.startsWith(`${this.redirectUri}?`)) return { callback: next };
      url = next;
      res = await this.request(url);
    }
    throw new Error('too many redirects');
  }

  /** Starts an authorization; lands on the login page when all is well. */
  async authorize(params: Record<string, string | undefined> = {}): Promise<Landing> {
    const url = this.authorizationUrl(params);
    return this.follow(await this.request(url), url);
  }

  /** Posts the login form of the page at `loginUrl`. */
  async submitLogin(loginUrl: URL, username: string, password: string): Promise<Landing> {
    const url = new URL(`${loginUrl.pathname}/login`, loginUrl);
    const res = await this.request(url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ username, password }).toString(),
    });
    return this.follow(res, url);
  }

  async token(
    params: Record<string, string>,
  ): Promise<{ status: number; body: TokenResponse & { error?: string; error_description?: string } }> {
    const res = await fetch(new URL('/token', this.issuer), {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ client_id: this.clientId, ...params }).toString(),
    });
    return { status: res.status, body: (await res.json()) as TokenResponse & { error?: string } };
  }

  /** Exchanges the code of a callback URL for tokens, with this client's verifier. */
  exchange(callback: URL, resource: string) {
    return this.token({
      grant_type: 'authorization_code',
      code: callback.searchParams.get('code') ?? '',
      redirect_uri: this.redirectUri,
      code_verifier: this.verifier,
      resource,
    });
  }

  refresh(refreshToken: string, resource: string) {
    return this.token({ grant_type: 'refresh_token', refresh_token: refreshToken, resource });
  }

  /** The whole sign-in: authorize, log in on the provider's page, exchange the code. */
  async signIn(username: string, password: string, resource: string): Promise<TokenResponse> {
    const login = await this.authorize({ resource });
    if (!('page' in login)) throw new Error('expected the login page');
    await login.page.arrayBuffer();
    const done = await this.submitLogin(login.url, username, password);
    if (!('callback' in done))
      throw new Error(`sign-in did not reach the callback: ${done.page.status} ${await done.page.text()}`);
    const { status, body } = await this.exchange(done.callback, resource);
    if (status !== 200) throw new Error(`token request refused: ${JSON.stringify(body)}`);
    return body;
  }
}
