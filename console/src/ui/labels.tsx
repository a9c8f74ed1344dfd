import { useIntl } from 'react-intl';
import { countryName, languageName } from './names';
import { labelId, type Vocabulary } from './vocabulary';

/** Label helpers bound to the reader's language. */
export function useLabels() {
  const intl = useIntl();
  return {
    label: (vocabulary: Vocabulary, value: string) => intl.formatMessage({ id: labelId(vocabulary, value) }),
    labels: (vocabulary: Vocabulary, values: readonly string[]) =>
      intl.formatList(
        values.map((v) => intl.formatMessage({ id: labelId(vocabulary, v) })),
        { type: 'unit' },
      ),
    country: (c: { alpha2: string; name: string }) => countryName(intl.locale, c.alpha2, c.name),
    languages: (codes: readonly string[]) =>
      intl.formatList(
        codes.map((c) => languageName(intl.locale, c)),
        { type: 'unit' },
      ),
    date: (timestamp: number) => intl.formatDate(timestamp, { dateStyle: 'long', timeZone: 'UTC' }),
    dateRange: (from: number, to: number) =>
      intl.formatDateTimeRange(from, to, { dateStyle: 'medium', timeZone: 'UTC' }),
    dateTime: (iso: string) => intl.formatDate(Date.parse(iso), { dateStyle: 'long' }),
    /** A moment to the minute, in the reader's time zone (a referral's steps). */
    dateTimeShort: (iso: string) => intl.formatDate(Date.parse(iso), { dateStyle: 'medium', timeStyle: 'short' }),
  };
}
