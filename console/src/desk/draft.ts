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

export function loadDraft(id: string): Draft | null {
  try {
    const value: unknown = JSON.parse(sessionStorage.getItem(key(id)) ?? 'null');
    if (!value || typeof value !== 'object') return null;
    const d = value as Partial<Draft>;
    return typeof d.version === 'number' && d.base && d.values ? (d as Draft) : null;
  } catch {
    return null;
  }
}

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

export function loadNewDraft(kind: string): NewDraft | null {
  try {
    const value: unknown = JSON.parse(sessionStorage.getItem(newKey(kind)) ?? 'null');
    if (!value || typeof value !== 'object') return null;
    const d = value as Partial<NewDraft>;
    return typeof d.idempotencyKey === 'string' && d.values ? (d as NewDraft) : null;
  } catch {
    return null;
  }
}

export const saveNewDraft = (kind: string, draft: NewDraft) => sessionStorage.setItem(newKey(kind), JSON.stringify(draft));
export const dropNewDraft = (kind: string) => sessionStorage.removeItem(newKey(kind));
