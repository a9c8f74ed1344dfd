/**
 * A receiving network checks every delivery exactly as a create: forged
 * deliveries, sent by the legitimate other network's SERVICE identity straight
 * to the receiving subgraph, are refused with a stable code and change nothing.
 */
import { createHash, randomUUID } from 'node:crypto';
import { postGraphQL, type GraphQLResponse } from './support/federation-http';
import { contactPointRow, insertContactPoints, type ContactPointRow } from './support/contact-points';
import { startInProcessFederation } from './support/in-process';
import { contactPointToken, createReferral } from './support/referrals';

let fed: Awaited<ReturnType<typeof startInProcessFederation>>;

const sql = <T extends Record<string, unknown>>(network: string, text: string, params: unknown[] = []): Promise<T[]> =>
  fed.networks.get(network)!.env.ds.query(text, params);
const harness = () => ({ sql, auth: fed.auth, gql: fed.gql });

const RECEIVE_REFERRAL = (ns: string) =>
  `mutation($d: ReferralDeliveryInput!) { ${ns} { receiveReferral(delivery: $d) { accepted duplicate } } }`;
const RECEIVE_EVENT = (ns: string) =>
  `mutation($d: ReferralEventDeliveryInput!) { ${ns} { receiveReferralEvent(delivery: $d) { accepted duplicate } } }`;

/** Posts a delivery straight to `to`'s subgraph as `from`'s delivery service. */
async function deliver(from: string, to: string, query: string, d: unknown): Promise<GraphQLResponse> {
  const token = await fed.auth.token({ subject: `service:${from}`, roles: ['SERVICE'], network: from });
  return postGraphQL(fed.networks.get(to)!.server.url, query, { d }, fed.auth.subgraphHeaders(to, token));
}

/** What a delivery could change on a network: its referral records and their events. */
async function snapshot(network: string) {
  const [row] = await sql<{ referrals: string; events: string; receipts: string; statuses: string }>(
    network,
    `SELECT (SELECT count(*) FROM referrals) AS referrals, (SELECT count(*) FROM referral_events) AS events,
            (SELECT count(*) FROM delivery_receipts) AS receipts, (SELECT string_agg(id || side || status, ',' ORDER BY id, side) FROM referrals) AS statuses`,
  );
  return row;
}

/** The latest outbox payload of a record, as its network's worker would send it. */
async function outboxPayload<T>(network: string, uuid: string): Promise<T> {
  const [row] = await sql<{ payload: T }>(
    network,
    `SELECT payload FROM outbox WHERE referral_id = $1 ORDER BY id DESC LIMIT 1`,
    [uuid],
  );
  return row!.payload;
}

type ReferralDelivery = Record<string, unknown> & {
  id: string;
  reference: string;
  createdAt: string;
  events: Record<string, unknown>[];
};
type EventDelivery = Record<string, unknown> & { sequence: number; at: string };

let legit: ReferralDelivery;
let ack: EventDelivery;
let uuid: string;

beforeAll(async () => {
  // The people a delivery may name, or wrongly name: the sender in Cambodia, Nigerians and a Ghanaian at WACAP
  // (with a Senegalese who has rotated out), and someone in each of the other two networks.
  const people: Record<string, ContactPointRow[]> = {
    seajust: [contactPointRow('KHM')],
    wacap: [
      contactPointRow('NGA'),
      contactPointRow('GHA'),
      contactPointRow('SEN', { active: false, available24x7: false }),
    ],
    casc: [contactPointRow('KAZ')],
    gljc: [contactPointRow('KEN')],
  };
  fed = await startInProcessFederation({
    seed: async (key, env) => {
      await insertContactPoints(env.ds, people[key] ?? []);
    },
  });
  // A real referral SEAJust (Cambodia) -> WACAP (Nigeria), delivered and acknowledged, the deliveries posted by hand (no worker runs here).
  const origin = await contactPointToken(harness(), 'seajust', 'KHM');
  const dest = await contactPointToken(harness(), 'wacap', 'NGA');
  const created = await createReferral(harness(), 'seajust', origin.token, 'NGA');
  uuid = created.id.split(':')[2]!;
  legit = await outboxPayload<ReferralDelivery>('seajust', uuid);
  expect((await deliver('seajust', 'wacap', RECEIVE_REFERRAL('wacap'), legit)).data).toEqual({
    wacap: { receiveReferral: { accepted: true, duplicate: false } },
  });
  const acked = await fed.gql(
    `mutation($id: ID!, $key: String!) { wacap { acknowledgeReferral(id: $id, idempotencyKey: $key) { status } } }`,
    { id: `wacap:rcv:${uuid}`, key: randomUUID() },
    dest.token,
  );
  expect(acked.errors).toBeUndefined();
  ack = await outboxPayload<EventDelivery>('wacap', uuid);
  expect((await deliver('wacap', 'seajust', RECEIVE_EVENT('seajust'), ack)).data).toEqual({
    seajust: { receiveReferralEvent: { accepted: true, duplicate: false } },
  });
}, 180_000);

