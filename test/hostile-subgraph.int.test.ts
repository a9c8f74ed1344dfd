/**
 * A hostile network: WACAP's real subgraph behind a server that damages its
 * answers (test/support/hostile-subgraph.ts), and two gateways calling it, one
 * with the gateway's own executor and one with Apollo Gateway's. Whatever WACAP
 * answers, the other networks' parts arrive, WACAP's part is missing with an
 * error naming it, and nothing WACAP sends is shown as another network's.
 */
import { subgraphUrlVar } from '../gateway/src/config';
import { NETWORKS } from '#shared/registry';
import { objectsIn, startHostileSubgraph, type HostileSubgraph } from './support/hostile-subgraph';
import { seedDemo, startInProcessFederation } from './support/in-process';

let fed: Awaited<ReturnType<typeof startInProcessFederation>>;
let hostile: HostileSubgraph;
const gateways: Record<string, string> = {};
let member: string;
let cascCp: { id: string; name: string };
let wacapCp: string;

const TIMEOUT_MS = 1500;
const MAX_ANSWER = 1_000_000;

beforeAll(async () => {
  fed = await startInProcessFederation({ seed: seedDemo });
  hostile = await startHostileSubgraph(fed.networks.get('wacap')!.server.url);
  const env = {
    [subgraphUrlVar('WACAP')]: hostile.url,
    SUBGRAPH_TIMEOUT_MS: String(TIMEOUT_MS),
    SUBGRAPH_MAX_RESPONSE_BYTES: String(MAX_ANSWER),
  };
  gateways.own = (await fed.extraGateway(env)).url;
  gateways.apollo = (await fed.extraGateway({ ...env, GATEWAY_EXECUTION: 'apollo' })).url;
  member = await fed.auth.tokenAs('CONTACT_POINT', 'wacap', 'NGA');
  const [casc] = (await fed.networks
    .get('casc')!
    .env.ds.query(`SELECT id, full_name FROM contact_points ORDER BY id LIMIT 1`)) as {
    id: string;
    full_name: string;
  }[];
  cascCp = { id: `casc:cp:${casc!.id}`, name: casc!.full_name };
  const [wacap] = (await fed.networks
    .get('wacap')!
    .env.ds.query(`SELECT id FROM contact_points ORDER BY id LIMIT 1`)) as { id: string }[];
  wacapCp = `wacap:cp:${wacap!.id}`;
}, 180_000);

afterEach(() => {
  hostile.damage = undefined;
});

afterAll(async () => {
  await hostile?.close();
  await fed?.close();
});

interface Answer {
  status: number;
  text: string;
  data?: Record<string, unknown> | null;
  errors?: { message: string; path?: unknown[]; extensions?: Record<string, unknown> }[];
}

