/**
 * Section 1 of BENCHMARKS.md: the cross-network directory query through the gateway against the
 * slowest subgraph hit directly and the client's own parallel calls; the same supergraph and
 * subgraphs behind Hive Gateway, back to back with ours; and issue 14's before and after.
 */
import { NETWORKS, networkOfKey } from '#shared/registry';
import type { RunningFederation } from '../scripts/lib/processes';
import { BEFORE_AFTER_HEADING, beforeAfter, type Probes } from './before-after';
import { BEFORE_TAG } from './before-tree';
import type { LoadResult } from './compare';
import { fanoutLoad, type FanoutResult } from './fanout';
import { startHiveGateway } from './hive';
import { load, loadSequential } from './load';
import { fmt, ROUNDS, SECONDS } from './settings';
import { DIRECTORY, directQuery, everyPid, type Bench } from './setup';

interface DirectoryFigures {
  slowest: LoadResult;
  fanout: FanoutResult;
  gatewayOne: LoadResult;
  gatewayMany: LoadResult;
  /** p50 of one request at a time. */
  seq: { direct: number; fanout: number; gateway: number };
}

/** The directory query from one caller, then from every caller. */
interface OneAndMany {
  one: LoadResult;
  many: LoadResult;
}

const ratio = (a: number, b: number) => fmt(a / Math.max(b, 0.001), 2);

async function measureDirectory(bench: Bench, fed: RunningFederation, probes: Probes): Promise<DirectoryFigures> {
  const slowestNetwork = networkOfKey(NETWORKS, probes.slowest)!;
  const slowest = await probes.direct();
  const fanout = await probes.fanout();
  const gatewayOne = await load(
    fed.gatewayUrl,
    DIRECTORY,
    { first: 50 },
    bench.auth,
    SECONDS,
    undefined,
    everyPid(bench, fed),
  );
  const gatewayMany = await probes.gateway();
  const seq = {
    direct: (await loadSequential(directQuery(bench, fed, slowestNetwork))).p50,
    fanout: (
      await fanoutLoad(
        NETWORKS.map((n) => directQuery(bench, fed, n)),
        1,
        1,
        5,
      )
    ).p50,
    gateway: (
      await loadSequential({ url: fed.gatewayUrl, query: DIRECTORY, variables: { first: 50 }, headers: bench.auth })
    ).p50,
  };
  return { slowest, fanout, gatewayOne, gatewayMany, seq };
}

