import { CombinedGraphQLErrors } from '@apollo/client/errors';
import type { GraphQLFormattedError } from 'graphql';
import { FormattedList, FormattedMessage } from 'react-intl';
import { summarizeErrors } from './errors';
import { useNetworkNames } from './networks';

/** The GraphQL errors beside a result (empty when there are none, or when the request itself failed). */
export function graphQLErrors(error: unknown): readonly GraphQLFormattedError[] {
  return CombinedGraphQLErrors.is(error) ? error.errors : [];
}

/**
 * What went wrong with a page's queries, said once at the top of the page: the networks that did
 * not answer (their part is missing, the rest is shown), other errors, or a hub that did not answer.
 * Fields the caller may not see are explained where they would be, not here.
 */
export function QueryStatus({ errors, loading = false }: { errors: readonly unknown[]; loading?: boolean }) {
  const { nameOf } = useNetworkNames();
  const present = errors.filter((e) => e !== undefined && e !== null);
  const summary = summarizeErrors(present.flatMap(graphQLErrors));
  const failed = present.some((e) => !CombinedGraphQLErrors.is(e));
  return (
    <>
      <div role="status" className="notices">
        {loading && (
          <p className="loading">
            <FormattedMessage id="status.loading" />
          </p>
        )}
        {summary.unavailable.length > 0 && (
          <p className="notice warning">
            <FormattedMessage
              id="status.networksUnavailable"
              values={{
                count: summary.unavailable.length,
                networks: <FormattedList type="conjunction" value={summary.unavailable.map(nameOf)} />,
              }}
            />
          </p>
        )}
      </div>
      {(failed || summary.other.length > 0) && (
        <div role="alert" className="notice error">
          <p>
            <FormattedMessage id={failed ? 'status.hubUnavailable' : 'status.errors'} />
          </p>
          {summary.other.length > 0 && (
            <ul>
              {summary.other.map((m) => (
                <li key={m}>{m}</li>
              ))}
            </ul>
          )}
        </div>
      )}
    </>
  );
}
