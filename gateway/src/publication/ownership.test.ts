import { readFileSync } from 'node:fs';
import { parse, visit, type DocumentNode } from 'graphql';
import { findNetwork, NETWORKS } from '#shared/registry';
import { hubSdl } from '../hub/schema';
import { baselineSdlPath } from '../supergraph/names';
import { checkOwnership, ownerOf, ownershipContract } from './ownership';

const baseline = (key: string) => readFileSync(baselineSdlPath(key), 'utf8');
const SEAJUST = findNetwork(NETWORKS, 'seajust')!;
const contract = ownershipContract(NETWORKS, parse(baseline('seajust')), parse(hubSdl(NETWORKS)));
const codes = (sdl: string | DocumentNode) =>
  checkOwnership(typeof sdl === 'string' ? parse(sdl) : sdl, SEAJUST, contract).map((r) => r.code);

/** SEAJust's release SDL with `more` appended. */
const withExtra = (more: string) => `${baseline('seajust')}\n${more}`;

describe('what a network may publish', () => {
  it("passes every network's own SDL as the release writes it", () => {
    for (const n of NETWORKS) {
      const own = ownershipContract(NETWORKS, parse(baseline(n.key)), parse(hubSdl(NETWORKS)));
      expect({ network: n.key, refusals: checkOwnership(parse(baseline(n.key)), n, own) }).toEqual({
        network: n.key,
        refusals: [],
      });
    }
  });

  it('passes a new field and a new type of its own', () => {
    expect(
      codes(
        withExtra(
          'type SeajustTreatyStatus { inForce: Boolean! }\nextend type SeajustCountryProfile { treaty: SeajustTreatyStatus }',
        ),
      ),
    ).toEqual([]);
  });

  it("refuses another network's SDL: every one of its own types is a foreign type", () => {
    const refused = codes(baseline('casc'));
    expect(new Set(refused)).toEqual(new Set(['FOREIGN_TYPE', 'FOREIGN_FIELD', 'ROOT_FIELD_NOT_OWN']));
  });

  it("refuses a field on another network's type, a resolvable stub and a foreign enum", () => {
    expect(codes(withExtra('extend type CascNetwork { seajustNote: String }'))).toEqual(['FOREIGN_FIELD']);
    expect(codes(withExtra('type CascExtra @key(fields: "id") { id: ID! }'))).toEqual(['FOREIGN_TYPE']);
    expect(codes(withExtra('enum CascLevel { HIGH }'))).toEqual(['FOREIGN_TYPE']);
    // A stub's field made a real one: the @external removed.
    const stubField = visit(parse(baseline('seajust')), {
      FieldDefinition: {
        leave: (f, _k, _p, _path, ancestors) => {
          const owner = ancestors[ancestors.length - 1] as { name?: { value: string } };
          return owner.name?.value === 'CascContactPoint' && f.name.value === 'fullName'
            ? { ...f, directives: [] }
            : undefined;
        },
      },
    });
    expect(codes(stubField)).toEqual(['FOREIGN_FIELD']);
  });

  it("refuses the hub's fields and types, and a change to what every network shares", () => {
    expect(codes(withExtra('extend type SeajustNetwork { region: String }'))).toEqual(['HUB_FIELD']);
    expect(codes(withExtra('extend type Membership { note: String }'))).toEqual(['HUB_TYPE']);
    expect(codes(withExtra('extend type Country { treaty: Boolean }'))).toEqual(['SHARED_DEFINITION_CHANGED']);
    const sharedChanged = baseline('seajust').replace('enum Urgency {', 'enum Urgency {\n  WHENEVER');
    expect(sharedChanged).not.toBe(baseline('seajust'));
    expect(codes(sharedChanged)).toEqual(['SHARED_DEFINITION_CHANGED']);
    expect(codes(withExtra('type Extra { id: ID }'))).toEqual(['UNPREFIXED_TYPE']);
  });

  it('refuses root fields other than its own, and directives that take over fields', () => {
    expect(codes(withExtra('extend type Mutation { casc: SeajustMutations! }'))).toEqual(['ROOT_FIELD_NOT_OWN']);
    expect(codes(withExtra('type Query { networks: [SeajustNetwork!]! }'))).toEqual(['ROOT_FIELD_NOT_OWN']);
    expect(codes(withExtra('type Query { seajust: SeajustNetwork }'))).toEqual([]);
    expect(codes(withExtra('extend type SeajustNetwork { note: String @override(from: "hub") }'))).toEqual([
      'DIRECTIVE_NOT_ALLOWED',
    ]);
    expect(codes(withExtra('extend type SeajustNetwork { note: String @federation__provides(fields: "x") }'))).toEqual([
      'DIRECTIVE_NOT_ALLOWED',
    ]);
  });

  it('returns every reason, not the first', () => {
    const all = codes(
      withExtra('extend type CascNetwork { x: String }\nextend type Country { y: Int }\ntype Extra { id: ID }'),
    );
    expect(all).toEqual(['FOREIGN_FIELD', 'SHARED_DEFINITION_CHANGED', 'UNPREFIXED_TYPE']);
  });

  it('tells a prefix from a longer word', () => {
    expect(ownerOf('SeajustNetwork', NETWORKS)?.key).toBe('seajust');
    expect(ownerOf('Cascade', NETWORKS)).toBeUndefined();
  });
});
