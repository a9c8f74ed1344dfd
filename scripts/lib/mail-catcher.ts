/**
 * A real SMTP server that keeps what it is sent, parsed: the development mail
 * catcher (scripts/mail-catcher.ts) and the tests' mail server. Development and
 * tests only: it accepts anything, from anyone, without authentication.
 */
import { createLimitedServer } from '#shared/server-limits';
import type { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface CaughtMail {
  /** The envelope's recipients (RCPT TO), which is where the mail went. */
  to: string[];
  from: string;
  messageId: string;
  subject: string;
  text: string;
  html: string;
  language: string | undefined;
  headers: Record<string, string>;
  receivedAt: Date;
}

export interface MailCatcherOptions {
  port?: number;
  host?: string;
  /** Recipients refused with 550 (a mailbox that does not exist). */
  refuse?: (address: string) => boolean;
  /** Called at each RCPT TO; the server answers it only when the promise settles (a conversation held mid-way). */
  holdRecipient?: (address: string) => Promise<void>;
}

export interface MailCatcher {
  port: number;
  /** smtp://host:port, for SMTP_URL. */
  url: string;
  mails: CaughtMail[];
  close(): Promise<void>;
}

export async function startMailCatcher(options: MailCatcherOptions = {}): Promise<MailCatcher> {
  const mails: CaughtMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (options.refuse?.(address.address)) {
        const err = Object.assign(new Error(`No mailbox ${address.address} here`), { responseCode: 550 });
        return callback(err);
      }
      if (!options.holdRecipient) return callback();
      options.holdRecipient(address.address).then(
        () => callback(),
        (err: Error) => callback(err),
      );
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        void (async () => {
          const parsed = await simpleParser(Buffer.concat(chunks));
          const headers: Record<string, string> = {};
          for (const line of parsed.headerLines) headers[line.key] = line.line.slice(line.key.length + 1).trim();
          mails.push({
            to: session.envelope.rcptTo.map((r) => r.address),
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            messageId: parsed.messageId ?? '',
            subject: parsed.subject ?? '',
            text: parsed.text ?? '',
            html: typeof parsed.html === 'string' ? parsed.html : '',
            language: /<html lang="([a-z]+)"/.exec(typeof parsed.html === 'string' ? parsed.html : '')?.[1],
            headers,
            receivedAt: new Date(),
          });
          callback();
        })().catch((err: Error) => callback(err));
      });
    },
  });
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const port = (server.server.address() as AddressInfo).port;
  return {
    port,
    url: `smtp://${host}:${port}`,
    mails,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** The page of the caught mail, newest first: each mail's envelope, subject and text (its HTML is not rendered). */
export function caughtMailPage(mails: readonly CaughtMail[]): string {
  const items = [...mails].reverse().map(
    (m) => `<article>
<h2>${escapeHtml(m.subject)}</h2>
<p><small>${escapeHtml(m.receivedAt.toISOString())} · from ${escapeHtml(m.from)} · to ${escapeHtml(m.to.join(', '))} · ${escapeHtml(m.messageId)}</small></p>
<pre>${escapeHtml(m.text)}</pre>
</article>`,
  );
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Caught mail (${mails.length})</title></head>
<body><h1>Caught mail (${mails.length})</h1><p>Development only: every mail the subgraphs sent, newest first; nothing left this machine.</p>
${items.join('\n') || '<p>No mail yet.</p>'}</body></html>`;
}

/**
 * Serves the caught mail: / (the page) and /mails.json. With `production` every path but /health answers
 * 404: the catcher holds people's mail, and has no place outside a developer's machine.
 */
export async function serveCaughtMail(
  catcher: MailCatcher,
  options: { port?: number; host?: string; production?: boolean } = {},
): Promise<{ url: string; close(): Promise<void> }> {
  const server = createLimitedServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (path === '/health') return void res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
    if (options.production || req.method !== 'GET' || (path !== '/' && path !== '/mails.json'))
      return void res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    if (path === '/mails.json')
      return void res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(catcher.mails));
    res
      .writeHead(200, {
        'content-type': 'text/html; charset=utf-8',
        'content-security-policy': "default-src 'none'",
        'cache-control': 'no-store',
      })
      .end(caughtMailPage(catcher.mails));
  });
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host}:${port}/`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
