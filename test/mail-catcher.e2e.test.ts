/**
 * The development mail catcher as npm start runs it: its own process, a real SMTP server, and a page
 * of what it caught; 404 with NODE_ENV=production.
 */
import { createMailSender } from '../subgraphs/src/notifications/mailer';
import { freePort, startMailCatcherProcess, stopProcess, type ManagedProcess } from '../scripts/lib/processes';

const started: ManagedProcess[] = [];
afterAll(async () => {
  for (const proc of started) await stopProcess(proc);
});

async function catcher(nodeEnv: string) {
  const lines: string[] = [];
  const c = await startMailCatcherProcess({
    smtpPort: await freePort(),
    port: await freePort(),
    nodeEnv,
    log: (l) => lines.push(l),
  });
  started.push(c.proc);
  return { ...c, lines };
}

it('catches the mail the subgraphs send and lists it on its page', async () => {
  const c = await catcher('development');
  expect(c.lines.join('\n')).toContain(`caught mail at ${c.pageUrl}`);
  const sender = createMailSender({
    smtpUrl: c.smtpUrl,
    from: 'GLJC secretariat <notifications@gljc.example>',
    consoleUrl: 'http://127.0.0.1:4000',
  });
  const outcome = await sender.send({
    id: '1',
    message_token: '2b0f4f0e-8a55-4c1e-8f57-0e0c5b8b8a11',
    kind: 'REFERRAL_RECEIVED',
    recipient: 'addressee@gljc.example',
    language: 'pt',
    attempts: 0,
    facts: {
      reference: 'CASC-2026-000007',
      referralKind: 'EXTRADITION',
      urgency: 'IMMEDIATE',
      counterpartCountry: 'KAZ',
      counterpartNetwork: 'CASC',
      deadline: '2026-12-07T20:00:00.000Z',
      recordId: 'gljc:rcv:2b0f4f0e-8a55-4c1e-8f57-0e0c5b8b8a11',
    },
  });
  sender.close();
  expect(outcome).toEqual({ ok: true });
  const page = await fetch(c.pageUrl);
  expect(page.status).toBe(200);
  const html = await page.text();
  expect(html).toContain('Caught mail (1)');
  expect(html).toContain('CASC-2026-000007: Novo pedido para si');
  expect(html).toContain('addressee@gljc.example');
  const json = (await (await fetch(new URL('/mails.json', c.pageUrl))).json()) as { messageId: string }[];
  expect(json.map((m) => m.messageId)).toEqual(['<2b0f4f0e-8a55-4c1e-8f57-0e0c5b8b8a11@gljc.example>']);
});

it('answers 404 in production', async () => {
  const c = await catcher('production');
  for (const path of ['/', '/mails.json']) expect((await fetch(new URL(path, c.pageUrl))).status).toBe(404);
  expect((await fetch(new URL('/health', c.pageUrl))).status).toBe(200);
});
