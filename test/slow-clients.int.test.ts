/**
 * Slow clients against the real servers, listening, with small limits (shared/src/server-limits.ts): a slowloris
 * client (headers dribbled a byte a second) is cut off by the gateway and a network's subgraph alike (the identity
 * provider, an ES module jest cannot load, in slow-clients.e2e.test.ts); a client that asks the gateway for a
 * large answer and does not read it has its connection closed at the send timeout, the unsent answer with it.
 */
import { once } from 'node:events';
import type { Server } from 'node:http';
import { connect, type Socket } from 'node:net';
import { NETWORKS } from '#shared/registry';
import { checkingIntervalMs, type ServerLimits } from '#shared/server-limits';
import { startInProcessFederation } from './support/in-process';
import { slowloris } from './support/slow-clients';
import { testSubgraph } from './support/subgraph';

const LIMITS: ServerLimits = {
  headersTimeoutMs: 2000,
  requestTimeoutMs: 3000,
  keepAliveTimeoutMs: 1000,
  sendTimeoutMs: 1000,
  maxHeadersCount: 100,
};
/** The gateway's variables for LIMITS, and room for one answer of several megabytes. */
const GATEWAY_ENV = {
  MAX_ALIASES: '5000',
  MAX_TOKENS: '200000',
  MAX_BODY_BYTES: '500000',
  MAX_COST: '2000000000',
  MAX_RESPONSE_BYTES: '50000000',
  HTTP_HEADERS_TIMEOUT_MS: String(LIMITS.headersTimeoutMs),
  HTTP_REQUEST_TIMEOUT_MS: String(LIMITS.requestTimeoutMs),
  HTTP_KEEP_ALIVE_TIMEOUT_MS: String(LIMITS.keepAliveTimeoutMs),
  HTTP_SEND_TIMEOUT_MS: String(LIMITS.sendTimeoutMs),
  // Connection limits alone: no load shedding on this busy test machine's event-loop delay.
  SHED_EVENT_LOOP_DELAY_MS: '60000',
};
const METRICS_TOKEN = 'slow-clients-metrics-token-of-this-test-file';

/** `n` aliased country lists, answered by the in-process hub alone. */
const countries = (n: number) =>
  `{ ${Array.from({ length: n }, (_, i) => `c${i}: countries { code alpha2 name }`).join(' ')} }`;

let fed: Awaited<ReturnType<typeof startInProcessFederation>>;
const servers: Record<string, { host: string; port: number; server: Server; close?: () => Promise<void> }> = {};

beforeAll(async () => {
  fed = await startInProcessFederation({ metricsToken: METRICS_TOKEN });
  const gateway = await fed.extraGateway(GATEWAY_ENV);
  servers.gateway = { host: '127.0.0.1', port: Number(new URL(gateway.url).port), server: gateway.server };
  const network = NETWORKS[0]!;
  const subgraph = await testSubgraph(network, fed.networks.get(network.key)!.env.ds, fed.auth, {
    serverLimits: LIMITS,
  });
  const listening = await subgraph.listen(0);
  servers.subgraph = { host: '127.0.0.1', port: listening.port, server: listening.server, close: listening.close };
}, 180_000);

afterAll(async () => {
  await servers.subgraph?.close?.();
  await fed?.close();
});

it.each(['gateway', 'subgraph'])(
  'the %s answers 408 and closes the connection of a client dribbling its headers a byte a second',
  async (name) => {
    const { host, port } = servers[name]!;

    const { answer, sent, seconds } = await slowloris(host, port);

    expect(answer).toMatch(/^HTTP\/1\.1 408 /);
    // Cut off at the headers timeout (it had sent only a few bytes), no earlier, and no later than Node's next check.
    expect(sent).toBeLessThanOrEqual(4);
    expect(seconds).toBeGreaterThanOrEqual(LIMITS.headersTimeoutMs / 1000 - 0.1);
    expect(seconds).toBeLessThan((LIMITS.headersTimeoutMs + checkingIntervalMs(LIMITS) + 1000) / 1000);
  },
);

it('closes the connection of a client that does not read its large answer, and lets go of the answer', async () => {
  const { host, port, server } = servers.gateway!;
  // More than the system's socket buffers take on loopback.
  const body = JSON.stringify({ query: countries(2000) });
  const accepted = once(server, 'connection').then(([socket]) => socket as Socket);
  const client = connect(port, host);
  client.pause(); // never reads
  await once(client, 'connect');
  const serverSide = await accepted;
  // What the server holds for this client, sampled while the connection lasts.
  let held = 0;
  const sampling = setInterval(() => (held = Math.max(held, serverSide.writableLength)), 20);
  client.write(
    `POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
  );

  await once(serverSide, 'close');
  clearInterval(sampling);

  // The server gave up (its send timeout) with much of the answer unsent: at most one answer's bytes were held.
  expect(held).toBeGreaterThan(1_000_000);
  expect(held).toBeLessThanOrEqual(Number(GATEWAY_ENV.MAX_RESPONSE_BYTES));
  expect(serverSide.destroyed).toBe(true);
  expect(serverSide.writableLength).toBe(0);
  client.destroy();
});
