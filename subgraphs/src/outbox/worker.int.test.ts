/**
 * The generic outbox on a real database: a kind other than the referrals' gets its own handler
 * without any change to outbox/ (only the migration that admits the kind, as a new kind brings),
 * a worker claims only the kinds it has a handler for, a stream's rows go out in order whatever
 * their kind, and requeueSince and deliveryRowsOf keep to the kinds they are given.
 */
import { randomUUID } from 'node:crypto';
import { createMigratedDataSource, queryDatabase } from '../../../test/support/db';
import { NETWORKS } from '#shared/registry';
import { deliveryRowsOf, enqueue, requeueSince, reviveDeadLetters, type OutboxRow, type Stream } from './repository';
import { OutboxWorker, type OutboxHandler, type Outcome } from './worker';

let env: Awaited<ReturnType<typeof createMigratedDataSource>>;
const casc = NETWORKS.find((n) => n.key === 'casc')!;

beforeAll(async () => {
  env = await createMigratedDataSource('outbox_kinds');
  // What the migration of a new kind does: admit it in the table's check.
  await queryDatabase(
    env.db.ownerUrl,
    `ALTER TABLE outbox DROP CONSTRAINT outbox_kind_check,
       ADD CONSTRAINT outbox_kind_check CHECK (kind IN ('REFERRAL', 'EVENT', 'NOTE'))`,
  );
}, 120_000);

afterAll(() => env?.close());

beforeEach(() => env.ds.query(`DELETE FROM outbox`));

/** A handler of `kinds` that keeps what it was given, answering each row with `answer`. */
function handler(kinds: string[], answer: (row: OutboxRow) => Outcome | Promise<Outcome> = () => ({ ok: true })) {
  const seen: { kind: string; payload: Record<string, unknown> }[] = [];
  const h: OutboxHandler = {
    kinds,
    deliver: async (row) => {
      seen.push({ kind: row.kind, payload: row.payload });
      return answer(row);
    },
  };
  return Object.assign(h, { seen });
}

const worker = (...handlers: OutboxHandler[]) =>
  new OutboxWorker({ ds: env.ds, network: casc, handlers, maxBackoffMs: 1 });

const queue = (kind: string, stream: Stream, payload: Record<string, unknown>, target = 'gljc') =>
  env.ds.transaction((em) => enqueue(em, { kind, stream, target, payload, traceparent: null }));

const rows = () =>
  env.ds.query<{ kind: string; delivered: boolean; failed: boolean; attempts: number; last_error: string | null }[]>(
    `SELECT kind, delivered_at IS NOT NULL AS delivered, failed_at IS NOT NULL AS failed, attempts, last_error FROM outbox ORDER BY id`,
  );

async function drain(w: OutboxWorker): Promise<void> {
  while (await w.round());
}

it('delivers a second kind through its own handler, and leaves rows of kinds it has no handler for', async () => {
  await queue('NOTE', { id: randomUUID(), scope: 'MAIL' }, { to: 'a' });
  await queue('REFERRAL', { id: randomUUID(), scope: 'ORIGIN' }, { id: 'r' });
  await queue('NOTE', { id: randomUUID(), scope: 'MAIL' }, { to: 'b' });
  const notes = handler(['NOTE']);
  await drain(worker(notes));
  expect(notes.seen).toEqual([
    { kind: 'NOTE', payload: { to: 'a' } },
    { kind: 'NOTE', payload: { to: 'b' } },
  ]);
  expect(await rows()).toEqual([
    { kind: 'NOTE', delivered: true, failed: false, attempts: 1, last_error: null },
    { kind: 'REFERRAL', delivered: false, failed: false, attempts: 0, last_error: null },
    { kind: 'NOTE', delivered: true, failed: false, attempts: 1, last_error: null },
  ]);
});

it("keeps a stream's order across kinds: a row waits while an earlier one of its stream is undelivered", async () => {
  const stream = { id: randomUUID(), scope: 'ORIGIN' };
  await queue('REFERRAL', stream, { n: 1 });
  await queue('NOTE', stream, { n: 2 });
  const notes = handler(['NOTE']);
  await drain(worker(notes));
  expect(notes.seen).toEqual([]);
  const referrals = handler(['REFERRAL', 'EVENT']);
  const both = worker(referrals, notes);
  await drain(both);
  expect([...referrals.seen, ...notes.seen].map((s) => s.payload)).toEqual([{ n: 1 }, { n: 2 }]);
  expect((await rows()).every((r) => r.delivered)).toBe(true);
});

it('counts a throwing handler as a transient failure, a permanent one as a dead letter, until revived', async () => {
  const stream = { id: randomUUID(), scope: 'MAIL' };
  await queue('NOTE', stream, {});
  let answer: () => Outcome = () => {
    throw new Error('smtp down');
  };
  const w = worker(handler(['NOTE'], () => answer()));
  await w.round();
  expect(await rows()).toEqual([
    { kind: 'NOTE', delivered: false, failed: false, attempts: 1, last_error: 'NOTE handler failed: smtp down' },
  ]);
  answer = () => ({ ok: false, permanent: true, error: 'no such mailbox' });
  await env.ds.query(`UPDATE outbox SET next_attempt_at = now()`);
  await drain(w);
  expect(await rows()).toEqual([
    { kind: 'NOTE', delivered: false, failed: true, attempts: 2, last_error: 'no such mailbox' },
  ]);
  answer = () => ({ ok: true });
  await drain(w);
  expect((await rows())[0]).toMatchObject({ failed: true });
  expect(await env.ds.transaction((em) => reviveDeadLetters(em, stream))).toBe(1);
  await drain(w);
  expect(await rows()).toEqual([{ kind: 'NOTE', delivered: true, failed: false, attempts: 1, last_error: null }]);
});

it('re-queues and reports only the kinds it is given, amending only the kind named', async () => {
  const referral = { id: randomUUID(), scope: 'ORIGIN' };
  const note = { id: randomUUID(), scope: 'MAIL' };
  await queue('REFERRAL', referral, { id: 'r' });
  await queue('EVENT', referral, { seq: 2 });
  await queue('NOTE', note, { to: 'a' });
  await drain(worker(handler(['REFERRAL', 'EVENT']), handler(['NOTE'])));
  const since = new Date(Date.now() - 60_000);
  expect(
    await env.ds.transaction((em) =>
      requeueSince(em, { target: 'gljc', since, kinds: ['REFERRAL', 'EVENT'], amend: { REFERRAL: { again: true } } }),
    ),
  ).toEqual({ rows: 2, streams: 1 });
  expect(
    await env.ds.query(`SELECT kind, payload, delivered_at IS NOT NULL AS delivered FROM outbox ORDER BY id`),
  ).toEqual([
    { kind: 'REFERRAL', payload: { id: 'r', again: true }, delivered: false },
    { kind: 'EVENT', payload: { seq: 2 }, delivered: false },
    { kind: 'NOTE', payload: { to: 'a' }, delivered: true },
  ]);
  await queue('NOTE', referral, { to: 'b' });
  const [state] = await deliveryRowsOf(env.ds, [referral.id], ['REFERRAL', 'EVENT']);
  expect(state).toMatchObject({ stream_id: referral.id, scope: 'ORIGIN', pending: '2' });
});

it('refuses two handlers of one kind, and a worker without any', () => {
  expect(() => worker(handler(['NOTE']), handler(['EVENT', 'NOTE']))).toThrow('two outbox handlers for the kind NOTE');
  expect(() => worker()).toThrow('an outbox worker needs a handler for at least one kind');
});
