/** Country reference data lookups (ISO 3166-1) and language codes (ISO 639-1). */
import { COUNTRIES, ISO_639_1, type CountryRecord } from './countries.data';

export { COUNTRIES, ISO_639_1, type CountryRecord };

const byCode = new Map<string, CountryRecord>();
for (const c of COUNTRIES) {
  byCode.set(c.alpha3, c);
  byCode.set(c.alpha2, c);
}

/** Finds a country by alpha-2 or alpha-3 code, any case. */
export function findCountry(code: string): CountryRecord | undefined {
  return byCode.get(code.trim().toUpperCase());
}

export function isLanguageCode(code: string): boolean {
  return ISO_639_1.has(code);
}
