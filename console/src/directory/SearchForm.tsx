import { useId, useState, type FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { NetworkCode } from '../__generated__/graphql';
import { CountrySelect } from '../ui/CountrySelect';
import { useLabels } from '../ui/labels';
import { languageName, sortByName } from '../ui/names';
import { Select } from '../ui/Select';
import { FILTER_LANGUAGES, VOCABULARY } from '../ui/vocabulary';
import type { DirectorySearch } from './search';

interface Props {
  search: DirectorySearch;
  networks: readonly { code: NetworkCode; name: string }[];
  onSearch: (search: DirectorySearch) => void;
}

/** One search across every network: free text, country, networks, role, expertise, language, 24/7. */
export function SearchForm({ search, networks, onSearch }: Props) {
  const intl = useIntl();
  const l = useLabels();
  const textId = useId();
  const [draft, setDraft] = useState(search);
  const t = (id: string) => intl.formatMessage({ id });
  const set = <K extends keyof DirectorySearch>(key: K, value: DirectorySearch[K]) =>
    setDraft((d) => ({ ...d, [key]: value }));
  const chosen = (code: NetworkCode) => draft.networks.length === 0 || draft.networks.includes(code);
  const toggle = (code: NetworkCode, on: boolean) => {
    const current = draft.networks.length === 0 ? networks.map((n) => n.code) : draft.networks;
    const next = on ? [...current, code] : current.filter((c) => c !== code);
    if (next.length === 0) return; // at least one network: none would mean all
    set('networks', next.length === networks.length ? [] : next);
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSearch(draft);
  };
  const options = (vocabulary: 'role' | 'crimeArea', any: string) => [
    { value: '', label: t(any) },
    ...VOCABULARY[vocabulary].map((v) => ({ value: v, label: l.label(vocabulary, v) })),
  ];
  const languages = sortByName(FILTER_LANGUAGES, intl.locale, (c) => languageName(intl.locale, c));

  return (
    <form role="search" aria-label={t('directory.search.label')} className="search-form" onSubmit={submit}>
      <div className="field wide">
        <label htmlFor={textId}>{t('directory.search.text')}</label>
        <input id={textId} type="search" value={draft.text} onChange={(e) => set('text', e.target.value)} />
      </div>
      <CountrySelect
        label={t('directory.search.country')}
        anyLabel={t('directory.search.anyCountry')}
        value={draft.country}
        onChange={(v) => set('country', v)}
      />
      <Select
        label={t('directory.search.role')}
        value={draft.role}
        options={options('role', 'directory.search.anyRole')}
        onChange={(v) => set('role', v as DirectorySearch['role'])}
      />
      <Select
        label={t('directory.search.expertise')}
        value={draft.expertise}
        options={options('crimeArea', 'directory.search.anyExpertise')}
        onChange={(v) => set('expertise', v as DirectorySearch['expertise'])}
      />
      <Select
        label={t('directory.search.language')}
        value={draft.language}
        options={[
          { value: '', label: t('directory.search.anyLanguage') },
          ...languages.map((c) => ({ value: c, label: languageName(intl.locale, c) })),
        ]}
        onChange={(v) => set('language', v)}
      />
      <fieldset className="wide">
        <legend>{t('directory.search.networks')}</legend>
        {networks.map((n) => (
          <label key={n.code} className="check">
            <input type="checkbox" checked={chosen(n.code)} onChange={(e) => toggle(n.code, e.target.checked)} />{' '}
            {n.name}
          </label>
        ))}
      </fieldset>
      <div className="field">
        <label className="check">
          <input
            type="checkbox"
            checked={draft.available24x7}
            onChange={(e) => set('available24x7', e.target.checked)}
          />{' '}
          {t('directory.search.available24x7')}
        </label>
      </div>
      <div className="actions wide">
        <button type="submit">
          <FormattedMessage id="directory.search.submit" />
        </button>
        <button
          type="button"
          className="secondary"
          onClick={() => {
            const cleared: DirectorySearch = {
              networks: [],
              country: '',
              role: '',
              expertise: '',
              language: '',
              available24x7: false,
              text: '',
            };
            setDraft(cleared);
            onSearch(cleared);
          }}
        >
          <FormattedMessage id="directory.search.clear" />
        </button>
      </div>
    </form>
  );
}
