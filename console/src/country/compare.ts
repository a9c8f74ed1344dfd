/** What two or more networks' profiles of one country say, measure by measure, and where they disagree. */
export interface ComparableMeasure {
  measure: string;
  applicable: string;
  legalBasis?: string | null;
  languages: readonly string[];
  dualCriminalityRequired?: boolean | null;
  requirements: readonly string[];
  competentAuthority?: { name: string } | null;
}

/** The fields compared; `described` differs when one profile covers the measure and another does not. */
export const COMPARED_FIELDS = [
  'described',
  'applicable',
  'legalBasis',
  'languages',
  'dualCriminalityRequired',
  'requirements',
  'competentAuthority',
] as const;
export type ComparedField = (typeof COMPARED_FIELDS)[number];

export interface ComparedRow<M extends ComparableMeasure> {
  measure: string;
  /** One cell per profile, in the order given; null when that profile does not describe the measure. */
  cells: (M | null)[];
  /** Fields on which the profiles disagree (never any with a single profile). */
  differs: ComparedField[];
}

const text = (value: string | null | undefined) => (value ?? '').trim().replace(/\s+/g, ' ').toLowerCase();
const set = (values: readonly string[]) => [...new Set(values.map(text))].sort().join('\u0000');

function key(field: Exclude<ComparedField, 'described'>, m: ComparableMeasure): string {
  switch (field) {
    case 'applicable':
      return m.applicable;
    case 'legalBasis':
      return text(m.legalBasis);
    case 'languages':
      return set(m.languages);
    case 'dualCriminalityRequired':
      return String(m.dualCriminalityRequired ?? '');
    case 'requirements':
      return set(m.requirements);
    case 'competentAuthority':
      return text(m.competentAuthority?.name);
  }
}

/**
 * Rows for every measure any profile describes, in `order` (measures outside it last), with the
 * fields that differ. Wording and order of lists do not count as differences; content does.
 */
export function compareProfiles<M extends ComparableMeasure>(
  profiles: readonly (readonly M[])[],
  order: readonly string[],
): ComparedRow<M>[] {
  const measures = [...new Set(profiles.flatMap((p) => p.map((m) => m.measure)))];
  const rank = (m: string) => (order.includes(m) ? order.indexOf(m) : order.length);
  measures.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  return measures.map((measure) => {
    const cells = profiles.map((p) => p.find((m) => m.measure === measure) ?? null);
    const present = cells.filter((c): c is M => c !== null);
    const differs: ComparedField[] = [];
    if (profiles.length > 1) {
      if (present.length < cells.length) differs.push('described');
      for (const field of COMPARED_FIELDS) {
        if (field !== 'described' && new Set(present.map((m) => key(field, m))).size > 1) differs.push(field);
      }
    }
    return { measure, cells, differs };
  });
}
