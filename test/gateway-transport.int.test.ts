/**
 * How the gateway reaches the subgraphs and what it keeps between requests:
 * the subgraph client (pooling, in-flight sharing, timeouts) against real HTTP
 * servers whose answers the test holds back; the audited-answer header of a
 * real subgraph; the hub's kept answers (bounded in bytes); verified tokens remembered until expiry.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { AUDITED_HEADER } from '#shared/http';
import { NETWORKS } from '#shared/registry';
import { isQueryDocument, SubgraphClient } from '../gateway/src/transport/subgraph-client';
import { HubDataSource, type HubCacheBounds } from '../gateway/src/hub/data-source';
import { buildHubSchema } from '../gateway/src/hub/schema';
import { createTestAuth } from './support/auth';
import { contactPointRow, insertContactPoints } from './support/contact-points';
import { startInProcessFederation } from './support/in-process';

/** A real HTTP server that records each request and answers only when the test releases it. */
async function heldServer(headers: Record<string, string> = {}) {
  const waiting: { req: IncomingMessage; body: string; res: ServerResponse }[] = [];
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => waiting.push({ req, body, res }));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  const until = async (n: number) => {
    for (let i = 0; i < 200 && waiting.length < n; i++) await new Promise((r) => setTimeout(r, 5));
    expect(waiting.length).toBe(n);
  };
  return {
    url,
    waiting,
    until,
    release: (i: number, text: string) => {
      const w = waiting[i]!;
      w.res.writeHead(200, { 'content-type': 'application/json', ...headers });
      w.res.end(text);
    },
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}

const OPTIONS = { timeoutMs: 5000, maxResponseBytes: 100_000, maxSockets: 16, dedupe: true };
const QUERY = JSON.stringify({ query: 'query { a }' });

describe('subgraph client', () => {
  it('shares one call between identical in-flight queries of the same caller, and gives each its own answer', async () => {
    const srv = await heldServer();
    const client = new SubgraphClient(srv.url, OPTIONS);
    try {
      const key = `Bearer one\n${QUERY}`;
      const calls = [1, 2, 3].map(() => client.post(QUERY, { authorization: 'Bearer one' }, key));
      await srv.until(1);
      srv.release(0, '{"data":{"a":1}}');
      const answers = await Promise.all(calls);
      expect(answers.map((a) => JSON.parse(a.text))).toEqual([
        { data: { a: 1 } },
        { data: { a: 1 } },
        { data: { a: 1 } },
      ]);
      expect(client.counts).toEqual({ sent: 1, shared: 2 });
      expect(srv.waiting[0]!.req.headers.authorization).toBe('Bearer one');
      // Once settled, nothing is shared any more: the next identical query is a call of its own.
      const later = client.post(QUERY, { authorization: 'Bearer one' }, key);
      await srv.until(2);
      srv.release(1, '{"data":{"a":2}}');
      expect(JSON.parse((await later).text)).toEqual({ data: { a: 2 } });
    } finally {
      client.close();
      await srv.close();
    }
  });

  it('never shares between callers, nor without a key (mutations), nor when switched off', async () => {
    const srv = await heldServer();
    const client = new SubgraphClient(srv.url, OPTIONS);
    const off = new SubgraphClient(srv.url, { ...OPTIONS, dedupe: false });
    try {
      const calls = [
        client.post(QUERY, { authorization: 'Bearer one' }, `Bearer one\n${QUERY}`),
        client.post(QUERY, { authorization: 'Bearer two' }, `Bearer two\n${QUERY}`),
        client.post(QUERY, { authorization: 'Bearer one' }),
        off.post(QUERY, { authorization: 'Bearer one' }, `Bearer one\n${QUERY}`),
        off.post(QUERY, { authorization: 'Bearer one' }, `Bearer one\n${QUERY}`),
      ];
      await srv.until(5);
      srv.waiting.forEach((_, i) => srv.release(i, `{"data":{"a":${i}}}`));
      await Promise.all(calls);
      expect(client.counts).toEqual({ sent: 3, shared: 0 });
      expect(off.counts).toEqual({ sent: 2, shared: 0 });
    } finally {
      client.close();
      off.close();
      await srv.close();
    }
  });

  it('does not share an answer the subgraph audited: the waiting caller sends its own request', async () => {
    const srv = await heldServer({ [AUDITED_HEADER]: '2' });
    const client = new SubgraphClient(srv.url, OPTIONS);
    try {
      const key = `Bearer one\n${QUERY}`;
      const first = client.post(QUERY, { authorization: 'Bearer one' }, key);
      const second = client.post(QUERY, { authorization: 'Bearer one' }, key);
      await srv.until(1);
      srv.release(0, '{"data":{"a":1}}');
      await srv.until(2);
      srv.release(1, '{"data":{"a":1}}');
      await Promise.all([first, second]);
      expect(client.counts).toEqual({ sent: 2, shared: 0 });
    } finally {
      client.close();
      await srv.close();
    }
  });

  it('gives up on a subgraph that does not answer in time', async () => {
    const srv = await heldServer();
    const client = new SubgraphClient(srv.url, { ...OPTIONS, timeoutMs: 200 });
    try {
      const started = Date.now();
      await expect(client.post(QUERY, {})).rejects.toThrow('no answer within 200 ms');
      expect(Date.now() - started).toBeLessThan(3000);
    } finally {
      client.close();
      await srv.close();
    }
  });

  it('treats only queries as shareable', () => {
    expect(isQueryDocument('query ($r: [_Any!]!) { _entities(representations: $r) { __typename } }')).toBe(true);
    expect(isQueryDocument('{ a }')).toBe(true);
    expect(isQueryDocument('mutation { seajust { createReferral } }')).toBe(false);
    expect(isQueryDocument('subscription { a }')).toBe(false);
  });
});

