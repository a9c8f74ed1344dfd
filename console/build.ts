/**
 * STAND-IN, written by the "idp" helper so that `npm start` compiles before the
 * console's own build module lands (CONSOLE.md point 7). The console helper owns
 * this file: when merging, keep theirs; npm start needs only these two exports.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const CONSOLE_DIR = __dirname;
const DIST_DIR = join(CONSOLE_DIR, 'dist');
const HASH_PATH = join(DIST_DIR, '.build-hash');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? (['dist', 'node_modules'].includes(e.name) ? [] : sourceFiles(join(dir, e.name))) : [join(dir, e.name)]))
    .sort();
}

function sourceHash(): string {
  const hash = createHash('sha256');
  for (const file of [...sourceFiles(CONSOLE_DIR), join(CONSOLE_DIR, '..', 'package-lock.json')]) {
    hash.update(relative(CONSOLE_DIR, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex');
}

/** True when console/dist is missing or was built from other sources. */
export function consoleBuildIsStale(): boolean {
  return !existsSync(join(DIST_DIR, 'index.html')) || !existsSync(HASH_PATH) || readFileSync(HASH_PATH, 'utf8').trim() !== sourceHash();
}

/** Runs `vite build --config console/vite.config.ts` and writes console/dist/.build-hash. */
export async function buildConsole(): Promise<void> {
  const hash = sourceHash();
  const vite = join(CONSOLE_DIR, '..', 'node_modules', '.bin', 'vite');
  const code = await new Promise<number | null>((resolve) =>
    spawn(vite, ['build', '--config', join(CONSOLE_DIR, 'vite.config.ts')], { stdio: 'inherit' }).once('exit', resolve),
  );
  if (code !== 0) throw new Error(`vite build failed (exit ${code})`);
  writeFileSync(HASH_PATH, `${hash}\n`);
}
