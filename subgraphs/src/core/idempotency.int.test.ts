/** The migration that gives every idempotency key its caller, on keys written before it. */
import { randomUUID } from 'node:crypto';
import type { QueryRunner } from 'typeorm';
import { createOwnerRunner } from '../../../test/support/db';
import { IdempotencyKeyScope1795972380325 } from '../db/migrations/1795972380325-IdempotencyKeyScope';

let db: Awaited<ReturnType<typeof createOwnerRunner>>;
let runner: QueryRunner;
const migration = new IdempotencyKeyScope1795972380325();

beforeAll(async () => {
  db = await createOwnerRunner('idemscope');
  runner = db.runner;
});

afterAll(() => db?.close());

/** A key and its audit row as the code before the migration wrote them: in one transaction, so with one now(). */
async function legacyWrite(key: string, operation: string, objectId: string, actor: string | null): Promise<void> {
  await runner.startTransaction();
  await runner.query(
    `INSERT INTO idempotency_keys (key, operation, request_hash, result_id) VALUES ($1, $2, 'hash', $3)`,
    [key, operation, objectId.split(':')[2]],
  );
  if (actor)
    await runner.query(
      `INSERT INTO audit_log (request_id, actor_subject, action, object_id) VALUES ('req', $1, $2, $3)`,
      [actor, operation, objectId],
    );
  await runner.commitTransaction();
}

const keys = () => runner.query(`SELECT caller, operation, key FROM idempotency_keys ORDER BY key`);

it("names each existing key's caller from the audit row of its write, and drops a key whose caller cannot be named", async () => {
  await migration.down(runner);
  const resource = `seajust:res:${randomUUID()}`;
  const record = `seajust:rcv:${randomUUID()}`;
  await legacyWrite('key-alice-0001', 'createResource', resource, 'alice');
  await legacyWrite('key-bob-00001', 'acknowledgedReferral', record, 'bob');
  // another step on the same record by someone else, in a later transaction: not the key's author
  await runner.query(
    `INSERT INTO audit_log (request_id, actor_subject, action, object_id) VALUES ('later', 'mallory', 'acknowledgedReferral', $1)`,
    [record],
  );
  await legacyWrite('key-nobody-01', 'createResource', `seajust:res:${randomUUID()}`, null);

  await migration.up(runner);

  expect(await keys()).toEqual([
    { caller: 'alice', operation: 'createResource', key: 'key-alice-0001' },
    { caller: 'bob', operation: 'acknowledgedReferral', key: 'key-bob-00001' },
  ]);
  // one key, two callers: two entries; the same caller, operation and key twice: refused
  await runner.query(
    `INSERT INTO idempotency_keys (caller, key, operation, request_hash, result_id) VALUES ('carol', 'key-alice-0001', 'createResource', 'h', $1)`,
    [randomUUID()],
  );
  await expect(
    runner.query(
      `INSERT INTO idempotency_keys (caller, key, operation, request_hash, result_id) VALUES ('alice', 'key-alice-0001', 'createResource', 'h', $1)`,
      [randomUUID()],
    ),
  ).rejects.toThrow(/duplicate key/);
});

it('goes back to one global key, kept by its first caller', async () => {
  await migration.down(runner);
  expect(await runner.query(`SELECT key, request_hash FROM idempotency_keys ORDER BY key`)).toEqual([
    { key: 'key-alice-0001', request_hash: 'hash' },
    { key: 'key-bob-00001', request_hash: 'hash' },
  ]);
  await migration.up(runner);
});
