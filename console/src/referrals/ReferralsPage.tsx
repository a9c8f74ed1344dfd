import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useSearchParams } from 'react-router';
import { graphql } from '../__generated__';
import type { NetworkCode } from '../__generated__/graphql';
import { useAuth } from '../auth/AuthProvider';
import { Page } from '../ui/Page';
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

/** The inbox and the outbox of the signed-in person's network, with filters and a lookup by reference. */
export function Component() {
  const intl = useIntl();
  const { account } = useAuth();
  const [params, setParams] = useSearchParams();
  const search = parseListSearch(params);
  const [cursors, setCursors] = useState<string[]>([]);
  const go = (s: ListSearch) => {
    setCursors([]);
    setParams(listSearchParams(s));
  };
  const code = (account?.network ?? '').toUpperCase() as NetworkCode;
  const { data, error, loading } = useQuery(ReferralListQuery, {
    variables: { code, filter: toReferralFilter(search), first: PAGE_SIZE, after: cursors.at(-1) ?? null },
    skip: !account?.network,
  });
  const connection = data?.network?.referrals;
  const t = (id: string) => intl.formatMessage({ id });
  const caption = search.reference
    ? intl.formatMessage({ id: 'referrals.lookup.caption' }, { reference: search.reference, count: connection?.totalCount ?? 0 })
    : intl.formatMessage({ id: search.direction === 'IN' ? 'referrals.caption.in' : 'referrals.caption.out' }, { count: connection?.totalCount ?? 0 });

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
                onClick={() => setCursors([])}
              >
                <FormattedMessage id={direction === 'IN' ? 'referrals.inbox' : 'referrals.outbox'} />
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <LookupForm key={search.reference} initial={search.reference} onLookup={(reference) => go({ ...search, reference })} />
      {!search.reference && <ListFilters key={params.toString()} search={search} onSearch={go} />}
      <QueryStatus errors={[error]} loading={loading} />
      {connection && <ReferralTable referrals={connection.nodes} caption={caption} />}
      {connection && (cursors.length > 0 || connection.pageInfo.hasNextPage) && (
        <nav className="pager" aria-label={t('referrals.pager')}>
          <button type="button" disabled={cursors.length === 0} onClick={() => setCursors((c) => c.slice(0, -1))}>
            <FormattedMessage id="directory.pager.previous" />
          </button>
          <button
            type="button"
            disabled={!connection.pageInfo.hasNextPage || !connection.pageInfo.endCursor}
            onClick={() => setCursors((c) => [...c, connection.pageInfo.endCursor!])}
          >
            <FormattedMessage id="directory.pager.next" />
          </button>
        </nav>
      )}
    </Page>
  );
}
