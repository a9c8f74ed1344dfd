/**
 * Referrals end to end: created in one network, delivered by the outbox through
 * the gateway, worked on by the other side, and read back in one query.
 */
import { randomUUID } from 'node:crypto';
import { federationForFile } from './support/federation';
import { contactPointToken, createReferral, pendingOutbox, waitFor } from './support/referrals';

const fed = federationForFile();

const STEP = (ns: string, mutation: string, args = '') =>
  `mutation($id: ID!, $key: String!${args ? ', $cp: ID!' : ''}) { ${ns} { ${mutation}(id: $id, idempotencyKey: $key${args}) { id status assignedTo { id } } } }`;

async function step(
  ns: string,
  mutation: string,
  id: string,
  token: string,
  args = '',
  variables: Record<string, unknown> = {},
) {
  return fed.gql<Record<string, Record<string, { id: string; status: string }>>>(
    STEP(ns, mutation, args),
    { id, key: randomUUID(), ...variables },
    token,
  );
}

const THE_REFERRAL = `query($id: ID!) { node(id: $id) { ... on Referral {
  id reference side status kind urgency subject formalReferences
  originNetwork { code name } destinationNetwork { code name }
  originCountry { code } destinationCountry { code }
  from { id fullName network { code } }
  assignedTo { id fullName network { code } }
  delivery { state pending }
  events { sequence side type note assignedTo { id } }
  counterpart { id side status assignedTo { id fullName } delivery { state } events { sequence side type } } } } }`;

type Timeline = { sequence: number; side: string; type: string }[];
type ReferralOut = {
  id: string;
  reference: string;
  side: string;
  status: string;
  from: { id: string; fullName: string; network: { code: string } };
  assignedTo: { id: string; fullName: string; network: { code: string } } | null;
  originNetwork: { code: string; name: string };
  destinationNetwork: { code: string; name: string };
  delivery: { state: string; pending: number };
  events: Timeline;
  counterpart: {
    id: string;
    side: string;
    status: string;
    assignedTo: { id: string; fullName: string } | null;
    events: Timeline;
  } | null;
};

