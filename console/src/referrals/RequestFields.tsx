import { useId } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { AssistanceKind } from '../__generated__/graphql';
import { useFieldError } from '../ui/FieldError';
import { useLabels } from '../ui/labels';
import { VOCABULARY } from '../ui/vocabulary';
import type { ReferralDraft } from './draft';

type Change = (patch: Partial<ReferralDraft>) => void;

/** Adds or removes one value of a multiple choice, keeping the vocabulary's order. */
function toggle<T extends string>(values: readonly T[], value: T, on: boolean, order: readonly T[]): T[] {
  const next = on ? [...values, value] : values.filter((v) => v !== value);
  return order.filter((v) => next.includes(v));
}

/** Step 3: what is asked: kind, measures, crime areas, urgency, subject, summary and the formal request's references. */
export function RequestFields({
  draft,
  change,
  errors,
}: {
  draft: ReferralDraft;
  change: Change;
  errors: Readonly<Record<string, string>>;
}) {
  const intl = useIntl();
  const l = useLabels();
  const ids = { kind: useId(), subject: useId(), summary: useId(), refs: useId(), refsHint: useId() };
  const e = {
    kind: useFieldError(errors.kind),
    measures: useFieldError(errors.measures),
    crimeAreas: useFieldError(errors.crimeAreas),
    urgency: useFieldError(errors.urgency),
    subject: useFieldError(errors.subject),
    summary: useFieldError(errors.summary),
    formalReferences: useFieldError(errors.formalReferences),
  };
  return (
    <fieldset>
      <legend>
        <FormattedMessage id="compose.step.request" />
      </legend>
      <div className="field">
        <label htmlFor={ids.kind}>
          <FormattedMessage id="compose.kind" />
        </label>
        <select
          id={ids.kind}
          required
          {...e.kind.described}
          value={draft.kind}
          onChange={(ev) => change({ kind: ev.target.value as AssistanceKind | '' })}
        >
          <option value="">{intl.formatMessage({ id: 'compose.kind.choose' })}</option>
          {VOCABULARY.kind.map((k) => (
            <option key={k} value={k}>
              {l.label('kind', k)}
            </option>
          ))}
        </select>
        {e.kind.message}
      </div>
      <fieldset className="measures" {...e.measures.described}>
        <legend>
          <FormattedMessage id="compose.measures" />
        </legend>
        {VOCABULARY.measure.map((m) => (
          <label key={m} className="check">
            <input
              type="checkbox"
              checked={draft.measures.includes(m)}
              onChange={(ev) => change({ measures: toggle(draft.measures, m, ev.target.checked, VOCABULARY.measure) })}
            />{' '}
            {l.label('measure', m)}
          </label>
        ))}
        {e.measures.message}
      </fieldset>
      <fieldset className="measures" {...e.crimeAreas.described}>
        <legend>
          <FormattedMessage id="compose.crimeAreas" />
        </legend>
        {VOCABULARY.crimeArea.map((c) => (
          <label key={c} className="check">
            <input
              type="checkbox"
              checked={draft.crimeAreas.includes(c)}
              onChange={(ev) =>
                change({ crimeAreas: toggle(draft.crimeAreas, c, ev.target.checked, VOCABULARY.crimeArea) })
              }
            />{' '}
            {l.label('crimeArea', c)}
          </label>
        ))}
        {e.crimeAreas.message}
      </fieldset>
      <fieldset {...e.urgency.described}>
        <legend>
          <FormattedMessage id="compose.urgency" />
        </legend>
        {VOCABULARY.urgency.map((u) => (
          <label key={u} className="check">
            <input type="radio" name="urgency" checked={draft.urgency === u} onChange={() => change({ urgency: u })} />{' '}
            {l.label('urgency', u)}
          </label>
        ))}
        {e.urgency.message}
      </fieldset>
      <div className="field">
        <label htmlFor={ids.subject}>
          <FormattedMessage id="compose.subject" />
        </label>
        <input
          id={ids.subject}
          required
          maxLength={300}
          {...e.subject.described}
          value={draft.subject}
          onChange={(ev) => change({ subject: ev.target.value })}
        />
        {e.subject.message}
      </div>
      <div className="field">
        <label htmlFor={ids.summary}>
          <FormattedMessage id="compose.summary" />
        </label>
        <textarea
          id={ids.summary}
          rows={6}
          maxLength={10_000}
          {...e.summary.described}
          value={draft.summary}
          onChange={(ev) => change({ summary: ev.target.value })}
        />
        {e.summary.message}
      </div>
      <div className="field">
        <label htmlFor={ids.refs}>
          <FormattedMessage id="compose.formalReferences" />
        </label>
        <textarea
          id={ids.refs}
          rows={2}
          aria-invalid={e.formalReferences.described['aria-invalid']}
          aria-describedby={[ids.refsHint, e.formalReferences.described['aria-describedby']].filter(Boolean).join(' ')}
          value={draft.formalReferences}
          onChange={(ev) => change({ formalReferences: ev.target.value })}
        />
        {e.formalReferences.message}
        <p id={ids.refsHint} className="muted">
          <FormattedMessage id="compose.formalReferences.hint" />
        </p>
      </div>
    </fieldset>
  );
}
