import { useQuery } from '@apollo/client/react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';
import { graphql } from '../__generated__';
import type { DeskAuditFragment } from '../__generated__/graphql';
import { Table } from '../ui/Table';

// Every network's log implements AuditEntryConnection, so one fragment serves them all.
graphql(`
  fragment DeskAudit on AuditEntryConnection {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      at
      actorSubject
      actorNetwork
      action
      objectType
      objectId
    }
  }
`);

const ObjectNamesQuery = graphql(`
  query DeskAuditObjects($ids: [ID!]!) {
    nodes(ids: $ids) {
      id
      ... on ContactPoint {
        fullName
      }
      ... on Authority {
        name
      }
    }
  }
`);

type Entry = Omit<DeskAuditFragment['nodes'][number], '__typename'>;

/** One page of the audit log; objects named where the caller may see them (a contact point's name), their id otherwise. */
export function AuditTable({ entries }: { entries: readonly Entry[] }) {
  const intl = useIntl();
  const ids = [...new Set(entries.map((e) => e.objectId).filter((id): id is string => Boolean(id)))];
  const { data } = useQuery(ObjectNamesQuery, { variables: { ids }, skip: ids.length === 0 });
  const names = new Map<string, string>();
  for (const node of data?.nodes ?? []) {
    if (node && 'fullName' in node) names.set(node.id, node.fullName);
    else if (node && 'name' in node) names.set(node.id, node.name);
  }
  const object = (e: Entry) => {
    if (!e.objectId) return <FormattedMessage id="common.notGiven" />;
    const name = names.get(e.objectId);
    if (e.objectType === 'ContactPoint' && name)
      return <Link to={`/desk/contact-points/${encodeURIComponent(e.objectId)}`}>{name}</Link>;
    return <>{name ?? e.objectId}</>;
  };
  return (
    <Table
      className="audit-table"
      caption={<FormattedMessage id="desk.audit.caption" />}
      columns={['desk.audit.at', 'desk.audit.actor', 'desk.audit.action', 'desk.audit.object']}
    >
      {entries.map((e) => (
        <tr key={e.id}>
          <td>{intl.formatDate(Date.parse(e.at), { dateStyle: 'medium', timeStyle: 'medium' })}</td>
          <td>
            {e.actorSubject ?? <FormattedMessage id="common.notGiven" />}
            {e.actorNetwork && <span className="muted"> ({e.actorNetwork})</span>}
          </td>
          <td>
            <code>{e.action}</code>
          </td>
          <td>{object(e)}</td>
        </tr>
      ))}
    </Table>
  );
}
