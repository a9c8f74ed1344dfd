/**
 * The console's notification centre through the gateway, on the real federation in process: referrals
 * go from CASC (Kazakhstan) to GLJC (Kenya); the tests run the outbox workers themselves. Each contact
 * point reads and marks only their own notifications: the API has no argument naming whose.
 */
import { randomUUID } from 'node:crypto';
import { NotificationRetention } from '../subgraphs/src/notifications/centre';
import { contactPointRow, insertContactPoints } from './support/contact-points';
import { drainOutboxes, startInProcessFederation } from './support/in-process';
import { createReferral } from './support/referrals';

let fed: Awaited<ReturnType<typeof startInProcessFederation>>;

const people = {
  sender: ['casc', 'KAZ', 'sender.kaz@casc.example'],
  addressee: ['gljc', 'KEN', 'addressee.ken@gljc.example'],
  colleague: ['gljc', 'KEN', 'colleague.ken@gljc.example'],
  /** A contact point with no address gets no mail, and so no notification either (enqueueMail is the one door). */
  mute: ['gljc', 'KEN', null],
} as const;
type Person = keyof typeof people;
const ids = {} as Record<Person, string>;

const sql = <T extends Record<string, unknown>>(network: string, text: string, params: unknown[] = []): Promise<T[]> =>
  fed.networks.get(network)!.env.ds.query(text, params);

const cpId = (person: Person) => `${people[person][0]}:cp:${ids[person]}`;
const token = (person: Person) =>
  fed.auth.token({
    subject: `cp-${ids[person]}`,
    roles: ['CONTACT_POINT'],
    network: people[person][0],
    country: people[person][1],
    contactPointId: cpId(person),
  });

const deliverAll = () => drainOutboxes(fed, ['casc', 'gljc'], 2);

/** A referral from the sender to Kenya, delivered; returns its uuid and reference. */
async function refer(overrides: Record<string, unknown> = {}) {
  const created = await createReferral(fed, 'casc', await token('sender'), 'KEN', {
    toContactPointId: cpId('addressee'),
    ...overrides,
  });
  await deliverAll();
  return { uuid: created.id.split(':')[2]!, reference: created.reference };
}

