/** Resolvers of the hub: the registry, country reference data, and global id routing. */
import type { GraphQLError } from 'graphql';
import { findCountry } from '../../../shared/src/countries';
import { badInput } from '../../../shared/src/errors';
import { tryDecodeId } from '../../../shared/src/ids';
import type { NetworkDefinition, Registry } from '../../../shared/src/registry';

interface NetworkRef {
  code: string;
}
interface CountryRef {
  code: string;
}
interface NodeRef {
  __typename: string;
  id: string;
}

const MAX_NODES = 100;

export function hubResolvers(registry: Registry) {
  const byCode = new Map(registry.map((n) => [n.code, n]));
  const network = (ref: NetworkRef): NetworkDefinition => {
    const n = byCode.get(ref.code);
    if (!n) throw new Error(`network ${ref.code} is not in the registry`);
    return n;
  };
  const countriesOf = (codes: Iterable<string>): CountryRef[] =>
    [...new Set(codes)]
      .map((code) => ({ code, name: findCountry(code)?.name ?? code }))
      .sort((a, b) => a.name.localeCompare(b.name))
      .map(({ code }) => ({ code }));

  const decodeNode = (id: string): NodeRef | GraphQLError => {
    const decoded = tryDecodeId(registry, id);
    if (typeof decoded === 'string') return badInput(`Invalid id "${id.slice(0, 120)}": ${decoded}.`, { id: id.slice(0, 120) });
    return { __typename: decoded.typename, id: `${decoded.network.key}:${decoded.kind}:${decoded.uuid}` };
  };

  const networkFields = {
    __resolveReference: (ref: NetworkRef) => (byCode.has(ref.code) ? { code: ref.code } : null),
    name: (ref: NetworkRef) => network(ref).name,
    fullName: (ref: NetworkRef) => network(ref).fullName,
    region: (ref: NetworkRef) => network(ref).region,
    memberCountries: (ref: NetworkRef) => countriesOf(network(ref).members.map((m) => m.country)),
    memberships: (ref: NetworkRef) => network(ref).members.map((m) => ({ country: { code: m.country }, joined: m.joined })),
  };

  const perNetwork = Object.fromEntries(registry.map((n) => [`${n.typePrefix}Network`, networkFields]));

  return {
    Query: {
      networks: (_: unknown, args: { codes?: readonly string[] | null }) => registry.filter((n) => !args.codes || args.codes.includes(n.code)).map((n) => ({ code: n.code })),
      network: (_: unknown, args: { code: string }) => (byCode.has(args.code) ? { code: args.code } : null),
      countries: (_: unknown, args: { network?: string | null }) =>
        countriesOf(registry.filter((n) => !args.network || n.code === args.network).flatMap((n) => n.members.map((m) => m.country))),
      country: (_: unknown, args: { code: string }) => {
        const code = args.code.trim();
        if (!/^[A-Za-z]{2,3}$/.test(code)) throw badInput(`"${code.slice(0, 20)}" is not an ISO 3166-1 alpha-2 or alpha-3 code.`, { field: 'code' });
        const c = findCountry(code);
        return c ? { code: c.alpha3 } : null;
      },
      node: (_: unknown, args: { id: string }) => {
        const ref = decodeNode(args.id);
        if (ref instanceof Error) throw ref;
        return ref;
      },
      nodes: (_: unknown, args: { ids: readonly string[] }) => {
        if (args.ids.length > MAX_NODES) throw badInput(`nodes takes at most ${MAX_NODES} ids.`, { field: 'ids' });
        return args.ids.map(decodeNode);
      },
    },
    Node: { __resolveType: (ref: NodeRef) => ref.__typename },
    Network: { __resolveType: (ref: NetworkRef) => `${network(ref).typePrefix}Network` },
    Country: {
      __resolveReference: (ref: CountryRef) => (findCountry(ref.code) ? { code: ref.code } : null),
      alpha2: (ref: CountryRef) => findCountry(ref.code)?.alpha2 ?? '',
      name: (ref: CountryRef) => findCountry(ref.code)?.name ?? ref.code,
      networks: (ref: CountryRef) => registry.filter((n) => n.members.some((m) => m.country === ref.code)).map((n) => ({ code: n.code })),
    },
    ...perNetwork,
  };
}
