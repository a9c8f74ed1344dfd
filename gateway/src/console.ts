/**
 * The web console on the gateway's own origin: its built files (console/dist)
 * with a client-side-route fallback, its sign-in settings at
 * /console/config.json, the self-hosted GraphiQL in development, and the
 * browser security headers of every page (a strict Content-Security-Policy with
 * no third-party origin but the identity provider's).
 */
import { createReadStream, existsSync } from 'node:fs';
import { readFile, realpath, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, sep } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';

const gzipAsync = promisify(gzip);

/** What the console needs to sign in; served at /console/config.json so one build fits every deployment. */
export interface ConsoleSignIn {
  /** The identity provider's issuer URL. */
  issuer: string;
  clientId: string;
  /** Resource indicator the console sends (RFC 8707); tokens for it carry the gateway's audience. */
  resource: string;
}

export interface ConsoleOptions {
  /** Folder of the built console (console/dist). */
  dir: string;
  /** Production: no GraphiQL. */
  production: boolean;
  signIn: ConsoleSignIn;
}

/** Hashed file names: a file under /assets/ never changes, so browsers keep it for a year. */
const IMMUTABLE = 'public, max-age=31536000, immutable';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

/**
 * The console's Content-Security-Policy: everything from the gateway's origin, and the identity
 * provider's origin only where signing in needs it (token calls, silent renewal frame, the login form).
 * `editor`: GraphiQL's Monaco editor injects its styles at run time and loads its icon font from a
 * data: URL; development only, and it still runs no script but the gateway's own.
 */
