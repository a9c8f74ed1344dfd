import { valuesOf } from './form';
import { measureFields, measureRecord, newMeasure, withMeasure, type StoredMeasure } from './profile';

const stored: StoredMeasure[] = [
  {
    measure: 'FREEZING',
    applicable: 'PARTLY',
    competentAuthority: { id: 'seajust:auth:1' },
    legalBasis: 'Act 12',
    languages: ['km'],
    dualCriminalityRequired: null,
    requirements: ['A court order'],
    notes: null,
  },
  {
    measure: 'EXTRADITION',
    applicable: 'NO',
    competentAuthority: null,
    legalBasis: null,
    languages: [],
    dualCriminalityRequired: true,
    requirements: [],
    notes: 'By treaty only',
  },
];

describe('a country profile edited one measure at a time', () => {
  it('sends every other measure back unchanged and this one with only the changed fields over what is stored', () => {
    const saved = withMeasure(stored, 'FREEZING', {
      notes: 'Within 48 hours',
      requirements: ['A court order', 'A translation'],
    });
    expect(saved).toEqual([
      {
        measure: 'FREEZING',
        applicable: 'PARTLY',
        competentAuthorityId: 'seajust:auth:1',
        legalBasis: 'Act 12',
        languages: ['km'],
        dualCriminalityRequired: null,
        requirements: ['A court order', 'A translation'],
        notes: 'Within 48 hours',
      },
      {
        measure: 'EXTRADITION',
        applicable: 'NO',
        competentAuthorityId: null,
        legalBasis: null,
        languages: [],
        dualCriminalityRequired: true,
        requirements: [],
        notes: 'By treaty only',
      },
    ]);
  });

  it('adds a measure the country has not described yet after the others', () => {
    const saved = withMeasure(stored, 'VIDEO_HEARING', { languages: ['en'] });
    expect(saved.map((m) => m.measure)).toEqual(['FREEZING', 'EXTRADITION', 'VIDEO_HEARING']);
    expect(saved[2]).toMatchObject({ applicable: 'YES', languages: ['en'], competentAuthorityId: null });
  });

  it('shows a measure as form values, under the profile version (0 before the profile exists)', () => {
    const specs = measureFields([]);
    expect(valuesOf(specs, measureRecord({ id: 'p', version: 4 }, stored[0]!))).toEqual({
      applicable: 'PARTLY',
      competentAuthorityId: 'seajust:auth:1',
      legalBasis: 'Act 12',
      languages: 'km',
      dualCriminalityRequired: false,
      requirements: 'A court order',
      notes: '',
    });
    expect(measureRecord(null, newMeasure('FREEZING'))).toMatchObject({
      id: 'new#FREEZING',
      version: 0,
      applicable: 'YES',
    });
  });
});
