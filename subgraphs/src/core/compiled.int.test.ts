/**
 * Compiled execution (core/compiled.ts) answers exactly as graphql-js does. Each query is
 * sent three times to one subgraph: the first run is graphql-js's (a document is compiled on
 * its second run), the later ones compiled; data, errors (message, path, code) and HTTP status
 * must be the same (and error locations), and the counters show which path ran. Mutations, documents with
 * directives and refused variables stay with graphql-js.
 */
import { findNetwork, NETWORKS } from '#shared/registry';
import { postGraphQL, type GraphQLResponse } from '../../../test/support/federation-http';
import { COMPILED_BYTES } from './compiled';
import { seededTestSubgraph, type SeededSubgraph } from '../../../test/support/subgraph';

const seajust = findNetwork(NETWORKS, 'seajust')!;
let seeded: SeededSubgraph;

beforeAll(async () => {
  seeded = await seededTestSubgraph(seajust, 'compiled');
}, 120_000);

afterAll(async () => {
  await seeded?.close();
});

const counts = () => ({ ...seeded.subgraph.executionCounts! });

/** What must be equal between the two paths: the status, the data, and each error's message, path and code. */
const comparable = (r: GraphQLResponse) => ({
  status: r.status,
  data: r.data,
  errors: r.errors?.map((e) => ({
    message: e.message,
    path: e.path,
    locations: e.locations,
    code: e.extensions?.code,
    field: e.extensions?.field,
  })),
});

async function thrice(query: string, variables: Record<string, unknown>, token?: string) {
  const headers = seeded.auth.subgraphHeaders('seajust', token);
  const runs: GraphQLResponse[] = [];
  for (let i = 0; i < 3; i++) runs.push(await postGraphQL(seeded.server.url, query, variables, headers));
  return runs;
}

const NET = { __typename: 'SeajustNetwork', code: 'SEAJUST' };

// Every query names a document of its own (a comment makes the text unique), so its first run is its first ever.
const CASES: {
  name: string;
  query: string;
  variables?: Record<string, unknown>;
  as?: 'member' | 'anonymous' | 'secretariat' | 'other-secretariat';
}[] = [
  {
    name: 'the directory page with its count, fragments on the interfaces and aliases',
    query: `query($r: [_Any!]!, $first: Int!) { _entities(representations: $r) { ... on SeajustNetwork { code
      contactPoints(first: $first) { ... on ContactPointConnection { total: totalCount } pageInfo { hasNextPage endCursor }
        nodes { __typename id fullName ...Cp country { code name alpha2 } network { code } successor { id } } } } } }
      fragment Cp on ContactPoint { title organization roles expertise languages available24x7 appointedOn lastReviewedAt version }`,
    variables: { r: [NET], first: 25 },
  },
  {
    name: 'contact details allowed to a member, inactive contact points included',
    query: `query($r: [_Any!]!) { _entities(representations: $r) { ... on SeajustNetwork { contactPoints(first: 3, filter: { includeInactive: true }) { nodes { email phone } pageInfo { endCursor } } } } }`,
    variables: { r: [NET] },
  },
  {
    name: 'contact details refused to an anonymous caller: null fields with FORBIDDEN errors',
    query: `query($r: [_Any!]!) { _entities(representations: $r) { ... on SeajustNetwork { authorities(first: 2) { nodes { name } } contactPoints(first: 2) { nodes { fullName } } } } }`,
    variables: { r: [NET] },
    as: 'anonymous',
  },
  {
    name: 'a forged cursor: BAD_USER_INPUT on after',
    query: `query($r: [_Any!]!) { _entities(representations: $r) { ... on SeajustNetwork { authorities(first: 2, after: "not-a-cursor") { totalCount nodes { id } } } } }`,
    variables: { r: [NET] },
  },
  {
    name: 'authorities, profiles with measures, groups, events and resources',
    query: `query($r: [_Any!]!) { _entities(representations: $r) { ... on SeajustNetwork {
      authorities(first: 5) { totalCount nodes { id name kind measures languages country { code } } }
      countryProfiles { id country { code } measures { measure applicable dualCriminalityRequired languages requirements competentAuthority { name } } }
      workingGroups(first: 5) { totalCount nodes { id name members { id fullName } } }
      events(first: 5) { nodes { id title kind startsOn endsOn participants { id } } }
      resources(first: 5) { nodes { id title kind languages topics } } } } }`,
    variables: { r: [NET] },
  },
  {
    name: 'the audit log, the own secretariat only, and refused to another network',
    query: `query($r: [_Any!]!) { _entities(representations: $r) { ... on SeajustNetwork { auditLog(first: 3) { totalCount nodes { action objectType } } } } }`,
    variables: { r: [NET] },
    as: 'other-secretariat',
  },
  {
    name: 'referrals of the secretariat, with their timelines',
    query: `query($r: [_Any!]!) { _entities(representations: $r) { ... on SeajustNetwork { referrals(first: 5) { totalCount nodes { id reference status urgency side events { sequence type } availableActions from { id } } } } } }`,
    variables: { r: [NET] },
    as: 'secretariat',
  },
  {
    name: 'the service SDL and __typename',
    query: `{ __typename _service { sdl } }`,
  },
];

