import type { GraphQLFormattedError } from 'graphql';
import { isForbidden, isUnavailable } from '../ui/errors';

/** Why a network's group shows what it shows. */
export type GroupState = 'results' | 'forbidden' | 'unavailable';

export interface NetworkGroup<C> {
  code: string;
  name: string;
  state: GroupState;
  /** Matches in that network (0 unless state is results). */
  totalCount: number;
  connection: C | null;
}

interface NetworkAnswer<C> {
  code: string;
  name?: string | null;
  contactPoints?: C | null;
}

/**
 * One group per network of the answer, in the registry's order: its results, or why there are none
 * (the caller may not see contact points, or the network did not answer).
 */
export function groupByNetwork<C extends { totalCount: number }>(
  networks: readonly NetworkAnswer<C>[],
  errors: readonly GraphQLFormattedError[],
): { groups: NetworkGroup<C>[]; totalCount: number } {
  const groups = networks.map((n, i): NetworkGroup<C> => {
    const name = n.name ?? n.code;
    if (n.contactPoints)
      return {
        code: n.code,
        name,
        state: 'results',
        totalCount: n.contactPoints.totalCount,
        connection: n.contactPoints,
      };
    const state: GroupState =
      isForbidden(errors, ['networks', i, 'contactPoints'], n.code) && !isUnavailable(errors, n.code)
        ? 'forbidden'
        : 'unavailable';
    return { code: n.code, name, state, totalCount: 0, connection: null };
  });
  return { groups, totalCount: groups.reduce((sum, g) => sum + g.totalCount, 0) };
}

/** Page numbers for a group's pager: the page shown (from 1) and how many there are. */
export function pageOf(cursorsBehind: number, totalCount: number, pageSize: number): { page: number; pages: number } {
  return { page: cursorsBehind + 1, pages: Math.max(1, Math.ceil(totalCount / pageSize)) };
}
