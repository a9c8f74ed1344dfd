/**
 * The gateway's admission: per-caller limits (requests in flight, requests a minute; 429 RATE_LIMITED) and load
 * shedding (503 OVERLOADED), against real gateways over the in-process federation. Slow answers come from WACAP's
 * real subgraph behind a server that drips them (test/support/hostile-subgraph.ts). Anonymous callers are told
 * apart by address: Linux answers on all of 127.0.0.0/8, so a second caller connects from 127.0.0.2.
 */
import { request } from 'node:http';
import { subgraphUrlVar } from '../gateway/src/config';
import { startHostileSubgraph, type HostileSubgraph } from './support/hostile-subgraph';
import { seedDemo, startInProcessFederation } from './support/in-process';

let fed: Awaited<ReturnType<typeof startInProcessFederation>>;
let hostile: HostileSubgraph;
const METRICS_TOKEN = 'caller-limits-metrics-token-of-this-test-file';

/**
 * Asks every network, WACAP included: as slow as WACAP's dripped answer when it is dripped. Each `n` its own text,
 * so that the gateway does not share one subgraph call between them (SUBGRAPH_DEDUPE).
 */
const everyNetwork = (n: number) => `{ networks { code contactPoints(first: ${n}) { totalCount } } }`;
/** Per-caller tests: no shedding on this busy test machine's event-loop delay. */
const NO_DELAY_SHEDDING = { SHED_EVENT_LOOP_DELAY_MS: '60000' };
/** Answered by the in-process hub alone: fast. */
const HUB_ONLY = '{ countries { code } }';

interface Reply {
  status: number;
  retryAfter: string | undefined;
  code: unknown;
  ms: number;
}

/** POSTs `query` to `url` from `localAddress` (127.0.0.1 by default), with `token` when given. */
function ask(
  url: string,
  query: string,
  options: { token?: string; localAddress?: string; headers?: Record<string, string> } = {},
): Promise<Reply> {
  const started = performance.now();
  const body = JSON.stringify({ query });
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method: 'POST',
        localAddress: options.localAddress ?? '127.0.0.1',
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
          ...options.headers,
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const json = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
            errors?: { extensions?: { code?: unknown } }[];
          };
          resolve({
            status: res.statusCode ?? 0,
            retryAfter: res.headers['retry-after'],
            code: json.errors?.[0]?.extensions?.code,
            ms: performance.now() - started,
          });
        });
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

const token = (subject: string, roles: ('CONTACT_POINT' | 'SERVICE')[] = ['CONTACT_POINT']) =>
  fed.auth.token(
    roles.includes('SERVICE')
      ? { subject, roles, network: 'casc' }
      : { subject, roles, network: 'wacap', country: 'NGA' },
  );

