/**
 * Hands one mail to this network's SMTP server: `send(row)` renders the row's
 * facts and classifies the server's answer, nothing more, so that it can be the
 * deliver() of any outbox. The Message-ID is the row's own, the same on every
 * attempt: a receiving system that keeps both copies of a mail sent twice (a
 * worker that died between the server's acceptance and recording it) can tell
 * they are one.
 */
import { createTransport } from 'nodemailer';
import type { Outcome } from '../outbox/worker';
import { renderDailyDigest, renderWeeklyDigest } from './digest-render';
import { renderMail, type RenderedMail } from './render';
import type { MailRow } from './repository';

export interface MailSettings {
  /** smtp:// or smtps:// URL of this network's mail server, with credentials if it asks for them. */
  smtpUrl: string;
  /** The From address: this network's secretariat's sender. */
  from: string;
  /** The console's address, which mails link to. */
  consoleUrl: string;
  /** Longest wait for the server at any step of one mail, in ms. */
  timeoutMs?: number;
}

/** What one attempt came to; a permanent failure (the server refused the mail itself) is not tried again. */
/** What one attempt came to: the outbox's outcome, which mail is meant to move onto. */
export type MailOutcome = Outcome;

/** <token@domain>, the domain being the From address's. */
export function messageIdOf(token: string, from: string): string {
  const domain = /@([^>\s]+)>?\s*$/.exec(from)?.[1] ?? 'localhost';
  return `<${token}@${domain}>`;
}

/** 5xx is the server's refusal of this mail (no such mailbox, policy): no retry cures it. Anything else may pass later. */
export function mailOutcomeOf(err: { responseCode?: number; code?: string; message: string }): MailOutcome {
  const permanent = typeof err.responseCode === 'number' && err.responseCode >= 500 && err.responseCode < 600;
  const code = err.responseCode ?? err.code ?? 'ERROR';
  return { ok: false, permanent, error: `${code}: ${err.message}`.slice(0, 500) };
}

/** The bare address of a From header ("Name <a@b>" or "a@b"). */
const addressOf = (from: string) => /<([^>]+)>\s*$/.exec(from)?.[1] ?? from.trim();

/** A row's mail, by its kind. The weekly digest is stopped by configuration: its List-Unsubscribe writes to the sender. */
export function renderRow(row: MailRow, settings: Pick<MailSettings, 'consoleUrl' | 'from'>): RenderedMail {
  if (row.kind === 'DAILY_DIGEST') return renderDailyDigest(row.language, row.facts, settings.consoleUrl);
  if (row.kind === 'WEEKLY_DIGEST') {
    const stop = `mailto:${addressOf(settings.from)}?subject=${encodeURIComponent('Stop the weekly digest (SECRETARIAT_DIGEST=none)')}`;
    return renderWeeklyDigest(row.language, row.facts, settings.consoleUrl, stop);
  }
  return renderMail(row.kind, row.language, row.facts, settings.consoleUrl);
}

export interface MailSender {
  send(row: MailRow): Promise<MailOutcome>;
  close(): void;
}

export function createMailSender(settings: MailSettings): MailSender {
  const timeout = settings.timeoutMs ?? 10_000;
  const transport = createTransport(settings.smtpUrl, {
    connectionTimeout: timeout,
    greetingTimeout: timeout,
    socketTimeout: timeout,
  } as object);
  return {
    async send(row) {
      const mail = renderRow(row, settings);
      try {
        await transport.sendMail({
          from: settings.from,
          to: row.recipient,
          subject: mail.subject,
          text: mail.text,
          html: mail.html,
          messageId: messageIdOf(row.message_token, settings.from),
          headers: { 'Auto-Submitted': 'auto-generated', 'X-JCN-Notification': row.kind },
          ...(mail.unsubscribe ? { list: { unsubscribe: mail.unsubscribe } } : {}),
        });
        return { ok: true };
      } catch (err) {
        return mailOutcomeOf(err as Error & { responseCode?: number; code?: string });
      }
    },
    close: () => transport.close(),
  };
}
