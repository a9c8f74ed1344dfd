/**
 * The gateway's own plan executor (gateway/src/execution) against Apollo
 * Gateway's, over the same subgraphs and demo data: two gateways, one with
 * GATEWAY_EXECUTION=own (the default) and one with `apollo`, must give every
 * caller the same status, the same data (keys in the same order) and the same
 * errors, for lookups across networks, plans in several steps, refusals, bad
 * input and a network that does not answer. The counters show which executor
 * answered, so a test cannot pass by both gateways taking Apollo's path.
 */
import { subgraphUrlVar } from '../gateway/src/config';
import { NETWORKS } from '#shared/registry';
import { comparableAnswer, compareExecutors, type ComparableAnswer, type FoundError } from './support/executors';
import { postGraphQL } from './support/federation-http';
import { seedDemo, startInProcessFederation } from './support/in-process';

let fed: Awaited<ReturnType<typeof startInProcessFederation>>;
let apollo: Awaited<ReturnType<typeof fed.extraGateway>>;
const tokens: Record<string, string | undefined> = {};

beforeAll(async () => {
  fed = await startInProcessFederation({ seed: seedDemo });
  apollo = await fed.extraGateway({ GATEWAY_EXECUTION: 'apollo' });
  tokens.anonymous = undefined;
  tokens.member = await fed.auth.tokenAs('CONTACT_POINT', 'wacap', 'NGA');
  tokens.secretariat = await fed.auth.tokenAs('SECRETARIAT', 'seajust', 'THA');
  tokens.analyst = await fed.auth.tokenAs('ANALYST');
}, 180_000);

afterAll(async () => {
  await fed?.close();
});

/** Asks both gateways as `who`; they must agree. Returns the answers and which executor each used. */
const same = (query: string, variables?: Record<string, unknown>, who = 'member') =>
  compareExecutors(fed, apollo)(query, variables, tokens[who], who);

const DIRECTORY = `query($first: Int!) { networks { code name contactPoints(first: $first) { totalCount nodes { id fullName title organization roles expertise languages country { name } } } } }`;

describe('the same answers from both executors', () => {
  it.each(['member', 'secretariat', 'analyst', 'anonymous'])('the directory, as %s', async (who) => {
    const { answer, theirs, ownExecutor } = await same(DIRECTORY, { first: 50 }, who);
    expect(ownExecutor).toBe(true);
    expect(answer.status).toBe(200);
    // With no error the paths play no part, and the answers are the same to the byte.
    if (theirs.errors.length === 0) expect(answer).toEqual(theirs);
    if (who === 'member') {
      const data = JSON.parse(answer.data) as { networks: { contactPoints: { nodes: unknown[] } }[] };
      expect(data.networks).toHaveLength(NETWORKS.length);
      expect(data.networks.every((n) => n.contactPoints.nodes.length > 0)).toBe(true);
    }
  });

  it('fragments on the interfaces and the types, aliases, and a field asked twice', async () => {
    const query = `query { all: networks { ...N ... on SeajustNetwork { label: name contactPoints(first: 2) { nodes { id } } } kind: __typename } }
      fragment N on Network { code contactPoints(first: 2) { totalCount nodes { ...C } } }
      fragment C on ContactPoint { fullName ... on CascContactPoint { title id } network { code name } }`;
    const { answer, ownExecutor } = await same(query);
    expect(ownExecutor).toBe(true);
    expect(answer.data).toContain('"kind":"SeajustNetwork"');
  });

  it('node and nodes across the four networks, with ids that do not exist and ids that are not ids', async () => {
    const listed = JSON.parse((await same(DIRECTORY, { first: 2 })).answer.data) as {
      networks: { contactPoints: { nodes: { id: string }[] } }[];
    };
    const ids = listed.networks.flatMap((n) => n.contactPoints.nodes.map((c) => c.id));
    expect(ids.length).toBeGreaterThanOrEqual(NETWORKS.length);
    const details = `id ... on ContactPoint { fullName email phone country { code name } network { code name } successor { id } }`;
    for (const id of ids.slice(0, 4))
      expect((await same(`query($id: ID!) { node(id: $id) { ${details} } }`, { id })).ownExecutor).toBe(true);
    const mixed = [
      ...ids,
      'not-an-id',
      'seajust:cp:00000000-0000-4000-8000-000000000000',
      'casc:referral:00000000-0000-4000-8000-000000000000',
    ];
    for (const who of ['member', 'anonymous']) {
      const { answer, ownExecutor } = await same(
        `query($ids: [ID!]!) { nodes(ids: $ids) { ${details} } }`,
        { ids: mixed },
        who,
      );
      expect(ownExecutor).toBe(true);
      expect(answer.errors.length + answer.data.length).toBeGreaterThan(0);
    }
  });

  it('referrals with their parties in other networks: plans in several steps', async () => {
    const query = `{ networks { code referrals(first: 10) { totalCount nodes { id reference status urgency originNetwork { code name } destinationNetwork { code }
      from { fullName network { code } } to { fullName country { name } ... on ContactPoint { organization } } events { at } } } } }`;
    for (const who of ['secretariat', 'member', 'analyst']) {
      const { answer, ownExecutor } = await same(query, undefined, who);
      expect(ownExecutor).toBe(true);
      if (who === 'secretariat') expect(answer.data).toContain('"reference"');
    }
  });

  it('the hub alone, and the hub then the networks', async () => {
    for (const query of [
      `{ countries(network: CASC) { code alpha2 name } }`,
      `{ country(code: "khm") { name networks { code name contactPoints(first: 1) { totalCount } } } }`,
      `{ __typename network(code: GLJC) { __typename code fullName memberCountries { code } } }`,
    ]) {
      const { answer, ownExecutor } = await same(query);
      expect(ownExecutor).toBe(true);
      expect(answer.errors).toEqual([]);
    }
  });

  it('refuses bad variables alike, before any network is asked', async () => {
    const { answer } = await same(DIRECTORY, { first: 'fifty' });
    expect(answer.status).toBe(400);
    expect(answer.errors.join()).toContain('BAD_USER_INPUT');
    const filter = await same(
      `query($f: ContactPointFilter) { networks { contactPoints(filter: $f, first: 1) { totalCount } } }`,
      { f: { roles: ['EMPEROR'] } },
    );
    expect(filter.answer.status).toBe(400);
  });

  it("names the network's own place in the answer in the path of its error, where Apollo Gateway names the first network's", async () => {
    const { answer, theirs } = await same(DIRECTORY, { first: 5 }, 'anonymous');
    const codes = (JSON.parse(answer.data) as { networks: { code: string }[] }).networks.map((n) => n.code);
    const paths = (a: ComparableAnswer) =>
      a.errors.map((e) => JSON.parse(e) as FoundError).map((e) => [e.extensions!.network, e.path]);
    expect(paths(answer)).toHaveLength(NETWORKS.length);
    for (const [network, path] of paths(answer))
      expect(path).toEqual(['networks', codes.indexOf(network as string), 'contactPoints']);
    // Apollo Gateway maps the n-th representation of a fetch to the n-th network, though each fetch sent one network's.
    expect(new Set(paths(theirs).map(([, path]) => JSON.stringify(path))).size).toBeLessThan(NETWORKS.length);
  });

  it("gives a subgraph's refusal with the same code", async () => {
    const query = `{ networks { code auditLog: referrals(first: 1) { nodes { id subject } } } }`;
    const { answer, ownExecutor } = await same(query, undefined, 'anonymous');
    expect(ownExecutor).toBe(true);
    expect(answer.errors.length).toBeGreaterThan(0);
  });
});

