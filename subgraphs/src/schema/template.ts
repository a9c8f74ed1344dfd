/**
 * The SDL writer: every network subgraph's SDL comes from the modules' schema
 * files (core, directory, referrals, statistics, audit: `<module>/schema.graphql`).
 * Each network gets its own concrete types (SeajustContactPoint, WacapAuthority,
 * ...) implementing the shared interfaces, so that federation routes an object
 * by its type to the network that owns it. Adding a network is a registry entry,
 * not new SDL.
 *
 * The files name a network's types `Template...`. A concrete type declares only
 * what differs from its interfaces (covariant fields, argument defaults) and the
 * fields of its own; the writer copies every other interface field in, so no
 * field is written twice.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  Kind,
  parse,
  print,
  visit,
  type ConstArgumentNode,
  type ConstDirectiveNode,
  type DefinitionNode,
  type FieldDefinitionNode,
  type InterfaceTypeDefinitionNode,
  type ObjectTypeDefinitionNode,
  type StringValueNode,
} from 'graphql';
import { DOMAIN_ENUMS } from '#shared/domain';
import type { NetworkDefinition, Registry } from '#shared/registry';
import { commonSdl, FEDERATION_LINK } from '#shared/schema/common';
import { NOTIFICATION_KINDS, PREFERENCE_KINDS } from '../notifications/facts';

/** The modules whose schema.graphql make up a network subgraph, in the order their fields appear. */
export const SCHEMA_MODULES = ['core', 'directory', 'referrals', 'statistics', 'audit', 'notifications'] as const;

/** The stand-in network the schema files and the resolvers are written against; its names are replaced per network. */
export const TEMPLATE_NETWORK: NetworkDefinition = {
  code: 'TEMPLATE',
  key: 'template',
  typePrefix: 'Template',
  name: 'Template',
  fullName: 'Template network',
  region: '',
  port: 0,
  members: [],
};

export const schemaFilePath = (module: (typeof SCHEMA_MODULES)[number]) =>
  join(__dirname, '..', module, 'schema.graphql');

function enumsSdl(): string {
  // What a notification is about: the kinds notify.ts and deadlines.ts write, as the mails name them;
  // and those of them a contact point chooses how to receive (the secretariat's own kinds left out).
  return Object.entries({
    ...DOMAIN_ENUMS,
    NotificationKind: NOTIFICATION_KINDS,
    NotificationPreferenceKind: PREFERENCE_KINDS,
  })
    .map(([name, values]) => `enum ${name} { ${values.join(' ')} }`)
    .join('\n');
}

type TypeDefinition = ObjectTypeDefinitionNode | InterfaceTypeDefinitionNode;

const isTypeDefinition = (d: DefinitionNode): d is TypeDefinition =>
  d.kind === Kind.OBJECT_TYPE_DEFINITION || d.kind === Kind.INTERFACE_TYPE_DEFINITION;

/** Field blocks of a type: its definition's and each extension's, in file order. */
type FieldBlocks = ReadonlyMap<string, readonly (readonly FieldDefinitionNode[])[]>;

/** Folds every `extend type` / `extend interface` into the definition it extends, in file order. */
function mergeExtensions(definitions: readonly DefinitionNode[]): { merged: DefinitionNode[]; blocks: FieldBlocks } {
  const merged: DefinitionNode[] = [];
  const blocks = new Map<string, (readonly FieldDefinitionNode[])[]>();
  const byName = new Map<string, number>();
  for (const d of definitions) {
    if (d.kind === Kind.OBJECT_TYPE_EXTENSION || d.kind === Kind.INTERFACE_TYPE_EXTENSION) {
      const at = byName.get(d.name.value);
      const base = at === undefined ? undefined : merged[at];
      if (
        !base ||
        !isTypeDefinition(base) ||
        (base.kind === Kind.OBJECT_TYPE_DEFINITION) !== (d.kind === Kind.OBJECT_TYPE_EXTENSION)
      ) {
        throw new Error(`schema: extend ${d.name.value} comes before (or without) its definition`);
      }
      merged[at!] = {
        ...base,
        interfaces: [...(base.interfaces ?? []), ...(d.interfaces ?? [])],
        directives: [...(base.directives ?? []), ...(d.directives ?? [])],
        fields: [...(base.fields ?? []), ...(d.fields ?? [])],
      };
      blocks.get(d.name.value)!.push(d.fields ?? []);
      continue;
    }
    if (isTypeDefinition(d)) {
      byName.set(d.name.value, merged.length);
      blocks.set(d.name.value, [d.fields ?? []]);
    }
    merged.push(d);
  }
  return { merged, blocks };
}

