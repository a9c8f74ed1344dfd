/**
 * A referral from first draft to an answered question, in two browsers at once: a
 * Cambodian contact point of SEAJust writes to Nigeria, WACAP's outbox worker and
 * SEAJust's deliver each side's steps through the gateway, and each person sees the
 * other's changes without reloading. Every page added for referrals is axe-clean and
 * refused nothing by the Content-Security-Policy.
 */
import type { Browser, Page, Request } from 'playwright-core';
import {
  accessibilityFindings,
  consoleBuilt,
  escapeRegExp,
  eventually,
  launchChromium,
  logIn,
  screenshot,
  serious,
  shown,
  watchedContext,
  type WatchedContext,
} from '../support/browser';
import { startConsoleStack, type ConsoleStack } from '../support/console-stack';
import { waitFor } from '../support/referrals';

let stack: ConsoleStack;
let browser: Browser;
const contexts: WatchedContext[] = [];

beforeAll(async () => {
  await consoleBuilt();
  [stack, browser] = await Promise.all([
    startConsoleStack({ contactPointCountries: { seajust: 'KHM', wacap: 'NGA' } }),
    launchChromium(),
  ]);
}, 240_000);

afterAll(async () => {
  for (const { context } of contexts) await context.close();
  await browser?.close();
  await stack?.close();
});

/** A fresh browser context signed in as `username`, on `path`. */
async function signedIn(username: string, path: string): Promise<Page> {
  const watched = await watchedContext(browser);
  contexts.push(watched);
  const { page } = watched;
  await page.goto(`${stack.consoleUrl}${path}`);
  await page.getByRole('banner').getByRole('button', { name: 'Sign in', exact: true }).click();
  await logIn(page, stack.account(username));
  return page;
}

const main = (page: Page) => page.getByRole('main');
/** The value beside a term of the referral's facts. */
const fact = (page: Page, term: string) =>
  main(page).locator(`xpath=//dt[normalize-space()="${term}"]/following-sibling::dd[1]`);

/** The requests of one operation (its name in the request body; a page's polls): response size and server time. */
function watchPolls(page: Page, operationName: string): { bytes: number[]; serverMs: number[] } {
  const polls = { bytes: [] as number[], serverMs: [] as number[] };
  page.on('requestfinished', (request: Request) => {
    if (
      !request.url().endsWith('/graphql') ||
      !(request.postData() ?? '').includes(`"operationName":"${operationName}"`)
    )
      return;
    void request.sizes().then((sizes) => {
      const timing = request.timing();
      polls.bytes.push(sizes.responseBodySize + sizes.responseHeadersSize);
      polls.serverMs.push(timing.responseStart - timing.requestStart);
    });
  });
  return polls;
}

const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

