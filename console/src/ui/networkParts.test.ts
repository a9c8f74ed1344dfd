/**
 * The console's mutations (and any query that picks a network's part by a flag) name every network's
 * root field by hand, one `<key> @include(if: $<key>)` block each. A network added to the registry
 * must fail here until every such document has its block, rather than be silently skipped.
 */
import { Kind, type DocumentNode, type OperationDefinitionNode, type SelectionNode } from 'graphql';
import { NETWORKS } from '../../../shared/src/registry';
import * as generated from '../__generated__/graphql';
import { networkFlags } from './networkParts';

const keys = NETWORKS.map((n) => n.key).sort();

const operations: OperationDefinitionNode[] = Object.entries(generated)
  .filter(([name]) => name.endsWith('Document'))
  .flatMap(([, document]) => (document as DocumentNode).definitions)
  .filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);

/** The variable a selection is included by (`@include(if: $x)`), if any. */
function includeVariable(selection: SelectionNode): string | null {
  const include = selection.directives?.find((d) => d.name.value === 'include');
  const condition = include?.arguments?.find((a) => a.name.value === 'if')?.value;
  return condition?.kind === Kind.VARIABLE ? condition.name.value : null;
}

const rootName = (selection: SelectionNode) =>
  selection.kind === Kind.FIELD ? (selection.alias ?? selection.name).value : `(${selection.kind})`;

/** An operation's network blocks: its root fields included by a variable of their own name, or every root field of a mutation. */
function networkBlocks(op: OperationDefinitionNode): { name: string; variable: string | null }[] {
  const root = op.selectionSet.selections.map((s) => ({ name: rootName(s), variable: includeVariable(s) }));
  return op.operation === 'mutation'
    ? root
    : root.filter((s) => s.variable !== null && (s.variable === s.name || keys.includes(s.variable)));
}

const listing = operations.filter((op) => networkBlocks(op).length > 0);

describe('the documents that list the networks by hand', () => {
  it('include the referral steps and the desk mutations', () => {
    const names = listing.map((op) => op.name?.value);
    for (const name of [
      'CreateReferral',
      'ReferralTextStep',
      'ReferralPlainStep',
      'DeskUpdateWorkingGroup',
      'DeskCreateNetworkEvent',
    ])
      expect(names).toContain(name);
  });

  it.each(listing.map((op) => [op.name?.value ?? '(anonymous)', op] as const))(
    '%s has one block per network of the registry, and none other',
    (_name, op) => {
      const blocks = networkBlocks(op);
      expect(blocks.map((b) => b.name).sort()).toEqual(keys);
      for (const block of blocks) expect(block.variable).toBe(block.name);
      const declared = Object.fromEntries((op.variableDefinitions ?? []).map((v) => [v.variable.name.value, v.type]));
      for (const key of keys)
        expect(declared[key]).toEqual(
          expect.objectContaining({
            kind: Kind.NON_NULL_TYPE,
            type: expect.objectContaining({ name: expect.objectContaining({ value: 'Boolean' }) }),
          }),
        );
    },
  );

  it("flags exactly one network's block for a mutation", () => {
    const flags = networkFlags('seajust');
    expect(Object.keys(flags).sort()).toEqual(keys);
    expect(Object.entries(flags).filter(([, on]) => on)).toEqual([['seajust', true]]);
  });
});