const tokenFor = async (as: (typeof CASES)[number]['as']) => {
  if (as === 'anonymous') return undefined;
  if (as === 'secretariat') return seeded.auth.tokenAs('SECRETARIAT', 'seajust');
  if (as === 'other-secretariat') return seeded.auth.tokenAs('SECRETARIAT', 'wacap');
  return seeded.auth.tokenAs('CONTACT_POINT', 'wacap', 'NGA');
};

describe('compiled execution', () => {
  it.each(CASES.map((c, i) => [c.name, c, i] as const))('answers as graphql-js does: %s', async (_name, c, i) => {
    const before = counts();
    const [first, ...later] = await thrice(`# case ${i}\n${c.query}`, c.variables ?? {}, await tokenFor(c.as));
    expect(first!.status).toBe(200);
    for (const r of later) expect(comparable(r)).toEqual(comparable(first!));
    const after = counts();
    expect(after.compiled - before.compiled).toBe(1);
    expect(after.runsGraphqlJs - before.runsGraphqlJs).toBe(1);
    expect(after.runsCompiled - before.runsCompiled).toBe(2);
  });

  it('the cases meant to fail did fail, on both paths', async () => {
    const [anon] = await thrice(`# anon check\n${CASES[2]!.query}`, { r: [NET] });
    expect(anon!.errors?.map((e) => e.extensions?.code)).toContain('FORBIDDEN');
    const [cursor] = await thrice(`# cursor check\n${CASES[3]!.query}`, { r: [NET] }, await tokenFor('member'));
    expect(cursor!.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
  });

  it('leaves refused variables to graphql-js, whose error and code the caller gets', async () => {
    const query = `# variables\nquery($r: [_Any!]!, $first: Int!) { _entities(representations: $r) { ... on SeajustNetwork { resources(first: $first) { nodes { id } } } } }`;
    const headers = seeded.auth.subgraphHeaders('seajust', await tokenFor('member'));
    await postGraphQL(seeded.server.url, query, { r: [NET], first: 1 }, headers);
    await postGraphQL(seeded.server.url, query, { r: [NET], first: 1 }, headers); // compiled now
    const before = counts();
    const refused = await postGraphQL(seeded.server.url, query, { r: [NET], first: 'many' }, headers);
    expect(refused.status).toBe(400);
    expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0]?.message).toMatch(/\$first.*Int cannot represent/);
    expect(counts().runsGraphqlJs - before.runsGraphqlJs).toBe(1);
  });

  it('never compiles mutations or documents with directives', async () => {
    const before = counts();
    const headers = seeded.auth.subgraphHeaders('seajust', await tokenFor('member'));
    const withDirective = `query($r: [_Any!]!, $yes: Boolean!) { _entities(representations: $r) { ... on SeajustNetwork { code @include(if: $yes) } } }`;
    const answers = [];
    for (let i = 0; i < 3; i++)
      answers.push(await postGraphQL(seeded.server.url, withDirective, { r: [NET], yes: i !== 1 }, headers));
    expect(answers.map((a) => a.data)).toEqual([
      { _entities: [{ code: 'SEAJUST' }] },
      { _entities: [{}] },
      { _entities: [{ code: 'SEAJUST' }] },
    ]);
    // A refused mutation (a contact point may not create resources), three times.
    const mutation = `mutation { seajust { createResource(input: { title: "x", kind: GUIDE, url: "https://example.org", languages: ["en"], topics: [] }, idempotencyKey: "compiled-test-key-1") { id } } }`;
    for (let i = 0; i < 3; i++) {
      const r = await postGraphQL(seeded.server.url, mutation, {}, headers);
      expect(r.errors?.[0]?.extensions?.code).toBeDefined();
    }
    const after = counts();
    expect(after.compiled).toBe(before.compiled);
    expect(after.runsCompiled).toBe(before.runsCompiled);
    expect(after.runsGraphqlJs - before.runsGraphqlJs).toBe(6);
  });

  it('keeps documents up to COMPILED_BYTES, whatever their number: the least recently used is compiled again when it comes back', async () => {
    const headers = seeded.auth.subgraphHeaders('seajust');
    // 400 aliases each: a caller's long texts, each well under every request limit, each weighing about 2 MB compiled.
    const text = (i: number) =>
      `# lru ${i}\n{ ${Array.from({ length: 400 }, (_, a) => `a${a}: __typename`).join(' ')} }`;
    const run = (i: number) => postGraphQL(seeded.server.url, text(i), {}, headers);
    await run(-1);
    await run(-1); // compiled
    const start = counts().compiled;
    let largest = 0;
    for (let i = 0; i < 40; i++) {
      await run(i);
      expect((await run(i)).data?.a0).toBe('Query');
      largest = Math.max(largest, counts().keptBytes);
    }
    expect(counts().compiled - start).toBe(40);
    // Forty of them weigh more than the bound, which held all along.
    expect(largest).toBeGreaterThan(COMPILED_BYTES / 2);
    expect(largest).toBeLessThanOrEqual(COMPILED_BYTES);
    // lru -1 was pushed out, long before 500 documents: it runs once in graphql-js again, then is compiled again.
    const before = counts();
    await run(-1);
    await run(-1);
    expect(counts().runsGraphqlJs - before.runsGraphqlJs).toBe(1);
    expect(counts().compiled - before.compiled).toBe(1);
  }, 60_000);
});
