/** Section 4 of BENCHMARKS.md: RSS of every process over a long run of the directory query through the gateway. */
import type { RunningFederation } from '../scripts/lib/processes';
import { memoryKb } from './compare';
import { load } from './load';
import { fmt, SOAK_SECONDS, WARMUP_SECONDS } from './settings';
import { DIRECTORY, type Bench } from './setup';

/** 30 s of load to reach a working size, then SOAK_SECONDS sampled every second, then 10 s idle. */
export async function memorySection(bench: Bench, fed: RunningFederation): Promise<string[]> {
  const pids = fed.pids();
  const samples: Record<string, number[]> = Object.fromEntries(Object.keys(pids).map((k) => [k, []]));
  const soakBody = { first: 20 };
  await load(fed.gatewayUrl, DIRECTORY, soakBody, bench.auth, 30, bench.callers);
  const sampler = setInterval(() => {
    for (const [name, pid] of Object.entries(pids)) samples[name]!.push(memoryKb(pid).rss);
  }, 1000);
  const soak = await load(fed.gatewayUrl, DIRECTORY, soakBody, bench.auth, SOAK_SECONDS, bench.callers);
  clearInterval(sampler);
  await new Promise((r) => setTimeout(r, 10_000));
  const mib = (kb: number) => fmt(kb / 1024);
  return [
    `## 4. Memory: ${SOAK_SECONDS} seconds of the directory query through the gateway`,
    '',
    `${bench.callers.length} callers, 4 networks x 20 contact points, after ${30 + WARMUP_SECONDS} s of the same load: ${fmt(soak.rps)} requests/s, p50 ${soak.p50} ms, p99 ${soak.p99} ms, ${soak.non2xx} non-2xx. RSS sampled every second. RSS rises and falls with garbage collection (a saw-tooth of tens of MiB), so growth is judged on the highest RSS of each half of the run.`,
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
  ];
}