export function consoleSecurityPolicy(issuer: string, options: { editor?: boolean } = {}): string {
  const idp = new URL(issuer).origin;
  return [
    "default-src 'self'",
    "script-src 'self'",
    `style-src 'self'${options.editor ? " 'unsafe-inline'" : ''}`,
    ...(options.editor ? ["font-src 'self' data:"] : []),
    "img-src 'self' data:",
    `connect-src 'self' ${idp}`,
    `frame-src ${idp}`,
    `form-action 'self' ${idp}`,
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** Is this GET /graphql a person's browser (a page, not a GraphQL request)? */
function isBrowserVisit(req: IncomingMessage, url: URL): boolean {
  return (
    (req.method === 'GET' || req.method === 'HEAD') &&
    !url.searchParams.has('query') &&
    (req.headers.accept ?? '').includes('text/html')
  );
}

/** Content types worth compressing: the console's scripts, styles, pages, data and the map. */
const COMPRESSIBLE = /^(text\/|application\/(javascript|json|manifest\+json)|image\/svg)/;

/** Gzipped file contents by path, kept while the file keeps its modification time (a rebuild replaces them). */
const gzipCache = new Map<string, { mtimeMs: number; body: Buffer }>();

async function compressed(path: string, mtimeMs: number): Promise<Buffer> {
  const known = gzipCache.get(path);
  if (known?.mtimeMs === mtimeMs) return known.body;
  const body = await gzipAsync(await readFile(path), { level: 9 });
  gzipCache.set(path, { mtimeMs, body });
  return body;
}

/** The console's settings as every response needs them. */
interface Site {
  dir: string;
  production: boolean;
  /** The Content-Security-Policy of the console's pages, and of GraphiQL's (its editor's styles and font). */
  policy: string;
  graphiqlPolicy: string;
  configJson: string;
}

/** The status, type, caching and browser security headers every answer of the console carries. */
function setHeaders(res: ServerResponse, status: number, type: string, cache: string, csp: string): void {
  res.statusCode = status;
  res.setHeader('content-type', type);
  res.setHeader('cache-control', cache);
  res.setHeader('content-security-policy', csp);
  res.setHeader('x-content-type-options', 'nosniff');
  res.setHeader('referrer-policy', 'no-referrer');
  res.setHeader('x-frame-options', 'DENY');
  res.setHeader('cross-origin-opener-policy', 'same-origin');
}

/** A short answer that is never cached; no body for HEAD. */
function sendText(
  req: IncomingMessage,
  res: ServerResponse,
  site: Site,
  status: number,
  body: string,
  type = 'text/plain; charset=utf-8',
): void {
  setHeaders(res, status, type, 'no-cache', site.policy);
  res.setHeader('content-length', Buffer.byteLength(body));
  res.end(req.method === 'HEAD' ? undefined : body);
}

/** A minimal HTML page: a title and one message. */
function sendPage(
  req: IncomingMessage,
  res: ServerResponse,
  site: Site,
  status: number,
  title: string,
  message: string,
): void {
  sendText(
    req,
    res,
    site,
    status,
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title} · JCN Hub</title></head><body><h1>${title}</h1><p>${message}</p></body></html>`,
    'text/html; charset=utf-8',
  );
}

/** The real path and size of a file at `path` inside `dir`, or null when there is none (or it lies outside). */
async function fileInside(dir: string, path: string): Promise<{ real: string; size: number; mtimeMs: number } | null> {
  const root = await realpath(dir);
  let real: string;
  try {
    real = await realpath(join(root, path));
    if (!real.startsWith(root + sep) || !(await stat(real)).isFile()) return null;
  } catch {
    return null;
  }
  const info = await stat(real);
  return { real, size: info.size, mtimeMs: info.mtimeMs };
}

/** Serves one file of the console, or returns false when there is none at `path`. */
async function serveFile(
  req: IncomingMessage,
  res: ServerResponse,
  site: Site,
  path: string,
  cache: string,
  csp = site.policy,
): Promise<boolean> {
  const found = await fileInside(site.dir, path);
  if (!found) return false;
  const type = CONTENT_TYPES[extname(found.real).toLowerCase()] ?? 'application/octet-stream';
  setHeaders(res, 200, type, cache, csp);
  res.setHeader('vary', 'accept-encoding');
  // Ministry networks are slow: text goes gzipped (a fifth of the bytes), compressed once per file version.
  const gzipped =
    COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))
      ? await compressed(found.real, found.mtimeMs)
      : undefined;
  if (gzipped) res.setHeader('content-encoding', 'gzip');
  res.setHeader('content-length', gzipped?.length ?? found.size);
  if (req.method === 'HEAD') {
    res.end();
  } else if (gzipped) {
    res.end(gzipped);
  } else {
    try {
      await pipeline(createReadStream(found.real), res);
    } catch {
      // The browser went away, or the file vanished mid-way (a rebuild): nothing left to tell it.
      res.destroy();
    }
  }
  return true;
}

/** GET /graphql from a browser: GraphiQL in development, a page pointing to the console in production. */
function answerGraphqlVisit(req: IncomingMessage, res: ServerResponse, site: Site): void {
  if (!site.production) {
    res.writeHead(302, { location: '/graphiql', 'cache-control': 'no-cache' });
    res.end();
    return;
  }
  sendPage(
    req,
    res,
    site,
    200,
    'JCN Hub GraphQL API',
    'This address answers GraphQL requests (POST, with a bearer token) from applications. People use the console at <a href="/">/</a>.',
  );
}

/** The decoded path and its segments, or null when it is malformed or could climb out of the console's folder. */
function safePath(pathname: string): { path: string; segments: string[] } | null {
  let path: string;
  try {
    path = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  const segments = path.split('/').filter(Boolean);
  // Nothing may climb out of the console's folder, however it is spelled (%2f, %5c, %00, ...).
  if (path.includes('\0') || path.includes('\\') || segments.some((s) => s === '..' || s === '.')) return null;
  return { path, segments };
}

/** The self-hosted GraphiQL (its folder, or the single graphiql.html), in development only. */
async function serveGraphiql(req: IncomingMessage, res: ServerResponse, site: Site, segments: string[]): Promise<void> {
  const served =
    !site.production &&
    ((await serveFile(
      req,
      res,
      site,
      join('graphiql', ...segments.slice(1), segments.length === 1 ? 'index.html' : ''),
      'no-cache',
      site.graphiqlPolicy,
    )) ||
      (segments.length === 1 && (await serveFile(req, res, site, 'graphiql.html', 'no-cache', site.graphiqlPolicy))));
  if (!served) sendText(req, res, site, 404, site.production ? 'GraphiQL is not served in production.' : 'Not found.');
}

/** A file of the built console, or index.html for a client-side route; hidden files and missing assets are 404. */
async function serveConsole(
  req: IncomingMessage,
  res: ServerResponse,
  site: Site,
  { path, segments }: { path: string; segments: string[] },
): Promise<void> {
  // Hidden files (.build-hash) are not part of the site.
  if (segments.some((s) => s.startsWith('.'))) return sendText(req, res, site, 404, 'Not found.');
  const immutable = segments[0] === 'assets';
  if (segments.length > 0 && (await serveFile(req, res, site, segments.join('/'), immutable ? IMMUTABLE : 'no-cache')))
    return;
  // A missing asset is a 404; any other path is a client-side route of the console.
  if (immutable || extname(path) !== '') return sendText(req, res, site, 404, 'Not found.');
  await serveFile(req, res, site, 'index.html', 'no-cache');
}

/**
 * Answers every request that is not GraphQL: returns false only for /graphql
 * requests, which GraphQL serves.
 */
export function createConsoleHandler(options: ConsoleOptions) {
  const site: Site = {
    dir: options.dir,
    production: options.production,
    policy: consoleSecurityPolicy(options.signIn.issuer),
    graphiqlPolicy: consoleSecurityPolicy(options.signIn.issuer, { editor: true }),
    configJson: JSON.stringify(options.signIn),
  };
  return async (req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean> => {
    if (url.pathname === '/graphql') {
      if (!isBrowserVisit(req, url)) return false;
      answerGraphqlVisit(req, res, site);
    } else if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('allow', 'GET, HEAD');
      sendText(req, res, site, 405, 'Only GET and HEAD here; GraphQL is served at /graphql.');
    } else if (url.pathname === '/console/config.json') {
      sendText(req, res, site, 200, site.configJson, 'application/json; charset=utf-8');
    } else {
      const safe = safePath(url.pathname);
      if (!safe) sendText(req, res, site, 400, 'Bad path.');
      else if (!existsSync(join(site.dir, 'index.html')))
        sendPage(
          req,
          res,
          site,
          503,
          'The console is not built',
          'Run <code>npm run build:console</code> (npm start builds it when it is missing or stale), then reload this page.',
        );
      else if (safe.segments[0] === 'graphiql' || safe.segments[0] === 'graphiql.html')
        await serveGraphiql(req, res, site, safe.segments);
      else await serveConsole(req, res, site, safe);
    }
    return true;
  };
}
