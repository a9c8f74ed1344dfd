/**
 * Mail notifications against a real SMTP server (scripts/lib/mail-catcher.ts,
 * smtp-server and mailparser) and the real federation in process: referrals go
 * from CASC (Kazakhstan) to GLJC (Kenya); the tests run the outbox and mail
 * workers themselves, and move the mail workers' clock instead of sleeping.
 */
import { randomUUID } from 'node:crypto';
import { NETWORKS } from '#shared/registry';
import { createMailSender } from '../subgraphs/src/notifications/mailer';
import { DeadlineScheduler } from '../subgraphs/src/notifications/deadlines';
import { notifyArrival } from '../subgraphs/src/notifications/notify';
import { mailStatistics } from '../subgraphs/src/notifications/repository';
import { MailWorker, type MailWorkerOptions } from '../subgraphs/src/notifications/worker';
import { createOutboxWorker } from '../subgraphs/src/deliveries';
import { startMailCatcher, type CaughtMail, type MailCatcher } from '../scripts/lib/mail-catcher';
import { contactPointRow, insertContactPoints } from './support/contact-points';
import { startInProcessFederation } from './support/in-process';
import { receivedReferral } from './support/notified-record';
import { createReferral, referralInput } from './support/referrals';

let fed: Awaited<ReturnType<typeof startInProcessFederation>>;
let smtp: MailCatcher;
/** How far the mail workers' clock is ahead of the real one, in ms. */
let ahead = 0;
const now = () => new Date(Date.now() + ahead);
const HOUR = 3_600_000;
const CONSOLE = 'https://console.jcn.example';
const METRICS_TOKEN = 'mail-metrics-token-0123456789abcdef';

/** A gauge of GLJC's subgraph, read from its /metrics. */
async function gauge(name: string): Promise<number> {
  const res = await fetch(new URL('/metrics', fed.networks.get('gljc')!.server.url), {
    headers: { authorization: `Bearer ${METRICS_TOKEN}` },
  });
  const line = (await res.text()).split('\n').find((l) => l.startsWith(`${name} `));
  if (!line) throw new Error(`no ${name} in /metrics`);
  return Number(line.split(' ')[1]);
}

const people = {
  sender: { email: 'sender.kaz@casc.example', name: 'Aigerim Sender-Kaz' },
  other: { email: 'other.kaz@casc.example', name: 'Bolat Other-Kaz' },
  addressee: { email: 'addressee.ken@gljc.example', name: 'Wanjiru Addressee-Ken' },
  assignee: { email: 'assignee.ken@gljc.example', name: 'Otieno Assignee-Ken' },
  former: { email: 'former.ken@gljc.example', name: 'Former Ken', active: false },
  mute: { email: null, name: 'No Address Ken' },
};
type Person = keyof typeof people;
const ids = {} as Record<Person, string>;

const sql = <T extends Record<string, unknown>>(network: string, text: string, params: unknown[] = []): Promise<T[]> =>
  fed.networks.get(network)!.env.ds.query(text, params);
const network = (key: string) => NETWORKS.find((n) => n.key === key)!;

function outboxWorker(key: string) {
  return createOutboxWorker({
    ds: fed.networks.get(key)!.env.ds,
    network: network(key),
    gatewayUrl: fed.gatewayUrl,
    serviceToken: () => fed.auth.token({ subject: `service:${key}`, roles: ['SERVICE'], network: key }),
  });
}

function mailWorker(key: string, options: Partial<MailWorkerOptions> = {}, smtpUrl = smtp.url) {
  const sender = createMailSender({
    smtpUrl,
    from: `${network(key).code} secretariat <notifications@${key}.example>`,
    consoleUrl: CONSOLE,
    timeoutMs: 3000,
  });
  return new MailWorker({ ds: fed.networks.get(key)!.env.ds, send: (row) => sender.send(row), now, ...options });
}

async function drain(worker: { round(): Promise<boolean> }): Promise<void> {
  while (await worker.round());
}

