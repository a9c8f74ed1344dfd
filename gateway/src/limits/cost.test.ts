/** The cost model over the composed supergraph: what each shape of query costs, and what is refused. */
import { readFileSync } from 'node:fs';
import { buildASTSchema, getOperationAST, parse, print } from 'graphql';
import { AnalyticsDashboardDocument } from '../../../console/src/__generated__/graphql';
import { REPORT_QUERY } from '../../../scripts/lib/report';
import { NETWORKS } from '../../../shared/src/registry';
import { readmeQueries } from '../../../test/support/readme';
import { SUPERGRAPH_PATH } from '../compose';
import { gatewayConfig } from '../config';
import { COST_LIMIT_EXCEEDED, LIST_NESTING_EXCEEDED, MAX_VISITED_FIELDS, measureRequest, refusal, registryCostModel, type OperationLimits } from './cost';

// The supergraph has every type and field the gateway's API schema has (and the join__ machinery, which no query reaches).
const schema = buildASTSchema(parse(readFileSync(SUPERGRAPH_PATH, 'utf8')), { assumeValidSDL: true });
const model = registryCostModel(NETWORKS);
const secret = 'x'.repeat(40);
const defaults = gatewayConfig(NETWORKS, {
  JWT_ISSUER: 'https://issuer.example',
  JWT_AUDIENCE: 'jcn-hub',
  JWT_PUBLIC_KEY: '-----BEGIN PUBLIC KEY-----\nMFkw\n-----END PUBLIC KEY-----',
  GATEWAY_SIGNING_KEY: '-----BEGIN PRIVATE KEY-----\nMIGH\n-----END PRIVATE KEY-----',
  ...Object.fromEntries(NETWORKS.map((n) => [`SUBGRAPH_SECRET_${n.code}`, secret])),
}).limits;

function measure(query: string, variables: Record<string, unknown> = {}, limits: OperationLimits = defaults) {
  const document = parse(query);
  const measured = measureRequest(schema, document, getOperationAST(document)!, variables, model, limits);
  if (!measured) throw new Error('variables do not coerce');
  return { ...measured, refused: refusal(measured, limits)?.extensions.code };
}
const cost = (query: string, variables?: Record<string, unknown>) => measure(query, variables).cost;

