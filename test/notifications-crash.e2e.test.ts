/**
 * A subgraph SIGKILLed in the middle of sending a mail: the real GLJC subgraph process sends its
 * notifications to a real SMTP server, which holds the conversation at RCPT TO; the process is
 * killed there, and the subgraph started again sends the mail once, after the lease.
 */
import { findNetwork, NETWORKS } from '#shared/registry';
import { notifyArrival } from '../subgraphs/src/notifications/notify';
import { freePort, spawnEntry, stopProcess, type ManagedProcess } from '../scripts/lib/processes';
import { startMailCatcher, type MailCatcher } from '../scripts/lib/mail-catcher';
import { createTestAuth } from './support/auth';
import { contactPointRow, insertContactPoints } from './support/contact-points';
import { createMigratedDataSource } from './support/db';
import { receivedReferral } from './support/notified-record';
import { waitFor } from './support/referrals';

const gljc = findNetwork(NETWORKS, 'gljc')!;
let env: Awaited<ReturnType<typeof createMigratedDataSource>>;
let smtp: MailCatcher;
const running: ManagedProcess[] = [];
/** Resolves when the server is holding the first conversation at RCPT TO. */
let held!: () => void;
const holding = new Promise<void>((resolve) => (held = resolve));
let release!: () => void;
const released = new Promise<void>((resolve) => (release = resolve));
let conversations = 0;

beforeAll(async () => {
  env = await createMigratedDataSource('mailcrash');
  smtp = await startMailCatcher({
    holdRecipient: () => {
      conversations += 1;
      if (conversations > 1) return Promise.resolve();
      held();
      // The first conversation is answered only once its client is dead: with an error, as a server cut off would.
      return released.then(() => Promise.reject(new Error('connection lost')));
    },
  });
}, 120_000);

afterAll(async () => {
  release?.();
  for (const proc of running) await stopProcess(proc, 'SIGKILL');
  await smtp?.close();
  await env?.close();
});

async function startSubgraph(auth: Awaited<ReturnType<typeof createTestAuth>>): Promise<ManagedProcess> {
  const port = await freePort();
  const proc = spawnEntry(
    'gljc',
    'subgraphs/gljc/main.ts',
    {
      NODE_ENV: 'test',
      DATABASE_URL: env.db.appUrl,
      PORT: String(port),
      SUBGRAPH_SECRET: auth.secrets.gljc!,
      GATEWAY_PUBLIC_KEY: auth.identity.gateway.publicKeyPem,
      SMTP_URL: smtp.url,
      MAIL_FROM: 'GLJC secretariat <notifications@gljc.example>',
      MAIL_LEASE_MS: '3000',
    },
    () => undefined,
  );
  running.push(proc);
  return proc;
}

it('sends the mail once after the subgraph was SIGKILLed mid-send and started again', async () => {
  const [addressee] = await insertContactPoints(env.ds, [
    contactPointRow('KEN', { email: 'addressee.ken@gljc.example' }),
  ]);
  await env.ds.transaction((em) =>
    notifyArrival(em, gljc, NETWORKS, receivedReferral({ toCp: `gljc:cp:${addressee}` })),
  );
  const auth = await createTestAuth(NETWORKS);
  const first = await startSubgraph(auth);
  await holding;
  first.child.kill('SIGKILL');
  await first.exited;
  release();
  const row = () =>
    env.ds.query(`SELECT attempts, sent_at IS NOT NULL AS sent, message_token FROM mail_outbox`) as Promise<
      { attempts: number; sent: boolean; message_token: string }[]
    >;
  expect(await row()).toEqual([expect.objectContaining({ attempts: 0, sent: false })]);
  expect(smtp.mails).toEqual([]);

  const second = await startSubgraph(auth);
  await waitFor(async () => (await row())[0]!.sent, 30_000, 'the mail sent by the restarted subgraph');
  // One more poll of the restarted worker finds nothing to send again.
  await new Promise((r) => setTimeout(r, 1500));
  await stopProcess(second);
  const [sent] = await row();
  expect(sent).toMatchObject({ attempts: 1, sent: true });
  expect(smtp.mails.map((m) => [m.to, m.messageId])).toEqual([
    [['addressee.ken@gljc.example'], `<${sent!.message_token}@gljc.example>`],
  ]);
  expect(conversations).toBe(2);
}, 90_000);
