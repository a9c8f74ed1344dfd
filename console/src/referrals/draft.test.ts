import { DRAFT_KEY, clearDraft, emptyDraft, loadDraft, saveDraft, toInput } from './draft';

/** A sessionStorage stand-in: the functions take only the methods they use. */
function memoryStorage(initial: Record<string, string> = {}) {
  const items = new Map(Object.entries(initial));
  return {
    getItem: (k: string) => items.get(k) ?? null,
    setItem: (k: string, v: string) => void items.set(k, v),
    removeItem: (k: string) => void items.delete(k),
  };
}

describe('a referral draft', () => {
  it('comes back after a reload with the same idempotency key', () => {
    const storage = memoryStorage();
    const first = loadDraft(storage);
    saveDraft(storage, { ...first, draft: { ...first.draft, subject: 'Bank records', measures: ['BANK_INFORMATION'] } });
    const again = loadDraft(storage);
    expect(again.idempotencyKey).toBe(first.idempotencyKey);
    expect(again.draft).toMatchObject({ subject: 'Bank records', measures: ['BANK_INFORMATION'] });
  });

  it('starts afresh, with a new key, once sent or when what is stored is not a draft', () => {
    const storage = memoryStorage();
    const first = loadDraft(storage);
    saveDraft(storage, first);
    clearDraft(storage);
    expect(loadDraft(storage).idempotencyKey).not.toBe(first.idempotencyKey);
    for (const junk of ['{', '42', '{"draft":{"measures":"x"},"idempotencyKey":"k"}', '{"draft":{}}']) {
      expect(loadDraft(memoryStorage({ [DRAFT_KEY]: junk })).draft).toEqual(emptyDraft());
    }
  });

  it('becomes the API input without empty optional fields, one formal reference per line', () => {
    const input = toInput({ ...emptyDraft(), destinationCountry: 'NGA', kind: 'MUTUAL_LEGAL_ASSISTANCE', subject: 'S', formalReferences: ' MLA/1 \n\nMLA/2\n' });
    expect(input).toEqual({
      destinationCountry: 'NGA',
      kind: 'MUTUAL_LEGAL_ASSISTANCE',
      measures: [],
      crimeAreas: [],
      urgency: 'ROUTINE',
      subject: 'S',
      formalReferences: ['MLA/1', 'MLA/2'],
    });
  });
});
