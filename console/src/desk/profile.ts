import type { Applicability, AssistanceMeasure, MeasureProfileInput } from '../__generated__/graphql';
import type { FieldSpec } from './form';

/** One measure of a country profile as the desk reads it. */
export interface StoredMeasure {
  measure: AssistanceMeasure;
  applicable: Applicability;
  competentAuthority?: { id: string } | null;
  legalBasis?: string | null;
  languages: string[];
  dualCriminalityRequired?: boolean | null;
  requirements: string[];
  notes?: string | null;
}

/** The fields of one measure the form edits, named as in MeasureProfileInput. */
export const measureFields = (authorities: FieldSpec['options']): FieldSpec[] => [
  { name: 'applicable', kind: 'choice', label: 'desk.field.applicable', required: true, vocabulary: 'applicability' },
  { name: 'competentAuthorityId', kind: 'choice', label: 'desk.field.competentAuthority', options: authorities },
  { name: 'legalBasis', kind: 'longText', label: 'desk.field.legalBasis' },
  { name: 'languages', kind: 'codes', label: 'desk.field.languages' },
  { name: 'dualCriminalityRequired', kind: 'flag', label: 'desk.field.dualCriminality' },
  { name: 'requirements', kind: 'lines', label: 'desk.field.requirements' },
  { name: 'notes', kind: 'longText', label: 'desk.field.notes' },
];

/** A stored measure as upsertCountryProfile takes it back unchanged. */
export const measureInput = (m: StoredMeasure): MeasureProfileInput => ({
  measure: m.measure,
  applicable: m.applicable,
  competentAuthorityId: m.competentAuthority?.id ?? null,
  legalBasis: m.legalBasis ?? null,
  languages: m.languages,
  dualCriminalityRequired: m.dualCriminalityRequired ?? null,
  requirements: m.requirements,
  notes: m.notes ?? null,
});

/** What a measure the country has not described yet starts as. */
export const newMeasure = (measure: AssistanceMeasure): StoredMeasure => ({
  measure,
  applicable: 'YES',
  languages: [],
  requirements: [],
});

/**
 * The whole profile to save when one measure was edited: every other measure as stored, and
 * this one (added at the end if new) with the edit's changed fields over what is stored.
 */
export function withMeasure(
  stored: readonly StoredMeasure[],
  measure: AssistanceMeasure,
  patch: Readonly<Record<string, unknown>>,
): MeasureProfileInput[] {
  const existing = stored.find((m) => m.measure === measure) ?? newMeasure(measure);
  const edited: MeasureProfileInput = { ...measureInput(existing), ...patch, measure };
  const kept = stored.map((m) => (m.measure === measure ? edited : measureInput(m)));
  return stored.some((m) => m.measure === measure) ? kept : [...kept, edited];
}

/** One measure as the form edits it: its fields, under the profile's version. */
export const measureRecord = (profile: { id: string; version: number } | null, m: StoredMeasure) => ({
  ...measureInput(m),
  id: `${profile?.id ?? 'new'}#${m.measure}`,
  // A profile not yet made has no version; 0 stands for "create it".
  version: profile?.version ?? 0,
});