describe('a referral from SEAJust (Cambodia) to WACAP (Nigeria)', () => {
  it('is delivered, worked on by the destination, and read whole in one query from either side', async () => {
    const origin = await contactPointToken(fed, 'seajust', 'KHM');
    const dest = await contactPointToken(fed, 'wacap', 'NGA');
    const assignee = await contactPointToken(fed, 'wacap', 'NGA', 1);

    const created = await createReferral(fed, 'seajust', origin.token, 'NG');
    expect(created.reference).toMatch(/^SEAJUST-\d{4}-\d{6}$/);
    expect(created.id).toMatch(/^seajust:ref:[0-9a-f-]{36}$/);
    expect(created.status).toBe('SENT');
    const uuid = created.id.split(':')[2]!;
    const inbox = `wacap:rcv:${uuid}`;

    const deliveredIn = await waitFor(
      async () =>
        (await fed.sql('wacap', `SELECT 1 FROM referrals WHERE id = $1 AND side = 'DESTINATION'`, [uuid])).length === 1,
      15_000,
      'delivery to WACAP',
    );
    expect(deliveredIn).toBeLessThan(15_000);

    // the destination's inbox
    const box = await fed.gql<{
      networks: { referrals: { nodes: { id: string; reference: string; status: string }[] } }[];
    }>(
      `{ networks(codes: [WACAP]) { referrals(filter: { direction: IN, counterpartNetwork: SEAJUST }) { nodes { id reference status } } } }`,
      {},
      dest.token,
    );
    expect(box.errors).toBeUndefined();
    expect(box.data!.networks[0]!.referrals.nodes).toContainEqual({
      id: inbox,
      reference: created.reference,
      status: 'SENT',
    });

    expect(
      (await step('wacap', 'acknowledgeReferral', inbox, dest.token)).data!.wacap!.acknowledgeReferral!.status,
    ).toBe('ACKNOWLEDGED');
    const twice = await step('wacap', 'acknowledgeReferral', inbox, dest.token);
    expect(twice.errors?.[0]?.extensions).toMatchObject({ code: 'INVALID_TRANSITION', status: 'ACKNOWLEDGED' });
    const assigned = await step('wacap', 'assignReferral', inbox, dest.token, ', contactPointId: $cp', {
      cp: assignee.id,
    });
    expect(assigned.errors).toBeUndefined();
    expect(assigned.data!.wacap!.assignReferral).toMatchObject({ status: 'ASSIGNED', assignedTo: { id: assignee.id } });
    expect((await step('wacap', 'startReferral', inbox, dest.token)).data!.wacap!.startReferral!.status).toBe(
      'IN_PROGRESS',
    );
    const msg = await fed.gql(
      `mutation($id: ID!, $key: String!) { seajust { addReferralMessage(id: $id, text: "Any news on the bank records?", idempotencyKey: $key) { status } } }`,
      { id: created.id, key: randomUUID() },
      origin.token,
    );
    expect(msg.errors).toBeUndefined();
    expect((await step('wacap', 'completeReferral', inbox, dest.token)).data!.wacap!.completeReferral!.status).toBe(
      'COMPLETED',
    );

    // both sides converge
    await waitFor(
      async () => (await pendingOutbox(fed, 'seajust')) === 0 && (await pendingOutbox(fed, 'wacap')) === 0,
      15_000,
      'both outboxes empty',
    );
    const res = await fed.gql<{ node: ReferralOut }>(THE_REFERRAL, { id: created.id }, origin.token);
    expect(res.errors).toBeUndefined();
    const r = res.data!.node;
    expect(r).toMatchObject({
      id: created.id,
      side: 'ORIGIN',
      status: 'COMPLETED',
      originNetwork: { code: 'SEAJUST', name: 'SEAJust' },
      destinationNetwork: { code: 'WACAP', name: 'WACAP' },
      from: { id: origin.id, network: { code: 'SEAJUST' } },
      assignedTo: { id: assignee.id, network: { code: 'WACAP' } },
      delivery: { state: 'DELIVERED', pending: 0 },
    });
    expect(r.assignedTo!.fullName).toBeTruthy();
    const expectedTimeline = [
      { sequence: 1, side: 'ORIGIN', type: 'CREATED' },
      { sequence: 1, side: 'DESTINATION', type: 'ACKNOWLEDGED' },
      { sequence: 2, side: 'DESTINATION', type: 'ASSIGNED' },
      { sequence: 3, side: 'DESTINATION', type: 'STARTED' },
      { sequence: 2, side: 'ORIGIN', type: 'MESSAGE' },
      { sequence: 4, side: 'DESTINATION', type: 'COMPLETED' },
    ];
    expect(r.events.map(({ sequence, side, type }) => ({ sequence, side, type }))).toEqual(expectedTimeline);
    expect(r.counterpart).toMatchObject({
      id: inbox,
      side: 'DESTINATION',
      status: 'COMPLETED',
      assignedTo: { id: assignee.id },
    });
    expect(r.counterpart!.events).toEqual(expectedTimeline);

    // the same answer from the destination's side
    const fromDest = await fed.gql<{ node: ReferralOut }>(THE_REFERRAL, { id: inbox }, dest.token);
    expect(fromDest.errors).toBeUndefined();
    expect(fromDest.data!.node.counterpart!.id).toBe(created.id);

    // a completed referral cannot be withdrawn, and nothing changes
    const late = await fed.gql(
      `mutation($id: ID!, $key: String!) { seajust { withdrawReferral(id: $id, reason: "too late", idempotencyKey: $key) { status } } }`,
      { id: created.id, key: randomUUID() },
      origin.token,
    );
    expect(late.errors?.[0]?.extensions?.code).toBe('INVALID_TRANSITION');
    const [{ n }] = await fed.sql<{ n: string }>(
      'seajust',
      `SELECT count(*) AS n FROM referral_events WHERE referral_id = $1 AND record_side = 'ORIGIN'`,
      [uuid],
    );
    expect(Number(n)).toBe(6);
  });

  it('refuses a destination step by the origin, and an origin step by the destination', async () => {
    const origin = await contactPointToken(fed, 'seajust', 'KHM');
    const dest = await contactPointToken(fed, 'wacap', 'NGA');
    const created = await createReferral(fed, 'seajust', origin.token, 'NGA');
    const uuid = created.id.split(':')[2]!;
    await waitFor(
      async () => (await fed.sql('wacap', `SELECT 1 FROM referrals WHERE id = $1`, [uuid])).length === 1,
      15_000,
      'delivery',
    );
    const ack = await step('seajust', 'acknowledgeReferral', created.id, origin.token);
    expect(ack.errors?.[0]?.extensions?.code).toBe('INVALID_TRANSITION');
    const withdraw = await fed.gql(
      `mutation($id: ID!, $key: String!) { wacap { withdrawReferral(id: $id, reason: "x", idempotencyKey: $key) { status } } }`,
      { id: `wacap:rcv:${uuid}`, key: randomUUID() },
      dest.token,
    );
    expect(withdraw.errors?.[0]?.extensions?.code).toBe('INVALID_TRANSITION');
    // the origin withdraws; the destination can then no longer acknowledge
    const w = await fed.gql<{ seajust: { withdrawReferral: { status: string } } }>(
      `mutation($id: ID!, $key: String!) { seajust { withdrawReferral(id: $id, reason: "Case closed at home", idempotencyKey: $key) { status } } }`,
      { id: created.id, key: randomUUID() },
      origin.token,
    );
    expect(w.data!.seajust.withdrawReferral.status).toBe('WITHDRAWN');
    await waitFor(
      async () =>
        (await fed.sql<{ status: string }>('wacap', `SELECT status FROM referrals WHERE id = $1`, [uuid]))[0]
          ?.status === 'WITHDRAWN',
      15_000,
      'withdrawal delivered',
    );
    const after = await step('wacap', 'acknowledgeReferral', `wacap:rcv:${uuid}`, dest.token);
    expect(after.errors?.[0]?.extensions).toMatchObject({ code: 'INVALID_TRANSITION', status: 'WITHDRAWN' });
  });

  it('works the same way inside one network, between two of its countries', async () => {
    const origin = await contactPointToken(fed, 'gljc', 'RWA');
    const dest = await contactPointToken(fed, 'gljc', 'KEN');
    const created = await createReferral(fed, 'gljc', origin.token, 'KEN', {
      kind: 'EXTRADITION',
      measures: ['EXTRADITION'],
      urgency: 'IMMEDIATE',
    });
    const uuid = created.id.split(':')[2]!;
    await waitFor(
      async () =>
        (await fed.sql('gljc', `SELECT 1 FROM referrals WHERE id = $1 AND side = 'DESTINATION'`, [uuid])).length === 1,
      15_000,
      'delivery',
    );
    const ack = await step('gljc', 'acknowledgeReferral', `gljc:rcv:${uuid}`, dest.token);
    expect(ack.data!.gljc!.acknowledgeReferral!.status).toBe('ACKNOWLEDGED');
    await waitFor(
      async () =>
        (
          await fed.sql<{ status: string }>('gljc', `SELECT status FROM referrals WHERE id = $1 AND side = 'ORIGIN'`, [
            uuid,
          ])
        )[0]?.status === 'ACKNOWLEDGED',
      15_000,
      'ack delivered',
    );
  });
});