/** Delivers every queued change both ways, then sends every due mail of both networks. */
async function settle(): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await drain(outboxWorker('casc'));
    await drain(outboxWorker('gljc'));
  }
  await drain(mailWorker('gljc'));
  await drain(mailWorker('casc'));
}

const cpId = (key: string, person: Person) => `${key}:cp:${ids[person]}`;
const token = (key: string, country: string, person: Person) =>
  fed.auth.token({
    subject: `cp-${ids[person]}`,
    roles: ['CONTACT_POINT'],
    network: key,
    country,
    contactPointId: cpId(key, person),
  });

async function step(key: string, mutation: string, id: string, who: string, extra = ''): Promise<void> {
  const res = await fed.gql(
    `mutation($id: ID!, $key: String!) { ${key} { ${mutation}(id: $id, idempotencyKey: $key${extra}) { status } } }`,
    { id, key: randomUUID() },
    who,
  );
  if (res.errors) throw new Error(JSON.stringify(res.errors));
}

const mailsTo = (person: Person, since = 0): CaughtMail[] =>
  smtp.mails.slice(since).filter((m) => m.to.includes(people[person].email!));

/** A referral from the sender to Kenya; returns its uuid and reference. */
async function refer(overrides: Record<string, unknown> = {}) {
  const created = await createReferral(fed, 'casc', await token('casc', 'KAZ', 'sender'), 'KEN', overrides);
  return { uuid: created.id.split(':')[2]!, reference: created.reference };
}

beforeAll(async () => {
  smtp = await startMailCatcher();
  fed = await startInProcessFederation({
    metricsToken: METRICS_TOKEN,
    seed: async (key, env) => {
      const mine: [Person, string][] =
        key === 'casc'
          ? [
              ['sender', 'KAZ'],
              ['other', 'KAZ'],
            ]
          : key === 'gljc'
            ? [
                ['addressee', 'KEN'],
                ['assignee', 'KEN'],
                ['former', 'KEN'],
                ['mute', 'KEN'],
              ]
            : [];
      const rows = mine.map(([p, country]) => {
        const { email, name, ...rest } = people[p];
        return contactPointRow(country, { email, fullName: name, ...rest });
      });
      const inserted = await insertContactPoints(env.ds, rows);
      mine.forEach(([p], i) => (ids[p] = inserted[i]!));
    },
  });
  // The addressee reads her mail in French, the sender his in Russian; the assignee has no preference (English).
  await sql('gljc', `INSERT INTO notification_preferences (contact_point_id, language) VALUES ($1, 'fr')`, [
    ids.addressee,
  ]);
  await sql('casc', `INSERT INTO notification_preferences (contact_point_id, language) VALUES ($1, 'ru')`, [
    ids.sender,
  ]);
}, 180_000);

afterAll(async () => {
  await fed?.close();
  await smtp?.close();
});

beforeEach(() => {
  ahead = 0;
});

const input = referralInput('KEN');

it('tells the addressee of a new referral once, in her language, with the reference and the link and no case content', async () => {
  const since = smtp.mails.length;
  const { uuid, reference } = await refer({ toContactPointId: cpId('gljc', 'addressee'), urgency: 'URGENT' });
  await settle();
  await settle(); // nothing more on a second pass
  const mails = smtp.mails.slice(since);
  expect(mails).toHaveLength(1);
  const [mail] = mails as [CaughtMail];
  expect(mail.to).toEqual([people.addressee.email]);
  expect(mail.from).toBe('notifications@gljc.example');
  expect(mail.language).toBe('fr');
  expect(mail.subject).toBe(`${reference}: Nouvelle demande pour vous`);
  const link = `${CONSOLE}/referrals/${encodeURIComponent(`gljc:rcv:${uuid}`)}`;
  for (const body of [mail.text, mail.html]) {
    expect(body).toContain(reference);
    expect(body).toContain('Urgente');
    expect(body).toContain('MUTUAL_LEGAL_ASSISTANCE');
    expect(body).toContain('KAZ, CASC');
    expect(body).toContain('Accuser réception avant');
  }
  expect(mail.text).toContain(link);
  expect(mail.html).toContain(`href="${link}"`);
  // URGENT: to be acknowledged within 24 hours of its creation.
  const [created] = await sql<{ at: Date }>('gljc', `SELECT created_at AS at FROM referrals WHERE id = $1`, [uuid]);
  const due = new Date(created!.at.getTime() + 24 * HOUR).toISOString();
  expect(mail.text).toContain(`${due.slice(0, 10)} ${due.slice(11, 16)} UTC`);
  // Never the subject, the summary, the formal references, or a person's name.
  const whole = JSON.stringify(mail);
  for (const secret of [input.subject, input.summary, input.formalReferences[0]!, people.sender.name])
    expect(whole).not.toContain(secret);
  expect(mail.messageId).toMatch(/^<[0-9a-f-]{36}@gljc\.example>$/);
  expect(mail.headers['x-jcn-notification']).toBe('REFERRAL_RECEIVED');
});

