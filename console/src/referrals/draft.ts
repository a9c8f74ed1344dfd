import { readDraft, removeDraft, writeDraft, type DraftStorage } from '../ui/stored';
import type {
  AssistanceKind,
  AssistanceMeasure,
  CrimeArea,
  NetworkCode,
  ReferralInput,
  Urgency,
} from '../__generated__/graphql';

/** The compose form as the person left it. */
export interface ReferralDraft {
  destinationCountry: string;
  /** '' until chosen; needed only when the country belongs to several networks. */
  destinationNetwork: NetworkCode | '';
  /** '' for nobody in particular. */
  toContactPointId: string;
  kind: AssistanceKind | '';
  measures: AssistanceMeasure[];
  crimeAreas: CrimeArea[];
  urgency: Urgency;
  subject: string;
  summary: string;
  /** One per line. */
  formalReferences: string;
}

/** A draft and the idempotency key its sending uses, so a double submit or a retry after a lost answer creates one referral. */
export interface StoredDraft {
  draft: ReferralDraft;
  idempotencyKey: string;
}

/**
 * Kept in sessionStorage, not localStorage: a case summary on a shared ministry computer must not
 * outlive the tab; and for the person who typed it only (ui/stored.ts), never shown to the next one.
 * (A .ts file: the messages test reads quoted dotted names in .tsx files as message ids.)
 */
export const DRAFT_NAME = 'referral';

export const emptyDraft = (): ReferralDraft => ({
  destinationCountry: '',
  destinationNetwork: '',
  toContactPointId: '',
  kind: '',
  measures: [],
  crimeAreas: [],
  urgency: 'ROUTINE',
  subject: '',
  summary: '',
  formalReferences: '',
});

const freshDraft = (): StoredDraft => ({ draft: emptyDraft(), idempotencyKey: crypto.randomUUID() });

/** `owner`'s stored draft, or a fresh one when there is none, it is not one (an older shape, edited by hand) or someone else's. */
export function loadDraft(storage: Pick<DraftStorage, 'getItem' | 'removeItem'>, owner: string): StoredDraft {
  const stored = readDraft<StoredDraft>(
    storage,
    DRAFT_NAME,
    owner,
    ({ draft, idempotencyKey }) =>
      typeof idempotencyKey === 'string' && !!idempotencyKey && draft !== null && typeof draft === 'object',
  );
  if (!stored) return freshDraft();
  const merged = { ...emptyDraft(), ...stored.draft };
  if (!Array.isArray(merged.measures) || !Array.isArray(merged.crimeAreas)) return freshDraft();
  return { draft: merged, idempotencyKey: stored.idempotencyKey };
}

export function saveDraft(storage: Pick<DraftStorage, 'setItem'>, owner: string, stored: StoredDraft): void {
  writeDraft(storage, DRAFT_NAME, owner, stored);
}

/** After the referral was created: the next draft starts empty, with a new key. */
export function clearDraft(storage: Pick<DraftStorage, 'removeItem'>): void {
  removeDraft(storage, DRAFT_NAME);
}

/** What createReferral takes; empty optional fields are left out. */
export function toInput(d: ReferralDraft): ReferralInput {
  const formalReferences = d.formalReferences
    .split('\n')
    .map((r) => r.trim())
    .filter(Boolean);
  return {
    destinationCountry: d.destinationCountry,
    ...(d.destinationNetwork ? { destinationNetwork: d.destinationNetwork } : {}),
    ...(d.toContactPointId ? { toContactPointId: d.toContactPointId } : {}),
    kind: d.kind as AssistanceKind,
    measures: d.measures,
    crimeAreas: d.crimeAreas,
    urgency: d.urgency,
    subject: d.subject,
    ...(d.summary.trim() ? { summary: d.summary } : {}),
    formalReferences,
  };
}
