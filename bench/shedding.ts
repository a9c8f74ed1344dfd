/**
 * Load shedding: the directory query through the gateway at rising concurrency, once with the gateway's load
 * shedding at its defaults and once with it out of reach, the gateway restarted between the two. For each level:
 * the answers per second, the refusals (503 OVERLOADED) per second, and p50/p99 of the answered requests alone.
 * Per-caller limits are out of reach in both (bench/setup.ts raises them for every case).
 */
import { cpus, release, totalmem, type as osType } from 'node:os';
import autocannon from 'autocannon';
import type { RunningFederation } from '../scripts/lib/processes';
import { fmt, SECONDS, WARMUP_SECONDS } from './settings';
import { DIRECTORY, type Bench } from './setup';

export const SHEDDING_HEADING = '## 11. Load shedding: offered load against answers and p99';

/** Connections (each a caller sending its next request as soon as it has an answer) at each level. */
export const SHEDDING_LEVELS = [4, 16, 64, 256, 1024];

/** The gateway with shedding out of reach, for the comparison. */
const SHEDDING_OFF = { SHED_EVENT_LOOP_DELAY_MS: '60000', SHED_MAX_IN_FLIGHT: '1000000' };

export interface SheddingLevel {
  connections: number;
  answeredPerSecond: number;
  shedPerSecond: number;
  otherPerSecond: number;
  /** Requests that got no answer within autocannon's 30 s timeout, or whose connection failed. */
  unansweredPerSecond: number;
  p50: number;
  p99: number;
}

const percentile = (sorted: number[], p: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))]! : NaN;

/** One level: `connections` callers for `seconds`, each answer's status and time recorded. */
async function level(url: string, bench: Bench, connections: number, seconds: number): Promise<SheddingLevel> {
  const answered: number[] = [];
  let shed = 0;
  let other = 0;
  let next = 0;
  const callers = bench.callers;
  const result = await autocannon({
    url,
    method: 'POST',
    body: JSON.stringify({ query: DIRECTORY, variables: { first: 50 } }),
    headers: { 'content-type': 'application/json' },
    connections,
    duration: seconds,
    // A refused request would be sent again at once by a closed-loop client; a real client waits Retry-After.
    timeout: 30,
    setupClient: (client: autocannon.Client) => {
      client.setHeaders({
        'content-type': 'application/json',
        authorization: `Bearer ${callers[next++ % callers.length]}`,
      });
      (client as unknown as NodeJS.EventEmitter).on('response', (status: number, _bytes: number, ms: number) => {
        if (status === 200) answered.push(ms);
        else if (status === 503) shed++;
        else other++;
      });
    },
  });
  answered.sort((a, b) => a - b);
  return {
    connections,
    answeredPerSecond: answered.length / seconds,
    shedPerSecond: shed / seconds,
    otherPerSecond: other / seconds,
    unansweredPerSecond: (result.timeouts + result.errors) / seconds,
    p50: percentile(answered, 50),
    p99: percentile(answered, 99),
  };
}

export interface SheddingFigures {
  on: SheddingLevel[];
  off: SheddingLevel[];
  seconds: number;
}

/** Every level with shedding on (the defaults), then with it off; the gateway restarted before each series. */
export async function benchShedding(bench: Bench, fed: RunningFederation, seconds = SECONDS): Promise<SheddingFigures> {
  const series = async (env: Record<string, string>) => {
    await fed.stopGateway();
    await fed.startGateway(env);
    // Warm-up: plans made, connection pools open.
    await level(fed.gatewayUrl, bench, 4, Math.max(1, WARMUP_SECONDS));
    const levels: SheddingLevel[] = [];
    for (const connections of SHEDDING_LEVELS) levels.push(await level(fed.gatewayUrl, bench, connections, seconds));
    return levels;
  };
  const on = await series({});
  const off = await series(SHEDDING_OFF);
  return { on, off, seconds };
}

/** The BENCHMARKS.md section. */
export function sheddingSection(f: SheddingFigures): string[] {
  const machine = `${new Date().toISOString().slice(0, 10)}, ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${fmt(totalmem() / 2 ** 30, 0)} GiB, ${osType()} ${release()}, Node ${process.version}`;
  const row = (on: SheddingLevel, off: SheddingLevel) =>
    `| ${on.connections} | ${fmt(on.answeredPerSecond, 0)} | ${fmt(on.shedPerSecond, 0)} | ${fmt(on.unansweredPerSecond, 1)} | ${fmt(on.p50, 0)} | ${fmt(on.p99, 0)} | ${fmt(off.answeredPerSecond, 0)} | ${fmt(off.unansweredPerSecond, 1)} | ${fmt(off.p50, 0)} | ${fmt(off.p99, 0)} |`;
  const others = [...f.on, ...f.off].reduce((sum, l) => sum + l.otherPerSecond, 0);
  return [
    SHEDDING_HEADING,
    '',
    `Measured by \`npm run bench -- --only shedding\` on ${machine}. The directory query (4 networks × 50 contact points) through the gateway, ${f.seconds} s per level; the connections take turns among 16 contact points, each connection sending its next request as soon as it has an answer (a refused one at once, so the refusals per second are an upper bound of what clients honouring \`Retry-After\` would send). Latencies are of the answered requests alone (a request unanswered after 30 s, or whose connection failed, is counted as unanswered and not in them); a refusal (503 \`OVERLOADED\`) takes about a millisecond. "Off": the same gateway with \`SHED_EVENT_LOOP_DELAY_MS=60000\` and \`SHED_MAX_IN_FLIGHT=1000000\`. Per-caller limits are out of reach in both. Load generator, PostgreSQL, four subgraphs and the gateway share the machine.`,
    '',
    '| connections | shedding on: answered/s | shed/s | unanswered/s | p50 ms | p99 ms | shedding off: answered/s | unanswered/s | p50 ms | p99 ms |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...f.on.map((on, i) => row(on, f.off[i]!)),
    '',
    others > 0
      ? `Other answers (neither 200 nor 503) came at ${fmt(others, 1)} per second summed over the levels.`
      : 'Every answer was a 200 or a 503.',
    '',
  ];
}
