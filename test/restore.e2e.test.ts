/**
 * docs/backup-and-restore.md, end to end with real processes: CASC's database is dumped
 * while referrals and events go both ways with WACAP, then restored from the dump, and the
 * procedure is followed: restore and migrate, `npm run restored -- casc`, start, and WACAP's
 * secretariat calls redeliver. What WACAP sent comes back; CASC's pending deliveries go out;
 * nothing on WACAP is duplicated or overwritten; exactly what the docs say stays lost is lost.
 * CASC's database lives on a server whose pg_dump matches it (test/support/pg-tools.ts).
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { randomUUID } from 'node:crypto';
import { databaseRoles, provisionDatabase } from '../scripts/lib/db-roles';
import { quoteIdent } from '../scripts/lib/embedded-postgres';
import { migrateAsOwner } from '../subgraphs/src/db/open';
import { queryDatabase } from './support/db';
import { startTestFederation, type TestFederation } from './support/federation';
import { backupServer, dump, restore, type BackupServer } from './support/pg-tools';
import { contactPointToken, createReferral, waitFor } from './support/referrals';

const run = promisify(execFile);
let server: BackupServer;
let fed: TestFederation;
let folder: string;

beforeAll(async () => {
  server = await backupServer();
  folder = mkdtempSync(join(tmpdir(), 'jcn-restore-'));
  fed = await startTestFederation({ databaseServer: (key) => (key === 'casc' ? server.url : undefined) });
}, 120_000);

afterAll(async () => {
  await fed?.close();
  await server?.stop();
  if (folder) rmSync(folder, { recursive: true, force: true });
});

type Tokens = { casc: string; wacap: string };
const uuidOf = (id: string) => id.split(':')[2]!;

async function step(network: 'casc' | 'wacap', mutation: string, id: string, token: string, extra = ''): Promise<void> {
  const res = await fed.gql(
    `mutation($id: ID!, $key: String!) { ${network} { ${mutation}(id: $id, idempotencyKey: $key${extra}) { id } } }`,
    { id, key: randomUUID() },
    token,
  );
  if (res.errors) throw new Error(JSON.stringify(res.errors));
}

/** The events one network records of a referral, as (record side, author side, sequence, type). */
const eventsOf = (network: string, uuid: string) =>
  fed.sql<{ record_side: string; author_side: string; seq: number; type: string }>(
    network,
    `SELECT record_side, author_side, seq, type FROM referral_events WHERE referral_id = $1 ORDER BY record_side, author_side, seq`,
    [uuid],
  );
const hasEvent = async (network: string, uuid: string, authorSide: string, seq: number) =>
  (await eventsOf(network, uuid)).some((e) => e.author_side === authorSide && e.seq === seq);
const undelivered = (network: string) =>
  fed.sql<{ last_error: string | null }>(network, `SELECT last_error FROM outbox WHERE delivered_at IS NULL`);

/** WACAP's records and events of these referrals: what must be neither duplicated nor overwritten. */
const wacapState = (uuids: string[]) =>
  fed.sql(
    'wacap',
    `SELECT r.id, r.side, r.reference, r.status, (SELECT json_agg(json_build_array(e.author_side, e.seq, e.type, e.at) ORDER BY e.author_side, e.seq)
       FROM referral_events e WHERE e.referral_id = r.id AND e.record_side = r.side) AS events
       FROM referrals r WHERE r.id = ANY($1) ORDER BY r.id, r.side`,
    [uuids],
  );

/** Drops CASC's database and restores the dump into a new one, then runs the migration job: the commands of docs/backup-and-restore.md. */
async function restoreCasc(file: string): Promise<void> {
  const db = fed.databases.get('casc')!;
  const roles = databaseRoles(db.name, server.url);
  await queryDatabase(server.url, `DROP DATABASE ${quoteIdent(db.name)} WITH (FORCE)`);
  await provisionDatabase(server.url, db.name, roles);
  await restore(server.bin, db.ownerUrl, file);
  await migrateAsOwner(db.ownerUrl, roles.app.name);
}

