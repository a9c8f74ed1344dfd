/**
 * The bad-input and access matrix, end to end through the gateway and also
 * straight at a subgraph. Every case asserts the exact error code and that
 * nothing was written (row counts before and after).
 */
import { randomUUID } from 'node:crypto';
import { generateDevKeys, signToken } from '../scripts/lib/dev-keys';
import { SUBGRAPH_SECRET_HEADER } from '#shared/auth/subgraph-secret';
import type { Role } from '#shared/caller';
import { NETWORKS } from '#shared/registry';
import { postGraphQL, type GraphQLResponse } from './support/federation-http';
import { startTestFederation, type TestFederation } from './support/federation';

let fed: TestFederation;

const TABLES = [
  'contact_points',
  'authorities',
  'country_profiles',
  'measure_profiles',
  'working_groups',
  'events',
  'resources',
  'idempotency_keys',
];

const sql = <T extends Record<string, unknown>>(network: string, text: string, params: unknown[] = []) =>
  fed.sql<T>(network, text, params);

/** Row counts of every directory table of every network. */
async function rowCounts(): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const n of NETWORKS) {
    const [row] = await sql<Record<string, string>>(
      n.key,
      `SELECT ${TABLES.map((t) => `(SELECT count(*) FROM ${t}) AS ${t}`).join(', ')}`,
    );
    for (const t of TABLES) out[`${n.key}.${t}`] = Number(row![t]);
  }
  return out;
}

const codes = (res: GraphQLResponse) => (res.errors ?? []).map((e) => e.extensions?.code);

beforeAll(async () => {
  fed = await startTestFederation();
}, 120_000);

afterAll(async () => {
  await fed?.close();
});

const CONTACTS = `{ networks(codes: [SEAJUST]) { code contactPoints(first: 2) { nodes { id fullName roles email phone } } } }`;
type Contacts = {
  networks: {
    contactPoints: { nodes: { id: string; fullName: string; email: string | null; phone: string | null }[] } | null;
  }[];
};

