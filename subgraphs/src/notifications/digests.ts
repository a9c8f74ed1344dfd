/**
 * Digests, on the scheduler's clock (`now`, moved by tests):
 *
 * - daily: every person with notifications held for their digest (routing.ts) gets, once a UTC day,
 *   one mail gathering those held before that day began (normally the previous day's). Its dedupe key
 *   names the person and the day it is sent, so it never goes twice; the rows it took are marked in the
 *   same transaction, so none goes into two digests. A person no longer active, or without an address,
 *   gets none and their held rows are dropped with the day's digest.
 * - weekly: the secretariat (SECRETARIAT_EMAIL, SECRETARIAT_DIGEST=weekly) gets, once an ISO week (from
 *   Monday 00:00 UTC), the desk's review queue, the terms ending and the overdue referrals: counts and
 *   references only.
 */
import type { DataSource, EntityManager } from 'typeorm';
import { ANSWERING } from '../referrals/due';
import type { ReferralStatus } from '../referrals/state';
import {
  type DailyDigestFacts,
  type DigestEntry,
  type Language,
  type MailFacts,
  type NotificationKind,
  type OverdueEntry,
  type WeeklyDigestFacts,
} from './facts';
import { PeriodicCheck } from './repeat';
import { enqueueDigest, recipientsByIds } from './repository';

const DAY = 86_400_000;
/** An entry not reviewed for this long is in the review queue (as the console's desk shows it). */
export const REVIEW_AFTER_DAYS = 365;
/** Terms ending within this many days are named (as the console's desk shows them). */
export const TERMS_ENDING_WITHIN_DAYS = 60;
/** The weekly digest names at most this many references of each list; it counts them all. */
const MAX_REFERENCES = 50;

export interface DigestOptions {
  ds: DataSource;
  now?: () => Date;
  /** The secretariat's address and language; no weekly digest without it. */
  secretariat?: { email: string; language: Language };
  /** Whether the secretariat gets its weekly digest (SECRETARIAT_DIGEST). */
  weekly: boolean;
  /** Pause between two checks, in ms. */
  intervalMs?: number;
  log?: (message: string) => void;
}

/** Midnight UTC of `t`'s day. */
export const utcDayStart = (t: Date) => new Date(Math.floor(t.getTime() / DAY) * DAY);
const isoDay = (t: Date) => t.toISOString().slice(0, 10);
/** Monday 00:00 UTC of `t`'s ISO week. */
export const utcWeekStart = (t: Date) => {
  const day = utcDayStart(t);
  return new Date(day.getTime() - ((day.getUTCDay() + 6) % 7) * DAY);
};

/**
 * Open referrals overdue at `now` (the condition of referrals/due.ts isOverdue, in SQL on `now` so that tests
 * move the clock; overdueCondition reads the database's now()), on their stored due times: received here
 * or sent from here, not acknowledged past the acknowledgement due time, or acknowledged and not answered
 * past the expected answer date.
 */
export async function overdueReferrals(
  em: EntityManager | DataSource,
  now: Date,
): Promise<{ received: OverdueEntry[]; sent: OverdueEntry[] }> {
  const open: {
    reference: string;
    side: string;
    status: ReferralStatus;
    acknowledgeBy: Date | null;
    answerExpectedBy: Date | null;
  }[] = await em.query(
    `SELECT reference, side, status, acknowledge_by AS "acknowledgeBy", answer_expected_by AS "answerExpectedBy"
       FROM referrals
      WHERE (status = 'SENT' AND acknowledge_by <= $1) OR (status = ANY($2::text[]) AND answer_expected_by <= $1)
      ORDER BY created_at, id`,
    [now, ANSWERING],
  );
  const received: OverdueEntry[] = [];
  const sent: OverdueEntry[] = [];
  for (const r of open) {
    const due = (r.status === 'SENT' ? r.acknowledgeBy : r.answerExpectedBy)!;
    (r.side === 'DESTINATION' ? received : sent).push({ reference: r.reference, due: due.toISOString() });
  }
  return { received, sent };
}

