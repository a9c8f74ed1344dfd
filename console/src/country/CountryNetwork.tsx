import type { GraphQLFormattedError } from 'graphql';
import { FormattedMessage } from 'react-intl';
import { Link } from 'react-router';
import { graphql } from '../__generated__';
import type { CountryNetworkFieldsFragment } from '../__generated__/graphql';
import { Activities } from '../ui/Activities';
import { AuthorityCard } from '../ui/AuthorityCard';
import { ContactPointCard } from '../ui/ContactPointCard';
import { isForbidden, isUnavailable } from '../ui/errors';
import { Restricted } from '../ui/Restricted';

export const CountryNetworkFields = graphql(`
  fragment CountryNetworkFields on Network {
    code
    name
    fullName
    authorities(filter: $authorities, first: 50) {
      totalCount
      nodes {
        ...AuthorityDetail
      }
    }
    contactPoints(filter: $contactPoints, first: 20) {
      totalCount
      nodes {
        ...ContactPointSummary
      }
    }
    workingGroups(first: 20) {
      nodes {
        ...WorkingGroupItem
      }
    }
    events(filter: $events, first: 10) {
      nodes {
        ...EventItem
      }
    }
    resources(first: 20) {
      nodes {
        ...ResourceItem
      }
    }
  }
`);

/** One of the country's networks: its authorities and contact points there, and the network's activities. */
export function CountryNetwork({
  network: n,
  index,
  errors,
}: {
  network: CountryNetworkFieldsFragment;
  index: number;
  errors: readonly GraphQLFormattedError[];
}) {
  const name = n.name ?? n.code;
  const headingId = `country-network-${n.code}`;
  return (
    <section aria-labelledby={headingId} className="network-section">
      <h2 id={headingId}>
        <Link to={`/networks/${n.code}`}>{name}</Link>
        {n.fullName && <span className="muted"> · {n.fullName}</span>}
      </h2>
      {isUnavailable(errors, n.code) ? (
        <p className="notice warning">
          <FormattedMessage id="directory.results.unavailable" values={{ network: name }} />
        </p>
      ) : (
        <>
          <h3>
            <FormattedMessage id="country.authorities" values={{ count: n.authorities?.totalCount ?? 0 }} />
          </h3>
          <ul className="cards">
            {n.authorities?.nodes.map((a) => (
              <li key={a.id}>
                <AuthorityCard authority={a} headingLevel={4} />
              </li>
            ))}
          </ul>
          <h3>
            <FormattedMessage id="country.contactPoints" />
          </h3>
          {isForbidden(errors, ['country', 'networks', index, 'contactPoints'], n.code) ? (
            <Restricted audience="members" />
          ) : (
            <ul className="cards">
              {n.contactPoints?.nodes.map((cp) => (
                <li key={cp.id}>
                  <ContactPointCard contactPoint={cp} headingLevel={4} />
                </li>
              ))}
            </ul>
          )}
          <Activities
            level={3}
            workingGroups={n.workingGroups?.nodes ?? []}
            events={n.events?.nodes ?? []}
            resources={n.resources?.nodes ?? []}
          />
        </>
      )}
    </section>
  );
}