it('tells every active contact point of the country with an address when a referral is addressed to no one', async () => {
  const since = smtp.mails.length;
  await refer({ urgency: 'ROUTINE' });
  await settle();
  const to = smtp.mails
    .slice(since)
    .flatMap((m) => m.to)
    .sort();
  expect(to).toEqual([people.addressee.email, people.assignee.email].sort());
  // Every address mail went to is one of the directory's: none comes from a request.
  const known = new Set(Object.values(people).map((p) => p.email));
  expect(smtp.mails.flatMap((m) => m.to).every((a) => known.has(a))).toBe(true);
});

it('tells the other side of each step: acknowledged, assigned, a message, completed', async () => {
  const { uuid, reference } = await refer({ toContactPointId: cpId('gljc', 'addressee') });
  await settle();
  const rcv = `gljc:rcv:${uuid}`;
  const ref = `casc:ref:${uuid}`;
  const addressee = await token('gljc', 'KEN', 'addressee');
  const since = smtp.mails.length;

  await step('gljc', 'acknowledgeReferral', rcv, addressee);
  await settle();
  const [ack, ...more] = mailsTo('sender', since);
  expect(more).toEqual([]);
  expect(ack!.language).toBe('ru');
  expect(ack!.subject).toBe(`${reference}: Получение вашего запроса подтверждено`);
  expect(ack!.text).toContain(`${CONSOLE}/referrals/${encodeURIComponent(ref)}`);
  expect(ack!.text).toContain('KEN, GLJC');

  const s2 = smtp.mails.length;
  await step('gljc', 'assignReferral', rcv, addressee, `, contactPointId: "${cpId('gljc', 'assignee')}"`);
  await settle();
  expect(smtp.mails.slice(s2).map((m) => [m.to, m.headers['x-jcn-notification'], m.language])).toEqual([
    [[people.assignee.email], 'ASSIGNED', 'en'],
  ]);

  // The origin's message goes to the assignee, without its text.
  const s3 = smtp.mails.length;
  await step('casc', 'addReferralMessage', ref, await token('casc', 'KAZ', 'sender'), ', text: "Secret words 42"');
  await settle();
  const messages = smtp.mails.slice(s3);
  expect(messages.map((m) => [m.to, m.headers['x-jcn-notification']])).toEqual([[[people.assignee.email], 'MESSAGE']]);
  expect(JSON.stringify(messages)).not.toContain('Secret words 42');

  const assignee = await token('gljc', 'KEN', 'assignee');
  const s4 = smtp.mails.length;
  await step('gljc', 'startReferral', rcv, assignee);
  await step('gljc', 'completeReferral', rcv, assignee, ', note: "Records attached: private"');
  await settle();
  // STARTED tells no one; COMPLETED tells the sender.
  const done = smtp.mails.slice(s4);
  expect(done.map((m) => [m.to, m.headers['x-jcn-notification']])).toEqual([[[people.sender.email], 'COMPLETED']]);
  expect(done[0]!.subject).toBe(`${reference}: Ваш запрос исполнен`);
  expect(JSON.stringify(done)).not.toContain('private');
});

