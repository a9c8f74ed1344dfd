import type { ReferralSide } from '../__generated__/graphql';

export interface TimelineEvent {
  sequence: number;
  side: ReferralSide;
  at: string;
}

/**
 * Both records' events as one timeline: each record holds the other side's events once they
 * arrive, so an event is the same on both (its author's side and sequence) and is shown once;
 * the counterpart shows the other side's steps that have not reached this record yet.
 * Ordered by time; ties keep the origin first and each side's own sequence.
 */
export function mergeTimelines<E extends TimelineEvent>(
  ...timelines: readonly (readonly E[] | null | undefined)[]
): E[] {
  const byKey = new Map<string, E>();
  for (const e of timelines.flatMap((t) => t ?? [])) {
    const key = `${e.side}:${e.sequence}`;
    if (!byKey.has(key)) byKey.set(key, e);
  }
  const rank = (side: ReferralSide) => (side === 'ORIGIN' ? 0 : 1);
  return [...byKey.values()].sort(
    (a, b) => Date.parse(a.at) - Date.parse(b.at) || rank(a.side) - rank(b.side) || a.sequence - b.sequence,
  );
}

/** Whole days since `iso` (0 on the first day): a referral's age at a glance. */
export function ageInDays(iso: string, now: number = Date.now()): number {
  return Math.max(0, Math.floor((now - Date.parse(iso)) / 86_400_000));
}
