import { useQuery } from '@apollo/client/react';
import { useId, useRef, useState, type ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { graphql } from '../__generated__';
import type { NetworkCode } from '../__generated__/graphql';
import { useLabels } from '../ui/labels';
import type { Option, Value } from './form';

const DeskPeopleQuery = graphql(`
  query DeskPeople($network: NetworkCode!) {
    network(code: $network) {
      code
      contactPoints(filter: { includeInactive: true }, first: 500) {
        nodes {
          id
          fullName
          active
          country {
            code
            alpha2
            name
          }
        }
      }
    }
  }
`);

/**
 * The network's contact points as the options of a `people` field, sorted by name in the reader's
 * language. Those who rotated out are kept, so a list that still names them shows their names.
 */
export function usePeopleOptions(network: NetworkCode): Option[] {
  const intl = useIntl();
  const l = useLabels();
  const { data } = useQuery(DeskPeopleQuery, { variables: { network } });
  const collator = new Intl.Collator(intl.locale);
  return (data?.network?.contactPoints?.nodes ?? [])
    .map((cp) => ({
      value: cp.id,
      label: intl.formatMessage({ id: 'desk.people.option' }, { name: cp.fullName, country: l.country(cp.country) }),
      retired: !cp.active,
    }))
    .sort((a, b) => collator.compare(a.label, b.label));
}

const folded = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

const MAX_MATCHES = 8;

/** A list of people by name, for a conflict's two versions. */
export function PeopleList({ ids, options }: { ids: readonly string[]; options: readonly Option[] }) {
  if (ids.length === 0) return <FormattedMessage id="common.notGiven" />;
  return (
    <ul className="people">
      {ids.map((id) => (
        <li key={id}>{options.find((o) => o.value === id)?.label ?? id}</li>
      ))}
    </ul>
  );
}

interface Props {
  label: string;
  options: readonly Option[];
  chosen: readonly string[];
  onChange: (value: Value) => void;
  /** The API's message about the list, tied to the fieldset. */
  described: object;
  message: ReactNode;
}

/**
 * Picks people of the network: the chosen, each with a button to remove them; a search by name whose
 * matches are buttons to add them (Enter adds the first). Focus returns to the search after each change.
 */
export function PeoplePicker({ label, options, chosen, onChange, described, message }: Props) {
  const intl = useIntl();
  const searchId = useId();
  const search = useRef<HTMLInputElement>(null);
  const [text, setText] = useState('');
  const nameOf = (id: string) => options.find((o) => o.value === id)?.label ?? id;
  const wanted = folded(text.trim());
  const matches = wanted
    ? options.filter((o) => !o.retired && !chosen.includes(o.value) && folded(o.label).includes(wanted))
    : [];
  const change = (next: string[]) => {
    onChange(next);
    search.current?.focus();
  };
  const add = (id: string) => {
    change([...chosen, id]);
    setText('');
  };
  return (
    <fieldset className="field wide people-picker" {...described}>
      <legend>{label}</legend>
      {chosen.length > 0 ? (
        <ul className="people">
          {chosen.map((id) => (
            <li key={id}>
              {nameOf(id)}{' '}
              <button
                type="button"
                className="link-button"
                aria-label={intl.formatMessage({ id: 'desk.people.remove' }, { name: nameOf(id) })}
                onClick={() => change(chosen.filter((c) => c !== id))}
              >
                <FormattedMessage id="desk.people.removeShort" />
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">
          <FormattedMessage id="desk.people.none" />
        </p>
      )}
      <label htmlFor={searchId}>
        <FormattedMessage id="desk.people.search" />
      </label>
      <input
        id={searchId}
        ref={search}
        type="search"
        autoComplete="off"
        value={text}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          // Enter in the search adds the first match; it never sends the whole form.
          if (e.key !== 'Enter') return;
          e.preventDefault();
          if (matches[0]) add(matches[0].value);
        }}
      />
      <p role="status" className="muted">
        {wanted && <FormattedMessage id="desk.people.matches" values={{ count: matches.length }} />}
      </p>
      {matches.length > 0 && (
        <ul className="people-matches">
          {matches.slice(0, MAX_MATCHES).map((o) => (
            <li key={o.value}>
              <button type="button" onClick={() => add(o.value)}>
                <FormattedMessage id="desk.people.add" values={{ name: o.label }} />
              </button>
            </li>
          ))}
        </ul>
      )}
      {message}
    </fieldset>
  );
}