it('tells the sender of a refusal, and the addressee of a withdrawal', async () => {
  const declined = await refer({ toContactPointId: cpId('gljc', 'addressee') });
  const withdrawn = await refer({ toContactPointId: cpId('gljc', 'addressee') });
  await settle();
  const since = smtp.mails.length;
  await step(
    'gljc',
    'declineReferral',
    `gljc:rcv:${declined.uuid}`,
    await token('gljc', 'KEN', 'addressee'),
    ', reason: "No treaty basis"',
  );
  await step(
    'casc',
    'withdrawReferral',
    `casc:ref:${withdrawn.uuid}`,
    await token('casc', 'KAZ', 'sender'),
    ', reason: "Settled"',
  );
  await settle();
  const mails = smtp.mails.slice(since);
  expect(mails.map((m) => [m.to[0], m.headers['x-jcn-notification'], m.subject]).sort()).toEqual(
    [
      [people.sender.email, 'DECLINED', `${declined.reference}: Ваш запрос отклонён`],
      [people.addressee.email, 'WITHDRAWN', `${withdrawn.reference}: Une demande a été retirée`],
    ].sort(),
  );
  expect(JSON.stringify(mails)).not.toMatch(/No treaty basis|Settled/);
});

it('queues a mail in the transaction of its event: rolled back, nothing is queued', async () => {
  const ds = fed.networks.get('gljc')!.env.ds;
  const count = async () => (await sql<{ n: number }>('gljc', `SELECT count(*)::int AS n FROM mail_outbox`))[0]!.n;
  const record = receivedReferral({
    reference: 'CASC-2026-999999',
    fromCp: cpId('casc', 'sender'),
    toCp: cpId('gljc', 'addressee'),
  });
  const before = await count();
  await expect(
    ds.transaction(async (em) => {
      await notifyArrival(em, network('gljc'), NETWORKS, record);
      throw new Error('the event failed after its mail was queued');
    }),
  ).rejects.toThrow('the event failed');
  expect(await count()).toBe(before);
  await ds.transaction((em) => notifyArrival(em, network('gljc'), NETWORKS, record));
  // The same event noted twice (a repeated delivery) queues one mail.
  await ds.transaction((em) => notifyArrival(em, network('gljc'), NETWORKS, record));
  expect(await count()).toBe(before + 1);
  const [row] = await sql<{ recipient: string; facts: Record<string, unknown> }>(
    'gljc',
    `SELECT recipient, facts FROM mail_outbox WHERE facts->>'reference' = 'CASC-2026-999999'`,
  );
  expect(row!.recipient).toBe(people.addressee.email);
  // IMMEDIATE: to be acknowledged within 4 hours.
  expect(row!.facts.deadline).toBe(new Date(record.createdAt.getTime() + 4 * HOUR).toISOString());
  await sql('gljc', `DELETE FROM mail_outbox WHERE facts->>'reference' = 'CASC-2026-999999'`);
});

