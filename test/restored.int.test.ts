/**
 * `npm run restored` when another network lies. WACAP's subgraph sits behind a real HTTP server that
 * rewrites its answer to receivedReferences, as a hostile WACAP can (it runs its own subgraph); the
 * gateway and the other networks are the real federation in process, on real databases. CASC
 * (Kazakhstan) has sent referrals to WACAP (Nigeria) and GLJC (Kenya), and is the restored network.
 */
import { execFile } from 'node:child_process';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { subgraphUrlVar } from '../gateway/src/config';
import { StartupError } from '#shared/config';
import { NETWORKS } from '#shared/registry';
import { createOutboxWorker } from '../subgraphs/src/deliveries';
import { resumeReferences, type Claim } from '../subgraphs/src/restored';
import { queryDatabase } from './support/db';
import { contactPointRow, insertContactPoints } from './support/contact-points';
import { startInProcessFederation } from './support/in-process';
import { contactPointToken, createReferral, referralInput } from './support/referrals';

const run = promisify(execFile);
const casc = NETWORKS.find((n) => n.key === 'casc')!;
const year = new Date().getUTCFullYear();
let fed: Awaited<ReturnType<typeof startInProcessFederation>>;
let origin: { token: string; id: string };

/** What WACAP answers as receivedReferences instead of the truth; the truth passes unchanged while undefined. */
let lie: unknown;
let wacapUpstream = '';

/** Replaces every receivedReferences in a JSON answer with the lie. */
function rewrite(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(rewrite);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, k === 'receivedReferences' ? lie : rewrite(v)]));
}

