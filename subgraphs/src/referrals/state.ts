/**
 * The referral state machine. Both sides keep every event and fold them in one
 * total order, so they converge on the same status whatever order the events
 * arrived in; an event that is not a valid step from the status at its place in
 * that order changes nothing. Each side's events keep their own sequence; the
 * two sides interleave by time (see orderEvents).
 */
export type ReferralStatus =
  'SENT' | 'ACKNOWLEDGED' | 'ASSIGNED' | 'IN_PROGRESS' | 'COMPLETED' | 'DECLINED' | 'WITHDRAWN';
export type Side = 'ORIGIN' | 'DESTINATION';
export type EventType =
  | 'CREATED'
  | 'ACKNOWLEDGED'
  | 'ASSIGNED'
  | 'STARTED'
  | 'COMPLETED'
  | 'DECLINED'
  | 'WITHDRAWN'
  | 'MESSAGE'
  | 'ANSWER_DATE_SET';

export const TERMINAL: ReadonlySet<ReferralStatus> = new Set(['COMPLETED', 'DECLINED', 'WITHDRAWN']);

interface Step {
  /** Which side may take the step. */
  by: Side | 'EITHER';
  /** Statuses the step may start from. */
  from: readonly ReferralStatus[];
  /** Status after the step; undefined keeps the status (messages). */
  to?: ReferralStatus;
}

const OPEN: readonly ReferralStatus[] = ['SENT', 'ACKNOWLEDGED', 'ASSIGNED', 'IN_PROGRESS'];

/** Every step a referral may take. Anything not listed is INVALID_TRANSITION. */
export const STEPS: Readonly<Record<Exclude<EventType, 'CREATED'>, Step>> = {
  ACKNOWLEDGED: { by: 'DESTINATION', from: ['SENT'], to: 'ACKNOWLEDGED' },
  ASSIGNED: { by: 'DESTINATION', from: ['ACKNOWLEDGED', 'ASSIGNED'], to: 'ASSIGNED' },
  STARTED: { by: 'DESTINATION', from: ['ASSIGNED'], to: 'IN_PROGRESS' },
  COMPLETED: { by: 'DESTINATION', from: ['IN_PROGRESS'], to: 'COMPLETED' },
  DECLINED: { by: 'DESTINATION', from: OPEN, to: 'DECLINED' },
  WITHDRAWN: { by: 'ORIGIN', from: OPEN, to: 'WITHDRAWN' },
  MESSAGE: { by: 'EITHER', from: OPEN },
  // The destination sets or moves the expected answer date of a referral it has acknowledged.
  ANSWER_DATE_SET: { by: 'DESTINATION', from: ['ACKNOWLEDGED', 'ASSIGNED', 'IN_PROGRESS'] },
};

/** May `side` write an event of this type at all (whatever the status)? CREATED is the origin's first event only. */
export function mayAuthor(type: EventType, side: Side): boolean {
  if (type === 'CREATED') return side === 'ORIGIN';
  const by = STEPS[type].by;
  return by === 'EITHER' || by === side;
}

/** The status after `type` by `side` from `status`, or null when that step is not allowed. */
export function nextStatus(status: ReferralStatus, type: EventType, side: Side): ReferralStatus | null {
  if (type === 'CREATED') return null;
  const step = STEPS[type];
  if (step.by !== 'EITHER' && step.by !== side) return null;
  if (!step.from.includes(status)) return null;
  return step.to ?? status;
}

export interface FoldEvent {
  type: EventType;
  authorSide: Side;
  seq: number;
  at: Date;
  assignedTo?: string | null;
  answerExpectedBy?: Date | null;
}

/**
 * Total order of events, the same on both sides: each side's events in their
 * sequence, whatever their clocks say, merged by time (ties: the origin
 * first). So a side's timestamp can place its event among the other side's
 * events, never before its own earlier ones; and a receiving side refuses an
 * event dated before its author's previous one or in the future.
 */
export function orderEvents<E extends FoldEvent>(events: readonly E[]): E[] {
  const bySeq = (side: Side) => events.filter((e) => e.authorSide === side).sort((a, b) => a.seq - b.seq);
  const origin = bySeq('ORIGIN');
  const destination = bySeq('DESTINATION');
  const out: E[] = [];
  let i = 0;
  let j = 0;
  while (i < origin.length || j < destination.length) {
    const o = origin[i];
    const d = destination[j];
    if (o && (!d || o.at.getTime() <= d.at.getTime())) {
      out.push(o);
      i += 1;
    } else {
      out.push(d!);
      j += 1;
    }
  }
  return out;
}

export interface Folded {
  status: ReferralStatus;
  assignedTo: string | null;
  /** When the destination acknowledged it, and when it completed it. */
  acknowledgedAt: Date | null;
  completedAt: Date | null;
  /** The expected answer date the latest ACKNOWLEDGED or ANSWER_DATE_SET event that says one set. */
  answerExpectedBy: Date | null;
  /** Events that were not valid steps at their place in the order (concurrent conflicts). */
  ignored: FoldEvent[];
}

/** Folds a referral's events (any order) into its status and assignee. */
export function fold(events: readonly FoldEvent[]): Folded {
  let status: ReferralStatus = 'SENT';
  let assignedTo: string | null = null;
  let acknowledgedAt: Date | null = null;
  let completedAt: Date | null = null;
  let answerExpectedBy: Date | null = null;
  const ignored: FoldEvent[] = [];
  for (const e of orderEvents(events)) {
    if (e.type === 'CREATED') continue;
    const next = nextStatus(status, e.type, e.authorSide);
    if (next === null) {
      ignored.push(e);
      continue;
    }
    status = next;
    if (e.type === 'ASSIGNED') assignedTo = e.assignedTo ?? null;
    if (e.type === 'ACKNOWLEDGED') acknowledgedAt = e.at;
    if (e.type === 'COMPLETED') completedAt = e.at;
    if (e.answerExpectedBy) answerExpectedBy = e.answerExpectedBy;
  }
  return { status, assignedTo, acknowledgedAt, completedAt, answerExpectedBy, ignored };
}

/** The mutation (API action) that writes each step. */
export const ACTION_OF = {
  ACKNOWLEDGED: 'ACKNOWLEDGE',
  ASSIGNED: 'ASSIGN',
  STARTED: 'START',
  COMPLETED: 'COMPLETE',
  DECLINED: 'DECLINE',
  WITHDRAWN: 'WITHDRAW',
  MESSAGE: 'MESSAGE',
  ANSWER_DATE_SET: 'SET_ANSWER_DATE',
} as const satisfies Record<keyof typeof STEPS, string>;

export type ReferralAction = (typeof ACTION_OF)[keyof typeof ACTION_OF];

/** The steps `side` may take on its own record from `status`, as the actions that write them. */
export function availableActions(status: ReferralStatus, side: Side): ReferralAction[] {
  return (Object.keys(STEPS) as (keyof typeof STEPS)[])
    .filter((type) => nextStatus(status, type, side) !== null)
    .map((type) => ACTION_OF[type]);
}
