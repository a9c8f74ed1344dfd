/**
 * What the other networks do for one restored from a backup, against the real federation in process:
 * redeliver (a secretariat sends a network again what it delivered since a time: who may, bad input,
 * idempotency, audit, order per record), receivedReferences (the highest of a network's references
 * another holds, for that network's delivery service alone) and resumeReferences, the core of
 * `npm run restored`. CASC (Kazakhstan) sends to GLJC (Kenya) and WACAP (Nigeria).
 */
import { randomUUID } from 'node:crypto';
import { NETWORKS } from '#shared/registry';
import { createOutboxWorker } from '../subgraphs/src/deliveries';
import type { OutboxWorker } from '../subgraphs/src/outbox/worker';
import { resumeReferences } from '../subgraphs/src/restored';
import { contactPointRow, insertContactPoints } from './support/contact-points';
import { startInProcessFederation } from './support/in-process';
import { contactPointToken, createReferral } from './support/referrals';

let fed: Awaited<ReturnType<typeof startInProcessFederation>>;
let origin: { token: string; id: string };
const casc = NETWORKS.find((n) => n.key === 'casc')!;

const sql = <T extends Record<string, unknown>>(network: string, text: string, params: unknown[] = []): Promise<T[]> =>
  fed.networks.get(network)!.env.ds.query(text, params);
const harness = () => ({ sql, auth: fed.auth, gql: fed.gql });
const serviceToken = (network: string) =>
  fed.auth.token({ subject: `service:${network}`, roles: ['SERVICE'], network });

function cascWorker(leaseMs?: number) {
  return createOutboxWorker({
    ds: fed.networks.get('casc')!.env.ds,
    network: casc,
    gatewayUrl: fed.gatewayUrl,
    leaseMs,
    serviceToken: () => serviceToken('casc'),
  });
}

async function drain(worker: OutboxWorker): Promise<void> {
  while (await worker.round());
}

type Report = { deliveries: number; referrals: number };
const REDELIVER = `mutation($to: NetworkCode!, $since: DateTime!, $key: String!) { casc { redeliver(to: $to, since: $since, idempotencyKey: $key) { deliveries referrals } } }`;
const redeliver = (token: string | undefined, variables: { to: string; since: string; key?: string }) =>
  fed.gql<{ casc: { redeliver: Report } | null }>(REDELIVER, { key: randomUUID(), ...variables }, token);

const outboxState = () =>
  sql<{ id: string; delivered: boolean; failed: boolean; claimed_by: string | null }>(
    'casc',
    `SELECT id, delivered_at IS NOT NULL AS delivered, failed_at IS NOT NULL AS failed, claimed_by FROM outbox ORDER BY id`,
  );
const hoursAgo = (h: number) => new Date(Date.now() - h * 3_600_000).toISOString();

const toKenya: string[] = [];
let toNigeria: string;

beforeAll(async () => {
  const people: Record<string, string> = { casc: 'KAZ', gljc: 'KEN', wacap: 'NGA' };
  fed = await startInProcessFederation({
    seed: async (key, env) => {
      if (people[key]) await insertContactPoints(env.ds, [contactPointRow(people[key])]);
    },
  });
  origin = await contactPointToken(harness(), 'casc', 'KAZ');
  for (let i = 0; i < 3; i++)
    toKenya.push((await createReferral(harness(), 'casc', origin.token, 'KEN')).id.split(':')[2]!);
  toNigeria = (await createReferral(harness(), 'casc', origin.token, 'NGA')).id.split(':')[2]!;
  // A later change of the first referral: two rows of one record, to go out again in their order.
  const message = await fed.gql(
    `mutation($id: ID!, $key: String!) { casc { addReferralMessage(id: $id, text: "Bank statements attached", idempotencyKey: $key) { id } } }`,
    { id: `casc:ref:${toKenya[0]}`, key: randomUUID() },
    origin.token,
  );
  expect(message.errors).toBeUndefined();
  await drain(cascWorker());
  expect((await outboxState()).every((r) => r.delivered)).toBe(true);
  // The third referral went to Kenya long before the time the secretariat names.
  await sql('casc', `UPDATE outbox SET delivered_at = now() - interval '3 hours' WHERE referral_id = $1`, [toKenya[2]]);
}, 180_000);

afterAll(async () => {
  await fed?.close();
});

