import type { Vocabulary } from '../ui/vocabulary';

/**
 * How a field is edited: one line of text, a paragraph, a day, a yes/no, choices from a vocabulary,
 * one choice (from a vocabulary or given options), a list of codes typed as "km, en", a list of
 * sentences typed one a line, or a list of the network's contact points (ids, picked by name).
 */
export type FieldKind =
  'text' | 'longText' | 'email' | 'url' | 'date' | 'flag' | 'choices' | 'choice' | 'codes' | 'lines' | 'people';

export interface FieldSpec {
  /** The field's name in the API's record and patch. */
  name: string;
  kind: FieldKind;
  /** Message id of the label. */
  label: string;
  /** Required fields are sent as text; optional empty ones as null. */
  required?: boolean;
  vocabulary?: Vocabulary;
  /**
   * The choices of a `choice` field that are not a vocabulary (countries, authorities), or the people
   * of a `people` field, already labelled; a retired one is named where chosen but not offered.
   */
  options?: readonly Option[];
}

export interface Option {
  value: string;
  label: string;
  retired?: boolean;
}

export type Value = string | boolean | string[];
export type Values = Record<string, Value>;

/** The form's values of a record as the API returns it. */
export function valuesOf(specs: readonly FieldSpec[], record: object): Values {
  const fields = record as Readonly<Record<string, unknown>>;
  const values: Values = {};
  for (const s of specs) {
    const raw = fields[s.name];
    if (s.kind === 'flag') values[s.name] = raw === true;
    else if (s.kind === 'choices') values[s.name] = Array.isArray(raw) ? raw.map(String) : [];
    // The record names people as objects (`memberIds: members { id }`), the patch by their ids.
    else if (s.kind === 'people')
      values[s.name] = Array.isArray(raw)
        ? raw.map((p: unknown) => (p !== null && typeof p === 'object' && 'id' in p ? String(p.id) : String(p)))
        : [];
    else if (s.kind === 'codes') values[s.name] = Array.isArray(raw) ? raw.join(', ') : '';
    else if (s.kind === 'lines') values[s.name] = Array.isArray(raw) ? raw.join('\n') : '';
    else values[s.name] = typeof raw === 'string' ? raw : '';
  }
  return values;
}

export const sameValue = (a: Value | undefined, b: Value | undefined): boolean =>
  JSON.stringify(a) === JSON.stringify(b);

/** The names of the fields whose value differs between two sets of values. */
export const changedFields = (specs: readonly FieldSpec[], from: Values, to: Values): string[] =>
  specs.filter((s) => !sameValue(from[s.name], to[s.name])).map((s) => s.name);

/** One value as the API takes it. */
function apiValue(spec: FieldSpec, value: Value): unknown {
  if (spec.kind === 'flag' || spec.kind === 'choices' || spec.kind === 'people') return value;
  if (spec.kind === 'codes')
    return String(value)
      .split(/[\s,;]+/)
      .filter(Boolean);
  if (spec.kind === 'lines')
    return String(value)
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean);
  const text = String(value).trim();
  return text === '' && !spec.required ? null : text;
}

/** A patch of only what changed from `base` to `values`: a field someone else changed meanwhile is not sent back unchanged. */
export function patchOf(specs: readonly FieldSpec[], base: Values, values: Values): Record<string, unknown> {
  const changed = new Set(changedFields(specs, base, values));
  return Object.fromEntries(
    specs.filter((s) => changed.has(s.name)).map((s) => [s.name, apiValue(s, values[s.name]!)]),
  );
}

/** A new record's input: every field as the API takes it, the optional empty ones left out. */
export function inputOf(specs: readonly FieldSpec[], values: Values): Record<string, unknown> {
  return Object.fromEntries(
    specs.map((s) => [s.name, apiValue(s, values[s.name]!)]).filter(([, value]) => value !== null),
  );
}

/** The required fields left empty, to mark before anything is sent. */
export const missingFields = (specs: readonly FieldSpec[], values: Values): string[] =>
  specs
    .filter(
      (s) =>
        s.required &&
        (s.kind === 'choices' || s.kind === 'people' ? false : String(values[s.name] ?? '').trim() === ''),
    )
    .map((s) => s.name);

export type Pick = 'theirs' | 'mine';

/** A field on which the stored record (theirs) and the unsaved edit (mine) disagree. */
export interface ConflictRow {
  spec: FieldSpec;
  theirs: Value;
  mine: Value;
  /** Whether the person changed this field themselves (else only the other side did). */
  mineChanged: boolean;
}

/** The fields to decide after a CONFLICT, each with what stands by default: the person's own change, or else what is stored. */
export function conflictRows(specs: readonly FieldSpec[], base: Values, mine: Values, theirs: Values): ConflictRow[] {
  return specs
    .filter((s) => !sameValue(mine[s.name], theirs[s.name]))
    .map((s) => ({
      spec: s,
      theirs: theirs[s.name]!,
      mine: mine[s.name]!,
      mineChanged: !sameValue(base[s.name], mine[s.name]),
    }));
}

export const defaultPicks = (rows: readonly ConflictRow[]): Record<string, Pick> =>
  Object.fromEntries(rows.map((r) => [r.spec.name, r.mineChanged ? 'mine' : 'theirs']));

/** The stored record with the person's picks applied: the new edit, to save against the stored version. */
export function merged(theirs: Values, rows: readonly ConflictRow[], picks: Readonly<Record<string, Pick>>): Values {
  const out = { ...theirs };
  for (const r of rows) if (picks[r.spec.name] === 'mine') out[r.spec.name] = r.mine;
  return out;
}
