/** The hub's schema executed directly: the registry's answers, the type of each network and node, and refusals of bad input. */
import { execute, parse } from 'graphql';
import { NETWORKS } from '#shared/registry';
import { buildHubSchema } from './schema';

const schema = buildHubSchema(NETWORKS);
const run = (query: string, variableValues: Record<string, unknown> = {}) =>
  execute({ schema, document: parse(query), variableValues, contextValue: {} });

const CP = 'casc:cp:00000000-0000-4000-8000-000000000001';
const AUTHORITY = 'wacap:auth:00000000-0000-4000-8000-000000000002';

describe('hub schema', () => {
  it('answers each network of the registry as its own type, and the same through a country', async () => {
    const res = await run(
      '{ networks { __typename code name } country(code: "kz") { code name networks { __typename code } } }',
    );
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({
      networks: NETWORKS.map((n) => ({ __typename: `${n.typePrefix}Network`, code: n.code, name: n.name })),
      country: { code: 'KAZ', name: 'Kazakhstan', networks: [{ __typename: 'CascNetwork', code: 'CASC' }] },
    });
  });

  it('resolves federation references to networks and countries, and null for codes it does not know', async () => {
    const res = await run(
      'query($r: [_Any!]!) { _entities(representations: $r) { __typename ... on Network { name } ... on Country { alpha2 } } }',
      {
        r: [
          { __typename: 'GljcNetwork', code: 'GLJC' },
          { __typename: 'CascNetwork', code: 'NOPE' },
          { __typename: 'Country', code: 'NGA' },
          { __typename: 'Country', code: 'XXX' },
        ],
      },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({
      _entities: [{ __typename: 'GljcNetwork', name: 'GLJC' }, null, { __typename: 'Country', alpha2: 'NG' }, null],
    });
  });

  it('types every node by its id, and refuses a malformed id at its own place in nodes', async () => {
    const res = await run('query($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }', {
      ids: [CP, 'not-an-id', AUTHORITY],
    });
    expect(res.data).toEqual({
      nodes: [{ __typename: 'CascContactPoint', id: CP }, null, { __typename: 'WacapAuthority', id: AUTHORITY }],
    });
    expect(res.errors?.map((e) => ({ path: e.path, code: e.extensions.code }))).toEqual([
      { path: ['nodes', 1], code: 'BAD_USER_INPUT' },
    ]);
  });

  it('refuses more than 100 ids, a malformed node id and a country code that is not ISO 3166-1 with BAD_USER_INPUT', async () => {
    const many = await run('query($ids: [ID!]!) { nodes(ids: $ids) { id } }', {
      ids: Array.from({ length: 101 }, () => CP),
    });
    const node = await run('{ node(id: "casc:cp:nope") { id } }');
    const country = await run('{ country(code: "K4Z") { code } }');
    for (const res of [many, node, country])
      expect(res.errors?.map((e) => e.extensions.code)).toEqual(['BAD_USER_INPUT']);
    expect(many.errors?.[0]?.extensions.field).toBe('ids');
    expect(country.errors?.[0]?.extensions.field).toBe('code');
  });
});
