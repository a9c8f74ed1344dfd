import { useQuery } from '@apollo/client/react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useParams } from 'react-router';
import { graphql } from '../__generated__';
import type { NetworkCode } from '../__generated__/graphql';
import { Activities } from '../ui/Activities';
import { useLabels } from '../ui/labels';
import { calendarDate, sortByName } from '../ui/names';
import { useNetworkNames } from '../ui/networks';
import { Page } from '../ui/Page';
import { QueryStatus } from '../ui/QueryStatus';
import { MapPanel } from './MapPanel';

const NetworkViewQuery = graphql(`
  query NetworkView($code: NetworkCode!, $events: EventFilter!) {
    network(code: $code) {
      code
      name
      fullName
      region
      memberships {
        joined
        country {
          code
          alpha2
          name
        }
      }
      workingGroups(first: 50) {
        nodes {
          ...WorkingGroupItem
        }
      }
      events(filter: $events, first: 20) {
        nodes {
          ...EventItem
        }
      }
      resources(first: 50) {
        nodes {
          ...ResourceItem
        }
      }
    }
  }
`);

/** One network: its members on a map and in a table, its working groups, upcoming events and resources. */
export function Component() {
  const { code = '' } = useParams();
  const intl = useIntl();
  const l = useLabels();
  const { networks } = useNetworkNames();
  const known = networks.some((n) => n.code === code);
  const { data, error, loading } = useQuery(NetworkViewQuery, {
    variables: { code: code as NetworkCode, events: { from: new Date().toISOString().slice(0, 10) } },
    skip: !known,
  });
  const network = data?.network;
  if (!network) {
    const missing = networks.length > 0 && !known;
    return (
      <Page title={intl.formatMessage({ id: missing ? 'network.notFound.title' : 'status.loading' })}>
        <QueryStatus errors={[error]} loading={loading} />
        <p>
          <Link to="/networks">
            <FormattedMessage id="network.allNetworks" />
          </Link>
        </p>
      </Page>
    );
  }
  const name = network.name ?? network.code;
  const memberships = sortByName(network.memberships ?? [], intl.locale, (m) => l.country(m.country));
  return (
    <Page title={name} lead={[network.fullName, network.region].filter(Boolean).join(' · ')}>
      <QueryStatus errors={[error]} loading={loading} />
      <div className="map-and-table">
        <MapPanel
          members={memberships.map((m) => ({ alpha3: m.country.code, group: 0 }))}
          zoom
          title={intl.formatMessage({ id: 'network.map.title' }, { network: name })}
          description={intl.formatMessage(
            { id: 'network.map.description' },
            { count: memberships.length, countries: intl.formatList(memberships.map((m) => l.country(m.country))) },
          )}
        />
        <table>
          <caption>
            <FormattedMessage id="network.members.caption" values={{ network: name, count: memberships.length }} />
          </caption>
          <thead>
            <tr>
              <th scope="col">
                <FormattedMessage id="network.members.country" />
              </th>
              <th scope="col">
                <FormattedMessage id="network.members.joined" />
              </th>
            </tr>
          </thead>
          <tbody>
            {memberships.map((m) => (
              <tr key={m.country.code}>
                <th scope="row">
                  <Link to={`/countries/${m.country.code}`}>{l.country(m.country)}</Link>
                </th>
                <td>{l.date(calendarDate(m.joined))}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Activities
        level={2}
        workingGroups={network.workingGroups?.nodes ?? []}
        events={network.events?.nodes ?? []}
        resources={network.resources?.nodes ?? []}
      />
    </Page>
  );
}
