import { useQuery } from '@apollo/client/react';
import { useEffect, useRef } from 'react';
import { FormattedMessage } from 'react-intl';
import { graphql } from '../__generated__';
import type { AssistanceMeasure, AtlasAnswerQuery } from '../__generated__/graphql';
import { AuthorityCard } from '../ui/AuthorityCard';
import { ContactPointCard } from '../ui/ContactPointCard';
import { isForbidden, isUnavailable } from '../ui/errors';
import { useLabels } from '../ui/labels';
import { MeasureSummary } from '../ui/MeasureSummary';
import { graphQLErrors, QueryStatus } from '../ui/QueryStatus';
import { Restricted } from '../ui/Restricted';

const AtlasAnswerQueryDoc = graphql(`
  query AtlasAnswer($country: String!, $authorities: AuthorityFilter!, $contactPoints: ContactPointFilter!) {
    country(code: $country) {
      ...CountryNetworks
      networks {
        countryProfile(country: $country) {
          lastReviewedAt
          measures {
            ...MeasureFields
          }
        }
        authorities(filter: $authorities, first: 20) {
          totalCount
          nodes {
            ...AuthorityDetail
          }
        }
        contactPoints(filter: $contactPoints, first: 5) {
          totalCount
          nodes {
            ...ContactPointSummary
          }
        }
      }
    }
  }
`);

type AtlasNetwork = NonNullable<AtlasAnswerQuery['country']>['networks'][number];

/** Step 3: for each network the country belongs to, what it requires, who executes it, and whom to ask. */
export function AtlasAnswer({
  country,
  measure,
  focus,
}: {
  country: string;
  measure: AssistanceMeasure;
  focus: boolean;
}) {
  const l = useLabels();
  const { data, error, loading } = useQuery(AtlasAnswerQueryDoc, {
    variables: { country, authorities: { country, measures: [measure] }, contactPoints: { country } },
  });
  const errors = graphQLErrors(error);
  const place = data?.country;
  const heading = useRef<HTMLHeadingElement>(null);
  // The answer appears below the form that asked for it: take the reader there.
  useEffect(() => {
    if (focus) heading.current?.focus();
  }, [focus, country, measure]);
  return (
    <section aria-labelledby="atlas-step-3">
      <h2 id="atlas-step-3" ref={heading} tabIndex={-1}>
        <FormattedMessage
          id="atlas.step3"
          values={{ measure: l.label('measure', measure), country: place ? l.country(place) : country }}
        />
      </h2>
      <QueryStatus errors={[error]} loading={loading} />
      {place?.networks.map((n, i) => (
        <NetworkAnswer
          key={n.code}
          network={n}
          measure={measure}
          forbidden={isForbidden(errors, ['country', 'networks', i, 'contactPoints'], n.code)}
          unavailable={isUnavailable(errors, n.code)}
        />
      ))}
    </section>
  );
}

function NetworkAnswer({
  network: n,
  measure,
  forbidden,
  unavailable,
}: {
  network: AtlasNetwork;
  measure: AssistanceMeasure;
  forbidden: boolean;
  unavailable: boolean;
}) {
  const profile = n.countryProfile?.measures.find((m) => m.measure === measure);
  return (
    <section className="network-answer" aria-labelledby={`atlas-${n.code}`}>
      <h3 id={`atlas-${n.code}`}>
        <FormattedMessage id="atlas.inNetwork" values={{ network: n.name ?? n.code }} />
      </h3>
      {unavailable ? (
        <p className="notice warning">
          <FormattedMessage id="directory.results.unavailable" values={{ network: n.name ?? n.code }} />
        </p>
      ) : (
        <>
          <h4>
            <FormattedMessage id="atlas.requirements" />
          </h4>
          {profile ? (
            <MeasureSummary profile={profile} />
          ) : (
            <p>
              <FormattedMessage id="atlas.noProfile" />
            </p>
          )}
          <h4>
            <FormattedMessage id="atlas.authorities" values={{ count: n.authorities?.totalCount ?? 0 }} />
          </h4>
          <ul className="cards">
            {n.authorities?.nodes.map((a) => (
              <li key={a.id}>
                <AuthorityCard authority={a} headingLevel={5} />
              </li>
            ))}
          </ul>
          <h4>
            <FormattedMessage id="atlas.contactPoints" />
          </h4>
          {forbidden ? (
            <Restricted audience="members" />
          ) : (
            <ul className="cards">
              {n.contactPoints?.nodes.map((cp) => (
                <li key={cp.id}>
                  <ContactPointCard contactPoint={cp} headingLevel={5} />
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
