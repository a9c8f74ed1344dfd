/**
 * Referral due times over the real federation in process: referrals go from CASC (Kazakhstan) to GLJC
 * (Kenya), and GLJC has due times of its own (URGENT: acknowledge within 2 hours, answer within 10 days)
 * while CASC keeps the defaults. The destination fixes the acknowledgement due time, its parties move
 * the expected answer date, the origin sees both; the deadline check runs on a test clock, no sleeps.
 */
import { randomUUID } from 'node:crypto';
import { NETWORKS } from '#shared/registry';
import { DeadlineScheduler } from '../subgraphs/src/notifications/deadlines';
import { DEFAULT_DUE_POLICY, type DuePolicy } from '../subgraphs/src/referrals/due';
import { contactPointRow, insertContactPoints } from './support/contact-points';
import { drainOutboxes, startInProcessFederation } from './support/in-process';
import { createReferral } from './support/referrals';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const GLJC_POLICY: DuePolicy = {
  acknowledge: { ...DEFAULT_DUE_POLICY.acknowledge, URGENT: { amount: 2, unit: 'h' } },
  answer: { ...DEFAULT_DUE_POLICY.answer, URGENT: { amount: 10, unit: 'd' } },
};

let fed: Awaited<ReturnType<typeof startInProcessFederation>>;
const people = {
  sender: ['casc', 'KAZ'],
  addressee: ['gljc', 'KEN'],
  colleague: ['gljc', 'KEN'],
  uganda: ['gljc', 'UGA'],
  nigeria: ['wacap', 'NGA'],
} as const;
type Person = keyof typeof people;
const ids = {} as Record<Person, string>;

const sql = <T extends Record<string, unknown>>(network: string, text: string, params: unknown[] = []): Promise<T[]> =>
  fed.networks.get(network)!.env.ds.query(text, params);
const network = (key: string) => NETWORKS.find((n) => n.key === key)!;
const cpId = (person: Person) => `${people[person][0]}:cp:${ids[person]}`;
const token = (person: Person) =>
  fed.auth.token({
    subject: `cp-${ids[person]}`,
    roles: ['CONTACT_POINT'],
    network: people[person][0],
    country: people[person][1],
    contactPointId: cpId(person),
  });

const deliver = () => drainOutboxes(fed, ['casc', 'gljc'], 3);

/** A referral from the sender to Kenya, addressed to the addressee, delivered; its uuid. */
async function refer(urgency = 'URGENT'): Promise<string> {
  const created = await createReferral(fed, 'casc', await token('sender'), 'KEN', {
    urgency,
    toContactPointId: cpId('addressee'),
  });
  await deliver();
  return created.id.split(':')[2]!;
}

const VARIABLE_TYPES: Record<string, string> = { id: 'ID!', contactPointId: 'ID!', answerExpectedBy: 'DateTime!' };
const RECORD = `acknowledgeBy answerExpectedBy overdue status availableActions`;

/** A mutation on GLJC (or `on`) as `who`; its data or its errors. */
async function mutate(
  who: string | undefined,
  field: string,
  args: Record<string, unknown>,
  on = 'gljc',
): Promise<{ data?: Record<string, unknown>; code?: string }> {
  const names = Object.keys(args);
  const res = await fed.gql<Record<string, Record<string, Record<string, unknown>>>>(
    `mutation(${names.map((n) => `$${n}: ${VARIABLE_TYPES[n] ?? 'String!'}`).join(', ')}) {
      ${on} { ${field}(${names.map((n) => `${n}: $${n}`).join(', ')}) { ${RECORD} } } }`,
    args,
    who,
  );
  if (res.errors?.length) return { code: String(res.errors[0]!.extensions?.code) };
  return { data: res.data![on]![field] };
}

const setDate = (who: string | undefined, id: string, at: Date | string, key = randomUUID(), on = 'gljc') =>
  mutate(
    who,
    'setReferralAnswerDate',
    { id, answerExpectedBy: at instanceof Date ? at.toISOString() : at, idempotencyKey: key },
    on,
  );

async function record(id: string, who: string): Promise<Record<string, unknown>> {
  const res = await fed.gql<{ node: Record<string, unknown> }>(
    `query($id: ID!) { node(id: $id) { ... on Referral { ${RECORD} events { type side answerExpectedBy } } } }`,
    { id },
    who,
  );
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!.node;
}