describe('the mail outbox', () => {
  const pendingOf = async (uuid: string) =>
    sql<{ attempts: number; sent: boolean; dead: boolean; last_error: string | null }>(
      'gljc',
      `SELECT attempts, sent_at IS NOT NULL AS sent, failed_at IS NOT NULL AS dead, last_error FROM mail_outbox
        WHERE facts->>'recordId' = $1 ORDER BY id`,
      [`gljc:rcv:${uuid}`],
    );

  it('keeps a mail while the SMTP server is down and sends it once when it is back', async () => {
    const { uuid } = await refer({ toContactPointId: cpId('gljc', 'addressee') });
    for (let i = 0; i < 2; i++) await drain(outboxWorker('casc'));
    const down = await startMailCatcher();
    const port = down.port;
    await down.close();
    const worker = mailWorker('gljc', { maxBackoffMs: 60_000 }, `smtp://127.0.0.1:${port}`);
    // Two minutes of outage on the worker's clock: every attempt fails and backs off.
    for (let t = 0; t <= 120_000; t += 15_000) {
      ahead = t;
      await drain(worker);
    }
    const failing = await pendingOf(uuid);
    expect(failing).toHaveLength(1);
    expect(failing[0]!.sent).toBe(false);
    expect(failing[0]!.dead).toBe(false);
    expect(failing[0]!.attempts).toBeGreaterThanOrEqual(2);
    expect(failing[0]!.last_error).toMatch(/ECONNREFUSED|ESOCKET|ECONNECTION/);
    expect((await mailStatistics(fed.networks.get('gljc')!.env.ds)).pending).toBeGreaterThanOrEqual(1);
    // The server is back on the same port.
    const back = await startMailCatcher({ port });
    try {
      ahead = 120_000 + 2 * 60_000;
      await drain(mailWorker('gljc', {}, back.url));
      ahead += HOUR;
      await drain(mailWorker('gljc', {}, back.url));
      expect(back.mails.map((m) => m.to)).toEqual([[people.addressee.email]]);
      expect((await pendingOf(uuid))[0]!.sent).toBe(true);
    } finally {
      await back.close();
    }
  });

  it('makes a refused mail a dead letter, counted by jcn_mail_dead_letters', async () => {
    const refusing = await startMailCatcher({ refuse: (a) => a === people.addressee.email });
    try {
      const { uuid } = await refer({ toContactPointId: cpId('gljc', 'addressee') });
      for (let i = 0; i < 2; i++) await drain(outboxWorker('casc'));
      const before = await gauge('jcn_mail_dead_letters');
      expect(await gauge('jcn_mail_pending')).toBeGreaterThanOrEqual(1);
      await drain(mailWorker('gljc', {}, refusing.url));
      const [row] = await pendingOf(uuid);
      expect(row).toMatchObject({ attempts: 1, sent: false, dead: true });
      expect(row!.last_error).toMatch(/^550/);
      expect(await gauge('jcn_mail_dead_letters')).toBe(before + 1);
      expect(await mailStatistics(fed.networks.get('gljc')!.env.ds)).toEqual({ pending: 0, dead: before + 1 });
      expect(refusing.mails).toEqual([]);
    } finally {
      await refusing.close();
    }
  });

  it('a worker that died mid-send leaves the mail to another after the lease; an accepted mail is never sent again', async () => {
    const { uuid } = await refer({ toContactPointId: cpId('gljc', 'addressee') });
    for (let i = 0; i < 2; i++) await drain(outboxWorker('casc'));
    const since = smtp.mails.length;
    // The first worker claims the row and dies before the server accepted anything.
    const dying = mailWorker('gljc', { leaseMs: 60_000, send: () => new Promise(() => undefined) });
    void dying.round();
    await new Promise((r) => setTimeout(r, 300));
    // Within the lease, another worker leaves the row alone.
    ahead = 30_000;
    await drain(mailWorker('gljc'));
    expect(mailsTo('addressee', since)).toHaveLength(0);
    // After it, the mail goes once; later workers, whatever their clock, send nothing more.
    ahead = 61_000;
    await drain(mailWorker('gljc'));
    ahead = 10 * HOUR;
    await drain(mailWorker('gljc'));
    await drain(mailWorker('gljc'));
    const sent = mailsTo('addressee', since);
    expect(sent).toHaveLength(1);
    expect((await pendingOf(uuid))[0]).toMatchObject({ sent: true, attempts: 1 });
  });

  it('sends one person no more than the hourly bound; the rest waits for the next hour', async () => {
    const since = smtp.mails.length;
    for (let i = 0; i < 3; i++) await refer({ toContactPointId: cpId('gljc', 'addressee') });
    for (let i = 0; i < 2; i++) await drain(outboxWorker('casc'));
    // Far from the earlier tests' mails on the clock, so that only these three count.
    ahead = 100 * HOUR;
    await drain(mailWorker('gljc', { perHour: 2 }));
    expect(mailsTo('addressee', since)).toHaveLength(2);
    ahead = 100 * HOUR + 30 * 60_000;
    await drain(mailWorker('gljc', { perHour: 2 }));
    expect(mailsTo('addressee', since)).toHaveLength(2);
    ahead = 101 * HOUR + 60_000;
    await drain(mailWorker('gljc', { perHour: 2 }));
    expect(mailsTo('addressee', since)).toHaveLength(3);
  });
});

