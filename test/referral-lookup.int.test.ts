/**
 * What the console's referral pages ask of the API beyond the lists: a lookup by
 * reference or formal reference that finds only what the caller may already see,
 * the steps the caller may take on a record now, and when a delivery is retried;
 * and the counterpart in the same database, read as any record is.
 */
import { randomUUID } from 'node:crypto';
import { contactPointRow, insertContactPoints, type ContactPointRow } from './support/contact-points';
import { postGraphQL } from './support/federation-http';
import { startInProcessFederation } from './support/in-process';
import { insertReferrals, referralRow } from './support/referral-rows';
import { contactPointToken, createReferral } from './support/referrals';

let fed: Awaited<ReturnType<typeof startInProcessFederation>>;

const sql = <T extends Record<string, unknown>>(network: string, text: string, params: unknown[] = []): Promise<T[]> =>
  fed.networks.get(network)!.env.ds.query(text, params);
const harness = () => ({ sql, auth: fed.auth, gql: fed.gql });

const FORMAL = 'MLA/KHM/2026/17';
let created: { id: string; reference: string };
let inbox: string;
const tokens: Record<string, string> = {};

beforeAll(async () => {
  // Cambodia and Thailand at SEAJust, Nigeria and Ghana at WACAP.
  const people: Record<string, ContactPointRow[]> = {
    seajust: [contactPointRow('KHM'), contactPointRow('THA')],
    wacap: [contactPointRow('NGA'), contactPointRow('GHA')],
  };
  fed = await startInProcessFederation({
    seed: (key, env) => insertContactPoints(env.ds, people[key] ?? []).then(() => undefined),
  });
  for (const [name, network, country] of [
    ['khm', 'seajust', 'KHM'],
    ['tha', 'seajust', 'THA'],
    ['nga', 'wacap', 'NGA'],
    ['gha', 'wacap', 'GHA'],
  ] as const) {
    tokens[name] = (await contactPointToken(harness(), network, country)).token;
  }
  tokens.seajustSecretariat = await fed.auth.tokenAs('SECRETARIAT', 'seajust');
  tokens.wacapSecretariat = await fed.auth.tokenAs('SECRETARIAT', 'wacap');
  tokens.analyst = await fed.auth.tokenAs('ANALYST');

  created = await createReferral(harness(), 'seajust', tokens.khm!, 'NG', { formalReferences: [FORMAL] });
  // WACAP's record of it, as its inbox would have stored it (this federation runs no outbox workers).
  const uuid = created.id.split(':')[2]!;
  await insertReferrals(fed.networks.get('wacap')!.env.ds, [
    referralRow('seajust', uuid, {
      side: 'DESTINATION',
      reference: created.reference,
      destinationNetwork: 'wacap',
      originCountry: 'KHM',
      destinationCountry: 'NGA',
    }),
  ]);
  await sql('wacap', `UPDATE referrals SET formal_references = $1 WHERE id = $2`, [[FORMAL], uuid]);
  inbox = `wacap:rcv:${uuid}`;
}, 120_000);

afterAll(async () => {
  await fed?.close();
});

type Lookup = { networks: { code: string; referrals: { nodes: { id: string; reference: string }[] } | null }[] };

/** Every network's referrals matching `reference`, as the caller of `token` sees them. */
const lookup = (reference: string, token?: string) =>
  fed.gql<Lookup>(
    `query($r: String!) { networks { code referrals(filter: { reference: $r }) { nodes { id reference } } } }`,
    { r: reference },
    token,
  );

const found = (data: Lookup | null | undefined) =>
  (data?.networks ?? []).flatMap((n) => (n.referrals?.nodes ?? []).map((r) => r.id)).sort();

describe('looking a referral up by reference', () => {
  it('finds it by its reference in any letter case, and by a formal reference exactly', async () => {
    const byReference = await lookup(created.reference.toLowerCase(), tokens.khm);
    expect(byReference.errors).toBeUndefined();
    // Both sides' records: each network keeps its own, and both list the referral's parties.
    expect(found(byReference.data)).toEqual([created.id, inbox]);
    expect(found((await lookup(FORMAL, tokens.khm)).data)).toEqual([created.id, inbox]);
    expect(found((await lookup(FORMAL.toLowerCase(), tokens.khm)).data)).toEqual([]);
    expect(found((await lookup(` ${FORMAL} `, tokens.nga)).data)).toEqual([created.id, inbox]);
  });

  it('finds it for both secretariats, and nothing for a contact point of another country or network', async () => {
    expect(found((await lookup(created.reference, tokens.seajustSecretariat)).data)).toEqual([created.id, inbox]);
    expect(found((await lookup(created.reference, tokens.wacapSecretariat)).data)).toEqual([created.id, inbox]);
    for (const outsider of [tokens.tha, tokens.gha]) {
      const res = await lookup(created.reference, outsider);
      expect(found(res.data)).toEqual([]);
      expect(found((await lookup(FORMAL, outsider)).data)).toEqual([]);
    }
    const anonymous = await lookup(created.reference);
    expect(found(anonymous.data)).toEqual([]);
    expect(anonymous.errors?.every((e) => e.extensions?.code === 'FORBIDDEN')).toBe(true);
  });

  it.each([
    ['an empty', ''],
    ['a blank', '   '],
    ['an over-long', 'X'.repeat(101)],
  ])('refuses %s reference with BAD_USER_INPUT', async (_what, reference) => {
    const res = await fed.gql(
      `query($r: String!) { networks(codes: [SEAJUST]) { referrals(filter: { reference: $r }) { nodes { id } } } }`,
      { r: reference },
      tokens.khm,
    );
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.reference' });
  });
});

