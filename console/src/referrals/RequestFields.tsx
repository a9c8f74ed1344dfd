import { useId } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { AssistanceKind } from '../__generated__/graphql';
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
export function RequestFields({ draft, change }: { draft: ReferralDraft; change: Change }) {
  const intl = useIntl();
  const l = useLabels();
  const ids = { kind: useId(), subject: useId(), summary: useId(), refs: useId(), refsHint: useId() };
  return (
    <fieldset>
      <legend>
        <FormattedMessage id="compose.step.request" />
      </legend>
      <div className="field">
        <label htmlFor={ids.kind}>
          <FormattedMessage id="compose.kind" />
        </label>
        <select id={ids.kind} required value={draft.kind} onChange={(e) => change({ kind: e.target.value as AssistanceKind | '' })}>
          <option value="">{intl.formatMessage({ id: 'compose.kind.choose' })}</option>
          {VOCABULARY.kind.map((k) => (
            <option key={k} value={k}>
              {l.label('kind', k)}
            </option>
          ))}
        </select>
      </div>
      <fieldset className="measures">
        <legend>
          <FormattedMessage id="compose.measures" />
        </legend>
        {VOCABULARY.measure.map((m) => (
          <label key={m} className="check">
            <input
              type="checkbox"
              checked={draft.measures.includes(m)}
              onChange={(e) => change({ measures: toggle(draft.measures, m, e.target.checked, VOCABULARY.measure) })}
            />{' '}
            {l.label('measure', m)}
          </label>
        ))}
      </fieldset>
      <fieldset className="measures">
        <legend>
          <FormattedMessage id="compose.crimeAreas" />
        </legend>
        {VOCABULARY.crimeArea.map((c) => (
          <label key={c} className="check">
            <input
              type="checkbox"
              checked={draft.crimeAreas.includes(c)}
              onChange={(e) => change({ crimeAreas: toggle(draft.crimeAreas, c, e.target.checked, VOCABULARY.crimeArea) })}
            />{' '}
            {l.label('crimeArea', c)}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>
          <FormattedMessage id="compose.urgency" />
        </legend>
        {VOCABULARY.urgency.map((u) => (
          <label key={u} className="check">
            <input type="radio" name="urgency" checked={draft.urgency === u} onChange={() => change({ urgency: u })} /> {l.label('urgency', u)}
          </label>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor={ids.subject}>
          <FormattedMessage id="compose.subject" />
        </label>
        <input id={ids.subject} required maxLength={300} value={draft.subject} onChange={(e) => change({ subject: e.target.value })} />
      </div>
      <div className="field">
        <label htmlFor={ids.summary}>
          <FormattedMessage id="compose.summary" />
        </label>
        <textarea id={ids.summary} rows={6} maxLength={10_000} value={draft.summary} onChange={(e) => change({ summary: e.target.value })} />
      </div>
      <div className="field">
        <label htmlFor={ids.refs}>
          <FormattedMessage id="compose.formalReferences" />
        </label>
        <textarea
          id={ids.refs}
          rows={2}
          aria-describedby={ids.refsHint}
          value={draft.formalReferences}
          onChange={(e) => change({ formalReferences: e.target.value })}
        />
        <p id={ids.refsHint} className="muted">
          <FormattedMessage id="compose.formalReferences.hint" />
        </p>
      </div>
    </fieldset>
  );
}