interface Notification {
  id: string;
  kind: string;
  reference: string;
  referralKind: string;
  urgency: string;
  counterpartCountry: { code: string };
  counterpartNetwork: string;
  deadline: string | null;
  referralId: string;
  createdAt: string;
  read: boolean;
  readAt: string | null;
}
interface Connection {
  nodes: Notification[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: number;
  unreadCount: number;
}
type ListAnswer = { network: { myNotifications: Connection | null } | null };

const LIST = `query($first: Int, $after: String, $unreadOnly: Boolean) {
  network(code: GLJC) { ... on GljcNetwork { myNotifications(first: $first, after: $after, unreadOnly: $unreadOnly) {
    nodes { id kind reference referralKind urgency counterpartCountry { code } counterpartNetwork deadline referralId createdAt read readAt }
    pageInfo { hasNextPage endCursor } totalCount unreadCount } } } }`;
const list = (who: string | undefined, variables: Record<string, unknown> = {}) =>
  fed.gql<ListAnswer>(LIST, variables, who);

async function mine(person: Person, variables: Record<string, unknown> = {}): Promise<Connection> {
  const res = await list(await token(person), variables);
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!.network!.myNotifications!;
}

const MARK = `mutation($ids: [ID!]!) { gljc { markNotificationsRead(ids: $ids) { marked unreadCount } } }`;
const MARK_ALL = `mutation($upTo: ID) { gljc { markAllNotificationsRead(upTo: $upTo) { marked unreadCount } } }`;
type Marked = { marked: number; unreadCount: number };
const mark = (who: string | undefined, markIds: string[]) =>
  fed.gql<{ gljc: { markNotificationsRead: Marked } }>(MARK, { ids: markIds }, who);
const markAll = (who: string | undefined, upTo?: string) =>
  fed.gql<{ gljc: { markAllNotificationsRead: Marked } }>(MARK_ALL, { upTo }, who);

/** Every notification row of GLJC's database: who it is for and whether it was read. */
const stored = () =>
  sql<{ id: string; recipient: string; read: boolean }>(
    'gljc',
    `SELECT id, recipient_cp AS recipient, read_at IS NOT NULL AS read FROM notifications ORDER BY n`,
  );

beforeAll(async () => {
  fed = await startInProcessFederation({
    seed: async (key, env) => {
      const mine = (Object.keys(people) as Person[]).filter((p) => people[p][0] === key);
      const rows = mine.map((p) =>
        contactPointRow(people[p][1], { email: people[p][2], fullName: `${p} (notification centre test)` }),
      );
      const inserted = await insertContactPoints(env.ds, rows);
      mine.forEach((p, i) => (ids[p] = inserted[i]!));
    },
  });
}, 180_000);

afterAll(async () => {
  await fed?.close();
});

it("a referral's arrival gives its addressee exactly one notification, with the mail's facts and no case content; a repeated delivery none", async () => {
  const before = (await mine('addressee')).unreadCount;
  const { uuid, reference } = await refer({ urgency: 'URGENT' });
  const after = await mine('addressee', { first: 1 });
  expect(after.unreadCount).toBe(before + 1);
  const [n] = after.nodes as [Notification];
  expect(n).toMatchObject({
    kind: 'REFERRAL_RECEIVED',
    reference,
    referralKind: 'MUTUAL_LEGAL_ASSISTANCE',
    urgency: 'URGENT',
    counterpartCountry: { code: 'KAZ' },
    counterpartNetwork: 'CASC',
    referralId: `gljc:rcv:${uuid}`,
    read: false,
    readAt: null,
  });
  expect(n.id).toMatch(/^gljc:ntf:[0-9a-f-]{36}$/);
  const [created] = await sql<{ at: Date }>('gljc', `SELECT created_at AS at FROM referrals WHERE id = $1`, [uuid]);
  expect(n.deadline).toBe(new Date(created!.at.getTime() + 24 * 3_600_000).toISOString());
  // Beside its mail, with the mail's dedupe key.
  const [row] = await sql<{ key: string; facts: Record<string, unknown> }>(
    'gljc',
    `SELECT n.dedupe_key AS key, n.facts FROM notifications n JOIN mail_outbox m USING (dedupe_key) WHERE m.facts->>'reference' = $1`,
    [reference],
  );
  expect(row!.key).toContain(ids.addressee);
  expect(JSON.stringify(row!.facts)).not.toMatch(/Bank records|Fictional test case|MLA\/2026/);
  // The colleague, to whom it was not addressed, is told nothing.
  expect((await mine('colleague')).nodes.map((x) => x.reference)).not.toContain(reference);

  // The origin delivers the same referral again (its outbox row made due again): a no-op, and no notification.
  const count = async () => (await stored()).length;
  const rows = await count();
  await sql('casc', `UPDATE outbox SET delivered_at = NULL, next_attempt_at = now() WHERE referral_id = $1`, [uuid]);
  await deliverAll();
  const [receipt] = await sql<{ received: number }>(
    'gljc',
    `SELECT max(received)::int AS received FROM delivery_receipts WHERE referral_id = $1`,
    [uuid],
  );
  expect(receipt!.received).toBeGreaterThanOrEqual(2);
  expect(await count()).toBe(rows);
  expect((await mine('addressee')).unreadCount).toBe(before + 1);
});

it('a referral addressed to no one notifies every active contact point of the country that has an address', async () => {
  const { reference } = await refer({ toContactPointId: null });
  for (const person of ['addressee', 'colleague'] as const)
    expect((await mine(person, { first: 1 })).nodes[0]!.reference).toBe(reference);
  expect((await stored()).filter((r) => r.recipient === ids.mute)).toEqual([]);
});

it('pages newest first with a cursor, filters the unread ones, and bounds the page size', async () => {
  for (let i = 0; i < 3; i++) await refer({ urgency: 'ROUTINE' });
  const all = await mine('addressee', { first: 100 });
  expect(all.totalCount).toBe(all.nodes.length);
  expect(all.totalCount).toBeGreaterThanOrEqual(5);
  const seen: string[] = [];
  let after: string | null = null;
  do {
    const page: Connection = await mine('addressee', { first: 2, after });
    expect(page.nodes.length).toBeLessThanOrEqual(2);
    seen.push(...page.nodes.map((n) => n.id));
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after);
  expect(seen).toEqual(all.nodes.map((n) => n.id));
  const times = all.nodes.map((n) => n.createdAt);
  expect([...times].sort().reverse()).toEqual(times);

  const who = await token('addressee');
  for (const [variables, field] of [
    [{ first: 101 }, 'first'],
    [{ first: -1 }, 'first'],
    [{ after: 'not-a-cursor' }, 'after'],
    [{ after: Buffer.from(JSON.stringify(['1 OR 1=1'])).toString('base64url') }, 'after'],
  ] as const) {
    const res = await list(who, variables);
    expect([variables, res.errors?.[0]?.extensions?.code, res.errors?.[0]?.extensions?.field]).toEqual([
      variables,
      'BAD_USER_INPUT',
      field,
    ]);
  }
});

it('marks one read, then all up to the newest seen; a retry changes nothing', async () => {
  const start = await mine('addressee', { first: 100, unreadOnly: true });
  expect(start.totalCount).toBe(start.unreadCount);
  expect(start.nodes.every((n) => !n.read)).toBe(true);
  const [newest, second] = start.nodes as [Notification, Notification];
  const who = await token('addressee');

  const one = await mark(who, [second.id]);
  expect(one.data!.gljc.markNotificationsRead).toEqual({ marked: 1, unreadCount: start.unreadCount - 1 });
  const again = await mark(who, [second.id]);
  expect(again.data!.gljc.markNotificationsRead).toEqual({ marked: 0, unreadCount: start.unreadCount - 1 });
  const read = (await mine('addressee', { first: 100 })).nodes.find((n) => n.id === second.id)!;
  expect(read.read).toBe(true);
  expect(read.readAt).not.toBeNull();
  expect((await mine('addressee', { first: 100, unreadOnly: true })).nodes.map((n) => n.id)).not.toContain(second.id);

  // One arriving after the newest the person saw stays unread.
  const late = await refer();
  const all = await markAll(who, newest.id);
  expect(all.data!.gljc.markAllNotificationsRead).toEqual({ marked: start.unreadCount - 1, unreadCount: 1 });
  const left = await mine('addressee', { unreadOnly: true });
  expect(left.nodes.map((n) => n.reference)).toEqual([late.reference]);
  expect((await markAll(who)).data!.gljc.markAllNotificationsRead).toEqual({ marked: 1, unreadCount: 0 });
  expect((await markAll(who)).data!.gljc.markAllNotificationsRead).toEqual({ marked: 0, unreadCount: 0 });

  // node(id:) finds one's own notification through the hub.
  const node = await fed.gql<{ node: { id: string; reference: string } | null }>(
    `query($id: ID!) { node(id: $id) { id ... on Notification { reference read } } }`,
    { id: newest.id },
    who,
  );
  expect(node.data!.node).toEqual({ id: newest.id, reference: newest.reference, read: true });
});

describe('refusals: nobody reads or marks another person’s notifications', () => {
  it("another contact point of the same network: its own list only; the addressee's ids are NOT_FOUND and change nothing", async () => {
    await refer({ toContactPointId: cpId('addressee') });
    const theirs = (await mine('addressee', { first: 1, unreadOnly: true })).nodes[0]!;
    const colleague = await token('colleague');
    const before = await stored();
    const own = await mine('colleague', { first: 100 });
    expect(own.nodes.map((n) => n.id)).not.toContain(theirs.id);
    expect((await stored()).filter((r) => r.recipient === ids.colleague)).toHaveLength(own.totalCount);

    const ownUnread = own.nodes.find((n) => !n.read)!;
    for (const attempt of [[theirs.id], [ownUnread.id, theirs.id]]) {
      const res = await mark(colleague, attempt);
      expect(res.data ?? null).toBeNull();
      expect(res.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      expect(res.errors?.[0]?.message).toContain('of yours');
    }
    const upTo = await markAll(colleague, theirs.id);
    expect(upTo.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const node = await fed.gql<{ node: unknown }>(
      `query($id: ID!) { node(id: $id) { id ... on Notification { reference } } }`,
      { id: theirs.id },
      colleague,
    );
    expect(node.data?.node ?? null).toBeNull();
    expect(node.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    // Nothing changed: not theirs, and not even the colleague's own one named beside it.
    expect(await stored()).toEqual(before);
  });

  it("another network's contact point, a secretariat, anonymous: refused, and nothing changes", async () => {
    const theirs = (await mine('addressee', { first: 1, unreadOnly: true })).nodes[0]!;
    const before = await stored();
    const others = {
      'CASC contact point': await token('sender'),
      'GLJC secretariat': await fed.auth.token({ subject: 'sec-gljc', roles: ['SECRETARIAT'], network: 'gljc' }),
      anonymous: undefined,
    };
    for (const [who, t] of Object.entries(others)) {
      const read = await list(t);
      expect([who, read.data?.network?.myNotifications ?? null]).toEqual([who, null]);
      expect([who, read.errors?.[0]?.extensions?.code]).toEqual([
        who,
        expect.stringMatching(/^(FORBIDDEN|UNAUTHENTICATED)$/),
      ]);
      for (const res of [await mark(t, [theirs.id]), await markAll(t)]) {
        expect([who, res.data ?? null]).toEqual([who, null]);
        expect([who, res.errors?.[0]?.extensions?.code]).toEqual([
          who,
          expect.stringMatching(/^(FORBIDDEN|UNAUTHENTICATED)$/),
        ]);
      }
      // node(id:) echoes the id it was given without asking anyone; any field of the notification is refused.
      const node = await fed.gql<{ node: unknown }>(
        `query($id: ID!) { node(id: $id) { id ... on Notification { reference kind } } }`,
        { id: theirs.id },
        t,
      );
      expect([who, node.data?.node ?? null]).toEqual([who, null]);
      expect([who, node.errors?.[0]?.extensions?.code]).toEqual([
        who,
        expect.stringMatching(/^(FORBIDDEN|UNAUTHENTICATED)$/),
      ]);
    }
    // A CASC contact point naming GLJC's notification to its own network: not one of CASC's ids.
    const own = await fed.gql(
      `mutation($ids: [ID!]!) { casc { markNotificationsRead(ids: $ids) { marked } } }`,
      { ids: [theirs.id] },
      await token('sender'),
    );
    expect(own.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    // No argument names a person.
    const named = await fed.gql(
      `query { network(code: GLJC) { ... on GljcNetwork { myNotifications(contactPointId: "${cpId('addressee')}") { totalCount } } } }`,
      {},
      await token('colleague'),
    );
    expect(named.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(await stored()).toEqual(before);
  });

  it('a malformed id, too many ids or a malformed upTo is BAD_USER_INPUT and marks nothing', async () => {
    const who = await token('addressee');
    const before = await stored();
    for (const bad of [
      ['nope'],
      [`gljc:cp:${ids.addressee}`],
      Array.from({ length: 101 }, () => `gljc:ntf:${randomUUID()}`),
    ]) {
      const res = await mark(who, bad);
      expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
    // An empty or malformed upTo is not "everything".
    expect((await stored()).some((r) => r.recipient === ids.addressee && !r.read)).toBe(true);
    for (const upTo of ['', 'nope', `gljc:cp:${ids.addressee}`]) {
      const res = await markAll(who, upTo);
      expect([upTo, res.errors?.[0]?.extensions?.code, res.errors?.[0]?.extensions?.field]).toEqual([
        upTo,
        'BAD_USER_INPUT',
        'upTo',
      ]);
    }
    expect(await stored()).toEqual(before);
  });
});

it('prunes notifications read longer ago than the retention; unread ones stay whatever their age', async () => {
  const ds = fed.networks.get('gljc')!.env.ds;
  const [oldRead, oldUnread, recentRead] = (await stored()).slice(0, 3).map((r) => r.id) as [string, string, string];
  const DAY = 86_400_000;
  await sql(
    'gljc',
    `UPDATE notifications SET read_at = now() - interval '31 days', created_at = now() - interval '40 days' WHERE id = $1`,
    [oldRead],
  );
  await sql('gljc', `UPDATE notifications SET read_at = NULL, created_at = now() - interval '400 days' WHERE id = $1`, [
    oldUnread,
  ]);
  await sql('gljc', `UPDATE notifications SET read_at = now() - interval '29 days' WHERE id = $1`, [recentRead]);
  const retention = new NotificationRetention({ ds, retentionDays: 30, now: () => new Date() });
  const before = (await stored()).length;
  expect(await retention.prune()).toBe(1);
  const left = new Set((await stored()).map((r) => r.id));
  expect(left.has(oldRead)).toBe(false);
  expect(left.has(oldUnread)).toBe(true);
  expect(left.has(recentRead)).toBe(true);
  expect(left.size).toBe(before - 1);
  // A day later on its clock, the one read 29 days ago goes too.
  const later = new NotificationRetention({ ds, retentionDays: 30, now: () => new Date(Date.now() + 2 * DAY) });
  expect(await later.prune()).toBe(1);
  expect((await stored()).some((r) => r.id === recentRead)).toBe(false);
});