afterAll(async () => {
  await fed?.close();
});

/** The legitimate delivery of a new referral, with a fresh id and reference. */
function freshReferral(overrides: Record<string, unknown> = {}): ReferralDelivery {
  const id = `seajust:ref:${randomUUID()}`;
  const reference = `SEAJUST-${new Date(legit.createdAt).getUTCFullYear()}-${String(Math.floor(Math.random() * 900_000) + 100_000)}`;
  const d = { ...legit, id, reference, ...overrides } as ReferralDelivery;
  return { ...d, events: d.events.map((e) => ({ ...e, referralId: id })) };
}

describe('receiveReferral', () => {
  it('takes a well-formed delivery from the origin network', async () => {
    const res = await deliver('seajust', 'wacap', RECEIVE_REFERRAL('wacap'), freshReferral());
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({ wacap: { receiveReferral: { accepted: true, duplicate: false } } });
  });

  const cps = async (network: string, where: string) =>
    (await sql<{ id: string }>(network, `SELECT id FROM contact_points WHERE ${where} ORDER BY id LIMIT 1`))[0]!.id;

  const forgeries: [string, () => Promise<Record<string, unknown>>, string, string][] = [
    [
      'a DECLINED by the destination, which it never made',
      async () => ({
        events: [
          legit.events[0],
          {
            ...legit.events[0],
            side: 'DESTINATION',
            sequence: 1,
            type: 'DECLINED',
            note: 'no',
            actorContactPoint: null,
          },
        ],
      }),
      'BAD_USER_INPUT',
      'events',
    ],
    [
      'a CREATED event dated before the referral',
      async () => ({ events: [{ ...legit.events[0], at: '2020-01-01T00:00:00.000Z' }] }),
      'BAD_USER_INPUT',
      'events.at',
    ],
    [
      'a referral created in the future',
      async () => ({ createdAt: new Date(Date.now() + 86_400_000).toISOString() }),
      'BAD_USER_INPUT',
      'createdAt',
    ],
    [
      'an origin country outside the origin network (Kazakhstan is CASC)',
      async () => ({ originCountry: 'KAZ' }),
      'BAD_USER_INPUT',
      'originCountry',
    ],
    [
      'a destination country outside WACAP',
      async () => ({ destinationCountry: 'FRA' }),
      'BAD_USER_INPUT',
      'destinationCountry',
    ],
    [
      'from: a contact point of another network',
      async () => ({ from: `casc:cp:${await cps('casc', 'active')}` }),
      'BAD_USER_INPUT',
      'from',
    ],
    [
      'to: a WACAP contact point of another country (Ghana)',
      async () => ({ to: `wacap:cp:${await cps('wacap', `active AND country = 'GHA'`)}` }),
      'BAD_USER_INPUT',
      'to',
    ],
    [
      'to: a contact point of another network',
      async () => ({ to: `gljc:cp:${await cps('gljc', 'active')}` }),
      'BAD_USER_INPUT',
      'to',
    ],
    [
      'to: a contact point who has rotated out',
      async () => {
        const [former] = await sql<{ id: string; country: string }>(
          'wacap',
          `SELECT id, country FROM contact_points WHERE NOT active ORDER BY id LIMIT 1`,
        );
        return { destinationCountry: former!.country, to: `wacap:cp:${former!.id}` };
      },
      'BAD_USER_INPUT',
      'to',
    ],
    [
      'to: a contact point that does not exist',
      async () => ({ to: `wacap:cp:${randomUUID()}` }),
      'BAD_USER_INPUT',
      'to',
    ],
    ['a subject of 301 characters', async () => ({ subject: 'x'.repeat(301) }), 'BAD_USER_INPUT', 'subject'],
    ['a summary of 10 001 characters', async () => ({ summary: 'x'.repeat(10_001) }), 'BAD_USER_INPUT', 'summary'],
    [
      '21 formal references',
      async () => ({ formalReferences: Array.from({ length: 21 }, (_, i) => `REF/${i}`) }),
      'BAD_USER_INPUT',
      'formalReferences',
    ],
    [
      "a reference not in the origin's format",
      async () => ({ reference: 'WACAP-2026-000001' }),
      'BAD_USER_INPUT',
      'reference',
    ],
    [
      'the reference of a referral already received',
      async () => ({ reference: legit.reference }),
      'CONFLICT',
      'reference',
    ],
  ];

  it.each(forgeries)('refuses %s, changing nothing', async (_label, make, code, field) => {
    const before = await snapshot('wacap');
    const res = await deliver('seajust', 'wacap', RECEIVE_REFERRAL('wacap'), freshReferral(await make()));
    expect(res.data ?? null).toBeNull();
    expect(res.errors?.[0]?.extensions).toMatchObject({ code, field });
    expect(await snapshot('wacap')).toEqual(before);
  });

  it("refuses a referral of SEAJust delivered by another network's service", async () => {
    const before = await snapshot('wacap');
    const res = await deliver('casc', 'wacap', RECEIVE_REFERRAL('wacap'), freshReferral());
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', field: 'delivery' });
    expect(await snapshot('wacap')).toEqual(before);
  });
});

