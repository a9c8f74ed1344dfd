/**
 * Schema publication through the running gateway (SCHEMA_REGISTRY_DIR): a network signs its
 * SDL with its own service key, the hub checks the signature against the key it holds, what
 * the network may publish and the composition, records it, and every gateway over the folder
 * switches to the new supergraph without a restart. Real subgraphs over HTTP, real databases.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sha256, signPublication, type SignedPublication } from '#shared/auth/publication';
import { NETWORKS } from '#shared/registry';
import { PUBLICATIONS_PATH } from '../gateway/src/publication/endpoint';
import { PublicationStore } from '../gateway/src/publication/store';
import { readUsage } from '../gateway/src/publication/usage';
import { SUPERGRAPH_PATH } from '../gateway/src/supergraph/names';
import { networkSubgraphSdl } from '../subgraphs/src/schema/template';
import { postGraphQL, type GraphQLResponse } from './support/federation-http';
import { startInProcessFederation } from './support/in-process';
import {
  askUntil,
  FIELD_QUERY,
  lacksField,
  RELEASE_SDL,
  sendPublication,
  servesField,
  without,
  WITHOUT_FIELD,
} from './support/schema-publication';

let fed: Awaited<ReturnType<typeof startInProcessFederation>>;
let dir: string;
let store: PublicationStore;
/** A second gateway over the same folder: another worker or replica. */
let other: { url: string };
let cascService: string;

const origin = (graphqlUrl: string) => new URL(PUBLICATIONS_PATH, graphqlUrl).toString();
const send = (body: SignedPublication | Record<string, unknown>, url = fed.gatewayUrl) => sendPublication(url, body);

/** Signs `sdl` for `network` with `signer`'s service key (its own unless said otherwise). */
const signed = (sdl: string, network = 'seajust', signer = network, lifetime?: number) =>
  signPublication(fed.auth.identity.services[signer]!.privateKeyPem, network, sdl, lifetime);

const publish = async (sdl: string, network = 'seajust') => send(await signed(sdl, network));

const until = (url: string, done: (r: GraphQLResponse) => boolean) => askUntil(url, cascService, done);

const supergraphNow = () => readFileSync(store.supergraphPath, 'utf8');

/** Reloading a supergraph takes seconds, more on a busy machine. */
jest.setTimeout(180_000);

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'jcn-schema-registry-'));
  store = new PublicationStore(dir);
  fed = await startInProcessFederation({ gatewayEnv: { SCHEMA_REGISTRY_DIR: dir, USAGE_FLUSH_SECONDS: '1' } });
  other = await fed.extraGateway({});
  cascService = await fed.auth.token({ subject: 'service:casc', roles: ['SERVICE'], network: 'casc' });
}, 180_000);

