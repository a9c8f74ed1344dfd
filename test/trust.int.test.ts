/**
 * Trust between organisations (issue 9, holes 4, 5 and 8): each signer may
 * assert only what it is for, user tokens never leave the gateway, and key
 * removal and token lifetimes are bounded.
 */
import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { decodeJwt, exportJWK, importSPKI } from 'jose';
import { generateDevKeys, signToken } from '../scripts/lib/dev-keys';
import { SERVICE_AUDIENCE, serviceIssuer } from '#shared/auth/trust';
import { NETWORKS } from '#shared/registry';
import { createTestAuth } from './support/auth';
import { postGraphQL, type GraphQLResponse } from './support/federation-http';
import { startInProcessFederation } from './support/in-process';

let fed: Awaited<ReturnType<typeof startInProcessFederation>>;

beforeAll(async () => {
  fed = await startInProcessFederation();
}, 120_000);

afterAll(async () => {
  await fed?.close();
});

const codes = (res: GraphQLResponse) => (res.errors ?? []).map((e) => e.extensions?.code);
const AUDIT_LOG = `{ network(code: SEAJUST) { ... on SeajustNetwork { auditLog(first: 1) { totalCount } } } }`;
const CONTACTS = `{ networks { code contactPoints(first: 1) { totalCount } } }`;

/** Signs with CASC's outbox key, as CASC's operator could. */
const signedByCasc = (claims: Parameters<typeof signToken>[1], issuer = serviceIssuer('casc')) =>
  signToken(fed.auth.identity.services.casc!.privateKeyPem, claims, {
    issuer,
    audience: SERVICE_AUDIENCE,
    expiresAt: '5m',
  });

describe("a network's signing key speaks for that network's delivery service only", () => {
  it.each([
    ['SECRETARIAT of SEAJust', () => signedByCasc({ subject: 'mallory', roles: ['SECRETARIAT'], network: 'seajust' })],
    ['SERVICE of SEAJust', () => signedByCasc({ subject: 'mallory', roles: ['SERVICE'], network: 'seajust' })],
    [
      'SERVICE and SECRETARIAT of CASC',
      () => signedByCasc({ subject: 'mallory', roles: ['SERVICE', 'SECRETARIAT'], network: 'casc' }),
    ],
    [
      'SERVICE of CASC with a country',
      () => signedByCasc({ subject: 'mallory', roles: ['SERVICE'], network: 'casc', country: 'KAZ' }),
    ],
    [
      "SERVICE of SEAJust, posing as SEAJust's issuer",
      () => signedByCasc({ subject: 'mallory', roles: ['SERVICE'], network: 'seajust' }, serviceIssuer('seajust')),
    ],
    [
      'a person, posing as the identity provider',
      () => signedByCasc({ subject: 'mallory', roles: ['SECRETARIAT'], network: 'seajust' }, fed.auth.issuer),
    ],
  ])("refuses a token CASC's key signed for %s, with UNAUTHENTICATED", async (_label, make) => {
    const res = await fed.gql(AUDIT_LOG, {}, await make());
    expect(res.status).toBe(401);
    expect(codes(res)).toEqual(['UNAUTHENTICATED']);
    expect(res.data ?? null).toBeNull();
  });

  it('refuses a SERVICE identity from the identity provider', async () => {
    const token = await signToken(fed.auth.identity.idp.privateKeyPem, {
      subject: 'svc',
      roles: ['SERVICE'],
      network: 'seajust',
    });
    const res = await fed.gql(CONTACTS, {}, token);
    expect(res.status).toBe(401);
    expect(res.errors?.[0]?.message).toMatch(/identity provider may not assert the SERVICE role/);
  });

  it("accepts CASC's own SERVICE token, and the receiving network still checks the delivery comes from the other side of that referral", async () => {
    const cascService = await fed.auth.token({ subject: 'service:casc', roles: ['SERVICE'], network: 'casc' });
    const res = await fed.gql<{ wacap: unknown }>(
      `mutation($d: ReferralDeliveryInput!) { wacap { receiveReferral(delivery: $d) { accepted } } }`,
      {
        d: {
          id: `seajust:ref:${randomUUID()}`,
          reference: 'SEAJUST-2026-000001',
          originNetwork: 'SEAJUST',
          destinationNetwork: 'WACAP',
          originCountry: 'KHM',
          destinationCountry: 'NGA',
          from: `seajust:cp:${randomUUID()}`,
          kind: 'MUTUAL_LEGAL_ASSISTANCE',
          measures: ['BANK_INFORMATION'],
          crimeAreas: ['MONEY_LAUNDERING'],
          urgency: 'URGENT',
          subject: 'forged by CASC',
          formalReferences: [],
          createdAt: new Date().toISOString(),
          events: [],
        },
      },
      cascService,
    );
    expect(res.status).toBe(200);
    expect(codes(res)).toEqual(['FORBIDDEN']);
    const [{ n }] = await fed.networks.get('wacap')!.env.ds.query(`SELECT count(*)::int AS n FROM referrals`);
    expect(n).toBe(0);
  });
});

