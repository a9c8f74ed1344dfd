/**
 * The gateway's cost limits against the real in-process federation: the
 * nested-list bomb and its aliased variant are refused before anything runs,
 * `first` counts (as a literal and as a variable), the answer size is capped,
 * and the README's example queries still pass.
 */
import { PLAN_CACHE_BYTES } from '../gateway/src/execution/plan-executor';
import { seedDemo, startInProcessFederation } from './support/in-process';
import { readmeQueries } from './support/readme';

type Federation = Awaited<ReturnType<typeof startInProcessFederation>>;

/** `countries { networks { memberCountries { networks { ... leaf } } } }`, `levels` lists deep. */
function nestedBomb(levels: number, leaf = 'code'): string {
  let inner = leaf;
  for (let level = levels - 1; level >= 1; level--) inner = `${level % 2 ? 'networks' : 'memberCountries'} { ${inner} }`;
  return `countries { ${inner} }`;
}

const codeOf = (res: { errors?: { extensions?: Record<string, unknown> }[] }) => res.errors?.map((e) => e.extensions?.code);

describe('cost limits at the gateway', () => {
  let fed: Federation;
  beforeAll(async () => {
    fed = await startInProcessFederation({
      seed: seedDemo,
    });
  }, 180_000);
  afterAll(async () => {
    await fed?.close();
  });

  it('refuses the ten-level nested-list bomb before execution with LIST_NESTING_EXCEEDED', async () => {
    const before = fed.statements();
    // The innermost level asks every network for its contact points: had anything run, the subgraphs would have queried their databases.
    const res = await fed.gql(`{ ${nestedBomb(10, 'contactPoints { totalCount }')} }`);
    expect(res.status).toBe(400);
    expect(codeOf(res)).toEqual(['LIST_NESTING_EXCEEDED']);
    expect(res.errors![0]!.extensions).toMatchObject({ field: 'Country.networks', maxListNesting: 2 });
    expect(res.data).toBeUndefined();
    expect(fed.statements()).toBe(before);
  });

  it('refuses the aliased variant, each copy within the nesting limit, with COST_LIMIT_EXCEEDED', async () => {
    const before = fed.statements();
    const copies = Array.from({ length: 8 }, (_, i) => `a${i}: ${nestedBomb(4, 'code contactPoints { totalCount }')}`).join(' ');
    const res = await fed.gql(`{ ${copies} }`);
    expect(res.status).toBe(400);
    expect(codeOf(res)).toEqual(['COST_LIMIT_EXCEEDED']);
    expect(res.errors![0]!.extensions!.cost).toBeGreaterThan(5000);
    expect(res.data).toBeUndefined();
    expect(fed.statements()).toBe(before);
  });

  it('counts first, as a literal and as a variable: a large page cannot dodge the cost', async () => {
    const shape = (first: string) => `networks { contactPoints(first: ${first}) { nodes { fullName country { name } successor { fullName country { name } } } } }`;
    const token = await fed.auth.tokenAs('CONTACT_POINT', 'seajust', 'KHM');
    const before = fed.statements();
    // 4 networks, 4 connections, and 4 objects (contact point, its country, its successor, its country) per item.
    const literal = await fed.gql(`{ ${shape('1000')} }`, {}, token);
    expect(literal.status).toBe(400);
    expect(literal.errors![0]!.extensions).toMatchObject({ code: 'COST_LIMIT_EXCEEDED', cost: 4 + 4 + 4 * 1000 * 4, maxCost: 5000 });
    const variable = await fed.gql(`query($n: Int) { ${shape('$n')} }`, { n: 500 }, token);
    expect(variable.status).toBe(400);
    expect(variable.errors![0]!.extensions).toMatchObject({ code: 'COST_LIMIT_EXCEEDED', cost: 4 + 4 + 4 * 500 * 4, maxCost: 5000 });
    expect(fed.statements()).toBe(before);

    const small = await fed.gql<{ networks: { contactPoints: { nodes: unknown[] } }[] }>(`query($n: Int) { ${shape('$n')} }`, { n: 20 }, token);
    expect(small.errors).toBeUndefined();
    expect(small.data!.networks.every((n) => n.contactPoints.nodes.length > 0)).toBe(true);
  });

  it("passes the README's example queries and the console's views", async () => {
    const seajust = fed.networks.get('seajust')!.env.ds;
    const wacap = fed.networks.get('wacap')!.env.ds;
    const [cp] = (await seajust.query(`SELECT id FROM contact_points WHERE active ORDER BY id LIMIT 1`)) as { id: string }[];
    const [authority] = (await wacap.query(`SELECT id FROM authorities ORDER BY id LIMIT 1`)) as { id: string }[];
    const examples = readmeQueries();
    const variables: Record<string, Record<string, unknown>> = {
      Nodes: { ids: [`seajust:cp:${cp!.id}`, `wacap:auth:${authority!.id}`] },
    };
    const member = await fed.auth.tokenAs('CONTACT_POINT', 'seajust', 'KHM');
    const analyst = await fed.auth.tokenAs('ANALYST');
    for (const name of ['Directory', 'Country', 'Atlas', 'Nodes', 'Stats']) {
      const example = examples.get(name)!;
      const res = await fed.gql(example.query, variables[name] ?? example.variables, name === 'Stats' ? analyst : member);
      expect({ name, errors: res.errors }).toEqual({ name, errors: undefined });
      expect(res.status).toBe(200);
    }
    const views = [
      `{ networks { code contactPoints(first: 50) { totalCount nodes { id fullName title organization country { name } roles expertise languages available24x7 email phone } } } }`,
      `{ countries { code alpha2 name networks { code name fullName } } }`,
      `{ network(code: WACAP) { memberCountries { code name networks { code name } } } }`,
    ];
    for (const query of views) {
      const res = await fed.gql(query, {}, member);
      expect({ query, errors: res.errors }).toEqual({ query, errors: undefined });
    }
  });
});