/** WACAP's hostile front: forwards everything to its real subgraph and rewrites the answers on the way back. */
async function hostileWacap(): Promise<Server & { url: string }> {
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const upstream = new URL(req.url ?? '/', wacapUpstream);
      const headers = { ...req.headers, host: upstream.host };
      const out = request(upstream, { method: req.method, headers }, (answer) => {
        const parts: Buffer[] = [];
        answer.on('data', (c: Buffer) => parts.push(c));
        answer.on('end', () => {
          let body = Buffer.concat(parts).toString('utf8');
          if (lie !== undefined && body.includes('receivedReferences'))
            body = JSON.stringify(rewrite(JSON.parse(body)));
          const { 'content-length': _length, 'transfer-encoding': _encoding, ...rest } = answer.headers;
          res.writeHead(answer.statusCode ?? 502, { ...rest, 'content-length': Buffer.byteLength(body) });
          res.end(body);
        });
      });
      out.on('error', () => res.writeHead(502).end());
      out.end(Buffer.concat(chunks));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return Object.assign(server, { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql` });
}

let front: Awaited<ReturnType<typeof hostileWacap>>;
const sql = <T extends Record<string, unknown>>(network: string, text: string, params: unknown[] = []): Promise<T[]> =>
  fed.networks.get(network)!.env.ds.query(text, params);
const harness = () => ({ sql, auth: fed.auth, gql: fed.gql });
const serviceToken = (network: string) =>
  fed.auth.token({ subject: `service:${network}`, roles: ['SERVICE'], network });
const cascDs = () => fed.networks.get('casc')!.env.ds;
const counter = async () =>
  (await sql<{ last: number }>('casc', `SELECT last FROM referral_counters WHERE year = $1`, [year]))[0]?.last;
const setCounter = (last: number) =>
  sql('casc', `UPDATE referral_counters SET last = $1 WHERE year = $2`, [last, year]);
/** The highest of CASC's references a network holds. */
const held = async (network: string) =>
  (
    await sql<{ last: number }>(
      network,
      `SELECT max(right(reference, 6)::int) AS last FROM referrals WHERE side = 'DESTINATION' AND origin_network = 'casc'`,
    )
  )[0]!.last;
const resume = (more: Partial<Parameters<typeof resumeReferences>[0]> = {}) =>
  resumeReferences({
    ds: cascDs(),
    network: casc,
    registry: NETWORKS,
    gatewayUrl: fed.gatewayUrl,
    serviceToken: () => serviceToken('casc'),
    ...more,
  });
const cascState = () =>
  sql(
    'casc',
    `SELECT (SELECT count(*) FROM referrals) AS referrals, (SELECT count(*) FROM outbox) AS outbox, (SELECT json_agg(c ORDER BY year) FROM referral_counters c) AS counters`,
  );

beforeAll(async () => {
  front = await hostileWacap();
  const people: Record<string, string> = { casc: 'KAZ', gljc: 'KEN', wacap: 'NGA' };
  fed = await startInProcessFederation({
    seed: async (key, env) => {
      if (people[key]) await insertContactPoints(env.ds, [contactPointRow(people[key])]);
    },
    gatewayEnv: { [subgraphUrlVar('WACAP')]: front.url },
  });
  wacapUpstream = fed.networks.get('wacap')!.server.url;
  origin = await contactPointToken(harness(), 'casc', 'KAZ');
  for (const country of ['NGA', 'NGA', 'KEN']) await createReferral(harness(), 'casc', origin.token, country);
  const worker = createOutboxWorker({
    ds: cascDs(),
    network: casc,
    gatewayUrl: fed.gatewayUrl,
    serviceToken: () => serviceToken('casc'),
  });
  while (await worker.round());
  expect(await held('wacap')).toBe(2);
}, 180_000);

afterEach(() => {
  lie = undefined;
});

afterAll(async () => {
  await fed?.close();
  await new Promise((resolve) => front?.close(resolve));
});

describe('a hostile network’s answer to npm run restored', () => {
  it('refuses a series no network can hold (2147483647, beyond six digits, a future year, a year twice) and changes nothing', async () => {
    const before = await cascState();
    for (const series of [
      [{ year, last: 2_147_483_647 }],
      [{ year, last: 1_000_000 }],
      [{ year, last: 0 }],
      [{ year: year + 1, last: 5 }],
      [{ year: 1999, last: 5 }],
      [
        { year, last: 3 },
        { year, last: 4 },
      ],
    ]) {
      lie = series;
      const refused = await resume().catch((e: unknown) => e);
      expect([series, refused instanceof StartupError && refused.message]).toEqual([
        series,
        expect.stringMatching(/^WACAP answered with references of CASC that cannot exist \(.+\); nothing changed\./),
      ]);
    }
    expect(await cascState()).toEqual(before);
  });

  it('shows each network’s claim, and moves a counter more than 1,000 past what the database knows only when the operator accepts that reference', async () => {
    const known = await counter();
    const claimed = known! + 5_000;
    const reference = `CASC-${year}-${String(claimed).padStart(6, '0')}`;
    lie = [{ year, last: claimed }];
    const before = await cascState();
    const lines: string[] = [];
    const asked: Claim[] = [];
    const refused = await resume({ log: (l) => lines.push(l), confirm: async (c) => (asked.push(c), false) }).catch(
      (e: Error) => e.message,
    );
    expect(lines).toEqual([
      `WACAP holds ${reference} as the last of CASC-${year} (this database knows up to ${known})`,
      `GLJC holds CASC-${year}-${String(await held('gljc')).padStart(6, '0')} as the last of CASC-${year} (this database knows up to ${known})`,
      'SEAJUST holds no reference of CASC',
    ]);
    expect(asked.map((c) => [c.network.code, c.reference, c.known])).toEqual([['WACAP', reference, known]]);
    expect(refused).toContain(`WACAP holds ${reference}, 5000 after this database's ${known}`);
    expect(refused).toContain(`--accept-jump wacap=${reference}`);
    // Accepting another number (the claim changed since the operator looked) is no acceptance.
    await expect(resume({ accept: [`wacap=CASC-${year}-${String(claimed - 1).padStart(6, '0')}`] })).rejects.toThrow(
      /Nothing changed/,
    );
    expect(await cascState()).toEqual(before);

    expect(await resume({ accept: [`WACAP=${reference}`] })).toEqual([{ year, before: known, last: claimed }]);
    expect(await counter()).toBe(claimed);
    await setCounter(known!);
  });

  it('refuses createReferral with REFERENCE_SERIES_FULL at the six-digit bound, out of it too, and restored sets such a counter back', async () => {
    const honest = Math.max(await held('wacap'), await held('gljc'));
    const create = () =>
      fed.gql<{ casc: unknown }>(
        `mutation($input: ReferralInput!, $key: String!) { casc { createReferral(input: $input, idempotencyKey: $key) { reference } } }`,
        { input: referralInput('NGA'), key: `full-${Math.random()}` },
        origin.token,
      );
    await setCounter(999_999);
    const before = await cascState();
    const full = await create();
    expect(full.data?.casc ?? null).toBeNull();
    expect(full.errors?.[0]?.extensions?.code).toBe('REFERENCE_SERIES_FULL');
    expect(full.errors?.[0]?.message).toMatch(/no reference number left for \d{4}/);
    expect(await cascState()).toEqual(before);
    // The database itself refuses a counter no reference can carry.
    await expect(setCounter(1_000_000)).rejects.toThrow(/referral_counters_six_digits/);

    // A counter the old restored moved to 2147483647 before this check existed: a clear refusal, not "integer out of range".
    const owner = fed.networks.get('casc')!.env.db!.url;
    await queryDatabase(owner, `ALTER TABLE referral_counters DROP CONSTRAINT referral_counters_six_digits`);
    await queryDatabase(owner, `UPDATE referral_counters SET last = 2147483647 WHERE year = $1`, [year]);
    await queryDatabase(
      owner,
      `ALTER TABLE referral_counters ADD CONSTRAINT referral_counters_six_digits CHECK (last BETWEEN 0 AND 999999) NOT VALID`,
    );
    expect((await create()).errors?.[0]?.extensions?.code).toBe('REFERENCE_SERIES_FULL');
    expect(await resume()).toEqual([{ year, before: 2_147_483_647, last: honest }]);
    expect(await counter()).toBe(honest);
    expect((await create()).data).toEqual({
      casc: { createReferral: { reference: `CASC-${year}-${String(honest + 1).padStart(6, '0')}` } },
    });
  });

  it('as a command without a terminal: prints the claims, refuses the jump with exit code 2 and changes nothing; --accept-jump applies it', async () => {
    const known = (await counter())!;
    const claimed = known + 2_000;
    const reference = `CASC-${year}-${String(claimed).padStart(6, '0')}`;
    lie = [{ year, last: claimed }];
    const restored = (...args: string[]) =>
      run(process.execPath, ['--import', 'tsx', 'subgraphs/src/restored.ts', 'casc', ...args], {
        cwd: join(__dirname, '..'),
        env: {
          ...process.env,
          NODE_ENV: 'test',
          DATABASE_URL: fed.networks.get('casc')!.env.db!.appUrl,
          GATEWAY_URL: fed.gatewayUrl,
          SERVICE_SIGNING_KEY: fed.auth.identity.services.casc!.privateKeyPem,
          SUBGRAPH_SECRET: fed.auth.secrets.casc!,
          GATEWAY_PUBLIC_KEY: fed.auth.identity.gateway.publicKeyPem,
        },
      });
    const before = await cascState();
    const refused = await restored().then(
      () => null,
      (e: { code: number; stdout: string; stderr: string }) => e,
    );
    expect(refused?.code).toBe(2);
    expect(refused?.stdout).toContain(
      `[restored] WACAP holds ${reference} as the last of CASC-${year} (this database knows up to ${known})`,
    );
    expect(refused?.stderr).toContain(`--accept-jump wacap=${reference}`);
    expect(await cascState()).toEqual(before);

    const accepted = await restored('--accept-jump', `wacap=${reference}`);
    expect(accepted.stdout).toContain(`[restored] CASC-${year}: the references resume after ${claimed} (was ${known})`);
    expect(await counter()).toBe(claimed);
  }, 60_000);
});
