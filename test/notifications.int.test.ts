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
import { DigestScheduler, utcDayStart, utcWeekStart } from '../subgraphs/src/notifications/digests';
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
const CASC_SECRETARIAT = 'secretariat@casc.example';

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
  reader: { email: 'reader.uga@gljc.example', name: 'Nakato Reader-Uga' },
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
    // CASC's secretariat asked to be told of every referral that arrives; GLJC's did not.
    subgraphDeps: (key) => (key === 'casc' ? { arrivalsTo: { email: CASC_SECRETARIAT, language: 'en' } } : {}),
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
                ['reader', 'UGA'],
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

describe('per-kind preferences and digests', () => {
  const PREFS = `{ network(code: GLJC) { ... on GljcNetwork { myNotificationPreferences { language deliveries { kind delivery } } } } }`;
  const SET = `mutation($d: [NotificationDeliveryInput!]!) { gljc { setNotificationDeliveries(deliveries: $d) { deliveries { kind delivery } } } }`;
  type Deliveries = { kind: string; delivery: string }[];
  const readDeliveries = (who?: string) =>
    fed.gql<{ network: { myNotificationPreferences: { deliveries: Deliveries } } | null }>(PREFS, {}, who);
  const setDeliveries = (d: Deliveries, who?: string) =>
    fed.gql<{ gljc: { setNotificationDeliveries: { deliveries: Deliveries } } }>(SET, { d }, who);
  const chosen = (d: Deliveries) =>
    Object.fromEntries(d.filter((x) => x.delivery !== 'IMMEDIATE').map((x) => [x.kind, x.delivery]));
  const storedDeliveries = () =>
    sql<{ cp: string; kind: string; delivery: string }>(
      'gljc',
      `SELECT contact_point_id AS cp, kind, delivery FROM notification_deliveries ORDER BY 1, 2`,
    );
  const DIGEST_SECRETARIAT = 'secretariat@gljc.example';
  const digests = (weekly = false) =>
    new DigestScheduler({
      ds: fed.networks.get('gljc')!.env.ds,
      now,
      weekly,
      secretariat: { email: DIGEST_SECRETARIAT, language: 'fr' },
    });
  /** A referral from the sender to Uganda, addressed to the reader. */
  const referToReader = async (urgency: string) => {
    const created = await createReferral(fed, 'casc', await token('casc', 'KAZ', 'sender'), 'UGA', {
      toContactPointId: cpId('gljc', 'reader'),
      urgency,
    });
    return { uuid: created.id.split(':')[2]!, reference: created.reference };
  };
  const kindsTo = (person: Person, since: number) => mailsTo(person, since).map((m) => m.headers['x-jcn-notification']);

  it('lists every kind a contact point receives, IMMEDIATE until set; each sets only their own, audited', async () => {
    const reader = await token('gljc', 'UGA', 'reader');
    const initial = (await readDeliveries(reader)).data!.network!.myNotificationPreferences.deliveries;
    expect(initial.map((d) => d.kind)).toEqual([
      'REFERRAL_RECEIVED',
      'ACKNOWLEDGED',
      'DECLINED',
      'MESSAGE',
      'COMPLETED',
      'WITHDRAWN',
      'ASSIGNED',
      'ACK_REMINDER',
      'ACK_OVERDUE',
      'ANSWER_REMINDER',
      'ANSWER_OVERDUE',
    ]);
    expect(chosen(initial)).toEqual({});
    const set = await setDeliveries(
      [
        { kind: 'MESSAGE', delivery: 'NONE' },
        { kind: 'ACK_REMINDER', delivery: 'DAILY_DIGEST' },
      ],
      reader,
    );
    expect(chosen(set.data!.gljc.setNotificationDeliveries.deliveries)).toEqual({
      MESSAGE: 'NONE',
      ACK_REMINDER: 'DAILY_DIGEST',
    });
    // Kinds not named keep their setting; the addressee's are her own.
    await setDeliveries([{ kind: 'MESSAGE', delivery: 'IMMEDIATE' }], reader);
    expect(chosen((await readDeliveries(reader)).data!.network!.myNotificationPreferences.deliveries)).toEqual({
      ACK_REMINDER: 'DAILY_DIGEST',
    });
    const addressee = await token('gljc', 'KEN', 'addressee');
    expect(chosen((await readDeliveries(addressee)).data!.network!.myNotificationPreferences.deliveries)).toEqual({});
    const audit = await sql<{ action: string; subject: string; object: string; details: Record<string, string> }>(
      'gljc',
      `SELECT action, actor_subject AS subject, object_id AS object, details FROM audit_log
        WHERE action IN ('setNotificationDeliveries', 'setNotificationLanguage') AND object_id = $1 ORDER BY id`,
      [cpId('gljc', 'reader')],
    );
    expect(audit).toEqual([
      {
        action: 'setNotificationDeliveries',
        subject: `cp-${ids.reader}`,
        object: cpId('gljc', 'reader'),
        details: { MESSAGE: 'NONE', ACK_REMINDER: 'DAILY_DIGEST' },
      },
      {
        action: 'setNotificationDeliveries',
        subject: `cp-${ids.reader}`,
        object: cpId('gljc', 'reader'),
        details: { MESSAGE: 'IMMEDIATE' },
      },
    ]);
    await setNotificationLanguageOf(reader, 'PT');
    const [language] = await sql<{ details: Record<string, string> }>(
      'gljc',
      `SELECT details FROM audit_log WHERE action = 'setNotificationLanguage' AND object_id = $1`,
      [cpId('gljc', 'reader')],
    );
    expect(language!.details).toEqual({ language: 'PT' });
    await setNotificationLanguageOf(reader, 'EN');
    await setDeliveries([{ kind: 'ACK_REMINDER', delivery: 'IMMEDIATE' }], reader);
  });

  async function setNotificationLanguageOf(who: string, language: string): Promise<void> {
    const res = await fed.gql(
      `mutation($l: NotificationLanguage!) { gljc { setNotificationLanguage(language: $l) { language } } }`,
      { l: language },
      who,
    );
    expect(res.errors).toBeUndefined();
  }

  it('refuses a kind named twice or one no contact point receives, changing nothing', async () => {
    const reader = await token('gljc', 'UGA', 'reader');
    const before = await storedDeliveries();
    const twice = await setDeliveries(
      [
        { kind: 'MESSAGE', delivery: 'NONE' },
        { kind: 'MESSAGE', delivery: 'DAILY_DIGEST' },
      ],
      reader,
    );
    expect(twice.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const secretariatOnly = await setDeliveries([{ kind: 'ESCALATED', delivery: 'NONE' }], reader);
    expect(secretariatOnly.errors?.[0]?.extensions?.code).toMatch(/BAD_USER_INPUT|GRAPHQL_VALIDATION_FAILED/);
    expect(await storedDeliveries()).toEqual(before);
  });

  it("nobody reads or sets another person's: a colleague, another network's contact point, a secretariat, a former contact point, no one", async () => {
    const reader = await token('gljc', 'UGA', 'reader');
    await setDeliveries([{ kind: 'WITHDRAWN', delivery: 'NONE' }], reader);
    const before = await storedDeliveries();
    const others = {
      'CASC contact point': await token('casc', 'KAZ', 'sender'),
      'GLJC secretariat': await fed.auth.token({ subject: 'sec-gljc', roles: ['SECRETARIAT'], network: 'gljc' }),
      'former GLJC contact point': await token('gljc', 'KEN', 'former'),
      anonymous: undefined,
    };
    for (const [who, t] of Object.entries(others)) {
      const r = await readDeliveries(t);
      expect([who, r.data?.network ?? null, r.errors?.[0]?.extensions?.code]).toEqual([
        who,
        null,
        expect.stringMatching(/^(FORBIDDEN|UNAUTHENTICATED)$/),
      ]);
      const w = await setDeliveries([{ kind: 'WITHDRAWN', delivery: 'IMMEDIATE' }], t);
      expect([who, w.data ?? null, w.errors?.[0]?.extensions?.code]).toEqual([
        who,
        null,
        expect.stringMatching(/^(FORBIDDEN|UNAUTHENTICATED)$/),
      ]);
    }
    // A colleague of the same network sees and sets only their own: no argument names whose.
    const colleague = await token('gljc', 'KEN', 'assignee');
    expect(chosen((await readDeliveries(colleague)).data!.network!.myNotificationPreferences.deliveries)).toEqual({});
    const named = await fed.gql(
      `mutation { gljc { setNotificationDeliveries(contactPointId: "${cpId('gljc', 'reader')}", deliveries: [{ kind: WITHDRAWN, delivery: IMMEDIATE }]) { language } } }`,
      {},
      colleague,
    );
    expect(named.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const address = await fed.gql(
      `mutation { gljc { setNotificationDeliveries(deliveries: [{ kind: WITHDRAWN, delivery: IMMEDIATE, email: "attacker@evil.example" }]) { language } } }`,
      {},
      colleague,
    );
    expect(address.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(await storedDeliveries()).toEqual(before);
    await setDeliveries([{ kind: 'WITHDRAWN', delivery: 'IMMEDIATE' }], reader);
  });

  it('"none" sends nothing (the bell still shows it), but IMMEDIATE and URGENT referrals still go at once', async () => {
    const reader = await token('gljc', 'UGA', 'reader');
    await setDeliveries([{ kind: 'REFERRAL_RECEIVED', delivery: 'NONE' }], reader);
    const since = smtp.mails.length;
    const routine = await referToReader('ROUTINE');
    await settle();
    expect(kindsTo('reader', since)).toEqual([]);
    const urgent = await referToReader('URGENT');
    const immediate = await referToReader('IMMEDIATE');
    await settle();
    expect(
      mailsTo('reader', since)
        .map((m) => m.subject.split(':')[0])
        .sort(),
    ).toEqual([urgent.reference, immediate.reference].sort());
    // Nothing was held for a digest either.
    const held = await sql('gljc', `SELECT 1 FROM mail_digest_items WHERE facts->>'reference' = $1`, [
      routine.reference,
    ]);
    expect(held).toEqual([]);
    // The console's bell still has it: a mail preference never hides a notification there.
    const shown = await sql(
      'gljc',
      `SELECT kind FROM notifications WHERE recipient_cp = $1 AND facts->>'reference' = $2`,
      [cpId('gljc', 'reader').split(':')[2], routine.reference],
    );
    expect(shown).toEqual([{ kind: 'REFERRAL_RECEIVED' }]);
    await setDeliveries([{ kind: 'REFERRAL_RECEIVED', delivery: 'IMMEDIATE' }], reader);
  });

  it("gathers a day's held notifications into one digest, in the person's language, with List-Unsubscribe, once", async () => {
    const reader = await token('gljc', 'UGA', 'reader');
    await setDeliveries(
      [
        { kind: 'REFERRAL_RECEIVED', delivery: 'DAILY_DIGEST' },
        { kind: 'WITHDRAWN', delivery: 'DAILY_DIGEST' },
      ],
      reader,
    );
    await setNotificationLanguageOf(reader, 'FR');
    const since = smtp.mails.length;
    const first = await referToReader('ROUTINE');
    const second = await referToReader('ROUTINE');
    const urgent = await referToReader('URGENT');
    await settle();
    await step(
      'casc',
      'withdrawReferral',
      `casc:ref:${second.uuid}`,
      await token('casc', 'KAZ', 'sender'),
      ', reason: "Settled privately"',
    );
    await settle();
    // Only the URGENT one went at once; three notifications wait for the digest.
    expect(mailsTo('reader', since).map((m) => m.subject.split(':')[0])).toEqual([urgent.reference]);
    // Today's notifications wait for the day to end, on the digest's clock.
    expect(await digests().check()).toEqual({ daily: 0, weekly: 0 });
    const real = new Date();
    const nextDay = utcDayStart(new Date(real.getTime() + 24 * HOUR)).getTime();
    ahead = nextDay - real.getTime() + 60_000;
    expect((await digests().check()).daily).toBe(1);
    ahead += 2 * HOUR;
    expect((await digests().check()).daily).toBe(0);
    await drain(mailWorker('gljc', { perHour: 10_000 }));
    const digest = mailsTo('reader', since).filter((m) => m.headers['x-jcn-notification'] === 'DAILY_DIGEST');
    expect(digest).toHaveLength(1);
    const [mail] = digest as [CaughtMail];
    const day = new Date(nextDay - 24 * HOUR).toISOString().slice(0, 10);
    expect(mail.subject).toBe(`Récapitulatif du ${day} : 3 notifications`);
    expect(mail.language).toBe('fr');
    expect(mail.headers['list-unsubscribe']).toBe(`<${CONSOLE}/account/notifications>`);
    for (const body of [mail.text, mail.html]) {
      expect(body).toContain(first.reference);
      expect(body).toContain(second.reference);
      expect(body).toContain('Nouvelle demande pour vous');
      expect(body).toContain('Une demande a été retirée');
      expect(body).toContain(`${CONSOLE}/account/notifications`);
      expect(body).not.toContain(urgent.reference);
    }
    expect(mail.text).toContain(`${CONSOLE}/referrals/${encodeURIComponent(`gljc:rcv:${first.uuid}`)}`);
    expect(JSON.stringify(mail)).not.toMatch(
      new RegExp(`${input.subject}|${input.summary}|Settled privately|${people.sender.name}`),
    );
    // The next day, nothing is left to gather.
    ahead += 24 * HOUR;
    expect((await digests().check()).daily).toBe(0);
    await setDeliveries(
      [
        { kind: 'REFERRAL_RECEIVED', delivery: 'IMMEDIATE' },
        { kind: 'WITHDRAWN', delivery: 'IMMEDIATE' },
      ],
      reader,
    );
    await setNotificationLanguageOf(reader, 'EN');
  });

  it('sends the secretariat a weekly digest of its review queue, terms ending and overdue referrals, once a week', async () => {
    await sql('gljc', `UPDATE contact_points SET term_ends_on = (now() + interval '10 days')::date WHERE id = $1`, [
      ids.assignee,
    ]);
    const late = await refer({ toContactPointId: cpId('gljc', 'addressee'), urgency: 'URGENT' });
    const answered = await refer({ toContactPointId: cpId('gljc', 'addressee'), urgency: 'URGENT' });
    await settle();
    await step('gljc', 'acknowledgeReferral', `gljc:rcv:${answered.uuid}`, await token('gljc', 'KEN', 'addressee'));
    await settle();
    const weeklyMails = () =>
      smtp.mails.filter((m) => m.to[0] === DIGEST_SECRETARIAT && m.headers['x-jcn-notification'] === 'WEEKLY_DIGEST');
    // An hour into a week more than seven days ahead, so that the URGENT referral is overdue.
    const real = Date.now();
    const monday = utcWeekStart(new Date(real + 8 * 24 * HOUR)).getTime() + HOUR;
    ahead = monday - real;
    // Off (SECRETARIAT_DIGEST=none): nothing.

    expect((await digests(false).check()).weekly).toBe(0);
    expect((await digests(true).check()).weekly).toBe(1);
    expect((await digests(true).check()).weekly).toBe(0);
    await drain(mailWorker('gljc', { perHour: 10_000 }));
    expect(weeklyMails()).toHaveLength(1);
    const [mail] = weeklyMails() as [CaughtMail];
    const week = utcWeekStart(now()).toISOString().slice(0, 10);
    expect(mail.subject).toBe(`Récapitulatif hebdomadaire du secrétariat, semaine du ${week}`);
    expect(mail.headers['list-unsubscribe']).toMatch(/^<mailto:notifications@gljc\.example\?subject=/);
    const [cps] = await sql<{ n: number }>(
      'gljc',
      `SELECT count(*)::int AS n FROM contact_points WHERE active AND last_reviewed_at IS NULL`,
    );
    expect(mail.text).toContain(`${cps!.n} points de contact`);
    expect(mail.text).toContain("Points de contact dont le mandat prend fin d'ici le");
    expect(mail.text).toMatch(/mandat prend fin d'ici le [0-9-]+ : 1\n/);
    expect(mail.text).toContain(late.reference);
    expect(mail.text).not.toContain(answered.reference);
    expect(mail.text).toContain(`${CONSOLE}/desk/review`);
    expect(JSON.stringify(mail)).not.toMatch(
      new RegExp(`${input.subject}|${input.summary}|${people.addressee.name}|${people.assignee.name}`),
    );
    // The same week again: nothing; the next week: one more.
    ahead = monday + 5 * 24 * HOUR - real;
    expect((await digests(true).check()).weekly).toBe(0);
    ahead = monday + 7 * 24 * HOUR - real;
    expect((await digests(true).check()).weekly).toBe(1);
    await drain(mailWorker('gljc', { perHour: 10_000 }));
    expect(weeklyMails()).toHaveLength(2);
    await sql('gljc', `UPDATE contact_points SET term_ends_on = NULL WHERE id = $1`, [ids.assignee]);
  });
});

describe('the secretariat', () => {
  it('is told of an arrival when it asked to be (CASC), and not otherwise (GLJC)', async () => {
    const since = smtp.mails.length;
    const toKaz = await createReferral(fed, 'gljc', await token('gljc', 'KEN', 'addressee'), 'KAZ', {
      toContactPointId: cpId('casc', 'other'),
      urgency: 'ROUTINE',
    });
    const toKen = await refer({ toContactPointId: cpId('gljc', 'addressee'), urgency: 'ROUTINE' });
    await settle();
    // The addressee had many mails this hour from the tests above: past the hourly bound.
    await drain(mailWorker('gljc', { perHour: 10_000 }));
    await drain(mailWorker('casc', { perHour: 10_000 }));
    const received = smtp.mails
      .slice(since)
      .filter((m) => m.headers['x-jcn-notification'] === 'REFERRAL_RECEIVED')
      .map((m) => [m.subject.split(':')[0], m.to[0]])
      .sort();
    expect(received).toEqual(
      [
        [toKaz.reference, people.other.email],
        [toKaz.reference, CASC_SECRETARIAT],
        [toKen.reference, people.addressee.email],
      ].sort(),
    );
  });

  it("is mailed once when the outbox gives up on a referral change, by the origin's own network", async () => {
    const { uuid, reference } = await refer({ toContactPointId: cpId('gljc', 'addressee'), urgency: 'ROUTINE' });
    const unreachable = (maxAttempts: number) =>
      createOutboxWorker({
        ds: fed.networks.get('casc')!.env.ds,
        network: network('casc'),
        gatewayUrl: 'http://127.0.0.1:9/graphql',
        serviceToken: () => fed.auth.token({ subject: 'service:casc', roles: ['SERVICE'], network: 'casc' }),
        maxAttempts,
        // Due again at once: the outbox's backoff runs on the database's clock, which a test does not move.
        maxBackoffMs: 1,
        deadLettersTo: { email: CASC_SECRETARIAT, language: 'en' },
      });
    const deadOf = async () =>
      (
        await sql<{ dead: boolean }>(
          'casc',
          `SELECT failed_at IS NOT NULL AS dead FROM outbox WHERE referral_id = $1 AND record_side = 'ORIGIN'`,
          [uuid],
        )
      ).map((r) => r.dead);
    const noticesOf = () =>
      sql<{ recipient: string; kind: string }>(
        'casc',
        `SELECT recipient, kind FROM mail_outbox WHERE kind = 'DELIVERY_FAILED' AND facts->>'reference' = $1`,
        [reference],
      );
    // A failure that will be retried tells no one.
    await unreachable(1000).round();
    expect(await deadOf()).toEqual([false]);
    expect(await noticesOf()).toEqual([]);
    // Given up on: one notice to the secretariat, queued with the dead letter.
    await unreachable(1).round();
    expect(await deadOf()).toEqual([true]);
    expect(await noticesOf()).toEqual([{ recipient: CASC_SECRETARIAT, kind: 'DELIVERY_FAILED' }]);
    await unreachable(1).round();
    const since = smtp.mails.length;
    await drain(mailWorker('casc', { perHour: 10_000 }));
    await drain(mailWorker('casc', { perHour: 10_000 }));
    const notices = smtp.mails.slice(since).filter((m) => m.headers['x-jcn-notification'] === 'DELIVERY_FAILED');
    expect(notices.map((m) => [m.to[0], m.subject])).toEqual([
      [CASC_SECRETARIAT, `${reference}: Delivery failed for good: a referral change did not reach the other network`],
    ]);
    expect(notices[0]!.text).toContain(`${CONSOLE}/referrals/${encodeURIComponent(`casc:ref:${uuid}`)}`);
    expect(notices[0]!.text).not.toContain(input.subject);
  });
});
