/**
 * Two of everything behind one address: two gateway processes behind a
 * round-robin proxy, and two replicas of SEAJust and of WACAP, each pair on one
 * database. The first gateway calls the first replicas, the second gateway the
 * second ones, and every outbox delivers through the proxy, so consecutive
 * requests and deliveries land on different processes with their own token caches.
 */
import { randomUUID } from 'node:crypto';
import type { Replica } from '../scripts/lib/processes';
import { postGraphQL, type GraphQLResponse } from './support/federation-http';
import { startTestFederation, type TestFederation } from './support/federation';
import { startRoundRobin, type RoundRobin } from './support/round-robin';
import { contactPointToken, pendingOutbox, referralInput, waitFor } from './support/referrals';

let fed: TestFederation;
let proxy: RoundRobin;
let gateway2: Replica;
const replicas: Replica[] = [];

const base = (url: string) => new URL(url).origin;

beforeAll(async () => {
  process.env.OUTBOX_LEASE_MS = '15000';
  fed = await startTestFederation();
  proxy = await startRoundRobin([base(fed.gatewayUrl)]);
  // The second replicas deliver through the proxy too (the first ones through the first gateway, as before).
  for (const key of ['seajust', 'wacap']) replicas.push(await fed.startReplica(key, { GATEWAY_URL: proxy.url }));
  gateway2 = await fed.startGatewayReplica({ seajust: replicas[0]!.url, wacap: replicas[1]!.url });
  proxy.targets.push(base(gateway2.url));
}, 180_000);

afterAll(async () => {
  await proxy?.close();
  for (const r of [gateway2, ...replicas]) await r?.stop();
  await fed?.close();
});

const viaProxy = <T = Record<string, unknown>>(query: string, variables: Record<string, unknown>, token: string) =>
  postGraphQL<T>(proxy.url, query, variables, { authorization: `Bearer ${token}` });
const viaEach = <T = Record<string, unknown>>(
  query: string,
  variables: Record<string, unknown>,
  token: string,
): Promise<GraphQLResponse<T>[]> =>
  Promise.all(
    [fed.gatewayUrl, gateway2.url].map((url) =>
      postGraphQL<T>(url, query, variables, { authorization: `Bearer ${token}` }),
    ),
  );

const CREATE = `mutation($input: ReferralInput!, $key: String!) { seajust { createReferral(input: $input, idempotencyKey: $key) { id reference status } } }`;
const ACKNOWLEDGE = `mutation($id: ID!, $key: String!) { wacap { acknowledgeReferral(id: $id, idempotencyKey: $key) { id status } } }`;
const OWN_REFERRALS = `{ network(code: SEAJUST) { referrals(first: 5) { nodes { id } } } }`;
type Created = { seajust: { createReferral: { id: string; reference: string; status: string } } };

