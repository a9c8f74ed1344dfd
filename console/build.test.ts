/** What `npm start` relies on to rebuild the console only when needed, and how its first load is measured. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { consoleBuildIsStale, consoleSourceHash, initialJavaScript } from './build';

describe('console build', () => {
  let dist: string;
  beforeEach(() => {
    dist = mkdtempSync(join(tmpdir(), 'console-dist-'));
  });
  afterEach(() => rmSync(dist, { recursive: true, force: true }));

  it('is stale when dist is missing, fresh when built from these sources, stale when a source changed', () => {
    expect(consoleBuildIsStale(dist, () => 'abc')).toBe(true);
    writeFileSync(join(dist, 'index.html'), '<!doctype html>');
    writeFileSync(join(dist, '.build-hash'), 'abc\n');
    expect(consoleBuildIsStale(dist, () => 'abc')).toBe(false);
    expect(consoleBuildIsStale(dist, () => 'def')).toBe(true);
  });

  it('hashes the sources the same way twice', () => {
    expect(consoleSourceHash()).toMatch(/^[0-9a-f]{64}$/);
    expect(consoleSourceHash()).toBe(consoleSourceHash());
  });

  it('counts the entry script and its modulepreloaded imports, not stylesheets or lazy chunks', () => {
    mkdirSync(join(dist, 'assets'));
    const files = {
      'app.js': 'console.log("app");'.repeat(50),
      'shared.js': 'export const x = 1;'.repeat(30),
      'lazy.js': 'x'.repeat(5000),
    };
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dist, 'assets', name), text);
    writeFileSync(
      join(dist, 'index.html'),
      '<script type="module" crossorigin src="/assets/app.js"></script><link rel="modulepreload" crossorigin href="/assets/shared.js"><link rel="stylesheet" href="/assets/app.css">',
    );
    const gz = (text: string) => gzipSync(text, { level: 9 }).length;
    expect(initialJavaScript(dist)).toEqual({
      files: ['assets/app.js', 'assets/shared.js'],
      gzipBytes: gz(files['app.js']) + gz(files['shared.js']),
    });
  });
});
