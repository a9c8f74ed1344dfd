/**
 * `npm run bench`: the federation under load on this machine, written to
 * BENCHMARKS.md. Every figure is measured in this run; nothing is copied in.
 *   1. cross-network directory query through the gateway vs the slowest subgraph hit directly
 *   2. node(id:) of a referral across two networks; the statistics query; create referral + delivery latency
 *   3. SQL statements per request for each query shape, at two sizes
 *   4. peak memory of each process under load, and RSS over a 60-second run
 *   5. a year's statistics over 1,000,000 referrals in one network
 *   6. the web console: initial JavaScript, and time to a usable directory page in Chromium, cold and warm
 *   and Hive Gateway on the same supergraph and subgraphs, back to back with ours;
 *   issue 14's before and after in alternating rounds, with CPU per request of every process
 *   7. start time and memory of a subgraph and the gateway, under tsx and compiled (npm run build)
 *   8. (only with --only heap) the young generation's size, swept
 *   9. planning time of the worst query the limits admit (bench/planning.ts)
 *   10. the gateway's RSS after 2,000 distinct anonymous texts (caches keyed by text, bounded in bytes)
 * `npm run bench -- --only console` (or `startup`, `heap`, `planning`, `distinct-texts`) measures 6 (or 7, 8, 9, 10) alone and replaces its section of BENCHMARKS.md;
 * `--only before-after` measures issue 14's before and after alone and replaces that part of section 1.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem, tmpdir, type as osType, release } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { generateDevIdentity, DEV_AUDIENCE, DEV_ISSUER, signToken } from '../scripts/lib/dev-keys';
import { createTokenExchange } from '../shared/src/auth/exchange';
import { callerFromClaims } from '../shared/src/auth/claims';
import { decodeJwt } from 'jose';
import { z } from 'zod';
import { SUBGRAPH_SECRET_HEADER } from '../shared/src/auth/subgraph-secret';
import { parseEnv, runMain } from '../shared/src/config';
import { encodeId } from '../shared/src/ids';
import { startEmbeddedPostgres } from '../scripts/lib/embedded-postgres';
import { NETWORKS, networkOfKey, type NetworkDefinition } from '../shared/src/registry';
import { prepareDemoDatabases } from '../scripts/lib/demo-databases';
import { freePort, startFederation } from '../scripts/lib/processes';
import { createDataSource } from '../subgraphs/src/db/data-source';
import { ensureConsoleBuilt } from '../console/build';
import { AFTER, BEFORE_AFTER_HEADING, beforeAfter, HEAP_HEADING, heapSweep, type Probes } from './before-after';
import { cpuMsOfTree, memoryKb, postmasterPid, sectionOf, withSection, type LoadResult } from './compare';
import { benchConsole, CONSOLE_HEADING, consoleSection } from './console';
import { benchPlanning, PLANNING_HEADING } from './planning';
import {
  benchDistinctTexts,
  DISTINCT_TEXTS_HEADING,
  distinctTextsGatewayEnv,
  distinctTextsSection,
} from './distinct-texts';
import { benchStartup, startupSection, STARTUP_HEADING } from './startup';
import { fanoutLoad, type FanoutTarget } from './fanout';
import { startHiveGateway } from './hive';
import { statementsPerShape } from './statements';
import { benchStatistics } from './statistics';

/** The run's knobs, checked before anything starts: every bad one is reported at once. */
const benchEnv = z.object({
  BENCH_SECONDS: z.coerce.number().int().min(1).default(10),
  BENCH_CONNECTIONS: z.coerce.number().int().min(1).max(1000).default(16),
  BENCH_WARMUP_SECONDS: z.coerce.number().int().min(0).default(3),
  BENCH_SOAK_SECONDS: z.coerce.number().int().min(1).default(60),
  /** Rounds of each alternating comparison (before/after, heap sizes). */
  BENCH_ROUNDS: z.coerce.number().int().min(1).default(3),
});
const {
  BENCH_SECONDS: SECONDS,
  BENCH_CONNECTIONS: CONNECTIONS,
  BENCH_WARMUP_SECONDS: WARMUP_SECONDS,
  BENCH_SOAK_SECONDS: SOAK_SECONDS,
  BENCH_ROUNDS: ROUNDS,
} = parseEnv(benchEnv, process.env);
const SCALE = 3; // at least 50 active contact points in every network
const ONLY = /^--only (console|startup|heap|before-after|planning|distinct-texts)$/.exec(
  process.argv.slice(2).join(' '),
)?.[1];

