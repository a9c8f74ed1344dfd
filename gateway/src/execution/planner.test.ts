/** The planning thread: the same plans as the planner in this thread, a deadline, refusals remembered by signature. */
import { readFileSync } from 'node:fs';
import { operationFromDocument, Supergraph } from '@apollo/federation-internals';
import { QueryPlanner, type QueryPlan } from '@apollo/query-planner';
import { getOperationAST, Kind, parse, type FragmentDefinitionNode } from 'graphql';
import { counterpartChain } from '../../../test/support/planning-bombs';
import { readmeQueries } from '../../../test/support/readme';
import { SUPERGRAPH_PATH } from '../supergraph/names';
import {
  HANDED_OVER_PLANS,
  MAX_WAITING,
  operationSignature,
  PlanHandOver,
  PLANNED_IN_GATEWAY_THREAD,
  QUERY_PLANNER_CONFIG,
  QUERY_PLANNING_BUSY,
  QUERY_PLANNING_LIMIT,
  QueryPlanning,
} from './planner';

const sdl = readFileSync(SUPERGRAPH_PATH, 'utf8');

function signatureOf(query: string): string {
  const document = parse(query);
  const fragments = document.definitions.filter(
    (d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION,
  );
  return operationSignature(getOperationAST(document)!, fragments);
}

describe('operationSignature', () => {
  it('ignores the operation name, aliases, string and number literals, spacing and field order, and nothing else', () => {
    const base = signatureOf(`query A { country(code: "KHM") { code name } }`);
    expect(signatureOf(`query B { c: country(code: "NGA") {  name   code } }`)).toBe(base);
    expect(signatureOf(`{ country(code: "KHM") { code name } }`)).toBe(base);
    expect(signatureOf(`query A { country(code: "KHM") { code alpha2 } }`)).not.toBe(base);
    expect(signatureOf(`query A { country(code: "KHM") { code name networks { code } } }`)).not.toBe(base);
  });
});

describe('QueryPlanning', () => {
  let planning: QueryPlanning;
  const logged: string[] = [];
  const DEADLINE_MS = 1000;
  beforeAll(() => {
    planning = new QueryPlanning({ timeoutMs: DEADLINE_MS, log: (m) => logged.push(m) });
    planning.update(sdl);
  });
  afterAll(() => planning.close());

  it('makes in its thread the plans the planner makes in this one, with the same configuration', async () => {
    const supergraph = Supergraph.build(sdl, { validateSupergraph: false });
    const planner = new QueryPlanner(supergraph, QUERY_PLANNER_CONFIG);
    const queries = [...readmeQueries().values()].map((q) => q.query);
    queries.push(`mutation { seajust { deactivateContactPoint(id: "seajust:cp:x", version: 1) { id } } }`);
    for (const query of queries) {
      const here = planner.buildQueryPlan(operationFromDocument(supergraph.apiSchema(), parse(query), {}));
      expect(await planning.plan(query, undefined, signatureOf(query))).toEqual(here);
    }
  }, 60_000);

  it('stops a plan at the deadline, refuses it, remembers the refusal by signature, and plans on in a new thread', async () => {
    const bomb = counterpartChain(7);
    const started = performance.now();
    await expect(planning.plan(bomb, 'Chain', signatureOf(bomb))).rejects.toMatchObject({
      extensions: { code: QUERY_PLANNING_LIMIT, http: { status: 400 } },
    });
    expect(performance.now() - started).toBeLessThan(DEADLINE_MS + 1000);
    expect(logged).toEqual([`query planning stopped after ${DEADLINE_MS} ms; the planning thread is replaced`]);

    const renamed = bomb.replace('query Chain', 'query Other').replace('counterpart {', 'again: counterpart {');
    const again = performance.now();
    await expect(planning.plan(renamed, 'Other', signatureOf(renamed))).rejects.toMatchObject({
      extensions: { code: QUERY_PLANNING_LIMIT },
    });
    // Planned again, it would have taken the deadline at least.
    expect(performance.now() - again).toBeLessThan(DEADLINE_MS / 2);

    const plan = await planning.plan(`{ networks { code } }`, undefined, signatureOf(`{ networks { code } }`));
    expect(plan.node).toMatchObject({ kind: 'Fetch', serviceName: 'hub' });
  }, 60_000);

  it('refuses more than MAX_WAITING operations waiting with QUERY_PLANNING_BUSY, and fails those waiting when closed', async () => {
    const busy = new QueryPlanning({ timeoutMs: 60_000, log: () => undefined });
    busy.update(sdl);
    // All asked at once, before the new thread is ready: they wait.
    const waiting = Array.from({ length: MAX_WAITING }, (_, i) =>
      busy.plan(`{ networks { code } }`, undefined, `q${i}`),
    );
    await expect(busy.plan(`{ networks { name } }`, undefined, 'one more')).rejects.toMatchObject({
      extensions: { code: QUERY_PLANNING_BUSY, http: { status: 503 } },
    });
    const outcomes = Promise.allSettled(waiting);
    await busy.close();
    const settled = await outcomes;
    expect(settled.every((s) => s.status === 'rejected' && /the gateway is stopping/.test(String(s.reason)))).toBe(
      true,
    );
  });
});

describe('PlanHandOver', () => {
  const plan = (n: number) => ({ kind: 'QueryPlan', node: undefined, n }) as unknown as QueryPlan;

  it('hands Apollo Gateway the plan put under its key, and logs when it finds none', async () => {
    const logs: string[] = [];
    const handOver = new PlanHandOver((m) => logs.push(m));
    const key = PlanHandOver.key('hash', 'Op');
    expect(key).not.toBe(PlanHandOver.key('hash', undefined));
    expect(PlanHandOver.key('hash', undefined)).toBe('hash');
    const put = plan(1);
    handOver.put(key, put);
    await expect(handOver.get(key)).resolves.toBe(put);
    expect(logs).toEqual([]);
    await expect(handOver.get(PlanHandOver.key('hash', 'Other'))).resolves.toBeUndefined();
    expect(logs).toHaveLength(1);
    expect(logs[0]).toContain(PLANNED_IN_GATEWAY_THREAD);
    await expect(handOver.delete(key)).resolves.toBe(true);
    await expect(handOver.get(key)).resolves.toBeUndefined();
  });

  it(`keeps at most HANDED_OVER_PLANS (${HANDED_OVER_PLANS}) plans, the least recently used going first`, async () => {
    const handOver = new PlanHandOver(() => undefined);
    for (let i = 0; i < HANDED_OVER_PLANS; i++) handOver.put(`k${i}`, plan(i));
    // k0 read again: k1 is now the least recently used.
    expect(await handOver.get('k0')).toMatchObject({ n: 0 });
    handOver.put('one more', plan(-1));
    expect(await handOver.get('k1')).toBeUndefined();
    expect(await handOver.get('k0')).toMatchObject({ n: 0 });
    expect(await handOver.get('one more')).toMatchObject({ n: -1 });
    for (let i = 2; i < HANDED_OVER_PLANS; i++) expect(await handOver.get(`k${i}`)).toMatchObject({ n: i });
    handOver.clear();
    expect(await handOver.get('k0')).toBeUndefined();
  });
});