describe('tokens', () => {
  const badTokens: [string, () => Promise<string>][] = [
    ['garbage', async () => 'not.a.jwt-at-all'],
    [
      'expired',
      () =>
        fed.auth.token({ subject: 's', roles: ['CONTACT_POINT'] }, { expiresAt: Math.floor(Date.now() / 1000) - 60 }),
    ],
    [
      'not yet valid',
      () => fed.auth.token({ subject: 's', roles: ['CONTACT_POINT'] }, { notBefore: '1h', expiresAt: '2h' }),
    ],
    [
      'wrongly signed',
      async () => signToken((await generateDevKeys()).privateKeyPem, { subject: 's', roles: ['CONTACT_POINT'] }),
    ],
    [
      'from another issuer',
      () => fed.auth.token({ subject: 's', roles: ['CONTACT_POINT'] }, { issuer: 'https://evil.example' }),
    ],
    [
      'for another audience',
      () => fed.auth.token({ subject: 's', roles: ['CONTACT_POINT'] }, { audience: 'someone-else' }),
    ],
    ['with an unknown role', () => fed.auth.token({ subject: 's', roles: ['GOD' as Role] })],
    ['with an unknown network', () => fed.auth.token({ subject: 's', roles: ['SECRETARIAT'], network: 'atlantis' })],
  ];

  it.each(badTokens)(
    'refuses a token that is %s, at the gateway and at a subgraph, with UNAUTHENTICATED',
    async (_label, make) => {
      const token = await make();
      const viaGateway = await fed.gql(CONTACTS, {}, token);
      expect(viaGateway.status).toBe(401);
      expect(codes(viaGateway)).toEqual(['UNAUTHENTICATED']);
      expect(viaGateway.data ?? null).toBeNull();
      const direct = await postGraphQL(
        fed.subgraphUrls.seajust!,
        `{ _service { sdl } }`,
        {},
        fed.auth.rawSubgraphHeaders('seajust', token),
      );
      expect(direct.status).toBe(401);
      expect(codes(direct)).toEqual(['UNAUTHENTICATED']);
    },
  );

  it('refuses an Authorization header that is not a bearer token', async () => {
    const res = await fetch(fed.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Basic dXNlcjpwYXNz' },
      body: JSON.stringify({ query: '{ networks { code } }' }),
    });
    expect(res.status).toBe(401);
    expect(((await res.json()) as GraphQLResponse).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('who reads what', () => {
  it('lets anonymous callers read networks, authorities, profiles, events and resources', async () => {
    const res = await fed.gql<{
      networks: {
        code: string;
        authorities: { totalCount: number };
        countryProfiles: unknown[];
        events: { totalCount: number };
        resources: { totalCount: number };
      }[];
    }>(
      `{ networks { code memberCountries { code } authorities { totalCount } countryProfiles { country { code } measures { measure } }
         events { totalCount nodes { title } } resources { totalCount nodes { title url } } } }`,
    );
    expect(res.errors).toBeUndefined();
    for (const n of res.data!.networks) {
      expect(n.authorities.totalCount).toBeGreaterThan(0);
      expect(n.events.totalCount).toBeGreaterThan(0);
      expect(n.resources.totalCount).toBeGreaterThan(0);
    }
  });

  type Expectation = { people: boolean; details: boolean };
  const matrix: [string, Role | null, Expectation][] = [
    ['anonymous', null, { people: false, details: false }],
    ['an analyst', 'ANALYST', { people: false, details: false }],
    ['a hub admin', 'HUB_ADMIN', { people: true, details: false }],
    ['a service', 'SERVICE', { people: true, details: false }],
    ['a contact point of another network', 'CONTACT_POINT', { people: true, details: true }],
    ['a secretariat of another network', 'SECRETARIAT', { people: true, details: true }],
  ];

  it.each(matrix)('shows %s exactly what the security model allows', async (_label, role, expected) => {
    const token = role ? await fed.auth.tokenAs(role, 'wacap', 'NGA') : undefined;
    const before = await rowCounts();
    const res = await fed.gql<Contacts>(CONTACTS, {}, token);
    expect(res.status).toBe(200);
    const cps = res.data!.networks[0]!.contactPoints;
    if (!expected.people) {
      expect(cps).toBeNull();
      expect(res.errors).toHaveLength(1);
      expect(res.errors![0]).toMatchObject({
        path: ['networks', 0, 'contactPoints'],
        extensions: { code: 'FORBIDDEN', network: 'SEAJUST' },
      });
    } else if (!expected.details) {
      expect(cps!.nodes).toHaveLength(2);
      for (const cp of cps!.nodes) expect(cp).toMatchObject({ fullName: expect.any(String), email: null, phone: null });
      expect(new Set(codes(res))).toEqual(new Set(['FORBIDDEN']));
      expect(res.errors!.map((e) => e.path!.slice(-1)[0]).sort()).toEqual(['email', 'email', 'phone', 'phone']);
    } else {
      expect(res.errors).toBeUndefined();
      expect(cps!.nodes.every((cp) => cp.email?.endsWith('@example.org'))).toBe(true);
    }
    expect(await rowCounts()).toEqual(before);
  });

  it('audits every read of contact details in the owning network, with the gateway request id', async () => {
    const token = await fed.auth.token({
      subject: 'auditor-check',
      roles: ['CONTACT_POINT'],
      network: 'casc',
      country: 'KAZ',
    });
    const res = await fed.gql<Contacts>(CONTACTS, {}, token);
    expect(res.errors).toBeUndefined();
    const ids = res.data!.networks[0]!.contactPoints!.nodes.map((n) => n.id).sort();
    const rows = await sql<{ object_id: string; request_id: string; actor_network: string; action: string }>(
      'seajust',
      `SELECT object_id, request_id, actor_network, action FROM audit_log WHERE actor_subject = 'auditor-check' ORDER BY object_id`,
    );
    expect(rows.map((r) => r.object_id)).toEqual(ids);
    expect(rows.every((r) => r.action === 'readContactDetails' && r.actor_network === 'casc')).toBe(true);
    expect(new Set(rows.map((r) => r.request_id)).size).toBe(1);
    expect(rows[0]!.request_id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("lets only the network's own secretariat read its audit log", async () => {
    const q = `{ network(code: SEAJUST) { ... on SeajustNetwork { auditLog(first: 5) { totalCount nodes { action actorSubject requestId } } } } }`;
    const own = await fed.gql<{ network: { auditLog: { totalCount: number } } }>(
      q,
      {},
      await fed.auth.tokenAs('SECRETARIAT', 'seajust', 'THA'),
    );
    expect(own.errors).toBeUndefined();
    expect(own.data!.network.auditLog.totalCount).toBeGreaterThan(0);
    for (const [role, network] of [
      ['SECRETARIAT', 'wacap'],
      ['CONTACT_POINT', 'seajust'],
      ['HUB_ADMIN', undefined],
      ['ANALYST', undefined],
    ] as [Role, string | undefined][]) {
      const res = await fed.gql<{ network: { auditLog: unknown } }>(q, {}, await fed.auth.tokenAs(role, network));
      expect(res.data!.network.auditLog).toBeNull();
      expect(codes(res)).toEqual(['FORBIDDEN']);
    }
  });
});

describe('who writes where', () => {
  const CREATE = `mutation($key: String!) { seajust { createContactPoint(idempotencyKey: $key, input: {
    country: "KHM", fullName: "Intruder Demo", organization: "Nowhere", roles: [PROSECUTOR], expertise: [], languages: ["en"], available24x7: false }) { id } } }`;

  it.each([
    ['anonymous', null, undefined],
    ['a WACAP secretariat', 'SECRETARIAT', 'wacap'],
    ['a SEAJust contact point', 'CONTACT_POINT', 'seajust'],
    ['a WACAP contact point', 'CONTACT_POINT', 'wacap'],
    ['an analyst', 'ANALYST', 'seajust'],
    ['a hub admin', 'HUB_ADMIN', undefined],
  ] as [string, Role | null, string | undefined][])(
    'refuses a write to SEAJust by %s with FORBIDDEN and writes nothing',
    async (_label, role, network) => {
      const before = await rowCounts();
      const token = role ? await fed.auth.tokenAs(role, network) : undefined;
      const res = await fed.gql(CREATE, { key: randomUUID() }, token);
      expect(codes(res)).toEqual(['FORBIDDEN']);
      expect(res.data ?? null).toBeNull();
      expect(await rowCounts()).toEqual(before);
    },
  );

  it('lets the SEAJust secretariat write, and audits it', async () => {
    const token = await fed.auth.token({
      subject: 'seajust-sec-1',
      roles: ['SECRETARIAT'],
      network: 'seajust',
      country: 'THA',
    });
    const res = await fed.gql<{ seajust: { createContactPoint: { id: string } } }>(
      CREATE,
      { key: randomUUID() },
      token,
    );
    expect(res.errors).toBeUndefined();
    const id = res.data!.seajust.createContactPoint.id;
    const rows = await sql<{ action: string; actor_subject: string }>(
      'seajust',
      'SELECT action, actor_subject FROM audit_log WHERE object_id = $1',
      [id],
    );
    expect(rows).toEqual([{ action: 'createContactPoint', actor_subject: 'seajust-sec-1' }]);
  });
});

describe('straight at a subgraph', () => {
  const ENTITIES = `query($r: [_Any!]!) { _entities(representations: $r) { ... on SeajustNetwork { code } } }`;

  it.each([
    ['no secret and no token', () => ({})],
    ['a wrong secret', () => ({ [SUBGRAPH_SECRET_HEADER]: 'x'.repeat(43) })],
    ["another subgraph's secret", () => ({ [SUBGRAPH_SECRET_HEADER]: fed.auth.secrets.wacap! })],
  ])('refuses a request with %s, _entities included, with UNAUTHENTICATED', async (_label, headers) => {
    for (const query of [`{ _service { sdl } }`, ENTITIES]) {
      const res = await postGraphQL(
        fed.subgraphUrls.seajust!,
        query,
        { r: [{ __typename: 'SeajustNetwork', code: 'SEAJUST' }] },
        headers(),
      );
      expect(res.status).toBe(401);
      expect(codes(res)).toEqual(['UNAUTHENTICATED']);
    }
  });

  it('refuses a valid user token without the gateway secret', async () => {
    const token = await fed.auth.tokenAs('SECRETARIAT', 'seajust');
    const before = await rowCounts();
    const res = await postGraphQL(
      fed.subgraphUrls.seajust!,
      `mutation { seajust { createResource(idempotencyKey: "direct-attempt-1", input: { title: "x", kind: GUIDE, languages: ["en"], url: "https://example.org" }) { id } } }`,
      {},
      { authorization: `Bearer ${token}` },
    );
    expect(res.status).toBe(401);
    expect(codes(res)).toEqual(['UNAUTHENTICATED']);
    expect(await rowCounts()).toEqual(before);
  });

  it.each([
    ['anonymous', null, { people: false, details: false }],
    ['an analyst', 'ANALYST', { people: false, details: false }],
    ['a hub admin', 'HUB_ADMIN', { people: true, details: false }],
    ['a contact point', 'CONTACT_POINT', { people: true, details: true }],
    ['a secretariat', 'SECRETARIAT', { people: true, details: true }],
  ] as [string, Role | null, { people: boolean; details: boolean }][])(
    'shows %s the same fields straight at the subgraph as through the gateway',
    async (_label, role, expected) => {
      const token = role ? await fed.auth.tokenAs(role, 'wacap', 'NGA') : undefined;
      const res = await postGraphQL<{
        _entities: { contactPoints: { nodes: { fullName: string; email: string | null }[] } | null }[];
      }>(
        fed.subgraphUrls.seajust!,
        `query($r: [_Any!]!) { _entities(representations: $r) { ... on SeajustNetwork { contactPoints(first: 2) { nodes { fullName email } } } } }`,
        { r: [{ __typename: 'SeajustNetwork', code: 'SEAJUST' }] },
        fed.auth.subgraphHeaders('seajust', token),
      );
      const cps = res.data!._entities[0]!.contactPoints;
      if (!expected.people) {
        expect(cps).toBeNull();
        expect(codes(res)).toEqual(['FORBIDDEN']);
      } else if (!expected.details) {
        expect(cps!.nodes.every((n) => n.fullName && n.email === null)).toBe(true);
        expect(codes(res)).toEqual(['FORBIDDEN', 'FORBIDDEN']);
      } else {
        expect(res.errors).toBeUndefined();
        expect(cps!.nodes.every((n) => n.email?.endsWith('@example.org'))).toBe(true);
      }
    },
  );

  it('refuses writes from the wrong network straight at the subgraph too, and writes nothing', async () => {
    const before = await rowCounts();
    for (const token of [
      await fed.auth.tokenAs('SECRETARIAT', 'wacap'),
      await fed.auth.tokenAs('CONTACT_POINT', 'seajust', 'KHM'),
      undefined,
    ]) {
      const res = await postGraphQL(
        fed.subgraphUrls.seajust!,
        `mutation { seajust { createResource(idempotencyKey: "direct-write-attempt", input: { title: "x", kind: GUIDE, languages: ["en"], url: "https://example.org" }) { id } } }`,
        {},
        fed.auth.subgraphHeaders('seajust', token),
      );
      expect(codes(res)).toEqual(['FORBIDDEN']);
    }
    expect(await rowCounts()).toEqual(before);
  });

  it('applies the same field rules as the gateway when the secret is right (the gateway is not trusted to filter)', async () => {
    const res = await postGraphQL<{ _entities: unknown[] }>(
      fed.subgraphUrls.seajust!,
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on SeajustNetwork { contactPoints(first: 1) { totalCount } } } }`,
      { r: [{ __typename: 'SeajustNetwork', code: 'SEAJUST' }] },
      fed.auth.subgraphHeaders('seajust', await fed.auth.tokenAs('ANALYST')),
    );
    expect(codes(res)).toEqual(['FORBIDDEN']);
  });
});

describe('limits and malformed requests at the gateway', () => {
  const post = (body: string, headers: Record<string, string> = {}) =>
    fetch(fed.gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

  it('refuses a depth bomb', async () => {
    const deep = `{ networks { ${'... on Network { code '.repeat(1)}contactPoints { nodes { successor { successor { successor { successor { successor { successor { successor { successor { successor { id } } } } } } } } } } } } } }`;
    const res = await fed.gql(deep);
    expect(codes(res)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(res.errors![0]!.message).toMatch(/depth/i);
  });

  it('refuses an alias bomb', async () => {
    const res = await fed.gql(`{ ${Array.from({ length: 60 }, (_, i) => `a${i}: networks { code }`).join(' ')} }`);
    expect(codes(res)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(res.errors![0]!.message).toMatch(/alias/i);
  });

  it('refuses a cost bomb', async () => {
    // 10 aliases x 4 networks x 500 contact points with their successors: 20,000 rows asked at once
    const block = `networks { contactPoints(first: 500) { nodes { fullName organization successor { fullName organization } } } }`;
    const res = await fed.gql(`{ ${Array.from({ length: 10 }, (_, i) => `c${i}: ${block}`).join(' ')} }`);
    expect(res.status).toBe(400);
    expect(codes(res)).toEqual(['COST_LIMIT_EXCEEDED']);
    expect(res.errors![0]!.message).toMatch(/costs 40080/);
  });

  it('refuses a document with too many tokens', async () => {
    const res = await fed.gql(`{ networks { ${'code '.repeat(3000)} } }`);
    expect(res.status).toBe(400);
    expect(res.errors![0]!.message).toMatch(/token/i);
  });

  it('refuses an oversize body with 413 before reading it all', async () => {
    const res = await post(JSON.stringify({ query: `{ networks { code } }`, variables: { pad: 'x'.repeat(200_000) } }));
    expect(res.status).toBe(413);
    expect(((await res.json()) as GraphQLResponse).errors?.[0]?.extensions?.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('refuses malformed JSON with 400', async () => {
    const res = await post('{"query": "{ networks { code } }"');
    expect(res.status).toBe(400);
    expect(((await res.json()) as GraphQLResponse).errors?.[0]?.extensions?.code).toBe('BAD_REQUEST');
  });

  it('refuses batched operations', async () => {
    const res = await post(JSON.stringify([{ query: '{ networks { code } }' }, { query: '{ networks { name } }' }]));
    expect(res.status).toBe(400);
  });

  it('refuses a cross-site simple request (CSRF prevention)', async () => {
    const res = await fetch(`${fed.gatewayUrl}?query=${encodeURIComponent('{ networks { code } }')}`);
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/CSRF/);
  });

  it('refuses unknown enum values, as literals and as variables', async () => {
    const literal = await fed.gql(`{ networks(codes: [ATLANTIS]) { code } }`);
    expect(codes(literal)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    const variable = await fed.gql(`query($c: [NetworkCode!]) { networks(codes: $c) { code } }`, { c: ['ATLANTIS'] });
    expect(codes(variable)).toEqual(['BAD_USER_INPUT']);
  });

  it.each([
    ['an unknown network prefix', 'atlantis:cp:00000000-0000-4000-8000-000000000000'],
    ['a wrong kind', 'seajust:person:00000000-0000-4000-8000-000000000000'],
    ['the kind "constructor", a property of every object', 'seajust:constructor:00000000-0000-4000-8000-000000000000'],
    ['the kind "__proto__"', 'seajust:__proto__:00000000-0000-4000-8000-000000000000'],
    ['the kind "toString"', 'wacap:toString:00000000-0000-4000-8000-000000000000'],
    ['no uuid', 'seajust:cp:1 OR 1=1'],
    ['no structure', "'; DROP TABLE contact_points; --"],
  ])('refuses ids with %s with BAD_USER_INPUT', async (_label, id) => {
    const res = await fed.gql(`query($id: ID!) { node(id: $id) { id } }`, { id });
    expect(codes(res)).toEqual(['BAD_USER_INPUT']);
  });
});

describe('hostile text in every free-text filter', () => {
  const HOSTILE = [
    "' OR '1'='1",
    "'; DROP TABLE contact_points; --",
    '%',
    '_',
    '\\',
    'Robert"); DELETE FROM authorities; --',
    '$1',
    '\u0000',
  ];
  const FILTERS = `query($s: String!) { networks {
    contactPoints(filter: { search: $s }) { totalCount }
    authorities(filter: { search: $s }) { totalCount }
    resources(filter: { search: $s }) { totalCount } } }`;

  it.each(HOSTILE)('treats %j as plain text: no match, no error, nothing changed', async (text) => {
    const token = await fed.auth.tokenAs('CONTACT_POINT', 'seajust', 'KHM');
    const before = await rowCounts();
    const res = await fed.gql<{ networks: Record<string, { totalCount: number }>[] }>(FILTERS, { s: text }, token);
    if (text === '\u0000') {
      // PostgreSQL text cannot hold NUL; it is refused as input, not passed on
      expect(new Set(codes(res))).toEqual(new Set(['BAD_USER_INPUT']));
    } else {
      expect(res.errors).toBeUndefined();
      for (const n of res.data!.networks) for (const c of Object.values(n)) expect(c.totalCount).toBe(0);
    }
    expect(await rowCounts()).toEqual(before);
  });

  it('refuses hostile country and language filters with BAD_USER_INPUT', async () => {
    const token = await fed.auth.tokenAs('CONTACT_POINT', 'seajust', 'KHM');
    for (const filter of [{ country: "KHM' OR 1=1 --" }, { language: "en' --" }, { country: 'x'.repeat(5000) }]) {
      const res = await fed.gql(
        `query($f: ContactPointFilter) { networks(codes: [SEAJUST]) { contactPoints(filter: $f) { totalCount } } }`,
        { f: filter },
        token,
      );
      expect(codes(res)).toEqual(['BAD_USER_INPUT']);
    }
  });

  it('refuses a very long search with BAD_USER_INPUT and finds non-Latin text', async () => {
    const token = await fed.auth.tokenAs('CONTACT_POINT', 'seajust', 'KHM');
    const long = await fed.gql(
      `query($s: String!) { networks(codes: [CASC]) { contactPoints(filter: { search: $s }) { totalCount } } }`,
      { s: 'ж'.repeat(5000) },
      token,
    );
    expect(codes(long)).toEqual(['BAD_USER_INPUT']);
    const secretariat = await fed.auth.tokenAs('SECRETARIAT', 'casc', 'KAZ');
    const created = await fed.gql<{ casc: { createContactPoint: { id: string } } }>(
      `mutation($key: String!) { casc { createContactPoint(idempotencyKey: $key, input: { country: "KAZ", fullName: "Айгерим Тестова", organization: "Прокуратура (демо)",
         roles: [PROSECUTOR], expertise: [CORRUPTION], languages: ["kk", "ru"], available24x7: false }) { id } } }`,
      { key: randomUUID() },
      secretariat,
    );
    expect(created.errors).toBeUndefined();
    const found = await fed.gql<{ networks: { contactPoints: { nodes: { id: string; fullName: string }[] } }[] }>(
      `query($s: String!) { networks(codes: [CASC]) { contactPoints(filter: { search: $s }) { nodes { id fullName } } } }`,
      { s: 'тестова' },
      token,
    );
    expect(found.data!.networks[0]!.contactPoints.nodes).toEqual([
      { id: created.data!.casc.createContactPoint.id, fullName: 'Айгерим Тестова' },
    ]);
  });
});
