/**
 * Every page of the console in Chromium, served by the gateway under its
 * Content-Security-Policy, against the real federation and identity provider:
 * axe-core finds nothing serious or critical, and no page is refused anything by
 * the policy. GraphiQL runs a query under its own (development) policy.
 */
import type { Locator, Page } from 'playwright-core';
import { accessibilityFindings, eventually, logIn, screenshot, serious, shown } from '../support/browser';
import { consoleSuite } from '../support/console-suite';

const suite = consoleSuite();
const open = suite.open;

const main = (page: Page) => page.getByRole('main');

interface ConsolePage {
  name: string;
  path: string;
  /** What is on screen once the page has its data. */
  ready: (page: Page) => Locator;
  /** Saved for the docs as docs/screenshots/<shot>.png. */
  shot?: string;
}

const PAGES: ConsolePage[] = [
  {
    name: 'the directory, anonymous',
    path: '/',
    ready: (p) =>
      main(p).getByRole('region', { name: 'SEAJust' }).getByText('Visible to members of the networks only.'),
  },
  { name: 'the Atlas, step 1', path: '/atlas', ready: (p) => p.getByRole('button', { name: 'Show measures' }) },
  {
    name: 'the Atlas, step 2',
    path: '/atlas?country=KHM',
    ready: (p) => p.getByRole('radio', { name: 'Bank information' }),
  },
  {
    name: "the Atlas's answer",
    path: '/atlas?country=KHM&measure=BANK_INFORMATION',
    ready: (p) => p.getByRole('heading', { name: /^Competent authorities/ }),
  },
  { name: 'the countries', path: '/countries', ready: (p) => main(p).getByRole('link', { name: 'Cambodia' }) },
  {
    name: 'a country',
    path: '/countries/KHM',
    ready: (p) => p.getByRole('table', { name: 'Measures as SEAJust describes them' }),
    shot: 'country',
  },
  {
    name: 'the networks and their map',
    path: '/networks',
    ready: (p) => p.getByRole('img', { name: /^Member countries of the four networks/ }),
  },
  {
    name: 'a network and its map',
    path: '/networks/SEAJUST',
    ready: (p) => p.getByRole('img', { name: /^Member countries of SEAJust/ }),
    shot: 'network',
  },
  {
    name: 'the sign-in callback reached without signing in',
    path: '/auth/callback',
    ready: (p) => p.getByRole('alert').getByText('Sign-in did not complete.', { exact: false }),
  },
  {
    name: 'a page that does not exist',
    path: '/no-such-page',
    ready: (p) => p.getByRole('heading', { name: 'Page not found' }),
  },
];

describe('every page of the console', () => {
  it.each(PAGES)(
    '$name ($path): nothing serious or critical for axe, nothing refused by the policy',
    async ({ name, path, ready, shot }) => {
      const page = await open(path);
      await shown(ready(page));
      if (shot) await screenshot(page, shot);
      expect(serious(await accessibilityFindings(page, name))).toEqual([]);
    },
  );

  it("signed in: the identity provider's login page, the directory with results and a contact point's page", async () => {
    const page = await open('/');
    await page.getByRole('banner').getByRole('button', { name: 'Sign in', exact: true }).click();
    await shown(page.getByLabel('Username'));
    expect(serious(await accessibilityFindings(page, 'the login page'))).toEqual([]);

    await logIn(page, suite.stack.account('seajust-contact-point'));
    const results = main(page).getByRole('region', { name: /^SEAJust/ });
    await shown(results.getByRole('article'));
    expect(serious(await accessibilityFindings(page, 'the directory with results'))).toEqual([]);

    const name = await results.getByRole('article').first().getByRole('heading').innerText();
    await results.getByRole('link', { name }).click();
    await shown(main(page).getByRole('heading', { level: 1, name }));
    await shown(main(page).getByRole('term').filter({ hasText: 'E-mail' }));
    expect(serious(await accessibilityFindings(page, "a contact point's page"))).toEqual([]);
  });
});

describe('GraphiQL', () => {
  it("loads at /graphiql and runs a query in the browser under the gateway's policy, from its own origin only", async () => {
    const page = await open('/graphiql');
    const foreign: string[] = [];
    page.on('request', (req) => {
      if (!req.url().startsWith(suite.stack.consoleUrl) && !req.url().startsWith('data:')) foreign.push(req.url());
    });
    const editor = page
      .getByRole('region', { name: 'Operation Editor' })
      .getByRole('textbox', { name: 'Editor content' });
    await shown(editor);
    await editor.focus();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('Delete');
    // Monaco closes brackets as they are typed and types over them, so the whole query can be typed.
    await page.keyboard.type('{ networks { code name } }');
    await page.keyboard.press('Escape'); // the schema's suggestions, which cover the button
    await page.getByRole('button', { name: 'Execute query (Ctrl-Enter)' }).click();

    const result = page.getByRole('region', { name: 'Result Window' });
    await eventually(async () => expect(await result.innerText()).toContain('"SEAJust"'));
    for (const code of ['CASC', 'WACAP', 'GLJC', 'SEAJUST']) expect(await result.innerText()).toContain(`"${code}"`);
    expect(foreign).toEqual([]);
  });
});
