/**
 * Growth: a fifth network is a registry entry, nothing more. The test adds a
 * throwaway network, composes, starts every subgraph from the same code and
 * routes `node(id:)` to the newcomer through the gateway.
 */
import { randomUUID } from 'node:crypto';
import { NETWORKS, assertValidRegistry, type NetworkDefinition } from '../shared/src/registry';
import { startInProcessFederation } from './support/in-process';

const ATLANTIS: NetworkDefinition = {
  code: 'ATLANTIS',
  key: 'atlantis',
  typePrefix: 'Atlantis',
  name: 'Atlantis',
  fullName: 'Throwaway Test Network',
  region: 'North Atlantic',
  port: 4199,
  members: [
    { country: 'ISL', joined: '2026-01-01' },
    { country: 'NOR', joined: '2026-01-01' },
  ],
};
const registry = [...NETWORKS, ATLANTIS];

let fed: Awaited<ReturnType<typeof startInProcessFederation>>;

beforeAll(async () => {
  assertValidRegistry(registry);
  fed = await startInProcessFederation({ registry });
}, 120_000);

afterAll(async () => {
  await fed?.close();
});

it('lists, writes to and routes node(id:) to a fifth network added only to the registry', async () => {
  const networks = await fed.gql<{
    networks: { code: string; name: string }[];
    country: { networks: { code: string }[] };
  }>(`{ networks { code name } country(code: "IS") { networks { code } } }`);
  expect(networks.errors).toBeUndefined();
  expect(networks.data!.networks.map((n) => n.code)).toEqual(['CASC', 'WACAP', 'GLJC', 'SEAJUST', 'ATLANTIS']);
  expect(networks.data!.country.networks).toEqual([{ code: 'ATLANTIS' }]);

  const secretariat = await fed.auth.tokenAs('SECRETARIAT', 'atlantis', 'ISL');
  const created = await fed.gql<{ atlantis: { createContactPoint: { id: string } } }>(
    `mutation($key: String!) { atlantis { createContactPoint(idempotencyKey: $key, input: {
       country: "ISL", fullName: "Test Person", organization: "Test Prosecution (demo)", roles: [PROSECUTOR],
       expertise: [CYBERCRIME], languages: ["is", "en"], available24x7: false }) { id } } }`,
    { key: randomUUID() },
    secretariat,
  );
  expect(created.errors).toBeUndefined();
  const id = created.data!.atlantis.createContactPoint.id;
  expect(id).toMatch(/^atlantis:cp:/);

  const node = await fed.gql<{
    node: {
      __typename: string;
      id: string;
      fullName: string;
      country: { name: string };
      network: { code: string; name: string };
    };
  }>(
    `query($id: ID!) { node(id: $id) { __typename id ... on ContactPoint { fullName country { name } network { code name } } } }`,
    { id },
    secretariat,
  );
  expect(node.errors).toBeUndefined();
  expect(node.data!.node).toEqual({
    __typename: 'AtlantisContactPoint',
    id,
    fullName: 'Test Person',
    country: { name: 'Iceland' },
    network: { code: 'ATLANTIS', name: 'Atlantis' },
  });
});
