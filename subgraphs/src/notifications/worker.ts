/**
 * The mail worker: a small loop over the mail outbox, written as the referral
 * outbox's is (and meant to move onto a generic outbox as its deliver()).
 *
 * Rows are leased, not held in a transaction while the SMTP conversation runs:
 * a short statement claims due rows and stamps claimed_until; a worker that dies
 * mid-send leaves its rows to another after the lease, and since the SMTP server
 * had not accepted the mail (its acceptance ends the conversation) it goes out
 * once. A mail once accepted is marked sent at once and never sent again. A
 * refusal (5xx) or too many attempts makes a row a dead letter.
 *
 * All times come from `now()`, the worker's clock: tests move it instead of sleeping.
 */
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { MailOutcome } from './mailer';
import { Repeater } from './repeat';
import { claimDueMail, markMailFailed, markMailSent, type MailRow } from './repository';

export interface MailWorkerOptions {
  ds: DataSource;
  /** Hands one mail to the SMTP server (mailer.ts). */
  send: (row: MailRow) => Promise<MailOutcome>;
  now?: () => Date;
  /** Pause between rounds when there was nothing to do, in ms. */
  idleMs?: number;
  /** How long a claimed row stays reserved for its worker, in ms; longer than the SMTP timeout. */
  leaseMs?: number;
  maxBackoffMs?: number;
  maxAttempts?: number;
  /** Mails a recipient gets at most in an hour; more wait. */
  perHour?: number;
  batchSize?: number;
  log?: (message: string) => void;
}

export const DEFAULT_MAIL_LEASE_MS = 60_000;
export const DEFAULT_MAIL_MAX_ATTEMPTS = 50;
export const DEFAULT_MAIL_MAX_BACKOFF_MS = 900_000;
export const DEFAULT_MAIL_PER_HOUR = 30;

/** Exponential backoff with jitter in its upper half: [c/2, c) for c = min(max, 1 s * 2^attempts). */
export function mailBackoffMs(attempts: number, maxMs: number, random: () => number = Math.random): number {
  const ceiling = Math.min(maxMs, 1000 * 2 ** Math.min(attempts, 20));
  return Math.floor(ceiling / 2 + (random() * ceiling) / 2);
}

export class MailWorker {
  private readonly loop: Repeater;
  /** Mails the SMTP server accepted from this worker. */
  sent = 0;

  constructor(private readonly options: MailWorkerOptions) {
    const idle = () => this.options.idleMs ?? 1000;
    this.loop = new Repeater(
      async () => ((await this.round()) ? 0 : idle()),
      (err) => {
        this.options.log?.(`mail round failed: ${err.message}`);
        return idle();
      },
    );
  }

  private now(): Date {
    return this.options.now?.() ?? new Date();
  }

  start(): void {
    this.loop.start();
  }

  stop(): Promise<void> {
    return this.loop.stop();
  }

  /** Claims due rows, sends them one by one and records each outcome; true when it found work. */
  async round(): Promise<boolean> {
    const claim = randomUUID();
    const rows = await claimDueMail(this.options.ds, claim, {
      batchSize: this.options.batchSize ?? 20,
      leaseMs: this.options.leaseMs ?? DEFAULT_MAIL_LEASE_MS,
      now: this.now(),
      perHour: this.options.perHour ?? DEFAULT_MAIL_PER_HOUR,
    });
    for (const row of rows) {
      const outcome = await this.options.send(row);
      if (outcome.ok) {
        await markMailSent(this.options.ds, row.id, this.now());
        this.sent += 1;
        continue;
      }
      const dead = outcome.permanent || row.attempts + 1 >= (this.options.maxAttempts ?? DEFAULT_MAIL_MAX_ATTEMPTS);
      await markMailFailed(this.options.ds, row.id, claim, {
        error: outcome.error,
        dead,
        waitMs: mailBackoffMs(row.attempts, this.options.maxBackoffMs ?? DEFAULT_MAIL_MAX_BACKOFF_MS),
        now: this.now(),
      });
      if (dead) this.options.log?.(`mail ${row.id} (${row.kind}) failed for good: ${outcome.error.slice(0, 200)}`);
    }
    return rows.length > 0;
  }
}