/**
 * Closed-loop load with autocannon. With `callers`, connection i sends callers[i % n]
 * as its bearer token (many users), instead of one token for every connection.
 */
async function load(
  url: string,
  query: string,
  variables: Record<string, unknown>,
  headers: Record<string, string>,
  seconds = SECONDS,
  callers?: string[],
  cpuOf: Record<string, number> = {},
): Promise<LoadResult> {
  const body = JSON.stringify({ query, variables });
  // One request first: a load test of error answers measures nothing.
  const probe = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  const json = (await probe.json()) as { errors?: unknown[] };
  if (!probe.ok || json.errors)
    throw new Error(`probe failed: ${probe.status} ${JSON.stringify(json.errors ?? '').slice(0, 300)}`);
  let next = 0;
  const options = {
    url,
    method: 'POST' as const,
    headers: { 'content-type': 'application/json', ...headers },
    body,
    connections: CONNECTIONS,
    setupClient: (client: autocannon.Client) => {
      if (callers)
        client.setHeaders({
          'content-type': 'application/json',
          ...headers,
          authorization: `Bearer ${callers[next++ % callers.length]}`,
        });
    },
  };
  // Warm up first (JIT, connection pools, plan cache), then measure.
  await autocannon({ ...options, duration: WARMUP_SECONDS });
  const before = Object.fromEntries(Object.entries(cpuOf).map(([k, pid]) => [k, cpuMsOfTree(pid)]));
  const r = await autocannon({ ...options, duration: seconds });
  const cpuMs = Object.fromEntries(
    Object.entries(cpuOf).map(([k, pid]) => [k, (cpuMsOfTree(pid) - before[k]!) / Math.max(r.requests.total, 1)]),
  );
  return { rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, non2xx: r.non2xx, errors: r.errors, cpuMs };
}

const fmt = (n: number, digits = 1) => n.toFixed(digits);

/** One request at a time for 5 s, after a 1 s warm-up: latency without queueing. */
async function loadSequential(target: FanoutTarget): Promise<{ p50: number }> {
  const r = await fanoutLoad([target], 1, 1, 5);
  return { p50: r.p50 };
}