describe('who sees a referral', () => {
  it('hides it and its events from a third network, an analyst and an anonymous caller', async () => {
    const origin = await contactPointToken(fed, 'seajust', 'THA');
    const created = await createReferral(fed, 'seajust', origin.token, 'SEN');
    const uuid = created.id.split(':')[2]!;
    await waitFor(
      async () => (await fed.sql('wacap', `SELECT 1 FROM referrals WHERE id = $1`, [uuid])).length === 1,
      15_000,
      'delivery',
    );
    const third = await contactPointToken(fed, 'casc', 'KAZ');
    const otherCountry = await contactPointToken(fed, 'seajust', 'KHM');
    const callers: [string, string | undefined][] = [
      ['a CASC contact point', third.token],
      ['a SEAJust contact point of another country', otherCountry.token],
      ['an analyst', await fed.auth.tokenAs('ANALYST')],
      ['a CASC secretariat', await fed.auth.tokenAs('SECRETARIAT', 'casc')],
      ['anonymous', undefined],
    ];
    for (const [label, token] of callers) {
      for (const id of [created.id, `wacap:rcv:${uuid}`]) {
        const res = await fed.gql<{ node: unknown }>(
          `query($id: ID!) { node(id: $id) { ... on Referral { subject events { type } } } }`,
          { id },
          token,
        );
        expect([label, res.data?.node ?? null]).toEqual([label, null]);
        expect([label, res.errors?.[0]?.extensions?.code]).toEqual([label, 'NOT_FOUND']);
      }
      const list = await fed.gql<{ networks: { referrals: { nodes: { id: string }[] } | null }[] }>(
        `{ networks { referrals(first: 500) { nodes { id } } } }`,
        {},
        token,
      );
      const seen = (list.data?.networks ?? []).flatMap((n) => n.referrals?.nodes ?? []).map((n) => n.id);
      expect([label, seen.filter((id) => id.endsWith(uuid))]).toEqual([label, []]);
    }
    // the parties do see it, and the reads are audited where the record lives
    const secretariat = await fed.auth.token({ subject: 'wacap-sec-reader', roles: ['SECRETARIAT'], network: 'wacap' });
    const seen = await fed.gql<{ node: { subject: string } }>(
      `query($id: ID!) { node(id: $id) { ... on Referral { subject } } }`,
      { id: created.id },
      secretariat,
    );
    expect(seen.data!.node.subject).toContain('(test)');
    const audit = await fed.sql(
      'seajust',
      `SELECT 1 FROM audit_log WHERE action = 'readReferral' AND actor_subject = 'wacap-sec-reader' AND object_id = $1`,
      [created.id],
    );
    expect(audit).toHaveLength(1);
  });

  it('refuses to create a referral for anyone but a contact point of the network, and validates the input', async () => {
    const before = await fed.sql<{ n: string }>('seajust', `SELECT count(*) AS n FROM referrals`);
    const secretariat = await fed.auth.tokenAs('SECRETARIAT', 'seajust');
    await expect(createReferral(fed, 'seajust', secretariat, 'NGA')).rejects.toThrow(/FORBIDDEN/);
    const wacapCp = await contactPointToken(fed, 'wacap', 'NGA');
    await expect(createReferral(fed, 'seajust', wacapCp.token, 'KHM')).rejects.toThrow(/FORBIDDEN/);
    const cp = await contactPointToken(fed, 'seajust', 'KHM');
    await expect(createReferral(fed, 'seajust', cp.token, 'KHM')).rejects.toThrow(/another country/);
    await expect(createReferral(fed, 'seajust', cp.token, 'FRA')).rejects.toThrow(/belongs to no network/);
    await expect(createReferral(fed, 'seajust', cp.token, 'NGA', { subject: ' ' })).rejects.toThrow(/BAD_USER_INPUT/);
    await expect(
      createReferral(fed, 'seajust', cp.token, 'NGA', {
        toContactPointId: 'casc:cp:00000000-0000-4000-8000-000000000000',
      }),
    ).rejects.toThrow(/toContactPointId/);
    const after = await fed.sql<{ n: string }>('seajust', `SELECT count(*) AS n FROM referrals`);
    expect(after[0]!.n).toBe(before[0]!.n);
  });
});

