/**
 * The filters a secretariat's desk asks with, against a real PostgreSQL through the
 * subgraph's HTTP endpoint: contact points due for review or at the end of their term,
 * and the open referrals of one contact point (still only those the caller is party to).
 */
import { randomUUID } from 'node:crypto';
import type { Listening } from '../../../shared/src/http';
import { findNetwork, NETWORKS } from '../../../shared/src/registry';
import { createTestAuth, type TestAuth } from '../../../test/support/auth';
import { createMigratedDataSource } from '../../../test/support/db';
import { postGraphQL } from '../../../test/support/federation-http';
import { fixedUuid, insertReferrals, referralRow } from '../../../test/support/referral-rows';
import { createSubgraph } from '../subgraph';

const seajust = findNetwork(NETWORKS, 'seajust')!;
let env: Awaited<ReturnType<typeof createMigratedDataSource>>;
let server: Listening;
let auth: TestAuth;
let secretariat: string;

const gql = <T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, token = secretariat) =>
  postGraphQL<T>(server.url, query, variables, auth.subgraphHeaders('seajust', token));

/** SEAJust's network entity, as the gateway asks a subgraph for it. */
const NETWORK = [{ __typename: 'SeajustNetwork', code: 'SEAJUST' }];

const CREATE = `mutation($input: ContactPointInput!, $key: String!) { seajust { createContactPoint(input: $input, idempotencyKey: $key) { id } } }`;

async function contactPoint(fullName: string, lastReviewedAt: string | null, termEndsOn: string | null): Promise<string> {
  const input = { country: 'KH', fullName, organization: 'Review queue (demo)', roles: ['PROSECUTOR'], expertise: [], languages: ['km'], available24x7: false };
  const res = await gql<{ seajust: { createContactPoint: { id: string } } }>(CREATE, { input, key: randomUUID() });
  const id = res.data!.seajust.createContactPoint.id;
  await env.ds.query('UPDATE contact_points SET last_reviewed_at = $2, term_ends_on = $3 WHERE id = $1', [id.split(':')[2], lastReviewedAt, termEndsOn]);
  return id;
}

let ids: Record<'never' | 'old' | 'recent' | 'endingSoon' | 'endingLater', string>;

beforeAll(async () => {
  auth = await createTestAuth(NETWORKS);
  secretariat = await auth.token({ subject: 'seajust-secretariat', roles: ['SECRETARIAT'], network: 'seajust', country: 'THA' });
  env = await createMigratedDataSource('review');
  server = await createSubgraph(seajust, { ds: env.ds, verifyToken: await auth.subgraphVerifier('seajust'), secret: auth.secrets.seajust!, log: () => undefined }).listen(0);
  ids = {
    never: await contactPoint('Queue Never', null, null),
    old: await contactPoint('Queue Old', '2024-01-10T00:00:00Z', null),
    recent: await contactPoint('Queue Recent', '2026-01-10T00:00:00Z', null),
    endingSoon: await contactPoint('Queue Ending Soon', '2026-01-10T00:00:00Z', '2026-03-01'),
    endingLater: await contactPoint('Queue Ending Later', '2026-01-10T00:00:00Z', '2027-03-01'),
  };
}, 60_000);

afterAll(async () => {
  await server?.close();
  await env?.close();
});

const LIST = `query($filter: ContactPointFilter, $r: [_Any!]!) { network: _entities(representations: $r) { ... on SeajustNetwork { contactPoints(filter: $filter, first: 50) { nodes { id } } } } }`;
type Listed = { network: [{ contactPoints: { nodes: { id: string }[] } }] };
const listed = async (filter: Record<string, unknown>) => {
  const res = await gql<Listed>(LIST, { filter: { search: 'Queue', ...filter }, r: NETWORK });
  expect(res.errors).toBeUndefined();
  return res.data!.network[0].contactPoints.nodes.map((n) => n.id).sort();
};

