/** Parent shapes the resolvers receive, beside the TypeORM entities. */

/** A network as a parent object: only its code; everything else is resolved below it. */
export interface NetworkRef {
  code: string;
}

/** A country as a parent object: its alpha-3 code; names come from shared reference data. */
export interface CountryRef {
  code: string;
}

/** One page of a connection. */
export interface Page<T> {
  nodes: T[];
  /** Counts every row of the list; run only when a client asks for totalCount. */
  totalCount: () => Promise<number>;
  hasNextPage: boolean;
  endCursor: string | null;
}

/** The namespace object of a network's mutations. */
export type MutationsRoot = Record<string, never>;

/**
 * A type name or NetworkCode as it is at runtime: the network's own (SeajustNetwork, SEAJUST), where the
 * generated types, written against the template, know only the template's (TemplateNetwork, TEMPLATE).
 */
export const runtimeName = <T extends string>(name: string) => name as T;
