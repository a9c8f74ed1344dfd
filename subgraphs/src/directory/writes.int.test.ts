/**
 * Secretariat writes against a real PostgreSQL, through the subgraph's HTTP
 * endpoint: validation, idempotency, optimistic concurrency, deactivation.
 */
import { randomUUID } from 'node:crypto';
import { findNetwork, NETWORKS } from '#shared/registry';
import { postGraphQL } from '../../../test/support/federation-http';
import { listeningTestSubgraph, type ListeningSubgraph } from '../../../test/support/subgraph';

const seajust = findNetwork(NETWORKS, 'seajust')!;
let sg: ListeningSubgraph;
let secretariat: string;

/** Posts straight to the subgraph as the gateway would, for SEAJust's secretariat. */
const gql = <T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>) =>
  postGraphQL<T>(sg.server.url, query, variables, sg.auth.subgraphHeaders('seajust', secretariat));

const count = async (table: string) => Number((await sg.ds.query(`SELECT count(*) AS n FROM ${table}`))[0].n);

beforeAll(async () => {
  sg = await listeningTestSubgraph(seajust, 'writes');
  secretariat = await sg.auth.tokenAs('SECRETARIAT', 'seajust', 'THA');
});

afterAll(() => sg?.close());

const CREATE = `mutation($input: ContactPointInput!, $key: String!) { seajust { createContactPoint(input: $input, idempotencyKey: $key) {
  id version fullName country { code name } languages roles active email } } }`;

type Created = {
  seajust: {
    createContactPoint: {
      id: string;
      version: number;
      fullName: string;
      country: { code: string; name: string };
      languages: string[];
      active: boolean;
    };
  };
};

const validInput = (overrides: Record<string, unknown> = {}) => ({
  country: 'KH',
  fullName: 'Sokha Demo',
  organization: 'General Prosecutor (demo)',
  roles: ['PROSECUTOR'],
  expertise: ['CYBERCRIME'],
  languages: ['km', 'EN'],
  available24x7: true,
  email: 'sokha.demo@example.org',
  ...overrides,
});

async function create(overrides: Record<string, unknown> = {}) {
  const res = await gql<Created>(CREATE, { input: validInput(overrides), key: randomUUID() });
  expect(res.errors).toBeUndefined();
  return res.data!.seajust.createContactPoint;
}

describe('createContactPoint', () => {
  it('creates a contact point with normalised country and languages', async () => {
    const cp = await create();
    expect(cp).toMatchObject({
      version: 1,
      fullName: 'Sokha Demo',
      country: { code: 'KHM', name: 'Cambodia' },
      languages: ['km', 'en'],
      active: true,
    });
    expect(cp.id).toMatch(/^seajust:cp:[0-9a-f-]{36}$/);
    const [row] = await sg.ds.query('SELECT country, languages FROM contact_points WHERE id = $1', [
      cp.id.split(':')[2],
    ]);
    expect(row).toEqual({ country: 'KHM', languages: ['km', 'en'] });
  });

  it('returns the first result when retried with the same idempotency key, and CONFLICT for other input', async () => {
    const key = randomUUID();
    const first = await gql<Created>(CREATE, { input: validInput({ fullName: 'Retry Demo' }), key });
    const before = await count('contact_points');
    const retry = await gql<Created>(CREATE, { input: validInput({ fullName: 'Retry Demo' }), key });
    expect(retry.data!.seajust.createContactPoint.id).toBe(first.data!.seajust.createContactPoint.id);
    const other = await gql<Created>(CREATE, { input: validInput({ fullName: 'Someone Else' }), key });
    expect(other.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(await count('contact_points')).toBe(before);
  });

  it.each([
    ['a country outside the network', { country: 'NGA' }, 'country'],
    ['an unknown country', { country: 'XX' }, 'country'],
    ['a language that is not ISO 639-1', { languages: ['english'] }, 'languages'],
    ['no language', { languages: [] }, 'languages'],
    ['a malformed e-mail', { email: 'not-an-email' }, 'email'],
    ['an empty name', { fullName: '   ' }, 'fullName'],
    ['an over-long name', { fullName: 'x'.repeat(201) }, 'fullName'],
    ['no role', { roles: [] }, 'roles'],
    ['a term ending before the appointment', { appointedOn: '2026-05-01', termEndsOn: '2026-04-01' }, 'termEndsOn'],
    ['a date that does not exist', { appointedOn: '2026-02-30' }, undefined],
  ])('refuses %s with BAD_USER_INPUT and writes nothing', async (_label, overrides, field) => {
    const before = [await count('contact_points'), await count('idempotency_keys')];
    const res = await gql<Created>(CREATE, { input: validInput(overrides), key: randomUUID() });
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    if (field) expect(res.errors![0]!.extensions!.field).toBe(field);
    expect(res.data ?? null).toBeNull();
    expect([await count('contact_points'), await count('idempotency_keys')]).toEqual(before);
  });

  it('refuses an unknown enum value before any resolver runs', async () => {
    const before = await count('contact_points');
    const res = await gql(CREATE, { input: validInput({ roles: ['WIZARD'] }), key: randomUUID() });
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await count('contact_points')).toBe(before);
  });

  it('accepts non-Latin names', async () => {
    const cp = await create({ fullName: 'សុខា ដេមូ', languages: ['km'] });
    expect(cp.fullName).toBe('សុខា ដេមូ');
  });
});

