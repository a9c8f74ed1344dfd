/**
 * Two gateways over the same subgraphs, one running plans with the gateway's
 * own executor and one with Apollo Gateway's (GATEWAY_EXECUTION=apollo), asked
 * the same thing: the tests compare what a client would see from each.
 */
import { postGraphQL } from './federation-http';
import type { startInProcessFederation } from './in-process';

type Federation = Awaited<ReturnType<typeof startInProcessFederation>>;
type ExtraGateway = Awaited<ReturnType<Federation['extraGateway']>>;

/** An answer as text, ready for comparison: status, data (keys in their order), errors, extensions. */
export interface ComparableAnswer {
  status: number;
  data: string;
  /** Each error as JSON, sorted: parallel fetches report errors in the order the networks answer, which carries no meaning. */
  errors: string[];
  extensions?: unknown;
}

export type FoundError = { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> };

export async function comparableAnswer(
  url: string,
  query: string,
  variables: Record<string, unknown> | undefined,
  token: string | undefined,
): Promise<ComparableAnswer> {
  const res = await postGraphQL(url, query, variables, token ? { authorization: `Bearer ${token}` } : {});
  const { extensions } = res as { extensions?: unknown };
  return {
    status: res.status,
    data: JSON.stringify(res.data),
    errors: (res.errors ?? []).map((e) => JSON.stringify(e)).sort(),
    extensions,
  };
}

/** The answer without the errors' paths, where the own executor is right and Apollo Gateway is not (test/own-executor.int.test.ts). */
export const withoutPaths = (answer: ComparableAnswer): ComparableAnswer => ({
  ...answer,
  errors: answer.errors.map((e) => JSON.stringify({ ...(JSON.parse(e) as FoundError), path: undefined })).sort(),
});

/**
 * `same(query, variables, token, label)` asks both gateways, requires the same answer (paths aside) and that
 * the Apollo gateway never used the own executor; returns both answers and which executor `fed`'s gateway used.
 */
export function compareExecutors(fed: Federation, apollo: ExtraGateway) {
  return async (
    query: string,
    variables: Record<string, unknown> | undefined,
    token: string | undefined,
    label = '',
  ) => {
    const before = { own: { ...fed.executions }, apollo: { ...apollo.executions } };
    const ours = await comparableAnswer(fed.gatewayUrl, query, variables, token);
    const theirs = await comparableAnswer(apollo.url, query, variables, token);
    expect({ label, ...withoutPaths(ours) }).toEqual({ label, ...withoutPaths(theirs) });
    expect(apollo.executions.own).toBe(before.apollo.own);
    return {
      answer: ours,
      theirs,
      ownExecutor: fed.executions.own - before.own.own === 1,
      apolloExecutor: fed.executions.apollo - before.own.apollo === 1,
    };
  };
}
