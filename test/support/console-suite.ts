/**
 * The hooks a browser test file of the console shares: one stack (federation, identity provider,
 * console) and one Chromium for the file, and a fresh watched profile for each open(). Whatever a
 * test did, every profile it opened is closed after it, and none may have been refused anything
 * by the Content-Security-Policy or have thrown.
 */
import type { Browser, Page } from 'playwright-core';
import { consoleBuilt, launchChromium, watchedContext, type WatchedContext } from './browser';
import { startConsoleStack, type ConsoleStack } from './console-stack';

export interface ConsoleSuite {
  /** Set before the file's first test runs. */
  stack: ConsoleStack;
  /** A fresh browser profile at `path` of the console. */
  open(path?: string, options?: { locale?: string }): Promise<Page>;
}

/** Registers the file's hooks; call once, at the top level of a test file. */
export function consoleSuite(): ConsoleSuite {
  let browser: Browser;
  const contexts: WatchedContext[] = [];
  const suite: ConsoleSuite = {
    stack: undefined as unknown as ConsoleStack,
    async open(path = '/', options = {}) {
      const watched = await watchedContext(browser, options);
      contexts.push(watched);
      await watched.page.goto(`${suite.stack.consoleUrl}${path}`);
      return watched.page;
    },
  };

  beforeAll(async () => {
    await consoleBuilt();
    [suite.stack, browser] = await Promise.all([startConsoleStack(), launchChromium()]);
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await suite.stack?.close();
  });

  afterEach(async () => {
    for (const { context, cspViolations, pageErrors } of contexts.splice(0)) {
      await context.close();
      expect(cspViolations).toEqual([]);
      expect(pageErrors).toEqual([]);
    }
  });
  return suite;
}