const withoutDescription = (f: FieldDefinitionNode): FieldDefinitionNode => ({ ...f, description: undefined });

/**
 * A concrete type's fields: every field of its interfaces, in their order, with the
 * type's own declaration where it has one. A field of its own stands after the field
 * declared just before it in the same block, or at the end when it opens its block.
 * A declaration that repeats its interface's field exactly is refused: it would be
 * written twice.
 */
function completeFields(
  type: ObjectTypeDefinitionNode,
  blocks: readonly (readonly FieldDefinitionNode[])[],
  interfaces: ReadonlyMap<string, InterfaceTypeDefinitionNode>,
): ObjectTypeDefinitionNode {
  const declared = new Map((type.fields ?? []).map((f) => [f.name.value, f]));
  const fields: FieldDefinitionNode[] = [];
  const inherited = new Set<string>();
  for (const named of type.interfaces ?? []) {
    const iface = interfaces.get(named.name.value);
    if (!iface)
      throw new Error(
        `schema: ${type.name.value} implements ${named.name.value}, which is no interface of the schema files`,
      );
    for (const field of iface.fields ?? []) {
      const name = field.name.value;
      if (inherited.has(name)) continue;
      inherited.add(name);
      const own = declared.get(name);
      if (own && print(withoutDescription(own)) === print(withoutDescription(field))) {
        throw new Error(
          `schema: ${type.name.value}.${name} repeats ${iface.name.value}.${name}; declare only covariant fields`,
        );
      }
      // A copied field keeps no description: clients read it on the interface.
      fields.push(own ?? withoutDescription(field));
    }
  }
  for (const block of blocks) {
    block.forEach((field, i) => {
      if (inherited.has(field.name.value)) return;
      const after = i === 0 ? -1 : fields.findIndex((f) => f.name.value === block[i - 1]!.name.value);
      fields.splice(after === -1 ? fields.length : after + 1, 0, field);
    });
  }
  return { ...type, fields };
}

/**
 * Schema text written against the template network as one list of definitions:
 * extensions folded in, concrete types completed from their interfaces.
 */
export function templateDefinitions(sdl: string): DefinitionNode[] {
  const { merged, blocks } = mergeExtensions(parse(sdl, { noLocation: true }).definitions);
  // Node comes from the common SDL, which every subgraph (the hub too) declares.
  const common = parse(commonSdl([TEMPLATE_NETWORK]), { noLocation: true }).definitions;
  const interfaces = new Map(
    [...common, ...merged]
      .filter((d): d is InterfaceTypeDefinitionNode => d.kind === Kind.INTERFACE_TYPE_DEFINITION)
      .map((d) => [d.name.value, d]),
  );
  return merged.map((d) =>
    d.kind === Kind.OBJECT_TYPE_DEFINITION && d.interfaces?.length
      ? completeFields(d, blocks.get(d.name.value)!, interfaces)
      : d,
  );
}

/** The schema files as one document for the template network: enums from the domain vocabularies first. */
const TEMPLATE_DEFINITIONS: readonly DefinitionNode[] = templateDefinitions(
  [enumsSdl(), ...SCHEMA_MODULES.map((m) => readFileSync(schemaFilePath(m), 'utf8'))].join('\n'),
);

const TEMPLATE = TEMPLATE_NETWORK.typePrefix;

/** Definitions that name one network: its concrete types and its Mutation namespace field. */
const isNetworkOwn = (d: DefinitionNode) =>
  'name' in d && d.name !== undefined && (d.name.value.startsWith(TEMPLATE) || d.name.value === 'Mutation');

