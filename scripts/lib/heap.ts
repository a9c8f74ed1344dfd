/**
 * V8 heap settings per process kind, chosen by measurement (`npm run bench -- --only heap`,
 * BENCHMARKS.md "Heap settings"): a larger young generation means fewer scavenges of the
 * short-lived objects every answer makes. Set as NODE_OPTIONS wherever the processes start:
 * scripts/lib/processes.ts (npm start, the e2e tests, the benchmark), Dockerfile, docker-compose.yml.
 */
export const NODE_HEAP_OPTIONS = {
  // 32 MiB: once the subgraphs answered twice as fast (issue 14, round 2), the gateway's CPU per request at 16
  // callers fell by about 10% against V8's own 16 MiB (BENCHMARKS.md section 8), for about 40 MiB more peak RSS.
  gateway: '--max-semi-space-size=32',
  // 32 MiB: the subgraph's lowest CPU per request and highest RPS of 16/32/64, for about 40 MiB more peak RSS.
  subgraph: '--max-semi-space-size=32',
} as const;

/** NODE_OPTIONS for a child of this process: this process's own, then the kind's heap settings. */
export const nodeOptionsFor = (kind: keyof typeof NODE_HEAP_OPTIONS): string => [process.env.NODE_OPTIONS, NODE_HEAP_OPTIONS[kind]].filter(Boolean).join(' ');
