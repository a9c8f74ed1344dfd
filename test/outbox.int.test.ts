/**
 * The outbox against the real federation (in process, so the test runs the
 * workers itself): dead letters on a permanent error with the referral's later
 * changes held back, retryDelivery, backoff and an attempt limit on transient
 * errors, leases that outlive a dead worker, and one service token for many
 * deliveries. Referrals go from CASC (Kazakhstan) to GLJC (Kenya).
 */
import { randomUUID } from 'node:crypto';
import { NETWORKS } from '#shared/registry';
import { createOutboxWorker, type DeliveryOptions } from '../subgraphs/src/deliveries';
import type { OutboxWorker } from '../subgraphs/src/outbox/worker';
import { contactPointRow, insertContactPoints } from './support/contact-points';
import { startInProcessFederation } from './support/in-process';
import { contactPointToken, createReferral } from './support/referrals';

let fed: Awaited<ReturnType<typeof startInProcessFederation>>;
let origin: { token: string; id: string };

const sql = <T extends Record<string, unknown>>(network: string, text: string, params: unknown[] = []): Promise<T[]> =>
  fed.networks.get(network)!.env.ds.query(text, params);
const harness = () => ({ sql, auth: fed.auth, gql: fed.gql });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** Nothing listens there: connections are refused at once. */
const UNREACHABLE = 'http://127.0.0.1:9/graphql';

/** A CASC outbox worker, as main.ts builds it; `signed` counts the tokens it asked for. */
function cascWorker(options: Partial<DeliveryOptions> = {}) {
  const worker = createOutboxWorker({
    ds: fed.networks.get('casc')!.env.ds,
    network: NETWORKS.find((n) => n.key === 'casc')!,
    gatewayUrl: fed.gatewayUrl,
    maxBackoffMs: 200,
    serviceToken: () => {
      signed.count += 1;
      return fed.auth.token({ subject: 'service:casc', roles: ['SERVICE'], network: 'casc' }, { expiresAt: '5m' });
    },
    ...options,
  });
  const signed = { count: 0 };
  return Object.assign(worker, { signed });
}

/** Runs rounds until one finds nothing to do; returns how many found work. */
async function drain(worker: OutboxWorker): Promise<number> {
  let rounds = 0;
  while (await worker.round()) rounds += 1;
  return rounds;
}

async function newReferral(overrides: Record<string, unknown> = {}): Promise<string> {
  return (await createReferral(harness(), 'casc', origin.token, 'KEN', overrides)).id.split(':')[2]!;
}

type Row = {
  attempts: number;
  failed: boolean;
  delivered: boolean;
  last_error: string | null;
  claimed: boolean;
  backoff_ms: number | null;
};
const outboxRows = (uuid: string) =>
  sql<Row>(
    'casc',
    `SELECT attempts, failed_at IS NOT NULL AS failed, delivered_at IS NOT NULL AS delivered, last_error, claimed_until > now() AS claimed,
            (extract(epoch FROM next_attempt_at - last_attempt_at) * 1000)::int AS backoff_ms
       FROM outbox WHERE referral_id = $1 ORDER BY id`,
    [uuid],
  );

/** GLJC's record of a referral and the events it holds, in order. */
async function atDestination(uuid: string) {
  const events = await sql<{ type: string; received: number }>(
    'gljc',
    `SELECT e.type, r.received FROM referral_events e JOIN delivery_receipts r USING (referral_id, record_side, author_side, seq)
      WHERE e.referral_id = $1 ORDER BY r.first_at, e.author_side, e.seq`,
    [uuid],
  );
  return events;
}

const DELIVERY = `query($id: ID!) { node(id: $id) { ... on Referral { delivery { state pending attempts lastError } } } }`;
const delivery = async (uuid: string) =>
  (
    await fed.gql<{
      node: { delivery: { state: string; pending: number; attempts: number; lastError: string | null } };
    }>(DELIVERY, { id: `casc:ref:${uuid}` }, origin.token)
  ).data!.node.delivery;

const RETRY = `mutation($id: ID!, $key: String!) { casc { retryDelivery(id: $id, idempotencyKey: $key) { id delivery { state pending } } } }`;
const retry = (uuid: string, token: string) =>
  fed.gql<{ casc: { retryDelivery: { id: string; delivery: { state: string; pending: number } } } }>(
    RETRY,
    { id: `casc:ref:${uuid}`, key: randomUUID() },
    token,
  );

