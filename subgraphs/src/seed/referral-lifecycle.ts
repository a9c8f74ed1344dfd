/**
 * The rules of a demo referral's life: when it is created, and which steps each
 * side takes after, how fast and how often (completed, declined, withdrawn or
 * still open), with a few messages in between. Nothing happens after NOW.
 */
import type { AssistanceKind, Urgency } from '#shared/domain';
import type { EventType, Side } from '../referrals/state';
import type { Prng } from './prng';
import {
  COMPLETION_DAYS,
  DECLINE_REASONS,
  DESTINATION_MESSAGES,
  EXTRADITION_DECLINE,
  ORIGIN_MESSAGES,
  WITHDRAWAL_REASONS,
} from './referral-vocabulary';
import { DAY } from './vocabulary';

const MIN = 60_000;
const HOUR = 60 * MIN;
/** First and last day a demo referral may be created on (UTC). */
const FIRST_DAY = Date.UTC(2024, 11, 1);
const LAST_DAY = Date.UTC(2026, 10, 20);
/** "Now" of the demo history: nothing happens after it. */
const NOW = Date.UTC(2026, 10, 20, 18, 0);
const minute = (ms: number) => Math.floor(ms / MIN) * MIN;
const TOTAL_DAYS = Math.round((LAST_DAY - FIRST_DAY) / DAY) + 1;

/** A creation time: a weekday mostly, recent months slightly busier (about 1.6x the first). */
export function creationTime(rng: Prng): number {
  for (;;) {
    const d = rng.int(0, TOTAL_DAYS - 1);
    const t = d / (TOTAL_DAYS - 1);
    if (!rng.chance((0.8 + 0.5 * t) / 1.3)) continue;
    const day = FIRST_DAY + d * DAY;
    const weekday = new Date(day).getUTCDay();
    if ((weekday === 0 || weekday === 6) && rng.chance(0.85)) continue;
    return day + rng.int(7 * 60, 17 * 60) * MIN;
  }
}

export interface Draft {
  side: Side;
  type: EventType;
  at: number;
  actor: string;
  note?: string;
  assignedTo?: string;
  /** The expected answer date an ANSWER_DATE_SET event sets (an ACKNOWLEDGED one gets the default). */
  answerExpectedBy?: number;
}

export interface Parties {
  fromCp: string;
  toCp: string | null;
  /** Active contact points of the destination country. */
  destination: readonly string[];
}

type Intent = 'COMPLETED' | 'DECLINED' | 'WITHDRAWN' | 'STALLED';