describe('two gateways behind one port', () => {
  it('alternates requests between them, and each answers with its own exchanged tokens', async () => {
    const { token } = await contactPointToken(fed, 'seajust', 'KHM');
    const before = new Map(proxy.counts);
    const answers = [];
    for (let i = 0; i < 6; i++)
      answers.push(await viaProxy<{ network: { referrals: { nodes: { id: string }[] } } }>(OWN_REFERRALS, {}, token));
    for (const a of answers) expect(a.errors).toBeUndefined();
    expect(new Set(answers.map((a) => JSON.stringify(a.data)))).toEqual(new Set([JSON.stringify(answers[0]!.data)]));
    for (const target of proxy.targets) expect((proxy.counts.get(target) ?? 0) - (before.get(target) ?? 0)).toBe(3);
  });

  it('has a token signed for one replica accepted by the other: both gateways sign with the one key the subgraphs trust', async () => {
    const { token } = await contactPointToken(fed, 'seajust', 'KHM');
    // What either gateway would send SEAJust for this caller, sent to both SEAJust replicas.
    const headers = fed.auth.subgraphHeaders('seajust', token);
    for (const url of [fed.subgraphUrls.seajust!, replicas[0]!.url]) {
      const res = await postGraphQL<Created>(url, CREATE, { input: referralInput('NGA'), key: randomUUID() }, headers);
      expect(res.data?.seajust.createReferral.status).toBe('SENT');
    }
  });

  it('refuses an expired token on both, whatever each has cached of it', async () => {
    const [row] = await fed.sql<{ id: string }>(
      'seajust',
      `SELECT id FROM contact_points WHERE active AND country = 'KHM' ORDER BY id LIMIT 1`,
    );
    const token = await fed.auth.token(
      {
        subject: `cp-${row!.id}`,
        roles: ['CONTACT_POINT'],
        network: 'seajust',
        country: 'KHM',
        contactPointId: `seajust:cp:${row!.id}`,
      },
      { expiresAt: Math.floor(Date.now() / 1000) + 3 },
    );
    for (const res of await viaEach(OWN_REFERRALS, {}, token)) expect(res.errors).toBeUndefined();
    await new Promise((r) => setTimeout(r, 3500));
    for (const res of await viaEach(OWN_REFERRALS, {}, token))
      expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses on both at once a contact point its secretariat deactivated, though their exchanged tokens are still cached', async () => {
    const { token, id } = await contactPointToken(fed, 'seajust', 'KHM', 1);
    for (const res of await viaEach(OWN_REFERRALS, {}, token)) expect(res.errors).toBeUndefined();
    await fed.sql('seajust', `UPDATE contact_points SET active = false WHERE id = $1`, [id.split(':')[2]]);
    try {
      const answers = await viaEach<Created>(CREATE, { input: referralInput('NGA'), key: randomUUID() }, token);
      for (const res of answers) expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    } finally {
      await fed.sql('seajust', `UPDATE contact_points SET active = true WHERE id = $1`, [id.split(':')[2]]);
    }
  });
});

describe('the same write sent to both replicas at once', () => {
  it('creates one referral, and every answer returns it', async () => {
    const { token } = await contactPointToken(fed, 'seajust', 'KHM');
    const variables = { input: referralInput('NGA', { subject: 'Sent twice at once (test)' }), key: randomUUID() };
    const answers = (await Promise.all([1, 2, 3].map(() => viaEach<Created>(CREATE, variables, token)))).flat();
    for (const a of answers) expect(a.errors).toBeUndefined();
    const ids = new Set(answers.map((a) => a.data!.seajust.createReferral.id));
    expect(ids.size).toBe(1);
    const uuid = [...ids][0]!.split(':')[2];
    expect(await fed.sql('seajust', `SELECT id FROM referrals WHERE subject = 'Sent twice at once (test)'`)).toEqual([
      { id: uuid },
    ]);
    expect(await fed.sql('seajust', `SELECT kind FROM outbox WHERE referral_id = $1`, [uuid])).toEqual([
      { kind: 'REFERRAL' },
    ]);
    await waitFor(
      async () => (await fed.sql('wacap', `SELECT 1 FROM referrals WHERE id = $1`, [uuid])).length === 1,
      30_000,
      'delivery',
    );
  });

  it('records one acknowledgement on the destination, and every answer shows it', async () => {
    const origin = await contactPointToken(fed, 'seajust', 'KHM');
    const dest = await contactPointToken(fed, 'wacap', 'NGA');
    const created = await viaProxy<Created>(CREATE, { input: referralInput('NGA'), key: randomUUID() }, origin.token);
    const uuid = created.data!.seajust.createReferral.id.split(':')[2]!;
    await waitFor(
      async () => (await fed.sql('wacap', `SELECT 1 FROM referrals WHERE id = $1`, [uuid])).length === 1,
      30_000,
      'delivery',
    );
    const variables = { id: `wacap:rcv:${uuid}`, key: randomUUID() };
    const answers = (
      await Promise.all(
        [1, 2, 3].map(() =>
          viaEach<{ wacap: { acknowledgeReferral: { status: string } } }>(ACKNOWLEDGE, variables, dest.token),
        ),
      )
    ).flat();
    for (const a of answers) expect(a.data?.wacap.acknowledgeReferral.status).toBe('ACKNOWLEDGED');
    expect(
      await fed.sql(
        'wacap',
        `SELECT author_side, seq, type FROM referral_events WHERE referral_id = $1 AND record_side = 'DESTINATION' ORDER BY author_side, seq`,
        [uuid],
      ),
    ).toEqual([
      { author_side: 'DESTINATION', seq: 1, type: 'ACKNOWLEDGED' },
      { author_side: 'ORIGIN', seq: 1, type: 'CREATED' },
    ]);
  });
});

