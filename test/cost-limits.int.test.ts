/**
 * The gateway's cost limits against the real in-process federation: the
 * nested-list bomb and its aliased variant are refused before anything runs,
 * `first` counts (as a literal and as a variable), the answer size is capped,
 * and the documented example queries still pass. Planning bombs (entity jumps
 * nested inside each other) are refused before they are planned; one that
 * gets past the limits is stopped at the planning deadline, off the gateway's
 * thread, while everyone else is answered.
 */
import { PLANNED_IN_GATEWAY_THREAD } from '../gateway/src/execution/planner';
import { encodeId } from '#shared/ids';
import { findNetwork, NETWORKS } from '#shared/registry';
import { postGraphQL } from './support/federation-http';
import { PLAN_CACHE_BYTES } from '../gateway/src/execution/plan-executor';
import { seedDemo, startInProcessFederation } from './support/in-process';
import { LogCapture } from './support/logs';
import { counterpartChain } from './support/planning-bombs';
import { readmeQueries } from './support/readme';

type Federation = Awaited<ReturnType<typeof startInProcessFederation>>;

/** `countries { networks { memberCountries { networks { ... leaf } } } }`, `levels` lists deep. */
function nestedBomb(levels: number, leaf = 'code'): string {
  let inner = leaf;
  for (let level = levels - 1; level >= 1; level--)
    inner = `${level % 2 ? 'networks' : 'memberCountries'} { ${inner} }`;
  return `countries { ${inner} }`;
}

const codeOf = (res: { errors?: { extensions?: Record<string, unknown> }[] }) =>
  res.errors?.map((e) => e.extensions?.code);

