import { readStored } from '../ui/stored';
import type { Values } from './form';

/**
 * An unsaved edit kept in the tab's sessionStorage, so a reload (or a sign-in round trip)
 * does not lose it: the values typed, and the record and version they were typed against.
 * Directory data only (the secretariat's own network); no token is ever kept here.
 */
export interface Draft {
  version: number;
  base: Values;
  values: Values;
}

const key = (id: string) => `jcn.desk.draft.${id}`;

export const loadDraft = (id: string): Draft | null =>
  readStored<Draft>(sessionStorage, key(id), (d) => typeof d.version === 'number' && !!d.base && !!d.values);

export const saveDraft = (id: string, draft: Draft) => sessionStorage.setItem(key(id), JSON.stringify(draft));
export const dropDraft = (id: string) => sessionStorage.removeItem(key(id));

/**
 * A record being created: the values typed and the idempotency key made once for this form,
 * so a double submit, or a retry after an answer that never came, creates one record.
 */
export interface NewDraft {
  idempotencyKey: string;
  values: Values;
}

const newKey = (kind: string) => `jcn.desk.new.${kind}`;

export const loadNewDraft = (kind: string): NewDraft | null =>
  readStored<NewDraft>(sessionStorage, newKey(kind), (d) => typeof d.idempotencyKey === 'string' && !!d.values);

export const saveNewDraft = (kind: string, draft: NewDraft) => sessionStorage.setItem(newKey(kind), JSON.stringify(draft));
export const dropNewDraft = (kind: string) => sessionStorage.removeItem(newKey(kind));