describe('the response size cap', () => {
  let fed: Federation;
  beforeAll(async () => {
    fed = await startInProcessFederation({ gatewayEnv: { MAX_RESPONSE_BYTES: '20000' } });
  }, 180_000);
  afterAll(async () => {
    await fed?.close();
  });

  it('replaces an answer over MAX_RESPONSE_BYTES with RESPONSE_TOO_LARGE, and sends smaller ones', async () => {
    const countries = `countries { code alpha2 name networks { code name fullName region } }`;
    const one = await fed.gql(`{ ${countries} }`);
    expect(one.errors).toBeUndefined();
    expect(JSON.stringify(one).length).toBeLessThan(20_000);

    const res = await fed.gql(`{ a: ${countries} b: ${countries} c: ${countries} }`);
    expect(res.status).toBe(400);
    expect(res.data).toBeUndefined();
    expect(res.errors).toEqual([{ message: expect.stringMatching(/exceeds 20000 bytes/), extensions: { code: 'RESPONSE_TOO_LARGE' } }]);
  });

  it('sends the content-length of the answer in bytes, not characters', async () => {
    const res = await fetch(fed.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ countries { code name } }' }),
    });
    const bytes = Buffer.from(await res.arrayBuffer());
    const text = bytes.toString('utf8');
    expect(text).toContain("Côte d'Ivoire");
    expect(Number(res.headers.get('content-length'))).toBe(bytes.length);
    expect(bytes.length).toBeGreaterThan(text.length);
  });
});

describe('what distinct texts leave in the gateway', () => {
  let fed: Federation;
  beforeAll(async () => {
    fed = await startInProcessFederation();
  }, 180_000);
  afterAll(async () => {
    await fed?.close();
  });

  it(`keeps plans up to PLAN_CACHE_BYTES, however many distinct anonymous texts arrive`, async () => {
    // 30 aliases of 2,900 characters, a new prefix each time: about 90 kB, under every limit, each a plan of its own.
    const text = (i: number) => `{ ${Array.from({ length: 30 }, (_, a) => `t${i}_${a}_${'x'.repeat(2900)}: countries(network: CASC) { code }`).join(' ')} }`;
    let largest = 0;
    for (let i = 0; i < 300; i++) {
      const res = await fed.gql(text(i));
      expect(res.errors).toBeUndefined();
      largest = Math.max(largest, fed.executions.planBytes);
    }
    expect(fed.executions.own).toBeGreaterThanOrEqual(300);
    expect(largest).toBeGreaterThan(PLAN_CACHE_BYTES / 2);
    expect(largest).toBeLessThanOrEqual(PLAN_CACHE_BYTES);
  }, 120_000);
});
