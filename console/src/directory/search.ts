import type { ContactPointFilter, ContactPointRole, CrimeArea, NetworkCode } from '../__generated__/graphql';
import { VOCABULARY } from '../ui/vocabulary';

/** A directory search as the form holds it and the address bar keeps it (so it can be shared and gone back to). */
export interface DirectorySearch {
  /** Network codes to search; empty means every network. */
  networks: NetworkCode[];
  /** Alpha-3 code, or '' for any. */
  country: string;
  role: ContactPointRole | '';
  expertise: CrimeArea | '';
  /** ISO 639-1 code, or '' for any. */
  language: string;
  available24x7: boolean;
  text: string;
}

const oneOf = <T extends string>(values: readonly T[], value: string | null): T | '' =>
  value !== null && (values as readonly string[]).includes(value) ? (value as T) : '';

/** Reads a search from the address bar, dropping what is not a known value (a hand-edited or stale link). */
export function searchFromParams(params: URLSearchParams, knownNetworks: readonly NetworkCode[]): DirectorySearch {
  const networks = params
    .getAll('network')
    .filter((c): c is NetworkCode => (knownNetworks as readonly string[]).includes(c));
  return {
    networks: networks.length === knownNetworks.length ? [] : networks,
    country: /^[A-Z]{3}$/.test(params.get('country') ?? '') ? params.get('country')! : '',
    role: oneOf(VOCABULARY.role, params.get('role')),
    expertise: oneOf(VOCABULARY.crimeArea, params.get('expertise')),
    language: /^[a-z]{2}$/.test(params.get('language') ?? '') ? params.get('language')! : '',
    available24x7: params.get('available24x7') === 'true',
    text: (params.get('q') ?? '').trim(),
  };
}

/** The address bar form of a search: only what narrows it. */
export function searchToParams(search: DirectorySearch): URLSearchParams {
  const params = new URLSearchParams();
  for (const code of search.networks) params.append('network', code);
  if (search.country) params.set('country', search.country);
  if (search.role) params.set('role', search.role);
  if (search.expertise) params.set('expertise', search.expertise);
  if (search.language) params.set('language', search.language);
  if (search.available24x7) params.set('available24x7', 'true');
  if (search.text.trim()) params.set('q', search.text.trim());
  return params;
}

/** The GraphQL filter of a search (sent as a variable, never spliced into the document). */
export function contactPointFilter(search: DirectorySearch): ContactPointFilter {
  const filter: ContactPointFilter = {};
  if (search.country) filter.country = search.country;
  if (search.role) filter.roles = [search.role];
  if (search.expertise) filter.expertise = [search.expertise];
  if (search.language) filter.language = search.language;
  if (search.available24x7) filter.available24x7 = true;
  if (search.text.trim()) filter.search = search.text.trim();
  return filter;
}
