import { useQuery } from '@apollo/client/react';
import { useIntl } from 'react-intl';
import { Link } from 'react-router';
import { graphql } from '../__generated__';
import { useLabels } from '../ui/labels';
import { sortByName } from '../ui/names';
import { Page } from '../ui/Page';
import { QueryStatus } from '../ui/QueryStatus';

const CountriesQuery = graphql(`
  query CountriesIndex {
    countries {
      ...CountryNetworks
    }
  }
`);

/** Every member country of every network, with the networks it belongs to. */
export function Component() {
  const intl = useIntl();
  const l = useLabels();
  const { data, error, loading } = useQuery(CountriesQuery);
  const countries = sortByName(data?.countries ?? [], intl.locale, l.country);
  return (
    <Page title={intl.formatMessage({ id: 'countries.title' })} lead={intl.formatMessage({ id: 'countries.lead' })}>
      <QueryStatus errors={[error]} loading={loading} />
      <ul className="columns">
        {countries.map((c) => (
          <li key={c.code}>
            <Link to={`/countries/${c.code}`}>{l.country(c)}</Link>{' '}
            <span className="muted">
              (
              {intl.formatList(
                c.networks.map((n) => n.name ?? n.code),
                { type: 'unit' },
              )}
              )
            </span>
          </li>
        ))}
      </ul>
    </Page>
  );
}
