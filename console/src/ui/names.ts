/** Country and language names in the reader's language, from the browser's own Intl data (nothing to download). */
const cache = new Map<string, Intl.DisplayNames>();

function displayNames(locale: string, type: 'region' | 'language'): Intl.DisplayNames | null {
  const key = `${locale}:${type}`;
  if (!cache.has(key)) {
    try {
      cache.set(key, new Intl.DisplayNames([locale], { type, fallback: 'none' }));
    } catch {
      return null;
    }
  }
  return cache.get(key)!;
}

function nameOf(locale: string, type: 'region' | 'language', code: string, fallback: string): string {
  try {
    return displayNames(locale, type)?.of(code) ?? fallback;
  } catch {
    return fallback;
  }
}

/** `alpha2` as the reader's language names it; `fallback` (the hub's English name) when the browser does not know it. */
export const countryName = (locale: string, alpha2: string, fallback: string): string =>
  nameOf(locale, 'region', alpha2, fallback);

/** An ISO 639-1 code as the reader's language names it, or the code itself. */
export const languageName = (locale: string, code: string): string => nameOf(locale, 'language', code, code);

/** Sorts by a name in the reader's language (accents and case as a person expects). */
export function sortByName<T>(items: readonly T[], locale: string, name: (item: T) => string): T[] {
  const collator = new Intl.Collator(locale);
  return [...items].sort((a, b) => collator.compare(name(a), name(b)));
}

/** A calendar date (GraphQL `Date`, e.g. 2026-03-01) as a timestamp at UTC midnight; format it with timeZone UTC. */
export const calendarDate = (iso: string): number => Date.parse(`${iso.slice(0, 10)}T00:00:00Z`);