/** Hive Gateway (1 process, then 2 workers) and ours (1 process, Apollo's executor, 2 workers), back to back. */
async function measureSideBySide(bench: Bench, fed: RunningFederation): Promise<Record<string, OneAndMany>> {
  const oneAndMany = async (url: string, pids: Record<string, number>): Promise<OneAndMany> => ({
    one: await load(url, DIRECTORY, { first: 50 }, bench.auth, SECONDS, undefined, pids),
    many: await load(url, DIRECTORY, { first: 50 }, bench.auth, SECONDS, bench.callers, pids),
  });
  const gatewayPid = () => ({ gateway: fed.pids().gateway! });
  const signingKey = bench.identity.gateway.privateKeyPem;
  const side: Record<string, OneAndMany> = {};
  const hive = await startHiveGateway(NETWORKS, fed.subgraphUrls, bench.secrets, signingKey);
  try {
    side.hive = await oneAndMany(hive.url, { gateway: hive.pid });
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
  const hive2 = await startHiveGateway(NETWORKS, fed.subgraphUrls, bench.secrets, signingKey, 2);
  try {
    side.hive2 = await oneAndMany(hive2.url, { gateway: hive2.pid });
  } finally {
    await hive2.stop();
  }
  return side;
}

function directoryLines(f: DirectoryFigures, slowestKey: string, callers: number): string[] {
  const { slowest, fanout, gatewayOne, gatewayMany, seq } = f;
  const row = (name: string, r: LoadResult) => `| ${name} | ${fmt(r.rps)} | ${r.p50} | ${r.p99} | ${r.non2xx} |`;
  const cpuLine = (r: LoadResult) =>
    Object.entries(r.cpuMs)
      .map(([name, ms]) => `${name === 'postgres' ? 'PostgreSQL' : name} ${fmt(ms, 2)}`)
      .join(', ');
  return [
    '## 1. Cross-network directory query (4 networks x 50 contact points)',
    '',
    `"One caller": every connection sends the same member token. "${callers} callers": each connection has a token of its own (different subjects), so no two in-flight requests are identical.`,
    '',
    '| target | RPS | p50 ms | p99 ms | non-2xx |',
    '| --- | --- | --- | --- | --- |',
    row(`slowest subgraph direct (${slowestKey}, 1 network, 50 contact points)`, slowest),
    `| all four subgraphs direct, in parallel from the client (latency of the slowest) | ${fmt(fanout.rps)} | ${fmt(fanout.p50, 0)} | ${fmt(fanout.p99, 0)} | 0 |`,
    row('gateway, one caller', gatewayOne),
    row(`gateway, ${callers} callers`, gatewayMany),
    '',
    `Gateway p50 / slowest subgraph's direct p50: one caller **${ratio(gatewayOne.p50, slowest.p50)}**, ${callers} callers **${ratio(gatewayMany.p50, slowest.p50)}** (target at most 1.3).`,
    `Gateway p50 / the client's own parallel calls to all four: one caller **${ratio(gatewayOne.p50, fanout.p50)}**, ${callers} callers **${ratio(gatewayMany.p50, fanout.p50)}**.`,
    `CPU ms per request, the gateway at ${callers} callers: ${cpuLine(gatewayMany)}; one caller: ${cpuLine(gatewayOne)}; the slowest subgraph direct: ${cpuLine(slowest)}.`,
    `One request at a time (p50): slowest subgraph direct ${fmt(seq.direct)} ms, four subgraphs in parallel ${fmt(seq.fanout)} ms, gateway ${fmt(seq.gateway)} ms (${ratio(seq.gateway, seq.direct)}x and ${ratio(seq.gateway, seq.fanout)}x).`,
    '',
  ];
}

function sideBySideLines(side: Record<string, OneAndMany>, f: DirectoryFigures, callers: number): string[] {
  const sideRow = (name: string, r: OneAndMany) =>
    `| ${name} | ${fmt(r.one.rps)} | ${r.one.p50} | ${fmt(r.one.cpuMs.gateway ?? 0)} | ${fmt(r.many.rps)} | ${r.many.p50} | ${r.many.p99} | ${fmt(r.many.cpuMs.gateway ?? 0)} |`;
  const { fanout, gatewayMany } = f;
  return [
    '### Side by side with Hive Gateway (same supergraph, subgraphs and query, measured back to back)',
    '',
    'CPU: milliseconds of CPU per request of the gateway process (and its workers). Both gateways run with the heap settings of scripts/lib/heap.ts.',
    '',
    `| gateway | one caller RPS | p50 ms | CPU ms/req | ${callers} callers RPS | p50 ms | p99 ms | CPU ms/req |`,
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
    `Our RPS / Hive Gateway's RPS, 1 process: one caller **${ratio(side.ours1!.one.rps, side.hive!.one.rps)}**, ${callers} callers **${ratio(side.ours1!.many.rps, side.hive!.many.rps)}**; 2 workers each: **${ratio(side.ours2!.one.rps, side.hive2!.one.rps)}** and **${ratio(side.ours2!.many.rps, side.hive2!.many.rps)}** (target at least 1.5).`,
    `Gateway at ${callers} callers / the client's four parallel calls, RPS (target at least 0.7): 1 process **${ratio(side.ours1!.many.rps, fanout.rps)}**, 2 workers **${ratio(side.ours2!.many.rps, fanout.rps)}**; the same at ${callers} callers in the table above (measured earlier in the run): **${ratio(gatewayMany.rps, fanout.rps)}**.`,
    `The gateway's own executor against Apollo Gateway's, CPU ms per request: one caller ${fmt(side.ours1!.one.cpuMs.gateway ?? 0, 2)} against ${fmt(side.apolloExecutor!.one.cpuMs.gateway ?? 0, 2)}, ${callers} callers ${fmt(side.ours1!.many.cpuMs.gateway ?? 0, 2)} against ${fmt(side.apolloExecutor!.many.cpuMs.gateway ?? 0, 2)}.`,
    'Both gateways share identical in-flight subgraph queries of the same caller (Hive Gateway by default, ours since SUBGRAPH_DEDUPE=on is the default); that is what the one-caller column rewards. Hive Gateway reaches the hub over HTTP; ours runs it in-process.',
    '',
  ];
}

/** What section 1 says when the clone lacks the "before" tag. */
export const BEFORE_SKIPPED = [
  BEFORE_AFTER_HEADING,
  '',
  `Not measured in this run: the tag \`${BEFORE_TAG}\` is not in this clone (a shallow clone, or one made without tags).`,
  '',
];

/** Section 1, with issue 14's before and after last; the processes run the current tree when it returns. */
export async function directorySection(bench: Bench, fed: RunningFederation, probes: Probes): Promise<string[]> {
  const figures = await measureDirectory(bench, fed, probes);
  const side = await measureSideBySide(bench, fed);
  const callers = bench.callers.length;
  return [
    ...directoryLines(figures, probes.slowest, callers),
    ...sideBySideLines(side, figures, callers),
    ...((await beforeAfter(probes, ROUNDS)) ?? BEFORE_SKIPPED),
  ];
}
