/**
 * The filters a secretariat's desk asks with, against a real PostgreSQL through the
 * subgraph's HTTP endpoint: contact points due for review or at the end of their term,
 * authorities due for review (and marking one reviewed), and the open referrals of one
 * contact point (still only those the caller is party to).
 */
import { randomUUID } from 'node:crypto';
import { findNetwork, NETWORKS } from '#shared/registry';
import { postGraphQL } from '../../../test/support/federation-http';
import { fixedUuid, insertReferrals, referralRow } from '../../../test/support/referral-rows';
import { listeningTestSubgraph, type ListeningSubgraph } from '../../../test/support/subgraph';

const seajust = findNetwork(NETWORKS, 'seajust')!;
let sg: ListeningSubgraph;
let secretariat: string;

const gql = <T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, token = secretariat) =>
  postGraphQL<T>(sg.server.url, query, variables, sg.auth.subgraphHeaders('seajust', token));

/** SEAJust's network entity, as the gateway asks a subgraph for it. */
const NETWORK = [{ __typename: 'SeajustNetwork', code: 'SEAJUST' }];

const CREATE = `mutation($input: ContactPointInput!, $key: String!) { seajust { createContactPoint(input: $input, idempotencyKey: $key) { id } } }`;

async function contactPoint(
  fullName: string,
  lastReviewedAt: string | null,
  termEndsOn: string | null,
): Promise<string> {
  const input = {
    country: 'KH',
    fullName,
    organization: 'Review queue (demo)',
    roles: ['PROSECUTOR'],
    expertise: [],
    languages: ['km'],
    available24x7: false,
  };
  const res = await gql<{ seajust: { createContactPoint: { id: string } } }>(CREATE, { input, key: randomUUID() });
  const id = res.data!.seajust.createContactPoint.id;
  await sg.ds.query('UPDATE contact_points SET last_reviewed_at = $2, term_ends_on = $3 WHERE id = $1', [
    id.split(':')[2],
    lastReviewedAt,
    termEndsOn,
  ]);
  return id;
}

let ids: Record<'never' | 'old' | 'recent' | 'endingSoon' | 'endingLater', string>;

beforeAll(async () => {
  sg = await listeningTestSubgraph(seajust, 'review');
  secretariat = await sg.auth.tokenAs('SECRETARIAT', 'seajust', 'THA');
  ids = {
    never: await contactPoint('Queue Never', null, null),
    old: await contactPoint('Queue Old', '2024-01-10T00:00:00Z', null),
    recent: await contactPoint('Queue Recent', '2026-01-10T00:00:00Z', null),
    endingSoon: await contactPoint('Queue Ending Soon', '2026-01-10T00:00:00Z', '2026-03-01'),
    endingLater: await contactPoint('Queue Ending Later', '2026-01-10T00:00:00Z', '2027-03-01'),
  };
}, 60_000);

afterAll(() => sg?.close());

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
    const row = (i: number, extra: Parameters<typeof referralRow>[2]) =>
      referralRow('seajust', fixedUuid(22, i), { originCountry: 'KHM', reference: `DESK-${i}`, ...extra });
    await insertReferrals(sg.ds, [row(1, {}), row(2, {}), row(3, {}), row(4, { originCountry: 'THA' })]);
    await sg.ds.query(`UPDATE referrals SET from_cp = $1 WHERE reference = 'DESK-1'`, [sokha]);
    await sg.ds.query(`UPDATE referrals SET to_cp = $1 WHERE reference = 'DESK-2'`, [sokha]);
    await sg.ds.query(`UPDATE referrals SET assigned_to = $1, from_cp = $2 WHERE reference = 'DESK-3'`, [sokha, other]);
    await sg.ds.query(`UPDATE referrals SET from_cp = $1 WHERE reference = 'DESK-4'`, [other]);
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
    const thai = await sg.auth.token({
      subject: 'tha-cp',
      roles: ['CONTACT_POINT'],
      network: 'seajust',
      country: 'THA',
      contactPointId: other,
    });
    // A Thai contact point is party to its own referral and to THA's, never to Cambodia's DESK-1 and DESK-2.
    expect(await references({ contactPoint: sokha }, thai)).toEqual(['DESK-3']);
    const wacap = await sg.auth.token({ subject: 'wacap-sec', roles: ['SECRETARIAT'], network: 'wacap' });
    const res = await gql<Referrals>(REFERRALS, { filter: { contactPoint: sokha }, r: NETWORK }, wacap);
    expect(res.data?.network[0].referrals?.nodes ?? []).toEqual([]);
  });

  it.each(['not-an-id', `seajust:auth:${fixedUuid(21, 1)}`])(
    'refuses contactPoint = %s with BAD_USER_INPUT',
    async (id) => {
      const res = await gql<Referrals>(REFERRALS, { filter: { contactPoint: id }, r: NETWORK });
      expect(res.data?.network[0].referrals ?? null).toBeNull();
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.contactPoint' });
    },
  );
});

