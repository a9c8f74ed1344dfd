/**
 * V8 heap settings per process kind, chosen by measurement (`npm run bench -- --only heap`,
 * BENCHMARKS.md "Heap settings"): a larger young generation means fewer scavenges of the
 * short-lived objects every answer makes. Set as NODE_OPTIONS wherever the processes start:
 * scripts/lib/processes.ts (npm start, the e2e tests, the benchmark), Dockerfile, docker-compose.yml.
 */
export const NODE_HEAP_OPTIONS = {
  // V8's own 16 MiB, stated. Since round 2 of issue 14 (compiled execution, entities from raw rows) an answer makes
  // less garbage, and 32 or 64 MiB no longer lower the CPU per request beyond the noise: the gateway 7.27, 7.01 and
  // 7.20 ms at 16 callers, the subgraph 1.14 ms at all three, for 35 to 100 MiB more peak RSS per process.
  gateway: '--max-semi-space-size=16',
  subgraph: '--max-semi-space-size=16',
} as const;

/** NODE_OPTIONS for a child of this process: this process's own, then the kind's heap settings. */
export const nodeOptionsFor = (kind: keyof typeof NODE_HEAP_OPTIONS): string =>
  [process.env.NODE_OPTIONS, NODE_HEAP_OPTIONS[kind]].filter(Boolean).join(' ');
