/**
 * A contact point's notification settings, as she would change them: from the account menu, the
 * language of her mail and, per kind, at once, a daily digest or no mail; saved through the gateway
 * to her own network, and still there after a reload. The page is axe-clean and refused nothing by
 * the Content-Security-Policy; a secretariat is told the page is not theirs.
 */
import type { Browser, Page } from 'playwright-core';
import {
  accessibilityFindings,
  consoleBuilt,
  eventually,
  launchChromium,
  screenshot,
  serious,
  shown,
  signIn,
  watchedContext,
  type WatchedContext,
} from '../support/browser';
import { startConsoleStack, type ConsoleStack } from '../support/console-stack';

let stack: ConsoleStack;
let browser: Browser;
const contexts: WatchedContext[] = [];

beforeAll(async () => {
  await consoleBuilt();
  [stack, browser] = await Promise.all([startConsoleStack(), launchChromium()]);
}, 240_000);

afterAll(async () => {
  for (const { context } of contexts) await context.close();
  await browser?.close();
  await stack?.close();
});

async function signedIn(username: string): Promise<WatchedContext> {
  const watched = await watchedContext(browser);
  contexts.push(watched);
  await watched.page.goto(stack.consoleUrl);
  await signIn(watched.page, stack.account(username));
  return watched;
}

const main = (page: Page) => page.getByRole('main');
const kind = (page: Page, name: string) => main(page).getByRole('group', { name });

it('changes the language and how each kind is mailed, from the account menu, and they hold after a reload', async () => {
  const { page, cspViolations, pageErrors } = await signedIn('gljc-contact-point');
  await page.getByRole('banner').getByRole('link', { name: 'Notification settings' }).click();
  await shown(main(page).getByRole('heading', { name: 'Notification settings', level: 1 }));
  const language = main(page).getByLabel('Language of your mail');
  await eventually(async () => expect(await language.inputValue()).toBe('EN'));
  expect(await kind(page, 'New message on a referral').getByRole('radio', { name: 'At once' }).isChecked()).toBe(true);
  await shown(main(page).getByText('Referrals marked Immediate or Urgent are always mailed at once'));

  await language.selectOption({ label: 'Français' });
  await kind(page, 'New message on a referral').getByRole('radio', { name: 'No mail' }).check();
  await kind(page, 'A referral was withdrawn').getByRole('radio', { name: 'In a daily digest' }).check();
  expect(serious(await accessibilityFindings(page, 'notification settings'))).toEqual([]);
  await screenshot(page, 'notification-settings', main(page));
  await main(page).getByRole('button', { name: 'Save' }).click();
  await shown(main(page).getByRole('status').getByText('Saved.'));

  // Stored in GLJC's own database, for this contact point alone.
  const cp = stack.account('gljc-contact-point').contactPointId!.split(':')[2]!;
  const stored = await stack.federation.sql<{ kind: string; delivery: string }>(
    'gljc',
    `SELECT kind, delivery FROM notification_deliveries WHERE contact_point_id = $1 AND delivery <> 'IMMEDIATE' ORDER BY kind`,
    [cp],
  );
  expect(stored).toEqual([
    { kind: 'MESSAGE', delivery: 'NONE' },
    { kind: 'WITHDRAWN', delivery: 'DAILY_DIGEST' },
  ]);

  await page.reload();
  await eventually(async () => expect(await main(page).getByLabel('Language of your mail').inputValue()).toBe('FR'));
  expect(await kind(page, 'New message on a referral').getByRole('radio', { name: 'No mail' }).isChecked()).toBe(true);
  expect(
    await kind(page, 'A referral was withdrawn').getByRole('radio', { name: 'In a daily digest' }).isChecked(),
  ).toBe(true);
  expect(await kind(page, 'New referral for you').getByRole('radio', { name: 'At once' }).isChecked()).toBe(true);
  expect(cspViolations).toEqual([]);
  expect(pageErrors).toEqual([]);
});

it('tells a secretariat the page is for contact points, and offers no link to it', async () => {
  const { page } = await signedIn('gljc-secretariat');
  expect(await page.getByRole('banner').getByRole('link', { name: 'Notification settings' }).count()).toBe(0);
  await page.goto(`${stack.consoleUrl}/account/notifications`);
  await shown(main(page).getByText('Only a contact point has notification settings.'));
  expect(await main(page).getByRole('button', { name: 'Save' }).count()).toBe(0);
});
