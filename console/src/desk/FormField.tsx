import { useId } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useFieldError } from '../ui/FieldError';
import { useLabels } from '../ui/labels';
import { VOCABULARY } from '../ui/vocabulary';
import type { FieldSpec, Value } from './form';
import { PeoplePicker } from './PeoplePicker';

interface Props {
  spec: FieldSpec;
  value: Value;
  onChange: (value: Value) => void;
  /** The API's message about this field, shown under it and read with it. */
  error?: string;
}

/** One field of a desk form, labelled, with the API's message about it tied to it by aria-describedby. */
export function FormField({ spec, value, onChange, error }: Props) {
  const id = useId();
  const intl = useIntl();
  const l = useLabels();
  const label = intl.formatMessage({ id: spec.label });
  const { described, message } = useFieldError(error);

  if (spec.kind === 'flag') {
    return (
      <div className="field checkbox-field">
        <label>
          <input type="checkbox" checked={value === true} onChange={(e) => onChange(e.target.checked)} {...described} />{' '}
          {label}
        </label>
        {message}
      </div>
    );
  }
  if (spec.kind === 'people') {
    return (
      <PeoplePicker
        label={label}
        options={spec.options ?? []}
        chosen={Array.isArray(value) ? value : []}
        onChange={onChange}
        described={described}
        message={message}
      />
    );
  }
  if (spec.kind === 'choices' && spec.vocabulary) {
    const chosen = Array.isArray(value) ? value : [];
    const toggle = (option: string, on: boolean) =>
      onChange(VOCABULARY[spec.vocabulary!].filter((o) => (o === option ? on : chosen.includes(o))));
    return (
      <fieldset className="field wide choices" {...described}>
        <legend>{label}</legend>
        {VOCABULARY[spec.vocabulary].map((option) => (
          <label key={option}>
            <input
              type="checkbox"
              checked={chosen.includes(option)}
              onChange={(e) => toggle(option, e.target.checked)}
            />{' '}
            {l.label(spec.vocabulary!, option)}
          </label>
        ))}
        {message}
      </fieldset>
    );
  }
  const common = { id, value: String(value), required: spec.required, ...described };
  if (spec.kind === 'choice') {
    const options =
      spec.options ??
      (spec.vocabulary
        ? VOCABULARY[spec.vocabulary].map((o) => ({ value: o, label: l.label(spec.vocabulary!, o) }))
        : []);
    return (
      <div className="field">
        <label htmlFor={id}>{label}</label>
        <select {...common} onChange={(e) => onChange(e.target.value)}>
          {(!spec.required || value === '') && (
            <option value="">
              {intl.formatMessage({ id: spec.required ? 'desk.field.choose' : 'common.notGiven' })}
            </option>
          )}
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
        {message}
      </div>
    );
  }
  return (
    <div className={spec.kind === 'longText' || spec.kind === 'lines' ? 'field wide' : 'field'}>
      <label htmlFor={id}>
        {label}
        {(spec.kind === 'codes' || spec.kind === 'lines') && (
          <span className="muted">
            {' '}
            <FormattedMessage id={spec.kind === 'codes' ? 'desk.field.codesHint' : 'desk.field.linesHint'} />
          </span>
        )}
      </label>
      {spec.kind === 'longText' || spec.kind === 'lines' ? (
        <textarea {...common} rows={4} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input
          {...common}
          type={spec.kind === 'text' || spec.kind === 'codes' ? 'text' : spec.kind}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
      {message}
    </div>
  );
}
