import { useQuery } from '@apollo/client/react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useParams } from 'react-router';
import { graphql } from '../__generated__';
import { useLabels } from '../ui/labels';
import { Page } from '../ui/Page';
import { QueryStatus } from '../ui/QueryStatus';
import { deliveryMessage } from './delivery';
import { ReferralActions } from './ReferralActions';
import { ReferralFacts } from './ReferralFacts';
import { Timeline } from './Timeline';

const ReferralDetailQuery = graphql(`
  query ReferralDetail($id: ID!) {
    node(id: $id) {
      id
      ... on Referral {
        ...ReferralFactsFields
        availableActions
        events {
          ...ReferralEventFields
        }
        delivery {
          state
          pending
          lastError
          nextAttemptAt
        }
        counterpart {
          id
          status
          events {
            ...ReferralEventFields
          }
        }
      }
    }
  }
`);

/**
 * How often an open referral page asks for changes the other side made, while the page is visible.
 * Measured (docs/console.md): about 2.2 kB per poll, 12 requests a minute per open page.
 */
export const POLL_MS = 5_000;

/** One referral: what was asked, where it stands, both sides' timelines, the steps the person may take, messages. */
export function Component() {
  const intl = useIntl();
  const l = useLabels();
  const { id = '' } = useParams();
  const { data, error, loading, refetch } = useQuery(ReferralDetailQuery, {
    variables: { id },
    pollInterval: POLL_MS,
    // A hidden tab asks nothing; the next poll after it shows again catches up.
    skipPollAttempt: () => document.hidden,
  });
  const r = data?.node && 'reference' in data.node ? data.node : null;
  const title = r
    ? intl.formatMessage({ id: 'referral.title' }, { reference: r.reference })
    : intl.formatMessage({ id: 'referral.titleLoading' });
  if (!r) {
    return (
      <Page title={title}>
        <QueryStatus errors={[error]} loading={loading} />
        {!loading && (
          <p>
            <FormattedMessage id="referral.notFound" />
          </p>
        )}
      </Page>
    );
  }
  const origin = r.side === 'ORIGIN';
  const sideName = (country: typeof r.originCountry, network: typeof r.originNetwork) =>
    `${l.country(country)}, ${network?.name ?? network?.code ?? ''}`;
  const sides = {
    ORIGIN: sideName(r.originCountry, r.originNetwork),
    DESTINATION: sideName(r.destinationCountry, r.destinationNetwork),
  };
  const otherNetwork = (origin ? r.destinationNetwork : r.originNetwork)?.name ?? '';
  const delivery = r.delivery ? deliveryMessage(r.delivery, otherNetwork) : null;
  return (
    <Page title={title}>
      <QueryStatus errors={[error]} />
      <ReferralFacts referral={r} />
      {delivery && (
        <p
          className={`notice ${r.delivery?.state === 'FAILED' || r.delivery?.state === 'FAILING' ? 'warning' : 'info'}`}
          role="status"
        >
          <FormattedMessage
            id={delivery.id}
            values={{ ...delivery.values, at: delivery.values.at ? l.dateTimeShort(delivery.values.at) : '' }}
          />
        </p>
      )}
      <Timeline own={r.events} counterpart={r.counterpart?.events} sides={sides} />
      <ReferralActions
        id={r.id}
        actions={r.availableActions}
        destinationCountry={r.destinationCountry.code}
        counterpartName={origin ? sides.DESTINATION : sides.ORIGIN}
        onDone={() => void refetch()}
      />
    </Page>
  );
}
