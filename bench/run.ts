/**
 * `npm run bench`: the federation under load on this machine, written to
 * BENCHMARKS.md. Every figure is measured in this run; nothing is copied in.
 *   1. cross-network directory query through the gateway vs the slowest subgraph hit directly
 *   2. node(id:) of a referral across two networks; the statistics query; create referral + delivery latency
 *   3. a year's statistics over 1,000,000 referrals in one network
 *   4. peak memory of each process under load, and RSS over a 60-second run
 *   and Hive Gateway on the same supergraph and subgraphs, back to back with ours
 * Not measured yet: a table of SQL statements per query shape (see BENCHMARKS.md).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem, tmpdir, type as osType, release } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { generateDevKeys, DEV_AUDIENCE, DEV_ISSUER, signToken } from '../shared/src/auth/dev-keys';
import { SUBGRAPH_SECRET_HEADER } from '../shared/src/auth/subgraph-secret';
import { startEmbeddedPostgres } from '../shared/src/embedded-postgres';
import { NETWORKS } from '../shared/src/registry';
import { freePort, startFederation } from '../scripts/lib/processes';
import { createDataSource, migrate } from '../subgraphs/src/db/data-source';
import { seedNetwork } from '../subgraphs/src/seed/demo';
import { startHiveGateway } from './hive';
import { benchStatistics } from './statistics';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 16);
const WARMUP_SECONDS = Number(process.env.BENCH_WARMUP_SECONDS ?? 3);
const SCALE = 3; // at least 50 active contact points in every network

interface LoadResult {
  rps: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
}

async function load(url: string, query: string, variables: Record<string, unknown>, headers: Record<string, string>, seconds = SECONDS): Promise<LoadResult> {
  const body = JSON.stringify({ query, variables });
  // One request first: a load test of error answers measures nothing.
  const probe = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  const json = (await probe.json()) as { errors?: unknown[] };
  if (!probe.ok || json.errors) throw new Error(`probe failed: ${probe.status} ${JSON.stringify(json.errors ?? '').slice(0, 300)}`);
  const options = { url, method: 'POST' as const, headers: { 'content-type': 'application/json', ...headers }, body, connections: CONNECTIONS };
  // Warm up first (JIT, connection pools, plan cache), then measure.
  await autocannon({ ...options, duration: WARMUP_SECONDS });
  const r = await autocannon({ ...options, duration: seconds });
  return { rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, non2xx: r.non2xx, errors: r.errors };
}

function rssKb(pid: number): { rss: number; hwm: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const field = (name: string) => Number(new RegExp(`${name}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
  return { rss: field('VmRSS'), hwm: field('VmHWM') };
}

const fmt = (n: number, digits = 1) => n.toFixed(digits);

async function main(): Promise<void> {
  const started = new Date();
  const dataDir = mkdtempSync(join(tmpdir(), 'jcn-bench-'));
  const pg = await startEmbeddedPostgres({ dataDir, port: await freePort(), persistent: false });
  const lines: string[] = [];
  const say = (m: string) => {
    console.log(m);
    lines.push(m);
  };
  try {
    const keys = await generateDevKeys();
    const secrets = Object.fromEntries(NETWORKS.map((n) => [n.key, `bench-secret-${n.key}-${'x'.repeat(32)}`]));
    for (const n of NETWORKS) {
      await pg.ensureDatabase(n.key);
      const ds = createDataSource({ url: pg.url(n.key), poolSize: 2 });
      await ds.initialize();
      await migrate(ds);
      await seedNetwork(ds, n, { scale: SCALE });
      await ds.destroy();
    }
    const fed = await startFederation({
      databaseUrl: (n) => pg.url(n.key),
      ports: 'free',
      nodeEnv: 'production',
      tokenEnv: { JWT_ISSUER: DEV_ISSUER, JWT_AUDIENCE: DEV_AUDIENCE, JWT_PUBLIC_KEY: keys.publicKeyPem },
      subgraphSecrets: secrets,
      serviceSigningKey: keys.privateKeyPem,
    });
    try {
      const member = await signToken(keys.privateKeyPem, { subject: 'bench-cp', roles: ['CONTACT_POINT'], network: 'wacap', country: 'NGA' });
      const auth = { authorization: `Bearer ${member}` };
      const results: string[] = [];

      // 1. Cross-network directory query
      const DIRECTORY = `query($first: Int!) { networks { code name contactPoints(first: $first) { totalCount nodes { id fullName title organization roles expertise languages country { name } } } } }`;
      const direct: Record<string, LoadResult> = {};
      for (const n of NETWORKS) {
        direct[n.key] = await load(
          fed.subgraphUrls[n.key]!,
          `query($r: [_Any!]!, $first: Int!) { _entities(representations: $r) { ... on ${n.typePrefix}Network { contactPoints(first: $first) { totalCount nodes { id fullName title organization roles expertise languages country { name } } } } } }`,
          { r: [{ __typename: `${n.typePrefix}Network`, code: n.code }], first: 50 },
          { ...auth, [SUBGRAPH_SECRET_HEADER]: secrets[n.key]! },
          Math.max(3, Math.round(SECONDS / 3)),
        );
      }
      const slowestKey = Object.entries(direct).sort((a, b) => b[1].p50 - a[1].p50)[0]![0];
      const slowest = await load(
        fed.subgraphUrls[slowestKey]!,
        `query($r: [_Any!]!, $first: Int!) { _entities(representations: $r) { ... on ${NETWORKS.find((n) => n.key === slowestKey)!.typePrefix}Network { contactPoints(first: $first) { totalCount nodes { id fullName title organization roles expertise languages country { name } } } } } }`,
        { r: [{ __typename: `${NETWORKS.find((n) => n.key === slowestKey)!.typePrefix}Network`, code: slowestKey.toUpperCase() }], first: 50 },
        { ...auth, [SUBGRAPH_SECRET_HEADER]: secrets[slowestKey]! },
      );
      const gateway = await load(fed.gatewayUrl, DIRECTORY, { first: 50 }, auth);
      // The same supergraph and subgraphs behind Hive Gateway, measured in the same run.
      const hive = await startHiveGateway(NETWORKS, fed.subgraphUrls, secrets);
      let hiveResult: LoadResult;
      let ours: LoadResult;
      try {
        hiveResult = await load(hive.url, DIRECTORY, { first: 50 }, auth);
        ours = await load(fed.gatewayUrl, DIRECTORY, { first: 50 }, auth);
      } finally {
        await hive.stop();
      }
      results.push(
        '## 1. Cross-network directory query (4 networks x 50 contact points)',
        '',
        '| target | RPS | p50 ms | p99 ms | non-2xx |',
        '| --- | --- | --- | --- | --- |',
        `| gateway (4 networks) | ${fmt(gateway.rps)} | ${gateway.p50} | ${gateway.p99} | ${gateway.non2xx} |`,
        `| slowest subgraph direct (${slowestKey}, 1 network) | ${fmt(slowest.rps)} | ${slowest.p50} | ${slowest.p99} | ${slowest.non2xx} |`,
        '',
        `Gateway p50 / direct p50 = **${fmt(gateway.p50 / Math.max(slowest.p50, 0.001), 2)}** (target at most 1.3).`,
        '',
        '### Side by side with Hive Gateway (same supergraph, subgraphs and query, measured back to back)',
        '',
        '| gateway | RPS | p50 ms | p99 ms | non-2xx |',
        '| --- | --- | --- | --- | --- |',
        `| Hive Gateway (\`@graphql-hive/gateway\` CLI) | ${fmt(hiveResult.rps)} | ${hiveResult.p50} | ${hiveResult.p99} | ${hiveResult.non2xx} |`,
        `| ours (Apollo Gateway + in-process hub) | ${fmt(ours.rps)} | ${ours.p50} | ${ours.p99} | ${ours.non2xx} |`,
        '',
        `Our RPS / Hive Gateway's RPS = **${fmt(ours.rps / Math.max(hiveResult.rps, 0.001), 2)}** (target at least 1.0). Hive Gateway reaches the hub over HTTP; ours runs it in-process.`,
        '',
      );

      // 2. Referral node across two networks, statistics, create + delivery
      const cpRow = async (network: string, country: string) => {
        const ds = createDataSource({ url: pg.url(network), poolSize: 1 });
        await ds.initialize();
        const [row] = await ds.query(`SELECT id FROM contact_points WHERE active AND country = $1 ORDER BY id LIMIT 1`, [country]);
        await ds.destroy();
        return `${network}:cp:${row.id}`;
      };
      const originCp = await cpRow('seajust', 'KHM');
      const originToken = await signToken(keys.privateKeyPem, { subject: 'bench-origin', roles: ['CONTACT_POINT'], network: 'seajust', country: 'KHM', contactPointId: originCp });
      const refDs = createDataSource({ url: pg.url('seajust'), poolSize: 2 });
      await refDs.initialize();
      const [someRef] = await refDs.query(`SELECT id FROM referrals WHERE side = 'ORIGIN' AND origin_country = 'KHM' AND destination_network <> 'seajust' AND status = 'COMPLETED' LIMIT 1`);
      const REFERRAL = `query($id: ID!) { node(id: $id) { ... on Referral { reference status from { fullName } assignedTo { fullName network { code } }
        events { sequence side type } counterpart { status assignedTo { fullName } } } } }`;
      const referral = await load(fed.gatewayUrl, REFERRAL, { id: `seajust:ref:${someRef.id}` }, { authorization: `Bearer ${originToken}` });
      const analyst = await signToken(keys.privateKeyPem, { subject: 'bench-analyst', roles: ['ANALYST'] });
      const STATS = `query($from: DateTime!, $to: DateTime!) { networks { code statistics(from: $from, to: $to) { outgoing { total { count } byCounterpartNetwork { key count } }
        incoming { byStatus { key count } } incomingTimeliness { acknowledgement { medianDays p90Days } } monthly { month outgoing { count } } } } }`;
      const stats = await load(fed.gatewayUrl, STATS, { from: '2025-01-01T00:00:00Z', to: '2026-01-01T00:00:00Z' }, { authorization: `Bearer ${analyst}` });
      // writes: sequential creates, each timed until the destination has its record
      const wacapDs = createDataSource({ url: pg.url('wacap'), poolSize: 2 });
      await wacapDs.initialize();
      const createMs: number[] = [];
      const deliveryMs: number[] = [];
      for (let i = 0; i < 40; i++) {
        const t0 = performance.now();
        const res = await fetch(fed.gatewayUrl, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${originToken}` },
          body: JSON.stringify({
            query: `mutation($key: String!) { seajust { createReferral(idempotencyKey: $key, input: { destinationCountry: "NGA", kind: MUTUAL_LEGAL_ASSISTANCE,
              measures: [BANK_INFORMATION], crimeAreas: [FRAUD], urgency: URGENT, subject: "Benchmark referral" }) { id } } }`,
            variables: { key: `bench-${i}-${Date.now()}` },
          }),
        });
        const body = (await res.json()) as { data?: { seajust: { createReferral: { id: string } } } };
        createMs.push(performance.now() - t0);
        const uuid = body.data!.seajust.createReferral.id.split(':')[2];
        for (;;) {
          const rows = await wacapDs.query(`SELECT 1 FROM referrals WHERE id = $1 AND side = 'DESTINATION'`, [uuid]);
          if (rows.length) break;
          await new Promise((r) => setTimeout(r, 5));
        }
        deliveryMs.push(performance.now() - t0);
      }
      await wacapDs.destroy();
      await refDs.destroy();
      const q = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))]!;
      results.push(
        '## 2. Referral across two networks, statistics, and writes',
        '',
        '| query | RPS | p50 ms | p99 ms |',
        '| --- | --- | --- | --- |',
        `| node(id:) of a SEAJust→other-network referral, with both sides and contact points of both networks | ${fmt(referral.rps)} | ${referral.p50} | ${referral.p99} |`,
        `| statistics of all four networks for 2025 (seeded history, scale ${SCALE}) | ${fmt(stats.rps)} | ${stats.p50} | ${stats.p99} |`,
        '',
        `createReferral (40 sequential, through the gateway): p50 ${fmt(q(createMs, 0.5))} ms, p99 ${fmt(q(createMs, 0.99))} ms; until the destination (WACAP) holds its record: p50 ${fmt(q(deliveryMs, 0.5))} ms, p99 ${fmt(q(deliveryMs, 0.99))} ms.`,
        '',
      );

      // 4. memory under a 60-second load
      const pids = fed.pids();
      const samples: Record<string, number[]> = Object.fromEntries(Object.keys(pids).map((k) => [k, []]));
      const sampler = setInterval(() => {
        for (const [name, pid] of Object.entries(pids)) samples[name]!.push(rssKb(pid).rss);
      }, 5000);
      const soak = await load(fed.gatewayUrl, DIRECTORY, { first: 20 }, auth, 60);
      clearInterval(sampler);
      results.push(
        '## 4. Memory: 60 seconds of the directory query through the gateway',
        '',
        `${fmt(soak.rps)} requests/s, p50 ${soak.p50} ms, p99 ${soak.p99} ms, ${soak.non2xx} non-2xx.`,
        '',
        '| process | peak RSS MiB | RSS at 10 s | RSS at 60 s | growth 10→60 s |',
        '| --- | --- | --- | --- | --- |',
        ...Object.entries(pids).map(([name, pid]) => {
          const s = samples[name]!;
          const early = s[1] ?? s[0] ?? 0;
          const late = s[s.length - 1] ?? 0;
          return `| ${name} | ${fmt(rssKb(pid).hwm / 1024)} | ${fmt(early / 1024)} | ${fmt(late / 1024)} | ${fmt(((late - early) / Math.max(early, 1)) * 100)} % |`;
        }),
        '',
      );
      writeFileSync('.bench-results.tmp', results.join('\n'));
    } finally {
      await fed.stop();
    }

    // 3. statistics over 1,000,000 referrals (its own database)
    const big = await benchStatistics(1_000_000, 50, () => undefined);
    const sections = readFileSync('.bench-results.tmp', 'utf8');
    rmSync('.bench-results.tmp');
    const md = [
      '# Benchmarks',
      '',
      `Run by \`npm run bench\` on ${started.toISOString().slice(0, 10)}: ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${fmt(totalmem() / 2 ** 30, 0)} GiB, ${osType()} ${release()}, Node ${process.version}.`,
      `Load: autocannon, ${CONNECTIONS} connections, ${WARMUP_SECONDS} s warm-up then ${SECONDS} s measured per case, on the same machine as PostgreSQL, the four subgraphs and the gateway (all share the cores).`,
      `Data: demo seed at scale ${SCALE} in each network (embedded PostgreSQL 17); processes in NODE_ENV=production.`,
      '',
      sections,
      '## 3. Statistics over 1,000,000 referrals in one network',
      '',
      `${big.referrals.toLocaleString('en')} synthetic referrals loaded in ${fmt(big.loadSeconds)} s (${big.rollupRows.toLocaleString('en')} rollup rows). A year's statistics, ${big.runs} runs: p50 **${fmt(big.p50Ms)} ms**, p90 ${fmt(big.p90Ms)} ms, max ${fmt(big.maxMs)} ms (target: median at most 100 ms).`,
      '',
      '## Not measured yet',
      '',
      '- SQL statements per request per query shape are asserted by test/batching.int.test.ts, not yet tabulated here.',
      '',
    ].join('\n');
    writeFileSync('BENCHMARKS.md', md);
    say('wrote BENCHMARKS.md');
  } finally {
    await pg.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
