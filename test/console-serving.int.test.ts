/**
 * The gateway serving the console: files by path with the right types and
 * caching, client-side routes, the browser security headers and their CSP,
 * /console/config.json, GraphiQL only in development, no Apollo landing page,
 * and the paths an attacker would try to climb out of the console's folder with.
 * A real gateway over HTTP, serving a small built console made here.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { gunzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gatewayConfig, subgraphSecretVar } from '../gateway/src/config';
import { createGateway } from '../gateway/src/gateway';
import type { Listening } from '#shared/http';
import { NETWORKS } from '#shared/registry';
import { createTestAuth, gatewayTokenEnv, type TestAuth } from './support/auth';
import { testLogger } from './support/logs';

const INDEX =
  '<!doctype html><html lang="en"><head><script type="module" src="/assets/app-3f9a1c.js"></script></head><body><div id="root"></div></body></html>';
const APP_JS = 'document.getElementById("root").textContent = "console";';
const GRAPHIQL =
  '<!doctype html><html lang="en"><head><title>GraphiQL</title></head><body><div id="graphiql"></div></body></html>';
const SECRET = 'outside the console folder';

let folder: string;
let dist: string;
let auth: TestAuth;
const gateways: Listening[] = [];

async function startGateway(env: Record<string, string>): Promise<string> {
  const config = gatewayConfig(NETWORKS, {
    PORT: '0',
    NODE_ENV: 'test',
    ...gatewayTokenEnv(auth, NETWORKS),
    ...Object.fromEntries(NETWORKS.map((n) => [subgraphSecretVar(n.code), auth.secrets[n.key]!])),
    CONSOLE_DIR: dist,
    ...env,
  });
  const listening = await createGateway(config, await auth.verifier(), NETWORKS, testLogger('gateway')).listen(0);
  gateways.push(listening);
  return `http://127.0.0.1:${listening.port}`;
}

let dev: string;
let prod: string;

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'jcn-console-'));
  dist = join(folder, 'dist');
  mkdirSync(join(dist, 'assets'), { recursive: true });
  writeFileSync(join(dist, 'index.html'), INDEX);
  writeFileSync(join(dist, 'graphiql.html'), GRAPHIQL);
  writeFileSync(join(dist, 'assets', 'app-3f9a1c.js'), APP_JS);
  writeFileSync(join(dist, 'assets', 'app-3f9a1c.css'), 'body{margin:0}');
  writeFileSync(join(dist, '.build-hash'), 'abc\n');
  writeFileSync(join(folder, 'secret.txt'), SECRET);
  symlinkSync(join(folder, 'secret.txt'), join(dist, 'leak.txt'));
  auth = await createTestAuth(NETWORKS);
  dev = await startGateway({});
  prod = await startGateway({
    NODE_ENV: 'production',
    CONSOLE_OIDC_ISSUER: 'https://login.example.org/realms/jcn',
    CONSOLE_OIDC_CLIENT_ID: 'hub-console',
  });
}, 60_000);

afterAll(async () => {
  for (const g of gateways) await g.close();
  rmSync(folder, { recursive: true, force: true });
});

/** A request with the path exactly as given (fetch would normalise dot segments away). */
function raw(
  base: string,
  path: string,
  method = 'GET',
  headers: Record<string, string> = {},
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(`${base}/`, { path, method, headers }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body }));
    });
    req.once('error', reject);
    req.end();
  });
}

function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .map(([name, ...values]) => [name!, values]),
  );
}

