/**
 * The web console as a person uses it, in Chromium, against the real federation
 * (seeded databases, subgraph processes, the gateway serving the built console)
 * and the real development identity provider: signing in on its login page,
 * searching the directory, the Atlas, languages, a network that stops answering,
 * signing out. Found by roles and labels only, as a screen reader would.
 */
import type { Page } from 'playwright-core';
import { eventually, inPage, screenshot, shown, signIn, texts } from '../support/browser';
import { consoleSuite } from '../support/console-suite';

const suite = consoleSuite();
const open = suite.open;

const CONTACT_POINT = 'wacap-contact-point';
const main = (page: Page) => page.getByRole('main');
/** A network's share of the directory's results, by its heading. */
const networkResults = (page: Page, name: string) =>
  main(page).getByRole('region', { name: new RegExp(`^${name}\\b`) });

interface ContactPointRow extends Record<string, unknown> {
  full_name: string;
  email: string;
}

/** Active prosecutors of a country in a network's database: what the directory must show. */
const prosecutors = (network: string, country: string) =>
  suite.stack.federation.sql<ContactPointRow>(
    network,
    `SELECT full_name, email FROM contact_points WHERE active AND country = $1 AND 'PROSECUTOR' = ANY(roles) ORDER BY full_name`,
    [country],
  );

describe('signing in and finding a contact point', () => {
  it("signs in on the identity provider's login page and is named in the banner; the access token never reaches web storage", async () => {
    const page = await open();
    const bearer: string[] = [];
    page.on('request', (req) => {
      const auth = req.headers().authorization;
      if (req.url().endsWith('/graphql') && auth) bearer.push(auth.replace(/^Bearer /, ''));
    });
    await signIn(page, suite.stack.account(CONTACT_POINT));

    await shown(page.getByRole('banner').getByText('Signed in as WACAP contact point (BEN) (contact point, wacap)'));
    await shown(networkResults(page, 'WACAP').getByRole('article').first());
    await screenshot(page, 'directory', main(page).getByRole('heading', { level: 1 }));
    // The console calls the gateway with the provider's token; a script reading storage finds none of it.
    expect(bearer.length).toBeGreaterThan(0);
    const storage = await inPage.storage(page);
    expect(storage).not.toContain(bearer[0]!.split('.')[2]);
    expect(storage).not.toMatch(/refresh_token|access_token/);
  });

  it('stays signed in across a reload and in a link opened anew, with no token in web storage', async () => {
    const page = await open();
    await signIn(page, suite.stack.account(CONTACT_POINT));
    await shown(page.getByRole('banner').getByText(/Signed in as WACAP contact point/));
    await page.goto(new URL('/networks/WACAP', page.url()).toString());
    // One silent round trip to the provider and its callback, then back on the page asked for.
    await page.waitForURL((url) => url.pathname === '/networks/WACAP', { timeout: 15_000 });
    await shown(page.getByRole('banner').getByText(/Signed in as WACAP contact point/));
    await shown(page.getByRole('heading', { level: 1, name: 'WACAP' }));
    expect(await inPage.storage(page)).not.toMatch(/refresh_token|access_token/);
  });

  it('searches the directory by country and role and opens a contact point, e-mail included', async () => {
    const expected = await prosecutors('wacap', 'NGA');
    expect(expected.length).toBeGreaterThan(0);
    const page = await open();
    await signIn(page, suite.stack.account(CONTACT_POINT));

    const search = page.getByRole('search', { name: 'Search the directory' });
    await search.getByRole('combobox', { name: 'Country' }).selectOption({ label: 'Nigeria' });
    await search.getByRole('combobox', { name: 'Role' }).selectOption({ label: 'Prosecutor' });
    await search.getByRole('button', { name: 'Search' }).click();

    const count = expected.length === 1 ? '1 contact point' : `${expected.length} contact points`;
    await shown(main(page).getByText(`${count} in 1 network`));
    const wacap = networkResults(page, 'WACAP');
    await texts(wacap.getByRole('heading', { level: 2 }), [`WACAP (${count})`]);
    await texts(
      wacap.getByRole('heading', { level: 3 }),
      expected.map((r) => r.full_name),
    );
    for (const other of ['CASC', 'GLJC', 'SEAJust'])
      await texts(networkResults(page, other).getByRole('heading', { level: 2 }), [`${other} (none)`]);

    await wacap.getByRole('link', { name: expected[0]!.full_name }).click();
    await texts(main(page).getByRole('heading', { level: 1 }), [expected[0]!.full_name]);
    await eventually(async () =>
      expect(await main(page).getByRole('link', { name: expected[0]!.email }).getAttribute('href')).toBe(
        `mailto:${expected[0]!.email}`,
      ),
    );
    await shown(main(page).getByRole('link', { name: 'Nigeria' }));
    await screenshot(page, 'contact-point');
  });

  it('tells an anonymous visitor, network by network, that contact points are for members of the networks', async () => {
    const [someone] = await suite.stack.federation.sql<{ id: string }>(
      'seajust',
      `SELECT id FROM contact_points WHERE active ORDER BY id LIMIT 1`,
    );
    const page = await open();
    await shown(main(page).getByText('You are not signed in.', { exact: false }));
    for (const name of ['CASC', 'WACAP', 'GLJC', 'SEAJust']) {
      await shown(networkResults(page, name).getByText('Visible to members of the networks only.'));
    }
    await eventually(async () => expect(await main(page).getByText('did not answer').count()).toBe(0));

    await page.goto(`${suite.stack.consoleUrl}/contact-points/${encodeURIComponent(`seajust:cp:${someone!.id}`)}`);
    await texts(main(page).getByRole('heading', { level: 1 }), ['Contact point']);
    await shown(main(page).getByText('Visible to members of the networks only.'));
    await shown(main(page).getByRole('button', { name: 'Sign in to see it.' }));
  });
});

