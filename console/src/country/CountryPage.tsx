import { useQuery } from '@apollo/client/react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useParams } from 'react-router';
import { graphql } from '../__generated__';
import { Page } from '../ui/Page';
import { graphQLErrors, QueryStatus } from '../ui/QueryStatus';
import { isUnavailable } from '../ui/errors';
import { useLabels } from '../ui/labels';
import { CountryNetwork } from './CountryNetwork';
import { ProfileComparison } from './ProfileComparison';

const CountryViewQuery = graphql(`
  query CountryView(
    $code: String!
    $authorities: AuthorityFilter!
    $contactPoints: ContactPointFilter!
    $events: EventFilter!
  ) {
    country(code: $code) {
      ...CountryNetworks
      networks {
        fullName
        countryProfile(country: $code) {
          lastReviewedAt
          measures {
            ...MeasureFields
          }
        }
        ...CountryNetworkFields
      }
    }
  }
`);

const today = () => new Date().toISOString().slice(0, 10);

/** Everything about one country across every network it belongs to. */
export function Component() {
  const { code = '' } = useParams();
  const intl = useIntl();
  const l = useLabels();
  const upper = code.toUpperCase();
  const { data, error, loading } = useQuery(CountryViewQuery, {
    variables: {
      code: upper,
      authorities: { country: upper },
      contactPoints: { country: upper },
      events: { from: today() },
    },
  });
  const errors = graphQLErrors(error);
  const country = data?.country;
  if (!country) {
    return (
      <Page title={intl.formatMessage({ id: loading ? 'status.loading' : 'country.notFound.title' })}>
        <QueryStatus errors={[error]} loading={loading} />
        {!loading && (
          <p>
            <Link to="/countries">
              <FormattedMessage id="country.allCountries" />
            </Link>
          </p>
        )}
      </Page>
    );
  }
  const name = l.country(country);
  const profiles = country.networks.flatMap((n) =>
    n.countryProfile ? [{ network: n.name ?? n.code, measures: n.countryProfile.measures }] : [],
  );
  return (
    <Page
      title={name}
      lead={intl.formatMessage(
        { id: 'country.lead' },
        { count: country.networks.length, networks: intl.formatList(country.networks.map((n) => n.name ?? n.code)) },
      )}
    >
      <QueryStatus errors={[error]} loading={loading} />
      <section aria-labelledby="country-profile">
        <h2 id="country-profile">
          <FormattedMessage id="country.profile" />
        </h2>
        {profiles.length > 1 && (
          <p>
            <FormattedMessage id="country.profile.compareHint" />
          </p>
        )}
        {profiles.length > 0 && <ProfileComparison columns={profiles} />}
        {profiles.length === 0 && !country.networks.some((n) => isUnavailable(errors, n.code)) && (
          <p>
            <FormattedMessage id="country.profile.none" />
          </p>
        )}
      </section>
      {country.networks.map((n, i) => (
        <CountryNetwork key={n.code} network={n} index={i} errors={errors} />
      ))}
    </Page>
  );
}
