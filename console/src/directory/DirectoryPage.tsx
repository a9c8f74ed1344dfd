import { useQuery } from '@apollo/client/react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useSearchParams } from 'react-router';
import { graphql } from '../__generated__';
import type { ContactPointPageFragment } from '../__generated__/graphql';
import { useAuth } from '../auth/AuthProvider';
import { useNetworkNames } from '../ui/networks';
import { Page } from '../ui/Page';
import { graphQLErrors, QueryStatus } from '../ui/QueryStatus';
import { groupByNetwork } from './grouping';
import { NetworkResults } from './NetworkResults';
import { contactPointFilter, searchFromParams, searchToParams } from './search';
import { SearchForm } from './SearchForm';

const PAGE_SIZE = 10;

const DirectorySearchQuery = graphql(`
  query DirectorySearch($codes: [NetworkCode!], $filter: ContactPointFilter, $first: Int!) {
    networks(codes: $codes) {
      code
      name
      contactPoints(filter: $filter, first: $first) {
        ...ContactPointPage
      }
    }
  }
`);

/** The directory: one search over the contact points of every network, results grouped by network. */
export function Component() {
  const intl = useIntl();
  const { account } = useAuth();
  const { networks, error: namesError } = useNetworkNames();
  const [params, setParams] = useSearchParams();
  const search = searchFromParams(
    params,
    networks.map((n) => n.code),
  );
  const filter = contactPointFilter(search);
  const { data, error, loading } = useQuery(DirectorySearchQuery, {
    variables: { codes: search.networks.length ? search.networks : null, filter, first: PAGE_SIZE },
    skip: networks.length === 0,
  });
  const { groups, totalCount } = groupByNetwork<ContactPointPageFragment>(data?.networks ?? [], graphQLErrors(error));
  const searchKey = params.toString();
  const anyResults = groups.some((g) => g.state === 'results');

  return (
    <Page title={intl.formatMessage({ id: 'directory.title' })} lead={intl.formatMessage({ id: 'directory.lead' })}>
      {!account && (
        <p className="notice info">
          <FormattedMessage id="directory.anonymous" />
        </p>
      )}
      {networks.length > 0 && (
        <SearchForm
          key={searchKey}
          search={search}
          networks={networks}
          onSearch={(s) => setParams(searchToParams(s))}
        />
      )}
      <QueryStatus errors={[namesError, error]} loading={loading} />
      {anyResults && (
        <p className="summary" aria-live="polite">
          {totalCount > 0 ? (
            <FormattedMessage
              id="directory.results.summary"
              values={{ count: totalCount, networks: groups.filter((g) => g.totalCount > 0).length }}
            />
          ) : (
            <FormattedMessage id="directory.results.none" />
          )}
        </p>
      )}
      {groups.map((g) => (
        <NetworkResults key={`${g.code}?${searchKey}`} group={g} filter={filter} pageSize={PAGE_SIZE} />
      ))}
    </Page>
  );
}