/** The facts of the weekly digest at `now`: counts, and the overdue references. */
export async function weeklyDigestFacts(em: EntityManager | DataSource, now: Date): Promise<WeeklyDigestFacts> {
  const reviewedBefore = new Date(now.getTime() - REVIEW_AFTER_DAYS * DAY);
  const termsEndBy = isoDay(new Date(now.getTime() + TERMS_ENDING_WITHIN_DAYS * DAY));
  const [counts]: { cps: number; authorities: number; profiles: number; terms: number }[] = await em.query(
    `SELECT (SELECT count(*)::int FROM contact_points WHERE active AND (last_reviewed_at IS NULL OR last_reviewed_at < $1)) AS cps,
            (SELECT count(*)::int FROM authorities WHERE last_reviewed_at IS NULL OR last_reviewed_at < $1) AS authorities,
            (SELECT count(*)::int FROM country_profiles WHERE last_reviewed_at IS NULL OR last_reviewed_at < $1) AS profiles,
            (SELECT count(*)::int FROM contact_points WHERE active AND term_ends_on <= $2::date) AS terms`,
    [reviewedBefore, termsEndBy],
  );
  const overdue = await overdueReferrals(em, now);
  const listed = (all: OverdueEntry[]) => ({ count: all.length, first: all.slice(0, MAX_REFERENCES) });
  return {
    week: isoDay(utcWeekStart(now)),
    reviewDue: { contactPoints: counts!.cps, authorities: counts!.authorities, countryProfiles: counts!.profiles },
    termsEnding: counts!.terms,
    termsEndBy,
    overdueReceived: listed(overdue.received),
    overdueSent: listed(overdue.sent),
  };
}

export class DigestScheduler extends PeriodicCheck {
  constructor(private readonly options: DigestOptions) {
    super('digest check', options.intervalMs ?? 60_000, options.log);
  }

  protected checkOnce(): Promise<unknown> {
    return this.check();
  }

  /** Queues every digest due now and not yet queued; returns how many it queued. */
  async check(): Promise<{ daily: number; weekly: number }> {
    const now = this.options.now?.() ?? new Date();
    return { daily: await this.daily(now), weekly: (await this.weekly(now)) ? 1 : 0 };
  }

  private async daily(now: Date): Promise<number> {
    const { ds } = this.options;
    const today = utcDayStart(now);
    const waiting: { cp: string }[] = await ds.query(
      `SELECT DISTINCT contact_point_id AS cp FROM mail_digest_items WHERE digest_key IS NULL AND held_at < $1`,
      [today],
    );
    let queued = 0;
    for (const { cp } of waiting) {
      const key = `digest:${cp}:${isoDay(today)}`;
      const sent = await ds.transaction(async (em) => {
        // One digest a day: held rows that come after today's digest wait for tomorrow's.
        const [done] = await em.query(`SELECT 1 FROM mail_outbox WHERE dedupe_key = $1`, [key]);
        if (done) return false;
        const taken: { id: string; kind: NotificationKind; facts: MailFacts }[] = await em.query(
          `WITH taken AS (
             UPDATE mail_digest_items SET digest_key = $1
              WHERE id IN (SELECT id FROM mail_digest_items WHERE contact_point_id = $2 AND digest_key IS NULL AND held_at < $3
                            FOR UPDATE SKIP LOCKED)
              RETURNING id, kind, facts)
           SELECT id, kind, facts FROM taken ORDER BY id`,
          [key, cp, today],
        );
        const [recipient] = await recipientsByIds(em, [cp]);
        if (taken.length === 0 || !recipient) return false;
        const entries: DigestEntry[] = taken.map((t) => ({ ...t.facts, kind: t.kind }));
        const facts: DailyDigestFacts = { day: isoDay(new Date(today.getTime() - DAY)), entries };
        return enqueueDigest(em, { dedupeKey: key, kind: 'DAILY_DIGEST', recipient, facts });
      });
      if (sent) queued += 1;
    }
    return queued;
  }

  private async weekly(now: Date): Promise<boolean> {
    const { ds, secretariat } = this.options;
    if (!this.options.weekly || !secretariat) return false;
    const key = `weekly:${isoDay(utcWeekStart(now))}`;
    const [done] = await ds.query(`SELECT 1 FROM mail_outbox WHERE dedupe_key = $1`, [key]);
    if (done) return false;
    return ds.transaction(async (em) =>
      enqueueDigest(em, {
        dedupeKey: key,
        kind: 'WEEKLY_DIGEST',
        recipient: { id: null, ...secretariat },
        facts: await weeklyDigestFacts(em, now),
      }),
    );
  }
}
