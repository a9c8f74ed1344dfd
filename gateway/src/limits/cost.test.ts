/** The cost model over the composed supergraph: what each shape of query costs, and what is refused. */
import { readFileSync } from 'node:fs';
import { buildASTSchema, getOperationAST, parse, print } from 'graphql';
import { AnalyticsDashboardDocument, ReferralDetailDocument } from '../../../console/src/__generated__/graphql';
import { REPORT_QUERY } from '../../../scripts/lib/report';
import { NETWORKS } from '#shared/registry';
import { counterpartChain } from '../../../test/support/planning-bombs';
import { readmeQueries } from '../../../test/support/readme';
import { SUPERGRAPH_PATH } from '../supergraph/names';
import { gatewayConfig } from '../config';
import {
  COST_LIMIT_EXCEEDED,
  ENTITY_JUMP_NESTING_EXCEEDED,
  ENTITY_JUMPS_EXCEEDED,
  LIST_NESTING_EXCEEDED,
  MAX_VISITED_FIELDS,
  measureRequest,
  refusal,
  registryCostModel,
  type OperationLimits,
} from './cost';

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
    const page = (first: string) =>
      `query($n: Int) { network(code: CASC) { contactPoints${first} { nodes { country { code } } } } }`;
    // network + connection + 2 objects per contact point
    expect(cost(page('(first: 100)'))).toBe(2 + 2 * 100);
    expect(cost(page('(first: $n)'), { n: 300 })).toBe(2 + 2 * 300);
    expect(cost(page('(first: $n)'), { n: null })).toBe(2 + 2 * 20);
    expect(cost(page(''))).toBe(2 + 2 * 20);
    // The concrete type's field declares its own default page (the audit log's is 50).
    expect(cost(`{ network(code: CASC) { ... on CascNetwork { auditLog { nodes { at } } } } }`)).toBe(2 + 50);
  });

  it('gives unknown lists a default page', () => {
    expect(cost(`query($id: ID!) { node(id: $id) { ... on Referral { events { sequence } } } }`, { id: 'x' })).toBe(
      1 + 20,
    );
  });

  it("keeps the documented example queries and the analysts' report under the default limit", () => {
    const costs = Object.fromEntries(
      [...readmeQueries()].map(([name, q]) => [name, cost(q.query, name === 'Referral' ? { id: 'x' } : q.variables)]),
    );
    expect(costs).toEqual({
      Directory: 240,
      Country: 337,
      Atlas: 89,
      Nodes: 6,
      Referral: 29,
      Stats: 604,
      MyNotificationPreferences: 22,
      MyNotifications: 43,
    });
    expect(cost(REPORT_QUERY, { from: '2025-01-01T00:00:00Z', to: '2026-01-01T00:00:00Z' })).toBe(1732);
    // The console's analytics dashboard: every chart of the four networks in one query.
    expect(cost(print(AnalyticsDashboardDocument), { from: '2025-01-01T00:00:00Z', to: '2026-01-01T00:00:00Z' })).toBe(
      500,
    );
    // The console's directory page and its all-country view.
    expect(cost(`{ networks { contactPoints(first: 50) { nodes { fullName country { name } } } } }`)).toBe(
      4 + 4 + 4 * 50 * 2,
    );
    expect(cost(`{ countries { code name networks { code name } } }`)).toBe(49 + 49 * 4);
    expect(Math.max(...Object.values(costs))).toBeLessThan(defaults.maxCost);
  });
});

describe('refusals', () => {
  const nested = (levels: number) => {
    let inner = 'code';
    for (let level = levels - 1; level >= 1; level--)
      inner = `${level % 2 ? 'networks' : 'memberCountries'} { ${inner} }`;
    return `{ countries { ${inner} } }`;
  };

  it('allows a list field twice on one path and refuses it a third time, whatever the concrete type or fragment', () => {
    expect(
      measure(`{ network(code: CASC) { memberCountries { networks { memberCountries { code } } } } }`).refused,
    ).toBeUndefined();
    const third = `{ network(code: CASC) { memberCountries { networks { ... on CascNetwork { memberCountries { networks { ...More } } } } } } }
      fragment More on Network { memberCountries { code } }`;
    expect(measure(third)).toMatchObject({ refused: LIST_NESTING_EXCEEDED, overNested: 'Network.memberCountries' });
    expect(measure(third, {}, { ...defaults, maxCost: 1e6, maxListNesting: 3 }).refused).toBeUndefined();
  });

  it('refuses the ten-level bomb for its nesting and the four-level one for its cost', () => {
    expect(measure(nested(10))).toMatchObject({ refused: LIST_NESTING_EXCEEDED, overNested: 'Country.networks' });
    expect(measure(nested(4))).toMatchObject({
      refused: COST_LIMIT_EXCEEDED,
      cost: 49 + 49 * 4 + 49 * 4 * 17 + 49 * 4 * 17 * 4,
    });
    expect(measure(nested(3)).refused).toBeUndefined();
  });

  it('refuses with a message, a stable code and HTTP 400', () => {
    const document = parse(`{ networks { contactPoints(first: 500) { nodes { successor { successor { id } } } } } }`);
    const limits = { ...defaults, maxCost: 5000, maxListNesting: 2 };
    const error = refusal(measureRequest(schema, document, getOperationAST(document)!, {}, model, limits)!, limits)!;
    expect(error.message).toMatch(/costs 6008, above the limit of 5000/);
    expect(error.extensions).toEqual({ code: COST_LIMIT_EXCEEDED, cost: 6008, maxCost: 5000, http: { status: 400 } });
  });

  it('stops measuring a fragment bomb early and refuses it', () => {
    // Each fragment spreads the next twice: 2^20 fields once expanded.
    const fragments = Array.from(
      { length: 20 },
      (_, i) => `fragment F${i} on Network { ...F${i + 1} ...F${i + 1} }`,
    ).join('\n');
    const query = `{ networks { ...F0 } }\n${fragments}\nfragment F20 on Network { memberCountries { code } }`;
    const started = performance.now();
    const measured = measure(query);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(measured).toMatchObject({ complete: false, refused: COST_LIMIT_EXCEEDED });
    expect(MAX_VISITED_FIELDS).toBeLessThan(2 ** 20);
  });

  it('leaves variables that do not coerce to execution, which refuses them before any resolver runs', () => {
    const document = parse(`query($n: Int) { networks { contactPoints(first: $n) { totalCount } } }`);
    expect(
      measureRequest(schema, document, getOperationAST(document)!, { n: 'many' }, model, defaults),
    ).toBeUndefined();
  });
});