const ACTIONS = `query($id: ID!) { node(id: $id) { ... on Referral { id availableActions } } }`;

async function actions(id: string, token: string | undefined): Promise<string[] | null> {
  const res = await fed.gql<{ node: { availableActions: string[] } | null }>(ACTIONS, { id }, token);
  return res.data?.node?.availableActions ?? null;
}

describe('the steps a caller may take on a record', () => {
  it('offers each side only its own steps from the current status, and nothing to anyone else', async () => {
    // The origin's record, just sent.
    expect(await actions(created.id, tokens.khm)).toEqual(['WITHDRAW', 'MESSAGE']);
    expect(await actions(created.id, tokens.seajustSecretariat)).toEqual(['WITHDRAW', 'MESSAGE']);
    expect(await actions(created.id, tokens.nga)).toEqual([]);
    // The destination's record, in each status.
    expect(await actions(inbox, tokens.nga)).toEqual(['ACKNOWLEDGE', 'DECLINE', 'MESSAGE']);
    expect(await actions(inbox, tokens.wacapSecretariat)).toEqual(['ACKNOWLEDGE', 'DECLINE', 'MESSAGE']);
    expect(await actions(inbox, tokens.khm)).toEqual([]);
    const uuid = inbox.split(':')[2]!;
    for (const [status, expected] of [
      ['ACKNOWLEDGED', ['ASSIGN', 'DECLINE', 'MESSAGE', 'SET_ANSWER_DATE']],
      ['ASSIGNED', ['ASSIGN', 'START', 'DECLINE', 'MESSAGE', 'SET_ANSWER_DATE']],
      ['IN_PROGRESS', ['COMPLETE', 'DECLINE', 'MESSAGE', 'SET_ANSWER_DATE']],
      ['COMPLETED', []],
    ] as const) {
      await sql('wacap', `UPDATE referrals SET status = $1 WHERE id = $2`, [status, uuid]);
      expect({ status, actions: await actions(inbox, tokens.nga) }).toEqual({ status, actions: expected });
    }
    await sql('wacap', `UPDATE referrals SET status = 'SENT' WHERE id = $1`, [uuid]);
  });

  it('tells no one outside the referral anything about it', async () => {
    for (const outsider of [tokens.tha, tokens.gha, tokens.analyst, undefined]) {
      expect(await actions(created.id, outsider)).toBeNull();
      expect(await actions(inbox, outsider)).toBeNull();
    }
  });
});

describe('delivery of a record', () => {
  it('says when the next attempt is due while a change waits', async () => {
    const res = await fed.gql<{ node: { delivery: { state: string; pending: number; nextAttemptAt: string | null } } }>(
      `query($id: ID!) { node(id: $id) { ... on Referral { delivery { state pending nextAttemptAt } } } }`,
      { id: created.id },
      tokens.khm,
    );
    const [row] = await sql<{ next_attempt_at: Date }>(
      'seajust',
      `SELECT next_attempt_at FROM outbox WHERE referral_id = $1`,
      [created.id.split(':')[2]],
    );
    expect(res.data!.node.delivery).toEqual({
      state: 'PENDING',
      pending: 1,
      nextAttemptAt: row!.next_attempt_at.toISOString(),
    });
  });
});

describe('the counterpart kept in the same database', () => {
  it('is read as any record: through the party check, and into the audit log', async () => {
    // A referral from Cambodia to Thailand, both SEAJust: both of its records live in SEAJust's database.
    const uuid = randomUUID();
    const both = {
      reference: `SEAJUST-2026-${uuid.slice(0, 6)}`,
      destinationNetwork: 'seajust',
      originCountry: 'KHM',
      destinationCountry: 'THA',
    };
    await insertReferrals(fed.networks.get('seajust')!.env.ds, [
      referralRow('seajust', uuid, both),
      referralRow('seajust', uuid, { ...both, side: 'DESTINATION' }),
    ]);
    const [origin, destination] = [`seajust:ref:${uuid}`, `seajust:rcv:${uuid}`];
    // The subgraph asked as the gateway asks it: nothing else in the plan reads the counterpart.
    const ask = (token: string) =>
      postGraphQL<{ _entities: { counterpart: { id: string; status: string } | null }[] }>(
        fed.networks.get('seajust')!.server.url,
        `query($r: [_Any!]!) { _entities(representations: $r) { ... on SeajustReferral { counterpart { id status } } } }`,
        { r: [{ __typename: 'SeajustReferral', id: origin }] },
        fed.auth.subgraphHeaders('seajust', token),
      );
    const audited = async () =>
      (
        await sql<{ object_id: string }>(
          'seajust',
          `SELECT object_id FROM audit_log WHERE action = 'readReferral' AND object_id = ANY($1)`,
          [[origin, destination]],
        )
      )
        .map((r) => r.object_id)
        .sort();

    const read = await ask(tokens.seajustSecretariat!);
    expect(read.errors).toBeUndefined();
    expect(read.data!._entities).toEqual([{ counterpart: { id: destination, status: 'SENT' } }]);
    expect(await audited()).toEqual([destination, origin].sort());

    // Thailand's contact point is a party to the origin's record; to a destination record of another country
    // (its parties made to differ here, in the database) it is not, and gets it as one that does not exist.
    await sql('seajust', `UPDATE referrals SET destination_country = 'MYS' WHERE id = $1 AND side = 'DESTINATION'`, [
      uuid,
    ]);
    const refused = await ask(tokens.tha!);
    expect(refused.data!._entities).toEqual([{ counterpart: null }]);
    expect(refused.errors?.map((e) => e.extensions?.code)).toEqual(['NOT_FOUND']);
  });
});