describe('cost limits at the gateway', () => {
  let fed: Federation;
  const logs = new LogCapture();
  /** A referral of the demo data, as its origin (SEAJust) records it: what the planning bombs ask for. */
  let referralId: string;
  beforeAll(async () => {
    fed = await startInProcessFederation({
      seed: seedDemo,
      logs,
    });
    const [row] = (await fed.networks
      .get('seajust')!
      .env.ds.query(`SELECT id FROM referrals WHERE side = 'ORIGIN' ORDER BY id LIMIT 1`)) as { id: string }[];
    referralId = encodeId(findNetwork(NETWORKS, 'seajust')!, 'ref', row!.id);
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
    const copies = Array.from(
      { length: 8 },
      (_, i) => `a${i}: ${nestedBomb(4, 'code contactPoints { totalCount }')}`,
    ).join(' ');
    const res = await fed.gql(`{ ${copies} }`);
    expect(res.status).toBe(400);
    expect(codeOf(res)).toEqual(['COST_LIMIT_EXCEEDED']);
    expect(res.errors![0]!.extensions!.cost).toBeGreaterThan(5000);
    expect(res.data).toBeUndefined();
    expect(fed.statements()).toBe(before);
  });

  it('counts first, as a literal and as a variable: a large page cannot dodge the cost', async () => {
    const shape = (first: string) =>
      `networks { contactPoints(first: ${first}) { nodes { fullName country { name } successor { fullName country { name } } } } }`;
    const token = await fed.auth.tokenAs('CONTACT_POINT', 'seajust', 'KHM');
    const before = fed.statements();
    // 4 networks, 4 connections, and 4 objects (contact point, its country, its successor, its country) per item.
    const literal = await fed.gql(`{ ${shape('1000')} }`, {}, token);
    expect(literal.status).toBe(400);
    expect(literal.errors![0]!.extensions).toMatchObject({
      code: 'COST_LIMIT_EXCEEDED',
      cost: 4 + 4 + 4 * 1000 * 4,
      maxCost: 5000,
    });
    const variable = await fed.gql(`query($n: Int) { ${shape('$n')} }`, { n: 500 }, token);
    expect(variable.status).toBe(400);
    expect(variable.errors![0]!.extensions).toMatchObject({
      code: 'COST_LIMIT_EXCEEDED',
      cost: 4 + 4 + 4 * 500 * 4,
      maxCost: 5000,
    });
    expect(fed.statements()).toBe(before);

    const small = await fed.gql<{ networks: { contactPoints: { nodes: unknown[] } }[] }>(
      `query($n: Int) { ${shape('$n')} }`,
      { n: 20 },
      token,
    );
    expect(small.errors).toBeUndefined();
    expect(small.data!.networks.every((n) => n.contactPoints.nodes.length > 0)).toBe(true);
  });

  it('refuses the counterpart chain eight deep, sent anonymously for a real referral, before it is planned', async () => {
    const before = { statements: fed.statements(), ...fed.executions };
    const started = performance.now();
    const res = await fed.gql(counterpartChain(8), { id: referralId });
    expect(performance.now() - started).toBeLessThan(1000);
    expect(res.status).toBe(400);
    expect(codeOf(res)).toEqual(['ENTITY_JUMP_NESTING_EXCEEDED']);
    expect(res.errors![0]!.extensions).toMatchObject({ field: 'Referral.from', maxEntityJumpNesting: 3 });
    expect(res.data).toBeUndefined();
    expect({ statements: fed.statements(), ...fed.executions }).toEqual(before);
    // Two deep is what the limits let through: it is planned and answered (its content not: an anonymous caller is no party).
    const admitted = await fed.gql<{ node: { id: string; counterpart: unknown } }>(counterpartChain(2), {
      id: referralId,
    });
    expect(admitted.status).toBe(200);
    expect(admitted.data!.node).toMatchObject({ id: referralId, counterpart: null });
  });

  it("passes the documented example queries and the console's views", async () => {
    const seajust = fed.networks.get('seajust')!.env.ds;
    const wacap = fed.networks.get('wacap')!.env.ds;
    const [cp] = (await seajust.query(`SELECT id FROM contact_points WHERE active ORDER BY id LIMIT 1`)) as {
      id: string;
    }[];
    const [authority] = (await wacap.query(`SELECT id FROM authorities ORDER BY id LIMIT 1`)) as { id: string }[];
    const examples = readmeQueries();
    const variables: Record<string, Record<string, unknown>> = {
      Nodes: { ids: [`seajust:cp:${cp!.id}`, `wacap:auth:${authority!.id}`] },
    };
    const member = await fed.auth.tokenAs('CONTACT_POINT', 'seajust', 'KHM');
    const analyst = await fed.auth.tokenAs('ANALYST');
    for (const name of ['Directory', 'Country', 'Atlas', 'Nodes', 'Stats']) {
      const example = examples.get(name)!;
      const res = await fed.gql(
        example.query,
        variables[name] ?? example.variables,
        name === 'Stats' ? analyst : member,
      );
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

  describe('planning off the gateway thread, with a deadline', () => {
    // Static limits raised so that the bomb reaches the planner; a short deadline stops it there.
    const DEADLINE_MS = 1500;
    let url: string;
    let live: string;
    const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
    /** Milliseconds `work` took, and what it returned. */
    const timed = async <T>(work: () => Promise<T>): Promise<[number, T]> => {
      const started = performance.now();
      const result = await work();
      return [performance.now() - started, result];
    };
    beforeAll(async () => {
      ({ url } = await fed.extraGateway({
        MAX_ENTITY_JUMP_NESTING: '100',
        MAX_ENTITY_JUMPS: '1000',
        PLANNING_TIMEOUT_MS: String(DEADLINE_MS),
      }));
      live = url.replace(/\/graphql$/, '/live');
    });

    it('stops a plan at the deadline with QUERY_PLANNING_LIMIT while /live and other callers are answered', async () => {
      const known = `{ networks { code name } }`;
      expect((await postGraphQL(url, known)).errors).toBeUndefined();
      const refused = timed(() => postGraphQL(url, counterpartChain(8), { id: referralId }));
      // The planning thread is busy with the bomb now (it would be for minutes).
      await sleep(300);
      const [liveMs, liveStatus] = await timed(
        async () => (await fetch(live, { signal: AbortSignal.timeout(10_000) })).status,
      );
      expect(liveStatus).toBe(200);
      expect(liveMs).toBeLessThan(1000);
      const [knownMs, knownAnswer] = await timed(() => postGraphQL(url, known));
      expect(knownAnswer.errors).toBeUndefined();
      expect(knownMs).toBeLessThan(2000);
      // A new operation waits for the planning thread: the deadline at most, then a fresh thread plans it.
      const fresh = await postGraphQL<{ networks: unknown[] }>(url, `{ networks { code fullName } }`);
      expect(fresh.errors).toBeUndefined();
      expect(fresh.data!.networks).toHaveLength(NETWORKS.length);
      const [bombMs, bomb] = await refused;
      expect(bomb.status).toBe(400);
      expect(codeOf(bomb)).toEqual(['QUERY_PLANNING_LIMIT']);
      expect(bomb.errors![0]!.message).toMatch(`took longer than ${DEADLINE_MS} ms`);
      expect(bombMs).toBeLessThan(DEADLINE_MS + 2000);
    });

    it('remembers the refusal: a new operation name, aliases, spacing or field order are refused at once', async () => {
      const variant = counterpartChain(8)
        .replace('query Chain', 'query Renamed')
        .replace('node(id: $id)', 'n:node(id:$id)')
        .replace('counterpart {', 'other: counterpart {')
        .replace('to { id } assignedTo { id }', 'assignedTo { id }  to { id }');
      const [ms, res] = await timed(() => postGraphQL(url, variant, { id: referralId }));
      expect(codeOf(res)).toEqual(['QUERY_PLANNING_LIMIT']);
      expect(res.status).toBe(400);
      // Planned again, it would have taken the deadline at least.
      expect(ms).toBeLessThan(DEADLINE_MS / 2);
    });

    it("gives Apollo Gateway's executor the same deadline: an operation with a directive is planned off the thread too", async () => {
      const directed = counterpartChain(8)
        .replace('query Chain($id: ID!)', 'query Directed($id: ID!, $yes: Boolean!)')
        .replace('node(id: $id)', 'node(id: $id) @include(if: $yes)');
      const refused = postGraphQL(url, directed, { id: referralId, yes: true });
      await sleep(300);
      const [liveMs] = await timed(() => fetch(live, { signal: AbortSignal.timeout(10_000) }));
      expect(liveMs).toBeLessThan(1000);
      expect(codeOf(await refused)).toEqual(['QUERY_PLANNING_LIMIT']);
      // What Apollo Gateway's executor runs it finds planned: a directive, and a mutation's refusal.
      const included = await postGraphQL<{ networks: unknown[] }>(
        url,
        `query($x: Boolean!) { networks { code name @include(if: $x) } }`,
        { x: true },
      );
      expect(included.data!.networks).toHaveLength(NETWORKS.length);
      const mutation = await postGraphQL(
        url,
        `mutation { seajust { deactivateContactPoint(id: "seajust:cp:00000000-0000-4000-8000-000000000000", version: 1) { id } } }`,
      );
      expect(mutation.status).toBeLessThan(500);
      expect(codeOf(mutation)).toEqual([expect.stringMatching(/^(UNAUTHENTICATED|FORBIDDEN)$/)]);
      expect(logs.text).not.toContain(PLANNED_IN_GATEWAY_THREAD);
    });
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
    expect(res.errors).toEqual([
      { message: expect.stringMatching(/exceeds 20000 bytes/), extensions: { code: 'RESPONSE_TOO_LARGE' } },
    ]);
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
    const text = (i: number) =>
      `{ ${Array.from({ length: 30 }, (_, a) => `t${i}_${a}_${'x'.repeat(2900)}: countries(network: CASC) { code }`).join(' ')} }`;
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
