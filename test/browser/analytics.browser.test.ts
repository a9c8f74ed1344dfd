/**
 * The analysts' dashboard in Chromium, against the real federation and identity provider: the
 * four networks' charts and their tables, a suppressed flow read as "fewer than 5" (never 0), a
 * chart's CSV, the printable report, a network that stops answering, and who is not let in.
 * axe-core finds nothing serious and the Content-Security-Policy refuses nothing.
 */
import { readFile } from 'node:fs/promises';
import type { Locator, Page } from 'playwright-core';
import { accessibilityFindings, eventually, screenshot, serious, shown, signIn } from '../support/browser';
import { consoleSuite } from '../support/console-suite';
import { TestOidcClient } from '../support/oidc-client';

const suite = consoleSuite();
const open = suite.open;

const NETWORKS = ['CASC', 'WACAP', 'GLJC', 'SEAJust'];
/** One month of the demo history (December 2024 to November 2026): few enough referrals per pair of networks that some flows are suppressed. */
const MONTH = '2026-06';
const main = (page: Page) => page.getByRole('main');
const chart = (page: Page, title: string) => main(page).getByRole('region', { name: title });
const table = (page: Page, title: string) => chart(page, title).getByRole('table', { name: title });
/** Width on screen of the box around a chart's table: 1 pixel while it is there for screen readers only. */
const tableWidth = async (t: Locator) => (await t.locator('xpath=..').boundingBox())?.width ?? 0;
/** The cell of a table at a row header and a column header. */
async function cellText(t: Locator, row: string, column: string): Promise<string> {
  const headers = (await t.locator('thead th').allInnerTexts()).map((h) => h.trim());
  const index = headers.indexOf(column);
  if (index < 1) throw new Error(`no column ${column} in ${headers.join(' | ')}`);
  const tr = t.locator('tbody tr').filter({ has: t.page().getByRole('rowheader', { name: row, exact: true }) });
  return (
    await tr
      .locator('td')
      .nth(index - 1)
      .innerText()
  ).trim();
}

/** The flows the API releases to an analyst for the month: origin code → destination code → count (absent: released 0). */
async function releasedFlows(): Promise<Map<string, Map<string, number>>> {
  const account = suite.stack.account('analyst');
  const tokens = await new TestOidcClient(suite.stack.issuer, suite.stack.redirectUri).signIn(
    account.username,
    account.password,
    suite.stack.resource,
  );
  const res = await suite.stack.federation.gql<{
    networks: { code: string; statistics: { outgoing: { byCounterpartNetwork: { key: string; count: number }[] } } }[];
  }>(
    `query($from: DateTime!, $to: DateTime!) { networks { code statistics(from: $from, to: $to) { outgoing { byCounterpartNetwork { key count } } } } }`,
    { from: `${MONTH}-01T00:00:00Z`, to: '2026-07-01T00:00:00Z' },
    tokens.access_token,
  );
  expect(res.errors).toBeUndefined();
  return new Map(
    res.data!.networks.map((n) => [
      n.code,
      new Map(n.statistics.outgoing.byCounterpartNetwork.map((c) => [c.key, c.count])),
    ]),
  );
}
const CODES: Record<string, string> = { CASC: 'CASC', WACAP: 'WACAP', GLJC: 'GLJC', SEAJust: 'SEAJUST' };

async function showMonth(page: Page) {
  const period = main(page).getByRole('form', { name: 'Period' });
  await period.getByRole('combobox', { name: 'First month' }).selectOption({ label: 'June 2026' });
  await period.getByRole('combobox', { name: 'Last month' }).selectOption({ label: 'June 2026' });
  await period.getByRole('button', { name: 'Show' }).click();
  await shown(main(page).getByText('All four networks side by side, June 2026 to June 2026.'));
}