describe('receiveReferralEvent', () => {
  const next = (overrides: Record<string, unknown>) => ({
    ...ack,
    // The acknowledgement's expected answer date is its own: the next event sets none.
    answerExpectedBy: undefined,
    sequence: ack.sequence + 1,
    type: 'MESSAGE',
    note: 'Any news?',
    at: new Date().toISOString(),
    ...overrides,
  });
  const forgeries: [string, string, string, () => Record<string, unknown>, string, string][] = [
    [
      "the origin sends a DECLINED (the destination's step) to the destination",
      'seajust',
      'wacap',
      () => ({
        referralId: legit.id,
        side: 'ORIGIN',
        sequence: 2,
        type: 'DECLINED',
        note: 'declined',
        at: new Date().toISOString(),
        actor: null,
        actorContactPoint: null,
        assignedTo: null,
      }),
      'BAD_USER_INPUT',
      'type',
    ],
    [
      "the destination sends a WITHDRAWN (the origin's step)",
      'wacap',
      'seajust',
      () => next({ type: 'WITHDRAWN', note: 'withdrawn' }),
      'BAD_USER_INPUT',
      'type',
    ],
    [
      "a DECLINED backdated before the destination's acknowledgement",
      'wacap',
      'seajust',
      () => next({ type: 'DECLINED', note: 'declined', at: new Date(new Date(ack.at).getTime() - 1000).toISOString() }),
      'BAD_USER_INPUT',
      'at',
    ],
    [
      'a DECLINED dated tomorrow',
      'wacap',
      'seajust',
      () => next({ type: 'DECLINED', note: 'declined', at: new Date(Date.now() + 86_400_000).toISOString() }),
      'BAD_USER_INPUT',
      'at',
    ],
    [
      'an event that skips sequence numbers',
      'wacap',
      'seajust',
      () => next({ sequence: ack.sequence + 5 }),
      'BAD_USER_INPUT',
      'sequence',
    ],
    [
      'another event under an existing sequence number',
      'wacap',
      'seajust',
      () => next({ sequence: ack.sequence, type: 'DECLINED', note: 'declined' }),
      'CONFLICT',
      'sequence',
    ],
    [
      'a new event of the same type under a used sequence number (a sender restored from a backup)',
      'wacap',
      'seajust',
      () => next({ sequence: ack.sequence, type: 'ACKNOWLEDGED', note: null }),
      'CONFLICT',
      'sequence',
    ],
    [
      'a message of 10 001 characters',
      'wacap',
      'seajust',
      () => next({ note: 'x'.repeat(10_001) }),
      'BAD_USER_INPUT',
      'text',
    ],
    [
      'an assignment to a contact point of another network',
      'wacap',
      'seajust',
      () => next({ type: 'ASSIGNED', note: null, assignedTo: `casc:cp:${randomUUID()}` }),
      'BAD_USER_INPUT',
      'assignedTo',
    ],
  ];

  it.each(forgeries)('refuses %s, changing nothing', async (_label, from, to, make, code, field) => {
    const before = await snapshot(to);
    const res = await deliver(from, to, RECEIVE_EVENT(to), make());
    expect(res.data ?? null).toBeNull();
    expect(res.errors?.[0]?.extensions).toMatchObject({ code, field });
    expect(await snapshot(to)).toEqual(before);
  });

  it("refuses an event of the destination's side sent by a third network", async () => {
    const before = await snapshot('seajust');
    const res = await deliver('casc', 'seajust', RECEIVE_EVENT('seajust'), next({}));
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', field: 'delivery' });
    expect(await snapshot('seajust')).toEqual(before);
  });

  it('gives a third network the same refusal for a referral that exists and one that does not (no existence oracle)', async () => {
    const refusal = async (referralId: string, side: string) => {
      const res = await deliver('casc', 'seajust', RECEIVE_EVENT('seajust'), next({ referralId, side }));
      return {
        data: res.data ?? null,
        errors: res.errors?.map((e) => ({ message: e.message.replace(referralId, '<id>'), code: e.extensions?.code })),
      };
    };
    const missing = `seajust:ref:${randomUUID()}`;
    expect(await refusal(legit.id, 'DESTINATION')).toEqual(await refusal(missing, 'DESTINATION'));
    expect((await refusal(missing, 'DESTINATION')).errors?.[0]?.code).toBe('FORBIDDEN');
    // An origin's event names its network in the id: anyone else is refused before the record is looked up.
    expect(await refusal(legit.id, 'ORIGIN')).toEqual(await refusal(missing, 'ORIGIN'));
  });

  it('takes the next event in sequence, and a repeated one as a duplicate', async () => {
    const message = next({});
    expect((await deliver('wacap', 'seajust', RECEIVE_EVENT('seajust'), message)).data).toEqual({
      seajust: { receiveReferralEvent: { accepted: true, duplicate: false } },
    });
    expect((await deliver('wacap', 'seajust', RECEIVE_EVENT('seajust'), message)).data).toEqual({
      seajust: { receiveReferralEvent: { accepted: true, duplicate: true } },
    });
    const [origin] = await sql<{ status: string }>(
      'seajust',
      `SELECT status FROM referrals WHERE id = $1 AND side = 'ORIGIN'`,
      [uuid],
    );
    expect(origin!.status).toBe('ACKNOWLEDGED');
  });
});

