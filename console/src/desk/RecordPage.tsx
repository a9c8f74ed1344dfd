import type { TypedDocumentNode } from '@apollo/client';
import type { ReactNode } from 'react';
import { useIntl } from 'react-intl';
import { useParams } from 'react-router';
import type { NetworkCode } from '../__generated__/graphql';
import { CreateForm } from './CreateForm';
import { DeskGate } from './DeskGate';
import type { FieldSpec } from './form';
import { NodeEditor, type EditedRecord } from './NodeEditor';

/** The page titles of each kind of directory record the desk edits (literal, so the message check sees them). */
const TITLES = {
  authority: { edit: 'desk.authority.title', new: 'desk.authority.new' },
  contactPoint: { edit: 'desk.contactPoint.title', new: 'desk.contactPoint.new' },
  event: { edit: 'desk.event.title', new: 'desk.event.new' },
  resource: { edit: 'desk.resource.title', new: 'desk.resource.new' },
  workingGroup: { edit: 'desk.workingGroup.title', new: 'desk.workingGroup.new' },
} as const;

/** What editing one record of a kind needs, for one network (a hook: it may read options and make mutations). */
export interface EditParts<R extends EditedRecord> {
  specs: readonly FieldSpec[];
  /** Saves a patch against a version; answers the record as now stored. */
  save: (record: R, version: number, patch: Record<string, unknown>) => Promise<R>;
  /** What the page shows below the form. */
  below?: (record: R) => ReactNode;
}

/** What creating a record of a kind needs, for one network. */
export interface NewParts {
  specs: readonly FieldSpec[];
  /** Values a new record starts with. */
  initial?: Record<string, unknown>;
  /** Creates the record under an idempotency key; answers its id. */
  create: (input: Record<string, unknown>, idempotencyKey: string) => Promise<string>;
}

interface Props<Q, R extends EditedRecord> {
  /** The kind of record: its page titles and its new record's draft name. */
  kind: keyof typeof TITLES;
  query: TypedDocumentNode<Q, { id: string }>;
  /** The record in the query's answer, or null when there is none. */
  pick: (data: Q | undefined) => R | null;
  /** The record's name in its page title. */
  name: (record: R) => string;
  editPath: (id: string) => string;
  useEdit: (network: NetworkCode) => EditParts<R>;
  useNew: (network: NetworkCode) => NewParts;
}

/**
 * The desk page of one directory record, `/desk/<kind>/:id`: for the own secretariat only, it edits
 * the record (`:id`), or creates one (`new`). Each kind gives its documents and fields.
 */
export function DeskRecordPage<Q, R extends EditedRecord>(props: Props<Q, R>) {
  const { id = '' } = useParams();
  return (
    <DeskGate>
      {(network) =>
        id === 'new' ? (
          <Creator {...props} network={network} />
        ) : (
          <Editor key={id} {...props} id={id} network={network} />
        )
      }
    </DeskGate>
  );
}

function Editor<Q, R extends EditedRecord>({
  kind,
  query,
  pick,
  name,
  useEdit,
  id,
  network,
}: Props<Q, R> & { id: string; network: NetworkCode }) {
  const intl = useIntl();
  const { specs, save, below } = useEdit(network);
  return (
    <NodeEditor
      draftKey={id}
      query={query}
      variables={{ id }}
      pick={pick}
      specs={specs}
      title={(r) => intl.formatMessage({ id: TITLES[kind].edit }, { name: name(r) })}
      save={save}
    >
      {below}
    </NodeEditor>
  );
}

function Creator<Q, R extends EditedRecord>({
  kind,
  editPath,
  useNew,
  network,
}: Props<Q, R> & { network: NetworkCode }) {
  const intl = useIntl();
  const { specs, initial, create } = useNew(network);
  return (
    <CreateForm
      kind={kind}
      title={intl.formatMessage({ id: TITLES[kind].new })}
      specs={specs}
      initial={initial}
      create={create}
      editPath={editPath}
    />
  );
}
