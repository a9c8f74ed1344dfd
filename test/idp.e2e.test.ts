/**
 * The development identity provider, end to end: a real authorization code +
 * PKCE flow over HTTP through its login page with a demo account, the access
 * token used at the real gateway (which trusts the provider by its JWKS URL),
 * refresh, and what an attacker would try: foreign redirect URIs, no PKCE, a
 * stolen code without its verifier, a forged login post, other resources,
 * other origins, and starting it in production.
 */
import { execFile } from 'node:child_process';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { decodeJwt, decodeProtectedHeader } from 'jose';
import { devKeyId, ensureDevKeys } from '../scripts/lib/dev-keys';
import { NETWORKS } from '#shared/registry';
import { devIdpIssuer } from '../scripts/lib/dev-env';
import { ACCESS_TOKEN_TTL_S } from '../scripts/lib/idp/settings';
import { freePort, startIdentityProvider, stopProcess } from '../scripts/lib/processes';
import { startConsoleStack, type ConsoleStack } from './support/console-stack';
import { TestOidcClient, type Landing } from './support/oidc-client';

let stack: ConsoleStack;

beforeAll(async () => {
  stack = await startConsoleStack();
}, 180_000);

afterAll(async () => {
  await stack?.close();
});

const client = () => new TestOidcClient(stack.issuer, stack.redirectUri);

function page(landing: Landing): { page: Response; url: URL } {
  if (!('page' in landing)) throw new Error(`expected a page, got a redirect to ${landing.callback.href}`);
  return landing;
}

function callback(landing: Landing): URL {
  if (!('callback' in landing))
    throw new Error(`expected the callback, got a ${landing.page.status} page at ${landing.url.href}`);
  return landing.callback;
}

const OWN_CONTACT = `query($id: ID!) { node(id: $id) { ... on ContactPoint { id fullName email } } }`;

