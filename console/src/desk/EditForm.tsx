import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { useEffect, useState, type FormEvent } from 'react';
import { FormattedMessage } from 'react-intl';
import { useAuth } from '../auth/AuthProvider';
import { dropDraft, loadDraft, saveDraft, type Draft } from './draft';
import { ConflictMerge } from './ConflictMerge';
import { changedFields, conflictRows, patchOf, type ConflictRow, type FieldSpec, type Values } from './form';
import { FormField } from './FormField';
import { noFormErrors, type FormErrors } from '../ui/errors';
import { ErrorSummary, submissionErrors } from '../ui/FieldError';

/** A record as stored: its form values and version. */
export interface Stored {
  values: Values;
  version: number;
}

interface Props {
  /** The record's id: the key of its unsaved edit in sessionStorage. */
  id: string;
  specs: readonly FieldSpec[];
  stored: Stored;
  /** Saves a patch against a version; answers the record as now stored. */
  save: (version: number, patch: Record<string, unknown>) => Promise<Stored>;
  /** Reads the record as now stored, bypassing the cache (after a CONFLICT). */
  reread: () => Promise<Stored>;
}

const OUTCOMES = {
  saved: 'desk.outcome.saved',
  nothing: 'desk.outcome.nothing',
  merged: 'desk.outcome.merged',
  restored: 'desk.outcome.restored',
} as const;

type Outcome = keyof typeof OUTCOMES | null;

/**
 * Edits one directory record against the version it was read at. A stale version (someone saved
 * first) shows both versions to merge; the edit is kept in sessionStorage until it is saved.
 */
export function EditForm({ id, specs, stored, save, reread }: Props) {
  const owner = useAuth().account?.subject ?? null;
  const [edit, setEdit] = useState<Draft>(
    () => loadDraft(owner, id) ?? { version: stored.version, base: stored.values, values: stored.values },
  );
  const [conflict, setConflict] = useState<{ theirs: Stored; rows: ConflictRow[] } | null>(null);
  const [errors, setErrors] = useState<FormErrors>(noFormErrors);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(() =>
    changedFields(specs, edit.base, edit.values).length ? 'restored' : null,
  );

  useEffect(() => {
    if (changedFields(specs, edit.base, edit.values).length) saveDraft(owner, id, edit);
    else dropDraft(id);
  }, [owner, id, specs, edit]);

  const change = (name: string, value: Values[string]) =>
    setEdit((e) => ({ ...e, values: { ...e.values, [name]: value } }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const patch = patchOf(specs, edit.base, edit.values);
    setErrors(noFormErrors);
    if (Object.keys(patch).length === 0) return setOutcome('nothing');
    setBusy(true);
    try {
      const next = await save(edit.version, patch);
      setEdit({ version: next.version, base: next.values, values: next.values });
      setOutcome('saved');
    } catch (error) {
      const first = CombinedGraphQLErrors.is(error) ? error.errors[0] : undefined;
      if (first?.extensions?.code === 'CONFLICT') {
        const theirs = await reread();
        setConflict({ theirs, rows: conflictRows(specs, edit.base, edit.values, theirs.values) });
        setOutcome(null);
      } else {
        setErrors(
          submissionErrors(
            error,
            specs.map((s) => s.name),
          ),
        );
      }
    } finally {
      setBusy(false);
    }
  }

  function takeMerge(values: Values) {
    if (!conflict) return;
    setEdit({ version: conflict.theirs.version, base: conflict.theirs.values, values });
    setConflict(null);
    setOutcome('merged');
  }

  return (
    <>
      {conflict && <ConflictMerge rows={conflict.rows} theirs={conflict.theirs.values} onMerge={takeMerge} />}
      <div role="status" className="notices">
        {outcome && (
          <p className={outcome === 'saved' ? 'notice success' : 'notice info'}>
            <FormattedMessage id={OUTCOMES[outcome]} />
          </p>
        )}
      </div>
      <ErrorSummary messages={errors.other} />
      <form className="search-form desk-form" onSubmit={(e) => void submit(e)} noValidate>
        {specs.map((spec) => (
          <FormField
            key={spec.name}
            spec={spec}
            value={edit.values[spec.name]!}
            error={errors.fields[spec.name]}
            onChange={(v) => change(spec.name, v)}
          />
        ))}
        <div className="actions wide">
          <button type="submit" disabled={busy || conflict !== null}>
            <FormattedMessage id="desk.save" />
          </button>
        </div>
      </form>
    </>
  );
}