describe('notification preferences, through the gateway', () => {
  const READ = `{ network(code: GLJC) { ... on GljcNetwork { myNotificationPreferences { language } } } }`;
  const SET = `mutation($l: NotificationLanguage!) { gljc { setNotificationLanguage(language: $l) { language } } }`;
  type Read = { network: { myNotificationPreferences: { language: string } } | null };
  const read = (who?: string) => fed.gql<Read>(READ, {}, who);
  const set = (language: string, who?: string) =>
    fed.gql<{ gljc: { setNotificationLanguage: { language: string } } }>(SET, { l: language }, who);
  const stored = async () =>
    Object.fromEntries(
      (
        await sql<{ id: string; language: string }>(
          'gljc',
          `SELECT contact_point_id AS id, language FROM notification_preferences`,
        )
      ).map((r) => [r.id, r.language]),
    );

  it('each contact point reads and sets only their own', async () => {
    const addressee = await token('gljc', 'KEN', 'addressee');
    const assignee = await token('gljc', 'KEN', 'assignee');
    expect((await read(addressee)).data!.network!.myNotificationPreferences).toEqual({ language: 'FR' });
    expect((await read(assignee)).data!.network!.myNotificationPreferences).toEqual({ language: 'EN' });
    expect((await set('PT', assignee)).data!.gljc.setNotificationLanguage).toEqual({ language: 'PT' });
    expect((await read(assignee)).data!.network!.myNotificationPreferences).toEqual({ language: 'PT' });
    expect((await read(addressee)).data!.network!.myNotificationPreferences).toEqual({ language: 'FR' });
    expect(await stored()).toMatchObject({ [ids.addressee]: 'fr', [ids.assignee]: 'pt' });
    // The assignee's next mail is in Portuguese.
    const { uuid } = await refer({ toContactPointId: cpId('gljc', 'addressee') });
    await settle();
    const since = smtp.mails.length;
    await step('gljc', 'acknowledgeReferral', `gljc:rcv:${uuid}`, addressee);
    await step(
      'gljc',
      'assignReferral',
      `gljc:rcv:${uuid}`,
      addressee,
      `, contactPointId: "${cpId('gljc', 'assignee')}"`,
    );
    await settle();
    expect(mailsTo('assignee', since).map((m) => [m.language, m.subject.split(': ')[1]])).toEqual([
      ['pt', 'Um pedido foi-lhe atribuído'],
    ]);
    await set('EN', assignee);
  });

  it("refuses anyone else: another network's contact point, a secretariat, a former contact point, no one", async () => {
    const before = await stored();
    const others = {
      'CASC contact point': await token('casc', 'KAZ', 'sender'),
      'GLJC secretariat': await fed.auth.token({ subject: 'sec-gljc', roles: ['SECRETARIAT'], network: 'gljc' }),
      'former GLJC contact point': await token('gljc', 'KEN', 'former'),
      anonymous: undefined,
    };
    for (const [who, t] of Object.entries(others)) {
      const r = await read(t);
      expect([who, r.data?.network ?? null]).toEqual([who, null]);
      expect([who, r.errors?.[0]?.extensions?.code]).toEqual([
        who,
        expect.stringMatching(/^(FORBIDDEN|UNAUTHENTICATED)$/),
      ]);
      const w = await set('RU', t);
      expect([who, w.data ?? null]).toEqual([who, null]);
      expect([who, w.errors?.[0]?.extensions?.code]).toEqual([
        who,
        expect.stringMatching(/^(FORBIDDEN|UNAUTHENTICATED)$/),
      ]);
    }
    expect(await stored()).toEqual(before);
  });

  it('takes no address, and no person, from a request', async () => {
    const res = await fed.gql(
      `mutation { gljc { setNotificationLanguage(language: FR, contactPointId: "${cpId('gljc', 'assignee')}") { language } } }`,
      {},
      await token('gljc', 'KEN', 'addressee'),
    );
    expect(res.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const input = await fed.gql(
      `mutation($i: ReferralInput!) { casc { createReferral(input: $i, idempotencyKey: "k-${randomUUID()}") { id } } }`,
      { i: { ...referralInput('KEN'), notifyEmail: 'attacker@evil.example' } },
      await token('casc', 'KAZ', 'sender'),
    );
    expect(input.errors?.[0]?.extensions?.code).toMatch(/BAD_USER_INPUT|GRAPHQL_VALIDATION_FAILED/);
  });
});

describe('acknowledgement deadlines, on a test clock', () => {
  const SECRETARIAT = 'secretariat@gljc.example';
  const scheduler = () =>
    new DeadlineScheduler({
      ds: fed.networks.get('gljc')!.env.ds,
      network: network('gljc'),
      registry: NETWORKS,
      now,
      escalationDelayMs: 24 * HOUR,
      secretariat: { email: SECRETARIAT, language: 'fr' },
    });
  /** Runs the deadline check and sends what it queued, at `hours` after now on the test clock. */
  async function at(hours: number): Promise<void> {
    ahead = hours * HOUR;
    await scheduler().check();
    await drain(mailWorker('gljc', { perHour: 10_000 }));
  }
  const deadlineMails = (reference: string) =>
    smtp.mails
      .filter(
        (m) => m.subject.startsWith(`${reference}:`) && /^(ACK_|ESCALATED)/.test(m.headers['x-jcn-notification']!),
      )
      .map((m) => [m.headers['x-jcn-notification'], m.to[0], m.language]);

  it('reminds the addressee before the due time, tells her at it, then escalates to the secretariat; never twice', async () => {
    const late = await refer({ toContactPointId: cpId('gljc', 'addressee'), urgency: 'URGENT' });
    const answered = await refer({ toContactPointId: cpId('gljc', 'addressee'), urgency: 'IMMEDIATE' });
    await settle();
    await step('gljc', 'acknowledgeReferral', `gljc:rcv:${answered.uuid}`, await token('gljc', 'KEN', 'addressee'));
    await settle();

    // URGENT: due in 24 hours; the reminder a quarter of that before (18 h), escalation 24 h after.
    await at(17.9);
    expect(deadlineMails(late.reference)).toEqual([]);
    await at(18.1);
    await at(18.2);
    expect(deadlineMails(late.reference)).toEqual([['ACK_REMINDER', people.addressee.email, 'fr']]);
    await at(24.1);
    await at(30);
    expect(deadlineMails(late.reference)).toEqual([
      ['ACK_REMINDER', people.addressee.email, 'fr'],
      ['ACK_OVERDUE', people.addressee.email, 'fr'],
    ]);
    await at(47.9);
    expect(deadlineMails(late.reference)).toHaveLength(2);
    await at(48.1);
    await at(60);
    expect(deadlineMails(late.reference)).toEqual([
      ['ACK_REMINDER', people.addressee.email, 'fr'],
      ['ACK_OVERDUE', people.addressee.email, 'fr'],
      ['ESCALATED', SECRETARIAT, 'fr'],
    ]);
    const escalation = smtp.mails.find((m) => m.to[0] === SECRETARIAT && m.subject.startsWith(`${late.reference}:`))!;
    const [created] = await sql<{ at: Date }>('gljc', `SELECT created_at AS at FROM referrals WHERE id = $1`, [
      late.uuid,
    ]);
    const due = new Date(created!.at.getTime() + 24 * HOUR).toISOString();
    expect(escalation.text).toContain(`${due.slice(0, 10)} ${due.slice(11, 16)} UTC`);
    expect(escalation.text).not.toContain(input.subject);
    // Acknowledged in time: nothing, ever.
    expect(deadlineMails(answered.reference)).toEqual([]);
  });
});