describe("the analysts' dashboard", () => {
  it('draws every chart with its table for the four networks, reads a suppressed flow as fewer than 5, downloads CSV and prints without the navigation', async () => {
    const page = await open();
    await signIn(page, suite.stack.account('analyst'));
    const started = Date.now();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Analytics' }).click();
    await shown(main(page).locator('.chart svg'));
    const firstChartMs = Date.now() - started;
    console.log(`analytics: first chart ${firstChartMs} ms after the click on Analytics (chunk, query, drawing)`);

    await showMonth(page);
    const titles = [
      'Referrals between networks',
      'Referrals sent per month',
      'Referrals received per month',
      'Timeliness',
      'Open referrals by age',
      'Directory health',
    ];
    for (const title of titles) {
      await shown(
        chart(page, title)
          .getByRole('img', { name: `Chart: ${title}. Its figures are in the table that follows.` })
          .locator('svg'),
      );
    }
    await screenshot(page, 'analytics', main(page).getByRole('heading', { level: 1 }));
    // Every network has its row in the flow matrix and a column in the monthly series.
    const flows = table(page, 'Referrals between networks');
    await eventually(async () =>
      expect((await flows.getByRole('rowheader').allInnerTexts()).map((t) => t.trim())).toEqual(NETWORKS),
    );
    expect(
      (await table(page, 'Referrals sent per month').locator('thead th').allInnerTexts()).map((t) => t.trim()),
    ).toEqual(['Month', ...NETWORKS]);
    expect((await table(page, 'Timeliness').getByRole('rowheader').allInnerTexts()).map((t) => t.trim())).toEqual(
      NETWORKS,
    );

    // The table says what the API released; a flow released as 0 (a true count of 0 to 4) reads "fewer than 5".
    const released = await releasedFlows();
    let suppressed = 0;
    for (const origin of NETWORKS) {
      for (const destination of NETWORKS) {
        const count = released.get(CODES[origin]!)!.get(CODES[destination]!);
        const text = await cellText(flows, origin, destination);
        if (count === undefined) suppressed++;
        expect({ origin, destination, text }).toEqual({
          origin,
          destination,
          text: count === undefined ? 'fewer than 5' : String(count),
        });
      }
    }
    expect(suppressed).toBeGreaterThan(0);
    expect(await flows.getByRole('cell', { name: '0', exact: true }).count()).toBe(0);

    // The tables are there for screen readers all along, and on screen when asked.
    expect(await tableWidth(flows)).toBeLessThanOrEqual(1);
    await main(page).getByRole('checkbox', { name: 'Show the tables of figures' }).check();
    await eventually(async () => expect(await tableWidth(flows)).toBeGreaterThan(100));
    expect(serious(await accessibilityFindings(page, 'the analytics dashboard'))).toEqual([]);

    // CSV: a header row, a line per origin, the suppressed flows marked, never 0.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      chart(page, 'Referrals between networks')
        .getByRole('button', { name: /^Download CSV/ })
        .click(),
    ]);
    expect(download.suggestedFilename()).toBe(`flows-${MONTH}-${MONTH}.csv`);
    const lines = (await readFile((await download.path())!, 'utf8'))
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines[0]).toBe(`From network \\ to network,${NETWORKS.join(',')}`);
    expect(lines.slice(1).map((l) => l.split(',')[0])).toEqual(NETWORKS);
    const csvCells = lines.slice(1).flatMap((l) => l.split(',').slice(1));
    expect(csvCells.filter((c) => c === '<5')).toHaveLength(suppressed);
    expect(csvCells).not.toContain('0');

    // The printable report: no navigation or controls, the tables and charts on paper.
    await page.getByRole('checkbox', { name: 'Show the tables of figures' }).uncheck();
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('navigation', { name: 'Main' }).isVisible()).toBe(false);
    expect(await main(page).getByRole('button', { name: 'Print or save as PDF' }).isVisible()).toBe(false);
    expect(await tableWidth(flows)).toBeGreaterThan(100);
    expect(await chart(page, 'Directory health').locator('svg').isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });
    await shown(page.getByRole('navigation', { name: 'Main' }));
  });

  it('shows a network that does not answer as unavailable in its own part only', async () => {
    const page = await open();
    await signIn(page, suite.stack.account('analyst'));
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Analytics' }).click();
    await shown(main(page).locator('.chart svg'));
    await suite.stack.federation.stopNetwork('gljc');
    try {
      await showMonth(page);
      await shown(
        main(page)
          .getByRole('status')
          .getByText('The GLJC network did not answer; its part is missing. Everything else is shown.'),
      );
      const flows = table(page, 'Referrals between networks');
      await eventually(async () => expect(await cellText(flows, 'GLJC', 'CASC')).toBe('unavailable'));
      for (const destination of NETWORKS) expect(await cellText(flows, 'GLJC', destination)).toBe('unavailable');
      // GLJC's column comes from the other networks' outgoing flows, which they did report.
      for (const origin of ['CASC', 'WACAP', 'SEAJust'])
        expect(await cellText(flows, origin, 'GLJC')).not.toBe('unavailable');
      expect(await cellText(table(page, 'Directory health'), 'CASC', 'Active contact points')).toMatch(/^\d+$/);
    } finally {
      await suite.stack.federation.startNetwork('gljc');
    }
  });

  it('is not offered to a contact point, and a contact point or an anonymous visitor who opens it gets no figures', async () => {
    const anonymous = await open(`/analytics?from=${MONTH}&to=${MONTH}`);
    await shown(main(anonymous).getByText('Statistics are for analysts, secretariats and hub administrators.'));
    expect(await main(anonymous).getByRole('table').count()).toBe(0);

    const page = await open();
    await signIn(page, suite.stack.account('wacap-contact-point'));
    const nav = page.getByRole('navigation', { name: 'Main' });
    await shown(nav.getByRole('link', { name: 'Networks' }));
    expect(await nav.getByRole('link', { name: 'Analytics' }).count()).toBe(0);
    // Client-side, as a typed link would arrive after the sign-in: the networks refuse, the page says who may see it.
    await page.evaluate(`history.pushState(null, '', '/analytics'); dispatchEvent(new PopStateEvent('popstate'))`);
    await shown(main(page).getByText('Statistics are for analysts, secretariats and hub administrators.'));
    expect(await main(page).getByRole('table').count()).toBe(0);
    expect(serious(await accessibilityFindings(page, 'the dashboard refused'))).toEqual([]);
  });
});
