/**
 * The gateway reloads the supergraph file when it changes: a network that the
 * first file does not know becomes queryable once the recomposed file lands.
 */
import { writeFileSync } from 'node:fs';
import { composeSupergraph } from '../scripts/compose';
import { NETWORKS, type NetworkDefinition } from '#shared/registry';
import { startInProcessFederation } from './support/in-process';

const LATECOMER: NetworkDefinition = {
  code: 'LATECOMER',
  key: 'latecomer',
  typePrefix: 'Latecomer',
  name: 'Latecomer',
  fullName: 'Network added while the gateway runs',
  region: 'Test',
  port: 4198,
  members: [{ country: 'FJI', joined: '2026-01-01' }],
};
const registry = [...NETWORKS, LATECOMER];

let fed: Awaited<ReturnType<typeof startInProcessFederation>>;

beforeAll(async () => {
  fed = await startInProcessFederation({ registry, supergraphSdl: composeSupergraph(NETWORKS) });
}, 120_000);

afterAll(async () => {
  await fed?.close();
});

it('serves the new supergraph after the file changes, without a restart', async () => {
  const QUERY = `{ networks(codes: [LATECOMER]) { code name contactPoints { totalCount } } }`;
  const token = await fed.auth.tokenAs('CONTACT_POINT', 'casc', 'ARM');
  const before = await fed.gql(QUERY, {}, token);
  expect(before.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');

  const ownBefore = fed.executions.own;
  writeFileSync(fed.supergraphPath!, composeSupergraph(registry));
  let after = await fed.gql(QUERY, {}, token);
  for (let i = 0; i < 50 && after.errors; i++) {
    await new Promise((r) => setTimeout(r, 100));
    after = await fed.gql(QUERY, {}, token);
  }
  expect(after.errors).toBeUndefined();
  expect(after.data).toEqual({
    networks: [{ code: 'LATECOMER', name: 'Latecomer', contactPoints: { totalCount: 0 } }],
  });
  // The gateway's own executor planned it over the new supergraph (the old one has no Latecomer types).
  expect(fed.executions.own).toBeGreaterThan(ownBefore);
});
