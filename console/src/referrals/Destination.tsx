import { useQuery } from '@apollo/client/react';
import { FormattedMessage, useIntl } from 'react-intl';
import { graphql } from '../__generated__';
import type { NetworkCode, ReferralDestinationQuery } from '../__generated__/graphql';
import { AuthorityCard } from '../ui/AuthorityCard';
import { CountrySelect } from '../ui/CountrySelect';
import { useFieldError } from '../ui/FieldError';
import { useLabels } from '../ui/labels';
import type { ReferralDraft } from './draft';

const ReferralDestinationQuery = graphql(`
  query ReferralDestination($country: String!, $authorities: AuthorityFilter!, $contactPoints: ContactPointFilter!) {
    country(code: $country) {
      ...CountryNetworks
      networks {
        countryProfile(country: $country) {
          measures {
            ...MeasureFields
          }
        }
        authorities(filter: $authorities, first: 10) {
          nodes {
            ...AuthorityDetail
          }
        }
        contactPoints(filter: $contactPoints, first: 10) {
          nodes {
            ...ContactPointSummary
          }
        }
      }
    }
  }
`);

export type DestinationNetwork = NonNullable<ReferralDestinationQuery['country']>['networks'][number];

/** What the Atlas knows of the destination: its networks, and in each the profile, authorities and contact points. */
export function useDestination(country: string) {
  const { data, error, loading } = useQuery(ReferralDestinationQuery, {
    variables: { country, authorities: { country }, contactPoints: { country } },
    skip: !country,
  });
  return { place: country ? (data?.country ?? null) : null, error, loading };
}

type Change = (patch: Partial<ReferralDraft>) => void;
/** The API's messages about the form's fields, by field name. */
type Errors = Readonly<Record<string, string>>;

/** Step 1: the country asked for help, and the network when it belongs to several. */
export function DestinationFields({
  draft,
  networks,
  change,
  errors,
}: {
  draft: ReferralDraft;
  networks: readonly DestinationNetwork[];
  change: Change;
  errors: Errors;
}) {
  const intl = useIntl();
  const networkError = useFieldError(errors.destinationNetwork);
  return (
    <fieldset>
      <legend>
        <FormattedMessage id="compose.step.destination" />
      </legend>
      <CountrySelect
        label={intl.formatMessage({ id: 'compose.country' })}
        anyLabel={intl.formatMessage({ id: 'atlas.chooseCountry' })}
        value={draft.destinationCountry}
        onChange={(destinationCountry) => change({ destinationCountry, destinationNetwork: '', toContactPointId: '' })}
        required
        error={errors.destinationCountry}
      />
      {networks.length > 1 && (
        <fieldset {...networkError.described}>
          <legend>
            <FormattedMessage id="compose.network" />
          </legend>
          {networks.map((n) => (
            <label key={n.code} className="check">
              <input
                type="radio"
                name="destinationNetwork"
                required
                checked={draft.destinationNetwork === n.code}
                onChange={() => change({ destinationNetwork: n.code as NetworkCode, toContactPointId: '' })}
              />{' '}
              {n.name ?? n.code}
            </label>
          ))}
          {networkError.message}
        </fieldset>
      )}
    </fieldset>
  );
}

/** Step 2: whom the Atlas suggests there: the competent authorities, and the contact point to address (or none in particular). */
export function RecipientFields({
  draft,
  network,
  change,
  errors,
}: {
  draft: ReferralDraft;
  network: DestinationNetwork;
  change: Change;
  errors: Errors;
}) {
  const l = useLabels();
  const recipientError = useFieldError(errors.toContactPointId);
  const contactPoints = network.contactPoints?.nodes ?? [];
  return (
    <fieldset>
      <legend>
        <FormattedMessage id="compose.step.recipient" values={{ network: network.name ?? network.code }} />
      </legend>
      <h2>
        <FormattedMessage id="compose.authorities" />
      </h2>
      {network.authorities?.nodes.length ? (
        <ul className="cards">
          {network.authorities.nodes.map((a) => (
            <li key={a.id}>
              <AuthorityCard authority={a} headingLevel={3} />
            </li>
          ))}
        </ul>
      ) : (
        <p>
          <FormattedMessage id="common.none" />
        </p>
      )}
      <fieldset {...recipientError.described}>
        <legend>
          <FormattedMessage id="compose.contactPoint" />
        </legend>
        <label className="check">
          <input
            type="radio"
            name="toContactPointId"
            checked={draft.toContactPointId === ''}
            onChange={() => change({ toContactPointId: '' })}
          />{' '}
          <FormattedMessage id="compose.contactPoint.anyone" />
        </label>
        {contactPoints.map((cp) => (
          <label key={cp.id} className="check">
            <input
              type="radio"
              name="toContactPointId"
              checked={draft.toContactPointId === cp.id}
              onChange={() => change({ toContactPointId: cp.id })}
            />{' '}
            <FormattedMessage
              id="compose.contactPoint.option"
              values={{
                name: cp.fullName,
                organization: cp.organization,
                languages: l.languages(cp.languages),
                available: cp.available24x7 ? 'yes' : 'no',
              }}
            />
          </label>
        ))}
        {recipientError.message}
      </fieldset>
    </fieldset>
  );
}
