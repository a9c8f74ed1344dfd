import { print, type DefinitionNode } from 'graphql';
import { templateDefinitions } from './template';

const printed = (definitions: DefinitionNode[]) => print({ kind: 'Document', definitions } as never);

describe('the SDL writer', () => {
  it('copies every interface field into a concrete type and keeps only its covariant declarations', () => {
    const out = templateDefinitions(`
      interface Thing { """the id""" id: ID! next: Thing label: String }
      type TemplateThing implements Thing { next: TemplateThing }
    `);
    expect(printed(out)).toContain(
      'type TemplateThing implements Thing {\n  id: ID!\n  next: TemplateThing\n  label: String\n}',
    );
  });

  it("places a field of the type's own after the field declared before it, or at the end when it opens its block", () => {
    const out = templateDefinitions(`
      interface Thing { a: Int b: Thing c: Int }
      type TemplateThing implements Thing { b: TemplateThing own: Int }
      extend type TemplateThing { last: Int }
    `);
    expect(printed(out)).toContain(
      'type TemplateThing implements Thing {\n  a: Int\n  b: TemplateThing\n  own: Int\n  c: Int\n  last: Int\n}',
    );
  });

  it('folds interface extensions into the interface, in file order', () => {
    const out = templateDefinitions(`
      interface Thing { a: Int }
      extend interface Thing { b: Int }
      type TemplateThing implements Thing
    `);
    expect(printed(out)).toContain('type TemplateThing implements Thing {\n  a: Int\n  b: Int\n}');
  });

  it("refuses a concrete field that repeats its interface's field: it would be written twice", () => {
    expect(() =>
      templateDefinitions(`interface Thing { a: Int } type TemplateThing implements Thing { """again""" a: Int }`),
    ).toThrow('TemplateThing.a repeats Thing.a');
  });

  it('refuses an extension of a type it has not seen', () => {
    expect(() => templateDefinitions(`extend type TemplateThing { a: Int }`)).toThrow('extend TemplateThing');
  });
});
