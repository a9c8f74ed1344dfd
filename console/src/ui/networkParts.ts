import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { NETWORK_KEYS, networkDocuments } from './__generated__/network-documents';

/** A network's key, as its mutations' root field and its ids' prefix name it (`seajust`). */
export type NetworkKey = (typeof NETWORK_KEYS)[number];

type NetworkDocuments = (typeof networkDocuments)[keyof typeof networkDocuments];

/**
 * A document written once for every network. The mutations of a network live under its own root field
 * (`seajust { createReferral ... }`); a template names the stand-in `template` field and `Template...`
 * types and operation (`mutation TemplateCreateReferral { network: template { ... } }`), and
 * `npm run codegen:console` writes one typed copy per network of the registry
 * (`ui/__generated__/network-documents.ts`). The answer is alike whichever network's copy ran when the
 * template aliases the root field (`network: template`).
 */
export function networkGraphql<S extends keyof typeof networkDocuments>(source: S): (typeof networkDocuments)[S] {
  const copies = networkDocuments[source];
  if (!copies) throw new Error('A networkGraphql document without its copies: run npm run codegen:console.');
  return copies;
}

type ResultOf<D> = D extends TypedDocumentNode<infer R, infer _V> ? R : never;
type VariablesOf<D> = D extends TypedDocumentNode<infer _R, infer V> ? V : never;

/**
 * The copy of a network document for one network, by its key or code (`seajust`, `SEAJUST`): the
 * only network's part the console sends, so a mutation names no other network and carries no directive.
 */
export function forNetwork<D extends NetworkDocuments>(
  copies: D,
  network: string,
): TypedDocumentNode<ResultOf<D[keyof D]>, VariablesOf<D[keyof D]>> {
  const key = network.toLowerCase();
  if (!Object.hasOwn(copies, key)) throw new Error(`The console has no documents for the network "${network}".`);
  return copies[key as keyof D] as TypedDocumentNode<ResultOf<D[keyof D]>, VariablesOf<D[keyof D]>>;
}

/** The network that holds a record: the first part of its global id (`<network>:<kind>:<uuid>`). */
export const recordNetwork = (id: string): string => id.split(':')[0] ?? '';
