/**
 * Errors a user can cause, each with a stable `extensions.code` and a message a
 * person can act on. Anything else is an internal error and is masked.
 */
import { GraphQLError, type GraphQLFormattedError } from 'graphql';

export type UserErrorCode =
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'FORBIDDEN'
  | 'UNAUTHENTICATED'
  | 'INVALID_TRANSITION'
  | 'CONFLICT'
  | 'REFERENCE_SERIES_FULL';

export function userError(code: UserErrorCode, message: string, details: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...details } });
}

export const badInput = (message: string, details?: Record<string, unknown>) =>
  userError('BAD_USER_INPUT', message, details);
export const notFound = (message: string, details?: Record<string, unknown>) =>
  userError('NOT_FOUND', message, details);
export const conflict = (message: string, details?: Record<string, unknown>) => userError('CONFLICT', message, details);
export const forbidden = (message: string, details?: Record<string, unknown>) =>
  userError('FORBIDDEN', message, details);
/** A step the referral's state does not allow (completing a withdrawn referral, say). */
export const invalidTransition = (message: string, details?: Record<string, unknown>) =>
  userError('INVALID_TRANSITION', message, details);

/** Codes that may reach a client with their message; anything else is masked. */
export const USER_ERROR_CODES: ReadonlySet<string> = new Set([
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'FORBIDDEN',
  'UNAUTHENTICATED',
  'INVALID_TRANSITION',
  'CONFLICT',
  'REFERENCE_SERIES_FULL',
  'NETWORK_UNAVAILABLE',
  'GRAPHQL_VALIDATION_FAILED',
  'GRAPHQL_PARSE_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
  'COST_LIMIT_EXCEEDED',
  'LIST_NESTING_EXCEEDED',
  'ENTITY_JUMP_NESTING_EXCEEDED',
  'ENTITY_JUMPS_EXCEEDED',
  'QUERY_PLANNING_LIMIT',
  'QUERY_PLANNING_BUSY',
]);

/**
 * Keeps user errors as they are and hides everything else behind a generic
 * message. `passThrough` lets the gateway keep errors a network already masked.
 */
export function maskErrors(
  production: boolean,
  log: (message: string) => void,
  passThrough: (e: GraphQLFormattedError) => boolean = () => false,
) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = String(formatted.extensions?.code ?? '');
    if (USER_ERROR_CODES.has(code) || passThrough(formatted)) return formatted;
    log(`internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return {
      message: 'Internal server error.',
      path: formatted.path,
      locations: formatted.locations,
      extensions: { code: 'INTERNAL_SERVER_ERROR', ...(production ? {} : { detail: formatted.message }) },
    };
  };
}