describe('updateContactPoint', () => {
  const UPDATE = `mutation($id: ID!, $version: Int!, $patch: ContactPointPatch!) { seajust { updateContactPoint(id: $id, version: $version, patch: $patch) { id version title lastReviewedAt } } }`;

  it('applies a patch with the current version and bumps it', async () => {
    const cp = await create();
    const res = await gql<{ seajust: { updateContactPoint: { version: number; title: string } } }>(UPDATE, {
      id: cp.id,
      version: 1,
      patch: { title: 'Deputy Prosecutor', reviewed: true },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data!.seajust.updateContactPoint).toMatchObject({ version: 2, title: 'Deputy Prosecutor' });
  });

  it('refuses a stale version with CONFLICT and keeps the newer data', async () => {
    const cp = await create();
    await gql(UPDATE, { id: cp.id, version: 1, patch: { title: 'First writer' } });
    const stale = await gql(UPDATE, { id: cp.id, version: 1, patch: { title: 'Second writer' } });
    expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
    const [row] = await sg.ds.query('SELECT title, version FROM contact_points WHERE id = $1', [cp.id.split(':')[2]]);
    expect(row).toEqual({ title: 'First writer', version: 2 });
  });

  it("answers NOT_FOUND for a missing id and BAD_USER_INPUT for another network's id", async () => {
    const missing = await gql(UPDATE, {
      id: 'seajust:cp:00000000-0000-4000-8000-000000000000',
      version: 1,
      patch: { title: 'x' },
    });
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const foreign = await gql(UPDATE, {
      id: 'wacap:cp:00000000-0000-4000-8000-000000000000',
      version: 1,
      patch: { title: 'x' },
    });
    expect(foreign.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('deactivateContactPoint', () => {
  const DEACTIVATE = `mutation($id: ID!, $version: Int!, $successorId: ID) { seajust { deactivateContactPoint(id: $id, version: $version, successorId: $successorId) {
    id active termEndsOn successor { id fullName predecessor { id } } } } }`;

  it('rotates a contact point out, names its successor and keeps the history', async () => {
    const old = await create({ fullName: 'Outgoing Demo' });
    const next = await create({ fullName: 'Incoming Demo' });
    const res = await gql<{
      seajust: {
        deactivateContactPoint: {
          active: boolean;
          termEndsOn: string;
          successor: { id: string; predecessor: { id: string } };
        };
      };
    }>(DEACTIVATE, {
      id: old.id,
      version: 1,
      successorId: next.id,
    });
    expect(res.errors).toBeUndefined();
    const out = res.data!.seajust.deactivateContactPoint;
    expect(out.active).toBe(false);
    expect(out.termEndsOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(out.successor).toMatchObject({ id: next.id, predecessor: { id: old.id } });
    const again = await gql(DEACTIVATE, { id: old.id, version: 2 });
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('refuses a successor from another country', async () => {
    const old = await create();
    const other = await create({ country: 'THA', languages: ['th'] });
    const res = await gql(DEACTIVATE, { id: old.id, version: 1, successorId: other.id });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'successorId' });
    const [row] = await sg.ds.query('SELECT active FROM contact_points WHERE id = $1', [old.id.split(':')[2]]);
    expect(row.active).toBe(true);
  });
});

describe('authorities, profiles, working groups, events and resources', () => {
  it('creates an authority and a country profile that names it, then replaces the profile with its version', async () => {
    const auth = await gql<{ seajust: { createAuthority: { id: string; measures: string[] } } }>(
      `mutation($input: AuthorityInput!, $key: String!) { seajust { createAuthority(input: $input, idempotencyKey: $key) { id measures } } }`,
      {
        key: randomUUID(),
        input: {
          country: 'KHM',
          name: 'Ministry of Justice (demo)',
          kind: 'CENTRAL_AUTHORITY',
          measures: ['EXTRADITION', 'BANK_INFORMATION'],
          languages: ['km', 'en'],
          channels: ['CENTRAL_AUTHORITY'],
          website: 'https://example.org/moj',
        },
      },
    );
    expect(auth.errors).toBeUndefined();
    const authorityId = auth.data!.seajust.createAuthority.id;
    const UPSERT = `mutation($input: CountryProfileInput!, $version: Int, $key: String!) { seajust { upsertCountryProfile(input: $input, version: $version, idempotencyKey: $key) {
      id version country { code } measures { measure applicable competentAuthority { id } requirements } } } }`;
    const measures = [
      {
        measure: 'EXTRADITION',
        applicable: 'YES',
        competentAuthorityId: authorityId,
        languages: ['en'],
        dualCriminalityRequired: true,
        requirements: ['Treaty or reciprocity'],
      },
    ];
    const created = await gql<{
      seajust: {
        upsertCountryProfile: {
          id: string;
          version: number;
          measures: { measure: string; competentAuthority: { id: string } }[];
        };
      };
    }>(UPSERT, {
      input: { country: 'KH', measures },
      key: randomUUID(),
    });
    expect(created.errors).toBeUndefined();
    expect(created.data!.seajust.upsertCountryProfile.measures).toEqual([
      {
        measure: 'EXTRADITION',
        applicable: 'YES',
        competentAuthority: { id: authorityId },
        requirements: ['Treaty or reciprocity'],
      },
    ]);
    const withoutVersion = await gql(UPSERT, { input: { country: 'KHM', measures: [] }, key: randomUUID() });
    expect(withoutVersion.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const replaced = await gql<{ seajust: { upsertCountryProfile: { version: number; measures: unknown[] } } }>(
      UPSERT,
      {
        input: { country: 'KHM', measures: [{ measure: 'VIDEO_HEARING', applicable: 'PARTLY', languages: ['en'] }] },
        version: 1,
        key: randomUUID(),
      },
    );
    expect(replaced.errors).toBeUndefined();
    expect(replaced.data!.seajust.upsertCountryProfile.version).toBe(2);
    expect(replaced.data!.seajust.upsertCountryProfile.measures).toHaveLength(1);
    const thaiAuthority = await gql(UPSERT, {
      input: {
        country: 'THA',
        measures: [{ measure: 'EXTRADITION', applicable: 'YES', competentAuthorityId: authorityId, languages: ['th'] }],
      },
      key: randomUUID(),
    });
    expect(thaiAuthority.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('creates and updates a working group, an event and a resource', async () => {
    const member = await create({ fullName: 'Member Demo' });
    const wg = await gql<{
      seajust: { createWorkingGroup: { id: string; version: number; members: { id: string }[] } };
    }>(
      `mutation($key: String!, $m: [ID!]) { seajust { createWorkingGroup(input: { name: "Cybercrime WG", topic: CYBERCRIME, memberIds: $m }, idempotencyKey: $key) { id version members { id } } } }`,
      { key: randomUUID(), m: [member.id] },
    );
    expect(wg.errors).toBeUndefined();
    expect(wg.data!.seajust.createWorkingGroup.members).toEqual([{ id: member.id }]);
    const badMember = await gql(
      `mutation($key: String!) { seajust { createWorkingGroup(input: { name: "X", memberIds: ["seajust:cp:00000000-0000-4000-8000-000000000000"] }, idempotencyKey: $key) { id } } }`,
      { key: randomUUID() },
    );
    expect(badMember.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');

    const event = await gql<{ seajust: { createEvent: { id: string; version: number; country: { code: string } } } }>(
      `mutation($key: String!) { seajust { createEvent(input: { title: "Plenary (demo)", kind: PLENARY, startsOn: "2026-06-01", endsOn: "2026-06-03", place: "Bangkok", country: "TH" }, idempotencyKey: $key) { id version country { code } } } }`,
      { key: randomUUID() },
    );
    expect(event.errors).toBeUndefined();
    const moved = await gql<{ seajust: { updateEvent: { startsOn: string; endsOn: string } } }>(
      `mutation($id: ID!) { seajust { updateEvent(id: $id, version: 1, patch: { startsOn: "2026-06-02", endsOn: "2026-06-04" }) { startsOn endsOn } } }`,
      { id: event.data!.seajust.createEvent.id },
    );
    expect(moved.data!.seajust.updateEvent).toEqual({ startsOn: '2026-06-02', endsOn: '2026-06-04' });
    const backwards = await gql(
      `mutation($id: ID!) { seajust { updateEvent(id: $id, version: 2, patch: { endsOn: "2026-05-01" }) { id } } }`,
      {
        id: event.data!.seajust.createEvent.id,
      },
    );
    expect(backwards.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');

    const res = await gql<{ seajust: { createResource: { id: string } } }>(
      `mutation($key: String!) { seajust { createResource(input: { title: "MLA guide (demo)", kind: GUIDE, languages: ["en"], url: "https://example.org/guide" }, idempotencyKey: $key) { id } } }`,
      { key: randomUUID() },
    );
    expect(res.errors).toBeUndefined();
    const badUrl = await gql(
      `mutation($id: ID!) { seajust { updateResource(id: $id, version: 1, patch: { url: "javascript:alert(1)" }) { id } } }`,
      {
        id: res.data!.seajust.createResource.id,
      },
    );
    expect(badUrl.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
