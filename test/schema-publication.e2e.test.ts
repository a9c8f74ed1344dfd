/**
 * Schema publication with real processes: the gateway runs two workers (node:cluster) over
 * SCHEMA_REGISTRY_DIR, SEAJust publishes with `npm run schema:publish` signed with its own
 * outbox key, every worker serves the new supergraph without a restart, and a restarted
 * gateway starts from the last recorded one.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { sha256 } from '#shared/auth/publication';
import { PublicationStore } from '../gateway/src/publication/store';
import { startTestFederation, type TestFederation } from './support/federation';
import type { GraphQLResponse } from './support/federation-http';
import { askUntil, lacksField, RELEASE_SDL, servesField, WITHOUT_FIELD } from './support/schema-publication';

const run = promisify(execFile);
let fed: TestFederation;
let dir: string;
let cascService: string;

/** `npm run schema:publish -- --network seajust [--schema file]`, signed with SEAJust's outbox key. */
async function publishWithCli(args: string[], signer = 'seajust') {
  try {
    const { stdout, stderr } = await run(
      process.execPath,
      ['--import', 'tsx', 'scripts/schema-publish.ts', '--network', 'seajust', ...args],
      {
        cwd: join(__dirname, '..'),
        env: {
          ...process.env,
          SERVICE_SIGNING_KEY: fed.auth.identity.services[signer]!.privateKeyPem,
          GATEWAY_ORIGIN: new URL(fed.gatewayUrl).origin,
        },
        maxBuffer: 10_000_000,
      },
    );
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

/** Every answer of `count` requests, each on a new connection, so that both workers answer some. */
async function eachWorker(count: number): Promise<GraphQLResponse[]> {
  const answers = [];
  for (let i = 0; i < count; i++)
    answers.push(await askUntil(fed.gatewayUrl, cascService, () => true, { connection: 'close' }));
  return answers;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'jcn-schema-registry-'));
  fed = await startTestFederation({ gatewayEnv: { GATEWAY_WORKERS: '2', SCHEMA_REGISTRY_DIR: dir } });
  cascService = await fed.auth.token({ subject: 'service:casc', roles: ['SERVICE'], network: 'casc' });
}, 240_000);

afterAll(async () => {
  await fed?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

it('every worker switches to a published supergraph without a restart, and a restart keeps it', async () => {
  for (const answer of await eachWorker(6)) expect(servesField(answer)).toBe(true);

  const file = join(dir, 'without-field.graphql');
  writeFileSync(file, WITHOUT_FIELD);
  const published = await publishWithCli(['--schema', file]);
  expect(published.stderr).toContain('published SEAJust');
  expect(published.code).toBe(0);
  // It prints what it sent, so `> file` keeps the version for a rollback.
  expect(published.stdout.trim()).toBe(WITHOUT_FIELD.trim());

  await askUntil(fed.gatewayUrl, cascService, lacksField);
  // Give the other worker the same few seconds to reload, then every answer is the new supergraph's.
  await new Promise((r) => setTimeout(r, 3000));
  for (const answer of await eachWorker(8)) expect(lacksField(answer)).toBe(true);

  const records = await new PublicationStore(dir).records();
  expect(records).toHaveLength(1);
  expect(records[0]).toMatchObject({ kind: 'published', network: 'seajust', sdlHash: sha256(WITHOUT_FIELD) });

  await fed.stopGateway();
  await fed.startGateway();
  for (const answer of await eachWorker(6)) expect(lacksField(answer)).toBe(true);

  // The release's SDL (no --schema) adds the field back.
  const release = await publishWithCli([]);
  expect(release.code).toBe(0);
  expect(release.stdout.trim()).toBe(RELEASE_SDL.trim());
  await askUntil(fed.gatewayUrl, cascService, servesField);
  await new Promise((r) => setTimeout(r, 3000));
  for (const answer of await eachWorker(8)) expect(servesField(answer)).toBe(true);
}, 240_000);

it("refuses SEAJust's SDL signed with CASC's key, with exit code 1 and the reason", async () => {
  const refused = await publishWithCli([], 'casc');
  expect(refused.code).toBe(1);
  expect(refused.stderr).toContain('SIGNATURE_INVALID');
  expect(await new PublicationStore(dir).records()).toHaveLength(2);
}, 60_000);