describe('signing in with a demo account', () => {
  it('runs the authorization code flow with PKCE through the login page, and the gateway accepts the access token', async () => {
    const account = stack.account('seajust-contact-point');
    const c = client();
    const login = page(await c.authorize({ resource: stack.resource }));
    expect(login.page.status).toBe(200);
    expect(login.url.pathname).toMatch(/^\/interaction\/[\w-]+$/);
    const html = await login.page.text();
    expect(html).toContain('<label for="username">Username</label>');
    expect(html).toContain('<label for="password">Password</label>');
    expect(html).toMatch(/<button type="submit">Sign in<\/button>/);
    // Every demo account is listed by name and role, none with its password.
    for (const a of stack.accounts) {
      expect(html).toContain(`<code>${a.username}</code>`);
      expect(html).not.toContain(a.password);
    }
    const csp = login.page.headers.get('content-security-policy')!;
    expect(csp).toContain("default-src 'none'");
    expect(csp).not.toMatch(/script-src|unsafe-inline/);
    expect(csp).toContain(`form-action 'self' http://127.0.0.1:4000`);

    const back = callback(await c.submitLogin(login.url, account.username, account.password));
    expect(back.searchParams.get('state')).toBe(c.state);
    expect(back.searchParams.get('iss')).toBe(stack.issuer);
    const { status, body } = await c.exchange(back, stack.resource);
    expect(status).toBe(200);
    expect(body.refresh_token).toEqual(expect.any(String));

    const claims = decodeJwt(body.access_token);
    expect(claims).toMatchObject({
      iss: stack.issuer,
      aud: 'jcn-hub',
      sub: account.username,
      roles: ['CONTACT_POINT'],
      network: 'seajust',
      country: account.country,
      contact_point_id: account.contactPointId,
    });
    expect(Number(claims.exp) - Number(claims.iat)).toBe(ACCESS_TOKEN_TTL_S);
    expect(ACCESS_TOKEN_TTL_S).toBeLessThanOrEqual(15 * 60);
    const header = decodeProtectedHeader(body.access_token);
    const key = await ensureDevKeys(join(stack.dataDir, 'keys'));
    expect(header).toMatchObject({ alg: 'ES256', kid: await devKeyId(key.publicKeyPem) });
    const jwks = (await (await fetch(`${stack.issuer}/jwks`)).json()) as { keys: { kid: string; d?: string }[] };
    expect(jwks.keys.map((k) => k.kid)).toEqual([header.kid]);
    expect(jwks.keys[0]!.d).toBeUndefined();

    const mine = await stack.federation.gql<{ node: { id: string; email: string | null } }>(
      OWN_CONTACT,
      { id: account.contactPointId },
      body.access_token,
    );
    expect(mine.errors).toBeUndefined();
    expect(mine.data!.node).toMatchObject({
      id: account.contactPointId,
      email: expect.stringMatching(/@example\.org$/),
    });
    const anonymous = await stack.federation.gql<{ node: { email: string | null } | null }>(OWN_CONTACT, {
      id: account.contactPointId,
    });
    expect(anonymous.data?.node?.email ?? null).toBeNull();
  });

  it('renews the access token with the refresh token, which is spent once used', async () => {
    const account = stack.account('wacap-secretariat');
    const c = client();
    const first = await c.signIn(account.username, account.password, stack.resource);
    const renewed = await c.refresh(first.refresh_token!, stack.resource);
    expect(renewed.status).toBe(200);
    expect(renewed.body.access_token).not.toBe(first.access_token);
    expect(decodeJwt(renewed.body.access_token)).toMatchObject({
      sub: account.username,
      roles: ['SECRETARIAT'],
      network: 'wacap',
      aud: 'jcn-hub',
    });
    const res = await stack.federation.gql<{ networks: { code: string }[] }>(
      '{ networks(codes: [WACAP]) { code contactPoints(first: 1) { nodes { email } } } }',
      {},
      renewed.body.access_token,
    );
    expect(res.errors).toBeUndefined();
    // Rotation: a refresh token works once, so a stolen, already used one is worthless.
    const replay = await c.refresh(first.refresh_token!, stack.resource);
    expect(replay).toMatchObject({ status: 400, body: { error: 'invalid_grant' } });
  });

  it('refuses a wrong password with a message and the form again, and issues no code', async () => {
    const c = client();
    const login = page(await c.authorize({ resource: stack.resource }));
    await login.page.arrayBuffer();
    const refused = page(await c.submitLogin(login.url, 'analyst', 'not-the-password'));
    expect(refused.page.status).toBe(401);
    const html = await refused.page.text();
    expect(html).toContain('role="alert">Wrong username or password.');
    expect(html).toContain('value="analyst"');
    expect(html).toContain('<label for="password">Password</label>');
    // The same sign-in still completes with the right password.
    const analyst = stack.account('analyst');
    expect(callback(await c.submitLogin(login.url, 'analyst', analyst.password)).searchParams.get('code')).toEqual(
      expect.any(String),
    );
  });

  it('gives every demo account its own roles and claims, and never SERVICE', async () => {
    expect(stack.accounts.map((a) => a.username).sort()).toEqual(
      [...NETWORKS.flatMap((n) => [`${n.key}-contact-point`, `${n.key}-secretariat`]), 'analyst', 'hub-admin'].sort(),
    );
    for (const account of stack.accounts) {
      const tokens = await client().signIn(account.username, account.password, stack.resource);
      const claims = decodeJwt(tokens.access_token);
      expect(claims.roles).toEqual(account.roles);
      expect(claims.roles).not.toContain('SERVICE');
      expect(claims.network).toBe(account.network);
      expect(claims.contact_point_id).toBe(account.contactPointId);
    }
    expect(
      stack.accounts
        .filter((a) => a.roles.includes('CONTACT_POINT'))
        .every((a) => a.contactPointId?.startsWith(`${a.network}:cp:`)),
    ).toBe(true);
  });

  it('signs out on its own confirmation page, back to the console, and the refresh token stops working', async () => {
    const account = stack.account('gljc-contact-point');
    const c = client();
    const tokens = await c.signIn(account.username, account.password, stack.resource);
    const end = new URL('/session/end', stack.issuer);
    end.search = new URLSearchParams({
      id_token_hint: tokens.id_token!,
      post_logout_redirect_uri: `${stack.consoleUrl}/`,
      client_id: 'jcn-console',
    }).toString();
    const confirm = await c.request(end);
    expect(confirm.status).toBe(200);
    expect(confirm.headers.get('content-security-policy')).toContain("default-src 'none'");
    const html = await confirm.text();
    expect(html).toContain('Sign out of JCN Hub?');
    const action = /<form id="op.logoutForm" method="post" action="([^"]+)">/.exec(html)![1]!;
    const xsrf = /name="xsrf" value="([^"]+)"/.exec(html)![1]!;
    const done = await c.request(new URL(action, stack.issuer), {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ xsrf, logout: 'yes' }).toString(),
    });
    expect(done.status).toBe(303);
    expect(done.headers.get('location')).toBe(`${stack.consoleUrl}/`);
    expect(await c.refresh(tokens.refresh_token!, stack.resource)).toMatchObject({
      status: 400,
      body: { error: 'invalid_grant' },
    });
  });

  it('keeps the passwords in a file only its owner can read', () => {
    expect(statSync(join(stack.dataDir, 'keys', 'idp-accounts.json')).mode & 0o777).toBe(0o600);
  });
});

