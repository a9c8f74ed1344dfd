/** Input validation for directory writes and filters; each failure is BAD_USER_INPUT naming the field. */
import { findCountry, isLanguageCode } from '#shared/countries';
import { badInput } from '#shared/errors';
import { DEFAULT_PAGE, MAX_PAGE } from '#shared/pages';
import type { NetworkDefinition } from '#shared/registry';

export const MAX_NAME = 200;
export const MAX_TEXT = 4000;
export const MAX_SEARCH = 200;

/** Resolves a country code (alpha-2 or alpha-3) to alpha-3, or throws. */
export function countryCode(field: string, value: string): string {
  const c = findCountry(value);
  if (!c)
    throw badInput(`${field}: "${value.slice(0, 20)}" is not an ISO 3166-1 alpha-2 or alpha-3 country code.`, {
      field,
    });
  return c.alpha3;
}

/** Resolves a country code and checks the country is a member of the network. */
export function memberCountry(network: NetworkDefinition, field: string, value: string): string {
  const alpha3 = countryCode(field, value);
  if (!network.members.some((m) => m.country === alpha3)) {
    throw badInput(`${field}: ${alpha3} is not a member country of ${network.name}.`, { field });
  }
  return alpha3;
}

export function languages(field: string, values: readonly string[]): string[] {
  if (values.length > 30) throw badInput(`${field}: at most 30 languages.`, { field });
  const out: string[] = [];
  for (const v of values) {
    const code = v.trim().toLowerCase();
    if (!isLanguageCode(code))
      throw badInput(`${field}: "${v.slice(0, 20)}" is not an ISO 639-1 language code (e.g. en, fr, ru).`, { field });
    if (!out.includes(code)) out.push(code);
  }
  return out;
}

export function language(field: string, value: string): string {
  return languages(field, [value])[0]!;
}

// PostgreSQL text cannot hold NUL, and jsonb refuses an unpaired UTF-16 surrogate
// ("\ud800" in JSON), which UTF-8 cannot encode either; no real text needs them.
// eslint-disable-next-line no-control-regex -- NUL is exactly what this refuses
const UNSTORABLE = /\u0000|\p{Cs}/u;

/** Whether PostgreSQL can store `value` as text and inside jsonb. */
export function isStorable(value: string): boolean {
  return !UNSTORABLE.test(value);
}

function storable(field: string, value: string): void {
  if (!isStorable(value))
    throw badInput(`${field} must be valid Unicode text, without NUL characters or unpaired surrogates.`, { field });
}

/** A required text: trimmed, non-empty, at most `max` characters. */
export function text(field: string, value: string, max = MAX_NAME): string {
  storable(field, value);
  const t = value.trim();
  if (!t) throw badInput(`${field} must not be empty.`, { field });
  if (t.length > max) throw badInput(`${field} must be at most ${max} characters.`, { field });
  return t;
}

/** An optional text: empty becomes null. */
export function optionalText(field: string, value: string | null | undefined, max = MAX_TEXT): string | null {
  if (value == null) return null;
  storable(field, value);
  const t = value.trim();
  if (!t) return null;
  if (t.length > max) throw badInput(`${field} must be at most ${max} characters.`, { field });
  return t;
}

const EMAIL = /^[^\s@]{1,64}@[^\s@]{1,255}\.[^\s@.]{2,63}$/;
export function email(field: string, value: string | null | undefined): string | null {
  const t = optionalText(field, value, 320);
  if (t !== null && !EMAIL.test(t))
    throw badInput(`${field}: "${t.slice(0, 80)}" is not an e-mail address.`, { field });
  return t;
}

const PHONE = /^\+?[0-9 ()./-]{5,30}$/;
export function phone(field: string, value: string | null | undefined): string | null {
  const t = optionalText(field, value, 40);
  if (t !== null && !PHONE.test(t))
    throw badInput(`${field}: use digits, spaces and an optional leading +, e.g. +855 23 123 456.`, { field });
  return t;
}

export function url(field: string, value: string): string {
  const t = text(field, value, 2000);
  let parsed: URL;
  try {
    parsed = new URL(t);
  } catch {
    throw badInput(`${field}: "${t.slice(0, 80)}" is not an absolute URL.`, { field });
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')
    throw badInput(`${field} must be an http or https URL.`, { field });
  return t;
}

/** Whether `value` is an ISO date (YYYY-MM-DD) that is a real calendar day. */
export function isIsoDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const d = m ? new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!)) : null;
  // PostgreSQL has no year 0 (1 BC comes before 1 AD).
  return !!m && +m[1]! >= 1 && !!d && d.getUTCMonth() === +m[2]! - 1 && d.getUTCDate() === +m[3]!;
}

/** Parses an ISO date (YYYY-MM-DD) that is a real calendar day. */
export function isoDate(field: string, value: string): string {
  if (!isIsoDate(value))
    throw badInput(`${field}: "${value.slice(0, 20)}" is not a date of the form YYYY-MM-DD.`, { field });
  return value;
}

export function optionalDate(field: string, value: string | null | undefined): string | null {
  return value == null ? null : isoDate(field, value);
}

export function nonEmptyList<T>(field: string, values: readonly T[], max = 50): T[] {
  if (values.length === 0) throw badInput(`${field} must name at least one value.`, { field });
  if (values.length > max) throw badInput(`${field}: at most ${max} values.`, { field });
  return [...new Set(values)];
}

export function list<T>(field: string, values: readonly T[] | null | undefined, max = 50): T[] {
  if (!values) return [];
  if (values.length > max) throw badInput(`${field}: at most ${max} values.`, { field });
  return [...new Set(values)];
}

export function pageSize(first: number | null | undefined): number {
  const n = first ?? DEFAULT_PAGE;
  if (!Number.isInteger(n) || n < 0 || n > MAX_PAGE)
    throw badInput(`first must be between 0 and ${MAX_PAGE}.`, { field: 'first' });
  return n;
}

export function idempotencyKey(value: string): string {
  storable('idempotencyKey', value);
  const t = value.trim();
  if (t.length < 8 || t.length > 200)
    throw badInput('idempotencyKey must be 8 to 200 characters; a UUID is a good choice.', { field: 'idempotencyKey' });
  return t;
}
