import { useQuery } from '@apollo/client/react';
import type { FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useSearchParams } from 'react-router';
import { graphql } from '../__generated__';
import type { NetworkCode } from '../__generated__/graphql';
import { Page } from '../ui/Page';
import { Pager, useCursors } from '../ui/Pager';
import { QueryStatus } from '../ui/QueryStatus';
import { AuditTable } from './AuditTable';
import { DeskGate } from './DeskGate';

const PAGE = 25;
const FILTERS = ['actorSubject', 'action', 'objectId', 'from', 'to'] as const;
const LABELS = {
  actorSubject: 'desk.audit.actor',
  action: 'desk.audit.action',
  objectId: 'desk.audit.object',
  from: 'desk.audit.from',
  to: 'desk.audit.to',
} as const;

const AuditQuery = graphql(`
  query DeskAudit($network: NetworkCode!, $filter: AuditFilter, $first: Int, $after: String) {
    network(code: $network) {
      code
      auditLog(filter: $filter, first: $first, after: $after) {
        ...DeskAudit
      }
    }
  }
`);

/** A day typed in the filter (YYYY-MM-DD) as the instant the log is filtered by; `to` includes that whole day. */
const instant = (day: string, end: boolean) =>
  day ? new Date(Date.parse(`${day}T00:00:00Z`) + (end ? 86_400_000 : 0)).toISOString() : null;

function Audit({ network }: { network: NetworkCode }) {
  const intl = useIntl();
  const [params, setParams] = useSearchParams();
  const cursors = useCursors();
  const filter = {
    actorSubject: params.get('actorSubject') || null,
    action: params.get('action') || null,
    objectId: params.get('objectId') || null,
    from: instant(params.get('from') ?? '', false),
    to: instant(params.get('to') ?? '', true),
  };
  const { data, error, loading } = useQuery(AuditQuery, {
    variables: { network, filter, first: PAGE, after: cursors.after },
  });
  const log = data?.network?.auditLog ?? null;

  function apply(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const next = new URLSearchParams();
    for (const name of FILTERS) {
      const value = String(form.get(name) ?? '').trim();
      if (value) next.set(name, value);
    }
    cursors.reset();
    setParams(next);
  }

  return (
    <Page
      title={intl.formatMessage({
        id: params.get('action') === 'readContactDetails' ? 'desk.audit.reads' : 'desk.audit.title',
      })}
    >
      <form className="search-form" onSubmit={apply} key={params.toString()}>
        {FILTERS.map((name) => (
          <div className="field" key={name}>
            <label htmlFor={`audit-${name}`}>
              <FormattedMessage id={LABELS[name]} />
            </label>
            <input
              id={`audit-${name}`}
              name={name}
              type={name === 'from' || name === 'to' ? 'date' : 'text'}
              defaultValue={params.get(name) ?? ''}
            />
          </div>
        ))}
        <div className="actions wide">
          <button type="submit">
            <FormattedMessage id="desk.audit.apply" />
          </button>
        </div>
      </form>
      <QueryStatus errors={[error]} loading={loading && !log} />
      {log && (
        <>
          <p className="summary">
            <FormattedMessage id="desk.audit.count" values={{ count: log.totalCount }} />
          </p>
          <AuditTable entries={log.nodes} />
          <Pager cursors={cursors} pageInfo={log.pageInfo} />
        </>
      )}
    </Page>
  );
}

export function Component() {
  return <DeskGate>{(network) => <Audit network={network} />}</DeskGate>;
}