describe('the cost of a query', () => {
  it('counts each object once and leaves not at all', () => {
    expect(cost(`{ network(code: CASC) { code name fullName } }`)).toBe(1);
    expect(cost(`{ country(code: "KHM") { code name networks { code } } }`)).toBe(1 + NETWORKS.length);
  });

  it('sizes registry lists from the registry', () => {
    const largest = Math.max(...NETWORKS.map((n) => n.members.length));
    const members = new Set(NETWORKS.flatMap((n) => n.members.map((m) => m.country))).size;
    expect(largest).toBe(17);
    expect(members).toBe(49);
    expect(cost(`{ networks { code } }`)).toBe(4);
    expect(cost(`query($c: [NetworkCode!]) { networks(codes: $c) { code } }`, { c: ['CASC', 'GLJC'] })).toBe(2);
    expect(cost(`{ countries { code } }`)).toBe(members);
    expect(cost(`{ countries(network: WACAP) { code } }`)).toBe(largest);
    expect(cost(`{ networks { memberCountries { code } } }`)).toBe(4 + 4 * largest);
    expect(cost(`query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, { ids: ['a', 'b', 'c'] })).toBe(3);
  });

  it('sizes a connection by first: a literal, a variable, the schema default, the server default', () => {
    const page = (first: string) => `query($n: Int) { network(code: CASC) { contactPoints${first} { nodes { country { code } } } } }`;
    // network + connection + 2 objects per contact point
    expect(cost(page('(first: 100)'))).toBe(2 + 2 * 100);
    expect(cost(page('(first: $n)'), { n: 300 })).toBe(2 + 2 * 300);
    expect(cost(page('(first: $n)'), { n: null })).toBe(2 + 2 * 20);
    expect(cost(page(''))).toBe(2 + 2 * 20);
    // The concrete type's field declares its own default page (the audit log's is 50).
    expect(cost(`{ network(code: CASC) { ... on CascNetwork { auditLog { nodes { at } } } } }`)).toBe(2 + 50);
  });

  it('gives unknown lists a default page', () => {
    expect(cost(`query($id: ID!) { node(id: $id) { ... on Referral { events { sequence } } } }`, { id: 'x' })).toBe(1 + 20);
  });

  it("keeps the README's example queries and the analysts' report under the default limit", () => {
    const costs = Object.fromEntries([...readmeQueries()].map(([name, q]) => [name, cost(q.query, name === 'Referral' ? { id: 'x' } : q.variables)]));
    expect(costs).toEqual({ Directory: 240, Country: 337, Atlas: 89, Nodes: 6, Referral: 29, Stats: 604 });
    expect(cost(REPORT_QUERY, { from: '2025-01-01T00:00:00Z', to: '2026-01-01T00:00:00Z' })).toBe(1732);
    // The console's analytics dashboard: every chart of the four networks in one query.
    expect(cost(print(AnalyticsDashboardDocument), { from: '2025-01-01T00:00:00Z', to: '2026-01-01T00:00:00Z' })).toBe(500);
    // The console's directory page and its all-country view.
    expect(cost(`{ networks { contactPoints(first: 50) { nodes { fullName country { name } } } } }`)).toBe(4 + 4 + 4 * 50 * 2);
    expect(cost(`{ countries { code name networks { code name } } }`)).toBe(49 + 49 * 4);
    expect(Math.max(...Object.values(costs))).toBeLessThan(defaults.maxCost);
  });
});

describe('refusals', () => {
  const nested = (levels: number) => {
    let inner = 'code';
    for (let level = levels - 1; level >= 1; level--) inner = `${level % 2 ? 'networks' : 'memberCountries'} { ${inner} }`;
    return `{ countries { ${inner} } }`;
  };

  it('allows a list field twice on one path and refuses it a third time, whatever the concrete type or fragment', () => {
    expect(measure(`{ network(code: CASC) { memberCountries { networks { memberCountries { code } } } } }`).refused).toBeUndefined();
    const third = `{ network(code: CASC) { memberCountries { networks { ... on CascNetwork { memberCountries { networks { ...More } } } } } } }
      fragment More on Network { memberCountries { code } }`;
    expect(measure(third)).toMatchObject({ refused: LIST_NESTING_EXCEEDED, overNested: 'Network.memberCountries' });
    expect(measure(third, {}, { maxCost: 1e6, maxListNesting: 3 }).refused).toBeUndefined();
  });

  it('refuses the ten-level bomb for its nesting and the four-level one for its cost', () => {
    expect(measure(nested(10))).toMatchObject({ refused: LIST_NESTING_EXCEEDED, overNested: 'Country.networks' });
    expect(measure(nested(4))).toMatchObject({ refused: COST_LIMIT_EXCEEDED, cost: 49 + 49 * 4 + 49 * 4 * 17 + 49 * 4 * 17 * 4 });
    expect(measure(nested(3)).refused).toBeUndefined();
  });

  it('refuses with a message, a stable code and HTTP 400', () => {
    const document = parse(`{ networks { contactPoints(first: 500) { nodes { successor { successor { id } } } } } }`);
    const limits = { maxCost: 5000, maxListNesting: 2 };
    const error = refusal(measureRequest(schema, document, getOperationAST(document)!, {}, model, limits)!, limits)!;
    expect(error.message).toMatch(/costs 6008, above the limit of 5000/);
    expect(error.extensions).toEqual({ code: COST_LIMIT_EXCEEDED, cost: 6008, maxCost: 5000, http: { status: 400 } });
  });

  it('stops measuring a fragment bomb early and refuses it', () => {
    // Each fragment spreads the next twice: 2^20 fields once expanded.
    const fragments = Array.from({ length: 20 }, (_, i) => `fragment F${i} on Network { ...F${i + 1} ...F${i + 1} }`).join('\n');
    const query = `{ networks { ...F0 } }\n${fragments}\nfragment F20 on Network { memberCountries { code } }`;
    const started = performance.now();
    const measured = measure(query);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(measured).toMatchObject({ complete: false, refused: COST_LIMIT_EXCEEDED });
    expect(MAX_VISITED_FIELDS).toBeLessThan(2 ** 20);
  });

  it('leaves variables that do not coerce to execution, which refuses them before any resolver runs', () => {
    const document = parse(`query($n: Int) { networks { contactPoints(first: $n) { totalCount } } }`);
    expect(measureRequest(schema, document, getOperationAST(document)!, { n: 'many' }, model, defaults)).toBeUndefined();
  });
});
