/**
 * Debian's Chromium, driven by playwright-core (no browser download; `.ci/run` installs it):
 * headless, nothing fetched in the background, a fresh profile unless one is given.
 * Used by the browser tests and the benchmark.
 */
export const CHROMIUM = {
  executablePath: '/usr/bin/chromium',
  args: [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
};
