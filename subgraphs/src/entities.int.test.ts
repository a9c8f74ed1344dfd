/**
 * `_entities` straight at a network subgraph, with a representation for every
 * @key it declares: found, missing, and another network's id.
 */
import { findNetwork, NETWORKS } from '#shared/registry';
import { postGraphQL } from '../../test/support/federation-http';
import { seededTestSubgraph, type SeededSubgraph } from '../../test/support/subgraph';

const gljc = findNetwork(NETWORKS, 'gljc')!;
let seeded: SeededSubgraph;

beforeAll(async () => {
  seeded = await seededTestSubgraph(gljc, 'entities');
});

afterAll(async () => {
  await seeded?.close();
});

const ENTITIES = `query($r: [_Any!]!) { _entities(representations: $r) {
  __typename
  ... on GljcNetwork { code contactPoints(first: 1) { totalCount } }
  ... on GljcContactPoint { id fullName }
  ... on GljcAuthority { id name }
  ... on GljcCountryProfile { id country { code } }
  ... on GljcWorkingGroup { id name }
  ... on GljcNetworkEvent { id title }
  ... on GljcResource { id title }
  ... on Country { countryCode: code alpha2 name } } }`;

const first = async (table: string, column: string) =>
  (await seeded.ds.query(`SELECT id, ${column} AS label FROM ${table} ORDER BY id LIMIT 1`))[0] as {
    id: string;
    label: string;
  };

it('resolves a representation of every key, and null for missing or foreign ones', async () => {
  const cp = await first('contact_points', 'full_name');
  const auth = await first('authorities', 'name');
  const profile = await first('country_profiles', 'country');
  const wg = await first('working_groups', 'name');
  const event = await first('events', 'title');
  const resource = await first('resources', 'title');
  const representations = [
    { __typename: 'GljcNetwork', code: 'GLJC' },
    { __typename: 'GljcContactPoint', id: `gljc:cp:${cp.id}` },
    { __typename: 'GljcAuthority', id: `gljc:auth:${auth.id}` },
    { __typename: 'GljcCountryProfile', id: `gljc:profile:${profile.id}` },
    { __typename: 'GljcWorkingGroup', id: `gljc:wg:${wg.id}` },
    { __typename: 'GljcNetworkEvent', id: `gljc:event:${event.id}` },
    { __typename: 'GljcResource', id: `gljc:res:${resource.id}` },
    { __typename: 'Country', code: 'RWA' },
    // missing, another network's, malformed, unknown country, another network's code
    { __typename: 'GljcContactPoint', id: 'gljc:cp:00000000-0000-4000-8000-000000000000' },
    { __typename: 'GljcContactPoint', id: `casc:cp:${cp.id}` },
    { __typename: 'GljcAuthority', id: 'garbage' },
    { __typename: 'Country', code: 'QQQ' },
    { __typename: 'GljcNetwork', code: 'CASC' },
  ];
  const member = await seeded.auth.tokenAs('CONTACT_POINT', 'casc', 'KAZ');
  const res = await postGraphQL<{ _entities: (Record<string, unknown> | null)[] }>(
    seeded.server.url,
    ENTITIES,
    { r: representations },
    seeded.auth.subgraphHeaders('gljc', member),
  );
  expect(res.errors).toBeUndefined();
  const [network, ...rest] = res.data!._entities;
  const [count] = await seeded.ds.query('SELECT count(*)::int AS n FROM contact_points WHERE active');
  expect(network).toEqual({ __typename: 'GljcNetwork', code: 'GLJC', contactPoints: { totalCount: count.n } });
  expect(rest).toEqual([
    { __typename: 'GljcContactPoint', id: `gljc:cp:${cp.id}`, fullName: cp.label },
    { __typename: 'GljcAuthority', id: `gljc:auth:${auth.id}`, name: auth.label },
    { __typename: 'GljcCountryProfile', id: `gljc:profile:${profile.id}`, country: { code: profile.label } },
    { __typename: 'GljcWorkingGroup', id: `gljc:wg:${wg.id}`, name: wg.label },
    { __typename: 'GljcNetworkEvent', id: `gljc:event:${event.id}`, title: event.label },
    { __typename: 'GljcResource', id: `gljc:res:${resource.id}`, title: resource.label },
    { __typename: 'Country', countryCode: 'RWA', alpha2: 'RW', name: 'Rwanda' },
    null,
    null,
    null,
    null,
    null,
  ]);
});
