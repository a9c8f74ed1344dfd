/** The part of sessionStorage a kept draft uses (its own type: unit tests run without the DOM's). */
export interface DraftStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/**
 * The JSON object kept under `key`, or null when there is none or `accept` refuses it (an older
 * shape, or one edited by hand): a page then starts afresh rather than fail on what it finds.
 */
export function readStored<T extends object>(
  storage: Pick<DraftStorage, 'getItem'>,
  key: string,
  accept: (value: Partial<T>) => boolean,
): T | null {
  try {
    const value: unknown = JSON.parse(storage.getItem(key) ?? 'null');
    return value !== null && typeof value === 'object' && accept(value as Partial<T>) ? (value as T) : null;
  } catch {
    return null;
  }
}

/** Every draft is kept under a key with this prefix, so all of them can be forgotten at once. */
export const DRAFT_PREFIX = 'jcn.draft.';

/** The storage a draft is kept in, with what forgetDrafts needs to walk it. */
export interface DraftStore extends DraftStorage {
  readonly length: number;
  key(index: number): string | null;
}

interface Kept<T> {
  /** The subject of the person who typed it. */
  owner: string;
  value: T;
}

/**
 * The draft `name` kept for `owner`, or null when there is none, it is not one (`accept` refuses it)
 * or it was typed by someone else: another person's draft is removed, never shown. Nobody (null, the
 * person not known yet) reads none and removes none.
 */
export function readDraft<T extends object>(
  storage: Pick<DraftStorage, 'getItem' | 'removeItem'>,
  name: string,
  owner: string | null,
  accept: (value: Partial<T>) => boolean,
): T | null {
  const kept = readStored<Kept<T>>(
    storage,
    DRAFT_PREFIX + name,
    (k) => typeof k.owner === 'string' && k.value !== null && typeof k.value === 'object',
  );
  if (kept && owner && kept.owner !== owner) storage.removeItem(DRAFT_PREFIX + name);
  return kept && kept.owner === owner && accept(kept.value) ? kept.value : null;
}

/** Keeps the draft `name` for `owner`; nothing is kept for nobody. */
export function writeDraft<T extends object>(
  storage: Pick<DraftStorage, 'setItem'>,
  name: string,
  owner: string | null,
  value: T,
): void {
  if (owner) storage.setItem(DRAFT_PREFIX + name, JSON.stringify({ owner, value } satisfies Kept<T>));
}

export function removeDraft(storage: Pick<DraftStorage, 'removeItem'>, name: string): void {
  storage.removeItem(DRAFT_PREFIX + name);
}

/** Removes every kept draft but `keep`'s (every one when null): on sign-out, and when another person signs in on the tab. */
export function forgetDrafts(storage: DraftStore, keep: string | null = null): void {
  const names: string[] = [];
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (key?.startsWith(DRAFT_PREFIX)) names.push(key.slice(DRAFT_PREFIX.length));
  }
  for (const name of names) {
    const kept = readStored<Kept<object>>(storage, DRAFT_PREFIX + name, (k) => typeof k.owner === 'string');
    if (keep === null || kept?.owner !== keep) removeDraft(storage, name);
  }
}
