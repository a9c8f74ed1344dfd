/**
 * The console's network documents are written once (`networkGraphql`) and copied per network of the
 * registry by `npm run codegen:console`. Each copy names its own network's root field (a mutation) or
 * own network type (a query) and no other, and carries no directive: the console sends one network's
 * part only, never a choice among them.
 */
import { Kind, visit, type DocumentNode, type OperationDefinitionNode } from 'graphql';
import { NETWORKS } from '#shared/registry';
import * as generated from '../__generated__/graphql';
import { networkDocuments } from './__generated__/network-documents';
import { forNetwork, recordNetwork } from './networkParts';

const keys = NETWORKS.map((n) => n.key);
const templates = Object.values(networkDocuments) as Record<string, DocumentNode>[];

const operationOf = (document: DocumentNode) =>
  document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;

const rootFields = (op: OperationDefinitionNode) =>
  op.selectionSet.selections.map((s) => (s.kind === Kind.FIELD ? s.name.value : `(${s.kind})`));

const directives = (document: DocumentNode) => {
  const found: string[] = [];
  visit(document, { Directive: (d) => void found.push(d.name.value) });
  return found;
};

const typeConditions = (document: DocumentNode) => {
  const found = new Set<string>();
  visit(document, { InlineFragment: (f) => void (f.typeCondition && found.add(f.typeCondition.name.value)) });
  return [...found];
};

describe("the console's network documents", () => {
  it('include the referral steps and the desk mutations', () => {
    const names = templates.map((copies) => operationOf(copies.seajust!).name?.value);
    for (const name of [
      'SeajustCreateReferral',
      'SeajustReferralComplete',
      'SeajustReferralAssign',
      'SeajustDeskUpdateWorkingGroup',
      'SeajustDeskCreateNetworkEvent',
    ])
      expect(names).toContain(name);
  });

  it.each(templates.map((copies) => [operationOf(copies.seajust!).name!.value, copies] as const))(
    '%s has one copy per network of the registry, each on its own root field, without directives',
    (_name, copies) => {
      expect(Object.keys(copies)).toEqual(keys);
      for (const key of keys) {
        const document = copies[key]!;
        const op = operationOf(document);
        // A query reads one network through the hub's network(code:), and only that network's own type.
        if (op.operation === 'query') {
          expect(rootFields(op)).toEqual(['network']);
          expect(typeConditions(document)).toEqual([NETWORKS.find((n) => n.key === key)!.typePrefix + 'Network']);
        } else expect(rootFields(op)).toEqual([key]);
        expect(directives(document)).toEqual([]);
      }
    },
  );

  it('no other console mutation names a network root field', () => {
    const copies = new Set(
      templates.flatMap((c) =>
        Object.values(c)
          .map(operationOf)
          .filter((op) => op.operation === 'mutation')
          .map((op) => op.name?.value),
      ),
    );
    const mutations = Object.entries(generated)
      .filter(([name]) => name.endsWith('Document'))
      .map(([, document]) => operationOf(document as DocumentNode))
      .filter((op) => op?.operation === 'mutation');
    expect(mutations.length).toBe(copies.size);
    for (const op of mutations) expect(copies).toContain(op.name?.value);
  });

  it("picks one network's copy by key or code, and refuses a network the registry does not have", () => {
    const CreateReferral = templates.find((c) => operationOf(c.casc!).name?.value === 'CascCreateReferral')!;
    expect(forNetwork(CreateReferral as never, 'seajust')).toBe(CreateReferral.seajust);
    expect(forNetwork(CreateReferral as never, 'SEAJUST')).toBe(CreateReferral.seajust);
    expect(forNetwork(CreateReferral as never, recordNetwork('wacap:ref:1'))).toBe(CreateReferral.wacap);
    expect(() => forNetwork(CreateReferral as never, 'atlantis')).toThrow('no documents for the network "atlantis"');
    expect(() => forNetwork(CreateReferral as never, 'constructor')).toThrow('no documents');
  });
});
