import { useId, useState, type FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { CountrySelect } from '../ui/CountrySelect';
import { useLabels } from '../ui/labels';
import { useNetworkNames } from '../ui/networks';
import { Select } from '../ui/Select';
import { VOCABULARY } from '../ui/vocabulary';
import type { ListSearch } from './listFilter';

/** Filters of the inbox or outbox: status, urgency, counterpart network and country, crime area, dates, overdue. */
export function ListFilters({ search, onSearch }: { search: ListSearch; onSearch: (s: ListSearch) => void }) {
  const intl = useIntl();
  const l = useLabels();
  const { networks } = useNetworkNames();
  const ids = { from: useId(), to: useId() };
  const [draft, setDraft] = useState(search);
  const t = (id: string) => intl.formatMessage({ id });
  const set = <K extends keyof ListSearch>(key: K, value: ListSearch[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const options = (vocabulary: 'referralStatus' | 'urgency' | 'crimeArea') => [
    { value: '', label: t('referrals.filter.any') },
    ...VOCABULARY[vocabulary].map((v) => ({ value: v, label: l.label(vocabulary, v) })),
  ];
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSearch({ ...draft, reference: '' });
  };
  return (
    <form role="search" aria-label={t('referrals.filter.label')} className="search-form" onSubmit={submit}>
      <Select
        label={t('referrals.filter.status')}
        value={draft.status}
        options={options('referralStatus')}
        onChange={(v) => set('status', v as ListSearch['status'])}
      />
      <Select
        label={t('referrals.filter.urgency')}
        value={draft.urgency}
        options={options('urgency')}
        onChange={(v) => set('urgency', v as ListSearch['urgency'])}
      />
      <Select
        label={t('referrals.filter.network')}
        value={draft.network}
        options={[
          { value: '', label: t('referrals.filter.any') },
          ...networks.map((n) => ({ value: n.code, label: n.name })),
        ]}
        onChange={(v) => set('network', v as ListSearch['network'])}
      />
      <CountrySelect
        label={t('referrals.filter.country')}
        anyLabel={t('referrals.filter.any')}
        value={draft.country}
        onChange={(v) => set('country', v)}
      />
      <Select
        label={t('referrals.filter.crimeArea')}
        value={draft.crimeArea}
        options={options('crimeArea')}
        onChange={(v) => set('crimeArea', v as ListSearch['crimeArea'])}
      />
      <div className="field">
        <label htmlFor={ids.from}>{t('referrals.filter.from')}</label>
        <input id={ids.from} type="date" value={draft.from} onChange={(e) => set('from', e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={ids.to}>{t('referrals.filter.to')}</label>
        <input id={ids.to} type="date" value={draft.to} onChange={(e) => set('to', e.target.value)} />
      </div>
      <div className="field checkbox-field">
        <label>
          <input
            type="checkbox"
            checked={draft.overdue === 'true'}
            onChange={(e) => set('overdue', e.target.checked ? 'true' : '')}
          />{' '}
          {t('referrals.filter.overdue')}
        </label>
      </div>
      <div className="actions wide">
        <button type="submit">
          <FormattedMessage id="referrals.filter.apply" />
        </button>
      </div>
    </form>
  );
}

/** Looks a referral up by its reference number or a formal reference, in both directions. */
export function LookupForm({ initial, onLookup }: { initial: string; onLookup: (reference: string) => void }) {
  const intl = useIntl();
  const id = useId();
  const [value, setValue] = useState(initial);
  return (
    <form
      role="search"
      aria-label={intl.formatMessage({ id: 'referrals.lookup.label' })}
      className="search-form"
      onSubmit={(e) => {
        e.preventDefault();
        onLookup(value.trim());
      }}
    >
      <div className="field wide">
        <label htmlFor={id}>
          <FormattedMessage id="referrals.lookup.field" />
        </label>
        <input
          id={id}
          type="search"
          maxLength={100}
          placeholder="SEAJUST-2026-000123"
          value={value}
          onChange={(e) => setValue(e.target.value)}
        />
      </div>
      <div className="actions">
        <button type="submit">
          <FormattedMessage id="referrals.lookup.submit" />
        </button>
      </div>
    </form>
  );
}
