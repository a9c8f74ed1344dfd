/**
 * The gateway's own executor against Apollo Gateway's for federation features the hub's supergraph does not use
 * yet but a network's extension could: `@requires`, `@provides`, a union whose members live in other subgraphs,
 * and `@interfaceObject`. Small subgraphs (@apollo/subgraph, real HTTP servers) are composed here with
 * @apollo/composition; two gateways over them, one with this executor in front and one with Apollo Gateway's
 * alone, must answer every operation alike (data with its key order, errors with their paths). The counters show
 * which executor answered, so a test cannot pass by both taking Apollo's path.
 */
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { startStandaloneServer } from '@apollo/server/standalone';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { composeServices } from '@apollo/composition';
import { ApolloGateway, RemoteGraphQLDataSource, type GraphQLDataSource } from '@apollo/gateway';
import { GraphQLError, parse } from 'graphql';
import { PlanExecutingGateway } from './plan-executor';
import { PlanHandOver, PLANNED_IN_GATEWAY_THREAD, QUERY_PLANNER_CONFIG, QueryPlanning } from './planner';

const LINK = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.3",
  import: ["@key", "@requires", "@provides", "@external", "@shareable", "@interfaceObject"])`;

type Row = Record<string, unknown>;
const PRODUCTS: Row[] = [
  { upc: 'p1', name: 'Table', price: 900, weight: 30, dimensions: { size: 'large', unit: 'cm' } },
  { upc: 'p2', name: 'Lamp', price: 1200, weight: 2, dimensions: { size: 'small', unit: 'cm' } },
  // No weight: the estimate that requires it cannot be worked out.
  { upc: 'p3', name: 'Chair', price: 150, weight: null, dimensions: null },
];
const USERS: Row[] = [
  { id: 'u1', username: 'ada', name: 'Ada L.' },
  { id: 'u2', username: 'alan', name: 'Alan T.' },
];
const REVIEWS: Row[] = [
  { id: 'r1', body: 'Sturdy', authorId: 'u1', upc: 'p1' },
  { id: 'r2', body: 'Bright', authorId: 'u2', upc: 'p2' },
  { id: 'r3', body: 'Wobbly', authorId: 'u1', upc: 'p3' },
];
const MEDIA: Row[] = [
  { __typename: 'Book', id: 'm1', title: 'Dune', author: 'Herbert' },
  { __typename: 'Movie', id: 'm2', title: 'Alien', director: 'Scott' },
  { __typename: 'Book', id: 'm3', title: 'Emma', author: 'Austen' },
];
const RATINGS: Record<string, number> = { m1: 5, m2: 4, m3: 3 };

const byKey = (rows: Row[], key: string) => (ref: Row) => rows.find((r) => r[key] === ref[key]) ?? null;

/** Each subgraph's SDL and resolvers. */
const SUBGRAPHS: Record<string, { sdl: string; resolvers: GraphQLResolverMap<unknown> }> = {
  products: {
    sdl: `${LINK}
      type Query { topProducts: [Product!]! shelf: [Product] }
      type Product @key(fields: "upc") { upc: ID! name: String price: Int weight: Int dimensions: Dimensions }
      type Dimensions @shareable { size: String unit: String }`,
    resolvers: {
      // A list with a gap: the entities sent on are fewer than the list's elements.
      Query: { topProducts: () => PRODUCTS, shelf: () => [null, PRODUCTS[2], null, PRODUCTS[0]] },
      Product: { __resolveReference: byKey(PRODUCTS, 'upc') },
    },
  },
  shipping: {
    sdl: `${LINK}
      type Product @key(fields: "upc") {
        upc: ID!
        price: Int @external
        weight: Int @external
        dimensions: Dimensions @external
        shippingEstimate: Int @requires(fields: "price weight")
        label(prefix: String): String @requires(fields: "dimensions { size }")
      }
      type Dimensions @shareable { size: String unit: String }`,
    resolvers: {
      Product: {
        __resolveReference: (ref: Row) => ref,
        shippingEstimate: (p: Row) => {
          if (p.weight === null)
            throw new GraphQLError('no weight to estimate from', { extensions: { code: 'NO_WEIGHT' } });
          return (p.price as number) > 1000 ? 0 : (p.weight as number) * 2;
        },
        label: (p: Row, { prefix }: { prefix?: string | null }) =>
          `${prefix ?? ''}${p.upc as string}:${(p.dimensions as Row | null)?.size ?? 'unknown'}`,
      },
    },
  },
  accounts: {
    sdl: `${LINK}
      type Query { me: User }
      type User @key(fields: "id") { id: ID! username: String @shareable name: String }`,
    resolvers: {
      Query: { me: () => USERS[0] },
      User: { __resolveReference: byKey(USERS, 'id') },
    },
  },
  reviews: {
    sdl: `${LINK}
      type Query { reviews: [Review!]! }
      type Review { id: ID! body: String author: User @provides(fields: "username") product: Product }
      type User @key(fields: "id") { id: ID! username: String @external reviews: [Review!]! }
      type Product @key(fields: "upc") { upc: ID! reviews: [Review!]! }`,
    resolvers: {
      Query: { reviews: () => REVIEWS },
      Review: {
        // The provided username comes from this subgraph: its spelling shows whether accounts was asked.
        author: (r: Row) => ({
          id: r.authorId,
          username: `${String(USERS.find((u) => u.id === r.authorId)?.username)}@reviews`,
        }),
        product: (r: Row) => ({ upc: r.upc }),
      },
      User: {
        __resolveReference: (ref: Row) => ref,
        reviews: (u: Row) => REVIEWS.filter((r) => r.authorId === u.id),
      },
      Product: {
        __resolveReference: (ref: Row) => ref,
        reviews: (p: Row) => REVIEWS.filter((r) => r.upc === p.upc),
      },
    },
  },
  search: {
    // A union of types this subgraph only refers to: every member's fields come from another subgraph.
    sdl: `${LINK}
      type Query { search(term: String!): [Result!]! }
      union Result = Product | User
      type Product @key(fields: "upc", resolvable: false) { upc: ID! }
      type User @key(fields: "id", resolvable: false) { id: ID! }`,
    resolvers: {
      Query: {
        search: (_: unknown, { term }: { term: string }) => [
          // A reference to a product the products subgraph does not know.
          ...(term === 'ghost' ? [{ __typename: 'Product', upc: 'p9' }] : []),
          ...PRODUCTS.filter((p) => String(p.name).toLowerCase().includes(term)).map((p) => ({
            __typename: 'Product',
            upc: p.upc,
          })),
          ...USERS.filter((u) => String(u.username).includes(term)).map((u) => ({ __typename: 'User', id: u.id })),
        ],
      },
      Result: { __resolveType: (r: Row) => r.__typename },
    },
  },
  media: {
    sdl: `${LINK}
      type Query { media: [Media!]! }
      interface Media @key(fields: "id") { id: ID! title: String }
      type Book implements Media @key(fields: "id") { id: ID! title: String author: String }
      type Movie implements Media @key(fields: "id") { id: ID! title: String director: String }`,
    resolvers: {
      Query: { media: () => MEDIA },
      Media: { __resolveReference: byKey(MEDIA, 'id'), __resolveType: (m: Row) => m.__typename },
      Book: { __resolveReference: byKey(MEDIA, 'id') },
      Movie: { __resolveReference: byKey(MEDIA, 'id') },
    },
  },
  ratings: {
    // Adds a field to every implementation of Media without knowing them.
    sdl: `${LINK}
      type Query { topRated: [Media!]! }
      type Media @key(fields: "id") @interfaceObject { id: ID! rating: Int }`,
    resolvers: {
      Query: { topRated: () => ['m2', 'm1'].map((id) => ({ id })) },
      Media: { __resolveReference: (ref: Row) => ref, rating: (m: Row) => RATINGS[m.id as string] ?? null },
    },
  },
};

interface Executors {
  server: ApolloServer;
  gateway: PlanExecutingGateway;
  logs: string[];
}

const subgraphServers: ApolloServer[] = [];
let own: Executors;
let apollo: Executors;

async function gatewayOver(supergraphSdl: string, urls: Record<string, string>, enabled: boolean): Promise<Executors> {
  const logs: string[] = [];
  const log = (m: string) => logs.push(m);
  const services: Record<string, GraphQLDataSource> = Object.fromEntries(
    Object.entries(urls).map(([name, url]) => [name, new RemoteGraphQLDataSource({ url })]),
  );
  const handOver = new PlanHandOver(log);
  const apolloGateway = new ApolloGateway({
    supergraphSdl,
    queryPlannerConfig: { ...QUERY_PLANNER_CONFIG, cache: handOver },
    buildService: ({ name }) => services[name]!,
  });
  const planning = new QueryPlanning({ timeoutMs: 20_000, log });
  const gateway = new PlanExecutingGateway(apolloGateway, services, { enabled, planning, handOver, exposePlan: false });
  const server = new ApolloServer({ gateway });
  await server.start();
  return { server, gateway, logs };
}

beforeAll(async () => {
  const urls: Record<string, string> = {};
  for (const [name, { sdl, resolvers }] of Object.entries(SUBGRAPHS)) {
    const server = new ApolloServer({
      schema: buildSubgraphSchema({ typeDefs: parse(sdl), resolvers }),
      plugins: [ApolloServerPluginInlineTraceDisabled()],
    });
    const { url } = await startStandaloneServer(server, { listen: { port: 0, host: '127.0.0.1' } });
    subgraphServers.push(server);
    urls[name] = url;
  }
  const composed = composeServices(
    Object.entries(SUBGRAPHS).map(([name, { sdl }]) => ({ name, url: urls[name]!, typeDefs: parse(sdl) })),
  );
  if (composed.errors) throw new Error(composed.errors.map((e) => e.message).join('\n'));
  own = await gatewayOver(composed.supergraphSdl, urls, true);
  apollo = await gatewayOver(composed.supergraphSdl, urls, false);
}, 60_000);

afterAll(async () => {
  await own?.server.stop();
  await apollo?.server.stop();
  for (const server of subgraphServers) await server.stop();
});

/** The answer as a client would read it: data (keys in their order), errors, extensions. */
async function answer(executors: Executors, query: string, variables?: Record<string, unknown>) {
  const response = await executors.server.executeOperation({ query, variables });
  if (response.body.kind !== 'single') throw new Error('expected a single answer');
  const { data, errors, extensions } = response.body.singleResult;
  return JSON.stringify({ data, errors, extensions });
}

/** Asks both gateways; they must agree. Returns the answer and whether the gateway's own executor ran it. */
async function same(query: string, variables?: Record<string, unknown>) {
  const before = { own: { ...own.gateway.counts }, apollo: { ...apollo.gateway.counts } };
  const ours = await answer(own, query, variables);
  const theirs = await answer(apollo, query, variables);
  expect(ours).toEqual(theirs);
  expect(apollo.gateway.counts.own).toBe(before.apollo.own);
  expect(own.gateway.counts.own + own.gateway.counts.apollo).toBe(before.own.own + before.own.apollo + 1);
  // Both executors took the plans of the planning thread: Apollo Gateway's never planned on its own.
  for (const logs of [own.logs, apollo.logs]) expect(logs.join('\n')).not.toContain(PLANNED_IN_GATEWAY_THREAD);
  return {
    answer: JSON.parse(ours) as { data?: unknown; errors?: { message: string; path?: unknown[] }[] },
    ownExecutor: own.gateway.counts.own === before.own.own + 1,
  };
}

describe('@requires', () => {
  it('sends the required fields of each entity to the subgraph that needs them', async () => {
    const { answer, ownExecutor } = await same(`{ topProducts { upc name shippingEstimate } }`);
    expect(ownExecutor).toBe(true);
    expect(answer.data).toEqual({
      topProducts: [
        { upc: 'p1', name: 'Table', shippingEstimate: 60 },
        { upc: 'p2', name: 'Lamp', shippingEstimate: 0 },
        { upc: 'p3', name: 'Chair', shippingEstimate: null },
      ],
    });
    // The product without a weight: the requiring subgraph's error, at that product's place.
    expect(answer.errors).toMatchObject([
      { message: 'no weight to estimate from', path: ['topProducts', 2, 'shippingEstimate'] },
    ]);
  });

  it('requires fields of the entities of a list with gaps, and an error names the entity it belongs to', async () => {
    const { answer, ownExecutor } = await same(`{ shelf { upc shippingEstimate } }`);
    expect(ownExecutor).toBe(true);
    expect(answer.data).toEqual({
      shelf: [null, { upc: 'p3', shippingEstimate: null }, null, { upc: 'p1', shippingEstimate: 60 }],
    });
    expect(answer.errors).toMatchObject([{ path: ['shelf', 1, 'shippingEstimate'] }]);
  });

  it('requires a nested selection, with an entity whose required object is null', async () => {
    const { answer, ownExecutor } = await same(
      `query($prefix: String) { topProducts { label(prefix: $prefix) dimensions { unit } } }`,
      { prefix: '#' },
    );
    expect(ownExecutor).toBe(true);
    expect(answer.data).toEqual({
      topProducts: [
        { label: '#p1:large', dimensions: { unit: 'cm' } },
        { label: '#p2:small', dimensions: { unit: 'cm' } },
        { label: '#p3:unknown', dimensions: null },
      ],
    });
  });

  it('requires from a third subgraph, reached through an entity of a second, under aliases', async () => {
    const { answer, ownExecutor } = await same(`{ reviews { id p: product { cost: shippingEstimate upc n: name } } }`);
    expect(ownExecutor).toBe(true);
    expect((answer.data as { reviews: unknown[] }).reviews).toEqual([
      { id: 'r1', p: { cost: 60, upc: 'p1', n: 'Table' } },
      { id: 'r2', p: { cost: 0, upc: 'p2', n: 'Lamp' } },
      { id: 'r3', p: { cost: null, upc: 'p3', n: 'Chair' } },
    ]);
    expect(answer.errors).toMatchObject([{ path: ['reviews', 2, 'p', 'cost'] }]);
  });
});

describe('@provides', () => {
  it('takes a provided field from the providing subgraph, and asks the owner only for the others', async () => {
    const provided = await same(`{ reviews { body author { username } } }`);
    expect(provided.ownExecutor).toBe(true);
    expect(provided.answer.data).toEqual({
      reviews: [
        { body: 'Sturdy', author: { username: 'ada@reviews' } },
        { body: 'Bright', author: { username: 'alan@reviews' } },
        { body: 'Wobbly', author: { username: 'ada@reviews' } },
      ],
    });
    const both = await same(`{ reviews { author { username name reviews { id } } } }`);
    expect(both.ownExecutor).toBe(true);
    expect((both.answer.data as { reviews: unknown[] }).reviews[0]).toEqual({
      author: { username: 'ada@reviews', name: 'Ada L.', reviews: [{ id: 'r1' }, { id: 'r3' }] },
    });
    // Reached another way, the same field comes from its owner.
    const owned = await same(`{ me { username } }`);
    expect(owned.answer.data).toEqual({ me: { username: 'ada' } });
  });
});

describe('a union across subgraphs', () => {
  it('resolves each member in the subgraph that owns it, requires included', async () => {
    const { answer, ownExecutor } = await same(
      `query($term: String!) { search(term: $term) { __typename ... on Product { name shippingEstimate } ... on User { username name } } }`,
      { term: 'a' },
    );
    expect(ownExecutor).toBe(true);
    expect(answer.data).toEqual({
      search: [
        { __typename: 'Product', name: 'Table', shippingEstimate: 60 },
        { __typename: 'Product', name: 'Lamp', shippingEstimate: 0 },
        { __typename: 'Product', name: 'Chair', shippingEstimate: null },
        { __typename: 'User', username: 'ada', name: 'Ada L.' },
        { __typename: 'User', username: 'alan', name: 'Alan T.' },
      ],
    });
    expect(answer.errors).toMatchObject([{ path: ['search', 2, 'shippingEstimate'] }]);
  });

  it('with named fragments, a member asked for and not answered, and no match', async () => {
    const query = `query($term: String!) { search(term: $term) { ...P ...U } }
      fragment P on Product { upc label }
      fragment U on User { id reviews { body } }`;
    const users = await same(query, { term: 'lan' });
    expect(users.ownExecutor).toBe(true);
    expect(users.answer.data).toEqual({ search: [{ id: 'u2', reviews: [{ body: 'Bright' }] }] });
    const none = await same(query, { term: 'zzz' });
    expect(none.answer.data).toEqual({ search: [] });
    // The owner answers null for the entity: its fields are null, its key stays.
    const ghost = await same(`query($term: String!) { search(term: $term) { ... on Product { upc name price } } }`, {
      term: 'ghost',
    });
    expect(ghost.ownExecutor).toBe(true);
    expect(ghost.answer.data).toEqual({ search: [{ upc: 'p9', name: null, price: null }] });
  });
});

describe('@interfaceObject', () => {
  it('adds the interface object subgraph fields to every implementation', async () => {
    const { answer, ownExecutor } = await same(`{ media { __typename id title rating ... on Book { author } } }`);
    // The plan rewrites the entities' __typename to Media for the ratings subgraph: Apollo Gateway's executor runs it.
    expect(ownExecutor).toBe(false);
    expect(answer.data).toEqual({
      media: [
        { __typename: 'Book', id: 'm1', title: 'Dune', rating: 5, author: 'Herbert' },
        { __typename: 'Movie', id: 'm2', title: 'Alien', rating: 4 },
        { __typename: 'Book', id: 'm3', title: 'Emma', rating: 3, author: 'Austen' },
      ],
    });
  });

  it('from the interface object subgraph: the concrete type and fields come from the owner', async () => {
    const { answer, ownExecutor } = await same(`{ topRated { __typename id rating title ... on Movie { director } } }`);
    expect(answer.data).toEqual({
      topRated: [
        { __typename: 'Movie', id: 'm2', rating: 4, title: 'Alien', director: 'Scott' },
        { __typename: 'Book', id: 'm1', rating: 5, title: 'Dune' },
      ],
    });
    expect(ownExecutor).toBe(false);
  });
});
