import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useParams, useSearchParams } from 'react-router';
import { graphql } from '../__generated__';
import { forNetwork, networkGraphql } from '../ui/networkParts';
import type { AssistanceMeasure, DeskCountryProfileQuery, NetworkCode } from '../__generated__/graphql';
import { useLabels } from '../ui/labels';
import { Select } from '../ui/Select';
import { VOCABULARY } from '../ui/vocabulary';
import { DeskGate, networkPart } from './DeskGate';
import { NodeEditor } from './NodeEditor';
import { measureFields, measureInput, measureRecord, newMeasure, withMeasure } from './profile';

graphql(`
  fragment DeskCountryProfileFields on CountryProfile {
    id
    version
    lastReviewedAt
    country {
      code
      alpha2
      name
    }
    measures {
      measure
      applicable
      competentAuthority {
        id
      }
      legalBasis
      languages
      dualCriminalityRequired
      requirements
      notes
    }
  }
`);

const DeskCountryProfileQuery = graphql(`
  query DeskCountryProfile($network: NetworkCode!, $country: String!) {
    network(code: $network) {
      code
      countryProfile(country: $country) {
        ...DeskCountryProfileFields
      }
      authorities(filter: { country: $country }, first: 100) {
        nodes {
          id
          name
        }
      }
    }
  }
`);

const UpsertCountryProfile = networkGraphql(`
  mutation TemplateDeskUpsertCountryProfile(
    $input: CountryProfileInput!
    $version: Int
    $key: String!
  ) {
    network: template {
      upsertCountryProfile(input: $input, version: $version, idempotencyKey: $key) {
        ...DeskCountryProfileFields
      }
    }
  }
`);

/** Marks a profile reviewed: saves it back as now stored (the API dates every save as a review). */
export function useMarkProfileReviewed(network: NetworkCode) {
  const client = useApolloClient();
  const [upsert] = useMutation(forNetwork(UpsertCountryProfile, network));
  return async (country: string) => {
    const { data } = await client.query({
      query: DeskCountryProfileQuery,
      variables: { network, country },
      fetchPolicy: 'network-only',
    });
    const profile = data?.network?.countryProfile;
    if (!profile) throw new Error(`No profile of ${country}.`);
    const input = { country, measures: profile.measures.map(measureInput) };
    await upsert({
      variables: { input, version: profile.version, key: crypto.randomUUID() },
    });
  };
}

type Profile = NonNullable<NonNullable<DeskCountryProfileQuery['network']>['countryProfile']>;

/** One measure of one country's profile, edited against the profile's version. */
function Editor({ country, network }: { country: string; network: NetworkCode }) {
  const intl = useIntl();
  const l = useLabels();
  const [params, setParams] = useSearchParams();
  const [upsert] = useMutation(forNetwork(UpsertCountryProfile, network));
  const requested = params.get('measure') as AssistanceMeasure | null;
  const measure: AssistanceMeasure =
    requested && VOCABULARY.measure.includes(requested) ? requested : VOCABULARY.measure[0];
  const recordOf = (p: Profile | null) =>
    measureRecord(p, p?.measures.find((m) => m.measure === measure) ?? newMeasure(measure));
  // The same query NodeEditor reads (answered once, from the cache): the profile to save whole, and the country's authorities to choose from.
  const { data } = useQuery(DeskCountryProfileQuery, { variables: { network, country } });
  const profile = data?.network?.countryProfile ?? null;
  const authorities = (data?.network?.authorities?.nodes ?? []).map((a) => ({ value: a.id, label: a.name }));
  return (
    <NodeEditor
      draftKey={`profile:${country}:${measure}`}
      query={DeskCountryProfileQuery}
      variables={{ network, country }}
      pick={(answer) => (answer?.network ? recordOf(answer.network.countryProfile ?? null) : null)}
      specs={measureFields(authorities)}
      title={() =>
        intl.formatMessage(
          { id: 'desk.profile.title' },
          { country: profile ? l.country(profile.country) : country, measure: l.label('measure', measure) },
        )
      }
      save={async (_r, version, patch) => {
        const variables = {
          input: { country, measures: withMeasure(profile?.measures ?? [], measure, patch) },
          version: profile ? version : null,
          key: crypto.randomUUID(),
        };
        return recordOf(networkPart((await upsert({ variables: { ...variables } })).data, 'upsertCountryProfile'));
      }}
      intro={
        <>
          <Select
            label={intl.formatMessage({ id: 'desk.profile.measure' })}
            value={measure}
            onChange={(m) => setParams({ measure: m }, { replace: true })}
            options={VOCABULARY.measure.map((m) => ({ value: m, label: l.label('measure', m) }))}
          />
          <p className="muted">
            <FormattedMessage id="desk.profile.wholeProfile" />
          </p>
        </>
      }
    />
  );
}

export function Component() {
  const { country = '' } = useParams();
  return <DeskGate>{(network) => <Editor key={country} country={country} network={network} />}</DeskGate>;
}
