import type { GraphQLFormattedError } from 'graphql';

/** What a page tells the person about the errors beside its (partial) data. */
export interface ErrorSummary {
  /** Codes of the networks that did not answer (gateway: NETWORK_UNAVAILABLE with extensions.network), sorted, once each. */
  unavailable: string[];
  /** Messages of errors that are neither a missing network nor a field the caller may not see. */
  other: string[];
}

const code = (error: GraphQLFormattedError) => error.extensions?.code;

export function summarizeErrors(errors: readonly GraphQLFormattedError[]): ErrorSummary {
  const unavailable = new Set<string>();
  const other = new Set<string>();
  for (const error of errors) {
    const network = error.extensions?.network;
    if (code(error) === 'NETWORK_UNAVAILABLE' && typeof network === 'string') unavailable.add(network);
    else if (code(error) !== 'FORBIDDEN') other.add(error.message);
  }
  return { unavailable: [...unavailable].sort(), other: [...other] };
}

const fieldNames = (path: readonly (string | number)[]) => path.filter((part) => typeof part === 'string');

/**
 * True when the field at `path` (or anything inside it) came back null because the caller may not see it.
 * With `network`, the field of that network's entry in a list of networks. Apollo Gateway's executor,
 * which the gateway still uses for operations with directives, numbers an error's path within the one
 * network's fetch (every network's entry is at 0), so the error is found by the network the gateway
 * names in `extensions.network` and the field names of its path.
 */
export function isForbidden(
  errors: readonly GraphQLFormattedError[],
  path: readonly (string | number)[],
  network?: string,
): boolean {
  const names = fieldNames(path);
  return errors.some((e) => {
    if (code(e) !== 'FORBIDDEN' || e.path === undefined) return false;
    if (network === undefined) return path.every((part, i) => e.path![i] === part);
    const errorNames = fieldNames(e.path);
    return e.extensions?.network === network && names.every((part, i) => errorNames[i] === part);
  });
}

/** True when a network's part of the answer is missing because that network did not answer. */
export function isUnavailable(errors: readonly GraphQLFormattedError[], network: string): boolean {
  return errors.some((e) => code(e) === 'NETWORK_UNAVAILABLE' && e.extensions?.network === network);
}

/** A form's errors: the API's messages about its fields (by field name), and the others. */
export interface FormErrors {
  fields: Record<string, string>;
  other: string[];
}

export const noFormErrors: FormErrors = { fields: {}, other: [] };

/** The form field an API error names (`extensions.field`, perhaps as `patch.email` or `input.email`), if it is one of `names`. */
export function errorField(names: readonly string[], field: unknown): string | null {
  if (typeof field !== 'string') return null;
  const name = field.split('.').pop()!;
  return names.includes(name) ? name : null;
}

/** Each error beside the field it names, the first one per field; the rest for the top of the form. */
export function formErrors(errors: readonly GraphQLFormattedError[], names: readonly string[]): FormErrors {
  const out: FormErrors = { fields: {}, other: [] };
  for (const error of errors) {
    const field = errorField(names, error.extensions?.field);
    if (field && !(field in out.fields)) out.fields[field] = error.message;
    else if (!field && !out.other.includes(error.message)) out.other.push(error.message);
  }
  return out;
}