describe('the console at /', () => {
  it('serves index.html with no-cache and the strict policy: nothing inline, nothing third-party but the identity provider', async () => {
    const res = await fetch(`${dev}/`);
    expect(res.status).toBe(200);
    expect(await res.text()).toBe(INDEX);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe('no-cache');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    const csp = directives(res.headers.get('content-security-policy')!);
    const idp = new URL(auth.issuer).origin;
    expect(Object.fromEntries(csp)).toEqual({
      'default-src': ["'self'"],
      'script-src': ["'self'"],
      'style-src': ["'self'"],
      'img-src': ["'self'", 'data:'],
      'connect-src': ["'self'", idp],
      'frame-src': [idp],
      'form-action': ["'self'", idp],
      'object-src': ["'none'"],
      'base-uri': ["'none'"],
      'frame-ancestors': ["'none'"],
    });
  });

  it('serves hashed assets for a year with their content type, and answers HEAD without a body', async () => {
    const res = await fetch(`${dev}/assets/app-3f9a1c.js`);
    expect(res.status).toBe(200);
    expect(await res.text()).toBe(APP_JS);
    expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect((await fetch(`${dev}/assets/app-3f9a1c.css`)).headers.get('content-type')).toBe('text/css; charset=utf-8');
    const head = await raw(dev, '/assets/app-3f9a1c.js', 'HEAD');
    expect(head.status).toBe(200);
    expect(head.headers['content-length']).toBe(String(APP_JS.length));
    expect(head.body).toBe('');
  });

  it('sends text gzipped to a browser that accepts it (a fifth of the bytes on a slow line), and as is to one that does not', async () => {
    const get = (encoding?: string) =>
      new Promise<{ headers: Record<string, string | string[] | undefined>; body: Buffer }>((resolve, reject) => {
        const req = request(
          `${dev}/assets/app-3f9a1c.js`,
          { headers: encoding ? { 'accept-encoding': encoding } : {} },
          (res) => {
            const chunks: Buffer[] = [];
            res.on('data', (c: Buffer) => chunks.push(c));
            res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
          },
        );
        req.on('error', reject);
        req.end();
      });
    const zipped = await get('gzip, deflate, br');
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.headers.vary).toBe('accept-encoding');
    expect(zipped.headers['content-length']).toBe(String(zipped.body.length));
    expect(gunzipSync(zipped.body).toString()).toBe(APP_JS);
    const plain = await get();
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(APP_JS);
  });

  it('answers client-side routes with index.html, and missing files with 404', async () => {
    for (const route of ['/directory', '/country/KHM?network=SEAJUST', '/auth/callback?code=x&state=y']) {
      const res = await fetch(`${dev}${route}`);
      expect(res.status).toBe(200);
      expect(await res.text()).toBe(INDEX);
      expect(res.headers.get('cache-control')).toBe('no-cache');
    }
    for (const missing of ['/assets/app-000000.js', '/assets/later', '/favicon.ico', '/.build-hash']) {
      const res = await fetch(`${dev}${missing}`);
      expect(res.status).toBe(404);
      expect(await res.text()).not.toContain('<div id="root">');
    }
  });

  it('serves nothing outside its folder, however the path is spelled', async () => {
    const pkg = readFileSync(join(__dirname, '..', 'package.json'), 'utf8');
    const attempts = [
      '/..%2f..%2fpackage.json',
      '/assets/..%2f..%2f..%2fpackage.json',
      '/%2e%2e/%2e%2e/package.json',
      '/../secret.txt',
      '/..%2fsecret.txt',
      '/..%5c..%5cpackage.json',
      '/index.html%00.js',
      '/%E0%A4%A',
      '/leak.txt',
    ];
    for (const path of attempts) {
      const res = await raw(dev, path);
      expect({ path, status: res.status }).toEqual({ path, status: expect.any(Number) });
      expect([400, 404]).toContain(res.status);
      expect(res.body).not.toContain(SECRET);
      expect(res.body).not.toContain(pkg.slice(0, 40));
      expect(res.headers['x-content-type-options']).toBe('nosniff');
    }
  });

  it('accepts only GET and HEAD outside /graphql', async () => {
    const res = await fetch(`${dev}/`, { method: 'POST', body: 'x' });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('GET, HEAD');
  });

  it('tells a person to build the console when it is not built', async () => {
    const none = await startGateway({ CONSOLE_DIR: join(folder, 'not-built') });
    const res = await fetch(`${none}/directory`);
    expect(res.status).toBe(503);
    expect(await res.text()).toContain('npm run build:console');
    expect((await fetch(`${none}/health`)).status).toBe(200);
  });
});

describe('/console/config.json', () => {
  it('gives the console its sign-in settings: the identity provider, the client id and the resource (JWT_AUDIENCE)', async () => {
    const res = await fetch(`${dev}/console/config.json`);
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe('no-cache');
    expect(await res.json()).toEqual({ issuer: auth.issuer, clientId: 'jcn-console', resource: auth.audience });
  });

  it('follows CONSOLE_OIDC_*, and the policy names that provider', async () => {
    const res = await fetch(`${prod}/console/config.json`);
    expect(await res.json()).toEqual({
      issuer: 'https://login.example.org/realms/jcn',
      clientId: 'hub-console',
      resource: auth.audience,
    });
    const csp = directives((await fetch(`${prod}/`)).headers.get('content-security-policy')!);
    expect(csp.get('connect-src')).toEqual(["'self'", 'https://login.example.org']);
    expect(csp.get('frame-src')).toEqual(['https://login.example.org']);
  });
});

describe('GraphiQL and /graphql in a browser', () => {
  it('serves the self-hosted GraphiQL in development; its editor may inject styles and load its icon font from data:, never scripts', async () => {
    const res = await fetch(`${dev}/graphiql`);
    expect(res.status).toBe(200);
    expect(await res.text()).toBe(GRAPHIQL);
    const csp = directives(res.headers.get('content-security-policy')!);
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(csp.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(csp.get('font-src')).toEqual(["'self'", 'data:']);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
  });

  it('sends a browser at /graphql to GraphiQL in development, with no Apollo landing page from a CDN', async () => {
    const res = await fetch(`${dev}/graphql`, { headers: { accept: 'text/html' }, redirect: 'manual' });
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe('/graphiql');
  });

  it('serves no GraphiQL in production, and tells a browser at /graphql where people go', async () => {
    for (const path of ['/graphiql', '/graphiql/', '/graphiql.html', '/graphiql/index.html'])
      expect((await fetch(`${prod}${path}`)).status).toBe(404);
    const res = await fetch(`${prod}/graphql`, { headers: { accept: 'text/html,application/xhtml+xml' } });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('People use the console at <a href="/">/</a>');
    expect(html).not.toMatch(/apollographql|embeddable-sandbox|cdn\./i);
  });

  it('still answers GraphQL at /graphql', async () => {
    const res = await fetch(`${dev}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ networks { code } }' }),
    });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { data: { networks: { code: string }[] } }).data.networks.map((n) => n.code)).toEqual(
      NETWORKS.map((n) => n.code),
    );
  });
});
