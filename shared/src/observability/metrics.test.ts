/** Metric labels stay bounded whatever operation names callers choose; the observability settings are read and checked. */
import { randomBytes } from 'node:crypto';
import { gatewayConfig } from '../../../gateway/src/config';
import { ConfigError } from '../config';
import { NETWORKS } from '../registry';
import { CONSOLE_OPERATIONS } from './__generated__/console-operations';
import { MAX_OPERATIONS, Metrics, operationName } from './metrics';

const TOKEN = randomBytes(24).toString('hex');

async function seriesOf(metrics: Metrics): Promise<{ operation: string; outcome: string }[]> {
  const text = await metrics.registry.metrics();
  return [...text.matchAll(/^jcn_graphql_requests_total\{operation="([^"]*)",outcome="([^"]*)"\}/gm)].map((m) => ({
    operation: m[1]!,
    outcome: m[2]!,
  }));
}

describe('request metrics', () => {
  it('gives only the first named operations that succeeded a series of their own; the rest are "other"', async () => {
    const metrics = new Metrics(TOKEN);
    metrics.request('Refused', 'GRAPHQL_VALIDATION_FAILED', 0.01);
    for (let i = 0; i < MAX_OPERATIONS + 50; i++) metrics.request(`Attacker${i}`, 'ok', 0.01);
    metrics.request('Attacker0', 'FORBIDDEN', 0.01);
    metrics.request('x'.repeat(65), 'ok', 0.01);
    metrics.request(null, 'ok', 0.01);
    const series = await seriesOf(metrics);
    const operations = new Set(series.map((s) => s.operation));
    expect(operations.size).toBe(MAX_OPERATIONS + 2);
    expect(operations.has('Refused')).toBe(false);
    expect(operations.has('other')).toBe(true);
    expect(operations.has('anonymous')).toBe(true);
    // A name that has its series keeps it for its errors too.
    expect(series).toContainEqual({ operation: 'Attacker0', outcome: 'FORBIDDEN' });
  });

  it("keeps the console's operations their series after a caller has sent more names of its own than there are series", async () => {
    const metrics = new Metrics(TOKEN);
    for (let i = 0; i < MAX_OPERATIONS + 10; i++) metrics.request(`Junk${i}`, 'ok', 0.01);
    expect(CONSOLE_OPERATIONS.length).toBeGreaterThan(10);
    for (const name of CONSOLE_OPERATIONS) metrics.request(name, 'ok', 0.01);
    // A refused console operation still counts under its name; so does a subgraph fetch of it.
    metrics.request(`${CONSOLE_OPERATIONS[0]}__casc__0`, 'FORBIDDEN', 0.01);
    const series = await seriesOf(metrics);
    for (const name of CONSOLE_OPERATIONS) expect(series).toContainEqual({ operation: name, outcome: 'ok' });
    expect(series).toContainEqual({ operation: CONSOLE_OPERATIONS[0], outcome: 'FORBIDDEN' });
    const junk = new Set(series.map((s) => s.operation).filter((o) => o.startsWith('Junk')));
    expect(junk.size).toBe(MAX_OPERATIONS);
    expect(series.some((s) => s.operation === 'other')).toBe(true);
  });

  it("counts a subgraph fetch under the client's operation name", () => {
    expect(operationName('Directory__casc__0')).toBe('Directory');
    expect(operationName('Deliver')).toBe('Deliver');
    expect(operationName(undefined)).toBe('anonymous');
  });
});

describe('observability settings', () => {
  const env = {
    JWT_ISSUER: 'https://issuer.example',
    JWT_AUDIENCE: 'jcn-hub',
    JWT_PUBLIC_KEY: '-----BEGIN PUBLIC KEY-----\nMFkw\n-----END PUBLIC KEY-----',
    GATEWAY_SIGNING_KEY: '-----BEGIN PRIVATE KEY-----\nMIGH\n-----END PRIVATE KEY-----',
    ...Object.fromEntries(NETWORKS.map((n) => [`SUBGRAPH_SECRET_${n.code}`, TOKEN])),
  };
  const problems = (extra: Record<string, string>) => {
    try {
      gatewayConfig(NETWORKS, { ...env, ...extra });
      return [];
    } catch (e) {
      return (e as ConfigError).problems.map((p) => p.split(':')[0]);
    }
  };

  it('has metrics and tracing off, JSON lines at info, unless told otherwise', () => {
    expect(gatewayConfig(NETWORKS, { ...env, NODE_ENV: 'production' }).observability).toEqual({
      service: 'gateway',
      logLevel: 'info',
      pretty: false,
      metricsToken: undefined,
      tracing: undefined,
    });
    expect(gatewayConfig(NETWORKS, { ...env, NODE_ENV: 'development' }).observability.pretty).toBe(true);
    expect(
      gatewayConfig(NETWORKS, {
        ...env,
        LOG_LEVEL: 'warn',
        METRICS_TOKEN: TOKEN,
        OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318',
        TRACING_SAMPLE_RATIO: '0.1',
      }).observability,
    ).toMatchObject({
      logLevel: 'warn',
      metricsToken: TOKEN,
      tracing: { endpoint: 'http://collector:4318', sampleRatio: 0.1 },
    });
  });

  it('refuses a short or (in production) guessable metrics token, an unknown log level and a sample ratio out of range', () => {
    expect(problems({ METRICS_TOKEN: 'short', LOG_LEVEL: 'loud', TRACING_SAMPLE_RATIO: '2' }).sort()).toEqual([
      'LOG_LEVEL',
      'METRICS_TOKEN',
      'TRACING_SAMPLE_RATIO',
    ]);
    expect(problems({ NODE_ENV: 'production', METRICS_TOKEN: 'change-me-change-me-change-me-change-me' })).toEqual([
      'METRICS_TOKEN',
    ]);
  });
});
