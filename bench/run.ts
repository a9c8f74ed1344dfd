/**
 * `npm run bench`: the federation under load on this machine, written to
 * BENCHMARKS.md. Every figure is measured in this run; nothing is copied in.
 *   1. cross-network directory query through the gateway vs the slowest subgraph hit directly (bench/directory.ts),
 *      Hive Gateway on the same supergraph and subgraphs, back to back with ours, and issue 14's before and after
 *      in alternating rounds (bench/before-after.ts: the "before" runs from a worktree of a tagged commit)
 *   2. node(id:) of a referral across two networks; the statistics query; create referral + delivery latency
 *   3. SQL statements per request for each query shape, at two sizes
 *   4. peak memory of each process under load, and RSS over a 60-second run
 *   5. a year's statistics over 1,000,000 referrals in one network
 *   6. the web console: initial JavaScript, and time to a usable directory page in Chromium, cold and warm
 *   7. start time and memory of a subgraph and the gateway, under tsx and compiled (npm run build)
 *   8. (only with --only heap) the young generation's size, swept
 *   9. planning time of the worst query the limits admit (bench/planning.ts)
 *   10. the gateway's RSS after 2,000 distinct anonymous texts (caches keyed by text, bounded in bytes)
 *   11. (only with --only shedding) load shedding: offered load against answers, refusals and p99
 * `npm run bench -- --only <section>` measures one section of ONLY_SECTIONS alone and replaces its part of BENCHMARKS.md.
 * As it goes it says on stderr which section and case runs, and for how long (bench/progress.ts).
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem, type as osType, release } from 'node:os';
import { ConfigError, runMain } from '#shared/config';
import { NETWORKS } from '#shared/registry';
import type { RunningFederation } from '../scripts/lib/processes';
import { BEFORE_AFTER_HEADING, beforeAfter, HEAP_HEADING, heapSweep } from './before-after';
import { sectionOf, withSection } from './compare';
import { benchConsole, CONSOLE_HEADING, consoleSection } from './console';
import { directorySection } from './directory';
import {
  benchDistinctTexts,
  DISTINCT_TEXTS_HEADING,
  distinctTextsGatewayEnv,
  distinctTextsSection,
} from './distinct-texts';
import { load } from './load';
import { memorySection } from './memory';
import { benchPlanning, PLANNING_HEADING } from './planning';
import { Progress, step, withProgress } from './progress';
import { referralCallers, referralsSection } from './referrals';
import { CONNECTIONS, fmt, PROGRESS_SECONDS, ROUNDS, SCALE, SECONDS, WARMUP_SECONDS } from './settings';
import { DIRECTORY, probesOf, withBench, withFederation, type Bench } from './setup';
import { benchShedding, SHEDDING_HEADING, sheddingSection } from './shedding';
import { statementsSection } from './statements-section';
import { benchStartup, startupSection, STARTUP_HEADING } from './startup';
import { benchStatistics } from './statistics';

/** 7, before any federation starts: each process starts with nothing else running. */
const measureStartup = async (bench: Bench): Promise<string[]> =>
  startupSection(
    await benchStartup(
      bench.federationOptions,
      NETWORKS[0]!.key,
      async (f) => void (await load(f.gatewayUrl, DIRECTORY, { first: 50 }, bench.auth)),
    ),
    SECONDS,
  );

/** 6: page loads are timed while nothing else loads the machine. */
const measureConsole = async (fed: RunningFederation): Promise<string[]> =>
  consoleSection(await benchConsole(new URL(fed.gatewayUrl).origin, NETWORKS[0]!.name));

/** 10, on a fresh gateway: the one the federation started with that section's heap limit, or a new one. */
async function measureDistinctTexts(fed: RunningFederation, restart: boolean): Promise<string[]> {
  if (restart) {
    await fed.stopGateway();
    await fed.startGateway(distinctTextsGatewayEnv());
  }
  return distinctTextsSection(await benchDistinctTexts(fed.gatewayUrl, fed.pids().gateway!));
}

/** A section `--only` measures alone: its heading in BENCHMARKS.md, and its lines (null: nothing to write). */
interface OnlySection {
  heading: string;
  what: string;
  measure: () => Promise<string[] | null>;
}

const ONLY_SECTIONS: Record<string, OnlySection> = {
  // 9 needs no federation: the planner alone.
  planning: { heading: PLANNING_HEADING, what: 'the planning section', measure: benchPlanning },
  startup: { heading: STARTUP_HEADING, what: 'the start-time section', measure: () => withBench(measureStartup) },
  console: {
    heading: CONSOLE_HEADING,
    what: 'the console section',
    measure: () => withBench((bench) => withFederation(bench, measureConsole)),
  },
  'before-after': {
    heading: BEFORE_AFTER_HEADING,
    what: 'the before-and-after part of section 1',
    measure: () =>
      withBench((bench) => withFederation(bench, async (fed) => beforeAfter(await probesOf(bench, fed), ROUNDS))),
  },
  heap: {
    heading: HEAP_HEADING,
    what: 'the heap section',
    measure: () =>
      withBench((bench) => withFederation(bench, async (fed) => heapSweep(await probesOf(bench, fed), ROUNDS))),
  },
  shedding: {
    heading: SHEDDING_HEADING,
    what: 'the load-shedding section',
    measure: () =>
      withBench((bench) =>
        withFederation(bench, async (fed) => sheddingSection(await benchShedding(bench, fed)), {
          buildConsole: false,
        }),
      ),
  },
  // The gateway starts with that section's heap limit; it does not serve the console.
  'distinct-texts': {
    heading: DISTINCT_TEXTS_HEADING,
    what: 'the distinct-texts section',
    measure: () =>
      withBench((bench) =>
        withFederation(bench, (fed) => measureDistinctTexts(fed, false), {
          gatewayEnv: distinctTextsGatewayEnv(),
          buildConsole: false,
        }),
      ),
  },
};