describe('the review queue filters of contact points', () => {
  it('reviewedBefore lists the entries reviewed before that instant and those never reviewed', async () => {
    expect(await listed({ reviewedBefore: '2025-06-01T00:00:00Z' })).toEqual([ids.never, ids.old].sort());
  });

  it('termEndsBefore lists the terms that end on or before that day', async () => {
    expect(await listed({ termEndsBefore: '2026-03-01' })).toEqual([ids.endingSoon]);
    expect(await listed({ termEndsBefore: '2027-12-31' })).toEqual([ids.endingSoon, ids.endingLater].sort());
  });

  it.each([
    ['reviewedBefore', 'last year'],
    ['termEndsBefore', '2026-02-30'],
  ])('refuses %s = %s with BAD_USER_INPUT (the scalar refuses it before any read)', async (field, value) => {
    const res = await gql(LIST, { filter: { [field]: value }, r: NETWORK });
    expect(res.data?.network ?? null).toBeNull();
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: expect.any(String) });
  });
});

describe('the referrals of one contact point', () => {
  const REFERRALS = `query($filter: ReferralFilter, $r: [_Any!]!) { network: _entities(representations: $r) { ... on SeajustNetwork { referrals(filter: $filter, first: 50) { nodes { reference } } } } }`;
  type Referrals = { network: [{ referrals: { nodes: { reference: string }[] } | null }] };
  const sokha = `seajust:cp:${fixedUuid(21, 1)}`;
  const other = `seajust:cp:${fixedUuid(21, 2)}`;

  beforeAll(async () => {
    const row = (i: number, extra: Parameters<typeof referralRow>[2]) => referralRow('seajust', fixedUuid(22, i), { originCountry: 'KHM', reference: `DESK-${i}`, ...extra });
    await insertReferrals(env.ds, [row(1, {}), row(2, {}), row(3, {}), row(4, { originCountry: 'THA' })]);
    await env.ds.query(`UPDATE referrals SET from_cp = $1 WHERE reference = 'DESK-1'`, [sokha]);
    await env.ds.query(`UPDATE referrals SET to_cp = $1 WHERE reference = 'DESK-2'`, [sokha]);
    await env.ds.query(`UPDATE referrals SET assigned_to = $1, from_cp = $2 WHERE reference = 'DESK-3'`, [sokha, other]);
    await env.ds.query(`UPDATE referrals SET from_cp = $1 WHERE reference = 'DESK-4'`, [other]);
  });

  const references = async (filter: Record<string, unknown>, token?: string) => {
    const res = await gql<Referrals>(REFERRALS, { filter, r: NETWORK }, token);
    expect(res.errors).toBeUndefined();
    return res.data!.network[0].referrals!.nodes.map((n) => n.reference).sort();
  };

  it('lists the referrals it sent, was asked or is assigned', async () => {
    expect(await references({ contactPoint: sokha })).toEqual(['DESK-1', 'DESK-2', 'DESK-3']);
    expect(await references({ contactPoint: other })).toEqual(['DESK-3', 'DESK-4']);
  });

  it('stays within what the caller is party to: a contact point of another country learns nothing', async () => {
    const thai = await auth.token({ subject: 'tha-cp', roles: ['CONTACT_POINT'], network: 'seajust', country: 'THA', contactPointId: other });
    // A Thai contact point is party to its own referral and to THA's, never to Cambodia's DESK-1 and DESK-2.
    expect(await references({ contactPoint: sokha }, thai)).toEqual(['DESK-3']);
    const wacap = await auth.token({ subject: 'wacap-sec', roles: ['SECRETARIAT'], network: 'wacap' });
    const res = await gql<Referrals>(REFERRALS, { filter: { contactPoint: sokha }, r: NETWORK }, wacap);
    expect(res.data?.network[0].referrals?.nodes ?? []).toEqual([]);
  });

  it.each(['not-an-id', `seajust:auth:${fixedUuid(21, 1)}`])('refuses contactPoint = %s with BAD_USER_INPUT', async (id) => {
    const res = await gql<Referrals>(REFERRALS, { filter: { contactPoint: id }, r: NETWORK });
    expect(res.data?.network[0].referrals ?? null).toBeNull();
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.contactPoint' });
  });
});
