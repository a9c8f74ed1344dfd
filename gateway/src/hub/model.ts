/** What the hub's resolvers pass between each other (the codegen mappers of hub.graphql) and their context. */

/** A network of the registry, by its NetworkCode; __typename names the network's own type (<Prefix>Network). */
export interface NetworkRef {
  __typename?: string;
  code: string;
}

/** A country by its ISO 3166-1 alpha-3 code. */
export interface CountryRef {
  code: string;
}

/** An object of a network subgraph, by its global id and the type that id names. */
export interface NodeRef {
  __typename: string;
  id: string;
}

/** The hub reads nothing of the caller: the same question has the same answer for everyone (so the gateway keeps its answers). */
export type HubContext = Record<string, never>;