afterAll(async () => {
  await fed?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('a network publishes its subgraph', () => {
  it('starts from the release supergraph and serves the field', async () => {
    expect(supergraphNow()).toBe(readFileSync(SUPERGRAPH_PATH, 'utf8'));
    expect(servesField(await until(fed.gatewayUrl, servesField))).toBe(true);
  });

  it('a valid publication reloads every gateway without a restart, and a newly added field answers', async () => {
    const first = await publish(WITHOUT_FIELD);
    expect(first.status).toBe(201);
    expect(first.body.published).toMatchObject({ version: 1, network: 'seajust', sdlHash: sha256(WITHOUT_FIELD) });
    expect(lacksField(await until(fed.gatewayUrl, lacksField))).toBe(true);
    expect(lacksField(await until(other.url, lacksField))).toBe(true);

    const second = await publish(RELEASE_SDL);
    expect(second.status).toBe(201);
    // Composed with the others' latest (the release's, none has published): the release's own supergraph.
    expect(second.body.published).toMatchObject({
      version: 2,
      compositionHash: sha256(readFileSync(SUPERGRAPH_PATH, 'utf8')),
    });
    for (const url of [fed.gatewayUrl, other.url]) {
      const answer = await until(url, servesField);
      expect(answer.errors).toBeUndefined();
      expect(answer.data).toEqual({ network: { code: 'SEAJUST', receivedReferences: [] } });
    }
    const records = await store.records();
    expect(records.map((r) => [r.kind, r.network, r.kind === 'published' ? r.version : 0])).toEqual([
      ['published', 'seajust', 1],
      ['published', 'seajust', 2],
    ]);
    expect(records[1]).toMatchObject({ sdl: RELEASE_SDL, sdlHash: sha256(RELEASE_SDL) });
  });

  it("refuses a publication signed with another network's key, or an SDL other than the one signed", async () => {
    const before = { records: (await store.records()).length, supergraph: supergraphNow() };
    const byCasc = await send(await signed(WITHOUT_FIELD, 'seajust', 'casc'));
    expect(byCasc.status).toBe(401);
    expect(byCasc.body.errors).toEqual([{ code: 'SIGNATURE_INVALID', message: expect.stringContaining('seajust') }]);
    // SEAJust's key, claiming to publish CASC's subgraph.
    const forCasc = await send(await signed(networkSubgraphSdl(NETWORKS[0]!, NETWORKS), 'casc', 'seajust'));
    expect(forCasc.body.errors?.map((e) => e.code)).toEqual(['SIGNATURE_INVALID']);
    const swapped = { ...(await signed(RELEASE_SDL)), sdl: WITHOUT_FIELD };
    expect((await send(swapped)).body.errors?.map((e) => e.code)).toEqual(['SDL_HASH_MISMATCH']);
    const unknown = await send({ network: 'atlantis', sdl: RELEASE_SDL, signature: 'x' });
    expect([unknown.status, unknown.body.errors?.map((e) => e.code)]).toEqual([400, ['NETWORK_UNKNOWN']]);
    // Nothing recorded (nobody signed these), nothing served differently.
    expect({ records: (await store.records()).length, supergraph: supergraphNow() }).toEqual(before);
  });

  it("refuses, and records, a publication that defines or extends another network's or the hub's types", async () => {
    const before = supergraphNow();
    const hostile = `${RELEASE_SDL}
extend type CascNetwork { seajustNote: String }
type CascSecret @key(fields: "id") { id: ID! }
extend type Country { treatyInForce: Boolean }
extend type Mutation { casc: SeajustMutations! }
extend type SeajustNetwork { name: String }
`;
    const answer = await publish(hostile);
    expect(answer.status).toBe(422);
    expect(answer.body.errors?.map((e) => e.code)).toEqual([
      'FOREIGN_FIELD',
      'FOREIGN_TYPE',
      'SHARED_DEFINITION_CHANGED',
      'ROOT_FIELD_NOT_OWN',
      'HUB_FIELD',
    ]);
    expect(answer.body.errors?.[0]?.message).toContain('CascNetwork.seajustNote');
    const last = (await store.records()).at(-1)!;
    expect(last).toMatchObject({ kind: 'refused', network: 'seajust', sdlHash: sha256(hostile) });
    expect(last.kind === 'refused' && last.errors.map((e) => e.code)).toEqual(answer.body.errors?.map((e) => e.code));
    expect(supergraphNow()).toBe(before);
  });

  it('keeps the current supergraph on a composition error and names every error', async () => {
    const before = supergraphNow();
    // SeajustNetwork without a field of the Network interface it implements.
    const broken = without('SeajustNetwork', 'countryProfiles');
    const answer = await publish(broken);
    expect(answer.status).toBe(422);
    expect(answer.body.errors?.length).toBeGreaterThan(0);
    for (const e of answer.body.errors ?? []) expect(e.code).toBe('COMPOSITION_FAILED');
    expect(answer.body.errors?.map((e) => e.message).join('\n')).toContain('countryProfiles');
    expect(supergraphNow()).toBe(before);
    expect((await store.records()).at(-1)).toMatchObject({ kind: 'refused', network: 'seajust' });
    // The gateway still answers over the previous supergraph.
    expect(
      servesField(await postGraphQL(fed.gatewayUrl, FIELD_QUERY, {}, { authorization: `Bearer ${cascService}` })),
    ).toBe(true);
  });

  it('refuses a replayed publication, and one past its expiry', async () => {
    const publication = await signed(RELEASE_SDL);
    expect((await send(publication)).status).toBe(201);
    const replay = await send(publication);
    expect([replay.status, replay.body.errors?.map((e) => e.code)]).toEqual([409, ['PUBLICATION_REPLAYED']]);
    // The same signed publication at another gateway of the folder: the nonce is the folder's, not the process's.
    expect((await send(publication, other.url)).body.errors?.map((e) => e.code)).toEqual(['PUBLICATION_REPLAYED']);
    const expired = await send(await signed(RELEASE_SDL, 'seajust', 'seajust', -5));
    expect(expired.body.errors?.map((e) => e.code)).toEqual(['PUBLICATION_EXPIRED']);
    const tooLong = await send(await signed(RELEASE_SDL, 'seajust', 'seajust', 24 * 3600));
    expect(tooLong.body.errors?.map((e) => e.code)).toEqual(['SIGNATURE_INVALID']);
  });

  it('rolls back by publishing an earlier version again', async () => {
    const records = await store.records();
    const v1 = records.find((r) => r.kind === 'published' && r.version === 1)!;
    expect(v1.kind).toBe('published');
    const earlier = v1.kind === 'published' ? v1.sdl : '';
    const rollback = await publish(earlier);
    expect(rollback.status).toBe(201);
    expect(rollback.body.published?.compositionHash).toBe(v1.kind === 'published' && v1.compositionHash);
    expect(lacksField(await until(fed.gatewayUrl, lacksField))).toBe(true);
    expect(lacksField(await until(other.url, lacksField))).toBe(true);
  });

  it('a gateway started afterwards serves the last recorded supergraph, even if the file was lost', async () => {
    const last = (await store.records()).filter((r) => r.kind === 'published').at(-1)!;
    rmSync(store.supergraphPath);
    const restarted = await fed.extraGateway({});
    expect(lacksField(await until(restarted.url, lacksField))).toBe(true);
    expect(last.kind === 'published' && sha256(supergraphNow()) === last.compositionHash).toBe(true);
  });

  it('answers only POST with JSON', async () => {
    const get = await fetch(origin(fed.gatewayUrl));
    expect(get.status).toBe(405);
    const bad = await fetch(origin(fed.gatewayUrl), { method: 'POST', body: 'not json' });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { errors: { code: string }[] }).errors[0]!.code).toBe('PUBLICATION_MALFORMED');
  });
});

