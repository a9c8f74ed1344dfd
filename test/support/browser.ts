/**
 * Browser tests drive Debian's Chromium with playwright-core (no browser download):
 * a page that records every Content-Security-Policy violation and script error,
 * signing in through the identity provider's own login page, axe-core on a page,
 * and screenshots for the docs when JCN_SCREENSHOTS names a folder.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { CONSOLE_DIR, consoleBuildIsStale } from '../../console/build';
import { CHROMIUM } from '../../scripts/lib/chromium';
import type { DemoAccountWithPassword } from '../../scripts/lib/idp/accounts';

export function launchChromium(): Promise<Browser> {
  return chromium.launch(CHROMIUM);
}

/**
 * Builds console/dist when its sources changed (`npm run build:console`, in a child process: Vite is
 * an ES module jest cannot import). Two test files may start at once in two jest workers; one builds
 * while the other waits, so neither serves a half-written folder.
 */
export async function consoleBuilt(): Promise<void> {
  const lock = join(
    tmpdir(),
    `jcn-console-build-${createHash('sha256').update(CONSOLE_DIR).digest('hex').slice(0, 12)}.lock`,
  );
  const deadline = Date.now() + 180_000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      // A lock older than any build is left by a run that was killed.
      const since = statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now();
      if (Date.now() - since > 120_000) rmSync(lock, { recursive: true, force: true });
      if (Date.now() > deadline) throw new Error(`waited 3 minutes for another build of the console (${lock})`);
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  try {
    if (consoleBuildIsStale()) {
      // Jest's NODE_ENV=test would make Vite bundle React's development build, which npm start would then serve.
      const env = { ...process.env, NODE_ENV: 'production' };
      await promisify(execFile)(process.execPath, ['--import', 'tsx', join(CONSOLE_DIR, 'scripts', 'build.ts')], {
        cwd: join(CONSOLE_DIR, '..'),
        env,
      });
    }
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

export interface WatchedContext {
  context: BrowserContext;
  page: Page;
  /** Content-Security-Policy violations on any page of the context, as "directive blocked-uri (document)". */
  cspViolations: string[];
  /** Uncaught exceptions of the pages. */
  pageErrors: string[];
}

/**
 * A fresh context (no cookies, no storage) at 1280x800 in English, whose pages report every
 * CSP violation: from the document's `securitypolicyviolation` events and from the console,
 * where Chromium also reports what a worker was refused.
 */
export async function watchedContext(browser: Browser, options: { locale?: string } = {}): Promise<WatchedContext> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    locale: options.locale ?? 'en-GB',
  });
  const cspViolations: string[] = [];
  const pageErrors: string[] = [];
  await context.exposeBinding('__reportCspViolation', (_source, violation: string) => {
    cspViolations.push(violation);
  });
  // Runs in the page (a string: the test project's TypeScript has no DOM types).
  await context.addInitScript({
    content: `document.addEventListener('securitypolicyviolation', (e) =>
      window.__reportCspViolation(e.effectiveDirective + ' ' + e.blockedURI.slice(0, 80) + ' (' + e.documentURI + ')'));`,
  });
  context.on('page', (page) => {
    page.on('pageerror', (err) => pageErrors.push(err.stack || err.message));
    page.on('console', (message) => {
      if (message.type() === 'error' && /Content Security Policy/i.test(message.text()))
        cspViolations.push(`console: ${message.text().slice(0, 200)}`);
    });
  });
  const page = await context.newPage();
  return { context, page, cspViolations, pageErrors };
}

/** Signs in as a person would: the banner's Sign in, the provider's login form, back on the console. */
export async function signIn(page: Page, account: DemoAccountWithPassword): Promise<void> {
  await page.getByRole('banner').getByRole('button', { name: 'Sign in', exact: true }).click();
  await logIn(page, account);
}

/** Fills the identity provider's login form and waits until the console names the person. */
export async function logIn(page: Page, account: DemoAccountWithPassword): Promise<void> {
  await page.getByLabel('Username').fill(account.username);
  await page.getByLabel('Password').fill(account.password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.getByText(`Signed in as ${account.displayName}`).waitFor();
}

/**
 * Retries a jest assertion about the page until it holds: the console renders after its data
 * arrives (playwright-core has no auto-waiting `expect`; that lives in @playwright/test).
 */
export async function eventually(assertion: () => Promise<void> | void, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await assertion();
      return;
    } catch (err) {
      if (Date.now() > deadline) throw err;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

/** Waits until the element is on screen (fails after the default timeout if it never is). */
export const shown = (locator: Locator) => locator.first().waitFor({ state: 'visible' });

/** The visible texts of every element the locator finds, once they are what is expected. */
export const texts = (locator: Locator, expected: string[]) =>
  eventually(async () => expect((await locator.allInnerTexts()).map((t) => t.trim())).toEqual(expected));

/** What the page says about itself, evaluated in the page: `<html lang>`, the focused element's text, web storage. */
export const inPage = {
  lang: (page: Page) => page.evaluate('document.documentElement.lang') as Promise<string>,
  focusedText: (page: Page) =>
    page.evaluate('document.activeElement ? document.activeElement.textContent : null') as Promise<string | null>,
  storage: (page: Page) =>
    page.evaluate('JSON.stringify({ local: { ...localStorage }, session: { ...sessionStorage } })') as Promise<string>,
};

export interface AxeFinding {
  id: string;
  impact: string;
  help: string;
  targets: string[];
}

/** axe-core on the page as it is now: every finding, printed, so a test can assert on the serious ones. */
export async function accessibilityFindings(page: Page, label: string): Promise<AxeFinding[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const findings = violations.map((v) => ({
    id: v.id,
    impact: v.impact ?? 'unknown',
    help: v.help,
    targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')),
  }));
  if (findings.length)
    console.log(
      `axe on ${label}:\n${findings.map((f) => `  ${f.impact} ${f.id}: ${f.help} (${f.targets.join(', ')})`).join('\n')}`,
    );
  return findings;
}

/** Only what would stop or seriously hinder someone: axe's serious and critical findings. */
export const serious = (findings: readonly AxeFinding[]) =>
  findings.filter((f) => f.impact === 'serious' || f.impact === 'critical');

/**
 * Saves the viewport as <name>.png in the folder JCN_SCREENSHOTS names (`npm run screenshots`), scrolled
 * so that `top`, when given, is at the top of the picture.
 */
export async function screenshot(page: Page, name: string, top?: Locator): Promise<void> {
  const dir = process.env.JCN_SCREENSHOTS;
  if (!dir) return;
  mkdirSync(resolve(dir), { recursive: true });
  const box = await top?.boundingBox();
  if (box) await page.evaluate(`window.scrollBy(0, ${Math.round(box.y) - 16})`);
  // No blinking caret or focus ring mid-animation in the picture.
  await page.screenshot({ path: join(resolve(dir), `${name}.png`), animations: 'disabled', caret: 'hide' });
}

/** `text` matched literally inside a regular expression (an accessible name that begins with a person's name). */
export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
