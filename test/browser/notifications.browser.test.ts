/**
 * The notification bell, as a Nigerian contact point of WACAP sees it: two referrals from Cambodia
 * arrive while her console is open; the bell's count rises at its next poll, without a reload, and
 * falls as she marks one read and follows the other to its page. The panel is axe-clean.
 */
import { randomUUID } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import {
  accessibilityFindings,
  consoleBuilt,
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
import { TestOidcClient } from '../support/oidc-client';
import { referralInput, waitFor } from '../support/referrals';

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

/** A referral from the Cambodian contact point to the Nigerian one, sent through the API and delivered to WACAP. */
async function referToNigeria(accessToken: string, urgency: string): Promise<string> {
  const res = await stack.federation.gql<{ seajust: { createReferral: { reference: string } } }>(
    `mutation($input: ReferralInput!, $key: String!) { seajust { createReferral(input: $input, idempotencyKey: $key) { reference } } }`,
    {
      input: referralInput('NGA', { urgency, toContactPointId: stack.account('wacap-contact-point').contactPointId }),
      key: randomUUID(),
    },
    accessToken,
  );
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  const { reference } = res.data!.seajust.createReferral;
  await waitFor(
    async () =>
      (await stack.federation.sql('wacap', `SELECT 1 FROM notifications WHERE facts->>'reference' = $1`, [reference]))
        .length === 1,
    20_000,
    `delivery of ${reference} to WACAP`,
  );
  return reference;
}

const bell = (page: Page) => page.getByRole('banner').getByRole('button', { name: /^Notifications, / });

it('shows new referrals with the unread count, and lowers it as they are read', async () => {
  const watched = await watchedContext(browser);
  contexts.push(watched);
  const { page } = watched;
  await page.goto(`${stack.consoleUrl}/`);
  await page.getByRole('banner').getByRole('button', { name: 'Sign in', exact: true }).click();
  await logIn(page, stack.account('wacap-contact-point'));
  await shown(bell(page));
  expect(await bell(page).getAttribute('aria-label')).toBe('Notifications, none unread');
  expect(await bell(page).getAttribute('aria-expanded')).toBe('false');

  const khm = stack.account('seajust-contact-point');
  const { access_token } = await new TestOidcClient(stack.issuer, stack.redirectUri).signIn(
    khm.username,
    khm.password,
    stack.resource,
  );
  const urgent = await referToNigeria(access_token, 'URGENT');
  const routine = await referToNigeria(access_token, 'ROUTINE');

  // Her open console shows them at the bell's next poll, without a reload.
  await eventually(
    async () => expect(await bell(page).getAttribute('aria-label')).toBe('Notifications, 2 unread'),
    45_000,
  );
  expect(await bell(page).innerText()).toContain('2');
  await bell(page).click();
  const panel = page.getByRole('region', { name: 'Notifications' });
  await shown(panel);
  expect(await bell(page).getAttribute('aria-expanded')).toBe('true');
  await shown(panel.getByText('2 unread notifications'));
  const items = panel.getByRole('listitem');
  expect(await items.count()).toBe(2);
  // Newest first: the routine one, then the urgent one; kind, reference, urgency, the other side, the time.
  const first = items.nth(0);
  const second = items.nth(1);
  await shown(first.getByRole('link', { name: routine }));
  await shown(second.getByRole('link', { name: urgent }));
  for (const item of [first, second]) {
    await shown(item.getByText('New referral for you'));
    await shown(item.getByText('Unread'));
    await shown(item.getByText('Cambodia, SEAJust'));
    expect(await item.locator('time').getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  }
  await shown(second.getByText('Urgent', { exact: true }));
  await shown(first.getByText('Routine', { exact: true }));
  expect(serious(await accessibilityFindings(page, 'the notification panel'))).toEqual([]);
  await screenshot(page, 'notifications');

  // Marked read by its own button: one unread left, and the item says so no more.
  await first.getByRole('button', { name: `Mark the notification about ${routine} as read` }).click();
  await eventually(async () => expect(await bell(page).getAttribute('aria-label')).toBe('Notifications, 1 unread'));
  await eventually(async () => expect(await first.getByText('Unread').count()).toBe(0));
  expect(await bell(page).innerText()).toContain('1');

  // Following the other's link opens its referral page, closes the panel and marks it read.
  await second.getByRole('link', { name: urgent }).click();
  await shown(page.getByRole('main').getByRole('heading', { level: 1, name: `Referral ${urgent}` }));
  await eventually(async () => expect(await bell(page).getAttribute('aria-label')).toBe('Notifications, none unread'));
  expect(await bell(page).getAttribute('aria-expanded')).toBe('false');
  expect((await bell(page).innerText()).trim()).toBe('');

  // Escape closes the panel and gives the focus back to the bell.
  await bell(page).click();
  await shown(panel);
  await page.keyboard.press('Escape');
  await eventually(async () => expect(await panel.isVisible()).toBe(false));
  expect(await page.evaluate('document.activeElement?.getAttribute("aria-label")')).toBe('Notifications, none unread');
  expect(watched.cspViolations).toEqual([]);
  expect(watched.pageErrors).toEqual([]);
}, 240_000);
