import { useQuery } from '@apollo/client/react';
import { useId } from 'react';
import { useIntl } from 'react-intl';
import { graphql } from '../__generated__';
import { useFieldError } from './FieldError';
import { useLabels } from './labels';
import { sortByName } from './names';

const MemberCountriesQuery = graphql(`
  query MemberCountries {
    countries {
      code
      alpha2
      name
    }
  }
`);

/** A labelled choice among the member countries of every network, named and sorted in the reader's language. */
export function CountrySelect({
  label,
  anyLabel,
  value,
  onChange,
  required = false,
  error,
}: {
  label: string;
  anyLabel: string;
  value: string;
  onChange: (alpha3: string) => void;
  required?: boolean;
  /** The API's message about the choice. */
  error?: string;
}) {
  const id = useId();
  const intl = useIntl();
  const l = useLabels();
  const { data } = useQuery(MemberCountriesQuery);
  const { described, message } = useFieldError(error);
  const countries = sortByName(data?.countries ?? [], intl.locale, l.country);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} required={required} {...described} onChange={(e) => onChange(e.target.value)}>
        <option value="">{anyLabel}</option>
        {countries.map((c) => (
          <option key={c.code} value={c.code}>
            {l.country(c)}
          </option>
        ))}
      </select>
      {message}
    </div>
  );
}
