import { useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useNavigate } from 'react-router';
import { graphql } from '../__generated__';
import type { NetworkCode } from '../__generated__/graphql';
import { useLabels } from '../ui/labels';
import { sortByName } from '../ui/names';
import { Page } from '../ui/Page';
import { useAuth } from '../auth/AuthProvider';
import { dropNewDraft, loadNewDraft, saveNewDraft, type NewDraft } from './draft';
import { inputOf, missingFields, valuesOf, type FieldSpec } from './form';
import { FormField } from './FormField';
import { noFormErrors, type FormErrors } from '../ui/errors';
import { ErrorSummary, submissionErrors } from '../ui/FieldError';

const DeskMemberCountriesQuery = graphql(`
  query DeskMemberCountries($network: NetworkCode!) {
    network(code: $network) {
      code
      memberCountries {
        code
        alpha2
        name
      }
    }
  }
`);

/** The network's member countries as the options of a `choice` field, named in the reader's language. */
export function useMemberCountryOptions(network: NetworkCode): { value: string; label: string }[] {
  const intl = useIntl();
  const l = useLabels();
  const { data } = useQuery(DeskMemberCountriesQuery, { variables: { network } });
  return sortByName(data?.network?.memberCountries ?? [], intl.locale, l.country).map((c) => ({
    value: c.code,
    label: l.country(c),
  }));
}

interface Props {
  /** The kind of record (its sessionStorage draft's name). */
  kind: string;
  title: string;
  specs: readonly FieldSpec[];
  /** Values a new record starts with (choices that have a usual default). */
  initial?: Record<string, unknown>;
  /** Creates the record under the form's idempotency key; answers its id. */
  create: (input: Record<string, unknown>, idempotencyKey: string) => Promise<string>;
  /** The edit page of the record just created. */
  editPath: (id: string) => string;
}

/**
 * Creates one directory record. The idempotency key is made once and kept with the draft
 * in sessionStorage, so submitting twice or retrying after a lost answer makes one record;
 * on success the person lands on the new record's edit page.
 */
export function CreateForm({ kind, title, specs, initial = {}, create, editPath }: Props) {
  const navigate = useNavigate();
  const owner = useAuth().account?.subject ?? null;
  const [draft, setDraft] = useState<NewDraft>(
    () => loadNewDraft(owner, kind) ?? { idempotencyKey: crypto.randomUUID(), values: valuesOf(specs, initial) },
  );
  const [errors, setErrors] = useState<FormErrors>(noFormErrors);
  const busy = useRef(false);
  const [sending, setSending] = useState(false);
  const intl = useIntl();

  useEffect(() => saveNewDraft(owner, kind, draft), [owner, kind, draft]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy.current) return;
    const missing = missingFields(specs, draft.values);
    if (missing.length) {
      const required = intl.formatMessage({ id: 'desk.field.required' });
      return setErrors({ fields: Object.fromEntries(missing.map((name) => [name, required])), other: [] });
    }
    setErrors(noFormErrors);
    busy.current = true;
    setSending(true);
    try {
      const id = await create(inputOf(specs, draft.values), draft.idempotencyKey);
      dropNewDraft(kind);
      await navigate(editPath(id), { replace: true });
    } catch (error) {
      setErrors(
        submissionErrors(
          error,
          specs.map((s) => s.name),
        ),
      );
    } finally {
      busy.current = false;
      setSending(false);
    }
  }

  return (
    <Page title={title}>
      <p>
        <Link to="/desk">
          <FormattedMessage id="desk.back" />
        </Link>
      </p>
      <ErrorSummary messages={errors.other} />
      <form className="search-form desk-form" onSubmit={(e) => void submit(e)} noValidate>
        {specs.map((spec) => (
          <FormField
            key={spec.name}
            spec={spec}
            value={draft.values[spec.name]!}
            error={errors.fields[spec.name]}
            onChange={(v) => setDraft((d) => ({ ...d, values: { ...d.values, [spec.name]: v } }))}
          />
        ))}
        <div className="actions wide">
          <button type="submit" disabled={sending}>
            <FormattedMessage id="desk.create" />
          </button>
        </div>
      </form>
    </Page>
  );
}
