/**
 * The same subgraph and gateway run by tsx (development) and compiled (npm run build, as the image
 * runs them): time from spawn to /health answering 200, RSS once idle, and peak RSS under a short
 * load. Each process is restarted alone for its timing, so nothing else starts beside it.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import {
  startFederation,
  type FederationOptions,
  type RunningFederation,
  type Runtime,
} from '../scripts/lib/processes';
import { memoryKb, spread } from './compare';

export interface StartupFigures {
  runtime: Runtime;
  process: string;
  /** Milliseconds from spawn to /health 200, one per start. */
  startMs: number[];
  idleKb: number;
  peakKb: number;
}

const STARTS = 3;
const IDLE_SECONDS = 5;

async function timed(restart: () => Promise<void>): Promise<number[]> {
  const ms: number[] = [];
  for (let i = 0; i < STARTS; i++) {
    const t0 = performance.now();
    await restart();
    ms.push(performance.now() - t0);
  }
  return ms;
}

/** `network`'s subgraph and the gateway in each runtime; `load` drives the gateway (and so the subgraphs) for a while. */
export async function benchStartup(
  options: Omit<FederationOptions, 'runtime'>,
  network: string,
  load: (fed: RunningFederation) => Promise<void>,
): Promise<StartupFigures[]> {
  execFileSync(process.execPath, ['--import', 'tsx', join(__dirname, '..', 'scripts', 'build.ts')], { stdio: 'pipe' });
  const figures: StartupFigures[] = [];
  for (const runtime of ['tsx', 'compiled'] as const) {
    const fed = await startFederation({ ...options, runtime });
    try {
      const subgraphMs = await timed(async () => {
        await fed.stopNetwork(network);
        await fed.startNetwork(network);
      });
      const gatewayMs = await timed(async () => {
        await fed.stopGateway();
        await fed.startGateway();
      });
      await new Promise((r) => setTimeout(r, IDLE_SECONDS * 1000));
      const pids = { [network]: fed.pids()[network]!, gateway: fed.pids().gateway! };
      const idle = Object.fromEntries(Object.entries(pids).map(([name, pid]) => [name, memoryKb(pid).rss]));
      await load(fed);
      for (const [name, ms] of [[network, subgraphMs] as const, ['gateway', gatewayMs] as const]) {
        figures.push({ runtime, process: name, startMs: ms, idleKb: idle[name]!, peakKb: memoryKb(pids[name]!).hwm });
      }
    } finally {
      await fed.stop();
    }
  }
  return figures;
}

export const STARTUP_HEADING = '## 7. Start time and memory: tsx vs compiled JavaScript';

/** The BENCHMARKS.md section; `loadSeconds` is how long `load` ran. */
export function startupSection(figures: StartupFigures[], loadSeconds: number): string[] {
  const mib = (kb: number) => (kb / 1024).toFixed(0);
  return [
    STARTUP_HEADING,
    '',
    `The same processes run by \`node --import tsx\` on the TypeScript sources and by \`node dist/start.js\` on the build of \`npm run build\` (what the image runs), NODE_ENV=production. Start: from spawn to \`/health\` answering 200, each process restarted alone, median of ${STARTS} (all ${STARTS} in brackets). Idle: RSS ${IDLE_SECONDS} s after the last start. Peak: highest RSS of that process (VmHWM) after ${loadSeconds} s of the directory query through the gateway.`,
    '',
    '| process | runtime | start ms | idle RSS MiB | peak RSS MiB |',
    '| --- | --- | --- | --- | --- |',
    ...figures.map(
      (f) =>
        `| ${f.process} | ${f.runtime} | **${spread(f.startMs).median.toFixed(0)}** (${f.startMs.map((x) => x.toFixed(0)).join(', ')}) | ${mib(f.idleKb)} | ${mib(f.peakKb)} |`,
    ),
    '',
  ];
}