const stored = async (key: string, uuid: string, side: string) =>
  (
    await sql<{ acknowledge_by: Date | null; answer_expected_by: Date | null; events: number }>(
      key,
      `SELECT acknowledge_by, answer_expected_by, (SELECT count(*)::int FROM referral_events e WHERE e.referral_id = r.id AND e.record_side = r.side) AS events
         FROM referrals r WHERE id = $1 AND side = $2`,
      [uuid, side],
    )
  )[0]!;

beforeAll(async () => {
  fed = await startInProcessFederation({
    duePolicies: { gljc: GLJC_POLICY },
    seed: async (key, env) => {
      const mine = (Object.keys(people) as Person[]).filter((p) => people[p][0] === key);
      const inserted = await insertContactPoints(
        env.ds,
        mine.map((p) => contactPointRow(people[p][1], { email: `${p}@${key}.example` })),
      );
      mine.forEach((p, i) => (ids[p] = inserted[i]!));
    },
  });
}, 180_000);

afterAll(async () => {
  await fed?.close();
});

describe('due times', () => {
  it('the destination fixes the acknowledgement due time from its own defaults, and the origin learns it', async () => {
    const uuid = await refer('URGENT');
    const [{ created_at }] = await sql<{ created_at: Date }>('gljc', `SELECT created_at FROM referrals WHERE id = $1`, [
      uuid,
    ]);
    // GLJC acknowledges URGENT referrals within 2 hours (CASC's own default would be 24).
    const due = new Date(created_at.getTime() + 2 * HOUR).toISOString();
    const destination = await record(`gljc:rcv:${uuid}`, await token('addressee'));
    expect(destination).toMatchObject({ acknowledgeBy: due, answerExpectedBy: null, overdue: false });
    expect(await record(`casc:ref:${uuid}`, await token('sender'))).toMatchObject({
      acknowledgeBy: due,
      answerExpectedBy: null,
      overdue: false,
    });
    expect((destination.availableActions as string[]).includes('SET_ANSWER_DATE')).toBe(false);
  });

  it('an acknowledgement sets the default answer date; a move by a destination party reaches the sender', async () => {
    const uuid = await refer('URGENT');
    const rcv = `gljc:rcv:${uuid}`;
    expect(
      await mutate(await token('addressee'), 'acknowledgeReferral', { id: rcv, idempotencyKey: randomUUID() }),
    ).toMatchObject({ data: { status: 'ACKNOWLEDGED' } });
    const [{ acknowledged_at }] = await sql<{ acknowledged_at: Date }>(
      'gljc',
      `SELECT acknowledged_at FROM referrals WHERE id = $1 AND side = 'DESTINATION'`,
      [uuid],
    );
    const byDefault = new Date(acknowledged_at.getTime() + 10 * DAY).toISOString();
    expect(await record(rcv, await token('addressee'))).toMatchObject({ answerExpectedBy: byDefault });
    await deliver();
    const sender = await record(`casc:ref:${uuid}`, await token('sender'));
    expect(sender).toMatchObject({ answerExpectedBy: byDefault, overdue: false });
    // The sender cannot move it: not an action of the origin.
    expect(sender.availableActions).not.toContain('SET_ANSWER_DATE');

    // Another contact point of Kenya in GLJC acts for the destination too.
    const moved = new Date(Date.now() + 45 * DAY);
    moved.setUTCMilliseconds(0);
    const key = randomUUID();
    const res = await setDate(await token('colleague'), rcv, moved, key);
    expect(res.data).toMatchObject({ answerExpectedBy: moved.toISOString(), overdue: false });
    // The same request again (same key) changes nothing more.
    expect((await setDate(await token('colleague'), rcv, moved, key)).data).toMatchObject({
      answerExpectedBy: moved.toISOString(),
    });
    expect((await stored('gljc', uuid, 'DESTINATION')).events).toBe(3);
    await deliver();
    const after = await record(`casc:ref:${uuid}`, await token('sender'));
    expect(after.answerExpectedBy).toBe(moved.toISOString());
    expect(after.events).toEqual(
      expect.arrayContaining([
        { type: 'ACKNOWLEDGED', side: 'DESTINATION', answerExpectedBy: byDefault },
        { type: 'ANSWER_DATE_SET', side: 'DESTINATION', answerExpectedBy: moved.toISOString() },
      ]),
    );
  });

  it('refuses a date in the past, or absurdly far, and a record not yet acknowledged, changing nothing', async () => {
    const uuid = await refer('ROUTINE');
    const rcv = `gljc:rcv:${uuid}`;
    const addressee = await token('addressee');
    expect(await setDate(addressee, rcv, new Date(Date.now() + 5 * DAY))).toEqual({ code: 'INVALID_TRANSITION' });
    await mutate(addressee, 'acknowledgeReferral', { id: rcv, idempotencyKey: randomUUID() });
    const before = await stored('gljc', uuid, 'DESTINATION');
    expect(await setDate(addressee, rcv, new Date(Date.now() - HOUR))).toEqual({ code: 'BAD_USER_INPUT' });
    expect(await setDate(addressee, rcv, new Date(Date.now() + 3 * 365 * DAY))).toEqual({ code: 'BAD_USER_INPUT' });
    expect(await setDate(addressee, rcv, 'next week')).toEqual({ code: 'BAD_USER_INPUT' });
    expect(await stored('gljc', uuid, 'DESTINATION')).toEqual(before);
  });

  it('lets no one but the destination parties set it: not the sender, nor anyone who is not a party', async () => {
    const uuid = await refer('URGENT');
    const rcv = `gljc:rcv:${uuid}`;
    await mutate(await token('addressee'), 'acknowledgeReferral', { id: rcv, idempotencyKey: randomUUID() });
    await deliver();
    const destination = await stored('gljc', uuid, 'DESTINATION');
    const origin = await stored('casc', uuid, 'ORIGIN');
    const when = new Date(Date.now() + 60 * DAY);
    // Parties of neither side: another country's contact point of GLJC, another network's contact point
    // and secretariat; all get what a record that does not exist gets.
    expect(await setDate(await token('uganda'), rcv, when)).toEqual({ code: 'NOT_FOUND' });
    expect(await setDate(await token('nigeria'), rcv, when)).toEqual({ code: 'NOT_FOUND' });
    expect(await setDate(await fed.auth.tokenAs('SECRETARIAT', 'wacap'), rcv, when)).toEqual({ code: 'NOT_FOUND' });
    expect(await setDate(undefined, rcv, when)).toEqual({ code: 'FORBIDDEN' });
    // The origin's parties see the destination's record but do not act for it; on their own record it is no step of theirs.
    expect(await setDate(await fed.auth.tokenAs('SECRETARIAT', 'casc'), rcv, when)).toEqual({ code: 'FORBIDDEN' });
    expect(await setDate(await token('sender'), rcv, when)).toEqual({ code: 'FORBIDDEN' });
    expect(await setDate(await token('sender'), `casc:ref:${uuid}`, when, randomUUID(), 'casc')).toEqual({
      code: 'INVALID_TRANSITION',
    });
    await deliver();
    expect(await stored('gljc', uuid, 'DESTINATION')).toEqual(destination);
    expect(await stored('casc', uuid, 'ORIGIN')).toEqual(origin);
    // GLJC's own secretariat acts for its side.
    expect((await setDate(await fed.auth.tokenAs('SECRETARIAT', 'gljc'), rcv, when)).data).toMatchObject({
      answerExpectedBy: when.toISOString(),
    });
  });

  it('marks overdue records and filters both lists by it', async () => {
    const late = await refer('URGENT');
    const answered = await refer('URGENT');
    const onTime = await refer('URGENT');
    await mutate(await token('addressee'), 'acknowledgeReferral', {
      id: `gljc:rcv:${answered}`,
      idempotencyKey: randomUUID(),
    });
    await deliver();
    // Time has passed: `late` was never acknowledged, `answered` is past its expected answer date.
    for (const key of ['casc', 'gljc']) {
      await sql(key, `UPDATE referrals SET acknowledge_by = now() - interval '1 hour' WHERE id = ANY($1)`, [
        [late, answered],
      ]);
      await sql(key, `UPDATE referrals SET answer_expected_by = now() - interval '1 minute' WHERE id = $1`, [answered]);
    }
    const list = async (key: string, who: string, overdue: boolean) => {
      const res = await fed.gql<{ networks: { referrals: { nodes: { id: string; overdue: boolean }[] } }[] }>(
        `query($o: Boolean) { networks(codes: [${key.toUpperCase()}]) { referrals(filter: { overdue: $o }, first: 100) { nodes { id overdue } } } }`,
        { o: overdue },
        who,
      );
      if (res.errors) throw new Error(JSON.stringify(res.errors));
      return res.data!.networks[0]!.referrals.nodes;
    };
    const uuids = (nodes: { id: string }[]) => nodes.map((n) => n.id.split(':')[2]);
    for (const [key, who] of [
      ['gljc', await token('addressee')],
      ['casc', await token('sender')],
    ] as const) {
      const overdue = await list(key, who, true);
      expect(uuids(overdue)).toEqual(expect.arrayContaining([late, answered]));
      expect(uuids(overdue)).not.toContain(onTime);
      expect(overdue.every((n) => n.overdue)).toBe(true);
      const others = await list(key, who, false);
      expect(uuids(others)).toContain(onTime);
      expect(uuids(others)).not.toContain(late);
      expect(others.some((n) => n.overdue)).toBe(false);
    }
  });
});

