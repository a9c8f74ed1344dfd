import { useQuery } from '@apollo/client/react';
import { graphql } from '../__generated__';
import type { NetworkCode } from '../__generated__/graphql';

// Owned by the hub inside the gateway: answers even when every network is down.
const NetworkNamesQuery = graphql(`
  query NetworkNames {
    networks {
      code
      name
      fullName
    }
  }
`);

export interface NetworkName {
  code: NetworkCode;
  name: string;
  fullName: string | null;
}

/** The registry's networks with their short names; the code stands in until the answer arrives. */
export function useNetworkNames(): { networks: NetworkName[]; nameOf: (code: string) => string; error: unknown } {
  const { data, error } = useQuery(NetworkNamesQuery);
  const networks = (data?.networks ?? []).map((n) => ({
    code: n.code,
    name: n.name ?? n.code,
    fullName: n.fullName ?? null,
  }));
  const names = new Map(networks.map((n) => [n.code as string, n.name]));
  return { networks, nameOf: (code) => names.get(code) ?? code, error };
}
