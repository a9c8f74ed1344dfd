/**
 * The web console in headless Chromium against the benchmark's own gateway (NODE_ENV=production,
 * serving console/dist): the JavaScript a browser needs before the first page (gzip), and the time
 * until the directory is usable, cold (a fresh profile, empty cache) and warm (the same profile, a
 * second load). Usable: the search form is shown and the first network's part of the results has
 * its answer (anonymous: the notice that contact points are for members).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { initialJavaScript } from '../console/build';
import { CHROMIUM } from '../scripts/lib/chromium';

/** Issue 10's budgets, on this machine with the federation running. */
export const CONSOLE_BUDGET = { initialJsGzipKb: 250, coldMs: 1500 };

export interface ConsoleFigures {
  initialJsGzipBytes: number;
  initialJsFiles: number;
  /** Milliseconds from navigation to a usable directory, one per run. */
  coldMs: number[];
  warmMs: number[];
}

/** Opens the directory in `page` and returns how long until it is usable. */
async function timeToUsableDirectory(page: Page, origin: string, firstNetwork: string): Promise<number> {
  const main = page.getByRole('main');
  const group = main.getByRole('region', { name: new RegExp(`^${firstNetwork}\\b`) });
  const t0 = performance.now();
  await page.goto(`${origin}/`, { waitUntil: 'commit' });
  await main.getByRole('search').waitFor();
  await group.getByRole('article').or(group.getByText('Visible to members of the networks only.')).first().waitFor();
  return performance.now() - t0;
}

/** `runs` cold loads, each in a new profile, each followed by a warm load in the same profile. */
export async function benchConsole(origin: string, firstNetwork: string, runs = 5): Promise<ConsoleFigures> {
  const initial = initialJavaScript();
  const coldMs: number[] = [];
  const warmMs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const profile = mkdtempSync(join(tmpdir(), 'jcn-bench-chromium-'));
    const context = await chromium.launchPersistentContext(profile, {
      ...CHROMIUM,
      viewport: { width: 1280, height: 800 },
      locale: 'en-GB',
    });
    try {
      coldMs.push(await timeToUsableDirectory(context.pages()[0] ?? (await context.newPage()), origin, firstNetwork));
      warmMs.push(await timeToUsableDirectory(await context.newPage(), origin, firstNetwork));
    } finally {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    }
  }
  return { initialJsGzipBytes: initial.gzipBytes, initialJsFiles: initial.files.length, coldMs, warmMs };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export const CONSOLE_HEADING = '## 6. The web console in a browser';

/** The BENCHMARKS.md section. */
export function consoleSection(f: ConsoleFigures): string[] {
  const kb = f.initialJsGzipBytes / 1024;
  const ms = (xs: number[]) => `median **${median(xs).toFixed(0)} ms** (${xs.map((x) => x.toFixed(0)).join(', ')})`;
  return [
    CONSOLE_HEADING,
    '',
    `Initial JavaScript (the entry script of \`console/dist/index.html\` and the chunks it preloads, gzip level 9): **${kb.toFixed(1)} KB** in ${f.initialJsFiles} files (target at most ${CONSOLE_BUDGET.initialJsGzipKb} KB). The gateway sends this size: it gzips text files for browsers that accept it.`,
    '',
    `Time from navigation to a usable directory page (the search form shown and the first network's part of the results answered; anonymous) in headless Chromium, served by the benchmark's gateway (NODE_ENV=production) with the seeded federation running on the same machine, ${f.coldMs.length} runs each:`,
    '',
    `- cold (a fresh profile, empty cache): ${ms(f.coldMs)} (target at most ${CONSOLE_BUDGET.coldMs} ms)`,
    `- warm (the same profile, a second load: hashed assets from the cache): ${ms(f.warmMs)}`,
    '',
  ];
}
