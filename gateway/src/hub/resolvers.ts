/** Resolvers of the hub: the registry, country reference data, and global id routing. Typed by codegen from hub.graphql. */
import { findCountry } from '#shared/countries';
import { badInput } from '#shared/errors';
import { encodeId, tryDecodeId } from '#shared/ids';
import type { NetworkDefinition, Registry } from '#shared/registry';
import type { NetworkResolvers, Resolvers } from './__generated__/resolvers-types';
import type { CountryRef, NetworkRef, NodeRef } from './model';

const MAX_NODES = 100;

/** The fields every network's own Network type resolves alike. */
type NetworkFields = Omit<NetworkResolvers, '__resolveType'> & {
  __resolveReference: (ref: NetworkRef) => NetworkRef | null;
};

export function hubResolvers(registry: Registry): Resolvers {
  const byCode = new Map(registry.map((n) => [n.code, n]));
  const network = (ref: NetworkRef): NetworkDefinition => {
    const n = byCode.get(ref.code);
    if (!n) throw new Error(`network ${ref.code} is not in the registry`);
    return n;
  };
  // The __typename lets GraphQL's default type resolver pick the network's own type for the Network interface.
  const refOf = (n: NetworkDefinition): NetworkRef => ({ __typename: `${n.typePrefix}Network`, code: n.code });
  const countriesOf = (codes: Iterable<string>): CountryRef[] =>
    [...new Set(codes)]
      .map((code) => ({ code, name: findCountry(code)?.name ?? code }))
      .sort((a, b) => a.name.localeCompare(b.name))
      .map(({ code }) => ({ code }));

  /** The node an id names, typed by the id (GraphQL's default type resolver reads its __typename); a malformed id fails alone. */
  const decodeNode = (id: string): NodeRef | Promise<NodeRef> => {
    const decoded = tryDecodeId(registry, id);
    if (typeof decoded === 'string')
      return Promise.reject(badInput(`Invalid id "${id.slice(0, 120)}": ${decoded}.`, { id: id.slice(0, 120) }));
    return { __typename: decoded.typename, id: encodeId(decoded.network, decoded.kind, decoded.uuid) };
  };

  const networkFields: NetworkFields = {
    __resolveReference: (ref) => {
      const n = byCode.get(ref.code);
      return n ? refOf(n) : null;
    },
    name: (ref) => network(ref).name,
    fullName: (ref) => network(ref).fullName,
    region: (ref) => network(ref).region,
    memberCountries: (ref) => countriesOf(network(ref).members.map((m) => m.country)),
    memberships: (ref) => network(ref).members.map((m) => ({ country: { code: m.country }, joined: m.joined })),
  };

  return {
    Query: {
      networks: (_q, { codes }) => registry.filter((n) => !codes || codes.some((c) => c === n.code)).map(refOf),
      network: (_q, { code }) => {
        const n = byCode.get(code);
        return n ? refOf(n) : null;
      },
      countries: (_q, args) =>
        countriesOf(
          registry
            .filter((n) => !args.network || n.code === args.network)
            .flatMap((n) => n.members.map((m) => m.country)),
        ),
      country: (_q, args) => {
        const code = args.code.trim();
        if (!/^[A-Za-z]{2,3}$/.test(code))
          throw badInput(`"${code.slice(0, 20)}" is not an ISO 3166-1 alpha-2 or alpha-3 code.`, { field: 'code' });
        const c = findCountry(code);
        return c ? { code: c.alpha3 } : null;
      },
      node: (_q, { id }) => decodeNode(id),
      nodes: (_q, { ids }) => {
        if (ids.length > MAX_NODES) throw badInput(`nodes takes at most ${MAX_NODES} ids.`, { field: 'ids' });
        return ids.map(decodeNode);
      },
    },
    Country: {
      __resolveReference: (ref) => (findCountry(ref.code) ? { code: ref.code } : null),
      alpha2: (ref) => findCountry(ref.code)?.alpha2 ?? '',
      name: (ref) => findCountry(ref.code)?.name ?? ref.code,
      networks: (ref) => registry.filter((n) => n.members.some((m) => m.country === ref.code)).map(refOf),
    },
    ...Object.fromEntries(registry.map((n) => [`${n.typePrefix}Network`, networkFields])),
  };
}