/** `--only <section>`: that section measured alone replaces its part of BENCHMARKS.md. */
async function runOnly(name: string): Promise<void> {
  const section = ONLY_SECTIONS[name]!;
  const lines = await step(section.what, section.measure);
  if (!lines) {
    console.log(`nothing measured: ${section.what} of BENCHMARKS.md left as it was`);
    return;
  }
  writeFileSync('BENCHMARKS.md', withSection(readFileSync('BENCHMARKS.md', 'utf8'), section.heading, lines));
  console.log(lines.join('\n'));
  console.log(`updated ${section.what} of BENCHMARKS.md`);
}

/** Sections 6, 1-4 and 10 on one federation; 1-4 are kept in .bench-results.tmp until the report is written. */
async function federationSections(bench: Bench): Promise<{ console: string[]; distinctTexts: string[] }> {
  return withFederation(bench, async (fed) => {
    const consoleLines = await step('6. console', () => measureConsole(fed));
    const probes = await step('1. directory: each subgraph direct', () => probesOf(bench, fed));
    const callers = await referralCallers(bench);
    const results = [
      ...(await step('1. directory', () => directorySection(bench, fed, probes))),
      ...(await step('2. referrals', () => referralsSection(bench, fed, callers))),
      ...(await step('3. statements', () => statementsSection(bench, callers))),
      ...(await step('4. memory', () => memorySection(bench, fed))),
    ];
    writeFileSync('.bench-results.tmp', results.join('\n'));
    return {
      console: consoleLines,
      distinctTexts: await step('10. distinct texts', () => measureDistinctTexts(fed, true)),
    };
  });
}

/** BENCHMARKS.md from a full run; section 8 is measured by its own run (--only heap) and kept as that run wrote it. */
function writeReport(
  started: Date,
  parts: Record<'planning' | 'startup' | 'console' | 'distinctTexts', string[]>,
  big: Awaited<ReturnType<typeof benchStatistics>>,
): void {
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
    ...parts.console,
    ...parts.startup,
  ].join('\n');
  const kept = (heading: string) =>
    existsSync('BENCHMARKS.md') ? sectionOf(readFileSync('BENCHMARKS.md', 'utf8'), heading) : [];
  const heapLines = kept(HEAP_HEADING);
  const withHeap = heapLines.length ? withSection(md, HEAP_HEADING, heapLines) : md;
  // Section 11 too is measured by its own run (--only shedding) and kept as it wrote it.
  const sheddingLines = kept(SHEDDING_HEADING);
  // Sections 9 and 10 after 8 (withSection appends a section it does not find).
  const withTen = withSection(
    withSection(withHeap, PLANNING_HEADING, parts.planning),
    DISTINCT_TEXTS_HEADING,
    parts.distinctTexts,
  );
  writeFileSync(
    'BENCHMARKS.md',
    sheddingLines.length ? withSection(withTen, SHEDDING_HEADING, sheddingLines) : withTen,
  );
  console.log('wrote BENCHMARKS.md');
}

/** Every section but 8, in an order where each is measured on an otherwise quiet machine where it needs one. */
async function runAll(): Promise<void> {
  const started = new Date();
  const planning = await step('9. planning', benchPlanning);
  await withBench(async (bench) => {
    const startup = await step('7. start time', () => measureStartup(bench));
    const { console: consoleLines, distinctTexts } = await federationSections(bench);
    // 5: statistics over 1,000,000 referrals (its own database).
    const big = await step('5. statistics', () => benchStatistics(1_000_000, 50, () => undefined));
    writeReport(started, { planning, startup, console: consoleLines, distinctTexts }, big);
  });
}

async function main(): Promise<void> {
  const args = process.argv.slice(2).join(' ');
  // Each step's duration is kept for the next run's expected times (a load case's come from its settings).
  const progress = new Progress({ timingsFile: '.bench-timings.json', tickMs: PROGRESS_SECONDS * 1000 });
  if (!args) return withProgress(progress, 'npm run bench', runAll);
  const only = new RegExp(`^--only (${Object.keys(ONLY_SECTIONS).join('|')})$`).exec(args)?.[1];
  if (!only) throw new ConfigError([`arguments: npm run bench [-- --only ${Object.keys(ONLY_SECTIONS).join('|')}]`]);
  return withProgress(progress, `npm run bench -- ${args}`, () => runOnly(only));
}

// This process builds a gateway itself (section 3): like gateway/src/main.ts, it keeps Apollo Gateway from reporting to Apollo.
process.env.APOLLO_TELEMETRY_DISABLED = 'true';
runMain(main);
