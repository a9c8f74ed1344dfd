/**
 * Growth: a fifth network is a registry entry, nothing more. The test adds a
 * throwaway network, composes, starts every subgraph from the same code and
 * routes `node(id:)` to the newcomer through the gateway; the console's
 * network documents get the newcomer's copy from the same registry.
 */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import {
  Kind,
  parse,
  print,
  validate,
  visit,
  type DefinitionNode,
  type DocumentNode,
  type FragmentDefinitionNode,
} from 'graphql';
import { apiSchema, networkDocument, networkTemplates } from '../console/codegen';
import * as generated from '../console/src/__generated__/graphql';
import { NETWORKS, assertValidRegistry, type NetworkDefinition } from '#shared/registry';
import { startInProcessFederation } from './support/in-process';

const ATLANTIS: NetworkDefinition = {
  code: 'ATLANTIS',
  key: 'atlantis',
  typePrefix: 'Atlantis',
  name: 'Atlantis',
  fullName: 'Throwaway Test Network',
  region: 'North Atlantic',
  port: 4199,
  members: [
    { country: 'ISL', joined: '2026-01-01' },
    { country: 'NOR', joined: '2026-01-01' },
  ],
};
const registry = [...NETWORKS, ATLANTIS];

let fed: Awaited<ReturnType<typeof startInProcessFederation>>;

beforeAll(async () => {
  assertValidRegistry(registry);
  fed = await startInProcessFederation({ registry });
}, 120_000);

afterAll(async () => {
  await fed?.close();
});

it('lists, writes to and routes node(id:) to a fifth network added only to the registry', async () => {
  const networks = await fed.gql<{
    networks: { code: string; name: string }[];
    country: { networks: { code: string }[] };
  }>(`{ networks { code name } country(code: "IS") { networks { code } } }`);
  expect(networks.errors).toBeUndefined();
  expect(networks.data!.networks.map((n) => n.code)).toEqual(['CASC', 'WACAP', 'GLJC', 'SEAJUST', 'ATLANTIS']);
  expect(networks.data!.country.networks).toEqual([{ code: 'ATLANTIS' }]);

  const secretariat = await fed.auth.tokenAs('SECRETARIAT', 'atlantis', 'ISL');
  const created = await fed.gql<{ atlantis: { createContactPoint: { id: string } } }>(
    `mutation($key: String!) { atlantis { createContactPoint(idempotencyKey: $key, input: {
       country: "ISL", fullName: "Test Person", organization: "Test Prosecution (demo)", roles: [PROSECUTOR],
       expertise: [CYBERCRIME], languages: ["is", "en"], available24x7: false }) { id } } }`,
    { key: randomUUID() },
    secretariat,
  );
  expect(created.errors).toBeUndefined();
  const id = created.data!.atlantis.createContactPoint.id;
  expect(id).toMatch(/^atlantis:cp:/);

  const node = await fed.gql<{
    node: {
      __typename: string;
      id: string;
      fullName: string;
      country: { name: string };
      network: { code: string; name: string };
    };
  }>(
    `query($id: ID!) { node(id: $id) { __typename id ... on ContactPoint { fullName country { name } network { code name } } } }`,
    { id },
    secretariat,
  );
  expect(node.errors).toBeUndefined();
  expect(node.data!.node).toEqual({
    __typename: 'AtlantisContactPoint',
    id,
    fullName: 'Test Person',
    country: { name: 'Iceland' },
    network: { code: 'ATLANTIS', name: 'Atlantis' },
  });
});

/** The console's fragments (the client preset appends each document's to it), by name. */
const fragments = new Map<string, FragmentDefinitionNode>(
  Object.values(generated as Record<string, unknown>)
    .filter((d): d is DocumentNode => (d as DocumentNode | undefined)?.kind === Kind.DOCUMENT)
    .flatMap((d) => d.definitions)
    .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
    .map((d) => [d.name.value, d]),
);