describe('npm run token', () => {
  it('signs as the provider does (issuer, key, kid), so the gateway that trusts the provider accepts its tokens', async () => {
    const account = stack.account('casc-contact-point');
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [
        '--import',
        'tsx',
        join(__dirname, '..', 'scripts', 'token.ts'),
        '--role',
        'CONTACT_POINT',
        '--network',
        'casc',
        '--country',
        account.country!,
        '--contact-point',
        account.contactPointId!,
      ],
      {
        cwd: join(__dirname, '..'),
        env: { ...process.env, JCN_DATA_DIR: stack.dataDir, IDP_PORT: new URL(stack.issuer).port },
      },
    );
    const token = stdout.trim();
    const jwks = (await (await fetch(`${stack.issuer}/jwks`)).json()) as { keys: { kid: string }[] };
    expect(decodeProtectedHeader(token).kid).toBe(jwks.keys[0]!.kid);
    expect(decodeJwt(token).iss).toBe(stack.issuer);
    const mine = await stack.federation.gql<{ node: { email: string | null } }>(
      OWN_CONTACT,
      { id: account.contactPointId },
      token,
    );
    expect(mine.errors).toBeUndefined();
    expect(mine.data!.node.email).toMatch(/@example\.org$/);
  });
});

describe('what an attacker would try', () => {
  it('never redirects to an unregistered redirect URI: a person gets an error page instead', async () => {
    for (const redirectUri of [
      'https://attacker.example/auth/callback',
      `${stack.consoleUrl}/elsewhere`,
      `${stack.redirectUri}/../../steal`,
    ]) {
      const res = await client().request(
        client().authorizationUrl({ redirect_uri: redirectUri, resource: stack.resource }),
      );
      expect(res.status).toBe(400);
      expect(res.headers.get('location')).toBeNull();
      expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
      const html = await res.text();
      expect(html).toContain('Sign-in could not continue');
      expect(html).toContain('Go back to the JCN Hub console');
      expect(html).not.toMatch(/fonts\.googleapis|https:\/\/(?!attacker)/);
    }
  });

  it('requires PKCE with S256', async () => {
    const none = callback(
      await client().authorize({
        code_challenge: undefined,
        code_challenge_method: undefined,
        resource: stack.resource,
      }),
    );
    expect(none.searchParams.get('error')).toBe('invalid_request');
    expect(none.searchParams.get('error_description')).toMatch(/requires PKCE/);
    const plain = callback(await client().authorize({ code_challenge_method: 'plain', resource: stack.resource }));
    expect(plain.searchParams.get('error')).toBe('invalid_request');
    expect(plain.searchParams.get('error_description')).toMatch(/code_challenge_method/);
  });

  it('does not exchange a stolen code without its verifier', async () => {
    const account = stack.account('gljc-secretariat');
    const victim = client();
    const login = page(await victim.authorize({ resource: stack.resource }));
    await login.page.arrayBuffer();
    const code = callback(await victim.submitLogin(login.url, account.username, account.password));
    const thief = client();
    expect(await thief.exchange(code, stack.resource)).toMatchObject({ status: 400, body: { error: 'invalid_grant' } });
  });

  it('ignores a login form posted from elsewhere (no interaction cookie) and says what to do', async () => {
    const c = client();
    const login = page(await c.authorize({ resource: stack.resource }));
    await login.page.arrayBuffer();
    const account = stack.account('hub-admin');
    const forged = page(await client().submitLogin(login.url, account.username, account.password));
    expect(forged.page.status).toBe(400);
    expect(await forged.page.text()).toContain('Go back to the JCN Hub console and choose Sign in again.');
  });

  it('escapes what the person typed when showing the form again', async () => {
    const c = client();
    const login = page(await c.authorize({ resource: stack.resource }));
    await login.page.arrayBuffer();
    const html = await page(await c.submitLogin(login.url, '"><script>alert(1)</script>', 'x')).page.text();
    expect(html).toContain('value="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
    expect(html).not.toContain('<script');
  });

  it('issues tokens for the hub only', async () => {
    const other = callback(await client().authorize({ resource: 'https://attacker.example/api' }));
    expect(other.searchParams.get('error')).toBe('invalid_target');
  });

  it("answers token requests from the console's origins only", async () => {
    const preflight = (origin: string) =>
      fetch(`${stack.issuer}/token`, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST' },
      });
    expect((await preflight(stack.consoleUrl)).headers.get('access-control-allow-origin')).toBe(stack.consoleUrl);
    const res = await fetch(`${stack.issuer}/token`, {
      method: 'POST',
      headers: { origin: 'https://attacker.example', 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        client_id: 'jcn-console',
        grant_type: 'refresh_token',
        refresh_token: 'x',
      }).toString(),
    });
    expect(res.status).toBe(400);
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    expect(((await res.json()) as { error_description: string }).error_description).toMatch(/origin .* not allowed/);
  });

  it("sends no one's sign-in to the Vite dev server's port unless the dev console was asked for (DEV_CONSOLE_SIGN_IN=1)", async () => {
    // A secretariat signed in on this browser; a local process on port 5173 sends it a prompt=none link.
    const account = stack.account('casc-secretariat');
    const victim = client();
    const login = page(await victim.authorize({ resource: stack.resource }));
    await login.page.arrayBuffer();
    expect(
      await victim.exchange(
        callback(await victim.submitLogin(login.url, account.username, account.password)),
        stack.resource,
      ),
    ).toMatchObject({ status: 200 });
    for (const origin of ['http://127.0.0.1:5173', 'http://localhost:5173']) {
      const res = await victim.request(
        victim.authorizationUrl({ redirect_uri: `${origin}/auth/callback`, prompt: 'none', resource: stack.resource }),
      );
      expect([origin, res.status, res.headers.get('location')]).toEqual([origin, 400, null]);
      expect(await res.text()).toContain('Sign-in could not continue');
    }
    // Started the way `DEV_CONSOLE_SIGN_IN=1 npm start` starts it, the provider signs the dev console in.
    const port = await freePort();
    const devIdp = await startIdentityProvider({
      port,
      dataDir: stack.dataDir,
      accountsFile: join(stack.dataDir, 'keys', 'idp-accounts.json'),
      devConsole: true,
      nodeEnv: 'test',
    });
    try {
      const dev = new TestOidcClient(devIdpIssuer(port), 'http://127.0.0.1:5173/auth/callback');
      const devLogin = page(await dev.authorize({ resource: stack.resource }));
      expect(devLogin.page.status).toBe(200);
      expect(devLogin.url.pathname).toMatch(/^\/interaction\/[\w-]+$/);
      await devLogin.page.arrayBuffer();
    } finally {
      await stopProcess(devIdp);
    }
  });

  it('refuses to start in production, where demo accounts must never exist', async () => {
    const run = promisify(execFile);
    const failure = await run(process.execPath, ['--import', 'tsx', join(__dirname, '..', 'scripts', 'idp.ts')], {
      cwd: join(__dirname, '..'),
      env: { ...process.env, NODE_ENV: 'production', JCN_DATA_DIR: stack.dataDir, IDP_PORT: '1' },
    }).then(
      () => undefined,
      (err: { code: number; stderr: string }) => err,
    );
    expect(failure?.code).toBe(2);
    expect(failure?.stderr).toMatch(/never runs with NODE_ENV=production/);
  });
});
