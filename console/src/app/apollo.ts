import { ApolloClient, ApolloLink, HttpLink, InMemoryCache, type TypePolicies } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { possibleTypes } from '../__generated__/possible-types';

// Partial data beside errors is the console's normal case; the types must say so to every useQuery.
declare module '@apollo/client' {
  export namespace ApolloClient {
    namespace DeclareDefaultOptions {
      interface WatchQuery {
        errorPolicy: 'all';
      }
      interface Query {
        errorPolicy: 'all';
      }
    }
  }
}

/** Networks and countries have no `id`; their codes identify them. Everything else has a global id. */
function typePolicies(): TypePolicies {
  const policies: TypePolicies = { Country: { keyFields: ['code'] } };
  for (const network of possibleTypes.Network ?? []) policies[network] = { keyFields: ['code'] };
  return policies;
}

/**
 * One client for the console. `errorPolicy: 'all'` keeps the data that did arrive when
 * one network is down or a field is forbidden, beside the errors that say why.
 */
export function createApolloClient(accessToken: () => Promise<string | null>): ApolloClient {
  const auth = new SetContextLink(async (prev) => {
    const token = await accessToken();
    return token ? { headers: { ...prev.headers, authorization: `Bearer ${token}` } } : {};
  });
  return new ApolloClient({
    link: ApolloLink.from([auth, new HttpLink({ uri: '/graphql' })]),
    cache: new InMemoryCache({ possibleTypes, typePolicies: typePolicies() }),
    defaultOptions: {
      // cache-and-network: a page seen before shows at once, and its errors (a network down) are asked afresh.
      watchQuery: { errorPolicy: 'all', fetchPolicy: 'cache-and-network' },
      query: { errorPolicy: 'all' },
    },
  });
}