describe('an answer date from another network', () => {
  /** Delivers an event to `to` as `from`'s delivery service; the error code, or null when accepted. */
  async function deliverEvent(from: string, to: string, d: Record<string, unknown>): Promise<string | null> {
    const res = await fed.gql<Record<string, { receiveReferralEvent: { accepted: boolean } }>>(
      `mutation($d: ReferralEventDeliveryInput!) { ${to} { receiveReferralEvent(delivery: $d) { accepted } } }`,
      { d },
      await fed.auth.token({ subject: `service:${from}`, roles: ['SERVICE'], network: from }),
    );
    return res.errors?.length ? String(res.errors[0]!.extensions?.code) : null;
  }

  it('is taken only from the destination, on the events that set one, within bounds', async () => {
    const uuid = await refer('URGENT');
    const rcv = `gljc:rcv:${uuid}`;
    await mutate(await token('addressee'), 'acknowledgeReferral', { id: rcv, idempotencyKey: randomUUID() });
    await deliver();
    const origin = await stored('casc', uuid, 'ORIGIN');
    const destination = await stored('gljc', uuid, 'DESTINATION');
    const at = new Date().toISOString();
    const event = {
      referralId: `casc:ref:${uuid}`,
      at,
      answerExpectedBy: new Date(Date.now() + 20 * DAY).toISOString(),
    };
    // The origin does not write ANSWER_DATE_SET, nor another event with an answer date.
    expect(await deliverEvent('casc', 'gljc', { ...event, side: 'ORIGIN', sequence: 2, type: 'ANSWER_DATE_SET' })).toBe(
      'BAD_USER_INPUT',
    );
    expect(
      await deliverEvent('casc', 'gljc', { ...event, side: 'ORIGIN', sequence: 2, type: 'MESSAGE', note: 'x' }),
    ).toBe('BAD_USER_INPUT');
    // The destination's own, but a date before the event or years after it; or none at all.
    for (const answerExpectedBy of [
      new Date(Date.now() - DAY).toISOString(),
      new Date(Date.now() + 3 * 365 * DAY).toISOString(),
      null,
    ])
      expect(
        await deliverEvent('gljc', 'casc', {
          ...event,
          answerExpectedBy,
          side: 'DESTINATION',
          sequence: 2,
          type: 'ANSWER_DATE_SET',
        }),
      ).toBe('BAD_USER_INPUT');
    // Another network's service cannot deliver the destination's events.
    expect(
      await deliverEvent('wacap', 'casc', { ...event, side: 'DESTINATION', sequence: 2, type: 'ANSWER_DATE_SET' }),
    ).toBe('FORBIDDEN');
    expect(await stored('casc', uuid, 'ORIGIN')).toEqual(origin);
    expect(await stored('gljc', uuid, 'DESTINATION')).toEqual(destination);
  });
});