it('converges with one referral each way while the first WACAP replica is down, without a duplicated event', async () => {
  const seajust = await contactPointToken(fed, 'seajust', 'KHM');
  const wacap = await contactPointToken(fed, 'wacap', 'NGA');
  /** Through the proxy, as a client behind a balancer would: a request that lands on the gateway whose WACAP is down is sent again. */
  const send = async <T>(query: string, variables: Record<string, unknown>, token: string): Promise<T> => {
    for (let i = 0; i < 4; i++) {
      const res = await viaProxy<T>(query, variables, token);
      if (!res.errors) return res.data!;
    }
    throw new Error(`no gateway answered ${query.slice(0, 40)}`);
  };
  const step = (network: string, id: string, mutation: string, args = '') =>
    send(
      `mutation($id: ID!, $key: String!) { ${network} { ${mutation}(id: $id, ${args} idempotencyKey: $key) { status } } }`,
      { id, key: randomUUID() },
      network === 'seajust' ? seajust.token : wacap.token,
    );

  await fed.stopNetwork('wacap');
  let out: string, back: string;
  try {
    out = (
      await send<Created>(CREATE, { input: referralInput('NGA'), key: randomUUID() }, seajust.token)
    ).seajust.createReferral.id.split(':')[2]!;
    back = (
      await send<{ wacap: { createReferral: { id: string } } }>(
        `mutation($input: ReferralInput!, $key: String!) { wacap { createReferral(input: $input, idempotencyKey: $key) { id } } }`,
        { input: referralInput('KHM'), key: randomUUID() },
        wacap.token,
      )
    ).wacap.createReferral.id.split(':')[2]!;
    await waitFor(
      async () =>
        (await fed.sql('wacap', `SELECT 1 FROM referrals WHERE id = $1 AND side = 'DESTINATION'`, [out])).length === 1,
      30_000,
      'SEAJust → WACAP',
    );
    await waitFor(
      async () =>
        (await fed.sql('seajust', `SELECT 1 FROM referrals WHERE id = $1 AND side = 'DESTINATION'`, [back])).length ===
        1,
      30_000,
      'WACAP → SEAJust',
    );
    await step('wacap', `wacap:rcv:${out}`, 'acknowledgeReferral');
    await step('seajust', `seajust:rcv:${back}`, 'acknowledgeReferral');
    await step('seajust', `seajust:ref:${out}`, 'withdrawReferral', 'reason: "Sent in error (test)",');
  } finally {
    await fed.startNetwork('wacap');
  }
  await waitFor(
    async () => (await pendingOutbox(fed, 'seajust')) + (await pendingOutbox(fed, 'wacap')) === 0,
    45_000,
    'both outboxes empty',
  );

  for (const uuid of [out, back]) {
    const events = async (network: string) =>
      fed.sql<{ author_side: string; seq: number; type: string }>(
        network,
        `SELECT author_side, seq, type FROM referral_events WHERE referral_id = $1 ORDER BY author_side, seq`,
        [uuid],
      );
    expect(await events('seajust')).toEqual(await events('wacap'));
    const statuses = [
      ...(await fed.sql('seajust', `SELECT status FROM referrals WHERE id = $1`, [uuid])),
      ...(await fed.sql('wacap', `SELECT status FROM referrals WHERE id = $1`, [uuid])),
    ];
    expect(statuses).toHaveLength(2);
    expect(statuses[0]).toEqual(statuses[1]);
  }
  expect(await fed.sql('seajust', `SELECT status FROM referrals WHERE id = $1`, [out])).toEqual([
    { status: 'WITHDRAWN' },
  ]);
  // Every outbox row was delivered once: no event was stored twice, and none arrived twice.
  const receipts = [
    ...(await fed.sql<{ received: number }>(
      'seajust',
      `SELECT received FROM delivery_receipts WHERE referral_id = ANY($1)`,
      [[out, back]],
    )),
    ...(await fed.sql<{ received: number }>(
      'wacap',
      `SELECT received FROM delivery_receipts WHERE referral_id = ANY($1)`,
      [[out, back]],
    )),
  ];
  expect(receipts.map((r) => r.received)).toEqual(receipts.map(() => 1));
}, 120_000);
