import { useQuery } from '@apollo/client/react';
import { useId } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { graphql } from '../__generated__';
import type { ContactPointFilter, ContactPointPageFragment, NetworkCode } from '../__generated__/graphql';
import { ContactPointCard } from '../ui/ContactPointCard';
import { Pager, useCursors } from '../ui/Pager';
import { QueryStatus } from '../ui/QueryStatus';
import { Restricted } from '../ui/Restricted';
import { pageOf, type NetworkGroup } from './grouping';

export const ContactPointPage = graphql(`
  fragment ContactPointPage on ContactPointConnection {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      ...ContactPointSummary
    }
  }
`);

const NetworkPageQuery = graphql(`
  query DirectoryNetworkPage($code: NetworkCode!, $filter: ContactPointFilter, $first: Int!, $after: String) {
    network(code: $code) {
      code
      contactPoints(filter: $filter, first: $first, after: $after) {
        ...ContactPointPage
      }
    }
  }
`);

interface Props {
  group: NetworkGroup<ContactPointPageFragment>;
  filter: ContactPointFilter;
  pageSize: number;
}

/** One network's share of the results, with its own pager (each network pages on its own cursor). */
export function NetworkResults({ group, filter, pageSize }: Props) {
  const intl = useIntl();
  const headingId = useId();
  // Cursors of the pages behind the one shown; empty: the first page, which came with the search.
  const cursors = useCursors();
  const after = cursors.after;
  const paged = useQuery(NetworkPageQuery, {
    variables: { code: group.code as NetworkCode, filter, first: pageSize, after },
    skip: after === null,
  });
  const connection = after === null ? group.connection : (paged.data?.network?.contactPoints ?? null);
  const total = connection?.totalCount ?? group.totalCount;
  const { page, pages } = pageOf(cursors.depth, total, pageSize);

  return (
    <section className="network-group" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {group.name}{' '}
        {group.state === 'results' && (
          <span className="count">
            <FormattedMessage id="directory.results.count" values={{ count: total }} />
          </span>
        )}
      </h2>
      {group.state === 'forbidden' && <Restricted audience="members" />}
      {group.state === 'unavailable' && (
        <p className="notice warning">
          <FormattedMessage id="directory.results.unavailable" values={{ network: group.name }} />
        </p>
      )}
      {after !== null && <QueryStatus errors={[paged.error]} loading={paged.loading} />}
      {connection && connection.nodes.length > 0 && (
        <ul className="cards">
          {connection.nodes.map((cp) => (
            <li key={cp.id}>
              <ContactPointCard contactPoint={cp} />
            </li>
          ))}
        </ul>
      )}
      {connection && pages > 1 && (
        <Pager
          cursors={cursors}
          pageInfo={connection.pageInfo}
          label={intl.formatMessage({ id: 'directory.pager.label' }, { network: group.name })}
          position={<FormattedMessage id="directory.pager.position" values={{ page, pages }} />}
        />
      )}
    </section>
  );
}