describe("a person's token never leaves the gateway", () => {
  it('sends each network a short-lived token of its own, which no other network and not the gateway accepts', async () => {
    const userToken = await fed.auth.tokenAs('CONTACT_POINT', 'wacap', 'NGA');
    const seen = new Map<string, string>();
    for (const [key, n] of fed.networks) {
      n.server.server.on('request', (req) => {
        const auth = req.headers.authorization;
        if (auth) seen.set(key, auth.replace(/^Bearer /, ''));
      });
    }
    const res = await fed.gql(CONTACTS, {}, userToken);
    expect(res.errors).toBeUndefined();
    expect([...seen.keys()].sort()).toEqual(NETWORKS.map((n) => n.key).sort());
    for (const [key, token] of seen) {
      expect(token).not.toBe(userToken);
      const claims = decodeJwt(token);
      expect(claims).toMatchObject({
        iss: 'urn:jcn:gateway',
        aud: `urn:jcn:network:${key}`,
        sub: 'test-contact_point-wacap',
        roles: ['CONTACT_POINT'],
        network: 'wacap',
        country: 'NGA',
      });
      expect(Number(claims.exp) - Number(claims.iat)).toBeLessThanOrEqual(60);
    }
    // CASC's operator replays what it received at SEAJust's subgraph (even holding SEAJust's secret), and at the gateway.
    const stolen = seen.get('casc')!;
    const atSeajust = await postGraphQL(
      fed.networks.get('seajust')!.server.url,
      `{ _service { sdl } }`,
      {},
      fed.auth.rawSubgraphHeaders('seajust', stolen),
    );
    expect(atSeajust.status).toBe(401);
    expect(atSeajust.errors?.[0]?.message).toMatch(/another audience/);
    const atGateway = await fed.gql(CONTACTS, {}, stolen);
    expect(atGateway.status).toBe(401);
  });

  it("refuses a person's own valid token straight at a subgraph, even with the subgraph secret", async () => {
    const userToken = await fed.auth.tokenAs('SECRETARIAT', 'seajust');
    const res = await postGraphQL(
      fed.networks.get('seajust')!.server.url,
      '{ _service { sdl } }',
      {},
      fed.auth.rawSubgraphHeaders('seajust', userToken),
    );
    expect(res.status).toBe(401);
    expect(res.errors?.[0]?.message).toMatch(/accepts only tokens the hub's gateway signed for it/);
  });
});

describe('token lifetimes and key removal', () => {
  it("refuses a person's token that lives longer than the maximum, and accepts one within it", async () => {
    const now = Math.floor(Date.now() / 1000);
    const claims = { subject: 'long', roles: ['CONTACT_POINT' as const], network: 'wacap', country: 'NGA' };
    const tooLong = await fed.auth.token(claims, { expiresAt: now + 13 * 3600 });
    const refused = await fed.gql(CONTACTS, {}, tooLong);
    expect(refused.status).toBe(401);
    expect(refused.errors?.[0]?.message).toMatch(/lives 780 minutes; this hub accepts at most 720/);
    const fine = await fed.gql(CONTACTS, {}, await fed.auth.token(claims, { expiresAt: now + 12 * 3600 }));
    expect(fine.errors).toBeUndefined();
  });

  it('stops accepting a key within the key set cache time once the identity provider removes it', async () => {
    const auth = await createTestAuth(NETWORKS);
    const current = {
      ...(await exportJWK(await importSPKI(auth.identity.idp.publicKeyPem, 'ES256'))),
      kid: 'k1',
      alg: 'ES256',
      use: 'sig',
    };
    const replacement = {
      ...(await exportJWK(await importSPKI((await generateDevKeys()).publicKeyPem, 'ES256'))),
      kid: 'k2',
      alg: 'ES256',
      use: 'sig',
    };
    let keys = [current];
    const jwks: Server = createServer((_req, res) => {
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ keys }));
    });
    await new Promise<void>((r) => jwks.listen(0, '127.0.0.1', () => r()));
    try {
      const verify = await auth.verifier({
        jwksUrl: `http://127.0.0.1:${(jwks.address() as AddressInfo).port}/jwks.json`,
        jwksCacheSeconds: 1,
      });
      const token = await signToken(auth.identity.idp.privateKeyPem, { subject: 'rotated', roles: ['CONTACT_POINT'] });
      await expect(verify(`Bearer ${token}`)).resolves.toMatchObject({ subject: 'rotated' });
      keys = [replacement];
      await new Promise((r) => setTimeout(r, 1100));
      await expect(verify(`Bearer ${token}`)).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
    } finally {
      jwks.close();
    }
  });

  it('npm run token will not mint a token longer than the maximum, nor a SERVICE token from the identity provider', async () => {
    const run = promisify(execFile);
    const env = { ...process.env, JCN_DATA_DIR: mkdtempSync(join(tmpdir(), 'jcn-token-')) };
    const tsx = [join(__dirname, '..', 'node_modules', '.bin', 'tsx'), join(__dirname, '..', 'scripts', 'token.ts')];
    await expect(run(tsx[0]!, [tsx[1]!, '--role', 'CONTACT_POINT', '--expires', '10y'], { env })).rejects.toMatchObject(
      {
        code: 2,
        stderr: expect.stringMatching(/--expires may be at most 12 h/),
      },
    );
    const { stdout } = await run(tsx[0]!, [tsx[1]!, '--role', 'SERVICE', '--network', 'gljc'], { env });
    expect(decodeJwt(stdout.trim())).toMatchObject({ iss: serviceIssuer('gljc'), roles: ['SERVICE'], network: 'gljc' });
  }, 30_000);
});