describe('the Atlas', () => {
  it('leads step by step to the authority that executes a measure in a country, with the languages and channels it accepts', async () => {
    const page = await open('/atlas');
    await page.getByRole('combobox', { name: 'Country' }).selectOption({ label: 'Nigeria' });
    await page.getByRole('button', { name: 'Show measures' }).click();
    await eventually(async () => expect(await inPage.focusedText(page)).toBe('2. Which measure do you need?'));
    await page.getByRole('radio', { name: 'Bank information' }).check();
    await page.getByRole('button', { name: 'Show authorities' }).click();

    const answer = page.getByRole('region', { name: '3. Nigeria: who executes “Bank information”' });
    await eventually(async () =>
      expect(await inPage.focusedText(page)).toBe('3. Nigeria: who executes “Bank information”'),
    );
    await shown(answer.getByRole('heading', { name: 'As WACAP describes it' }));
    const authority = answer
      .getByRole('article')
      .filter({ has: page.getByRole('heading', { name: 'Financial Intelligence Unit of Nigeria' }) });
    await eventually(async () =>
      expect(await authority.getByRole('definition').allInnerTexts()).toEqual(
        expect.arrayContaining(['English', 'Secure platform, E-mail']),
      ),
    );
    await shown(authority.getByText('Accepts requests in'));
    await shown(authority.getByText('Channels'));
    await shown(authority.getByText('Urgent contact'));
    await screenshot(page, 'atlas', answer.getByRole('heading', { level: 2 }));
  });
});

describe('languages', () => {
  const LANGUAGE = 'Language / Langue / Язык / Idioma';

  it('switches to French and to Russian, keeps the choice across a reload, and <html lang> follows', async () => {
    const page = await open();
    await texts(main(page).getByRole('heading', { level: 1 }), ['Directory']);
    await eventually(async () => expect(await inPage.lang(page)).toBe('en'));

    await page.getByRole('combobox', { name: LANGUAGE }).selectOption({ label: 'Français' });
    await texts(main(page).getByRole('heading', { level: 1 }), ['Annuaire']);
    await shown(page.getByRole('search', { name: "Rechercher dans l'annuaire" }));
    await shown(networkResults(page, 'CASC').getByText('Visible uniquement par les membres des réseaux.'));
    await eventually(async () => expect(await inPage.lang(page)).toBe('fr'));
    await screenshot(page, 'directory-fr');

    await page.getByRole('combobox', { name: LANGUAGE }).selectOption({ label: 'Русский' });
    await texts(main(page).getByRole('heading', { level: 1 }), ['Справочник']);
    await shown(page.getByRole('navigation').getByRole('link', { name: 'Атлас' }));
    await eventually(async () => expect(await inPage.lang(page)).toBe('ru'));

    await page.reload();
    await texts(main(page).getByRole('heading', { level: 1 }), ['Справочник']);
    await eventually(async () => expect(await page.getByRole('combobox', { name: LANGUAGE }).inputValue()).toBe('ru'));
    await eventually(async () => expect(await inPage.lang(page)).toBe('ru'));
  });

  it("starts in the browser's language when none was chosen", async () => {
    const page = await open('/', { locale: 'pt-BR' });
    await texts(main(page).getByRole('heading', { level: 1 }), ['Diretório']);
    await eventually(async () => expect(await inPage.lang(page)).toBe('pt'));
  });
});

describe('a network that does not answer', () => {
  it("names it in a notice while the other networks' results stay", async () => {
    const page = await open();
    await signIn(page, suite.stack.account(CONTACT_POINT));
    await shown(networkResults(page, 'GLJC').getByRole('article').first());

    await suite.stack.federation.stopNetwork('gljc');
    try {
      const search = page.getByRole('search', { name: 'Search the directory' });
      await search.getByRole('combobox', { name: 'Role' }).selectOption({ label: 'Prosecutor' });
      await search.getByRole('button', { name: 'Search' }).click();

      await shown(
        main(page)
          .getByRole('status')
          .getByText('The GLJC network did not answer; its part is missing. Everything else is shown.'),
      );
      await shown(networkResults(page, 'GLJC').getByText('GLJC did not answer; its part is missing.'));
      for (const other of ['CASC', 'WACAP', 'SEAJust'])
        await shown(networkResults(page, other).getByRole('article').first());
      await screenshot(page, 'network-down', main(page).getByRole('heading', { level: 1 }));
    } finally {
      await suite.stack.federation.startNetwork('gljc');
    }
  });
});

describe('signing out', () => {
  it("ends the session after the provider's confirmation: back on the console, the banner offers Sign in again and contact points are hidden once more", async () => {
    const page = await open();
    await signIn(page, suite.stack.account(CONTACT_POINT));
    await shown(networkResults(page, 'CASC').getByRole('article').first());

    await page.getByRole('banner').getByRole('button', { name: 'Sign out' }).click();
    // The identity provider asks first, so a link cannot sign someone out behind their back.
    await shown(page.getByRole('heading', { name: 'Sign out of JCN Hub?' }));
    await page.getByRole('button', { name: 'Yes, sign me out' }).click();

    await shown(page.getByRole('banner').getByRole('button', { name: 'Sign in', exact: true }));
    expect(new URL(page.url()).origin).toBe(suite.stack.consoleUrl);
    await eventually(async () => expect(await page.getByText('Signed in as').count()).toBe(0));
    await shown(networkResults(page, 'CASC').getByText('Visible to members of the networks only.'));
    await eventually(async () => expect(await main(page).getByRole('article').count()).toBe(0));
  });
});
