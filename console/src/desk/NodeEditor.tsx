import { useApolloClient, useQuery } from '@apollo/client/react';
import type { OperationVariables, TypedDocumentNode } from '@apollo/client';
import type { ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';
import { Page } from '../ui/Page';
import { QueryStatus } from '../ui/QueryStatus';
import { EditForm, type Stored } from './EditForm';
import { valuesOf, type FieldSpec } from './form';

/** A directory record as a desk form reads it: its fields by name, and its version. */
export interface EditedRecord {
  id: string;
  version: number;
}

interface Props<Q, V extends OperationVariables, R extends EditedRecord> {
  /** The record's key: its id, or another stable name (the edit is kept under it in sessionStorage). */
  draftKey: string;
  query: TypedDocumentNode<Q, V>;
  variables: V;
  /** The record in the query's answer, or null when there is none. */
  pick: (data: Q | undefined) => R | null;
  specs: readonly FieldSpec[];
  title: (record: R) => string;
  /** Saves a patch of the form's fields against a version; answers the record as now stored. */
  save: (record: R, version: number, patch: Record<string, unknown>) => Promise<R>;
  /** What the page shows above the form (a choice of what to edit). */
  intro?: ReactNode;
  /** What the page shows below the form (a rotation, a notice). */
  children?: (record: R) => ReactNode;
}

/**
 * One desk edit page: reads the record, edits it with EditForm, and rereads it
 * past the cache when someone else saved first. Each kind gives its fields, query and mutation.
 */
export function NodeEditor<Q, V extends OperationVariables, R extends EditedRecord>({
  draftKey,
  query,
  variables,
  pick,
  specs,
  title,
  save,
  intro,
  children,
}: Props<Q, V, R>) {
  const intl = useIntl();
  const client = useApolloClient();
  // Apollo's conditional option and result types do not resolve for a generic Q and V; the answer
  // is Q all the same (complete data: this query never asks for partial results).
  const untyped = query as TypedDocumentNode<unknown, OperationVariables>;
  const { data, error, loading } = useQuery(untyped, { variables });
  const record = pick(data as Q | undefined);
  const storedOf = (r: R): Stored => ({ values: valuesOf(specs, r), version: r.version });
  const reread = async () => {
    const { data: fresh } = await client.query({ query: untyped, variables, fetchPolicy: 'network-only' });
    const current = pick(fresh as Q | undefined);
    if (!current) throw new Error('The record is gone.');
    return storedOf(current);
  };
  return (
    <Page title={record ? title(record) : intl.formatMessage({ id: loading ? 'status.loading' : 'desk.notFound' })}>
      <QueryStatus errors={[error]} loading={loading && !record} />
      <p>
        <Link to="/desk">
          <FormattedMessage id="desk.back" />
        </Link>
      </p>
      {intro}
      {record && (
        <>
          <EditForm
            key={draftKey}
            id={draftKey}
            specs={specs}
            stored={storedOf(record)}
            save={async (v, patch) => storedOf(await save(record, v, patch))}
            reread={reread}
          />
          {children?.(record)}
        </>
      )}
    </Page>
  );
}
