import { useMemo } from 'react';
import { useIntl } from 'react-intl';
import { useNetworkNames } from '../ui/networks';
import { monthStart } from './period';

/** The API's open-referral age groups (statistics.ts AGE_BUCKETS) and what each is called. */
const AGE_GROUPS: Record<string, string> = {
  '0-30 days': 'analytics.age.upTo30',
  '31-90 days': 'analytics.age.upTo90',
  '91-180 days': 'analytics.age.upTo180',
  '181-365 days': 'analytics.age.upTo365',
  'over 365 days': 'analytics.age.over365',
};

const COLUMNS: Record<string, string> = {
  acknowledgementCount: 'analytics.timeliness.acknowledgementCount',
  acknowledgementMedian: 'analytics.timeliness.acknowledgementMedian',
  acknowledgementP90: 'analytics.timeliness.acknowledgementP90',
  completionCount: 'analytics.timeliness.completionCount',
  completionMedian: 'analytics.timeliness.completionMedian',
  completionP90: 'analytics.timeliness.completionP90',
  contactPoints: 'analytics.directory.contactPoints',
  countriesWithout24x7: 'analytics.directory.countriesWithout24x7',
  notReviewedIn12Months: 'analytics.directory.notReviewedIn12Months',
};

/**
 * Names of what the dashboard's rows and columns are keyed by, in the reader's language; the same
 * object until the language or the networks' names change, so the charts are not redrawn for nothing.
 */
export function useAnalyticsLabels() {
  const intl = useIntl();
  const { networks, nameOf } = useNetworkNames();
  const names = networks.map((n) => `${n.code}=${n.name}`).join();
  // nameOf is new on every render; names is what it reads.
  return useMemo(() => labels(intl, nameOf), [intl, names]);
}

function labels(intl: ReturnType<typeof useIntl>, nameOf: (code: string) => string) {
  const message = (id: string) => intl.formatMessage({ id });
  return {
    message,
    network: nameOf,
    month: (month: string) => intl.formatDate(monthStart(month), { year: 'numeric', month: 'short', timeZone: 'UTC' }),
    longMonth: (month: string) =>
      intl.formatDate(monthStart(month), { year: 'numeric', month: 'long', timeZone: 'UTC' }),
    age: (key: string) => (AGE_GROUPS[key] ? message(AGE_GROUPS[key]) : key),
    column: (key: string) => (COLUMNS[key] ? message(COLUMNS[key]) : key),
  };
}
