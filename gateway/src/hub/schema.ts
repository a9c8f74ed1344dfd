/**
 * SDL of the hub: the small subgraph inside the gateway process that owns the
 * registry (networks, member countries), the country reference data, and the
 * global `node`/`nodes` lookups. Generated from the registry like the networks'.
 */
import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse, type GraphQLSchema } from 'graphql';
import { commonSdl, FEDERATION_LINK } from '#shared/schema/common';
import { hubResolvers } from './resolvers';
import { NODE_KINDS } from '#shared/ids';
import type { NetworkDefinition, Registry } from '#shared/registry';

/** The fields of Network: [name, type, description on the interface]. Every network's own type declares them again, as SDL must. */
const NETWORK_FIELDS: readonly [name: string, type: string, description?: string][] = [
  ['code', 'NetworkCode!'],
  ['name', 'String', 'Short name, e.g. SEAJust.'],
  ['fullName', 'String'],
  ['region', 'String'],
  ['memberCountries', '[Country!]'],
  ['memberships', '[Membership!]', 'Member countries with the date each joined.'],
];

const networkFields = (described: boolean) =>
  NETWORK_FIELDS.map(
    ([name, type, description]) => `${described && description ? `  """${description}"""\n` : ''}  ${name}: ${type}`,
  ).join('\n');

function networkStubs(n: NetworkDefinition): string {
  const P = n.typePrefix;
  const nodes = [...new Set(Object.values(NODE_KINDS))]
    .map((kind) => `type ${P}${kind} implements Node @key(fields: "id", resolvable: false) { id: ID! }`)
    .join('\n');
  return `
type ${P}Network implements Network @key(fields: "code") {
${networkFields(false)}
}
${nodes}
`;
}

export function hubSdl(registry: Registry): string {
  return `${FEDERATION_LINK}
${commonSdl(registry)}

interface Network {
${networkFields(true)}
}

type Membership { country: Country! joined: Date! }

extend type Country {
  """Networks the country belongs to."""
  networks: [Network!]!
}

${registry.map(networkStubs).join('\n')}

type Query {
  networks(codes: [NetworkCode!]): [Network!]!
  network(code: NetworkCode!): Network
  """Member countries of one network, or of any network."""
  countries(network: NetworkCode): [Country!]!
  """Alpha-2 or alpha-3 code, any case."""
  country(code: String!): Country
  node(id: ID!): Node
  nodes(ids: [ID!]!): [Node]!
}
`;
}

/** The hub's executable subgraph schema. */
export function buildHubSchema(registry: Registry): GraphQLSchema {
  return buildSubgraphSchema([{ typeDefs: parse(hubSdl(registry)), resolvers: hubResolvers(registry) }]);
}
