/**
 * The gateway's shaping against Apollo Gateway's own (computeResponse, the
 * oracle): for every operation and every answer below, including answers a
 * faulty or hostile subgraph could send, both must give the same JSON text
 * (keys in the same order), the same errors (message, path, code), and fail
 * on the same inputs.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { operationFromDocument, Supergraph } from '@apollo/federation-internals';
// The oracle: Apollo Gateway's shaping, which its package does not export.
import { computeResponse } from '@apollo/gateway/dist/resultShaping';
import { Kind, parse, type FragmentDefinitionNode, type GraphQLError, type OperationDefinitionNode } from 'graphql';
import { OperationShape } from './shape';
import { shapeable } from './plan-executor';

const supergraph = Supergraph.build(readFileSync(join(__dirname, '..', '..', 'supergraph.graphql'), 'utf8'));
const apiSchema = supergraph.apiSchema();
const schema = apiSchema.toGraphQLJSSchema();

type Data = Record<string, unknown>;
const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;
const describe_ = (errors: readonly GraphQLError[]) =>
  errors.map((e) => ({ message: e.message, path: e.path, code: e.extensions?.code }));

function both(query: string, input: Data) {
  const document = parse(query);
  const operation = document.definitions.find(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  )!;
  const fragments = Object.fromEntries(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((f) => [f.name.value, f]),
  );
  let apollo: { text?: string; errors?: unknown; failed?: boolean };
  try {
    const r = computeResponse({
      operation: operationFromDocument(apiSchema, document),
      variables: {},
      input: clone(input),
      introspectionHandling: () => null,
    });
    apollo = { text: JSON.stringify(r.data), errors: describe_(r.errors) };
  } catch {
    apollo = { failed: true };
  }
  const r = new OperationShape(schema, operation, fragments).shape(clone(input));
  const ours = 'failed' in r ? { failed: true } : { text: JSON.stringify(r.data), errors: describe_(r.errors) };
  return { apollo, ours };
}

const cp = (over: Data = {}): Data => ({
  __typename: 'SeajustContactPoint',
  id: 'seajust:cp:1',
  fullName: 'A. Person',
  title: null,
  organization: 'Office',
  roles: ['PROSECUTOR'],
  languages: ['en', 'km'],
  country: { name: 'Cambodia', code: 'KHM' },
  ...over,
});

const DIRECTORY = `{ networks { code name contactPoints(first: 5) { totalCount nodes { id fullName title organization roles languages country { name } } } } }`;
const network = (nodes: unknown[], over: Data = {}): Data => ({
  __typename: 'SeajustNetwork',
  code: 'SEAJUST',
  name: 'SEAJust',
  contactPoints: { totalCount: nodes.length, nodes },
  ...over,
});

const cases: [string, string, Data][] = [
  [
    'the directory',
    DIRECTORY,
    {
      networks: [
        network([cp(), cp({ id: 'seajust:cp:2' })]),
        network([], { __typename: 'CascNetwork', code: 'CASC', name: 'CASC' }),
      ],
    },
  ],
  [
    'extra fields the planner added are dropped',
    DIRECTORY,
    { networks: [{ ...network([cp({ active: true, email: 'x@y' })]), fullName: 'kept out' }] },
  ],
  ['a null in a non-null list element nulls the list', DIRECTORY, { networks: [network([cp(), null])] }],
  [
    'a null non-null leaf bubbles to the nullable connection',
    DIRECTORY,
    { networks: [network([cp({ fullName: null })])] },
  ],
  ['a missing non-null field counts as null', DIRECTORY, { networks: [network([cp({ organization: undefined })])] }],
  ['a null non-null root list: data is null', DIRECTORY, { networks: null }],
  ['a null network in a non-null list of non-null: data is null', DIRECTORY, { networks: [null] }],
  [
    'a string where an Int is due',
    DIRECTORY,
    { networks: [network([cp()], { contactPoints: { totalCount: '7', nodes: [] } })] },
  ],
  [
    'a float where an Int is due',
    DIRECTORY,
    { networks: [network([], { contactPoints: { totalCount: 1.5, nodes: [] } })] },
  ],
  ['a number where a String is due', DIRECTORY, { networks: [network([cp({ title: 12 })])] }],
  ['an enum value the schema lacks', DIRECTORY, { networks: [network([cp({ roles: ['PROSECUTOR', 'EMPEROR'] })])] }],
  ['an unknown network code', DIRECTORY, { networks: [network([], { code: 'ATLANTIS' })] }],
  ['an object where a leaf is due', DIRECTORY, { networks: [network([cp({ fullName: { a: 1 } })])] }],
  ['an unknown __typename', DIRECTORY, { networks: [network([cp({ __typename: 'NoSuchType' })])] }],
  ['a __typename that is not a string', DIRECTORY, { networks: [network([cp({ __typename: 7 })])] }],
  ['a non-list where a list is due', DIRECTORY, { networks: [network([cp({ roles: 'PROSECUTOR' })])] }],
  ['a scalar where an object is due', DIRECTORY, { networks: [network([cp({ country: 'KHM' })])] }],
  [
    'inherited names are not read from the prototype',
    `{ networks { code constructor: name toString: fullName } }`,
    { networks: [{ __typename: 'CascNetwork', code: 'CASC' }] },
  ],
  [
    'fragments on interfaces and types, aliases, fields repeated across fragments',
    `query { networks { ...N ... on SeajustNetwork { code label: name contactPoints(first: 1) { nodes { id } } } ... on CascNetwork { fullName } kind: __typename } }
     fragment N on Network { name code contactPoints(first: 1) { totalCount nodes { ...C } } }
     fragment C on ContactPoint { fullName ... on SeajustContactPoint { title id } }`,
    {
      networks: [
        network([cp()], { fullName: 'South East Asia', label: 'SEAJust' }),
        {
          __typename: 'CascNetwork',
          code: 'CASC',
          name: 'CASC',
          fullName: 'Central Asia',
          contactPoints: { totalCount: 0, nodes: [] },
        },
        { __typename: 'WacapNetwork', code: 'WACAP', name: 'WACAP', contactPoints: null },
      ],
    },
  ],
  [
    'an object without __typename takes the declared type',
    `{ network(code: CASC) { code ... on CascNetwork { fullName } ... on Network { name } __typename } }`,
    { network: { code: 'CASC', fullName: 'x', name: 'CASC' } },
  ],
  [
    '__typename of an interface without __typename in the answer bubbles',
    `{ network(code: CASC) { __typename code } }`,
    { network: { code: 'CASC' } },
  ],
  [
    'nodes: a null entry is allowed, an unknown type is an error',
    `{ nodes(ids: ["a", "b", "c"]) { id ... on ContactPoint { fullName } } }`,
    { nodes: [cp(), null, { __typename: 'Bogus', id: 'x' }] },
  ],
  ['the root field missing entirely', `{ countries { code name } network(code: CASC) { code } }`, {}],
  [
    'countries',
    `{ countries(network: CASC) { code alpha2 name networks { code } } }`,
    {
      countries: [
        { code: 'KAZ', alpha2: 'KZ', name: 'Kazakhstan', networks: [{ __typename: 'CascNetwork', code: 'CASC' }] },
      ],
    },
  ],
  ['only __typename', `{ __typename }`, {}],
];

describe("the gateway's result shaping gives what Apollo Gateway's gives", () => {
  it.each(cases)('%s', (_name, query, input) => {
    const { apollo, ours } = both(query, input);
    expect(ours).toEqual(apollo);
  });

  it('errors name the path, the type and the field as Apollo does', () => {
    const { ours } = both(DIRECTORY, { networks: [network([cp({ fullName: null })])] });
    expect(ours.text).toBe('{"networks":[{"code":"SEAJUST","name":"SEAJust","contactPoints":null}]}');
    expect(ours.errors).toEqual([
      {
        message: 'Cannot return null for non-nullable field SeajustContactPoint.fullName.',
        path: ['networks', 0, 'contactPoints', 'nodes', 0, 'fullName'],
        code: 'INVALID_GRAPHQL',
      },
    ]);
  });

  it('random damage to a directory answer is shaped the same way', () => {
    // A deterministic generator, so a failure names its case.
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const junk = [
      null,
      undefined,
      0,
      1.5,
      -3,
      '',
      'x',
      'PROSECUTOR',
      true,
      [],
      {},
      ['en'],
      { name: 'n' },
      'SeajustContactPoint',
      'CascNetwork',
    ];
    const damage = (value: unknown): unknown => {
      if (random() < 0.04) return junk[Math.floor(random() * junk.length)];
      if (Array.isArray(value)) return value.map(damage);
      if (value && typeof value === 'object')
        return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, damage(v)]));
      return value;
    };
    const base = {
      networks: [
        network([cp(), cp({ id: 'seajust:cp:2' }), cp({ id: 'seajust:cp:3' })]),
        network([cp({ __typename: 'CascContactPoint' })], { __typename: 'CascNetwork', code: 'CASC' }),
      ],
    };
    let differing = 0;
    const outcomes = { clean: 0, errors: 0, failed: 0 };
    for (let i = 0; i < 400; i++) {
      const input = { networks: damage(base.networks) };
      const { apollo, ours } = both(DIRECTORY, input);
      outcomes[ours.failed ? 'failed' : (ours.errors as unknown[]).length ? 'errors' : 'clean']++;
      if (JSON.stringify(apollo) !== JSON.stringify(ours)) {
        differing++;
        expect({ input, ours }).toEqual({ input, ours: apollo });
      }
    }
    expect(differing).toBe(0);
    // The damage reaches every kind of outcome, so the comparison covers each.
    expect(outcomes.clean).toBeGreaterThan(10);
    expect(outcomes.errors).toBeGreaterThan(50);
    expect(outcomes.failed).toBeGreaterThan(10);
  });
});

describe('which operations the shaping takes', () => {
  const decide = (query: string) => {
    const document = parse(query);
    const operation = document.definitions.find(
      (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
    )!;
    return shapeable(
      operation,
      document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION),
    );
  };

  it('takes plain queries with fragments and aliases', () => {
    expect(decide(`{ networks { a: code ...F } } fragment F on Network { name }`)).toBe(true);
  });

  it('leaves directives, introspection and a __proto__ alias to Apollo Gateway', () => {
    expect(decide(`query($x: Boolean!) { networks { code @include(if: $x) } }`)).toBe(false);
    expect(decide(`{ networks { ...F } } fragment F on Network { name @skip(if: true) }`)).toBe(false);
    expect(decide(`{ __schema { types { name } } }`)).toBe(false);
    expect(decide(`{ __type(name: "Query") { name } }`)).toBe(false);
    expect(decide(`{ networks { __proto__: code } }`)).toBe(false);
  });
});
