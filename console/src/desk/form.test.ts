import {
  changedFields,
  conflictRows,
  defaultPicks,
  inputOf,
  merged,
  missingFields,
  patchOf,
  valuesOf,
  type FieldSpec,
} from './form';

const SPECS: FieldSpec[] = [
  { name: 'fullName', kind: 'text', label: 'x', required: true },
  { name: 'title', kind: 'text', label: 'x' },
  { name: 'phone', kind: 'text', label: 'x' },
  { name: 'languages', kind: 'codes', label: 'x' },
  { name: 'available24x7', kind: 'flag', label: 'x' },
  { name: 'roles', kind: 'choices', label: 'x', vocabulary: 'role' },
];

const stored = {
  fullName: 'Sokha',
  title: null,
  phone: '+855 1',
  languages: ['km', 'en'],
  available24x7: true,
  roles: ['PROSECUTOR'],
};

describe('the edit of a directory record', () => {
  const base = valuesOf(SPECS, stored);

  it('shows the record as form values and sends back only what changed', () => {
    expect(base).toEqual({
      fullName: 'Sokha',
      title: '',
      phone: '+855 1',
      languages: 'km, en',
      available24x7: true,
      roles: ['PROSECUTOR'],
    });
    const mine = { ...base, title: 'Prosecutor', languages: 'km en fr' };
    expect(patchOf(SPECS, base, mine)).toEqual({ title: 'Prosecutor', languages: ['km', 'en', 'fr'] });
    expect(patchOf(SPECS, base, { ...base, phone: '  ' })).toEqual({ phone: null });
  });

  it('after a CONFLICT keeps both changes by default and lets the person pick per field', () => {
    const mine = { ...base, title: 'Prosecutor', phone: '+855 2' };
    const theirs = { ...base, phone: '+855 9', available24x7: false };
    const rows = conflictRows(SPECS, base, mine, theirs);
    expect(rows.map((r) => [r.spec.name, r.mineChanged])).toEqual([
      ['title', true],
      ['phone', true],
      ['available24x7', false],
    ]);
    const picks = defaultPicks(rows);
    const next = merged(theirs, rows, picks);
    expect(next).toMatchObject({ title: 'Prosecutor', phone: '+855 2', available24x7: false });
    const theirsPhone = merged(theirs, rows, { ...picks, phone: 'theirs' });
    expect(patchOf(SPECS, theirs, theirsPhone)).toEqual({ title: 'Prosecutor' });
    expect(changedFields(SPECS, theirs, next)).toEqual(['title', 'phone']);
  });

  it("makes a new record's input of every field, leaving out the empty optional ones, and names the required ones left empty", () => {
    const specs: FieldSpec[] = [
      ...SPECS,
      { name: 'kind', kind: 'choice', label: 'x', required: true, vocabulary: 'resourceKind' },
      { name: 'requirements', kind: 'lines', label: 'x' },
    ];
    const empty = valuesOf(specs, {});
    expect(missingFields(specs, empty)).toEqual(['fullName', 'kind']);
    const typed = {
      ...empty,
      fullName: ' Sokha ',
      languages: 'km',
      kind: 'GUIDE',
      requirements: 'A court order\n\n  A translation ',
    };
    expect(missingFields(specs, typed)).toEqual([]);
    expect(inputOf(specs, typed)).toEqual({
      fullName: 'Sokha',
      languages: ['km'],
      available24x7: false,
      roles: [],
      kind: 'GUIDE',
      requirements: ['A court order', 'A translation'],
    });
  });

  it('edits a list of people: read from the records the API names, sent back as ids, and a colliding list kept as the person left it', () => {
    const specs: FieldSpec[] = [{ name: 'memberIds', kind: 'people', label: 'x' }];
    const base = valuesOf(specs, { memberIds: [{ id: 'seajust:cp:1' }, { id: 'seajust:cp:2' }] });
    expect(base).toEqual({ memberIds: ['seajust:cp:1', 'seajust:cp:2'] });
    const mine = { memberIds: ['seajust:cp:1', 'seajust:cp:2', 'seajust:cp:3'] };
    expect(patchOf(specs, base, mine)).toEqual({ memberIds: ['seajust:cp:1', 'seajust:cp:2', 'seajust:cp:3'] });
    expect(patchOf(specs, base, valuesOf(specs, { memberIds: [] }))).toEqual({ memberIds: [] });
    expect(missingFields(specs, valuesOf(specs, {}))).toEqual([]);
    const theirs = { memberIds: ['seajust:cp:2'] };
    const rows = conflictRows(specs, base, mine, theirs);
    expect(rows.map((r) => [r.theirs, r.mine])).toEqual([[['seajust:cp:2'], mine.memberIds]]);
    expect(merged(theirs, rows, defaultPicks(rows))).toEqual(mine);
  });
});
