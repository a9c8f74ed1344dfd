/** Closed-loop load with autocannon, and latency one request at a time. */
import autocannon from 'autocannon';
import type { LoadResult } from './compare';
import { cpuMsOfTree } from './compare';
import { fanoutLoad, type FanoutTarget } from './fanout';
import { step } from './progress';
import { CONNECTIONS, SECONDS, WARMUP_SECONDS } from './settings';

/** A load case's name in the progress lines: the query's first field, and its callers. */
const caseName = (query: string, callers?: string[]) =>
  `load ${/\{\s*(\w+)/.exec(query)?.[1] ?? 'query'}, ${CONNECTIONS} connections${callers ? `, ${callers.length} callers` : ''}`;

/**
 * Closed-loop load with autocannon. With `callers`, connection i sends callers[i % n]
 * as its bearer token (many users), instead of one token for every connection.
 * A case of the run's progress, expected to take its warm-up and measured seconds.
 */
export const load = (
  url: string,
  query: string,
  variables: Record<string, unknown>,
  headers: Record<string, string>,
  seconds = SECONDS,
  callers?: string[],
  cpuOf: Record<string, number> = {},
): Promise<LoadResult> =>
  step(
    caseName(query, callers),
    () => measureLoad(url, query, variables, headers, seconds, callers, cpuOf),
    (WARMUP_SECONDS + seconds) * 1000,
  );

async function measureLoad(
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

/** One request at a time for 5 s, after a 1 s warm-up: latency without queueing. */
export async function loadSequential(target: FanoutTarget): Promise<{ p50: number }> {
  const r = await fanoutLoad([target], 1, 1, 5);
  return { p50: r.p50 };
}
