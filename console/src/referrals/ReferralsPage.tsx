import { useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useSearchParams } from 'react-router';
import { graphql } from '../__generated__';
import type { NetworkCode } from '../__generated__/graphql';
import { useAuth } from '../auth/AuthProvider';
import { Page } from '../ui/Page';
import { Pager, useCursors } from '../ui/Pager';
import { LIST_POLL_MS } from '../ui/polling';
import { QueryStatus } from '../ui/QueryStatus';
import { listSearchParams, parseListSearch, toReferralFilter, type ListSearch } from './listFilter';
import { ListFilters, LookupForm } from './ListFilters';
import { ReferralTable } from './ReferralTable';

const ReferralListQuery = graphql(`
  query ReferralList($code: NetworkCode!, $filter: ReferralFilter!, $first: Int!, $after: String) {
    network(code: $code) {
      code
      referrals(filter: $filter, first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          ...ReferralRow
        }
      }
    }
  }
`);

const PAGE_SIZE = 25;

/**
 * How many referrals joined the list since it was first shown with these filters and this page
 * (`listKey`): rows that were not in the previous answer. Another filter or page starts again at 0.
 */
function useArrivals(ids: string | undefined, listKey: string): number {
  const seen = useRef<{ listKey: string; ids: Set<string> } | null>(null);
  const [arrivals, setArrivals] = useState({ listKey, count: 0 });
  useEffect(() => {
    if (ids === undefined) return;
    const previous = seen.current;
    const current = new Set(ids ? ids.split(' ') : []);
    seen.current = { listKey, ids: current };
    if (previous?.listKey !== listKey) return;
    const fresh = [...current].filter((id) => !previous.ids.has(id)).length;
    if (fresh > 0) setArrivals((a) => ({ listKey, count: (a.listKey === listKey ? a.count : 0) + fresh }));
  }, [ids, listKey]);
  return arrivals.listKey === listKey ? arrivals.count : 0;
}

/** The inbox and the outbox of the signed-in person's network, with filters and a lookup by reference. */
export function Component() {
  const intl = useIntl();
  const { account } = useAuth();
  const [params, setParams] = useSearchParams();
  const search = parseListSearch(params);
  const cursors = useCursors();
  const go = (s: ListSearch) => {
    cursors.reset();
    setParams(listSearchParams(s));
  };
  const code = (account?.network ?? '').toUpperCase() as NetworkCode;
  const variables = { code, filter: toReferralFilter(search), first: PAGE_SIZE, after: cursors.after };
  const { data, error, loading } = useQuery(ReferralListQuery, {
    variables,
    skip: !account?.network,
    pollInterval: LIST_POLL_MS,
    // A hidden tab asks nothing; the next poll after it shows again catches up.
    skipPollAttempt: () => document.hidden,
  });
  const connection = data?.network?.referrals;
  const arrivals = useArrivals(connection?.nodes.map((r) => r.id).join(' '), JSON.stringify(variables));
  const t = (id: string) => intl.formatMessage({ id });
  const caption = search.reference
    ? intl.formatMessage(
        { id: 'referrals.lookup.caption' },
        { reference: search.reference, count: connection?.totalCount ?? 0 },
      )
    : intl.formatMessage(
        { id: search.direction === 'IN' ? 'referrals.caption.in' : 'referrals.caption.out' },
        { count: connection?.totalCount ?? 0 },
      );

  if (!account?.network) {
    return (
      <Page title={t('referrals.title')}>
        <p className="notice info">
          <FormattedMessage id="referrals.partiesOnly" />
        </p>
      </Page>
    );
  }
  return (
    <Page title={t('referrals.title')}>
      {account.roles.includes('CONTACT_POINT') && (
        <p>
          <Link to="/referrals/new">
            <FormattedMessage id="referrals.new" />
          </Link>
        </p>
      )}
      <nav aria-label={t('referrals.boxes')} className="tabs">
        <ul className="inline-list">
          {(['IN', 'OUT'] as const).map((direction) => (
            <li key={direction}>
              <Link
                to={`?${new URLSearchParams(listSearchParams({ ...search, reference: '', direction })).toString()}`}
                aria-current={!search.reference && search.direction === direction ? 'page' : undefined}
                onClick={cursors.reset}
              >
                <FormattedMessage id={direction === 'IN' ? 'referrals.inbox' : 'referrals.outbox'} />
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <LookupForm
        key={search.reference}
        initial={search.reference}
        onLookup={(reference) => go({ ...search, reference })}
      />
      {!search.reference && <ListFilters key={params.toString()} search={search} onSearch={go} />}
      <QueryStatus errors={[error]} loading={loading} />
      <div role="status" className="notices">
        {arrivals > 0 && (
          <p className="notice info">
            <FormattedMessage id="referrals.arrivals" values={{ count: arrivals }} />
          </p>
        )}
      </div>
      {connection && <ReferralTable referrals={connection.nodes} caption={caption} />}
      {connection && (cursors.depth > 0 || connection.pageInfo.hasNextPage) && (
        <Pager cursors={cursors} pageInfo={connection.pageInfo} label={t('referrals.pager')} />
      )}
    </Page>
  );
}