/** A document with every fragment it spreads, however deep, as the client preset sends it. */
function withFragments(document: DocumentNode): DocumentNode {
  const definitions: DefinitionNode[] = [...document.definitions];
  const named = new Set(definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [d.name.value] : [])));
  for (let i = 0; i < definitions.length; i++) {
    visit(definitions[i]!, {
      FragmentSpread: (spread) => {
        const fragment = fragments.get(spread.name.value);
        if (fragment && !named.has(fragment.name.value)) {
          named.add(fragment.name.value);
          definitions.push(fragment);
        }
      },
    });
  }
  return { ...document, definitions };
}

const networkOfType = new Map(registry.map((n) => [`${n.typePrefix}Network`, n.key]));

/** The networks a console document names: a mutation's root fields, a query's `... on <Prefix>Network` fragments. */
const networksNamed = (document: DocumentNode): string[] =>
  document.definitions.flatMap((d) => {
    if (d.kind !== Kind.OPERATION_DEFINITION) return [];
    if (d.operation === 'mutation')
      return d.selectionSet.selections.flatMap((s) => (s.kind === Kind.FIELD ? [s.name.value] : []));
    const named: string[] = [];
    visit(d, {
      InlineFragment: (f) => {
        const key = f.typeCondition && networkOfType.get(f.typeCondition.name.value);
        if (key && !named.includes(key)) named.push(key);
      },
    });
    return named;
  });

/** The networks of the registry a console document misses: those no copy of it names. */
const missing = (copies: readonly DocumentNode[]) => {
  const named = new Set(copies.flatMap(networksNamed));
  return registry.map((n) => n.key).filter((key) => !named.has(key));
};

describe("the console's documents with a fifth network", () => {
  const templates = networkTemplates();
  const copiesOf = (template: string) => registry.map((n) => parse(networkDocument(template, n)));

  it('copies every network document for the fifth network too, valid against the five-network schema', () => {
    expect(templates.length).toBeGreaterThan(10);
    const schema = apiSchema(readFileSync(fed.supergraphPath!, 'utf8'));
    for (const template of templates) {
      const copies = copiesOf(template);
      expect(missing(copies)).toEqual([]);
      const atlantis = copies[registry.indexOf(ATLANTIS)]!;
      expect(networksNamed(atlantis)).toEqual(['atlantis']);
      expect(validate(schema, withFragments(atlantis)).map((e) => e.message)).toEqual([]);
    }
  });

  it('would miss the fifth network in a document still written by hand for four', () => {
    const handWritten = parse(`
      mutation CreateReferral($input: ReferralInput!, $key: String!, $casc: Boolean!, $gljc: Boolean!,
          $seajust: Boolean!, $wacap: Boolean!) {
        casc @include(if: $casc) { createReferral(input: $input, idempotencyKey: $key) { id } }
        gljc @include(if: $gljc) { createReferral(input: $input, idempotencyKey: $key) { id } }
        seajust @include(if: $seajust) { createReferral(input: $input, idempotencyKey: $key) { id } }
        wacap @include(if: $wacap) { createReferral(input: $input, idempotencyKey: $key) { id } }
      }`);
    expect(missing([handWritten])).toEqual(['atlantis']);
  });

  it("runs the console's desk mutation for the fifth network, as its secretariat", async () => {
    const template = templates.find((t) => t.includes('mutation TemplateDeskCreateContactPoint'))!;
    const document = withFragments(copiesOf(template)[registry.indexOf(ATLANTIS)]!);
    const secretariat = await fed.auth.tokenAs('SECRETARIAT', 'atlantis', 'NOR');
    const created = await fed.gql<{ network: { createContactPoint: { id: string } } }>(
      print(document),
      {
        key: randomUUID(),
        input: {
          country: 'NOR',
          fullName: 'Console Person',
          organization: 'Test Prosecution (demo)',
          roles: ['PROSECUTOR'],
          expertise: ['CYBERCRIME'],
          languages: ['no', 'en'],
          available24x7: false,
        },
      },
      secretariat,
    );
    expect(created.errors).toBeUndefined();
    expect(created.data!.network.createContactPoint.id).toMatch(/^atlantis:cp:/);
  });
});