describe('the operations the gateway serves', () => {
  const COUNTRY = 'query Country($code: String!) { country(code: $code) { name } }';
  const byLiteral = (code: string) => `query CountryByLiteral { here: country(code: "${code}") { name alpha2 } }`;

  it('are recorded as signatures without variables or literals, counted per client name', async () => {
    const as = (client: string) => ({ 'apollographql-client-name': client });
    for (const code of ['KHM', 'THA']) {
      const answer = await postGraphQL(fed.gatewayUrl, byLiteral(code), {}, as('jcn-console'));
      expect(answer.errors).toBeUndefined();
    }
    await postGraphQL(fed.gatewayUrl, COUNTRY, { code: 'VNM' }, as('report-script'));
    await postGraphQL(fed.gatewayUrl, COUNTRY, { code: 'LAO' }, as('report script; DROP TABLE'));
    // Refused before it resolved (no such field): not an operation in use.
    await postGraphQL(fed.gatewayUrl, '{ countryy(code: "MMR") { name } }', {}, as('jcn-console'));

    let rows = await readUsage(dir);
    for (let i = 0; i < 100 && !rows.some((r) => r.operationName === 'Country' && r.client === 'unknown'); i++) {
      await new Promise((r) => setTimeout(r, 100));
      rows = await readUsage(dir);
    }
    const literal = rows.filter((r) => r.operationName === 'CountryByLiteral');
    expect(literal).toEqual([
      {
        client: 'jcn-console',
        operationName: 'CountryByLiteral',
        signature: 'query CountryByLiteral{country(code:""){alpha2 name}}',
        count: 2,
      },
    ]);
    expect(rows.filter((r) => r.operationName === 'Country').map((r) => [r.client, r.signature, r.count])).toEqual(
      expect.arrayContaining([
        ['report-script', 'query Country($code:String!){country(code:$code){name}}', 1],
        ['unknown', 'query Country($code:String!){country(code:$code){name}}', 1],
      ]),
    );
    const files = readdirSync(join(dir, 'usage')).map((f) => readFileSync(join(dir, 'usage', f), 'utf8'));
    const text = files.join('');
    for (const value of ['KHM', 'THA', 'VNM', 'LAO', 'MMR', 'countryy', 'DROP', 'here:'])
      expect(text).not.toContain(value);
  });
});
