import { useQuery } from '@apollo/client/react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';
import { graphql } from '../__generated__';
import { useLabels } from '../ui/labels';
import { sortByName } from '../ui/names';
import { Page } from '../ui/Page';
import { QueryStatus } from '../ui/QueryStatus';
import { MapPanel } from './MapPanel';

const NetworksOverviewQuery = graphql(`
  query NetworksOverview {
    networks {
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
    }
  }
`);

/** The four networks on one map, each with its member countries listed beside it. */
export function Component() {
  const intl = useIntl();
  const l = useLabels();
  const { data, error, loading } = useQuery(NetworksOverviewQuery);
  const networks = data?.networks ?? [];
  const members = networks.flatMap((n, group) => (n.memberships ?? []).map((m) => ({ alpha3: m.country.code, group })));
  const names = intl.formatList(networks.map((n) => n.name ?? n.code));
  return (
    <Page title={intl.formatMessage({ id: 'networks.title' })} lead={intl.formatMessage({ id: 'networks.lead' })}>
      <QueryStatus errors={[error]} loading={loading} />
      {networks.length > 0 && (
        <MapPanel
          members={members}
          zoom={false}
          title={intl.formatMessage({ id: 'networks.map.title' })}
          description={intl.formatMessage(
            { id: 'networks.map.description' },
            { networks: names, count: members.length },
          )}
        />
      )}
      {networks.map((n, group) => {
        const countries = sortByName(
          (n.memberships ?? []).map((m) => m.country),
          intl.locale,
          l.country,
        );
        return (
          <section key={n.code} aria-labelledby={`network-${n.code}`} className="network-section">
            <h2 id={`network-${n.code}`}>
              <span className={`swatch member-${group}`} aria-hidden="true" />{' '}
              <Link to={`/networks/${n.code}`}>{n.name ?? n.code}</Link>
            </h2>
            <p>
              {n.fullName} · {n.region}
            </p>
            <p>
              <FormattedMessage id="networks.memberCount" values={{ count: countries.length }} />
            </p>
            <ul className="inline-list">
              {countries.map((c) => (
                <li key={c.code}>
                  <Link to={`/countries/${c.code}`}>{l.country(c)}</Link>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </Page>
  );
}
