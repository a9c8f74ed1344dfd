/**
 * The federated directory end to end: the gateway process in front of four
 * subgraph processes, each on its own seeded PostgreSQL database.
 */
import { readFileSync } from 'node:fs';
import { NETWORKS } from '#shared/registry';
import { startTestFederation, type TestFederation } from './support/federation';

let fed: TestFederation;
let member: string;

/** Queries the gateway as a WACAP contact point in Nigeria. */
const asMember = <T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>) =>
  fed.gql<T>(query, variables, member);

const sql = <T extends Record<string, unknown>>(network: string, text: string, params: unknown[] = []) =>
  fed.sql<T>(network, text, params);

beforeAll(async () => {
  fed = await startTestFederation();
  member = await fed.auth.tokenAs('CONTACT_POINT', 'wacap', 'NGA');
}, 120_000);

afterAll(async () => {
  await fed?.close();
});

interface CountryOut {
  code: string;
  alpha2: string;
  name: string;
}

describe('networks and member countries', () => {
  it('lists every network with its real member countries', async () => {
    const res = await asMember<{
      networks: { code: string; name: string; fullName: string; memberCountries: CountryOut[] }[];
    }>(`{ networks { code name fullName memberCountries { code alpha2 name } } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data!.networks.map((n) => n.code)).toEqual(NETWORKS.map((n) => n.code));
    for (const n of NETWORKS) {
      const got = res.data!.networks.find((x) => x.code === n.code)!;
      expect(got.name).toBe(n.name);
      expect(got.fullName).toBe(n.fullName);
      expect(got.memberCountries.map((c) => c.code).sort()).toEqual(n.members.map((m) => m.country).sort());
    }
    const wacap = res.data!.networks.find((x) => x.code === 'WACAP')!;
    expect(wacap.memberCountries).toHaveLength(17);
    expect(wacap.memberCountries).toContainEqual({ code: 'NGA', alpha2: 'NG', name: 'Nigeria' });
  });
});

describe('contact points across networks', () => {
  const query = `query($codes: [NetworkCode!], $filter: ContactPointFilter, $first: Int, $after: String) {
    networks(codes: $codes) { code contactPoints(filter: $filter, first: $first, after: $after) {
      totalCount pageInfo { hasNextPage endCursor }
      nodes { id fullName country { code } roles expertise languages available24x7 organization title } } } }`;
  type Out = {
    networks: {
      code: string;
      contactPoints: {
        totalCount: number;
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
        nodes: {
          id: string;
          fullName: string;
          country: { code: string };
          roles: string[];
          expertise: string[];
          languages: string[];
          available24x7: boolean;
          organization: string;
          title: string | null;
        }[];
      };
    }[];
  };

  it('filters by country, role, crime area, language and 24/7 availability, matching the database', async () => {
    const filter = {
      country: 'KH',
      roles: ['PROSECUTOR', 'CENTRAL_AUTHORITY_OFFICER'],
      expertise: ['CYBERCRIME', 'MONEY_LAUNDERING', 'TRAFFICKING_IN_PERSONS', 'CORRUPTION'],
      available24x7: true,
    };
    const res = await asMember<Out>(query, { codes: ['SEAJUST'], filter, first: 50 });
    expect(res.errors).toBeUndefined();
    const cps = res.data!.networks[0]!.contactPoints;
    const expected = await sql<{ id: string }>(
      'seajust',
      `SELECT id FROM contact_points WHERE active AND country = 'KHM' AND roles && $1 AND expertise && $2 AND available_24x7 ORDER BY full_name, id`,
      [filter.roles, filter.expertise],
    );
    expect(cps.totalCount).toBe(expected.length);
    expect(cps.nodes.map((n) => n.id)).toEqual(expected.map((r) => `seajust:cp:${r.id}`));
    for (const cp of cps.nodes) {
      expect(cp.country.code).toBe('KHM');
      expect(cp.available24x7).toBe(true);
      expect(cp.roles.some((r) => filter.roles.includes(r))).toBe(true);
      expect(cp.expertise.some((e) => filter.expertise.includes(e))).toBe(true);
    }

    const fr = await asMember<Out>(query, { codes: ['WACAP'], filter: { language: 'fr' }, first: 500 });
    const frExpected = await sql<{ n: string }>(
      'wacap',
      `SELECT count(*) AS n FROM contact_points WHERE active AND 'fr' = ANY(languages)`,
    );
    expect(fr.data!.networks[0]!.contactPoints.totalCount).toBe(Number(frExpected[0]!.n));
    expect(fr.data!.networks[0]!.contactPoints.nodes.every((n) => n.languages.includes('fr'))).toBe(true);
  });

  it('finds by free text over name, title and organization, case-insensitively', async () => {
    const [row] = await sql<{ full_name: string }>(
      'casc',
      `SELECT full_name FROM contact_points WHERE active ORDER BY full_name LIMIT 1`,
    );
    const family = row!.full_name.split(' ').pop()!;
    const res = await asMember<Out>(query, { codes: ['CASC'], filter: { search: family.toUpperCase() }, first: 50 });
    expect(res.errors).toBeUndefined();
    const nodes = res.data!.networks[0]!.contactPoints.nodes;
    expect(nodes.length).toBeGreaterThan(0);
    for (const n of nodes) {
      expect(`${n.fullName} ${n.title ?? ''} ${n.organization}`.toLowerCase()).toContain(family.toLowerCase());
    }
    const none = await asMember<Out>(query, { codes: ['CASC'], filter: { search: "%' OR 1=1 --" }, first: 5 });
    expect(none.errors).toBeUndefined();
    expect(none.data!.networks[0]!.contactPoints.totalCount).toBe(0);
  });

  it('pages with cursors through every contact point of all four networks exactly once', async () => {
    for (const n of NETWORKS) {
      const seen: string[] = [];
      let after: string | null = null;
      let total = -1;
      for (let page = 0; page < 100; page++) {
        const res: Awaited<ReturnType<typeof fed.gql<Out>>> = await asMember<Out>(query, {
          codes: [n.code],
          first: 7,
          after,
        });
        expect(res.errors).toBeUndefined();
        const cps = res.data!.networks[0]!.contactPoints;
        total = cps.totalCount;
        seen.push(...cps.nodes.map((x) => x.id));
        if (!cps.pageInfo.hasNextPage) break;
        after = cps.pageInfo.endCursor;
      }
      const [count] = await sql<{ n: string }>(n.key, 'SELECT count(*) AS n FROM contact_points WHERE active');
      expect(total).toBe(Number(count!.n));
      expect(seen).toHaveLength(total);
      expect(new Set(seen).size).toBe(total);
    }
  });

  it('refuses a forged cursor and an out-of-range page size with BAD_USER_INPUT', async () => {
    const forged = await asMember<Out>(query, { codes: ['CASC'], first: 5, after: 'bm90LWEtY3Vyc29y' });
    expect(forged.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', network: 'CASC' });
    // One over the subgraph's largest page, and cheap enough to pass the gateway's cost limit.
    const tooMany = await asMember<Out>(query, { codes: ['CASC'], first: 501 });
    expect(tooMany.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
  });
});

describe('one country across every network it belongs to', () => {
  it('returns contact points, authorities and the profile per measure for NGA', async () => {
    const res = await asMember<{
      country: {
        code: string;
        name: string;
        networks: {
          code: string;
          contactPoints: { totalCount: number; nodes: { fullName: string; country: { code: string } }[] };
          authorities: { nodes: { name: string; kind: string; country: { code: string } }[] };
          countryProfile: {
            country: { code: string };
            measures: { measure: string; applicable: string; competentAuthority: { name: string } | null }[];
          } | null;
        }[];
      };
    }>(
      `query($c: String!) { country(code: $c) { code name networks { code
         contactPoints(filter: { country: $c }) { totalCount nodes { fullName country { code } } }
         authorities(filter: { country: $c }) { nodes { name kind country { code } } }
         countryProfile(country: $c) { country { code } measures { measure applicable competentAuthority { name } } } } } }`,
      { c: 'nga' },
    );
    expect(res.errors).toBeUndefined();
    const c = res.data!.country;
    expect(c).toMatchObject({ code: 'NGA', name: 'Nigeria' });
    expect(c.networks.map((n) => n.code)).toEqual(['WACAP']);
    const wacap = c.networks[0]!;
    const [cpCount] = await sql<{ n: string }>(
      'wacap',
      `SELECT count(*) AS n FROM contact_points WHERE active AND country = 'NGA'`,
    );
    expect(wacap.contactPoints.totalCount).toBe(Number(cpCount!.n));
    expect(wacap.contactPoints.totalCount).toBeGreaterThanOrEqual(2);
    expect(wacap.authorities.nodes.length).toBeGreaterThan(0);
    expect(wacap.authorities.nodes.every((a) => a.country.code === 'NGA')).toBe(true);
    const measures = await sql<{ measure: string }>(
      'wacap',
      `SELECT m.measure FROM measure_profiles m JOIN country_profiles p ON p.id = m.profile_id WHERE p.country = 'NGA' ORDER BY m.measure`,
    );
    expect(wacap.countryProfile!.country.code).toBe('NGA');
    expect(wacap.countryProfile!.measures.map((m) => m.measure)).toEqual(measures.map((m) => m.measure));
    expect(measures.length).toBeGreaterThan(0);
  });

  it('answers null for an unknown country and BAD_USER_INPUT for a malformed code', async () => {
    const unknown = await asMember<{ country: null }>(`{ country(code: "QQQ") { code } }`);
    expect(unknown.errors).toBeUndefined();
    expect(unknown.data!.country).toBeNull();
    const bad = await asMember(`{ country(code: "N1GERIA") { code } }`);
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('who handles measure M in country C', () => {
  it('lists the competent authorities for a measure with their languages and channels', async () => {
    const [pick] = await sql<{ country: string; measure: string }>(
      'seajust',
      `SELECT country, unnest(measures) AS measure FROM authorities ORDER BY country, 2 LIMIT 1`,
    );
    const res = await asMember<{
      country: {
        networks: {
          authorities: {
            totalCount: number;
            nodes: { id: string; name: string; measures: string[]; languages: string[]; channels: string[] }[];
          };
        }[];
      };
    }>(
      `query($c: String!, $m: AssistanceMeasure!) { country(code: $c) { networks {
        authorities(filter: { country: $c, measures: [$m] }) { totalCount nodes { id name measures languages channels } } } } }`,
      { c: pick!.country, m: pick!.measure },
    );
    expect(res.errors).toBeUndefined();
    const found = res.data!.country.networks.flatMap((n) => n.authorities.nodes);
    const expected = await sql<{ id: string }>(
      'seajust',
      `SELECT id FROM authorities WHERE country = $1 AND $2 = ANY(measures) ORDER BY name, id`,
      [pick!.country, pick!.measure],
    );
    expect(found.map((a) => a.id)).toEqual(expected.map((r) => `seajust:auth:${r.id}`));
    for (const a of found) {
      expect(a.measures).toContain(pick!.measure);
      expect(a.languages.length).toBeGreaterThan(0);
      expect(a.channels.length).toBeGreaterThan(0);
    }
  });
});

describe('node and nodes', () => {
  it('route any object of any network by its id prefix', async () => {
    const ids: { id: string; typename: string }[] = [];
    for (const n of NETWORKS) {
      const [cp] = await sql<{ id: string }>(n.key, 'SELECT id FROM contact_points ORDER BY id LIMIT 1');
      const [auth] = await sql<{ id: string }>(n.key, 'SELECT id FROM authorities ORDER BY id LIMIT 1');
      const [res] = await sql<{ id: string }>(n.key, 'SELECT id FROM resources ORDER BY id LIMIT 1');
      ids.push(
        { id: `${n.key}:cp:${cp!.id}`, typename: `${n.typePrefix}ContactPoint` },
        { id: `${n.key}:auth:${auth!.id}`, typename: `${n.typePrefix}Authority` },
        { id: `${n.key}:res:${res!.id}`, typename: `${n.typePrefix}Resource` },
      );
    }
    const res = await asMember<{
      nodes: ({ __typename: string; id: string; fullName?: string; name?: string; title?: string } | null)[];
    }>(
      `query($ids: [ID!]!) { nodes(ids: $ids) { __typename id
         ... on ContactPoint { fullName network { code } } ... on Authority { name } ... on Resource { title } } }`,
      { ids: ids.map((x) => x.id) },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.nodes.map((n) => n && { __typename: n.__typename, id: n.id })).toEqual(
      ids.map((x) => ({ __typename: x.typename, id: x.id })),
    );
    for (const node of res.data!.nodes) expect(node!.fullName ?? node!.name ?? node!.title).toBeTruthy();

    const one = await asMember<{ node: { __typename: string; fullName: string } }>(
      `query($id: ID!) { node(id: $id) { __typename ... on ContactPoint { fullName } } }`,
      {
        id: ids[0]!.id,
      },
    );
    const [row] = await sql<{ full_name: string }>('casc', 'SELECT full_name FROM contact_points WHERE id = $1', [
      ids[0]!.id.split(':')[2],
    ]);
    expect(one.data!.node).toEqual({ __typename: 'CascContactPoint', fullName: row!.full_name });
  });

  it('answers null for an id that names nothing, and BAD_USER_INPUT for a malformed or unknown prefix', async () => {
    const missing = await asMember<{ node: unknown }>(
      `{ node(id: "gljc:cp:00000000-0000-4000-8000-000000000000") { id ... on ContactPoint { fullName } } }`,
    );
    expect(missing.data!.node).toBeNull();
    for (const id of ['atlantis:cp:00000000-0000-4000-8000-000000000000', 'seajust:cp:not-a-uuid', 'nonsense']) {
      const res = await asMember(`query($id: ID!) { node(id: $id) { id } }`, { id });
      expect(res.status).toBe(200);
      expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
  });
});

describe('one network down', () => {
  it('costs only that network its part of the answer, and the error names it', async () => {
    await fed.stopNetwork('gljc');
    try {
      const res = await asMember<{
        networks: { code: string; name: string; contactPoints: { totalCount: number } | null }[];
      }>(`{ networks { code name contactPoints(first: 1) { totalCount } } }`);
      expect(res.status).toBe(200);
      const byCode = Object.fromEntries(res.data!.networks.map((n) => [n.code, n]));
      expect(byCode.GLJC!.contactPoints).toBeNull();
      expect(byCode.GLJC!.name).toBe('GLJC');
      for (const code of ['CASC', 'WACAP', 'SEAJUST'])
        expect(byCode[code]!.contactPoints!.totalCount).toBeGreaterThan(0);
      expect(res.errors!.length).toBeGreaterThan(0);
      expect(res.errors!.every((e) => e.extensions?.network === 'GLJC')).toBe(true);
      expect(res.errors![0]!.extensions!.code).toBe('NETWORK_UNAVAILABLE');

      const health = await fetch(fed.gatewayUrl.replace('/graphql', '/health')).then((r) => r.json());
      expect(health).toMatchObject({ status: 'degraded', subgraphs: { GLJC: 'down', CASC: 'up' } });
    } finally {
      await fed.startNetwork('gljc');
    }
    const again = await asMember<{ networks: { contactPoints: { totalCount: number } }[] }>(
      `{ networks(codes: [GLJC]) { contactPoints { totalCount } } }`,
    );
    expect(again.errors).toBeUndefined();
    expect(again.data!.networks[0]!.contactPoints.totalCount).toBeGreaterThan(0);
  });
});

describe('gateway workers', () => {
  const children = (pid: number) =>
    readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);

  /** Not running: gone, or a zombie waiting for a parent to reap it. */
  const running = (pid: number) => {
    try {
      return !/^\S+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
    } catch {
      return false;
    }
  };

  it('GATEWAY_WORKERS=2 serves from two worker processes, replaces one that dies, and all stop on SIGTERM', async () => {
    await fed.stopGateway();
    try {
      await fed.startGateway({ GATEWAY_WORKERS: '2' });
      const primary = fed.pids().gateway!;
      const workers = children(primary);
      expect(workers).toHaveLength(2);
      const answers = await Promise.all(
        [1, 2, 3, 4].map(() => asMember<{ networks: { code: string }[] }>(`{ networks { code } }`)),
      );
      for (const res of answers) expect(res.data!.networks).toHaveLength(NETWORKS.length);

      process.kill(workers[0]!, 'SIGKILL');
      let replaced: number[] = [];
      for (let i = 0; i < 100; i++) {
        await new Promise((r) => setTimeout(r, 100));
        replaced = children(primary);
        if (replaced.length === 2 && !replaced.includes(workers[0]!)) break;
      }
      expect(replaced).toHaveLength(2);
      expect(replaced).not.toContain(workers[0]);
      const still = await asMember<{ networks: { code: string }[] }>(`{ networks { code } }`);
      expect(still.data!.networks).toHaveLength(NETWORKS.length);

      await fed.stopGateway('SIGTERM');
      for (const pid of [primary, ...replaced]) expect(running(pid)).toBe(false);
    } finally {
      await fed.stopGateway();
      await fed.startGateway();
    }
  }, 60_000);
});