describe('a referral between two contact points, each in their own browser', () => {
  it('is composed in Cambodia, acknowledged and questioned in Nigeria, and answered, each side seeing the other without reloading', async () => {
    const khm = await signedIn('seajust-contact-point', '/referrals/new');
    expect(stack.account('seajust-contact-point').country).toBe('KHM');
    expect(stack.account('wacap-contact-point').country).toBe('NGA');

    // Compose, guided: the country, then whom WACAP suggests there, then what is asked.
    await main(khm).getByLabel('Destination country').selectOption({ label: 'Nigeria' });
    await shown(main(khm).getByRole('group', { name: '2. Whom WACAP suggests' }));
    const [recipient] = await stack.federation.sql<{ full_name: string }>(
      'wacap',
      `SELECT full_name FROM contact_points WHERE id = $1`,
      [stack.account('wacap-contact-point').contactPointId!.split(':')[2]],
    );
    await main(khm)
      .getByRole('radio', { name: new RegExp(`^${escapeRegExp(recipient!.full_name)},`) })
      .check();
    await main(khm).getByLabel('Kind of request').selectOption({ label: 'Mutual legal assistance' });
    await main(khm).getByRole('checkbox', { name: 'Money laundering' }).check();
    await main(khm).getByRole('radio', { name: 'Urgent' }).check();
    await main(khm).getByLabel('Subject').fill('Bank records of a shell company in Lagos');
    await main(khm).getByLabel('Summary of the case').fill('Fictional case for the browser test.');
    await main(khm).getByLabel('Formal references').fill('MLA/KHM/2026/17');

    // Sent without a measure: the API's message stands beside the measures, which take the focus.
    await main(khm).getByRole('button', { name: 'Send the referral' }).click();
    const measures = main(khm).getByRole('group', { name: 'Measures', exact: true });
    await eventually(async () => expect(await measures.getAttribute('aria-invalid')).toBe('true'));
    const describedBy = (await measures.getAttribute('aria-describedby'))!;
    expect(await khm.locator(`[id="${describedBy}"]`).innerText()).toMatch(/measures/);
    expect(await main(khm).getByRole('alert').count()).toBe(0);
    expect(await khm.evaluate('document.activeElement?.closest("fieldset")?.getAttribute("aria-invalid")')).toBe(
      'true',
    );
    expect(serious(await accessibilityFindings(khm, 'compose, a field with its error'))).toEqual([]);
    await measures.getByRole('checkbox', { name: 'Bank information' }).check();

    // Nigeria's inbox is open before the referral is sent, and shows it when it arrives, without a reload.
    const nga = await signedIn('wacap-contact-point', '/');
    const started = Date.now();
    await nga.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Referrals' }).click();
    const inbox = main(nga).getByRole('table', { name: /^Incoming referrals/ });
    await shown(inbox);
    const inboxMs = Date.now() - started;
    const listPolls = watchPolls(nga, 'ReferralList');
    const warnings = main(khm).getByRole('region', { name: 'Before you send: what Nigeria requires' });
    await shown(warnings.getByText('Bank information'));
    expect(serious(await accessibilityFindings(khm, 'compose'))).toEqual([]);
    await screenshot(khm, 'referral-compose', warnings);

    // The draft survives a reload of the tab (sessionStorage, with its idempotency key).
    await khm.reload();
    await khm.getByText(`Signed in as ${stack.account('seajust-contact-point').displayName}`).waitFor();
    await eventually(async () =>
      expect(await main(khm).getByLabel('Subject').inputValue()).toBe('Bank records of a shell company in Lagos'),
    );
    await main(khm).getByRole('button', { name: 'Send the referral' }).click();
    const heading = main(khm).getByRole('heading', { level: 1, name: /^Referral SEAJUST-\d{4}-\d{6}$/ });
    await shown(heading);
    const reference = (await heading.innerText()).replace('Referral ', '');
    // One referral for the draft, and the draft gone from the tab.
    const same = await stack.federation.sql(
      'seajust',
      `SELECT 1 FROM referrals WHERE subject = 'Bank records of a shell company in Lagos'`,
    );
    expect(same).toHaveLength(1);
    expect(
      Object.keys(JSON.parse((await khm.evaluate('JSON.stringify(sessionStorage)')) as string) as object),
    ).not.toContain('jcn.draft.referral');
    expect(serious(await accessibilityFindings(khm, 'the referral page, origin'))).toEqual([]);
    const polls = watchPolls(khm, 'ReferralDetail');

    // SEAJust's outbox worker delivers it to WACAP; Nigeria's open inbox shows it at its next poll, and says so.
    await waitFor(
      async () =>
        (await stack.federation.sql('wacap', `SELECT 1 FROM referrals WHERE reference = $1`, [reference])).length === 1,
      20_000,
      'delivery to WACAP',
    );
    const row = inbox.getByRole('row').filter({ hasText: reference });
    await row.waitFor({ timeout: 45_000 });
    await shown(main(nga).getByRole('status').getByText('1 new referral since this list was opened'));
    await shown(row.getByText('Urgent'));
    await shown(row.getByText('from Cambodia (SEAJust)'));
    expect(serious(await accessibilityFindings(nga, 'the inbox'))).toEqual([]);
    await screenshot(nga, 'referral-inbox', main(nga).getByRole('heading', { level: 1 }));

    // The lookup by formal reference finds it too.
    await main(nga).getByLabel('Reference or formal reference').fill('MLA/KHM/2026/17');
    await main(nga).getByRole('button', { name: 'Find' }).click();
    await shown(
      main(nga)
        .getByRole('table', { name: /^Referrals with the reference MLA\/KHM\/2026\/17/ })
        .getByRole('link', { name: reference }),
    );

    await main(nga).getByRole('link', { name: reference }).first().click();
    await shown(main(nga).getByRole('heading', { level: 1, name: `Referral ${reference}` }));
    // Only the destination's steps from SENT: no Start, no Withdraw.
    await shown(main(nga).getByRole('button', { name: 'Acknowledge' }));
    expect(await main(nga).getByRole('button', { name: 'Withdraw' }).count()).toBe(0);
    expect(await main(nga).getByRole('button', { name: 'Start work' }).count()).toBe(0);
    expect(serious(await accessibilityFindings(nga, 'the referral page, destination'))).toEqual([]);
    await main(nga).getByRole('button', { name: 'Acknowledge' }).click();
    await shown(fact(nga, 'Status').getByText('Acknowledged'));
    const question = 'Which account numbers and which period do you need?';
    await main(nga)
      .getByRole('region', { name: /^Messages with Cambodia/ })
      .getByLabel('Message')
      .fill(question);
    await main(nga).getByRole('button', { name: 'Send message' }).click();
    await shown(main(nga).getByRole('region', { name: 'Timeline of both sides' }).getByText(question));

    // Cambodia, without reloading: the new status and the question arrive by polling.
    await eventually(async () => expect(await fact(khm, 'Status').innerText()).toBe('Acknowledged'), 45_000);
    await shown(main(khm).getByRole('region', { name: 'Timeline of both sides' }).getByText(question));
    const answer = 'Accounts 1234 and 5678, from January to June 2025.';
    await main(khm)
      .getByRole('region', { name: /^Messages with Nigeria/ })
      .getByLabel('Message')
      .fill(answer);
    await main(khm).getByRole('button', { name: 'Send message' }).click();
    await shown(main(khm).getByRole('region', { name: 'Timeline of both sides' }).getByText(answer));
    await eventually(
      async () =>
        expect(await main(nga).getByRole('region', { name: 'Timeline of both sides' }).getByText(answer).count()).toBe(
          1,
        ),
      45_000,
    );
    await shown(main(khm).getByText('Delivered: WACAP has every change.'));
    await screenshot(khm, 'referral', main(khm).getByRole('region', { name: 'Timeline of both sides' }));

    // Nigeria moves the expected answer date; Cambodia's page shows the new date without reloading.
    const byDefault = await fact(nga, 'Answer expected by').innerText();
    const day = new Date(Date.now() + 40 * 86_400_000).toISOString().slice(0, 10);
    await main(nga).getByLabel('Expected answer date').fill(day);
    await main(nga).getByRole('button', { name: 'Set the expected answer date' }).click();
    await eventually(async () => expect(await fact(nga, 'Answer expected by').innerText()).not.toBe(byDefault));
    const moved = await fact(nga, 'Answer expected by').innerText();
    expect(moved).toContain(day.slice(0, 4));
    expect(moved).toMatch(/11:59/);
    await shown(
      main(nga).getByRole('region', { name: 'Timeline of both sides' }).getByText('Expected answer date set'),
    );
    await eventually(async () => expect(await fact(khm, 'Answer expected by').innerText()).toBe(moved), 45_000);
    expect(await main(khm).getByRole('button', { name: 'Set the expected answer date' }).count()).toBe(0);

    // The date passes with no answer: both sides see the referral overdue, on its page and in their lists.
    for (const key of ['seajust', 'wacap'])
      await stack.federation.sql(
        key,
        `UPDATE referrals SET answer_expected_by = now() - interval '1 hour' WHERE reference = $1`,
        [reference],
      );
    await shown(main(khm).getByText(/No answer by the expected date/));
    await shown(main(nga).getByText(/No answer by the expected date/));
    await screenshot(nga, 'referral-overdue', main(nga).getByRole('heading', { level: 1 }));
    for (const [page, box] of [
      [nga, 'Inbox'],
      [khm, 'Outbox'],
    ] as const) {
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Referrals' }).click();
      await main(page).getByRole('navigation', { name: 'Inbox and outbox' }).getByRole('link', { name: box }).click();
      await main(page).getByRole('checkbox', { name: 'Overdue only' }).check();
      await main(page).getByRole('button', { name: 'Apply filters' }).click();
      const overdueRow = main(page).getByRole('table').getByRole('row').filter({ hasText: reference });
      await shown(overdueRow.getByText('Overdue', { exact: true }));
      expect(new URL(page.url()).searchParams.get('overdue')).toBe('true');
      expect(serious(await accessibilityFindings(page, `the ${box.toLowerCase()}, overdue only`))).toEqual([]);
    }
    await screenshot(nga, 'referral-inbox-overdue', main(nga).getByRole('heading', { level: 1 }));

    for (const { cspViolations, pageErrors } of contexts) {
      expect(cspViolations).toEqual([]);
      expect(pageErrors).toEqual([]);
    }
    console.log(
      `referrals: inbox first result ${inboxMs} ms after navigation; ${polls.bytes.length} polls of the referral page, ` +
        `median ${median(polls.bytes)} bytes (headers and body), median ${median(polls.serverMs).toFixed(0)} ms to the first byte; ` +
        `${listPolls.bytes.length} polls of the inbox, median ${median(listPolls.bytes)} bytes, median ${median(listPolls.serverMs).toFixed(0)} ms to the first byte`,
    );
  }, 240_000);
});

