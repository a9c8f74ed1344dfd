import { useState, type FormEvent } from 'react';
import { useIntl } from 'react-intl';
import { Select } from '../ui/Select';
import type { Period } from './period';

/** Chooses the first and last month; whole months only, the ones the API releases figures for. */
export function PeriodForm({
  period,
  choices,
  monthName,
  onChange,
}: {
  period: Period;
  choices: readonly string[];
  monthName: (m: string) => string;
  onChange: (p: Period) => void;
}) {
  const intl = useIntl();
  const [first, setFirst] = useState(period.first);
  const [last, setLast] = useState(period.last);
  const options = choices.map((m) => ({ value: m, label: monthName(m) }));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onChange(first <= last ? { first, last } : { first: last, last: first });
  };
  return (
    <form
      className="search-form period-form no-print"
      onSubmit={submit}
      aria-label={intl.formatMessage({ id: 'analytics.period.label' })}
    >
      <Select
        label={intl.formatMessage({ id: 'analytics.period.first' })}
        value={first}
        onChange={setFirst}
        options={options}
      />
      <Select
        label={intl.formatMessage({ id: 'analytics.period.last' })}
        value={last}
        onChange={setLast}
        options={options}
      />
      <div className="field form-actions">
        <button type="submit">{intl.formatMessage({ id: 'analytics.period.show' })}</button>
      </div>
    </form>
  );
}