describe('redeliver', () => {
  it('is refused to everyone but the network’s own secretariat, and changes nothing', async () => {
    const before = await outboxState();
    const callers = {
      'GLJC secretariat (the restored network)': await fed.auth.tokenAs('SECRETARIAT', 'gljc'),
      'WACAP secretariat': await fed.auth.tokenAs('SECRETARIAT', 'wacap'),
      'a CASC contact point': origin.token,
      'a GLJC contact point': (await contactPointToken(harness(), 'gljc', 'KEN')).token,
      'CASC delivery service': await serviceToken('casc'),
      'GLJC delivery service': await serviceToken('gljc'),
      'an analyst': await fed.auth.tokenAs('ANALYST'),
      'a hub administrator': await fed.auth.tokenAs('HUB_ADMIN'),
      anonymous: undefined,
    };
    for (const [who, token] of Object.entries(callers)) {
      const res = await redeliver(token, { to: 'GLJC', since: hoursAgo(1) });
      expect([who, res.data?.casc ?? null, res.errors?.[0]?.extensions?.code]).toEqual([who, null, 'FORBIDDEN']);
    }
    expect(await outboxState()).toEqual(before);
    expect(await sql('casc', `SELECT 1 FROM audit_log WHERE action = 'redeliver'`)).toEqual([]);
  });

  it('refuses a time in the future or more than 90 days back, and its own network, as BAD_USER_INPUT', async () => {
    const before = await outboxState();
    const secretariat = await fed.auth.tokenAs('SECRETARIAT', 'casc');
    for (const [to, since, field] of [
      ['GLJC', new Date(Date.now() + 60_000).toISOString(), 'since'],
      ['GLJC', hoursAgo(91 * 24), 'since'],
      ['CASC', hoursAgo(1), 'to'],
    ] as const) {
      const res = await redeliver(secretariat, { to, since });
      expect(res.data?.casc ?? null).toBeNull();
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    expect(await outboxState()).toEqual(before);
  });

  it('queues again what went to that network since then, in order per record; a retry returns the same report; audited', async () => {
    const secretariat = await fed.auth.tokenAs('SECRETARIAT', 'casc');
    // A dead letter to GLJC since then is sent again too.
    const [dead] = await sql<{ id: string }>(
      'casc',
      `UPDATE outbox SET delivered_at = NULL, failed_at = now(), last_error = 'CONFLICT: test' WHERE referral_id = $1 RETURNING id`,
      [toKenya[1]],
    );
    const key = randomUUID();
    const since = hoursAgo(1);
    const first = await redeliver(secretariat, { to: 'GLJC', since, key });
    expect(first.errors).toBeUndefined();
    // The first referral with its message, and the second (a dead letter); not the third (before `since`) nor the one to WACAP.
    expect(first.data!.casc!.redeliver).toEqual({ deliveries: 3, referrals: 2 });
    const rows = await sql<{
      referral_id: string;
      kind: string;
      delivered: boolean;
      failed: boolean;
      attempts: number;
    }>(
      'casc',
      `SELECT referral_id, kind, delivered_at IS NOT NULL AS delivered, failed_at IS NOT NULL AS failed, attempts FROM outbox ORDER BY id`,
    );
    const queued = rows.filter((r) => !r.delivered);
    expect(queued.map((r) => [r.referral_id, r.kind, r.failed, r.attempts])).toEqual([
      [toKenya[0], 'REFERRAL', false, 0],
      [toKenya[1], 'REFERRAL', false, 0],
      [toKenya[0], 'EVENT', false, 0],
    ]);
    expect(rows.find((r) => r.referral_id === toNigeria)!.delivered).toBe(true);
    expect(dead).toBeDefined();

    // A record's rows go out in their order: the first claim takes the referrals, not the message behind its referral.
    const worker = cascWorker(1000);
    const { rows: claimed } = await worker.claim();
    expect(claimed.map((r) => r.kind)).toEqual(['REFERRAL', 'REFERRAL']);
    await new Promise((r) => setTimeout(r, 1100));
    await drain(worker);
    const receipts = await sql<{ referral_id: string; seq: number; received: number }>(
      'gljc',
      `SELECT referral_id, seq, received FROM delivery_receipts WHERE referral_id = ANY($1) ORDER BY referral_id, seq`,
      [toKenya],
    );
    // Each arrived again as a duplicate: GLJC holds every record once, the old one was not sent again.
    expect(receipts).toEqual(
      [
        { referral_id: toKenya[0], seq: 1, received: 2 },
        { referral_id: toKenya[0], seq: 2, received: 2 },
        { referral_id: toKenya[1], seq: 1, received: 2 },
        { referral_id: toKenya[2], seq: 1, received: 1 },
      ].sort((a, b) => a.referral_id.localeCompare(b.referral_id) || a.seq - b.seq),
    );
    expect(
      await sql('gljc', `SELECT id FROM referrals WHERE id = ANY($1) GROUP BY id HAVING count(*) > 1`, [toKenya]),
    ).toEqual([]);

    // The same key: the first report, nothing queued again.
    const retry = await redeliver(secretariat, { to: 'GLJC', since, key });
    expect(retry.data!.casc!.redeliver).toEqual({ deliveries: 3, referrals: 2 });
    expect((await outboxState()).every((r) => r.delivered)).toBe(true);
    const audit = await sql<{ actor_network: string; details: Record<string, unknown> }>(
      'casc',
      `SELECT actor_network, details FROM audit_log WHERE action = 'redeliver' ORDER BY id`,
    );
    expect(audit).toEqual([
      {
        actor_network: 'casc',
        details: { to: 'GLJC', since: new Date(since).toISOString(), deliveries: 3, referrals: 2 },
      },
      { actor_network: 'casc', details: { replay: true } },
    ]);
  });

  it('takes the lease from a later change of a re-queued record, so it goes again after the earlier ones', async () => {
    const secretariat = await fed.auth.tokenAs('SECRETARIAT', 'casc');
    const message = await fed.gql(
      `mutation($id: ID!, $key: String!) { casc { addReferralMessage(id: $id, text: "Second message", idempotencyKey: $key) { id } } }`,
      { id: `casc:ref:${toKenya[0]}`, key: randomUUID() },
      origin.token,
    );
    expect(message.errors).toBeUndefined();
    // Another worker is delivering the new message right now.
    await sql(
      'casc',
      `UPDATE outbox SET claimed_by = gen_random_uuid(), claimed_until = now() + interval '1 minute' WHERE delivered_at IS NULL`,
    );
    const res = await redeliver(secretariat, { to: 'GLJC', since: hoursAgo(1) });
    expect(res.data!.casc!.redeliver).toEqual({ deliveries: 3, referrals: 2 });
    expect((await outboxState()).filter((r) => r.claimed_by !== null)).toEqual([]);
    await drain(cascWorker());
    expect((await outboxState()).every((r) => r.delivered)).toBe(true);
    expect(
      await sql(
        'gljc',
        `SELECT seq FROM referral_events WHERE referral_id = $1 AND author_side = 'ORIGIN' ORDER BY seq`,
        [toKenya[0]],
      ),
    ).toEqual([{ seq: 1 }, { seq: 2 }, { seq: 3 }]);
  });

  it('sends a new referral again as a redelivery, which a restored network takes although it is weeks old; a plain retry it refuses', async () => {
    const uuid = (await createReferral(harness(), 'casc', origin.token, 'KEN')).id.split(':')[2]!;
    await drain(cascWorker());
    // As if CASC had made it three weeks ago and delivered it ten minutes ago; then GLJC was restored from a backup without it.
    const createdAt = new Date(Date.now() - 21 * 86_400_000);
    const [{ reference }] = await sql<{ reference: string }>(
      'casc',
      `SELECT reference FROM referrals WHERE id = $1 AND side = 'ORIGIN'`,
      [uuid],
    );
    const dated = `CASC-${createdAt.getUTCFullYear()}-${reference.slice(-6)}`;
    await sql('casc', `UPDATE referrals SET created_at = $2, reference = $3 WHERE id = $1`, [uuid, createdAt, dated]);
    await sql('casc', `UPDATE referral_events SET at = $2 WHERE referral_id = $1 AND seq = 1`, [uuid, createdAt]);
    await sql(
      'casc',
      `UPDATE outbox SET delivered_at = now() - interval '10 minutes',
              payload = jsonb_set(jsonb_set(jsonb_set(payload, '{createdAt}', to_jsonb($2::text)), '{reference}', to_jsonb($3::text)), '{events,0,at}', to_jsonb($2::text))
        WHERE referral_id = $1`,
      [uuid, createdAt.toISOString(), dated],
    );
    for (const table of ['delivery_receipts', 'referral_events', 'referrals'])
      await sql('gljc', `DELETE FROM ${table} WHERE ${table === 'referrals' ? 'id' : 'referral_id'} = $1`, [uuid]);

    // Sent again as it stands (a retry, not a redelivery): refused as too old, and GLJC still has no record.
    await sql('casc', `UPDATE outbox SET delivered_at = NULL, next_attempt_at = now() WHERE referral_id = $1`, [uuid]);
    await drain(cascWorker());
    const [plain] = await sql<{ failed: boolean; last_error: string | null }>(
      'casc',
      `SELECT failed_at IS NOT NULL AS failed, last_error FROM outbox WHERE referral_id = $1`,
      [uuid],
    );
    expect(plain).toEqual({
      failed: true,
      last_error: expect.stringMatching(/^BAD_USER_INPUT: createdAt is more than 7 days/),
    });
    expect(await sql('gljc', `SELECT id FROM referrals WHERE id = $1`, [uuid])).toEqual([]);

    // redeliver marks it, and GLJC takes it.
    const res = await redeliver(await fed.auth.tokenAs('SECRETARIAT', 'casc'), { to: 'GLJC', since: hoursAgo(1) });
    expect(res.errors).toBeUndefined();
    const [queued] = await sql<{ payload: { redelivery?: boolean } }>(
      'casc',
      `SELECT payload FROM outbox WHERE referral_id = $1`,
      [uuid],
    );
    expect(queued!.payload.redelivery).toBe(true);
    await drain(cascWorker());
    expect(await sql('gljc', `SELECT reference, created_at FROM referrals WHERE id = $1`, [uuid])).toEqual([
      { reference: dated, created_at: createdAt },
    ]);
  });
});

const RECEIVED = `query($origin: NetworkCode!) { network(code: GLJC) { ... on GljcNetwork { receivedReferences(origin: $origin) { year last } } } }`;

describe('receivedReferences and npm run restored', () => {
  const highest = async (network: string) => {
    const [row] = await sql<{ last: number }>(
      network,
      `SELECT max(right(reference, 6)::int) AS last FROM referrals WHERE side = 'DESTINATION' AND origin_network = 'casc'`,
    );
    return row!.last;
  };

  it('tells a network’s delivery service alone the highest of its references held there', async () => {
    const res = await fed.gql<{ network: { receivedReferences: { year: number; last: number }[] } }>(
      RECEIVED,
      { origin: 'CASC' },
      await serviceToken('casc'),
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.network.receivedReferences).toEqual([
      { year: new Date().getUTCFullYear(), last: await highest('gljc') },
    ]);
    for (const token of [
      await serviceToken('gljc'),
      await serviceToken('wacap'),
      await fed.auth.tokenAs('SECRETARIAT', 'casc'),
      await fed.auth.tokenAs('SECRETARIAT', 'gljc'),
      origin.token,
      undefined,
    ]) {
      const refused = await fed.gql<{ network: { receivedReferences: unknown } | null }>(
        RECEIVED,
        { origin: 'CASC' },
        token,
      );
      expect(refused.data?.network?.receivedReferences ?? null).toBeNull();
      expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
  });

  it('resumes each year’s counter after the highest reference any other network holds, never backwards', async () => {
    const ds = fed.networks.get('casc')!.env.ds;
    const year = new Date().getUTCFullYear();
    const resume = () =>
      resumeReferences({
        ds,
        network: casc,
        registry: NETWORKS,
        gatewayUrl: fed.gatewayUrl,
        serviceToken: () => serviceToken('casc'),
      });
    const held = Math.max(await highest('gljc'), await highest('wacap'));
    // As after a restore from a dump taken before the last two referrals.
    await sql('casc', `UPDATE referral_counters SET last = $1 WHERE year = $2`, [held - 2, year]);
    expect(await resume()).toEqual([{ year, before: held - 2, last: held }]);
    expect(await resume()).toEqual([]);
    const next = await createReferral(harness(), 'casc', origin.token, 'KEN');
    expect(next.reference).toBe(`CASC-${year}-${String(held + 1).padStart(6, '0')}`);
    await sql('casc', `UPDATE referral_counters SET last = 999 WHERE year = $1`, [year]);
    expect(await resume()).toEqual([]);
    expect(await sql('casc', `SELECT last FROM referral_counters WHERE year = $1`, [year])).toEqual([{ last: 999 }]);
    await expect(
      resumeReferences({
        ds,
        network: casc,
        registry: NETWORKS,
        gatewayUrl: 'http://127.0.0.1:9/graphql',
        serviceToken: () => serviceToken('casc'),
      }),
    ).rejects.toThrow(/unreachable.*must answer before/);
  });
});
