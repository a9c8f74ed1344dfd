import type { Mutation } from '../__generated__/graphql';
import { possibleTypes } from '../__generated__/possible-types';

type NetworkFlags = Record<Exclude<keyof Mutation, '__typename'>, boolean>;

/**
 * The mutations of a network live under its own root field (`seajust { createReferral ... }`).
 * The console's mutation documents name every network's field under `@include(if: $<key>)`;
 * these are the values of those variables for one network, keyed as the schema's types are named.
 */
export function networkFlags(key: string): NetworkFlags {
  const keys = (possibleTypes.Network ?? []).map((t) => t.replace(/Network$/, '').toLowerCase());
  return Object.fromEntries(keys.map((k) => [k, k === key])) as NetworkFlags;
}

/** The network that holds a record: the first part of its global id (`<network>:<kind>:<uuid>`). */
export const recordNetwork = (id: string): string => id.split(':')[0] ?? '';

/** The one network answer of a mutation run under networkFlags. */
export function networkAnswer<D extends object>(data: D | null | undefined): Extract<D[keyof D], object> | null {
  return (
    (Object.values(data ?? {}).find((v) => v !== null && typeof v === 'object') as
      Extract<D[keyof D], object> | undefined) ?? null
  );
}
