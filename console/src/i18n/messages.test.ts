/** Every message the console shows exists in every language, parses as ICU, and takes the same arguments everywhere. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type * as Icu from '@formatjs/icu-messageformat-parser' with { 'resolution-mode': 'import' };
import { buildSchema, isEnumType } from 'graphql';
import { COMPARED_FIELDS } from '../country/compare';
import { labelId, SCHEMA_ENUM, VOCABULARY, type Vocabulary } from '../ui/vocabulary';
import { LANGUAGES } from './languages';

// The parser ships as ES modules only. Jest's module loader cannot load those; Node's own require can.
const nodeRequire = process.getBuiltinModule('node:module').createRequire(__filename);
const icu = nodeRequire('@formatjs/icu-messageformat-parser') as typeof Icu;

const SRC = join(__dirname, '..');
const messages = Object.fromEntries(
  LANGUAGES.map((lang) => [
    lang,
    JSON.parse(readFileSync(join(__dirname, 'messages', `${lang}.json`), 'utf8')) as Record<string, string>,
  ]),
);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === '__generated__' ? [] : sourceFiles(path);
    return e.name.endsWith('.tsx') ? [path] : [];
  });
}

/** Literal ids in the components: every quoted dotted name (`'directory.search.text'`, `id="app.name"`). */
function literalIdsInCode(): Set<string> {
  const ids = new Set<string>();
  for (const file of sourceFiles(SRC)) {
    for (const match of readFileSync(file, 'utf8').matchAll(/['"`]([a-z][A-Za-z0-9]*(?:\.[A-Za-z0-9_]+)+)['"`]/g))
      ids.add(match[1]!);
  }
  return ids;
}

/** Ids built at run time: a label for every value of every vocabulary, a name for every compared field. */
function computedIds(): string[] {
  const vocabularyIds = (Object.keys(VOCABULARY) as Vocabulary[]).flatMap((v) =>
    VOCABULARY[v].map((value) => labelId(v, value)),
  );
  return [...vocabularyIds, ...COMPARED_FIELDS.map((f) => `compare.field.${f}`)];
}

function argumentsOf(elements: Icu.MessageFormatElement[], into = new Set<string>()): Set<string> {
  for (const el of elements) {
    if (icu.isArgumentElement(el) || icu.isNumberElement(el) || icu.isDateElement(el) || icu.isTimeElement(el))
      into.add(el.value);
    if (icu.isSelectElement(el) || icu.isPluralElement(el)) {
      into.add(el.value);
      for (const option of Object.values(el.options)) argumentsOf(option.value, into);
    }
    if (icu.isTagElement(el)) argumentsOf(el.children, into);
  }
  return into;
}

describe('console messages', () => {
  it('has every id the code uses in English', () => {
    const missing = [...literalIdsInCode(), ...computedIds()].filter((id) => !(id in messages.en!));
    expect(missing).toEqual([]);
  });

  it.each(LANGUAGES.filter((l) => l !== 'en'))('has every English message in %s, and nothing else', (lang) => {
    expect(Object.keys(messages[lang]!).sort()).toEqual(Object.keys(messages.en!).sort());
  });

  it.each(LANGUAGES)('parses every %s message as ICU with the same arguments as English', (lang) => {
    const problems: string[] = [];
    for (const [id, text] of Object.entries(messages[lang]!)) {
      try {
        const args = [...argumentsOf(icu.parse(text))].sort();
        const expected = [...argumentsOf(icu.parse(messages.en![id] ?? ''))].sort();
        if (args.join() !== expected.join())
          problems.push(`${id}: arguments ${args.join()} instead of ${expected.join()}`);
      } catch (err) {
        problems.push(`${id}: ${(err as Error).message}`);
      }
      if (lang !== 'en' && text.trim() === '') problems.push(`${id}: empty`);
    }
    expect(problems).toEqual([]);
  });

  it('offers exactly the values of each schema enum it labels', () => {
    const schema = buildSchema(readFileSync(join(SRC, '..', 'schema.graphql'), 'utf8'));
    for (const [vocabulary, enumName] of Object.entries(SCHEMA_ENUM)) {
      const type = schema.getType(enumName!);
      if (!isEnumType(type)) throw new Error(`${enumName} is not an enum of the schema`);
      expect({ vocabulary, values: [...VOCABULARY[vocabulary as Vocabulary]].sort() }).toEqual({
        vocabulary,
        values: type
          .getValues()
          .map((v) => v.name)
          .sort(),
      });
    }
  });
});
