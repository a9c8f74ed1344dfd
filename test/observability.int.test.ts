/**
 * Logs, metrics and traces of the federation (in process, so that one capture
 * holds every part's log lines and one exporter every part's spans). CASC
 * (Kazakhstan) and GLJC (Kenya) each have two contact points.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { InMemorySpanExporter, type ReadableSpan } from '@opentelemetry/sdk-trace-base';
import { NETWORKS } from '#shared/registry';
import { startTracing } from '#shared/observability/tracing';
import { createOutboxWorker } from '../subgraphs/src/deliveries';
import { createSubgraph } from '../subgraphs/src/subgraph';
import { contactPointRow, insertContactPoints } from './support/contact-points';
import { startInProcessFederation } from './support/in-process';
import { LogCapture, testLogger } from './support/logs';
import { contactPointToken, createReferral } from './support/referrals';

const METRICS_TOKEN = randomBytes(24).toString('hex');
const logs = new LogCapture();
let fed: Awaited<ReturnType<typeof startInProcessFederation>>;
let member: { token: string; id: string };

const sql = <T extends Record<string, unknown>>(network: string, text: string, params: unknown[] = []): Promise<T[]> =>
  fed.networks.get(network)!.env.ds.query(text, params);
const harness = () => ({ sql, auth: fed.auth, gql: fed.gql });
const metricsUrl = (graphqlUrl: string) => new URL('/metrics', graphqlUrl).toString();
const scrape = (graphqlUrl: string, authorization?: string) =>
  fetch(metricsUrl(graphqlUrl), { headers: authorization ? { authorization } : {} });
const subgraphUrl = (key: string) => fed.networks.get(key)!.server.url;

/** The metric names a /metrics text declares (# TYPE lines). */
async function declaredMetrics(graphqlUrl: string): Promise<Map<string, string>> {
  const text = await (await scrape(graphqlUrl, `Bearer ${METRICS_TOKEN}`)).text();
  return new Map([...text.matchAll(/^# TYPE (\S+) (\S+)$/gm)].map((m) => [m[1]!, m[2]!]));
}

/** A CASC outbox worker, as main.ts builds it. */
const cascWorker = () =>
  createOutboxWorker({
    ds: fed.networks.get('casc')!.env.ds,
    network: NETWORKS.find((n) => n.key === 'casc')!,
    gatewayUrl: fed.gatewayUrl,
    serviceToken: () =>
      fed.auth.token({ subject: 'service:casc', roles: ['SERVICE'], network: 'casc' }, { expiresAt: '5m' }),
    deliveryAttempts: fed.networks.get('casc')!.deliveryAttempts,
  });

const DIRECTORY = `query Directory { networks(codes: [CASC]) { contactPoints(first: 5) { nodes { fullName email } } } }`;

beforeAll(async () => {
  const people: Record<string, string> = { casc: 'KAZ', gljc: 'KEN' };
  fed = await startInProcessFederation({
    logs,
    metricsToken: METRICS_TOKEN,
    seed: async (key, env) => {
      if (people[key]) await insertContactPoints(env.ds, [contactPointRow(people[key]), contactPointRow(people[key])]);
    },
  });
  member = await contactPointToken(harness(), 'casc', 'KAZ');
}, 180_000);

afterAll(async () => {
  await fed?.close();
});

describe('the request log', () => {
  it('writes one JSON line per request in the gateway and the subgraph, with the request id, subject, operation, duration and outcome', async () => {
    const res = await fed.gql<{ networks: { contactPoints: { nodes: { email: string }[] } }[] }>(
      DIRECTORY,
      undefined,
      member.token,
    );
    const email = res.data!.networks[0]!.contactPoints.nodes[0]!.email;
    expect(email).toContain('@');
    const gateway = logs.requests('gateway').at(-1)!;
    expect(gateway).toMatchObject({
      level: 30,
      subject: `cp-${member.id.split(':')[2]}`,
      operation: 'Directory',
      status: 200,
      outcome: 'ok',
    });
    expect(gateway.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(gateway.durationMs).toEqual(expect.any(Number));
    // The subgraph's line carries the id the gateway assigned: one request, followed across processes.
    const casc = logs.requests('casc').filter((l) => l.requestId === gateway.requestId);
    expect(casc).toHaveLength(1);
    expect(casc[0]).toMatchObject({
      subject: gateway.subject,
      operation: expect.stringMatching(/^Directory__casc__\d+$/),
      outcome: 'ok',
    });
    // Neither the token nor anything from the answer or the query is logged.
    expect(logs.text).not.toContain(member.token);
    expect(logs.text).not.toContain(email);
    expect(logs.text).not.toContain('fullName');
  });

  it('logs a refused token as UNAUTHENTICATED with no subject, and never the token', async () => {
    const forged = `${member.token.slice(0, -4)}AAAA`;
    const res = await fed.gql(DIRECTORY, undefined, forged);
    expect(res.status).toBe(401);
    expect(logs.requests('gateway').at(-1)).toMatchObject({
      subject: null,
      requestId: null,
      status: 401,
      outcome: 'UNAUTHENTICATED',
    });
    expect(logs.text).not.toContain(forged.split('.')[2]);
  });

  it('logs the error codes of a request that failed, and no variables', async () => {
    const secret = 'variable-value-that-must-not-be-logged';
    await fed.gql(`query Lookup($id: ID!) { node(id: $id) { id } }`, { id: secret }, member.token);
    const line = logs.requests('gateway').at(-1)!;
    expect(line).toMatchObject({ operation: 'Lookup' });
    expect(line.outcome).not.toBe('ok');
    expect(logs.text).not.toContain(secret);
  });
});

describe('/metrics', () => {
  it("refuses a scraper without the metrics token, with a wrong one, and with a caller's token, on the gateway and every subgraph", async () => {
    for (const url of [fed.gatewayUrl, ...NETWORKS.map((n) => subgraphUrl(n.key))]) {
      expect((await scrape(url)).status).toBe(401);
      expect((await scrape(url, `Bearer ${METRICS_TOKEN.slice(0, -1)}x`)).status).toBe(401);
      expect((await scrape(url, `Bearer ${member.token}`)).status).toBe(401);
      expect((await scrape(url, METRICS_TOKEN)).status).toBe(401);
      expect((await scrape(url, `Bearer ${METRICS_TOKEN}`)).status).toBe(200);
    }
  });

  it('is not there at all (404) without a metrics token configured', async () => {
    const casc = NETWORKS.find((n) => n.key === 'casc')!;
    const server = await createSubgraph(casc, {
      ds: fed.networks.get('casc')!.env.ds,
      verifyToken: await fed.auth.subgraphVerifier('casc'),
      secret: fed.auth.secrets.casc!,
      logger: testLogger('casc'),
    }).listen(0);
    try {
      expect((await scrape(server.url, `Bearer ${METRICS_TOKEN}`)).status).toBe(404);
    } finally {
      await server.close();
    }
  });

  it('counts requests by operation and outcome, subgraph calls, availability, the outbox, the pool and refused tokens', async () => {
    await fed.gql(DIRECTORY, undefined, member.token);
    await fed.gql(DIRECTORY, undefined, 'not-a-token-at-all');
    const gateway = await (await scrape(fed.gatewayUrl, `Bearer ${METRICS_TOKEN}`)).text();
    expect(gateway).toMatch(/^jcn_graphql_requests_total\{operation="Directory",outcome="ok"\} [1-9]/m);
    expect(gateway).toMatch(/^jcn_graphql_request_duration_seconds_count\{operation="Directory"\} [1-9]/m);
    expect(gateway).toMatch(/^jcn_subgraph_requests_total\{subgraph="casc",outcome="ok"\} [1-9]/m);
    for (const n of NETWORKS) expect(gateway).toContain(`jcn_subgraph_up{subgraph="${n.key}"} 1`);
    expect(gateway).toMatch(/^jcn_token_verification_failures_total [1-9]/m);
    expect(gateway).toMatch(/^process_resident_memory_bytes \d/m);

    await createReferral(harness(), 'casc', member.token, 'KEN');
    const casc = await (await scrape(subgraphUrl('casc'), `Bearer ${METRICS_TOKEN}`)).text();
    expect(casc).toMatch(/^jcn_outbox_pending [1-9]/m);
    expect(casc).toMatch(/^jcn_outbox_oldest_pending_age_seconds [0-9.]+/m);
    expect(casc).toMatch(/^jcn_outbox_dead_letters 0/m);
    expect(casc).toMatch(/^jcn_db_pool_connections\{state="total"\} [1-9]/m);
    expect(casc).toMatch(/^jcn_graphql_requests_total\{operation="anonymous",outcome="ok"\} [1-9]/m);

    const worker = cascWorker();
    while (await worker.round());
    const delivered = await (await scrape(subgraphUrl('casc'), `Bearer ${METRICS_TOKEN}`)).text();
    expect(delivered).toMatch(/^jcn_outbox_pending 0/m);
    expect(delivered).toMatch(/^jcn_outbox_delivery_attempts_total\{target="gljc",outcome="delivered"\} 1/m);
  });

  it('names in the Grafana dashboard and the alert rules only metrics that the gateway and the subgraphs serve', async () => {
    const declared = new Map([
      ...(await declaredMetrics(fed.gatewayUrl)),
      ...(await declaredMetrics(subgraphUrl('casc'))),
    ]);
    const dir = join(__dirname, '..', 'deploy', 'observability');
    const dashboard = JSON.parse(readFileSync(join(dir, 'grafana-dashboard.json'), 'utf8')) as {
      panels: { targets: { expr: string }[] }[];
    };
    const alerts = parseYaml(readFileSync(join(dir, 'alerts.yml'), 'utf8')) as {
      groups: { rules: { alert: string; expr: string }[] }[];
    };
    const expressions = [
      ...dashboard.panels.flatMap((p) => p.targets.map((t) => t.expr)),
      ...alerts.groups.flatMap((g) => g.rules.map((r) => r.expr)),
    ];
    const named = new Set(
      expressions.flatMap((e) => [...e.matchAll(/\b(?:jcn|process|nodejs)_[a-z0-9_]+/g)].map((m) => m[0])),
    );
    const missing = [...named].filter((name) => {
      const histogram = /^(.+)_(bucket|sum|count)$/.exec(name);
      return !declared.has(name) && !(histogram && declared.get(histogram[1]!) === 'histogram');
    });
    expect(named.size).toBeGreaterThan(10);
    expect(missing).toEqual([]);
    expect(alerts.groups.flatMap((g) => g.rules.map((r) => r.alert))).toEqual(
      expect.arrayContaining(['JcnNetworkDown', 'JcnDeliveriesStuck', 'JcnDeadLetters', 'JcnHighErrorRate']),
    );
  });
});

describe('tracing', () => {
  const exporter = new InMemorySpanExporter();
  let stopTracing: () => Promise<void>;

  beforeAll(() => {
    stopTracing = startTracing({ service: 'test', exporter, immediate: true });
  });

  afterAll(async () => {
    await stopTracing();
  });

  const spansOf = (traceId: string) => exporter.getFinishedSpans().filter((s) => s.spanContext().traceId === traceId);
  const requestSpan = (spans: ReadableSpan[], service: string) =>
    spans.filter((s) => s.name === 'jcn.request' && s.attributes['jcn.service'] === service);
  const parentOf = (span: ReadableSpan) => span.parentSpanContext?.spanId;

  it("makes one referral's journey one trace: gateway, origin subgraph, the outbox row, the delivery, the gateway again and the destination subgraph", async () => {
    exporter.reset();
    const { id } = await createReferral(harness(), 'casc', member.token, 'KEN', {
      subject: 'Trace subject Zebra-42',
      summary: 'Trace summary Quokka-17.',
    });
    const uuid = id.split(':')[2]!;
    const [row] = await sql<{ traceparent: string }>('casc', `SELECT traceparent FROM outbox WHERE referral_id = $1`, [
      uuid,
    ]);
    expect(row!.traceparent).toMatch(/^00-[0-9a-f]{32}-[0-9a-f]{16}-01$/);
    const traceId = row!.traceparent.split('-')[1]!;

    while (await cascWorker().round());
    expect(await sql('gljc', `SELECT 1 FROM referrals WHERE id = $1`, [uuid])).toHaveLength(1);

    const spans = spansOf(traceId);
    const names = spans.map((s) => s.name);
    // (gateway.plan appears only when the plan is not cached yet; the same mutation ran above. The mutations run on
    // the gateway's own executor, which has no gateway.validate span: Apollo Server validated the operation before.)
    expect(names).toEqual(
      expect.arrayContaining([
        'jcn.request',
        'gateway.request',
        'gateway.execute',
        'gateway.fetch',
        'jcn.outbox.deliver',
      ]),
    );
    const [firstGateway, secondGateway] = requestSpan(spans, 'gateway').sort(
      (a, b) => a.startTime[0] - b.startTime[0] || a.startTime[1] - b.startTime[1],
    );
    const [origin] = requestSpan(spans, 'casc');
    const [destination] = requestSpan(spans, 'gljc');
    const [deliver] = spans.filter((s) => s.name === 'jcn.outbox.deliver');
    // The client's request is the root; the delivery hangs off the origin's request that wrote the row.
    expect(parentOf(firstGateway!)).toBeUndefined();
    expect(row!.traceparent.split('-')[2]).toBe(origin!.spanContext().spanId);
    expect(parentOf(deliver!)).toBe(origin!.spanContext().spanId);
    expect(parentOf(secondGateway!)).toBe(deliver!.spanContext().spanId);
    expect(destination).toBeDefined();
    expect(deliver!.attributes).toMatchObject({
      'jcn.network': 'casc',
      'jcn.outbox.target': 'gljc',
      'jcn.outbox.kind': 'REFERRAL',
    });

    // No personal data, query text or token in any span.
    const recorded = JSON.stringify(
      spans.map((s) => ({ name: s.name, attributes: s.attributes, events: s.events, status: s.status })),
    );
    for (const secret of ['Zebra-42', 'Quokka-17', member.token, 'example.org', 'createReferral('])
      expect(recorded).not.toContain(secret);
  });

  it("does not let an outside caller's traceparent choose the trace (or its sampling); a new trace starts at the gateway", async () => {
    exporter.reset();
    const outside = '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01';
    const res = await fetch(fed.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${member.token}`, traceparent: outside },
      body: JSON.stringify({ query: DIRECTORY }),
    });
    expect(res.status).toBe(200);
    const spans = exporter.getFinishedSpans();
    expect(spans.some((s) => s.spanContext().traceId === '0af7651916cd43dd8448eb211c80319c')).toBe(false);
    const [gateway] = requestSpan(spans, 'gateway');
    expect(parentOf(gateway!)).toBeUndefined();
    // The subgraph continued the gateway's trace, not the outside one.
    expect(requestSpan(spans, 'casc')[0]!.spanContext().traceId).toBe(gateway!.spanContext().traceId);
    // The gateway's own executor ran this query, with Apollo Gateway's span names; each subgraph's request hangs off its fetch.
    const ofTrace = spansOf(gateway!.spanContext().traceId);
    expect(ofTrace.map((s) => s.name)).toEqual(
      expect.arrayContaining(['gateway.request', 'gateway.execute', 'gateway.fetch', 'gateway.postprocessing']),
    );
    const fetches = ofTrace.filter((s) => s.name === 'gateway.fetch');
    // The hub's fetch (networks), then one per network type in the plan; only CASC's had an entity to send.
    expect(fetches.map((s) => s.attributes.service).sort()).toEqual(['casc', 'gljc', 'hub', 'seajust', 'wacap']);
    expect(requestSpan(spans, 'gljc')).toEqual([]);
    expect(parentOf(requestSpan(spans, 'casc')[0]!)).toBe(
      fetches.find((s) => s.attributes.service === 'casc')!.spanContext().spanId,
    );
    for (const s of ofTrace.filter((x) => x.name.startsWith('gateway.')))
      expect(JSON.stringify(s.attributes)).not.toContain('contactPoints');
    // The log line names the trace, so a line leads to its trace.
    expect(logs.requests('gateway').at(-1)!.traceId).toBe(gateway!.spanContext().traceId);
  });
});
