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

/** True when the field at `path` (or anything inside it) came back null because the caller may not see it. */
export function isForbidden(errors: readonly GraphQLFormattedError[], path: readonly (string | number)[]): boolean {
  return errors.some((e) => code(e) === 'FORBIDDEN' && e.path !== undefined && path.every((part, i) => e.path![i] === part));
}

/** True when a network's part of the answer is missing because that network did not answer. */
export function isUnavailable(errors: readonly GraphQLFormattedError[], network: string): boolean {
  return errors.some((e) => code(e) === 'NETWORK_UNAVAILABLE' && e.extensions?.network === network);
}