/** The referral's events, in time order, none after NOW. */
export function lifecycle(
  rng: Prng,
  created: number,
  kind: AssistanceKind,
  urgency: Urgency,
  parties: Parties,
): Draft[] {
  const { fromCp, toCp, destination } = parties;
  const handler = toCp ?? rng.pick(destination);
  const assignee = toCp && rng.chance(0.6) ? toCp : rng.pick(destination);
  const others = destination.filter((cp) => cp !== assignee);
  const reassignee = others.length > 0 && rng.chance(0.08) ? rng.pick(others) : null;

  const events: Draft[] = [{ side: 'ORIGIN', type: 'CREATED', at: created, actor: fromCp }];
  const ackDelay =
    urgency === 'IMMEDIATE'
      ? rng.int(20, 24 * 60)
      : urgency === 'URGENT'
        ? rng.int(60, 3 * 24 * 60)
        : rng.int(2 * 60, 10 * 24 * 60);
  const ack = created + ackDelay * MIN;
  const dest = (type: EventType, at: number, actor: string, extra: Partial<Draft> = {}) =>
    events.push({ side: 'DESTINATION', type, at: minute(at), actor, ...extra });
  /** ASSIGNED at `at`, and a reassignment before `until` now and then. */
  const assign = (at: number, until: number) => {
    dest('ASSIGNED', at, handler, { assignedTo: assignee });
    if (reassignee && until - at > 2 * HOUR)
      dest('ASSIGNED', at + (until - at) * rng.between(0.2, 0.6), handler, { assignedTo: reassignee });
  };
  const current = () => (reassignee && events.some((e) => e.assignedTo === reassignee) ? reassignee : assignee);

  // Old requests stall less often than recent ones; the recent ones are also cut short by NOW.
  const ageDays = (NOW - created) / DAY;
  const intent: Intent = rng.weighted<Intent>([
    ['COMPLETED', 64],
    ['DECLINED', 11.5],
    ['WITHDRAWN', 6],
    ['STALLED', ageDays > 365 ? 13 : ageDays > 120 ? 26 : 35],
  ]);
  let end = NOW;
  switch (intent) {
    case 'COMPLETED': {
      const [lo, hi] = COMPLETION_DAYS[kind];
      const factor = urgency === 'ROUTINE' ? 1 : urgency === 'URGENT' ? 0.7 : 0.5;
      const days = Math.max(10, rng.between(lo, hi) * factor);
      const done = minute(Math.max(created + days * DAY, ack + rng.int(12 * 60, 48 * 60) * MIN));
      dest('ACKNOWLEDGED', ack, handler);
      const assigned = ack + (done - ack) * rng.between(0.05, 0.3);
      const started = assigned + (done - assigned) * rng.between(0.1, 0.5);
      assign(assigned, started);
      dest('STARTED', started, current());
      dest('COMPLETED', done, current());
      end = done;
      break;
    }
    case 'DECLINED': {
      const maxDays = urgency === 'ROUTINE' ? 45 : 15;
      const declined = minute(created + rng.int(24 * 60, maxDays * 24 * 60) * MIN);
      const reason = kind === 'EXTRADITION' && rng.chance(0.5) ? EXTRADITION_DECLINE : rng.pick(DECLINE_REASONS);
      if (ack < declined - HOUR && rng.chance(0.85)) {
        dest('ACKNOWLEDGED', ack, handler);
        if (rng.chance(0.3))
          dest('ASSIGNED', ack + (declined - ack) * rng.between(0.1, 0.5), handler, { assignedTo: assignee });
      }
      dest('DECLINED', declined, handler, { note: reason });
      end = declined;
      break;
    }
    case 'WITHDRAWN': {
      const withdrawn = minute(created + rng.int(3 * 24 * 60, 120 * 24 * 60) * MIN);
      if (ack < withdrawn - HOUR) {
        dest('ACKNOWLEDGED', ack, handler);
        if (rng.chance(0.6)) {
          const assigned = ack + (withdrawn - ack) * rng.between(0.1, 0.4);
          const started = rng.chance(0.4) ? assigned + (withdrawn - assigned) * rng.between(0.1, 0.5) : null;
          assign(assigned, started ?? withdrawn);
          if (started !== null) dest('STARTED', started, current());
        }
      }
      events.push({
        side: 'ORIGIN',
        type: 'WITHDRAWN',
        at: withdrawn,
        actor: fromCp,
        note: rng.pick(WITHDRAWAL_REASONS),
      });
      end = withdrawn;
      break;
    }
    case 'STALLED': {
      // Still open however old: waiting for the bank, a court, a translation...
      const stage = rng.weighted([
        ['SENT', 10],
        ['ACKNOWLEDGED', 25],
        ['ASSIGNED', 30],
        ['IN_PROGRESS', 35],
      ] as const);
      if (stage === 'SENT') break;
      dest('ACKNOWLEDGED', ack, handler);
      if (stage === 'ACKNOWLEDGED') break;
      const assigned = ack + rng.int(2 * 60, 14 * 24 * 60) * MIN;
      const started = assigned + rng.int(24 * 60, 30 * 24 * 60) * MIN;
      assign(assigned, stage === 'IN_PROGRESS' ? started : assigned + 20 * DAY);
      if (stage === 'IN_PROGRESS') dest('STARTED', started, current());
      break;
    }
  }

  // A few messages while the referral is open.
  const messages = rng.weighted([
    [0, 50],
    [1, 30],
    [2, 15],
    [3, 5],
  ] as const);
  for (let i = 0; i < messages; i++) {
    const at = minute(created + (end - created) * rng.between(0.02, 0.98));
    const fromOrigin = rng.chance(0.5);
    const text = rng.pick(fromOrigin ? ORIGIN_MESSAGES : DESTINATION_MESSAGES);
    if (at <= created || at >= end - MIN) continue;
    events.push({
      side: fromOrigin ? 'ORIGIN' : 'DESTINATION',
      type: 'MESSAGE',
      at,
      actor: fromOrigin ? fromCp : handler,
      note: text,
    });
  }

  // The history stops at NOW: whatever would come later has not happened yet.
  const kept = events.filter((e) => e.at <= NOW);
  settleDueTimes(kept, created, ack, handler);
  return kept.sort((a, b) => a.at - b.at || (a.side === b.side ? 0 : a.side === 'ORIGIN' ? -1 : 1));
}

const CLOSING: readonly EventType[] = ['COMPLETED', 'DECLINED', 'WITHDRAWN'];

/**
 * The demo is started long after NOW, so a referral left open at NOW would be overdue at once and a fresh
 * `npm start` would mail reminders about it: each one open at NOW has been acknowledged (by NOW at the
 * latest), and at NOW its expected answer date was moved 150 to 329 days ahead, waiting on a court or a bank.
 * No random draw, so the rest of the history is the same as without it.
 */
function settleDueTimes(events: Draft[], created: number, ack: number, handler: string): void {
  if (events.some((e) => CLOSING.includes(e.type))) return;
  if (!events.some((e) => e.type === 'ACKNOWLEDGED'))
    events.push({ side: 'DESTINATION', type: 'ACKNOWLEDGED', at: Math.min(ack, NOW), actor: handler });
  const days = 150 + (Math.floor(created / MIN) % 180);
  events.push({
    side: 'DESTINATION',
    type: 'ANSWER_DATE_SET',
    at: NOW,
    actor: handler,
    answerExpectedBy: NOW + days * DAY,
  });
}