describe('a draft left in a shared tab', () => {
  it('leaves with its author at sign-out: the next person signing in on the same tab sees none of it', async () => {
    const watched = await watchedContext(browser);
    contexts.push(watched);
    const tab = watched.page;
    const stored = async () => (await tab.evaluate('JSON.stringify(sessionStorage)')) as string;
    await tab.goto(`${stack.consoleUrl}/referrals/new`);
    await tab.getByRole('banner').getByRole('button', { name: 'Sign in', exact: true }).click();
    await logIn(tab, stack.account('seajust-contact-point'));
    await main(tab).getByLabel('Destination country').selectOption({ label: 'Nigeria' });
    await main(tab).getByLabel('Subject').fill('Seized phones of a trafficking suspect');
    await main(tab).getByLabel('Summary of the case').fill('Names of the informants in Phnom Penh.');
    await eventually(async () => expect(await stored()).toContain('Names of the informants'));

    await tab.getByRole('banner').getByRole('button', { name: 'Sign out' }).click();
    await tab.getByRole('button', { name: 'Yes, sign me out' }).click();
    await shown(tab.getByRole('banner').getByRole('button', { name: 'Sign in', exact: true }));
    expect(await stored()).not.toMatch(/trafficking suspect|informants/);

    // Someone else signs in on the same tab and opens a new referral: an empty form, nothing kept from before.
    await tab.getByRole('banner').getByRole('button', { name: 'Sign in', exact: true }).click();
    await logIn(tab, stack.account('wacap-contact-point'));
    await tab.goto(`${stack.consoleUrl}/referrals/new`);
    await tab.getByText(`Signed in as ${stack.account('wacap-contact-point').displayName}`).waitFor();
    expect(await main(tab).getByLabel('Destination country').inputValue()).toBe('');
    await main(tab).getByLabel('Destination country').selectOption({ label: 'Cambodia' });
    await shown(main(tab).getByLabel('Subject'));
    expect(await main(tab).getByLabel('Subject').inputValue()).toBe('');
    expect(await main(tab).getByLabel('Summary of the case').inputValue()).toBe('');
    expect(await stored()).not.toMatch(/trafficking suspect|informants/);
  });
});