describe('entity jumps', () => {
  const jumps = (query: string, variables: Record<string, unknown> = { id: 'x' }) =>
    measure(query, variables, { ...defaults, maxEntityJumpNesting: 100, maxEntityJumps: 1000 }).entityJumps;

  it('counts fields whose value is an interface several networks implement, and no others', () => {
    expect(jumps(`{ network(code: CASC) { code } }`)).toBe(1);
    expect(jumps(`{ networks { code } countries { networks { code } } }`)).toBe(2);
    // Each network narrows its lists to its own types, and a contact point's successor to its own network's.
    expect(jumps(`{ networks { contactPoints { nodes { successor { successor { country { code } } } } } } }`)).toBe(1);
    expect(
      jumps(
        `query($id: ID!) { node(id: $id) { ... on Referral { from { id } to { id } counterpart { assignedTo { id } } } } }`,
      ),
    ).toBe(5);
    expect(
      jumps(
        `query($id: ID!) { node(id: $id) { ...R } } fragment R on Referral { counterpart { ...C } } fragment C on Referral { originNetwork { code } }`,
      ),
    ).toBe(3);
  });

  it("keeps the console's referral page and the documented example queries within the defaults", () => {
    expect(defaults).toMatchObject({ maxEntityJumpNesting: 3, maxEntityJumps: 20 });
    const detail = measure(print(ReferralDetailDocument), { id: 'x' });
    expect(detail).toMatchObject({ refused: undefined, entityJumps: 9 });
    for (const [name, q] of readmeQueries())
      expect({ name, refused: measure(q.query, name === 'Referral' ? { id: 'x' } : q.variables).refused }).toEqual({
        name,
        refused: undefined,
      });
  });

  it('refuses the counterpart chain of the planning bomb for its nesting, before it is planned', () => {
    const bomb = counterpartChain(7);
    expect(bomb.length).toBeLessThan(800);
    expect(measure(bomb, { id: 'x' })).toMatchObject({
      refused: ENTITY_JUMP_NESTING_EXCEEDED,
      overJumped: 'Referral.from',
    });
    // node, counterpart, and a third jump from the inner record (counterpart, from, ...): the console's referral page goes that far.
    expect(measure(counterpartChain(2), { id: 'x' })).toMatchObject({ refused: undefined, entityJumps: 1 + 5 + 5 });
    expect(measure(counterpartChain(3), { id: 'x' })).toMatchObject({
      refused: ENTITY_JUMP_NESTING_EXCEEDED,
      overJumped: 'Referral.from',
    });
  });

  it('refuses too many jumps in one operation, each within the nesting limit', () => {
    const copies = (n: number) =>
      `query($id: ID!) { ${Array.from({ length: n }, (_, i) => `a${i}: node(id: $id) { ... on Referral { from { id } } }`).join(' ')} }`;
    expect(measure(copies(10), { id: 'x' })).toMatchObject({ refused: undefined, entityJumps: 20 });
    expect(measure(copies(11), { id: 'x' }).refused).toBe(ENTITY_JUMPS_EXCEEDED);
  });

  it('refuses with a message, a stable code and HTTP 400', () => {
    const nested = refusal(measure(counterpartChain(7), { id: 'x' }), defaults)!;
    expect(nested.message).toMatch(/^Referral.from leads into another network's object more than 3 times on one path/);
    expect(nested.extensions).toEqual({
      code: ENTITY_JUMP_NESTING_EXCEEDED,
      field: 'Referral.from',
      maxEntityJumpNesting: 3,
      http: { status: 400 },
    });
    const many = `{ ${Array.from({ length: 21 }, (_, i) => `a${i}: network(code: CASC) { code }`).join(' ')} }`;
    const wide = refusal(measure(many), defaults)!;
    expect(wide.message).toMatch(/more than 20 times\. Split it into several queries/);
    expect(wide.extensions).toEqual({ code: ENTITY_JUMPS_EXCEEDED, maxEntityJumps: 20, http: { status: 400 } });
  });
});