describe('a hostile origin steering the statistics of the network it delivers to (issue 20)', () => {
  const DAY = 86_400_000;
  /** A fresh referral created at `createdAt`, its reference in that year's format. */
  const datedReferral = (createdAt: Date, overrides: Record<string, unknown> = {}): ReferralDelivery => {
    const d = freshReferral({ createdAt: createdAt.toISOString(), ...overrides });
    const reference = `SEAJUST-${createdAt.getUTCFullYear()}-${d.reference.split('-')[2]}`;
    return { ...d, reference, events: d.events.map((e) => ({ ...e, at: createdAt.toISOString() })) };
  };

  it('refuses a new referral created more than 7 days before it arrives, and a redelivery older than redeliver reaches, changing nothing', async () => {
    for (const d of [
      datedReferral(new Date(Date.now() - 8 * DAY)),
      datedReferral(new Date(Date.now() - 120 * DAY), { redelivery: true }),
    ]) {
      const before = await snapshot('wacap');
      const res = await deliver('seajust', 'wacap', RECEIVE_REFERRAL('wacap'), d);
      expect(res.data ?? null).toBeNull();
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'createdAt' });
      expect(await snapshot('wacap')).toEqual(before);
    }
  });

  it("takes a restore's redelivery within the redeliver window, and records that it was one", async () => {
    const d = datedReferral(new Date(Date.now() - 30 * DAY), { redelivery: true });
    expect((await deliver('seajust', 'wacap', RECEIVE_REFERRAL('wacap'), d)).data).toEqual({
      wacap: { receiveReferral: { accepted: true, duplicate: false } },
    });
    const [entry] = await sql<{ details: Record<string, unknown> }>(
      'wacap',
      `SELECT details FROM audit_log WHERE action = 'receiveReferral' AND object_id = $1`,
      [`wacap:rcv:${d.id.split(':')[2]}`],
    );
    expect(entry!.details).toEqual({ redelivery: true });
  });

  it('keys each record by a secret of its own: ids ground to one SHA-256 key do not choose the cell key', async () => {
    const ground: string[] = [];
    while (ground.length < 12) {
      const id = randomUUID();
      if (
        createHash('sha256')
          .update(Buffer.from(id.replace(/-/g, ''), 'hex'))
          .digest()[0] === 0
      )
        ground.push(id);
    }
    for (const id of ground) {
      const d = freshReferral();
      const res = await deliver('seajust', 'wacap', RECEIVE_REFERRAL('wacap'), {
        ...d,
        id: `seajust:ref:${id}`,
        events: d.events.map((e) => ({ ...e, referralId: `seajust:ref:${id}` })),
      });
      expect(res.errors).toBeUndefined();
    }
    const keys = await sql<{ record_key: number }>(
      'wacap',
      `SELECT record_key FROM referrals WHERE id = ANY($1::uuid[])`,
      [ground],
    );
    expect(keys).toHaveLength(12);
    // Twelve HMAC bytes all 0 (the key the sender ground for) would happen once in 256^12.
    expect(keys.filter((k) => k.record_key !== 0).length).toBeGreaterThan(0);
  });

  it("leaves a released month as it was when referrals are delivered into it and withdrawn: another network's small counts stay hidden", async () => {
    const now = new Date();
    const thisMonth = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1);
    const lastMonth = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1));
    const range = { from: lastMonth.toISOString(), to: new Date(thisMonth).toISOString() };
    const QUERY = `query($from: DateTime!, $to: DateTime!) { network(code: WACAP) { statistics(from: $from, to: $to) {
      perturbed incoming { total { count } byStatus { key count } byCounterpartNetwork { key count } } } } }`;
    const figures = async (token: string) => {
      const res = await fed.gql<{ network: { statistics: { perturbed: boolean; incoming: unknown } } }>(
        QUERY,
        range,
        token,
      );
      expect(res.errors).toBeUndefined();
      return res.data!.network.statistics;
    };
    const analyst = await fed.auth.tokenAs('ANALYST');
    const seajust = await fed.auth.tokenAs('SECRETARIAT', 'seajust');
    const own = await fed.auth.tokenAs('SECRETARIAT', 'wacap');
    const released = await figures(analyst);
    expect(released.perturbed).toBe(true);
    const exact = (s: { incoming: unknown }) =>
      (s.incoming as { byStatus: { key: string; count: number }[] }).byStatus.find((c) => c.key === 'WITHDRAWN')
        ?.count ?? 0;
    const withdrawnBefore = exact(await figures(own));

    // SEAJust delivers six referrals into last month (as a redelivery, the only way that far back) and withdraws each.
    for (let i = 0; i < 6; i++) {
      const d = datedReferral(new Date(thisMonth - (i + 1) * 3_600_000), { redelivery: true });
      expect((await deliver('seajust', 'wacap', RECEIVE_REFERRAL('wacap'), d)).errors).toBeUndefined();
      const withdrawn = {
        ...d.events[0],
        referralId: d.id,
        sequence: 2,
        type: 'WITHDRAWN',
        note: 'withdrawn',
        at: new Date().toISOString(),
        assignedTo: null,
      };
      expect((await deliver('seajust', 'wacap', RECEIVE_EVENT('wacap'), withdrawn)).errors).toBeUndefined();
    }
    expect(exact(await figures(own))).toBe(withdrawnBefore + 6);
    expect(await figures(analyst)).toEqual(released);
    expect(await figures(seajust)).toEqual(released);
  });
});
