/**
 * What a network may publish: its own part of the supergraph and nothing else.
 * - Types named with its own prefix (Seajust...) and any field on them, except the
 *   fields the hub declares there (a network's `<Prefix>Network` name, region, ...).
 * - Its own root field: `Query.<key>` and `Mutation.<key>`, of one of its own types.
 * - Another network's types only as the reference stubs the template writes:
 *   `@key(..., resolvable: false)` (or `@shareable` without a key), every field
 *   but the key `@external`.
 * - The definitions every subgraph declares alike (interfaces, enums, inputs, Country,
 *   the federation link) exactly as the hub's release has them: changing the contract
 *   between networks is a release of the hub, not one network's publication.
 * - Only the directives the template uses: no `@override`, `@provides`, `@requires`,
 *   `@interfaceObject`, which would let a subgraph take over or answer another's field.
 * Pure: every reason is returned, each with a stable code.
 */
import {
  Kind,
  print,
  visit,
  type ConstDirectiveNode,
  type DefinitionNode,
  type DocumentNode,
  type FieldDefinitionNode,
  type NamedTypeNode,
  type StringValueNode,
  type TypeNode,
} from 'graphql';
import type { NetworkDefinition, Registry } from '#shared/registry';

export type OwnershipCode =
  | 'FOREIGN_TYPE'
  | 'FOREIGN_FIELD'
  | 'HUB_TYPE'
  | 'HUB_FIELD'
  | 'ROOT_FIELD_NOT_OWN'
  | 'SHARED_DEFINITION_CHANGED'
  | 'UNPREFIXED_TYPE'
  | 'DIRECTIVE_NOT_ALLOWED';

export interface Refusal {
  code: string;
  message: string;
}

/** What a publication is judged against, from the hub's own release. */
export interface OwnershipContract {
  registry: Registry;
  /** The definitions every network declares alike, by name ('schema' for the link), printed without descriptions. */
  shared: ReadonlyMap<string, string>;
  /** Types the hub alone defines (its interface Network, Membership, Query). */
  hubTypes: ReadonlySet<string>;
  /** Fields the hub declares, by type (its own types and the networks' `<Prefix>Network`). */
  hubFields: ReadonlyMap<string, ReadonlySet<string>>;
}

/** Directives a publication may apply. */
const ALLOWED_DIRECTIVES = new Set(['key', 'shareable', 'external', 'deprecated', 'specifiedBy', 'link']);

const ROOTS = new Set(['Query', 'Mutation', 'Subscription']);

type Named = DefinitionNode & { name: { value: string } };

const isNamed = (d: DefinitionNode): d is Named => 'name' in d && d.name !== undefined;

/** A definition printed without its descriptions, to compare what it declares. */
export function normalised(d: DefinitionNode): string {
  return print(
    visit(d, {
      enter: (node) => ('description' in node && node.description ? { ...node, description: undefined } : undefined),
    }),
  );
}

/** The network whose prefix starts `name` (the prefix followed by an upper-case letter or the end). */
export function ownerOf(name: string, registry: Registry): NetworkDefinition | undefined {
  return registry.find(
    (n) =>
      name.startsWith(n.typePrefix) &&
      (name.length === n.typePrefix.length || /[A-Z]/.test(name[n.typePrefix.length]!)),
  );
}

const fieldsOf = (doc: DocumentNode): Map<string, Set<string>> => {
  const out = new Map<string, Set<string>>();
  for (const d of doc.definitions) {
    if (!isNamed(d) || !('fields' in d)) continue;
    const set = out.get(d.name.value) ?? new Set<string>();
    for (const f of (d.fields ?? []) as readonly { name: { value: string } }[]) set.add(f.name.value);
    out.set(d.name.value, set);
  }
  return out;
};

const definitionKey = (d: DefinitionNode): string | undefined =>
  d.kind === Kind.SCHEMA_EXTENSION || d.kind === Kind.SCHEMA_DEFINITION
    ? 'schema'
    : isNamed(d)
      ? d.kind === Kind.DIRECTIVE_DEFINITION
        ? `@${d.name.value}`
        : d.name.value
      : undefined;

/**
 * The contract from the hub's release: `baselineSdl` is a network's SDL as the release writes it
 * (its unprefixed definitions are what every network declares), `hubSdl` the hub's.
 */
export function ownershipContract(registry: Registry, baselineSdl: DocumentNode, hubSdl: DocumentNode) {
  const shared = new Map<string, string>();
  for (const d of baselineSdl.definitions) {
    const key = definitionKey(d);
    if (key === undefined || ownerOf(key, registry) || ROOTS.has(key)) continue;
    shared.set(key, normalised(d));
  }
  const hubTypes = new Set<string>();
  for (const d of hubSdl.definitions) {
    if (isNamed(d) && !ownerOf(d.name.value, registry) && !shared.has(d.name.value)) hubTypes.add(d.name.value);
  }
  return { registry, shared, hubTypes, hubFields: fieldsOf(hubSdl) } satisfies OwnershipContract;
}

