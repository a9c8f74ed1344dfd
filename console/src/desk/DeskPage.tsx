import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';
import { graphql } from '../__generated__';
import type { NetworkCode } from '../__generated__/graphql';
import { useLabels } from '../ui/labels';
import { Page } from '../ui/Page';
import { QueryStatus } from '../ui/QueryStatus';
import { DeskGate } from './DeskGate';

const DeskContactPointsQuery = graphql(`
  query DeskContactPoints($network: NetworkCode!, $search: String) {
    network(code: $network) {
      code
      name
      contactPoints(filter: { search: $search, includeInactive: true }, first: 50) {
        totalCount
        nodes {
          id
          fullName
          active
          country {
            code
            alpha2
            name
          }
        }
      }
    }
  }
`);

/** The desk's start: the review queue, the audit log, and the network's contact points to edit. */
function Desk({ network }: { network: NetworkCode }) {
  const intl = useIntl();
  const l = useLabels();
  const [search, setSearch] = useState('');
  const { data, error, loading } = useQuery(DeskContactPointsQuery, { variables: { network, search: search.trim() || null } });
  const n = data?.network;
  return (
    <Page title={intl.formatMessage({ id: 'desk.title' }, { network: n?.name ?? network })}>
      <nav aria-label={intl.formatMessage({ id: 'desk.sections' })}>
        <ul className="inline-list">
          <li>
            <Link to="/desk/review">
              <FormattedMessage id="desk.review.title" />
            </Link>
          </li>
          <li>
            <Link to="/desk/audit">
              <FormattedMessage id="desk.audit.title" />
            </Link>
          </li>
          <li>
            <Link to="/desk/audit?action=readContactDetails">
              <FormattedMessage id="desk.audit.reads" />
            </Link>
          </li>
        </ul>
      </nav>
      <h2>
        <FormattedMessage id="desk.contactPoints" values={{ count: n?.contactPoints?.totalCount ?? 0 }} />
      </h2>
      <div className="field">
        <label htmlFor="desk-search">
          <FormattedMessage id="desk.search" />
        </label>
        <input id="desk-search" type="search" value={search} onChange={(e) => setSearch(e.target.value)} />
      </div>
      <QueryStatus errors={[error]} loading={loading && !n} />
      <ul className="plain-list">
        {(n?.contactPoints?.nodes ?? []).map((cp) => (
          <li key={cp.id}>
            <Link to={`/desk/contact-points/${encodeURIComponent(cp.id)}`}>{cp.fullName}</Link> ({l.country(cp.country)})
            {!cp.active && (
              <>
                {' '}
                <span className="badge">
                  <FormattedMessage id="contactPoint.status.inactive" />
                </span>
              </>
            )}
          </li>
        ))}
      </ul>
    </Page>
  );
}

export function Component() {
  return <DeskGate>{(network) => <Desk network={network} />}</DeskGate>;
}
