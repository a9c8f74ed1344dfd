/**
 * Slow clients against the real servers, listening, with small limits (shared/src/server-limits.ts): a slowloris
 * client (headers dribbled a byte a second) is cut off by the gateway and a network's subgraph alike (the identity
 * provider, an ES module jest cannot load, in slow-clients.e2e.test.ts); a client that asks the gateway for a large answer and never reads it has its connection
 * closed once nothing moves, the unsent answer with it; a client that pipelines requests without reading the
 * answers has no more than a few of them worked out.
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
  HTTP_HEADERS_TIMEOUT_MS: String(LIMITS.headersTimeoutMs),
  HTTP_REQUEST_TIMEOUT_MS: String(LIMITS.requestTimeoutMs),
  HTTP_KEEP_ALIVE_TIMEOUT_MS: String(LIMITS.keepAliveTimeoutMs),
  HTTP_SEND_TIMEOUT_MS: String(LIMITS.sendTimeoutMs),
  MAX_ALIASES: '5000',
  MAX_TOKENS: '200000',
  MAX_BODY_BYTES: '500000',
  MAX_COST: '10000000',
  MAX_RESPONSE_BYTES: '50000000',
  // Connection limits alone: no load shedding on this busy test machine's event-loop delay.
  SHED_EVENT_LOOP_DELAY_MS: '60000',
};
const METRICS_TOKEN = 'slow-clients-metrics-token-of-this-test-file';

let fed: Awaited<ReturnType<typeof startInProcessFederation>>;
const servers: Record<string, { host: string; port: number; server: Server; close?: () => Promise<void> }> = {};

/** `n` aliased country lists, answered by the in-process hub alone: about 7.5 kB of answer each. */
const countries = (n: number) =>
  `{ ${Array.from({ length: n }, (_, i) => `c${i}: countries { code alpha2 name networks { code name fullName } }`).join(' ')} }`;

const postText = (path: string, body: string) =>
  `POST ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;

/** The server side of the next connection `server` accepts. */
const nextConnection = (server: Server) => once(server, 'connection').then(([socket]) => socket as Socket);

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
  // About 30 MB: more than the system's socket buffers take on loopback.
  const body = JSON.stringify({ query: countries(4000) });
  const accepted = nextConnection(server);
  const client = connect(port, host);
  client.pause(); // never reads
  await once(client, 'connect');
  const serverSide = await accepted;
  let heldAtTimeout = -1;
  serverSide.once('timeout', () => (heldAtTimeout = serverSide.writableLength));
  client.write(postText('/graphql', body));

  await once(serverSide, 'close');

  // The server gave up (its send timeout) with most of the answer unsent, at most one answer's bytes in memory.
  expect(heldAtTimeout).toBeGreaterThan(10_000_000);
  expect(heldAtTimeout).toBeLessThanOrEqual(Number(GATEWAY_ENV.MAX_RESPONSE_BYTES));
  expect(serverSide.destroyed).toBe(true);
  expect(serverSide.writableLength).toBe(0);
  client.destroy();
});

it('works out only a few answers for a client that pipelines requests without reading, then closes it', async () => {
  const { host, port, server } = servers.gateway!;
  const answered = async () => {
    const text = await (
      await fetch(`http://${host}:${port}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } })
    ).text();
    return Number(/jcn_graphql_requests_total\{operation="anonymous",outcome="ok"\} (\d+)/.exec(text)?.[1] ?? 0);
  };
  const before = await answered();
  // About 2.2 MB each: the system's socket buffers hold a few, one waits in the server, and Node reads no more requests.
  const body = JSON.stringify({ query: countries(300) });
  const accepted = nextConnection(server);
  const client = connect(port, host);
  client.pause();
  await once(client, 'connect');
  const serverSide = await accepted;
  client.write(Array.from({ length: 40 }, () => postText('/graphql', body)).join(''));

  await once(serverSide, 'close');

  // Closed at its send timeout, with a few of the 40 answers worked out.
  expect((await answered()) - before).toBeLessThanOrEqual(10);
  client.destroy();
});