/** Asks a gateway as a WACAP contact point; the body as text too, since a damaged answer may not be JSON. */
async function ask(executor: string, query: string, variables?: Record<string, unknown>): Promise<Answer> {
  const res = await fetch(gateways[executor]!, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${member}` },
    body: JSON.stringify({ query, variables }),
  });
  const text = await res.text();
  let body: Omit<Answer, 'status' | 'text'> = {};
  try {
    body = JSON.parse(text) as typeof body;
  } catch {
    // asserted on below through `text`
  }
  return { status: res.status, text, ...body };
}

const DIRECTORY = `query($first: Int!) { networks { code name contactPoints(first: $first) { totalCount nodes { id fullName email organization country { name } } } } }`;

type Directory = { networks: { code: string; name: string | null; contactPoints: { nodes: unknown[] } | null }[] };

/** Every network's part but WACAP's, which is missing with NETWORK_UNAVAILABLE naming WACAP; no internal error. */
function expectOnlyWacapMissing(res: Answer) {
  expect(res.status).toBe(200);
  const networks = (res.data as Directory).networks;
  expect(networks.map((n) => n.code).sort()).toEqual(NETWORKS.map((n) => n.code).sort());
  for (const n of networks) {
    if (n.code === 'WACAP') expect(n.contactPoints).toBeNull();
    else expect(n.contactPoints?.nodes.length).toBeGreaterThan(0);
  }
  expect(res.errors?.map((e) => e.extensions?.code)).toEqual(['NETWORK_UNAVAILABLE']);
  expect(res.errors?.[0]?.extensions?.network).toBe('WACAP');
}

const EXECUTORS = ['own', 'apollo'];

describe.each(EXECUTORS)("a hostile network's answer, with the %s executor", (executor) => {
  it('cannot set the HTTP status of the answer through an error (extensions.http)', async () => {
    hostile.damage = ({ answer }) => ({
      json: {
        ...answer,
        errors: [
          {
            message: 'Nothing to see.',
            extensions: { code: 'BAD_USER_INPUT', http: { status: 204, headers: { 'x-evil': '1' } }, secret: 'x' },
          },
        ],
      },
    });
    const res = await ask(executor, DIRECTORY, { first: 5 });
    expect(res.status).toBe(200);
    const networks = (res.data as Directory).networks;
    expect(networks.filter((n) => n.contactPoints?.nodes.length)).toHaveLength(NETWORKS.length);
    expect(res.errors).toHaveLength(1);
    expect(res.errors![0]!.extensions).toEqual({ code: 'BAD_USER_INPUT', network: 'WACAP', serviceName: 'wacap' });
  });

  it('with a wrongly typed value costs only that network its part', async () => {
    hostile.damage = ({ answer }) => {
      for (const o of objectsIn(answer)) if (Array.isArray(o.nodes)) o.nodes = 'not a list';
      return { json: answer };
    };
    expectOnlyWacapMissing(await ask(executor, DIRECTORY, { first: 5 }));
  });

  it.each([
    ['an answer that is not JSON', { text: '<html>hello</html>' }],
    ['a list for data', { json: { data: [] } }],
    ['errors that are not a list', { json: { data: null, errors: 'oops' } }],
  ])('with %s costs only that network its part', async (_label, damage) => {
    hostile.damage = () => damage;
    expectOnlyWacapMissing(await ask(executor, DIRECTORY, { first: 5 }));
  });

  it("cannot present another network's contact point in its own list", async () => {
    hostile.damage = ({ answer }) => {
      for (const o of objectsIn(answer)) {
        if (Array.isArray(o.nodes) && o.nodes.length) {
          o.nodes[0] = {
            ...(o.nodes[0] as object),
            __typename: 'CascContactPoint',
            id: cascCp.id,
            fullName: cascCp.name,
            email: 'attacker@evil.example',
          };
        }
      }
      return { json: answer };
    };
    const res = await ask(executor, DIRECTORY, { first: 5 });
    expect(res.text).not.toContain('attacker@evil.example');
    expectOnlyWacapMissing(res);
  });

  it('cannot relabel its network as another (code: CASC) nor add fields it was not asked for', async () => {
    hostile.damage = ({ answer }) => {
      for (const o of objectsIn(answer)) if (o.__typename === 'WacapNetwork' || 'contactPoints' in o) o.code = 'CASC';
      return { json: answer };
    };
    const res = await ask(executor, DIRECTORY, { first: 5 });
    const codes = (res.data as Directory).networks.map((n) => n.code);
    expect(codes.sort()).toEqual(NETWORKS.map((n) => n.code).sort());
  });

  it('cannot answer another network code for its own network object', async () => {
    hostile.damage = ({ answer }) => {
      for (const o of objectsIn(answer)) if (o.code === 'WACAP') o.code = 'CASC';
      return { json: answer };
    };
    const res = await ask(
      executor,
      `query($ids: [ID!]!) { nodes(ids: $ids) { id ... on ContactPoint { fullName network { code name } } } }`,
      { ids: [cascCp.id, wacapCp] },
    );
    expect(res.status).toBe(200);
    const nodes = (
      res.data as { nodes: ({ id: string; network: { code: string; name: string | null } | null } | null)[] }
    ).nodes;
    expect(nodes[0]).toMatchObject({ id: cascCp.id, network: { code: 'CASC', name: 'CASC' } });
    expect(nodes[1]?.network?.code).not.toBe('CASC');
    expect(res.errors?.map((e) => [e.extensions?.code, e.extensions?.network])).toEqual([
      ['NETWORK_UNAVAILABLE', 'WACAP'],
    ]);
  });

  it('cannot answer an entity other than the one asked for', async () => {
    hostile.damage = ({ request, answer }) => {
      if (!request.query.includes('_entities')) return undefined;
      for (const o of objectsIn(answer.data))
        if (typeof o.fullName === 'string')
          Object.assign(o, { __typename: 'CascContactPoint', id: cascCp.id, fullName: 'Forged' });
      return { json: answer };
    };
    const res = await ask(
      executor,
      `query($ids: [ID!]!) { nodes(ids: $ids) { id ... on ContactPoint { fullName } } }`,
      { ids: [cascCp.id, wacapCp] },
    );
    expect(res.text).not.toContain('Forged');
    const nodes = (res.data as { nodes: ({ id: string; fullName: string | null } | null)[] }).nodes;
    expect(nodes[0]).toEqual({ id: cascCp.id, fullName: cascCp.name });
    // fullName is non-null: without it the WACAP contact point is null.
    expect(nodes[1]).toBeNull();
    expect(res.errors?.map((e) => [e.extensions?.code, e.extensions?.network])).toEqual([
      ['NETWORK_UNAVAILABLE', 'WACAP'],
    ]);
  });

  it('stops reading an answer past SUBGRAPH_MAX_RESPONSE_BYTES', async () => {
    const before = hostile.counts.endlessBytes;
    hostile.damage = () => ({ endless: 50_000_000 });
    expectOnlyWacapMissing(await ask(executor, DIRECTORY, { first: 5 }));
    // What the sockets' buffers took beyond the cap, not the 50 MB offered.
    expect(hostile.counts.endlessBytes - before).toBeLessThan(MAX_ANSWER + 8_000_000);
  });

  it('cuts off an answer dripped slower than SUBGRAPH_TIMEOUT_MS allows in total', async () => {
    hostile.damage = () => ({ drip: { slice: 1, everyMs: 100 } });
    const started = Date.now();
    expectOnlyWacapMissing(await ask(executor, DIRECTORY, { first: 5 }));
    expect(Date.now() - started).toBeLessThan(TIMEOUT_MS + 1500);
  }, 60_000);

  it('passes an honest answer through unchanged', async () => {
    const res = await ask(executor, DIRECTORY, { first: 5 });
    expect(res.errors).toBeUndefined();
    expect((res.data as Directory).networks.every((n) => n.contactPoints?.nodes.length === 5)).toBe(true);
  });
});
