import { useMutation, useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';
import { graphql } from '../__generated__';
import { forNetwork, networkGraphql } from '../ui/networkParts';
import type { NetworkCode } from '../__generated__/graphql';
import { useLabels } from '../ui/labels';
import { calendarDate } from '../ui/names';
import { Page } from '../ui/Page';
import { QueryStatus } from '../ui/QueryStatus';
import { DeskGate } from './DeskGate';
import { ReviewDirectory } from './ReviewDirectory';

const DAY = 86_400_000;

const ReviewQuery = graphql(`
  query DeskReview($network: NetworkCode!, $reviewedBefore: DateTime!, $termEndsBefore: Date!) {
    network(code: $network) {
      code
      memberCountries {
        code
        alpha2
        name
      }
      due: contactPoints(filter: { reviewedBefore: $reviewedBefore }, first: 100) {
        totalCount
        nodes {
          id
          version
          fullName
          lastReviewedAt
          country {
            code
            alpha2
            name
          }
        }
      }
      ending: contactPoints(filter: { termEndsBefore: $termEndsBefore }, first: 100) {
        totalCount
        nodes {
          id
          fullName
          termEndsOn
        }
      }
      allHours: contactPoints(filter: { available24x7: true }, first: 500) {
        nodes {
          id
          country {
            code
          }
        }
      }
    }
  }
`);

const MarkReviewed = networkGraphql(`
  mutation TemplateDeskMarkReviewed($id: ID!, $version: Int!) {
    network: template {
      updateContactPoint(id: $id, version: $version, patch: { reviewed: true }) {
        id
        version
        lastReviewedAt
      }
    }
  }
`);

/** What needs the secretariat's attention: contact points, authorities and country profiles not reviewed in 12 months, countries without a 24/7 contact point, terms ending within 60 days. */
function Queue({ network }: { network: NetworkCode }) {
  const intl = useIntl();
  const l = useLabels();
  const variables = useMemo(() => {
    const now = Date.now();
    return {
      network,
      reviewedBefore: new Date(now - 365 * DAY).toISOString(),
      termEndsBefore: new Date(now + 60 * DAY).toISOString().slice(0, 10),
    };
  }, [network]);
  const { data, error, loading, refetch } = useQuery(ReviewQuery, { variables });
  const [mark, marking] = useMutation(forNetwork(MarkReviewed, network));
  const n = data?.network;
  const covered = new Set((n?.allHours?.nodes ?? []).map((cp) => cp.country.code));
  const uncovered = (n?.memberCountries ?? []).filter((c) => !covered.has(c.code));

  const markReviewed = async (id: string, version: number) => {
    await mark({ variables: { id, version } });
    await refetch();
  };

  return (
    <Page title={intl.formatMessage({ id: 'desk.review.title' })}>
      <QueryStatus errors={[error, marking.error]} loading={loading && !n} />
      <section aria-labelledby="due-heading">
        <h2 id="due-heading">
          <FormattedMessage id="desk.review.due" values={{ count: n?.due?.totalCount ?? 0 }} />
        </h2>
        <ul className="plain-list review-list">
          {(n?.due?.nodes ?? []).map((cp) => (
            <li key={cp.id}>
              <Link to={`/desk/contact-points/${encodeURIComponent(cp.id)}`}>{cp.fullName}</Link> (
              {l.country(cp.country)}){' '}
              <span className="muted">
                {cp.lastReviewedAt ? (
                  <FormattedMessage id="desk.review.lastReviewed" values={{ date: l.dateTime(cp.lastReviewedAt) }} />
                ) : (
                  <FormattedMessage id="desk.review.never" />
                )}
              </span>{' '}
              <button
                type="button"
                disabled={marking.loading}
                onClick={() => void markReviewed(cp.id, cp.version)}
                aria-label={intl.formatMessage({ id: 'desk.review.markNamed' }, { name: cp.fullName })}
              >
                <FormattedMessage id="desk.review.mark" />
              </button>
            </li>
          ))}
        </ul>
      </section>
      <ReviewDirectory network={network} reviewedBefore={variables.reviewedBefore} />
      <section aria-labelledby="uncovered-heading">
        <h2 id="uncovered-heading">
          <FormattedMessage id="desk.review.uncovered" values={{ count: uncovered.length }} />
        </h2>
        <ul className="inline-list">
          {uncovered.map((c) => (
            <li key={c.code}>{l.country(c)}</li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="ending-heading">
        <h2 id="ending-heading">
          <FormattedMessage id="desk.review.ending" values={{ count: n?.ending?.totalCount ?? 0 }} />
        </h2>
        <ul className="plain-list">
          {(n?.ending?.nodes ?? []).map((cp) => (
            <li key={cp.id}>
              <Link to={`/desk/contact-points/${encodeURIComponent(cp.id)}`}>{cp.fullName}</Link>{' '}
              {cp.termEndsOn && (
                <FormattedMessage id="desk.review.termEnds" values={{ date: l.date(calendarDate(cp.termEndsOn)) }} />
              )}
            </li>
          ))}
        </ul>
      </section>
    </Page>
  );
}

export function Component() {
  return <DeskGate>{(network) => <Queue network={network} />}</DeskGate>;
}
