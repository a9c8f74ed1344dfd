/**
 * Builds the console into console/dist and records what it was built from, so that
 * `npm start` rebuilds only when a source or the lockfile changed (CONSOLE.md point 7).
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

export const CONSOLE_DIR = __dirname;
export const DIST_DIR = join(CONSOLE_DIR, 'dist');
export const BUILD_HASH_PATH = join(DIST_DIR, '.build-hash');
const LOCKFILE = join(CONSOLE_DIR, '..', 'package-lock.json');
/** Not inputs of the build: its output, and tests that never reach the browser. */
const SKIP = new Set(['dist', 'node_modules']);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return SKIP.has(entry.name) ? [] : sourceFiles(path);
      return entry.name.endsWith('.test.ts') ? [] : [path];
    })
    .sort();
}

/** SHA-256 over the console's sources (paths and contents) and the lockfile. */
export function consoleSourceHash(): string {
  const hash = createHash('sha256');
  for (const file of [...sourceFiles(CONSOLE_DIR), LOCKFILE]) {
    hash.update(relative(CONSOLE_DIR, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex');
}

/** True when console/dist is missing or was built from other sources. */
export function consoleBuildIsStale(distDir = DIST_DIR, sourceHash = consoleSourceHash): boolean {
  const hashFile = join(distDir, '.build-hash');
  if (!existsSync(join(distDir, 'index.html')) || !existsSync(hashFile)) return true;
  return readFileSync(hashFile, 'utf8').trim() !== sourceHash();
}

/** Runs the Vite build and writes console/dist/.build-hash. */
export async function buildConsole(): Promise<void> {
  const hash = consoleSourceHash();
  const { build } = await import('vite');
  await build({ configFile: join(CONSOLE_DIR, 'vite.config.mts'), logLevel: 'warn' });
  writeFileSync(BUILD_HASH_PATH, `${hash}\n`);
}

/** Builds only when stale; returns whether it built. */
export async function ensureConsoleBuilt(): Promise<boolean> {
  if (!consoleBuildIsStale()) return false;
  await buildConsole();
  return true;
}

export interface InitialJavaScript {
  files: string[];
  gzipBytes: number;
}

/**
 * The JavaScript a browser fetches before the first page can render: the entry script of
 * dist/index.html and the chunks it imports statically (Vite lists them as modulepreload links).
 */
export function initialJavaScript(distDir = DIST_DIR): InitialJavaScript {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const files = [
    ...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="\/([^"]+\.js)"/g),
  ].map((m) => m[1]!);
  const gzipBytes = files.reduce(
    (sum, file) => sum + gzipSync(readFileSync(join(distDir, file)), { level: 9 }).length,
    0,
  );
  return { files, gzipBytes };
}
