/**
 * Reminders and escalation of referrals not acknowledged, or not answered, in time, at the destination
 * (the network that owes them). Both due times are stored on the record (referrals/due.ts): acknowledge_by,
 * fixed when the referral arrived, and answer_expected_by, set at acknowledgement and moved by its parties.
 * A quarter of the time to a due time before it (for an answer, at most ANSWER_REMINDER_LEAD_DAYS before),
 * the record's addressee (or assignee, or every active contact point of its country) is reminded; at the due time they are told it is overdue;
 * `escalationDelayMs` later the network's secretariat is (SECRETARIAT_EMAIL). Each mail is queued once
 * (its dedupe key), however often the scheduler runs; an answer date moved later starts its reminders
 * again (the key names the date). All times come from the scheduler's clock, so tests move it.
 */
import type { DataSource } from 'typeorm';
import type { NetworkDefinition, Registry } from '#shared/registry';
import { factsOf, type Language, type NotificationKind } from './facts';
import { firstOrCountry, type NotifiedRecord } from './notify';
import { PeriodicCheck } from './repeat';
import { enqueueMail, type Recipient } from './repository';

export interface DeadlineOptions {
  ds: DataSource;
  network: NetworkDefinition;
  registry: Registry;
  now?: () => Date;
  /** How long after the due time the secretariat is told. */
  escalationDelayMs: number;
  /** The secretariat's address and language; no escalation mail without it. */
  secretariat?: { email: string; language: Language };
  /** Pause between two checks, in ms. */
  intervalMs?: number;
  log?: (message: string) => void;
}

export const DEFAULT_ESCALATION_DELAY_HOURS = 24;
/** Due times further back than this are past any reminder: the check reads no further back. */
const LOOKBACK_DAYS = 60;
/** The latest an answer reminder comes before its date: a date months away is recalled a week before, not a quarter of the months. */
export const ANSWER_REMINDER_LEAD_DAYS = 7;
const DAY = 86_400_000;

/** The two deadlines a referral has, and the mails of each. */
const STAGES = {
  acknowledge: { reminder: 'ACK_REMINDER', overdue: 'ACK_OVERDUE', escalated: 'ESCALATED' },
  answer: { reminder: 'ANSWER_REMINDER', overdue: 'ANSWER_OVERDUE', escalated: 'ANSWER_ESCALATED' },
} as const satisfies Record<string, Record<'reminder' | 'overdue' | 'escalated', NotificationKind>>;
type Stage = keyof typeof STAGES;

/** Which mails of `stage` are due at `now` for a deadline `due` that ran from `start`. */
export function dueReminders(
  start: Date,
  due: Date,
  now: Date,
  escalationDelayMs: number,
  stage: Stage = 'acknowledge',
): { due: Date; kinds: NotificationKind[] } {
  const kinds = STAGES[stage];
  const quarter = Math.max(0, due.getTime() - start.getTime()) / 4;
  const remindAt = due.getTime() - (stage === 'answer' ? Math.min(quarter, ANSWER_REMINDER_LEAD_DAYS * DAY) : quarter);
  const t = now.getTime();
  const out: NotificationKind[] = [];
  if (t >= remindAt && t < due.getTime()) out.push(kinds.reminder);
  if (t >= due.getTime()) out.push(kinds.overdue);
  if (t >= due.getTime() + escalationDelayMs) out.push(kinds.escalated);
  return { due, kinds: out };
}

type OpenRecord = NotifiedRecord & { stage: Stage; start: Date; due: Date };

export class DeadlineScheduler extends PeriodicCheck {
  constructor(private readonly options: DeadlineOptions) {
    super('deadline check', options.intervalMs ?? 60_000, options.log);
  }

  protected checkOnce(): Promise<unknown> {
    return this.check();
  }

  /** Queues every deadline mail due now and not yet queued; returns how many deadlines it looked at. */
  async check(): Promise<number> {
    const { ds, network, registry } = this.options;
    const now = this.options.now?.() ?? new Date();
    // The rows whose reminder time (as dueReminders has it) has come, and whose due time is at most LOOKBACK_DAYS ago.
    const open: OpenRecord[] = await ds.query(
      `SELECT id, side, reference, kind, urgency, origin_network AS "originNetwork", destination_network AS "destinationNetwork",
              origin_country AS "originCountry", destination_country AS "destinationCountry", created_at AS "createdAt",
              from_cp AS "fromCp", to_cp AS "toCp", assigned_to AS "assignedTo", stage, start, due
         FROM (
           SELECT r.*, 'acknowledge' AS stage, created_at AS start, acknowledge_by AS due FROM referrals r
            WHERE side = 'DESTINATION' AND status = 'SENT' AND acknowledge_by IS NOT NULL
           UNION ALL
           SELECT r.*, 'answer', acknowledged_at, answer_expected_by FROM referrals r
            WHERE side = 'DESTINATION' AND status IN ('ACKNOWLEDGED', 'ASSIGNED', 'IN_PROGRESS')
              AND answer_expected_by IS NOT NULL AND acknowledged_at IS NOT NULL
         ) d
        WHERE due > $1::timestamptz - make_interval(days => $2)
          AND due - CASE WHEN stage = 'answer' THEN least(greatest(due - start, interval '0') / 4, make_interval(days => $3))
                         ELSE greatest(due - start, interval '0') / 4 END <= $1::timestamptz`,
      [now, LOOKBACK_DAYS, ANSWER_REMINDER_LEAD_DAYS],
    );
    for (const r of open) {
      const { due, kinds } = dueReminders(r.start, r.due, now, this.options.escalationDelayMs, r.stage);
      if (kinds.length === 0) continue;
      await ds.transaction(async (em) => {
        const facts = factsOf(registry, r, due);
        for (const kind of kinds) {
          const recipients: Recipient[] =
            kind === 'ESCALATED' || kind === 'ANSWER_ESCALATED'
              ? this.options.secretariat
                ? [{ id: null, ...this.options.secretariat }]
                : []
              : await firstOrCountry(em, network, registry, [r.assignedTo, r.toCp], r.destinationCountry);
          // The acknowledgement's due time never moves; an answer date may, and each date gets its own mails.
          const which = r.stage === 'answer' ? `${kind}@${due.toISOString()}` : kind;
          for (const recipient of recipients) {
            await enqueueMail(em, {
              dedupeKey: `${r.id}:${r.side}:deadline:${which}:${recipient.id ?? recipient.email}`,
              kind,
              recipient,
              facts,
            });
          }
        }
      });
    }
    return open.length;
  }
}
