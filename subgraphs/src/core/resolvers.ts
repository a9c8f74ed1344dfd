/** The resolvers of core/schema.graphql: scalars, countries, the network itself and its mutation root. */
import { findCountry } from '#shared/countries';
import type { Resolvers } from '../__generated__/resolvers-types';
import { DateScalar, DateTimeScalar } from '../scalars';
import { runtimeName } from './model';

export const coreResolvers: Resolvers = {
  Date: DateScalar,
  DateTime: DateTimeScalar,

  Country: {
    __resolveReference: (ref) => (findCountry(ref.code) ? { code: ref.code } : null),
    alpha2: (c) => findCountry(c.code)?.alpha2 ?? '',
    name: (c) => findCountry(c.code)?.name ?? c.code,
  },

  Mutation: {
    template: () => ({}),
  },

  Network: {
    __resolveType: (n, ctx) =>
      runtimeName<'TemplateNetwork'>(
        `${ctx.registry.find((x) => x.code === n.code)?.typePrefix ?? ctx.network.typePrefix}Network`,
      ),
  },

  TemplateNetwork: {
    __resolveReference: (ref, ctx) => (ref.code === ctx.network.code ? { code: ref.code } : null),
  },
};