/** The template's definitions under one network's names: TemplateX -> SeajustX, Mutation.template -> Mutation.seajust. */
function renamed(definitions: readonly DefinitionNode[], n: NetworkDefinition): DefinitionNode[] {
  const rename = (name: string) => (name.startsWith(TEMPLATE) ? n.typePrefix + name.slice(TEMPLATE.length) : name);
  return definitions.map((d) =>
    visit(d, {
      Name: (node) => ({ ...node, value: rename(node.value) }),
      StringValue: (node) => ({ ...node, value: node.value.replace(/\bTemplate\b/g, n.name) }),
      FieldDefinition: (node) =>
        node.name.value === TEMPLATE_NETWORK.key ? { ...node, name: { ...node.name, value: n.key } } : undefined,
    }),
  );
}

/** The interfaces and value types every network declares identically. */
const SHARED_SDL = print({ kind: Kind.DOCUMENT, definitions: TEMPLATE_DEFINITIONS.filter((d) => !isNetworkOwn(d)) });
const NETWORK_OWN: readonly DefinitionNode[] = TEMPLATE_DEFINITIONS.filter(isNetworkOwn);

/** Fields each interface of the template declares. */
const interfaceFields: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  TEMPLATE_DEFINITIONS.filter((d): d is InterfaceTypeDefinitionNode => d.kind === Kind.INTERFACE_TYPE_DEFINITION).map(
    (d) => [d.name.value, new Set((d.fields ?? []).map((f) => f.name.value))],
  ),
);

const directive = (name: string, args: ConstArgumentNode[] = []): ConstDirectiveNode => ({
  kind: Kind.DIRECTIVE,
  name: { kind: Kind.NAME, value: name },
  arguments: args,
});

/**
 * Another network's types as this subgraph declares them, so that a reference to
 * that network's object (a referral's counterpart, its contact points) can
 * return the interface with the right __typename. Entities become
 * `@key(resolvable: false)` stubs, value types `@shareable`; only the fields of
 * the interfaces they implement are kept, all `@external`, with the owner's
 * exact (covariant) types so that composition agrees.
 */
export function foreignStubsSdl(other: NetworkDefinition): string {
  const out: string[] = [];
  for (const d of renamed(NETWORK_OWN, other)) {
    if (d.kind !== Kind.OBJECT_TYPE_DEFINITION || !d.interfaces?.length) continue;
    const key = d.directives?.find((x) => x.name.value === 'key');
    const keyFields = key ? String((key.arguments?.[0]?.value as StringValueNode).value).split(' ') : [];
    const kept = new Set([
      ...keyFields,
      ...d.interfaces.flatMap((i) => [...(interfaceFields.get(i.name.value) ?? [])]),
    ]);
    const fields: FieldDefinitionNode[] = (d.fields ?? [])
      .filter((f) => kept.has(f.name.value))
      .map((f) => ({
        ...f,
        description: undefined,
        directives: keyFields.includes(f.name.value) ? [] : [directive('external')],
      }));
    const directives = key
      ? [
          {
            ...key,
            arguments: [
              ...(key.arguments ?? []),
              {
                kind: Kind.ARGUMENT,
                name: { kind: Kind.NAME, value: 'resolvable' },
                value: { kind: Kind.BOOLEAN, value: false },
              } as ConstArgumentNode,
            ],
          },
        ]
      : [directive('shareable')];
    out.push(print({ ...d, description: undefined, directives, fields } as ObjectTypeDefinitionNode));
  }
  return out.join('\n\n');
}

/** The full SDL of one network's subgraph, with stubs of every other network's types. */
export function networkSubgraphSdl(network: NetworkDefinition, registry: Registry): string {
  const own = print({ kind: Kind.DOCUMENT, definitions: renamed(NETWORK_OWN, network) });
  const stubs = registry.filter((n) => n.key !== network.key).map(foreignStubsSdl);
  return [FEDERATION_LINK, commonSdl(registry), SHARED_SDL, own, ...stubs].join('\n');
}

/**
 * The SDL rendered for the stand-in network, with a fixed NetworkCode enum so the
 * generated types do not change when the registry grows: what codegen types the resolvers from.
 */
export function templateSdl(): string {
  return `# Generated by npm run codegen from subgraphs/src/<module>/schema.graphql (subgraphs/src/schema/template.ts). Do not edit.\n${networkSubgraphSdl(TEMPLATE_NETWORK, [TEMPLATE_NETWORK])}`;
}
