import { DRAFT_PREFIX, forgetDrafts } from '../ui/stored';
import { DRAFT_NAME, clearDraft, emptyDraft, loadDraft, saveDraft, toInput } from './draft';

/** A sessionStorage stand-in: the functions take only the methods they use. */
function memoryStorage(initial: Record<string, string> = {}) {
  const items = new Map(Object.entries(initial));
  return {
    items,
    get length() {
      return items.size;
    },
    key: (i: number) => [...items.keys()][i] ?? null,
    getItem: (k: string) => items.get(k) ?? null,
    setItem: (k: string, v: string) => void items.set(k, v),
    removeItem: (k: string) => void items.delete(k),
  };
}

describe('a referral draft', () => {
  it('comes back after a reload with the same idempotency key', () => {
    const storage = memoryStorage();
    const first = loadDraft(storage, 'ana');
    saveDraft(storage, 'ana', {
      ...first,
      draft: { ...first.draft, subject: 'Bank records', measures: ['BANK_INFORMATION'] },
    });
    const again = loadDraft(storage, 'ana');
    expect(again.idempotencyKey).toBe(first.idempotencyKey);
    expect(again.draft).toMatchObject({ subject: 'Bank records', measures: ['BANK_INFORMATION'] });
  });

  it('starts afresh, with a new key, once sent or when what is stored is not a draft', () => {
    const storage = memoryStorage();
    const first = loadDraft(storage, 'ana');
    saveDraft(storage, 'ana', first);
    clearDraft(storage);
    expect(loadDraft(storage, 'ana').idempotencyKey).not.toBe(first.idempotencyKey);
    for (const junk of [
      '{',
      '42',
      '{"draft":{"measures":"x"},"idempotencyKey":"k"}',
      '{"draft":{}}',
      '{"owner":"ana","value":{"draft":{}}}',
      '{"value":{"draft":{},"idempotencyKey":"k"}}',
    ]) {
      expect(loadDraft(memoryStorage({ [DRAFT_PREFIX + DRAFT_NAME]: junk }), 'ana').draft).toEqual(emptyDraft());
    }
  });

  it('is its author’s only: another person gets a fresh draft, and the author’s is removed', () => {
    const storage = memoryStorage();
    const ana = loadDraft(storage, 'ana');
    saveDraft(storage, 'ana', {
      ...ana,
      draft: { ...ana.draft, subject: 'Bank records', summary: 'Accounts of the suspect' },
    });
    const ben = loadDraft(storage, 'ben');
    expect(ben.draft).toEqual(emptyDraft());
    expect(ben.idempotencyKey).not.toBe(ana.idempotencyKey);
    expect(storage.items.size).toBe(0);
  });

  it('is forgotten with every other draft on sign-out, and all but the new person’s when another signs in', () => {
    const storage = memoryStorage({ 'jcn.signedIn': '1', 'jcn.language': 'fr' });
    saveDraft(storage, 'ana', loadDraft(storage, 'ana'));
    storage.setItem(
      `${DRAFT_PREFIX}desk.new.authority`,
      JSON.stringify({ owner: 'ben', value: { idempotencyKey: 'k', values: {} } }),
    );
    storage.setItem(`${DRAFT_PREFIX}desk.edit.x`, '{ not json');
    forgetDrafts(storage, 'ben');
    expect([...storage.items.keys()].sort()).toEqual([
      `${DRAFT_PREFIX}desk.new.authority`,
      'jcn.language',
      'jcn.signedIn',
    ]);
    forgetDrafts(storage);
    expect([...storage.items.keys()].sort()).toEqual(['jcn.language', 'jcn.signedIn']);
  });

  it('becomes the API input without empty optional fields, one formal reference per line', () => {
    const input = toInput({
      ...emptyDraft(),
      destinationCountry: 'NGA',
      kind: 'MUTUAL_LEGAL_ASSISTANCE',
      subject: 'S',
      formalReferences: ' MLA/1 \n\nMLA/2\n',
    });
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