describe('what the own executor leaves to Apollo Gateway', () => {
  it.each([
    ['@include', `query($x: Boolean!) { networks { code name @include(if: $x) } }`, { x: true }],
    ['@skip', `{ networks { code name @skip(if: true) } }`, undefined],
    ['introspection', `{ __schema { queryType { name } } }`, undefined],
    ['__type', `{ __type(name: "Network") { name } }`, undefined],
  ])('%s', async (_name, query, variables) => {
    const { apolloExecutor, ownExecutor, answer } = await same(query, variables as Record<string, unknown> | undefined);
    expect(ownExecutor).toBe(false);
    expect(apolloExecutor).toBe(true);
    expect(answer.errors).toEqual([]);
  });
});

describe('a request for the query plan (Apollo-Query-Plan-Experimental)', () => {
  const query = `{ networks { code name } }`;
  const askForPlan = (url: string) =>
    postGraphQL(url, query, undefined, { 'apollo-query-plan-experimental': 'true' }) as Promise<{
      extensions?: Record<string, unknown>;
    }>;

  it('neither picks the executor nor gets the plan by default', async () => {
    const before = { ...fed.executions };
    const res = await askForPlan(fed.gatewayUrl);
    expect(res.extensions).toBeUndefined();
    expect(fed.executions).toMatchObject({ own: before.own + 1, apollo: before.apollo });
  });

  it('gets the plan, from Apollo Gateway, where EXPOSE_QUERY_PLAN is on', async () => {
    const exposing = await fed.extraGateway({ EXPOSE_QUERY_PLAN: 'on' });
    const res = await askForPlan(exposing.url);
    expect(res.extensions?.__queryPlanExperimental).toMatch(/^QueryPlan \{/);
    expect(exposing.executions).toMatchObject({ own: 0, apollo: 1 });
    // Without the header the same gateway runs the operation itself and sends no plan.
    expect((await postGraphQL(exposing.url, query)) as { extensions?: unknown }).not.toHaveProperty('extensions');
    expect(exposing.executions).toMatchObject({ own: 1, apollo: 1 });
  });
});

describe('a network that does not answer', () => {
  it('costs only its part of the answer, with the same error and path from both executors', async () => {
    const down = { [subgraphUrlVar('SEAJUST')]: 'http://127.0.0.1:9/graphql', SUBGRAPH_TIMEOUT_MS: '2000' };
    const own = await fed.extraGateway(down);
    const theirs = await fed.extraGateway({ ...down, GATEWAY_EXECUTION: 'apollo' });
    const ours = await comparableAnswer(own.url, DIRECTORY, { first: 3 }, tokens.member);
    expect(ours).toEqual(await comparableAnswer(theirs.url, DIRECTORY, { first: 3 }, tokens.member));
    expect(own.executions.own).toBe(1);
    expect(theirs.executions.own).toBe(0);
    const data = JSON.parse(ours.data) as { networks: { code: string; contactPoints: unknown }[] };
    expect(data.networks.find((n) => n.code === 'SEAJUST')!.contactPoints).toBeNull();
    expect(data.networks.filter((n) => n.contactPoints !== null)).toHaveLength(NETWORKS.length - 1);
    expect(ours.errors).toHaveLength(1);
    expect(JSON.parse(ours.errors[0]!)).toMatchObject({
      extensions: { code: 'NETWORK_UNAVAILABLE', network: 'SEAJUST' },
    });
  });
});
