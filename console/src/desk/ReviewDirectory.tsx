import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';
import { graphql } from '../__generated__';
import { forNetwork, networkGraphql } from '../ui/networkParts';
import type { NetworkCode } from '../__generated__/graphql';
import { useLabels } from '../ui/labels';
import { QueryStatus } from '../ui/QueryStatus';
import { useMarkProfileReviewed } from './CountryProfilePage';

import { authorityPath, countryProfilePath } from './paths';

const ReviewDirectoryQuery = graphql(`
  query DeskReviewDirectory($network: NetworkCode!, $reviewedBefore: DateTime!) {
    network(code: $network) {
      code
      authorities(filter: { reviewedBefore: $reviewedBefore }, first: 100) {
        totalCount
        nodes {
          id
          version
          name
          lastReviewedAt
        }
      }
      countryProfiles {
        id
        lastReviewedAt
        country {
          code
          alpha2
          name
        }
      }
    }
  }
`);

const MarkAuthorityReviewed = networkGraphql(`
  mutation TemplateDeskMarkAuthorityReviewed($id: ID!, $version: Int!) {
    network: template {
      updateAuthority(id: $id, version: $version, patch: { reviewed: true }) {
        id
        version
        lastReviewedAt
      }
    }
  }
`);

interface Due {
  id: string;
  name: string;
  to: string;
  lastReviewedAt?: string | null;
  mark: () => Promise<unknown>;
}

function DueList({
  id,
  heading,
  items,
  busy,
  onMark,
}: {
  id: string;
  heading: string;
  items: readonly Due[];
  busy: boolean;
  onMark: (item: Due) => void;
}) {
  const intl = useIntl();
  const l = useLabels();
  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>
        <FormattedMessage id={heading} values={{ count: items.length }} />
      </h2>
      <ul className="plain-list review-list">
        {items.map((item) => (
          <li key={item.id}>
            <Link to={item.to}>{item.name}</Link>{' '}
            <span className="muted">
              {item.lastReviewedAt ? (
                <FormattedMessage id="desk.review.lastReviewed" values={{ date: l.dateTime(item.lastReviewedAt) }} />
              ) : (
                <FormattedMessage id="desk.review.never" />
              )}
            </span>{' '}
            <button
              type="button"
              disabled={busy}
              onClick={() => onMark(item)}
              aria-label={intl.formatMessage({ id: 'desk.review.markNamed' }, { name: item.name })}
            >
              <FormattedMessage id="desk.review.mark" />
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Authorities and country profiles not reviewed since `reviewedBefore`, each marked reviewed in one click. */
export function ReviewDirectory({ network, reviewedBefore }: { network: NetworkCode; reviewedBefore: string }) {
  const l = useLabels();
  const { data, error, refetch } = useQuery(ReviewDirectoryQuery, { variables: { network, reviewedBefore } });
  const [markAuthority] = useMutation(forNetwork(MarkAuthorityReviewed, network));
  const markProfile = useMarkProfileReviewed(network);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const n = data?.network;
  const authorities: Due[] = (n?.authorities?.nodes ?? []).map((a) => ({
    id: a.id,
    name: a.name,
    to: authorityPath(a.id),
    lastReviewedAt: a.lastReviewedAt,
    mark: () => markAuthority({ variables: { id: a.id, version: a.version } }),
  }));
  const profiles: Due[] = (n?.countryProfiles ?? [])
    .filter((p) => !p.lastReviewedAt || p.lastReviewedAt < reviewedBefore)
    .map((p) => ({
      id: p.id,
      name: l.country(p.country),
      to: countryProfilePath(p.country.code),
      lastReviewedAt: p.lastReviewedAt,
      mark: () => markProfile(p.country.code),
    }));

  const onMark = async (item: Due) => {
    setBusy(true);
    setFailure(null);
    try {
      await item.mark();
      await refetch();
    } catch (err) {
      setFailure(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <QueryStatus errors={[error, failure]} loading={!n && !error} />
      <DueList
        id="authorities-due"
        heading="desk.review.authorities"
        items={authorities}
        busy={busy}
        onMark={(item) => void onMark(item)}
      />
      <DueList
        id="profiles-due"
        heading="desk.review.profiles"
        items={profiles}
        busy={busy}
        onMark={(item) => void onMark(item)}
      />
    </>
  );
}
