/**
 * Reminders and escalation of referrals not acknowledged in time, at the destination (the network
 * that owes the acknowledgement). A referral is due to be acknowledged by acknowledgeBy (facts.ts);
 * a quarter of that time before, its addressee (or assignee, or every active contact point of its
 * country) is reminded; at the due time they are told it is overdue; `escalationDelayMs` later the
 * network's secretariat is (SECRETARIAT_EMAIL). Each mail is queued once (its dedupe key), however
 * often the scheduler runs; all times come from the scheduler's clock, so tests move it.
 */
import type { DataSource } from 'typeorm';
import type { NetworkDefinition, Registry } from '#shared/registry';
import { acknowledgeBy, factsOf, type Language, type NotificationKind } from './facts';
import { firstOrCountry, type NotifiedRecord } from './notify';
import { Repeater } from './repeat';
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
/** Referrals older than this are past any reminder: the check reads no further back. */
const LOOKBACK_DAYS = 60;

/** Which deadline mails are due for a referral created at `createdAt`, at `now`. */
export function dueReminders(
  createdAt: Date,
  urgency: string,
  now: Date,
  escalationDelayMs: number,
): { due: Date; kinds: NotificationKind[] } {
  const due = acknowledgeBy(createdAt, urgency);
  const remindAt = due.getTime() - (due.getTime() - createdAt.getTime()) / 4;
  const t = now.getTime();
  const kinds: NotificationKind[] = [];
  if (t >= remindAt && t < due.getTime()) kinds.push('ACK_REMINDER');
  if (t >= due.getTime()) kinds.push('ACK_OVERDUE');
  if (t >= due.getTime() + escalationDelayMs) kinds.push('ESCALATED');
  return { due, kinds };
}

export class DeadlineScheduler {
  private readonly loop: Repeater;

  constructor(private readonly options: DeadlineOptions) {
    const interval = () => this.options.intervalMs ?? 60_000;
    this.loop = new Repeater(
      async () => {
        await this.check();
        return interval();
      },
      (err) => {
        this.options.log?.(`deadline check failed: ${err.message}`);
        return interval();
      },
    );
  }

  start(): void {
    this.loop.start();
  }

  stop(): Promise<void> {
    return this.loop.stop();
  }

  /** Queues every deadline mail due now and not yet queued; returns how many records it looked at. */
  async check(): Promise<number> {
    const { ds, network, registry } = this.options;
    const now = this.options.now?.() ?? new Date();
    const open: NotifiedRecord[] = await ds.query(
      `SELECT id, side, reference, kind, urgency, origin_network AS "originNetwork", destination_network AS "destinationNetwork",
              origin_country AS "originCountry", destination_country AS "destinationCountry", created_at AS "createdAt",
              from_cp AS "fromCp", to_cp AS "toCp", assigned_to AS "assignedTo"
         FROM referrals
        WHERE side = 'DESTINATION' AND status = 'SENT' AND acknowledged_at IS NULL
          AND created_at > $1::timestamptz - make_interval(days => $2)`,
      [now, LOOKBACK_DAYS],
    );
    for (const r of open) {
      const { due, kinds } = dueReminders(r.createdAt, r.urgency, now, this.options.escalationDelayMs);
      if (kinds.length === 0) continue;
      await ds.transaction(async (em) => {
        const facts = factsOf(registry, r, due);
        for (const kind of kinds) {
          const recipients: Recipient[] =
            kind === 'ESCALATED'
              ? this.options.secretariat
                ? [{ id: null, ...this.options.secretariat }]
                : []
              : await firstOrCountry(em, network, registry, [r.assignedTo, r.toCp], r.destinationCountry);
          for (const recipient of recipients) {
            await enqueueMail(em, {
              dedupeKey: `${r.id}:${r.side}:deadline:${kind}:${recipient.id ?? recipient.email}`,
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