/** `npm run restored -- casc`, with the subgraph's environment. */
async function restoredStep(): Promise<string> {
  const { stdout } = await run(process.execPath, ['--import', 'tsx', 'subgraphs/src/restored.ts', 'casc'], {
    cwd: join(__dirname, '..'),
    env: {
      ...process.env,
      NODE_ENV: 'test',
      DATABASE_URL: fed.databases.get('casc')!.appUrl,
      GATEWAY_URL: fed.gatewayUrl,
      SERVICE_SIGNING_KEY: fed.auth.identity.services.casc!.privateKeyPem,
      SUBGRAPH_SECRET: fed.auth.secrets.casc!,
      GATEWAY_PUBLIC_KEY: fed.auth.identity.gateway.publicKeyPem,
    },
  });
  return stdout;
}

it('restores CASC from a dump taken while referrals flowed both ways: what WACAP holds converges, and only what the docs name is lost', async () => {
  const kaz = await contactPointToken(fed, 'casc', 'KAZ');
  const nga = await contactPointToken(fed, 'wacap', 'NGA');
  const t: Tokens = { casc: kaz.token, wacap: nga.token };
  const arrived = (network: string, uuid: string, side: string) => async () =>
    (await fed.sql(network, `SELECT 1 FROM referrals WHERE id = $1 AND side = $2`, [uuid, side])).length === 1;

  // Before the dump: A from WACAP to CASC and B from CASC to WACAP, delivered; E from CASC still undelivered (WACAP down).
  const a = await createReferral(fed, 'wacap', t.wacap, 'KAZ');
  const b = await createReferral(fed, 'casc', t.casc, 'NGA');
  await waitFor(arrived('casc', uuidOf(a.id), 'DESTINATION'), 15_000, 'A at CASC');
  await waitFor(arrived('wacap', uuidOf(b.id), 'DESTINATION'), 15_000, 'B at WACAP');
  await fed.stopNetwork('wacap');
  const e = await createReferral(fed, 'casc', t.casc, 'NGA');
  // As when the dump is taken while CASC's worker is sending E: its row holds a lease (here one of an hour) in the dump.
  await fed.sql(
    'casc',
    `UPDATE outbox SET claimed_until = now() + interval '1 hour', claimed_by = gen_random_uuid() WHERE referral_id = $1`,
    [uuidOf(e.id)],
  );
  const dumpStarted = new Date();
  const file = join(folder, 'casc.dump');
  await dump(server.bin, fed.databases.get('casc')!.ownerUrl, file);
  // Only the dump keeps that lease: the live CASC goes on sending E.
  await fed.sql('casc', `UPDATE outbox SET claimed_until = NULL, claimed_by = NULL WHERE referral_id = $1`, [
    uuidOf(e.id),
  ]);
  await fed.startNetwork('wacap');

  // After the dump, all of it delivered: C from WACAP with a message, WACAP's message on A, CASC's
  // acknowledgement of A, D from CASC acknowledged by WACAP, and E.
  const c = await createReferral(fed, 'wacap', t.wacap, 'KAZ');
  await waitFor(arrived('casc', uuidOf(c.id), 'DESTINATION'), 15_000, 'C at CASC');
  await step('wacap', 'addReferralMessage', c.id, t.wacap, ', text: "Statements attached"');
  await step('wacap', 'addReferralMessage', a.id, t.wacap, ', text: "Any news?"');
  await step('casc', 'acknowledgeReferral', `casc:rcv:${uuidOf(a.id)}`, t.casc);
  const d = await createReferral(fed, 'casc', t.casc, 'NGA');
  await waitFor(arrived('wacap', uuidOf(d.id), 'DESTINATION'), 15_000, 'D at WACAP');
  await step('wacap', 'acknowledgeReferral', `wacap:rcv:${uuidOf(d.id)}`, t.wacap);
  await waitFor(
    async () => (await undelivered('casc')).length + (await undelivered('wacap')).length === 0,
    20_000,
    'every delivery',
  );
  expect(await hasEvent('casc', uuidOf(d.id), 'DESTINATION', 1)).toBe(true);
  const all = [a, b, c, d, e].map((r) => uuidOf(r.id));
  const wacapBefore = await wacapState(all);

  // The restore, as docs/backup-and-restore.md tells CASC's operator: stop, restore and migrate, resume the references, start.
  await fed.stopNetwork('casc');
  await restoreCasc(file);
  const restoredOutput = await restoredStep();
  expect(restoredOutput).toContain(
    `CASC-${new Date().getUTCFullYear()}: the references resume after ${Number(d.reference.slice(-6))}`,
  );
  expect(restoredOutput).toContain('1 delivery in flight at the time of the dump will be sent again');
  await fed.startNetwork('casc');
  // WACAP's secretariat sends CASC again what it delivered since the dump began.
  const redelivered = await fed.gql<{ wacap: { redeliver: { deliveries: number; referrals: number } } }>(
    `mutation($since: DateTime!, $key: String!) { wacap { redeliver(to: CASC, since: $since, idempotencyKey: $key) { deliveries referrals } } }`,
    { since: dumpStarted.toISOString(), key: randomUUID() },
    await fed.auth.tokenAs('SECRETARIAT', 'wacap'),
  );
  expect(redelivered.errors).toBeUndefined();
  // C and its message, the message on A, the acknowledgement of D.
  expect(redelivered.data!.wacap.redeliver).toEqual({ deliveries: 4, referrals: 3 });

  // Converged: C and WACAP's events are on CASC again; E, pending in the dump, went out again and WACAP took it as a duplicate.
  await waitFor(
    async () =>
      (await hasEvent('casc', uuidOf(c.id), 'ORIGIN', 2)) && (await hasEvent('casc', uuidOf(a.id), 'ORIGIN', 2)),
    20_000,
    'C and the message on A at CASC',
  );
  await waitFor(async () => (await undelivered('casc')).length === 0, 20_000, "CASC's pending deliveries");
  expect(await eventsOf('casc', uuidOf(c.id))).toEqual([
    { record_side: 'DESTINATION', author_side: 'ORIGIN', seq: 1, type: 'CREATED' },
    { record_side: 'DESTINATION', author_side: 'ORIGIN', seq: 2, type: 'MESSAGE' },
  ]);
  expect(
    await fed.sql('wacap', `SELECT received FROM delivery_receipts WHERE referral_id = $1`, [uuidOf(e.id)]),
  ).toEqual([{ received: 2 }]);

  // Lost, as the docs say: D (sent by CASC after the dump) is gone from CASC, and WACAP's acknowledgement of it is
  // refused as FORBIDDEN (CASC answers a destination's event for a record it lacks as for someone else's), a dead letter at once.
  expect(await fed.sql('casc', `SELECT 1 FROM referrals WHERE id = $1`, [uuidOf(d.id)])).toEqual([]);
  await waitFor(
    async () => (await undelivered('wacap')).some((r) => r.last_error !== null),
    20_000,
    'the refusal of D',
  );
  expect(
    await fed.sql(
      'wacap',
      `SELECT referral_id, kind, failed_at IS NOT NULL AS failed, last_error FROM outbox WHERE delivered_at IS NULL`,
    ),
  ).toEqual([
    { referral_id: uuidOf(d.id), kind: 'EVENT', failed: true, last_error: expect.stringMatching(/^FORBIDDEN: /) },
  ]);
  // ... and CASC's own acknowledgement of A: CASC's record is back to SENT, with WACAP's message.
  expect(await eventsOf('casc', uuidOf(a.id))).toEqual([
    { record_side: 'DESTINATION', author_side: 'ORIGIN', seq: 1, type: 'CREATED' },
    { record_side: 'DESTINATION', author_side: 'ORIGIN', seq: 2, type: 'MESSAGE' },
  ]);
  // Acknowledged again, under the sequence number WACAP already holds for the first acknowledgement: refused as CONFLICT on `sequence`.
  await step('casc', 'acknowledgeReferral', `casc:rcv:${uuidOf(a.id)}`, t.casc);
  await waitFor(
    async () =>
      (
        await fed.sql(
          'casc',
          `SELECT 1 FROM outbox WHERE failed_at IS NOT NULL AND last_error LIKE 'CONFLICT:%' AND referral_id = $1`,
          [uuidOf(a.id)],
        )
      ).length === 1,
    20_000,
    'CONFLICT on sequence',
  );

  // A new referral of CASC takes the number after D's, and WACAP accepts it.
  const f = await createReferral(fed, 'casc', t.casc, 'NGA');
  expect(Number(f.reference.slice(-6))).toBe(Number(d.reference.slice(-6)) + 1);
  await waitFor(arrived('wacap', uuidOf(f.id), 'DESTINATION'), 15_000, 'F at WACAP');

  // Nothing WACAP held was duplicated or overwritten.
  expect(await wacapState(all)).toEqual(wacapBefore);
}, 150_000);
