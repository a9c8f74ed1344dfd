import { readDraft, removeDraft, writeDraft } from '../ui/stored';
import type { Values } from './form';

/**
 * An unsaved edit kept in the tab's sessionStorage, so a reload (or a sign-in round trip)
 * does not lose it: the values typed, and the record and version they were typed against.
 * Directory data only (the secretariat's own network); no token is ever kept here. Each is kept
 * for the person who typed it (`owner`, their subject) and never shown to anyone else.
 */
export interface Draft {
  version: number;
  base: Values;
  values: Values;
}

const name = (id: string) => `desk.edit.${id}`;

export const loadDraft = (owner: string | null, id: string): Draft | null =>
  readDraft<Draft>(sessionStorage, name(id), owner, (d) => typeof d.version === 'number' && !!d.base && !!d.values);

export const saveDraft = (owner: string | null, id: string, draft: Draft) =>
  writeDraft(sessionStorage, name(id), owner, draft);
export const dropDraft = (id: string) => removeDraft(sessionStorage, name(id));

/**
 * A record being created: the values typed and the idempotency key made once for this form,
 * so a double submit, or a retry after an answer that never came, creates one record.
 */
export interface NewDraft {
  idempotencyKey: string;
  values: Values;
}

const newName = (kind: string) => `desk.new.${kind}`;

export const loadNewDraft = (owner: string | null, kind: string): NewDraft | null =>
  readDraft<NewDraft>(sessionStorage, newName(kind), owner, (d) => typeof d.idempotencyKey === 'string' && !!d.values);

export const saveNewDraft = (owner: string | null, kind: string, draft: NewDraft) =>
  writeDraft(sessionStorage, newName(kind), owner, draft);
export const dropNewDraft = (kind: string) => removeDraft(sessionStorage, newName(kind));
