/** Liveness and readiness of a subgraph: /live answers while the process does, /health also asks its database. */
import type { Listening } from '#shared/http';
import { findNetwork, NETWORKS } from '#shared/registry';
import { createTestAuth } from '../../test/support/auth';
import { createMigratedDataSource } from '../../test/support/db';
import { testSubgraph } from '../../test/support/subgraph';

const casc = findNetwork(NETWORKS, 'casc')!;
let env: Awaited<ReturnType<typeof createMigratedDataSource>>;
let server: Listening;

beforeAll(async () => {
  const auth = await createTestAuth(NETWORKS);
  env = await createMigratedDataSource('liveness');
  server = await (await testSubgraph(casc, env.ds, auth)).listen(0);
}, 60_000);

afterAll(async () => {
  await server?.close();
  // The test destroys the data source itself; the database still goes.
  if (env?.ds.isInitialized) await env.close();
  else await env?.db.drop();
});

const get = async (path: string) => {
  const res = await fetch(server.url.replace('/graphql', path));
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
};

it('stays live while its database is away, and is not ready then', async () => {
  expect(await get('/health')).toEqual({ status: 200, body: { ok: true, network: 'CASC', database: 'up' } });
  expect(await get('/live')).toEqual({ status: 200, body: { ok: true } });

  await env.ds.destroy();

  expect(await get('/health')).toEqual({ status: 503, body: { ok: false, network: 'CASC', database: 'down' } });
  expect(await get('/live')).toEqual({ status: 200, body: { ok: true } });
});