describe('listing referrals', () => {
  const LIST = `query($f: ReferralFilter, $after: String) { network(code: WACAP) { referrals(filter: $f, first: 100, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } nodes { id side status urgency createdAt } } } }`;
  type ListOut = {
    network: {
      referrals: {
        totalCount: number;
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
        nodes: { id: string; side: string; status: string; createdAt: string }[];
      };
    };
  };

  it.each([
    ['incoming', { direction: 'IN' }, `side = 'DESTINATION'`],
    [
      'outgoing and open',
      { direction: 'OUT', status: ['SENT', 'ACKNOWLEDGED', 'ASSIGNED', 'IN_PROGRESS'] },
      `side = 'ORIGIN' AND status IN ('SENT','ACKNOWLEDGED','ASSIGNED','IN_PROGRESS')`,
    ],
    [
      'with GLJC',
      { counterpartNetwork: 'GLJC' },
      `(CASE WHEN side = 'ORIGIN' THEN destination_network ELSE origin_network END) = 'gljc'`,
    ],
    [
      'with Kenya, immediate',
      { counterpartCountry: 'KE', urgency: 'IMMEDIATE' },
      `(CASE WHEN side = 'ORIGIN' THEN destination_country ELSE origin_country END) = 'KEN' AND urgency = 'IMMEDIATE'`,
    ],
    [
      'about cybercrime in 2025',
      { crimeArea: 'CYBERCRIME', createdFrom: '2025-01-01T00:00:00Z', createdTo: '2026-01-01T00:00:00Z' },
      `'CYBERCRIME' = ANY(crime_areas) AND created_at >= '2025-01-01' AND created_at < '2026-01-01'`,
    ],
  ])('filters %s for the WACAP secretariat, matching the database', async (_label, filter, where) => {
    const token = await fed.auth.tokenAs('SECRETARIAT', 'wacap');
    const res = await fed.gql<ListOut>(LIST, { f: filter }, token);
    expect(res.errors).toBeUndefined();
    const [{ n }] = await fed.sql<{ n: string }>('wacap', `SELECT count(*) AS n FROM referrals WHERE ${where}`);
    expect(Number(n)).toBeGreaterThan(0);
    expect(res.data!.network.referrals.totalCount).toBe(Number(n));
  });

  it('pages newest first through every record exactly once', async () => {
    const token = await fed.auth.tokenAs('SECRETARIAT', 'wacap');
    const filter = { counterpartNetwork: 'CASC' };
    const seen: { id: string; createdAt: string }[] = [];
    let after: string | null = null;
    for (let i = 0; i < 50; i++) {
      const res: Awaited<ReturnType<typeof fed.gql<ListOut>>> = await fed.gql<ListOut>(
        LIST,
        { f: filter, after },
        token,
      );
      const page = res.data!.network.referrals;
      seen.push(...page.nodes);
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    const [{ n }] = await fed.sql<{ n: string }>(
      'wacap',
      `SELECT count(*) AS n FROM referrals WHERE (CASE WHEN side = 'ORIGIN' THEN destination_network ELSE origin_network END) = 'casc'`,
    );
    expect(seen).toHaveLength(Number(n));
    expect(new Set(seen.map((r) => r.id)).size).toBe(seen.length);
    const times = seen.map((r) => Date.parse(r.createdAt));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
  });

  it('shows a contact point only the referrals of its own country', async () => {
    const cp = await contactPointToken(fed, 'wacap', 'SEN');
    const res = await fed.gql<{
      network: {
        referrals: {
          totalCount: number;
          nodes: { originCountry: { code: string }; destinationCountry: { code: string } }[];
        };
      };
    }>(
      `{ network(code: WACAP) { referrals(first: 100) { totalCount nodes { originCountry { code } destinationCountry { code } } } } }`,
      {},
      cp.token,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.network.referrals.totalCount).toBeGreaterThan(0);
    for (const r of res.data!.network.referrals.nodes)
      expect([r.originCountry.code, r.destinationCountry.code]).toContain('SEN');
  });
});