async function main(): Promise<void> {
  const started = new Date();
  // 9 needs no federation: the planner alone, before anything else loads the machine.
  const planningLines = ONLY === undefined || ONLY === 'planning' ? await benchPlanning() : [];
  if (ONLY === 'planning') {
    writeFileSync('BENCHMARKS.md', withSection(readFileSync('BENCHMARKS.md', 'utf8'), PLANNING_HEADING, planningLines));
    console.log(`${planningLines.join('\n')}\nupdated the planning section of BENCHMARKS.md`);
    return;
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'jcn-bench-'));
  const pg = await startEmbeddedPostgres({ dataDir, port: await freePort(), persistent: false });
  const lines: string[] = [];
  let startupLines: string[] = [];
  const say = (m: string) => {
    console.log(m);
    lines.push(m);
  };
  /** `--only`: one section measured alone replaces its part of BENCHMARKS.md. */
  const replaceSection = (heading: string, section: string[], what: string) => {
    writeFileSync('BENCHMARKS.md', withSection(readFileSync('BENCHMARKS.md', 'utf8'), heading, section));
    say(section.join('\n'));
    say(`updated ${what} of BENCHMARKS.md`);
  };
  try {
    const identity = await generateDevIdentity(NETWORKS);
    const keys = identity.idp;
    // The fan-out baseline calls the subgraphs as the gateway would: with a token the gateway signed for each.
    const exchange = createTokenExchange(identity.gateway.privateKeyPem);
    const secrets = Object.fromEntries(NETWORKS.map((n) => [n.key, randomBytes(32).toString('hex')]));
    const appUrls = await prepareDemoDatabases(pg, NETWORKS, { scale: SCALE });
    const federationOptions = {
      databaseUrl: (n: NetworkDefinition) => appUrls.get(n.key)!,
      ports: 'free' as const,
      nodeEnv: 'production',
      tokenEnv: { JWT_ISSUER: DEV_ISSUER, JWT_AUDIENCE: DEV_AUDIENCE, JWT_PUBLIC_KEY: keys.publicKeyPem },
      gatewayKeys: identity.gateway,
      subgraphSecrets: secrets,
      serviceKeys: identity.services,
    };
    const member = await signToken(keys.privateKeyPem, {
      subject: 'bench-cp',
      roles: ['CONTACT_POINT'],
      network: 'wacap',
      country: 'NGA',
    });
    const auth = { authorization: `Bearer ${member}` };
    const DIRECTORY = `query($first: Int!) { networks { code name contactPoints(first: $first) { totalCount nodes { id fullName title organization roles expertise languages country { name } } } } }`;
    // 7, before the federation below starts: each process starts with nothing else running.
    if (ONLY === undefined || ONLY === 'startup') {
      const startup = await benchStartup(
        federationOptions,
        NETWORKS[0]!.key,
        async (f) => void (await load(f.gatewayUrl, DIRECTORY, { first: 50 }, auth)),
      );
      startupLines = startupSection(startup, SECONDS);
      if (ONLY === 'startup') {
        replaceSection(STARTUP_HEADING, startupLines, 'the start-time section');
        return;
      }
    }
    // The gateway serves console/dist: build it first if its sources changed (section 9 alone does not load it).
    if (ONLY !== 'distinct-texts') await ensureConsoleBuilt();
    // Section 9 alone: the gateway starts with that section's heap limit.
    const fed = await startFederation(
      ONLY === 'distinct-texts' ? { ...federationOptions, gatewayEnv: distinctTextsGatewayEnv() } : federationOptions,
    );
    let consoleLines: string[] = [];
    /** 9, on a fresh gateway: the one just started, or after the other sections a new one. */
    const distinctTexts = async (restart: boolean) => {
      if (restart) {
        await fed.stopGateway();
        await fed.startGateway(distinctTextsGatewayEnv());
      }
      return distinctTextsSection(await benchDistinctTexts(fed.gatewayUrl, fed.pids().gateway!));
    };
    let distinctTextsLines: string[] = [];
    try {
      if (ONLY === 'distinct-texts') {
        replaceSection(DISTINCT_TEXTS_HEADING, await distinctTexts(false), 'the distinct-texts section');
        return;
      }
      // 6, first: page loads are timed while nothing else loads the machine.
      if (ONLY !== 'heap' && ONLY !== 'before-after')
        consoleLines = consoleSection(await benchConsole(new URL(fed.gatewayUrl).origin, NETWORKS[0]!.name));
      if (ONLY === 'console') {
        replaceSection(CONSOLE_HEADING, consoleLines, 'the console section');
        return;
      }
      const callers = await Promise.all(
        Array.from({ length: CONNECTIONS }, (_, i) =>
          signToken(keys.privateKeyPem, {
            subject: `bench-cp-${i}`,
            roles: ['CONTACT_POINT'],
            network: 'wacap',
            country: 'NGA',
          }),
        ),
      );
      const results: string[] = [];

      // 1. Cross-network directory query
      const directQuery = (n: NetworkDefinition): FanoutTarget => ({
        url: fed.subgraphUrls[n.key]!,
        query: `query($r: [_Any!]!, $first: Int!) { _entities(representations: $r) { ... on ${n.typePrefix}Network { contactPoints(first: $first) { totalCount nodes { id fullName title organization roles expertise languages country { name } } } } } }`,
        variables: { r: [{ __typename: `${n.typePrefix}Network`, code: n.code }], first: 50 },
        headers: {
          authorization: `Bearer ${exchange(callerFromClaims(decodeJwt(member), NETWORKS), n.key)}`,
          [SUBGRAPH_SECRET_HEADER]: secrets[n.key]!,
        },
      });
      const loadDirect = (n: NetworkDefinition, seconds?: number) => {
        const t = directQuery(n);
        return load(t.url, t.query, t.variables, t.headers, seconds);
      };
      const direct: Record<string, LoadResult> = {};
      for (const n of NETWORKS) direct[n.key] = await loadDirect(n, Math.max(3, Math.round(SECONDS / 3)));
      const slowestKey = Object.entries(direct).sort((a, b) => b[1].p50 - a[1].p50)[0]![0];
      const slowestNetwork = networkOfKey(NETWORKS, slowestKey)!;
      // CPU per request of every process: PostgreSQL is its postmaster and the backends under it.
      const pgPid = postmasterPid(join(dataDir, 'pg'));
      const everyPid = () => ({ ...fed.pids(), postgres: pgPid });
      const probes: Probes = {
        restart: async (v) => {
          await fed.stopGateway();
          await Promise.all(NETWORKS.map((n) => fed.stopNetwork(n.key)));
          await Promise.all(NETWORKS.map((n) => fed.startNetwork(n.key, v.subgraph)));
          await fed.startGateway(v.gateway);
        },
        direct: () => {
          const t = directQuery(slowestNetwork);
          return load(t.url, t.query, t.variables, t.headers, SECONDS, undefined, {
            [slowestKey]: fed.pids()[slowestKey]!,
            postgres: pgPid,
          });
        },
        fanout: () => fanoutLoad(NETWORKS.map(directQuery), CONNECTIONS, WARMUP_SECONDS, SECONDS),
        gateway: () => load(fed.gatewayUrl, DIRECTORY, { first: 50 }, auth, SECONDS, callers, everyPid()),
        peakRssKb: () => Object.fromEntries(Object.entries(fed.pids()).map(([name, pid]) => [name, memoryKb(pid).hwm])),
        slowest: slowestKey,
        callers: callers.length,
      };
      if (ONLY === 'before-after') {
        replaceSection(
          BEFORE_AFTER_HEADING,
          await beforeAfter(probes, ROUNDS),
          'the before-and-after part of section 1',
        );
        return;
      }
      if (ONLY === 'heap') {
        replaceSection(HEAP_HEADING, await heapSweep(probes, ROUNDS), 'the heap section');
        return;
      }
      const slowest = await probes.direct();
      const fanout = await probes.fanout();
      const gatewayPid = () => ({ gateway: fed.pids().gateway! });
      const gatewayOne = await load(fed.gatewayUrl, DIRECTORY, { first: 50 }, auth, SECONDS, undefined, everyPid());
      const gatewayMany = await probes.gateway();
      const seq = {
        direct: await loadSequential(directQuery(slowestNetwork)),
        fanout: await fanoutLoad(NETWORKS.map(directQuery), 1, 1, 5),
        gateway: await loadSequential({
          url: fed.gatewayUrl,
          query: DIRECTORY,
          variables: { first: 50 },
          headers: auth,
        }),
      };

      // The same supergraph and subgraphs behind Hive Gateway, measured in the same run, back to back with ours.
      const hive = await startHiveGateway(NETWORKS, fed.subgraphUrls, secrets, identity.gateway.privateKeyPem);
      const side: Record<string, { one: LoadResult; many: LoadResult }> = {};
      /** The directory query from one caller, then from every caller. */
      const oneAndMany = async (url: string, pids: Record<string, number>) => ({
        one: await load(url, DIRECTORY, { first: 50 }, auth, SECONDS, undefined, pids),
        many: await load(url, DIRECTORY, { first: 50 }, auth, SECONDS, callers, pids),
      });
      try {
        const hivePid = { gateway: hive.pid };
        side.hive = await oneAndMany(hive.url, hivePid);
        side.ours1 = await oneAndMany(fed.gatewayUrl, gatewayPid());
        // The step of issue 14's third round alone: the same gateway with Apollo Gateway's executor for every plan.
        await fed.stopGateway();
        await fed.startGateway({ GATEWAY_EXECUTION: 'apollo' });
        side.apolloExecutor = await oneAndMany(fed.gatewayUrl, gatewayPid());
        await fed.stopGateway();
        await fed.startGateway({ GATEWAY_WORKERS: '2' });
        side.ours2 = await oneAndMany(fed.gatewayUrl, gatewayPid());
        await fed.stopGateway();
        await fed.startGateway();
      } finally {
        await hive.stop();
      }
      // Hive Gateway with two workers too (its --fork 2), against ours with two.
      const hive2 = await startHiveGateway(NETWORKS, fed.subgraphUrls, secrets, identity.gateway.privateKeyPem, 2);
      try {
        side.hive2 = await oneAndMany(hive2.url, { gateway: hive2.pid });
      } finally {
        await hive2.stop();
      }
      const row = (name: string, r: LoadResult) => `| ${name} | ${fmt(r.rps)} | ${r.p50} | ${r.p99} | ${r.non2xx} |`;
      const sideRow = (name: string, r: { one: LoadResult; many: LoadResult }) =>
        `| ${name} | ${fmt(r.one.rps)} | ${r.one.p50} | ${fmt(r.one.cpuMs.gateway ?? 0)} | ${fmt(r.many.rps)} | ${r.many.p50} | ${r.many.p99} | ${fmt(r.many.cpuMs.gateway ?? 0)} |`;
      const ratio = (a: number, b: number) => fmt(a / Math.max(b, 0.001), 2);
      const cpuLine = (r: LoadResult) =>
        Object.entries(r.cpuMs)
          .map(([name, ms]) => `${name === 'postgres' ? 'PostgreSQL' : name} ${fmt(ms, 2)}`)
          .join(', ');
      results.push(
        '## 1. Cross-network directory query (4 networks x 50 contact points)',
        '',
        `"One caller": every connection sends the same member token. "${callers.length} callers": each connection has a token of its own (different subjects), so no two in-flight requests are identical.`,
        '',
        '| target | RPS | p50 ms | p99 ms | non-2xx |',
        '| --- | --- | --- | --- | --- |',
        row(`slowest subgraph direct (${slowestKey}, 1 network, 50 contact points)`, slowest),
        `| all four subgraphs direct, in parallel from the client (latency of the slowest) | ${fmt(fanout.rps)} | ${fmt(fanout.p50, 0)} | ${fmt(fanout.p99, 0)} | 0 |`,
        row('gateway, one caller', gatewayOne),
        row(`gateway, ${callers.length} callers`, gatewayMany),
        '',
        `Gateway p50 / slowest subgraph's direct p50: one caller **${ratio(gatewayOne.p50, slowest.p50)}**, ${callers.length} callers **${ratio(gatewayMany.p50, slowest.p50)}** (target at most 1.3).`,
        `Gateway p50 / the client's own parallel calls to all four: one caller **${ratio(gatewayOne.p50, fanout.p50)}**, ${callers.length} callers **${ratio(gatewayMany.p50, fanout.p50)}**.`,
        `CPU ms per request, the gateway at ${callers.length} callers: ${cpuLine(gatewayMany)}; one caller: ${cpuLine(gatewayOne)}; the slowest subgraph direct: ${cpuLine(slowest)}.`,
        `One request at a time (p50): slowest subgraph direct ${fmt(seq.direct.p50)} ms, four subgraphs in parallel ${fmt(seq.fanout.p50)} ms, gateway ${fmt(seq.gateway.p50)} ms (${ratio(seq.gateway.p50, seq.direct.p50)}x and ${ratio(seq.gateway.p50, seq.fanout.p50)}x).`,
        '',
        '### Side by side with Hive Gateway (same supergraph, subgraphs and query, measured back to back)',
        '',
        'CPU: milliseconds of CPU per request of the gateway process (and its workers). Both gateways run with the heap settings of scripts/lib/heap.ts.',
        '',
        `| gateway | one caller RPS | p50 ms | CPU ms/req | ${callers.length} callers RPS | p50 ms | p99 ms | CPU ms/req |`,
        '| --- | --- | --- | --- | --- | --- | --- | --- |',
        sideRow('Hive Gateway (`@graphql-hive/gateway` CLI, 1 process)', side.hive!),
        sideRow('ours, 1 process (GATEWAY_WORKERS=1, the default)', side.ours1!),
        sideRow(
          "ours, 1 process, Apollo Gateway's executor for every plan (GATEWAY_EXECUTION=apollo)",
          side.apolloExecutor!,
        ),
        sideRow('Hive Gateway, 2 workers (--fork 2)', side.hive2!),
        sideRow('ours, 2 workers (GATEWAY_WORKERS=2)', side.ours2!),
        '',
        `Our RPS / Hive Gateway's RPS, 1 process: one caller **${ratio(side.ours1!.one.rps, side.hive!.one.rps)}**, ${callers.length} callers **${ratio(side.ours1!.many.rps, side.hive!.many.rps)}**; 2 workers each: **${ratio(side.ours2!.one.rps, side.hive2!.one.rps)}** and **${ratio(side.ours2!.many.rps, side.hive2!.many.rps)}** (target at least 1.5).`,
        `Gateway at ${callers.length} callers / the client's four parallel calls, RPS (target at least 0.7): 1 process **${ratio(side.ours1!.many.rps, fanout.rps)}**, 2 workers **${ratio(side.ours2!.many.rps, fanout.rps)}**; the same at ${callers.length} callers in the table above (measured earlier in the run): **${ratio(gatewayMany.rps, fanout.rps)}**.`,
        `The gateway's own executor against Apollo Gateway's, CPU ms per request: one caller ${fmt(side.ours1!.one.cpuMs.gateway ?? 0, 2)} against ${fmt(side.apolloExecutor!.one.cpuMs.gateway ?? 0, 2)}, ${callers.length} callers ${fmt(side.ours1!.many.cpuMs.gateway ?? 0, 2)} against ${fmt(side.apolloExecutor!.many.cpuMs.gateway ?? 0, 2)}.`,
        'Both gateways share identical in-flight subgraph queries of the same caller (Hive Gateway by default, ours since SUBGRAPH_DEDUPE=on is the default); that is what the one-caller column rewards. Hive Gateway reaches the hub over HTTP; ours runs it in-process.',
        '',
      );
      results.push(...(await beforeAfter(probes, ROUNDS)));
      // The later sections measure the current code path.
      await probes.restart(AFTER);

      // 2. Referral node across two networks, statistics, create + delivery
      const cpRow = async (network: string, country: string) => {
        const ds = createDataSource({ url: pg.url(network), poolSize: 1 });
        await ds.initialize();
        const [row] = await ds.query(
          `SELECT id FROM contact_points WHERE active AND country = $1 ORDER BY id LIMIT 1`,
          [country],
        );
        await ds.destroy();
        return encodeId({ key: network }, 'cp', row.id);
      };
      const originCp = await cpRow('seajust', 'KHM');
      const originToken = await signToken(keys.privateKeyPem, {
        subject: 'bench-origin',
        roles: ['CONTACT_POINT'],
        network: 'seajust',
        country: 'KHM',
        contactPointId: originCp,
      });
      const refDs = createDataSource({ url: pg.url('seajust'), poolSize: 2 });
      await refDs.initialize();
      const [someRef] = await refDs.query(
        `SELECT id FROM referrals WHERE side = 'ORIGIN' AND origin_country = 'KHM' AND destination_network <> 'seajust' AND status = 'COMPLETED' LIMIT 1`,
      );
      const REFERRAL = `query($id: ID!) { node(id: $id) { ... on Referral { reference status from { fullName } assignedTo { fullName network { code } }
        events { sequence side type } counterpart { status assignedTo { fullName } } } } }`;
      const referral = await load(
        fed.gatewayUrl,
        REFERRAL,
        { id: encodeId({ key: 'seajust' }, 'ref', someRef.id) },
        { authorization: `Bearer ${originToken}` },
      );
      const analyst = await signToken(keys.privateKeyPem, { subject: 'bench-analyst', roles: ['ANALYST'] });
      const STATS = `query($from: DateTime!, $to: DateTime!) { networks { code statistics(from: $from, to: $to) { outgoing { total { count } byCounterpartNetwork { key count } }
        incoming { byStatus { key count } } incomingTimeliness { acknowledgement { medianDays p90Days } } monthly { month outgoing { count } } } } }`;
      const stats = await load(
        fed.gatewayUrl,
        STATS,
        { from: '2025-01-01T00:00:00Z', to: '2026-01-01T00:00:00Z' },
        { authorization: `Bearer ${analyst}` },
      );
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
      const q = (xs: number[], p: number) =>
        [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))]!;
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

      // SQL statements per request, per query shape, at two sizes (in-process parts counting their statements)
      const idsOf = async (network: string, sql: string, params: unknown[], kind: string) => {
        const ds = createDataSource({ url: pg.url(network), poolSize: 1 });
        await ds.initialize();
        const rows = (await ds.query(sql, params)) as { id: string }[];
        await ds.destroy();
        return rows.map((r) => `${network}:${kind}:${r.id}`);
      };
      const cpIds = async (perNetwork: number) =>
        (
          await Promise.all(
            NETWORKS.map((n) =>
              idsOf(n.key, `SELECT id FROM contact_points WHERE active ORDER BY id LIMIT $1`, [perNetwork], 'cp'),
            ),
          )
        ).flat();
      const refIds = (count: number) =>
        idsOf(
          'seajust',
          `SELECT id FROM referrals WHERE side = 'ORIGIN' AND origin_country = 'KHM' AND destination_network = 'wacap' AND status = 'COMPLETED' ORDER BY id LIMIT $1`,
          [count],
          'ref',
        );
      const statementCounts = await statementsPerShape(
        (key) => appUrls.get(key)!,
        identity,
        secrets,
        async () => [
          {
            name: 'directory: four networks, contact points with their country',
            query: DIRECTORY,
            token: member,
            sizes: [
              { label: '4 x 5', variables: { first: 5 } },
              { label: '4 x 50', variables: { first: 50 } },
            ],
          },
          {
            name: 'nodes(ids:) of contact points across four networks',
            query: `query($ids: [ID!]!) { nodes(ids: $ids) { id ... on ContactPoint { fullName country { name } network { code } } } }`,
            token: member,
            sizes: [
              { label: '8 ids', variables: { ids: await cpIds(2) } },
              { label: '80 ids', variables: { ids: await cpIds(20) } },
            ],
          },
          {
            name: 'nodes(ids:) of SEAJust→WACAP referrals with their counterpart record in WACAP',
            query: `query($ids: [ID!]!) { nodes(ids: $ids) { ... on Referral { reference status from { fullName } events { sequence type } counterpart { status assignedTo { fullName } } } } }`,
            token: originToken,
            sizes: [
              { label: '2 referrals', variables: { ids: await refIds(2) } },
              { label: '20 referrals', variables: { ids: await refIds(20) } },
            ],
          },
          {
            name: 'statistics of all four networks',
            query: STATS,
            token: analyst,
            sizes: [
              { label: 'one month', variables: { from: '2025-06-01T00:00:00Z', to: '2025-07-01T00:00:00Z' } },
              { label: 'one year', variables: { from: '2025-01-01T00:00:00Z', to: '2026-01-01T00:00:00Z' } },
            ],
          },
        ],
      );
      results.push(
        '## 3. SQL statements per request, by query shape',
        '',
        "Counted by each subgraph's data source (every statement sent to PostgreSQL, audit inserts included), summed over the four networks, for one request through the gateway.",
        '',
        '| query shape | smaller | statements | larger | statements |',
        '| --- | --- | --- | --- | --- |',
        ...statementCounts.map(
          (c) =>
            `| ${c.name} | ${c.counts[0]!.label} | ${c.counts[0]!.statements} | ${c.counts[1]!.label} | ${c.counts[1]!.statements} |`,
        ),
        '',
      );

      // 4. memory: 30 s of load to reach a working size, then 60 s sampled every second, then 10 s idle
      const pids = fed.pids();
      const samples: Record<string, number[]> = Object.fromEntries(Object.keys(pids).map((k) => [k, []]));
      const soakBody = { first: 20 };
      await load(fed.gatewayUrl, DIRECTORY, soakBody, auth, 30, callers);
      const sampler = setInterval(() => {
        for (const [name, pid] of Object.entries(pids)) samples[name]!.push(memoryKb(pid).rss);
      }, 1000);
      const soak = await load(fed.gatewayUrl, DIRECTORY, soakBody, auth, SOAK_SECONDS, callers);
      clearInterval(sampler);
      await new Promise((r) => setTimeout(r, 10_000));
      const mib = (kb: number) => fmt(kb / 1024);
      results.push(
        `## 4. Memory: ${SOAK_SECONDS} seconds of the directory query through the gateway`,
        '',
        `${callers.length} callers, 4 networks x 20 contact points, after ${30 + WARMUP_SECONDS} s of the same load: ${fmt(soak.rps)} requests/s, p50 ${soak.p50} ms, p99 ${soak.p99} ms, ${soak.non2xx} non-2xx. RSS sampled every second. RSS rises and falls with garbage collection (a saw-tooth of tens of MiB), so growth is judged on the highest RSS of each half of the run.`,
        '',
        '| process | peak RSS MiB (whole benchmark) | lowest / highest RSS, first half | lowest / highest RSS, second half | change of the highest | RSS 10 s after the load |',
        '| --- | --- | --- | --- | --- | --- |',
        ...Object.entries(pids).map(([name, pid]) => {
          const s = samples[name]!;
          const first = s.slice(0, Math.floor(s.length / 2));
          const second = s.slice(Math.floor(s.length / 2));
          const [hi1, hi2] = [Math.max(...first), Math.max(...second)];
          return `| ${name} | ${mib(memoryKb(pid).hwm)} | ${mib(Math.min(...first))} / ${mib(hi1)} | ${mib(Math.min(...second))} / ${mib(hi2)} | ${fmt(((hi2 - hi1) / Math.max(hi1, 1)) * 100)} % | ${mib(memoryKb(pid).rss)} |`;
        }),
        '',
      );
      writeFileSync('.bench-results.tmp', results.join('\n'));
      distinctTextsLines = await distinctTexts(true);
    } finally {
      await fed.stop();
    }

    // 5. statistics over 1,000,000 referrals (its own database)
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
      '## 5. Statistics over 1,000,000 referrals in one network',
      '',
      `${big.referrals.toLocaleString('en')} synthetic referrals (the history \`npm run seed -- --network wacap --referrals 1000000\` loads) loaded in ${fmt(big.loadSeconds)} s (${big.rollupRows.toLocaleString('en')} rollup rows). A year's statistics, ${big.runs} runs: p50 **${fmt(big.p50Ms)} ms**, p90 ${fmt(big.p90Ms)} ms, max ${fmt(big.maxMs)} ms (target: median at most 100 ms).`,
      '',
      ...consoleLines,
      ...startupLines,
    ].join('\n');
    // Section 7 is measured by its own run (--only heap): it is kept as that run wrote it.
    const heapLines = existsSync('BENCHMARKS.md') ? sectionOf(readFileSync('BENCHMARKS.md', 'utf8'), HEAP_HEADING) : [];
    const withHeap = heapLines.length ? withSection(md, HEAP_HEADING, heapLines) : md;
    // Sections 9 and 10 after 8 (withSection appends a section it does not find).
    writeFileSync(
      'BENCHMARKS.md',
      withSection(withSection(withHeap, PLANNING_HEADING, planningLines), DISTINCT_TEXTS_HEADING, distinctTextsLines),
    );
    say('wrote BENCHMARKS.md');
  } finally {
    await pg.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

// This process builds a gateway itself (section 3): like gateway/src/main.ts, it keeps Apollo Gateway from reporting to Apollo.
process.env.APOLLO_TELEMETRY_DISABLED = 'true';
runMain(main);
