import { compareProfiles, type ComparableMeasure } from './compare';

const measure = (m: Partial<ComparableMeasure> & { measure: string }): ComparableMeasure => ({
  applicable: 'YES',
  legalBasis: 'MLA Act 2015',
  languages: ['en', 'fr'],
  dualCriminalityRequired: true,
  requirements: ['Court order'],
  competentAuthority: { name: 'Central Authority' },
  ...m,
});

describe('country profiles side by side', () => {
  it('marks the fields on which two networks disagree, and nothing where they agree', () => {
    const rows = compareProfiles(
      [
        [measure({ measure: 'BANK_INFORMATION' }), measure({ measure: 'EXTRADITION' })],
        [
          measure({ measure: 'BANK_INFORMATION', applicable: 'PARTLY', languages: ['fr'] }),
          measure({ measure: 'EXTRADITION' }),
        ],
      ],
      ['BANK_INFORMATION', 'EXTRADITION'],
    );
    expect(rows.map((r) => [r.measure, r.differs])).toEqual([
      ['BANK_INFORMATION', ['applicable', 'languages']],
      ['EXTRADITION', []],
    ]);
  });

  it('does not count order, case or spacing of lists and text as a difference', () => {
    const rows = compareProfiles(
      [
        [
          measure({
            measure: 'FREEZING',
            languages: ['fr', 'en'],
            legalBasis: 'MLA  Act 2015',
            requirements: ['b', 'a'],
          }),
        ],
        [
          measure({
            measure: 'FREEZING',
            languages: ['en', 'fr'],
            legalBasis: 'mla act 2015',
            requirements: ['a', 'b'],
          }),
        ],
      ],
      [],
    );
    expect(rows[0]!.differs).toEqual([]);
  });

  it('shows a measure only one network describes, as a difference, with an empty cell for the other', () => {
    const rows = compareProfiles([[measure({ measure: 'INTERCEPTION' })], []], ['INTERCEPTION']);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.cells[1]).toBeNull();
    expect(rows[0]!.differs).toEqual(['described']);
  });

  it('follows the given order of measures, unknown ones last, and never marks a single profile', () => {
    const rows = compareProfiles(
      [
        [
          measure({ measure: 'ZZZ_NEW' }),
          measure({ measure: 'EXTRADITION', applicable: 'NO' }),
          measure({ measure: 'SERVICE_OF_DOCUMENTS' }),
        ],
      ],
      ['SERVICE_OF_DOCUMENTS', 'EXTRADITION'],
    );
    expect(rows.map((r) => r.measure)).toEqual(['SERVICE_OF_DOCUMENTS', 'EXTRADITION', 'ZZZ_NEW']);
    expect(rows.every((r) => r.differs.length === 0)).toBe(true);
  });
});
