/**
 * The secretariat's desk in Chromium against the real federation: an edit that collides
 * with another edit saved first is merged without loss (and survives a reload), for a contact
 * point and for an authority; an entry is marked reviewed from the queue; the audit log lists
 * the writes just made; a working group created (by a double click, once) appears on the desk;
 * a country profile's measure is saved; a contact point rotates out to a successor after the
 * open referral it affects is shown. Every desk page is axe-clean and refused nothing by the
 * Content-Security-Policy; anyone but a secretariat is told the desk is not for their role.
 */
import type { Browser, Page } from 'playwright-core';
import {
  accessibilityFindings,
  consoleBuilt,
  escapeRegExp,
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
import { TestOidcClient } from '../support/oidc-client';

let stack: ConsoleStack;
let browser: Browser;
let desk: WatchedContext;
let token: string;
let cpId: string;

/** An access token of a demo account, by the same sign-in the console does (code + PKCE). */
async function apiToken(username: string): Promise<string> {
  const account = stack.account(username);
  return (
    await new TestOidcClient(stack.issuer, stack.redirectUri).signIn(account.username, account.password, stack.resource)
  ).access_token;
}

type Cp = { id: string; version: number; title: string | null; phone: string | null; lastReviewedAt: string | null };
const READ = `query($id: ID!) { node(id: $id) { ... on ContactPoint { id version title phone lastReviewedAt } } }`;
const stored = async (id: string) => (await stack.federation.gql<{ node: Cp }>(READ, { id }, token)).data!.node;

const fullName = async (id: string) =>
  (
    await stack.federation.gql<{ node: { fullName: string } }>(
      `query($id: ID!) { node(id: $id) { ... on ContactPoint { fullName } } }`,
      { id },
      token,
    )
  ).data!.node.fullName;

const main = (page: Page) => page.getByRole('main');

async function axeClean(page: Page, label: string) {
  expect(serious(await accessibilityFindings(page, label))).toEqual([]);
}

beforeAll(async () => {
  await consoleBuilt();
  [stack, browser] = await Promise.all([startConsoleStack(), launchChromium()]);
  token = await apiToken('seajust-secretariat');
  cpId = stack.account('seajust-contact-point').contactPointId!;
  desk = await watchedContext(browser);
}, 240_000);

afterAll(async () => {
  await desk?.context.close();
  await browser?.close();
  await stack?.close();
});

afterEach(() => {
  expect(desk.cspViolations).toEqual([]);
  expect(desk.pageErrors).toEqual([]);
});

describe("a secretariat's desk", () => {
  it('merges an edit that collides with another edit saved first, losing neither (and keeps the edit over a reload)', async () => {
    const page = desk.page;
    await page.goto(`${stack.consoleUrl}/desk/contact-points/${encodeURIComponent(cpId)}`);
    await shown(main(page).getByText('Sign in with a secretariat account', { exact: false }));
    await axeClean(page, 'the desk, anonymous');
    await signIn(page, stack.account('seajust-secretariat'));
    const title = main(page).getByLabel('Title', { exact: true });
    await shown(title);
    await title.fill('Deputy prosecutor (desk test)');

    // A reload keeps the unsaved edit (sessionStorage), after the silent sign-in.
    await eventually(async () =>
      expect(await page.evaluate(`Object.keys(sessionStorage).join()`)).toContain('jcn.draft.desk.edit.'),
    );
    await page.reload();
    await shown(main(page).getByText('Your unsaved changes were restored.'));
    await eventually(async () =>
      expect(await main(page).getByLabel('Title', { exact: true }).inputValue()).toBe('Deputy prosecutor (desk test)'),
    );

    // Someone else (the same secretariat, through the API) saves a change of the phone first.
    const before = await stored(cpId);
    const other = await stack.federation.gql(
      `mutation($id: ID!, $v: Int!) { seajust { updateContactPoint(id: $id, version: $v, patch: { phone: "+855 23 000 111" }) { version } } }`,
      { id: cpId, v: before.version },
      token,
    );
    expect(other.errors).toBeUndefined();

    await main(page).getByRole('button', { name: 'Save' }).click();
    const conflict = main(page).getByRole('region', { name: 'Someone else saved this record first' });
    await shown(conflict);
    const phoneRow = conflict.getByRole('row', { name: /^Phone/ });
    await shown(phoneRow.getByText('+855 23 000 111'));
    await shown(conflict.getByRole('row', { name: /^Title/ }).getByText('Deputy prosecutor (desk test)'));
    await axeClean(page, 'the conflict, both versions');
    await screenshot(page, 'desk-conflict', conflict);

    // The stored phone and the typed title are the defaults; the person merges and saves on the new version.
    expect(await conflict.getByRole('radio', { name: 'Phone: keep the stored value' }).isChecked()).toBe(true);
    expect(await conflict.getByRole('radio', { name: 'Title: keep your value' }).isChecked()).toBe(true);
    await conflict.getByRole('button', { name: 'Merge' }).click();
    await shown(main(page).getByText('Merged.', { exact: false }));
    await main(page).getByRole('button', { name: 'Save' }).click();
    await shown(main(page).getByText('Saved.'));

    const after = await stored(cpId);
    expect(after).toMatchObject({
      title: 'Deputy prosecutor (desk test)',
      phone: '+855 23 000 111',
      version: before.version + 2,
    });
    expect(
      await page.evaluate(`Object.keys(sessionStorage).filter((k) => k.startsWith('jcn.draft.desk.edit.')).length`),
    ).toBe(0);
  });

  it('shows an API validation message next to its field', async () => {
    const page = desk.page;
    const email = main(page).getByLabel('E-mail', { exact: true });
    await email.fill('not an address');
    await main(page).getByRole('button', { name: 'Save' }).click();
    await eventually(async () => expect(await email.getAttribute('aria-invalid')).toBe('true'));
    const describedBy = (await email.getAttribute('aria-describedby'))!;
    expect(await page.locator(`[id="${describedBy}"]`).innerText()).toContain('is not an e-mail address');
    await axeClean(page, 'a field with its error');
  });

  it('marks a contact point, an authority and a country profile reviewed from the queue, each in one click', async () => {
    const page = desk.page;
    await stack.federation.sql(
      'seajust',
      `UPDATE contact_points SET last_reviewed_at = now() - interval '2 years' WHERE id = $1`,
      [cpId.split(':')[2]],
    );
    await page.goto(`${stack.consoleUrl}/desk/review`);
    const mark = main(page).getByRole('button', { name: `Mark ${await fullName(cpId)} reviewed` });
    await shown(mark);
    await shown(main(page).getByRole('heading', { name: /^Countries without an active 24\/7 contact point/ }));
    await axeClean(page, 'the review queue');
    await screenshot(page, 'desk-review', main(page).getByRole('heading', { level: 1 }));
    await mark.click();
    await eventually(async () => expect(await mark.count()).toBe(0));
    expect(Date.now() - Date.parse((await stored(cpId)).lastReviewedAt!)).toBeLessThan(120_000);

    // An authority and a country profile, each in one click too; the profile keeps its measures.
    const [authority] = await stack.federation.sql<{ id: string; name: string }>(
      'seajust',
      `UPDATE authorities SET last_reviewed_at = now() - interval '2 years' WHERE id = (SELECT id FROM authorities ORDER BY name LIMIT 1) RETURNING id, name`,
    );
    await stack.federation.sql(
      'seajust',
      `UPDATE country_profiles SET last_reviewed_at = now() - interval '2 years' WHERE country = 'KHM'`,
    );
    const measures = `SELECT m.measure, m.applicable, m.notes, m.requirements FROM measure_profiles m JOIN country_profiles p ON p.id = m.profile_id WHERE p.country = 'KHM' ORDER BY 1`;
    const measuresBefore = await stack.federation.sql('seajust', measures);
    await page.reload();
    for (const name of [authority!.name, 'Cambodia']) {
      const button = main(page).getByRole('button', { name: `Mark ${name} reviewed` });
      await button.click();
      await eventually(async () => expect(await button.count()).toBe(0));
    }
    const reviewed = await stack.federation.sql<{ recent: boolean }>(
      'seajust',
      `SELECT last_reviewed_at > now() - interval '2 minutes' AS recent FROM authorities WHERE id = $1
        UNION ALL SELECT last_reviewed_at > now() - interval '2 minutes' FROM country_profiles WHERE country = 'KHM'`,
      [authority!.id],
    );
    expect(reviewed).toEqual([{ recent: true }, { recent: true }]);
    expect(await stack.federation.sql('seajust', measures)).toEqual(measuresBefore);
  });

  it('lists the writes just made in the audit log, and who read whose contact details', async () => {
    const page = desk.page;
    await page.goto(`${stack.consoleUrl}/desk/audit?actorSubject=seajust-secretariat&action=updateContactPoint`);
    const table = main(page).getByRole('table', { name: 'Entries of the audit log, newest first' });
    // The API's update, the merged save and the review (the refused save wrote nothing), on the contact point by its name.
    await eventually(async () => expect(await table.getByRole('row').count()).toBe(1 + 3));
    await eventually(async () => expect(await table.getByRole('link', { name: await fullName(cpId) }).count()).toBe(3));
    await axeClean(page, 'the audit log');

    await page.goto(`${stack.consoleUrl}/desk/audit?action=readContactDetails`);
    await shown(main(page).getByRole('heading', { name: 'Who read whose contact details' }));
    await shown(main(page).getByRole('table').getByRole('cell', { name: 'readContactDetails' }));
    await axeClean(page, 'who read whose contact details');
  });

  it('creates a working group once from a double click, opens it, and lists it on the desk', async () => {
    const page = desk.page;
    await page.goto(`${stack.consoleUrl}/desk`);
    await shown(main(page).getByRole('heading', { name: /^Working groups/ }));
    await shown(main(page).getByRole('heading', { name: /^Country profiles/ }));
    await axeClean(page, 'the desk, every kind');
    await main(page).getByRole('link', { name: 'New working group' }).click();
    await shown(main(page).getByRole('heading', { name: 'New working group' }));
    // A required field left empty is marked at the field before anything is sent.
    await main(page).getByRole('button', { name: 'Create' }).click();
    const name = main(page).getByLabel('Name', { exact: true });
    await eventually(async () => expect(await name.getAttribute('aria-invalid')).toBe('true'));
    await axeClean(page, 'a new working group, a required field empty');
    await name.fill('Desk test: wildlife financial flows');
    await main(page).getByLabel('Topic').selectOption({ label: 'Wildlife crime' });
    await main(page).getByRole('button', { name: 'Create' }).dblclick();
    await shown(main(page).getByRole('heading', { name: 'Edit Desk test: wildlife financial flows' }));
    expect(page.url()).toContain('/desk/working-groups/seajust%3Awg%3A');
    await axeClean(page, 'a working group');
    const groups = await stack.federation.sql(
      'seajust',
      `SELECT topic FROM working_groups WHERE name = 'Desk test: wildlife financial flows'`,
    );
    expect(groups).toEqual([{ topic: 'WILDLIFE_CRIME' }]);

    // A member found by name and added is stored (read back through the API).
    const member = await fullName(cpId);
    const members = main(page).getByRole('group', { name: 'Members' });
    await members.getByLabel('Find a contact point of the network by name').fill(member);
    await members.getByRole('button', { name: new RegExp(`^Add ${escapeRegExp(member)} \\(`) }).click();
    await shown(members.getByRole('button', { name: new RegExp(`^Remove ${escapeRegExp(member)} \\(`) }));
    await axeClean(page, 'a working group, a member added');
    await main(page).getByRole('button', { name: 'Save' }).click();
    await shown(main(page).getByText('Saved.'));
    const groupId = decodeURIComponent(page.url().split('/').pop()!);
    const read = await stack.federation.gql<{ node: { members: { id: string }[] } }>(
      `query($id: ID!) { node(id: $id) { ... on WorkingGroup { members { id } } } }`,
      { id: groupId },
      token,
    );
    expect(read.data!.node.members).toEqual([{ id: cpId }]);

    await main(page).getByRole('link', { name: 'Back to the desk' }).click();
    await shown(
      main(page)
        .getByRole('region', { name: /^Working groups/ })
        .getByRole('link', { name: 'Desk test: wildlife financial flows' }),
    );
    for (const kind of ['New event', 'New resource', 'New authority', 'New contact point']) {
      await main(page).getByRole('link', { name: kind }).click();
      await shown(main(page).getByRole('heading', { name: kind }));
      await axeClean(page, kind);
      await page.goBack();
      await shown(main(page).getByRole('link', { name: kind }));
    }
  });

  it("merges an authority's edit with another edit saved first, losing neither", async () => {
    const page = desk.page;
    type Authority = { id: string; version: number; website: string | null; phone: string | null };
    const LIST = `{ network(code: SEAJUST) { authorities(first: 1) { nodes { id version website phone } } } }`;
    const [authority] = (
      await stack.federation.gql<{ network: { authorities: { nodes: Authority[] } } }>(LIST, {}, token)
    ).data!.network.authorities.nodes;
    await page.goto(`${stack.consoleUrl}/desk/authorities/${encodeURIComponent(authority!.id)}`);
    const website = main(page).getByLabel('Website', { exact: true });
    await shown(website);
    await website.fill('https://example.org/desk-test');
    const other = await stack.federation.gql(
      `mutation($id: ID!, $v: Int!) { seajust { updateAuthority(id: $id, version: $v, patch: { phone: "+855 23 999 000" }) { version } } }`,
      { id: authority!.id, v: authority!.version },
      token,
    );
    expect(other.errors).toBeUndefined();
    await main(page).getByRole('button', { name: 'Save' }).click();
    const conflict = main(page).getByRole('region', { name: 'Someone else saved this record first' });
    await shown(conflict.getByRole('row', { name: /^Phone/ }).getByText('+855 23 999 000'));
    await axeClean(page, 'an authority, both versions');
    await conflict.getByRole('button', { name: 'Merge' }).click();
    await main(page).getByRole('button', { name: 'Save' }).click();
    await shown(main(page).getByText('Saved.'));
    const READ = `query($id: ID!) { node(id: $id) { ... on Authority { version website phone } } }`;
    const after = (await stack.federation.gql<{ node: Authority }>(READ, { id: authority!.id }, token)).data!.node;
    expect(after).toMatchObject({
      website: 'https://example.org/desk-test',
      phone: '+855 23 999 000',
      version: authority!.version + 2,
    });
  });

  it('saves one measure of a country profile, keeping the others', async () => {
    const page = desk.page;
    const PROFILE = `{ network(code: SEAJUST) { countryProfile(country: "KH") { version measures { measure notes } } } }`;
    type Profile = { version: number; measures: { measure: string; notes: string | null }[] };
    const read = async () =>
      (await stack.federation.gql<{ network: { countryProfile: Profile } }>(PROFILE, {}, token)).data!.network
        .countryProfile;
    const before = await read();
    const measure = before.measures[0]!.measure;
    await page.goto(`${stack.consoleUrl}/desk/country-profiles/KHM?measure=${measure}`);
    const notes = main(page).getByLabel('Notes', { exact: true });
    await shown(notes);
    await notes.fill('Desk test: ask the duty prosecutor first.');
    await main(page).getByRole('button', { name: 'Save' }).click();
    await shown(main(page).getByText('Saved.'));
    await axeClean(page, 'a country profile measure');
    const after = await read();
    expect(after.version).toBe(before.version + 1);
    expect(after.measures).toEqual(
      before.measures.map((m) =>
        m.measure === measure ? { ...m, notes: 'Desk test: ask the duty prosecutor first.' } : m,
      ),
    );
  });

  it('rotates a contact point out to a successor, after showing the open referral it affects', async () => {
    const page = desk.page;
    // A contact point of SEAJust who sent an open referral and has an active colleague in the same country.
    const [row] = await stack.federation.sql<{ id: string; reference: string; successor: string }>(
      'seajust',
      `SELECT cp.id, r.reference, (SELECT o.id FROM contact_points o WHERE o.country = cp.country AND o.active AND o.id <> cp.id ORDER BY o.full_name LIMIT 1) AS successor
         FROM referrals r JOIN contact_points cp ON r.from_cp = 'seajust:cp:' || cp.id
        WHERE r.status IN ('SENT', 'ACKNOWLEDGED', 'ASSIGNED', 'IN_PROGRESS') AND cp.active AND 'seajust:cp:' || cp.id <> $1
          AND EXISTS (SELECT 1 FROM contact_points o WHERE o.country = cp.country AND o.active AND o.id <> cp.id)
        ORDER BY r.reference LIMIT 1`,
      [cpId],
    );
    const id = `seajust:cp:${row!.id}`;
    const successorId = `seajust:cp:${row!.successor}`;
    await page.goto(`${stack.consoleUrl}/desk/contact-points/${encodeURIComponent(id)}`);
    const rotation = main(page).getByRole('region', { name: 'Rotate out' });
    await shown(rotation);
    await rotation.getByLabel('Successor').selectOption({ label: await fullName(successorId) });
    await rotation.getByRole('button', { name: 'Review the rotation' }).click();
    await shown(rotation.getByText(row!.reference));
    await axeClean(page, 'a rotation and the referrals it affects');
    await rotation.getByRole('button', { name: 'Confirm the rotation' }).click();
    await shown(main(page).getByText('Rotated out'));
    const READ = `query($id: ID!) { node(id: $id) { ... on ContactPoint { active successor { id } } } }`;
    const after = (
      await stack.federation.gql<{ node: { active: boolean; successor: { id: string } | null } }>(READ, { id }, token)
    ).data!.node;
    expect(after).toEqual({ active: false, successor: { id: successorId } });
  });
});

describe('anyone but a secretariat', () => {
  it('is told the desk is not for their role, and has no desk in the navigation', async () => {
    const other = await watchedContext(browser);
    try {
      await other.page.goto(`${stack.consoleUrl}/desk/audit`);
      await signIn(other.page, stack.account('seajust-contact-point'));
      await shown(main(other.page).getByRole('heading', { name: 'Not for your role' }));
      expect(
        await other.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Desk' }).count(),
      ).toBe(0);
      await axeClean(other.page, 'the desk, not for this role');
      expect(other.cspViolations).toEqual([]);
      expect(other.pageErrors).toEqual([]);
    } finally {
      await other.context.close();
    }
  });
});