beforeAll(async () => {
  // Two contact points in Kazakhstan (CASC) and two in Kenya (GLJC): the senders and the addressees.
  const people: Record<string, string> = { casc: 'KAZ', gljc: 'KEN' };
  fed = await startInProcessFederation({
    seed: async (key, env) => {
      if (people[key]) await insertContactPoints(env.ds, [contactPointRow(people[key]), contactPointRow(people[key])]);
    },
  });
  origin = await contactPointToken(harness(), 'casc', 'KAZ');
}, 180_000);

afterAll(async () => {
  await fed?.close();
});

it('signs one service token for many deliveries over many rounds', async () => {
  const uuids = [];
  for (let i = 0; i < 6; i++) uuids.push(await newReferral());
  const worker = cascWorker({ batchSize: 2 });
  expect(await drain(worker)).toBeGreaterThanOrEqual(3);
  for (const uuid of uuids) expect(await atDestination(uuid)).toEqual([{ type: 'CREATED', received: 1 }]);
  expect(worker.signed.count).toBe(1);
});

describe('a delivery the destination refuses for good', () => {
  let uuid: string;
  let addressee: string;

  beforeAll(async () => {
    // The origin names a Kenyan contact point who rotates out at GLJC before the referral arrives: GLJC refuses it (BAD_USER_INPUT on `to`).
    [{ id: addressee }] = (await sql<{ id: string }>(
      'gljc',
      `SELECT id FROM contact_points WHERE active AND country = 'KEN' ORDER BY id DESC LIMIT 1`,
    )) as [{ id: string }];
    uuid = await newReferral({ toContactPointId: `gljc:cp:${addressee}` });
    await sql('gljc', `UPDATE contact_points SET active = false WHERE id = $1`, [addressee]);
    const message = await fed.gql(
      `mutation($id: ID!, $key: String!) { casc { addReferralMessage(id: $id, text: "One more document attached", idempotencyKey: $key) { id } } }`,
      { id: `casc:ref:${uuid}`, key: randomUUID() },
      origin.token,
    );
    expect(message.errors).toBeUndefined();
  });

  it("becomes FAILED after one attempt, and holds back the referral's later changes", async () => {
    const worker = cascWorker();
    expect(await drain(worker)).toBe(1);
    const [referral, message] = await outboxRows(uuid);
    expect(referral).toMatchObject({ attempts: 1, failed: true, delivered: false });
    expect(referral!.last_error).toMatch(/^BAD_USER_INPUT: /);
    expect(message).toMatchObject({ attempts: 0, failed: false, delivered: false });
    expect(await worker.round()).toBe(false);
    expect(await atDestination(uuid)).toEqual([]);
    expect(await delivery(uuid)).toMatchObject({
      state: 'FAILED',
      pending: 2,
      attempts: 1,
      lastError: expect.stringMatching(/^BAD_USER_INPUT: .*toContactPointId|^BAD_USER_INPUT: .*to /),
    });
  });

  const STATISTICS = `{ network(code: CASC) { ... on CascNetwork { statistics(from: "2026-01-01T00:00:00Z", to: "2026-02-01T00:00:00Z") { deliveries { pending failed oldestPendingAt } } } } }`;
  type Statistics = {
    network: {
      statistics: { deliveries: { pending: number; failed: number; oldestPendingAt: string | null } | null } | null;
    };
  };

  it("is counted in CASC's statistics, exactly for CASC's secretariat, released to analysts, hidden from others", async () => {
    const own = await fed.gql<Statistics>(STATISTICS, {}, await fed.auth.tokenAs('SECRETARIAT', 'casc'));
    expect(own.errors).toBeUndefined();
    expect(own.data!.network.statistics!.deliveries).toEqual({
      pending: 1,
      failed: 1,
      oldestPendingAt: expect.any(String),
    });
    // One pending and one failed change: an analyst gets each as 0 or 5 (the p-table), never 1; the oldest pending to the day, if any.
    const released = await fed.gql<Statistics>(STATISTICS, {}, await fed.auth.tokenAs('ANALYST', 'gljc'));
    expect(released.errors).toBeUndefined();
    const { pending, failed, oldestPendingAt } = released.data!.network.statistics!.deliveries!;
    expect([0, 5]).toContain(pending);
    expect([0, 5]).toContain(failed);
    expect(oldestPendingAt).toEqual(pending > 0 ? expect.stringMatching(/T00:00:00(\.000)?Z$/) : null);
    for (const token of [await fed.auth.tokenAs('SECRETARIAT', 'gljc'), await fed.auth.tokenAs('HUB_ADMIN')]) {
      const res = await fed.gql<Statistics>(STATISTICS, {}, token);
      expect(res.data!.network.statistics!.deliveries).toBeNull();
      expect(res.errors?.map((e) => [e.path?.join('.'), e.extensions?.code])).toEqual([
        ['network.statistics.deliveries', 'FORBIDDEN'],
      ]);
    }
  });

  it("can be retried by CASC's secretariat only; the retry is audited and delivers in order", async () => {
    for (const token of [
      await fed.auth.tokenAs('SECRETARIAT', 'gljc'),
      origin.token,
      await fed.auth.tokenAs('HUB_ADMIN'),
    ]) {
      const refused = await retry(uuid, token);
      expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    expect((await outboxRows(uuid))[0]).toMatchObject({ failed: true });
    // GLJC puts its contact point back; CASC's secretariat sends the referral again.
    await sql('gljc', `UPDATE contact_points SET active = true WHERE id = $1`, [addressee]);
    const retried = await retry(uuid, await fed.auth.tokenAs('SECRETARIAT', 'casc'));
    expect(retried.errors).toBeUndefined();
    expect(retried.data!.casc.retryDelivery.delivery).toEqual({ state: 'PENDING', pending: 2 });
    const audit = await sql<{ actor_subject: string; details: { rows: number } }>(
      'casc',
      `SELECT actor_subject, details FROM audit_log WHERE action = 'retryDelivery' AND object_id = $1`,
      [`casc:ref:${uuid}`],
    );
    expect(audit).toEqual([{ actor_subject: 'test-secretariat-casc', details: { rows: 1 } }]);
    await drain(cascWorker());
    expect(await atDestination(uuid)).toEqual([
      { type: 'CREATED', received: 1 },
      { type: 'MESSAGE', received: 1 },
    ]);
    expect(await delivery(uuid)).toMatchObject({ state: 'DELIVERED', pending: 0 });
  });
});

describe('a destination that cannot be reached', () => {
  it('is retried with backoff, and after OUTBOX_MAX_ATTEMPTS the row is FAILED', async () => {
    const uuid = await newReferral();
    const worker = cascWorker({ gatewayUrl: UNREACHABLE, maxAttempts: 3 });
    expect(await worker.round()).toBe(true);
    const [first] = await outboxRows(uuid);
    expect(first).toMatchObject({ attempts: 1, failed: false, delivered: false });
    expect(first!.last_error).toMatch(/^unreachable: /);
    // full jitter under min(maxBackoffMs, 250 ms * 2^attempts)
    expect(first!.backoff_ms).toBeGreaterThanOrEqual(0);
    expect(first!.backoff_ms).toBeLessThanOrEqual(200);
    expect(await delivery(uuid)).toMatchObject({ state: 'FAILING' });
    while (!(await outboxRows(uuid))[0]!.failed) {
      await sleep(100);
      await worker.round();
    }
    expect((await outboxRows(uuid))[0]).toMatchObject({ attempts: 3, failed: true });
    expect(await delivery(uuid)).toMatchObject({ state: 'FAILED', lastError: expect.stringMatching(/^unreachable: /) });
    // back online: the secretariat retries, and it arrives
    expect((await retry(uuid, await fed.auth.tokenAs('SECRETARIAT', 'casc'))).errors).toBeUndefined();
    await drain(cascWorker());
    expect(await atDestination(uuid)).toEqual([{ type: 'CREATED', received: 1 }]);
  });
});

describe('leases', () => {
  it('keep a claimed row from other workers until the lease ends, then another worker delivers it once', async () => {
    const uuid = await newReferral();
    // This worker claims the row and dies before it records anything.
    const dead = cascWorker({ leaseMs: 2000 });
    const { rows } = await dead.claim();
    expect(rows).toHaveLength(1);
    const other = cascWorker({ leaseMs: 2000 });
    expect(await other.round()).toBe(false);
    expect((await outboxRows(uuid))[0]).toMatchObject({ claimed: true, delivered: false, attempts: 0 });
    await sleep(2100);
    expect(await drain(other)).toBe(1);
    expect((await outboxRows(uuid))[0]).toMatchObject({ claimed: null, delivered: true, attempts: 1 });
    expect(await atDestination(uuid)).toEqual([{ type: 'CREATED', received: 1 }]);
  });

  it('let two workers share a backlog without sending any row twice', async () => {
    const uuids = [];
    for (let i = 0; i < 8; i++) uuids.push(await newReferral());
    const a = cascWorker({ batchSize: 3 });
    const b = cascWorker({ batchSize: 3 });
    await Promise.all([drain(a), drain(b)]);
    for (const uuid of uuids) expect(await atDestination(uuid)).toEqual([{ type: 'CREATED', received: 1 }]);
    expect(a.delivered + b.delivered).toBe(8);
  });
});