const namedType = (t: TypeNode): NamedTypeNode => (t.kind === Kind.NAMED_TYPE ? t : namedType(t.type));

const has = (node: { directives?: readonly ConstDirectiveNode[] }, name: string) =>
  (node.directives ?? []).some((d) => d.name.value === name);

/** The fields named by a type's @key directives, and whether every one of them says `resolvable: false`. */
function keysOf(directives: readonly ConstDirectiveNode[] = []): { fields: Set<string>; resolvable: boolean } {
  const fields = new Set<string>();
  let resolvable = false;
  for (const d of directives.filter((x) => x.name.value === 'key')) {
    const arg = (name: string) => d.arguments?.find((a) => a.name.value === name)?.value;
    const selection = arg('fields');
    if (selection?.kind === Kind.STRING) {
      for (const f of (selection as StringValueNode).value.split(/[\s{}]+/)) if (f) fields.add(f);
    }
    const r = arg('resolvable');
    if (!(r?.kind === Kind.BOOLEAN && r.value === false)) resolvable = true;
  }
  return { fields, resolvable };
}

/** Every reason `doc` may not be published by `network`; empty when it may. */
export function checkOwnership(doc: DocumentNode, network: NetworkDefinition, contract: OwnershipContract): Refusal[] {
  const refusals: Refusal[] = [];
  const refuse = (code: OwnershipCode, message: string) => refusals.push({ code, message });

  // Directives anywhere in the document, on anything.
  const seen = new Set<string>();
  visit(doc, {
    Directive: (d) => {
      const name = d.name.value;
      if (!ALLOWED_DIRECTIVES.has(name) && !seen.has(name)) {
        seen.add(name);
        refuse(
          'DIRECTIVE_NOT_ALLOWED',
          `@${name} may not be used in a publication (allowed: @key, @shareable, @external).`,
        );
      }
    },
  });

  for (const d of doc.definitions) {
    const key = definitionKey(d);
    if (key === undefined) continue;
    const fields = ('fields' in d ? (d.fields ?? []) : []) as readonly FieldDefinitionNode[];
    if (ROOTS.has(key)) {
      for (const f of fields) {
        const type = namedType(f.type).name.value;
        if (key === 'Subscription' || f.name.value !== network.key || ownerOf(type, contract.registry) !== network) {
          refuse(
            'ROOT_FIELD_NOT_OWN',
            `${key}.${f.name.value}: a network publishes only its own root field ${key === 'Subscription' ? 'on Query or Mutation' : `${key}.${network.key}`}, of one of its own types.`,
          );
        }
      }
      continue;
    }
    const owner = ownerOf(key, contract.registry);
    if (owner === network) {
      const hub = contract.hubFields.get(key);
      const { fields: keyFields } = keysOf((d as { directives?: readonly ConstDirectiveNode[] }).directives);
      for (const f of fields) {
        if (hub?.has(f.name.value) && !keyFields.has(f.name.value) && !has(f, 'external'))
          refuse('HUB_FIELD', `${key}.${f.name.value} is the hub's field; it may appear here only as @external.`);
      }
      continue;
    }
    if (owner) {
      if (d.kind !== Kind.OBJECT_TYPE_DEFINITION && d.kind !== Kind.OBJECT_TYPE_EXTENSION) {
        refuse(
          'FOREIGN_TYPE',
          `${key} belongs to ${owner.name}; another network's types appear only as reference stubs.`,
        );
        continue;
      }
      const keys = keysOf(d.directives);
      const isEntity = (d.directives ?? []).some((x) => x.name.value === 'key');
      // A definition is a stub; an extension of one may add @external fields only (and no resolvable key).
      const extension = d.kind === Kind.OBJECT_TYPE_EXTENSION;
      if (isEntity ? keys.resolvable : !extension && !has(d, 'shareable')) {
        refuse(
          'FOREIGN_TYPE',
          `${key} belongs to ${owner.name}; a stub of it needs @key(..., resolvable: false) (or @shareable without a key).`,
        );
      }
      for (const f of fields) {
        if (!keys.fields.has(f.name.value) && !has(f, 'external'))
          refuse('FOREIGN_FIELD', `${key}.${f.name.value}: a field on ${owner.name}'s type must be @external.`);
      }
      continue;
    }
    if (contract.hubTypes.has(key)) {
      refuse('HUB_TYPE', `${key} is the hub's type; no network publishes it.`);
      continue;
    }
    const reference = contract.shared.get(key);
    if (reference === undefined) {
      refuse(
        'UNPREFIXED_TYPE',
        `${key}: a network's own types carry its prefix (${network.typePrefix}...); ${key} is no shared definition.`,
      );
    } else if (normalised(d) !== reference) {
      refuse(
        'SHARED_DEFINITION_CHANGED',
        `${key} is declared alike by every subgraph; it differs from the hub's release (a change to it is a release of the hub).`,
      );
    }
  }
  return refusals;
}
