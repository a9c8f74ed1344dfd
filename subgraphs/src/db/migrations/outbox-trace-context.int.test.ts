/** Migration OutboxTraceContext: rows written before keep no trace; only a well-formed traceparent is stored; down removes the column. */
import type { QueryRunner } from 'typeorm';
import { createOwnerRunner } from '../../../../test/support/db';
import { OutboxTraceContext1795982100000 } from './1795982100000-OutboxTraceContext';

let db: Awaited<ReturnType<typeof createOwnerRunner>>;
let runner: QueryRunner;
const migration = new OutboxTraceContext1795982100000();
const TRACEPARENT = '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01';

const insert = (traceparent?: string) =>
  runner.query(
    `INSERT INTO outbox (referral_id, record_side, target_network, kind, payload${traceparent === undefined ? '' : ', traceparent'})
     VALUES (gen_random_uuid(), 'ORIGIN', 'gljc', 'REFERRAL', '{}'${traceparent === undefined ? '' : ', $1'}) RETURNING id`,
    traceparent === undefined ? [] : [traceparent],
  );

beforeAll(async () => {
  db = await createOwnerRunner('outbox_trace');
  runner = db.runner;
});

afterAll(() => db?.close());

it('adds a traceparent column that takes only the W3C form, leaves earlier rows without one, and goes away on down', async () => {
  await migration.down(runner);
  await insert();
  await migration.up(runner);
  await insert(TRACEPARENT);
  expect(await runner.query(`SELECT traceparent FROM outbox ORDER BY id`)).toEqual([
    { traceparent: null },
    { traceparent: TRACEPARENT },
  ]);
  // Anything else a caller might have slipped into a header is refused by the database too.
  await expect(insert(`${TRACEPARENT}, x=1`)).rejects.toThrow(/outbox_traceparent_format/);
  await expect(insert('ff-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01')).rejects.toThrow(
    /outbox_traceparent_format/,
  );
  await migration.down(runner);
  expect(
    await runner.query(
      `SELECT count(*)::int AS n FROM information_schema.columns WHERE table_name = 'outbox' AND column_name = 'traceparent'`,
    ),
  ).toEqual([{ n: 0 }]);
  await migration.up(runner);
});