describe('the review queue of authorities', () => {
  const CREATE_AUTHORITY = `mutation($input: AuthorityInput!, $key: String!) { seajust { createAuthority(input: $input, idempotencyKey: $key) { id lastReviewedAt } } }`;
  const AUTHORITIES = `query($filter: AuthorityFilter, $r: [_Any!]!) { network: _entities(representations: $r) { ... on SeajustNetwork { authorities(filter: $filter, first: 50) { nodes { id lastReviewedAt } } } } }`;
  const REVIEWED = `mutation($id: ID!, $version: Int!) { seajust { updateAuthority(id: $id, version: $version, patch: { reviewed: true }) { id version lastReviewedAt } } }`;
  type Authorities = { network: [{ authorities: { nodes: { id: string; lastReviewedAt: string | null }[] } }] };
  let authorities: Record<'never' | 'old' | 'recent', string>;

  async function authority(name: string, lastReviewedAt: string | null): Promise<string> {
    const input = { country: 'KH', name, kind: 'OTHER', measures: [], languages: ['km'], channels: ['EMAIL'] };
    const res = await gql<{ seajust: { createAuthority: { id: string; lastReviewedAt: string } } }>(CREATE_AUTHORITY, {
      input,
      key: randomUUID(),
    });
    const created = res.data!.seajust.createAuthority;
    // A new authority counts as reviewed by the secretariat who entered it.
    expect(Date.now() - Date.parse(created.lastReviewedAt)).toBeLessThan(60_000);
    await sg.ds.query('UPDATE authorities SET last_reviewed_at = $2 WHERE id = $1', [
      created.id.split(':')[2],
      lastReviewedAt,
    ]);
    return created.id;
  }

  const due = async (headers: Record<string, string>, reviewedBefore = '2025-06-01T00:00:00Z') => {
    const res = await postGraphQL<Authorities>(
      sg.server.url,
      AUTHORITIES,
      { filter: { search: 'Queue Authority', reviewedBefore }, r: NETWORK },
      headers,
    );
    expect(res.errors).toBeUndefined();
    return res.data!.network[0].authorities.nodes.map((n) => n.id).sort();
  };

  beforeAll(async () => {
    authorities = {
      never: await authority('Queue Authority Never', null),
      old: await authority('Queue Authority Old', '2024-01-10T00:00:00Z'),
      recent: await authority('Queue Authority Recent', '2026-01-10T00:00:00Z'),
    };
  });

  it('reviewedBefore lists the authorities reviewed before that instant and those never reviewed', async () => {
    expect(await due(sg.auth.subgraphHeaders('seajust', secretariat))).toEqual(
      [authorities.never, authorities.old].sort(),
    );
  });

  it('refuses reviewedBefore = "last year" with BAD_USER_INPUT', async () => {
    const res = await gql(AUTHORITIES, { filter: { reviewedBefore: 'last year' }, r: NETWORK });
    expect(res.data?.network ?? null).toBeNull();
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: expect.any(String) });
  });

  it('tells anyone else only what the public review date shows, and lets only the own secretariat mark one reviewed', async () => {
    const others = {
      anonymous: sg.auth.subgraphHeaders('seajust'),
      wacapSecretariat: sg.auth.subgraphHeaders(
        'seajust',
        await sg.auth.token({ subject: 'wacap-sec', roles: ['SECRETARIAT'], network: 'wacap' }),
      ),
      contactPoint: sg.auth.subgraphHeaders(
        'seajust',
        await sg.auth.token({ subject: 'kh-cp', roles: ['CONTACT_POINT'], network: 'seajust', country: 'KHM' }),
      ),
    };
    for (const headers of Object.values(others)) {
      // The same set the field itself shows to everyone: the filter adds no knowledge.
      const all = await postGraphQL<Authorities>(
        sg.server.url,
        AUTHORITIES,
        { filter: { search: 'Queue Authority' }, r: NETWORK },
        headers,
      );
      const shown = all
        .data!.network[0].authorities.nodes.filter((n) => n.lastReviewedAt === null || n.lastReviewedAt < '2025-06-01')
        .map((n) => n.id);
      expect(await due(headers)).toEqual(shown.sort());
      const res = await postGraphQL<{ seajust: unknown }>(
        sg.server.url,
        REVIEWED,
        { id: authorities.old, version: 2 },
        headers,
      );
      expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    const [row] = await sg.ds.query('SELECT last_reviewed_at FROM authorities WHERE id = $1', [
      authorities.old.split(':')[2],
    ]);
    expect(row.last_reviewed_at.toISOString()).toBe('2024-01-10T00:00:00.000Z');
  });

  it('marks an authority reviewed now, which takes it off the queue', async () => {
    const [{ version }] = await sg.ds.query('SELECT version FROM authorities WHERE id = $1', [
      authorities.old.split(':')[2],
    ]);
    const res = await gql<{ seajust: { updateAuthority: { version: number; lastReviewedAt: string } } }>(REVIEWED, {
      id: authorities.old,
      version,
    });
    expect(res.errors).toBeUndefined();
    expect(Date.now() - Date.parse(res.data!.seajust.updateAuthority.lastReviewedAt)).toBeLessThan(60_000);
    expect(await due(sg.auth.subgraphHeaders('seajust', secretariat))).toEqual([authorities.never]);
  });
});