describe('hub data source', () => {
  const hub = (bounds?: HubCacheBounds) => new HubDataSource(buildHubSchema(NETWORKS), bounds);
  const request = (query: string, variables: Record<string, unknown> = {}) =>
    ({ request: { query, variables }, context: {}, kind: 'INCOMING_OPERATION' }) as unknown as Parameters<
      HubDataSource['process']
    >[0];

  it('answers a repeated fetch from what it kept, each time with a copy of its own', async () => {
    const source = hub();
    const q = 'query($c: [NetworkCode!]) { networks(codes: $c) { code name } }';
    const first = await source.process(request(q, { c: ['WACAP'] }));
    (first.data as { networks: { name: string }[] }).networks[0]!.name = 'changed by the gateway';
    const second = await source.process(request(q, { c: ['WACAP'] }));
    expect(second.data).toEqual({ networks: [{ code: 'WACAP', name: 'WACAP' }] });
    await source.process(request(q, { c: ['GLJC'] }));
    expect(source.counts).toEqual({ executed: 2, kept: 1 });
  });

  it('answers errors afresh and keeps nothing of them', async () => {
    const source = hub();
    const q = 'query($id: ID!) { node(id: $id) { id } }';
    for (let i = 0; i < 2; i++) {
      const res = await source.process(request(q, { id: 'not-an-id' }));
      expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
    expect(source.counts).toEqual({ executed: 2, kept: 0 });
    const invalid = await source.process(request('{ nope }'));
    expect(invalid.errors?.[0]?.message).toMatch(/nope/);
  });

  it.each(['constructor', '__proto__', 'toString'])(
    'answers node(id:) with the kind "%s", a property of every object, BAD_USER_INPUT like any unknown kind',
    async (kind) => {
      const res = await hub().process(
        request('query($id: ID!) { node(id: $id) { id } }', {
          id: `seajust:${kind}:00000000-0000-4000-8000-000000000000`,
        }),
      );
      expect(res.errors?.map((e) => [e.extensions?.code, e.message])).toEqual([
        ['BAD_USER_INPUT', expect.stringContaining(`unknown kind "${kind}"`)],
      ]);
    },
  );

  it('keeps answers and documents up to a bound in bytes, however many distinct texts a caller sends', async () => {
    // Bounds of 2 MiB and 1 MiB (the gateway's are 32 and 16), so that the test sends a few dozen texts, not hundreds.
    const bounds = { answers: 2 * 1024 * 1024, documents: 1024 * 1024 };
    const source = hub(bounds);
    // What an anonymous caller's query costs: 30 aliased country lists, about 140 kB of answer, a new alias prefix each time.
    const text = (i: number) =>
      `{ ${Array.from({ length: 30 }, (_, a) => `t${i}_${a}: countries { code alpha2 name networks { code name } }`).join(' ')} }`;
    const answerChars = JSON.stringify(await source.process(request(text(0)))).length;
    expect(answerChars).toBeGreaterThan(100_000);
    expect(answerChars).toBeLessThan(200_000);
    const texts = Math.ceil((2 * bounds.answers) / answerChars);
    let largest = { answers: 0, documents: 0 };
    for (let i = 1; i <= texts; i++) {
      await source.process(request(text(i)));
      const kept = source.keptBytes();
      largest = {
        answers: Math.max(largest.answers, kept.answers),
        documents: Math.max(largest.documents, kept.documents),
      };
    }
    expect(largest.answers).toBeGreaterThan(bounds.answers / 2);
    expect(largest.answers).toBeLessThanOrEqual(bounds.answers);
    expect(largest.documents).toBeGreaterThan(bounds.documents / 2);
    expect(largest.documents).toBeLessThanOrEqual(bounds.documents);
    // The first text was pushed out, long before 5,000 answers: it is executed again; the last is still kept.
    const before = { ...source.counts };
    await source.process(request(text(0)));
    await source.process(request(text(texts)));
    expect(source.counts).toEqual({ executed: before.executed + 1, kept: before.kept + 1 });
  }, 60_000);
});

describe('verified tokens', () => {
  it('are remembered, but never past their expiry', async () => {
    const auth = await createTestAuth(NETWORKS);
    const verify = await auth.verifier();
    const token = await auth.token(
      { subject: 'short-lived', roles: ['CONTACT_POINT'], network: 'wacap', country: 'NGA' },
      { expiresAt: Math.floor(Date.now() / 1000) + 2 },
    );
    const first = await verify(`Bearer ${token}`);
    expect(await verify(`Bearer ${token}`)).toBe(first);
    expect(Object.isFrozen(first) && Object.isFrozen(first.roles)).toBe(true);
    await new Promise((r) => setTimeout(r, 2100));
    await expect(verify(`Bearer ${token}`)).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
  });
});

describe('audited answers, from a real subgraph', () => {
  let fed: Awaited<ReturnType<typeof startInProcessFederation>>;
  beforeAll(async () => {
    fed = await startInProcessFederation({
      seed: async (key, env) => {
        if (key === 'seajust') await insertContactPoints(env.ds, [contactPointRow('KHM'), contactPointRow('THA')]);
      },
    });
  }, 120_000);
  afterAll(async () => {
    await fed?.close();
  });

  it("come from a gateway that has switched off Apollo's own usage reporting", () => {
    // Set where a process starts, before ApolloGateway reads it (gateway/src/main.ts; here test/support/environment.ts);
    // without it the gateway phones Apollo every hour.
    expect(process.env.APOLLO_TELEMETRY_DISABLED).toBe('true');
  });

  it('are marked when contact details were read, and only then', async () => {
    const token = await fed.auth.tokenAs('CONTACT_POINT', 'wacap', 'NGA');
    const url = fed.networks.get('seajust')!.server.url;
    const ask = (fields: string) =>
      fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...fed.auth.subgraphHeaders('seajust', token) },
        body: JSON.stringify({
          query: `query($r: [_Any!]!) { _entities(representations: $r) { ... on SeajustNetwork { contactPoints(first: 2) { nodes { ${fields} } } } } }`,
          variables: { r: [{ __typename: 'SeajustNetwork', code: 'SEAJUST' }] },
        }),
      });
    const plain = await ask('id fullName');
    expect(plain.status).toBe(200);
    expect(plain.headers.get(AUDITED_HEADER)).toBeNull();
    const details = await ask('id email');
    expect(details.status).toBe(200);
    expect(details.headers.get(AUDITED_HEADER)).toBe('2');
  });
});