describe('the deadline check', () => {
  let ahead = 0;
  const scheduler = () =>
    new DeadlineScheduler({
      ds: fed.networks.get('gljc')!.env.ds,
      network: network('gljc'),
      registry: NETWORKS,
      now: () => new Date(Date.now() + ahead),
      escalationDelayMs: DAY,
      secretariat: { email: 'secretariat@gljc.example', language: 'en' },
    });
  /** Runs the check `hours` after now on the test clock; the deadline mails of `uuid` queued so far. */
  async function at(hours: number, uuid: string): Promise<string[]> {
    ahead = hours * HOUR;
    await scheduler().check();
    const rows = await sql<{ kind: string; recipient: string }>(
      'gljc',
      `SELECT kind, recipient FROM mail_outbox WHERE facts->>'recordId' = $1 AND dedupe_key LIKE '%:deadline:%' ORDER BY id`,
      [`gljc:rcv:${uuid}`],
    );
    return rows.map((r) => `${r.kind} ${r.recipient}`);
  }

  it('reads the stored acknowledgement due time: GLJC owes an URGENT one within 2 hours', async () => {
    const uuid = await refer('URGENT');
    // The reminder a quarter of the 2 hours before: at 1.5 h.
    expect(await at(1.4, uuid)).toEqual([]);
    expect(await at(1.6, uuid)).toEqual(['ACK_REMINDER addressee@gljc.example']);
    expect(await at(2.1, uuid)).toEqual(['ACK_REMINDER addressee@gljc.example', 'ACK_OVERDUE addressee@gljc.example']);
    expect(await at(26.1, uuid)).toEqual([
      'ACK_REMINDER addressee@gljc.example',
      'ACK_OVERDUE addressee@gljc.example',
      'ESCALATED secretariat@gljc.example',
    ]);
  });

  it('reminds of the expected answer date before and at it, escalates after, and starts again when it moves', async () => {
    const uuid = await refer('URGENT');
    const rcv = `gljc:rcv:${uuid}`;
    await mutate(await token('addressee'), 'acknowledgeReferral', { id: rcv, idempotencyKey: randomUUID() });
    const reminder = 'ANSWER_REMINDER addressee@gljc.example';
    const overdue = 'ANSWER_OVERDUE addressee@gljc.example';
    // 10 days to answer: the reminder 2.5 days before the date.
    expect(await at(7.4 * 24, uuid)).toEqual([]);
    expect(await at(7.6 * 24, uuid)).toEqual([reminder]);
    expect(await at(7.7 * 24, uuid)).toEqual([reminder]);
    expect(await at(10 * 24 + 0.1, uuid)).toEqual([reminder, overdue]);
    expect(await at(11 * 24 + 0.1, uuid)).toEqual([reminder, overdue, 'ANSWER_ESCALATED secretariat@gljc.example']);
    const [facts] = await sql<{ deadline: string }>(
      'gljc',
      `SELECT facts->>'deadline' AS deadline FROM mail_outbox WHERE kind = 'ANSWER_OVERDUE' AND facts->>'recordId' = $1`,
      [rcv],
    );
    const [row] = await sql<{ at: Date }>('gljc', `SELECT answer_expected_by AS at FROM referrals WHERE id = $1`, [
      uuid,
    ]);
    expect(facts!.deadline).toBe(row!.at.toISOString());
    // Moved 30 days ahead (from now): reminders for the new date, once.
    ahead = 0;
    await setDate(await token('addressee'), rcv, new Date(Date.now() + 30 * DAY));
    const before = (await at(11 * 24 + 0.2, uuid)).length;
    expect(before).toBe(3);
    const later = await at(29.9 * 24, uuid);
    expect(later.slice(3)).toEqual([reminder]);
    expect((await at(29.95 * 24, uuid)).slice(3)).toEqual([reminder]);
  });

  it('sends nothing about referrals that are answered or closed', async () => {
    const uuid = await refer('IMMEDIATE');
    const rcv = `gljc:rcv:${uuid}`;
    const addressee = await token('addressee');
    await mutate(addressee, 'acknowledgeReferral', { id: rcv, idempotencyKey: randomUUID() });
    await mutate(addressee, 'assignReferral', {
      id: rcv,
      contactPointId: cpId('addressee'),
      idempotencyKey: randomUUID(),
    });
    await mutate(addressee, 'startReferral', { id: rcv, idempotencyKey: randomUUID() });
    await mutate(addressee, 'completeReferral', { id: rcv, idempotencyKey: randomUUID() });
    expect(await at(30 * 24, uuid)).toEqual([]);
  });
});