/** Resolves once the hostile subgraph has forwarded the `slow` requests' answers (they are being dripped now). */
async function dripping(before: number, slow: Promise<Reply>[]): Promise<void> {
  const finished: Reply[] = [];
  for (const s of slow) void s.then((r) => finished.push(r));
  const deadline = Date.now() + 30_000;
  while (hostile.counts.forwarded < before + slow.length) {
    if (Date.now() > deadline || finished.length)
      throw new Error(`the slow requests never reached WACAP: ${JSON.stringify(finished)}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

const metricsOf = async (url: string): Promise<string> =>
  (await fetch(new URL('/metrics', url), { headers: { authorization: `Bearer ${METRICS_TOKEN}` } })).text();

beforeAll(async () => {
  fed = await startInProcessFederation({ seed: seedDemo, metricsToken: METRICS_TOKEN });
  hostile = await startHostileSubgraph(fed.networks.get('wacap')!.server.url);
  // About two seconds for each of WACAP's answers.
  hostile.damage = () => ({ drip: { slice: 8, everyMs: 40 } });
}, 180_000);

afterAll(async () => {
  await hostile?.close();
  await fed?.close();
});

describe('requests in flight per caller', () => {
  let url: string;
  beforeAll(async () => {
    url = (
      await fed.extraGateway({
        [subgraphUrlVar('WACAP')]: hostile.url,
        CALLER_MAX_IN_FLIGHT: '2',
        ...NO_DELAY_SHEDDING,
      })
    ).url;
  });

  it('refuses a third request of one subject with 429, Retry-After and RATE_LIMITED; another subject is answered', async () => {
    const alice = await token('limits-alice');
    const bob = await token('limits-bob');
    const before = hostile.counts.forwarded;
    const slow = [ask(url, everyNetwork(1), { token: alice }), ask(url, everyNetwork(2), { token: alice })];
    await dripping(before, slow);

    const third = await ask(url, HUB_ONLY, { token: alice });
    const other = await ask(url, HUB_ONLY, { token: bob });

    expect(third).toMatchObject({ status: 429, retryAfter: '1', code: 'RATE_LIMITED' });
    expect(third.ms).toBeLessThan(1000);
    expect(other.status).toBe(200);
    expect((await Promise.all(slow)).map((r) => r.status)).toEqual([200, 200]);
    // Both answered: the subject is admitted again.
    expect((await ask(url, HUB_ONLY, { token: alice })).status).toBe(200);
  });

  it('counts anonymous callers by address, whatever X-Forwarded-For they send', async () => {
    const before = hostile.counts.forwarded;
    const slow = [ask(url, everyNetwork(3)), ask(url, everyNetwork(4))];
    await dripping(before, slow);

    const spoofed = await ask(url, HUB_ONLY, { headers: { 'x-forwarded-for': '198.51.100.7' } });
    const elsewhere = await ask(url, HUB_ONLY, { localAddress: '127.0.0.2' });

    expect(spoofed).toMatchObject({ status: 429, retryAfter: '1', code: 'RATE_LIMITED' });
    expect(elsewhere.status).toBe(200);
    expect((await Promise.all(slow)).map((r) => r.status)).toEqual([200, 200]);
  });
});

describe('requests per minute per caller', () => {
  let url: string;
  beforeAll(async () => {
    url = (await fed.extraGateway({ CALLER_MAX_PER_MINUTE: '3', SERVICE_MAX_PER_MINUTE: '10', ...NO_DELAY_SHEDDING }))
      .url;
  });

  it('refuses the fourth request of a minute with 429 and the seconds left; other callers are answered', async () => {
    const carol = await token('limits-carol');
    const dave = await token('limits-dave');
    const answered = [];
    for (let i = 0; i < 3; i++) answered.push((await ask(url, HUB_ONLY, { token: carol })).status);

    const fourth = await ask(url, HUB_ONLY, { token: carol });

    expect(answered).toEqual([200, 200, 200]);
    expect(fourth).toMatchObject({ status: 429, code: 'RATE_LIMITED' });
    expect(Number(fourth.retryAfter)).toBeGreaterThanOrEqual(1);
    expect(Number(fourth.retryAfter)).toBeLessThanOrEqual(60);
    expect((await ask(url, HUB_ONLY, { token: dave })).status).toBe(200);
    expect(await metricsOf(url)).toMatch(/jcn_gateway_rate_limited_total\{limit="per_minute",caller="subject"\} 1\b/);
  });

  it('counts anonymous callers by address, and a bad token against its address', async () => {
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await ask(url, HUB_ONLY, { localAddress: '127.0.0.3' })).status);

    const fourth = await ask(url, HUB_ONLY, { localAddress: '127.0.0.3' });
    const forged = await ask(url, HUB_ONLY, { localAddress: '127.0.0.3', token: 'not-a-token' });
    const elsewhere = await ask(url, HUB_ONLY, { localAddress: '127.0.0.4' });

    expect(statuses).toEqual([200, 200, 200]);
    expect(fourth).toMatchObject({ status: 429, code: 'RATE_LIMITED' });
    expect(forged).toMatchObject({ status: 429, code: 'RATE_LIMITED' });
    expect(elsewhere.status).toBe(200);
  });

  it("gives a network's delivery service its own, higher limit", async () => {
    const service = await token('service:casc', ['SERVICE']);
    const statuses = [];
    for (let i = 0; i < 11; i++) statuses.push((await ask(url, HUB_ONLY, { token: service })).status);

    expect(statuses.slice(0, 10)).toEqual(Array(10).fill(200));
    expect(statuses[10]).toBe(429);
  });
});

describe('load shedding', () => {
  it('refuses new requests at once with 503 OVERLOADED while the requests in flight are at the bound', async () => {
    const { url } = await fed.extraGateway({
      [subgraphUrlVar('WACAP')]: hostile.url,
      SHED_MAX_IN_FLIGHT: '2',
      ...NO_DELAY_SHEDDING,
    });
    const before = hostile.counts.forwarded;
    const slow = [
      ask(url, everyNetwork(5), { token: await token('shed-1') }),
      ask(url, everyNetwork(6), { token: await token('shed-2') }),
    ];
    await dripping(before, slow);

    const shed = await ask(url, HUB_ONLY, { token: await token('shed-3') });
    const health = await fetch(new URL('/health', url));
    const metrics = await metricsOf(url);

    expect(shed).toMatchObject({ status: 503, retryAfter: '1', code: 'OVERLOADED' });
    expect(shed.ms).toBeLessThan(1000);
    expect(health.status).toBe(200);
    expect(metrics).toMatch(/jcn_gateway_shed_total\{reason="in_flight"\} 1\b/);
    expect(metrics).toMatch(/jcn_gateway_requests_in_flight 2\b/);
    const answered = await Promise.all(slow);
    expect(answered.map((r) => r.status)).toEqual([200, 200]);
    // Longer than the refusal took: the refused request did not wait for them.
    expect(Math.min(...answered.map((r) => r.ms))).toBeGreaterThan(shed.ms);
    expect((await ask(url, HUB_ONLY, { token: await token('shed-3') })).status).toBe(200);
  });

  it('refuses new requests while the event loop is saturated, and answers again once it is not', async () => {
    const { url } = await fed.extraGateway({ SHED_EVENT_LOOP_DELAY_MS: '150' });
    // The first request plans its operation; then a quiet second, so the delay measured is this test's.
    await ask(url, HUB_ONLY);
    await new Promise((r) => setTimeout(r, 1200));

    // Saturate this process (the gateway's): 400 ms of work at a time for 4 s, the loop turning between them.
    const saturated = new Promise<void>((resolve) => {
      const end = performance.now() + 4000;
      const spin = () => {
        const t = performance.now();
        while (performance.now() - t < 400);
        if (performance.now() < end) setImmediate(spin);
        else resolve();
      };
      setTimeout(spin, 0);
    });
    // Sent while saturated (timers run between the spins), once the shedder has measured two windows of it.
    const during = new Promise<Reply>((resolve, reject) =>
      setTimeout(() => ask(url, HUB_ONLY, { localAddress: '127.0.0.6' }).then(resolve, reject), 3000),
    );
    const health = new Promise<number>((resolve, reject) =>
      setTimeout(() => fetch(new URL('/health', url)).then((r) => resolve(r.status), reject), 3100),
    );
    await saturated;

    expect(await during).toMatchObject({ status: 503, retryAfter: '1', code: 'OVERLOADED' });
    expect(await health).toBe(200);
    expect(await metricsOf(url)).toMatch(/jcn_gateway_shed_total\{reason="event_loop_delay"\} [1-9]/);
    // A quiet second later the delay is measured again, below the bound.
    await new Promise((r) => setTimeout(r, 1200));
    expect((await ask(url, HUB_ONLY, { localAddress: '127.0.0.6' })).status).toBe(200);
  });
});
