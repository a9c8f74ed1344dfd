/**
 * The gateway's baseline without a gateway: a client that asks every network's
 * subgraph itself, in parallel, and waits for the slowest. Closed loop, like
 * autocannon: each of `connections` loops sends its next round when the last
 * one has fully arrived; a round's latency is that of its slowest answer.
 * Calls go through the gateway's own subgraph client, with sharing off.
 */
import { SubgraphClient } from '../gateway/src/transport/subgraph-client';
import { step } from './progress';

export interface FanoutTarget {
  url: string;
  query: string;
  variables: Record<string, unknown>;
  headers: Record<string, string>;
}

export interface FanoutResult {
  rps: number;
  p50: number;
  p99: number;
}

interface Prepared {
  client: SubgraphClient;
  body: string;
  headers: Record<string, string>;
}

async function post(target: Prepared): Promise<void> {
  const res = await target.client.post(target.body, target.headers);
  const json = JSON.parse(res.text) as { errors?: unknown[] };
  if (res.status !== 200 || json.errors) throw new Error(`direct call failed: ${res.status} ${res.text.slice(0, 300)}`);
}

async function rounds(targets: Prepared[], connections: number, seconds: number): Promise<number[]> {
  const latencies: number[] = [];
  const end = Date.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (Date.now() < end) {
        const t0 = performance.now();
        await Promise.all(targets.map(post));
        latencies.push(performance.now() - t0);
      }
    }),
  );
  return latencies.sort((a, b) => a - b);
}

/** A case of the run's progress, expected to take its warm-up and measured seconds. */
export const fanoutLoad = (
  targets: FanoutTarget[],
  connections: number,
  warmupSeconds: number,
  seconds: number,
): Promise<FanoutResult> =>
  step(
    `fan-out to ${targets.length} subgraph${targets.length === 1 ? '' : 's'}, ${connections} connections`,
    () => measureFanout(targets, connections, warmupSeconds, seconds),
    (warmupSeconds + seconds) * 1000,
  );

async function measureFanout(
  targets: FanoutTarget[],
  connections: number,
  warmupSeconds: number,
  seconds: number,
): Promise<FanoutResult> {
  const prepared = targets.map((t) => ({
    client: new SubgraphClient(t.url, {
      timeoutMs: 30_000,
      maxResponseBytes: 8_000_000,
      maxSockets: connections,
      dedupe: false,
    }),
    body: JSON.stringify({ query: t.query, variables: t.variables }),
    headers: { ...t.headers, 'content-type': 'application/json' },
  }));
  try {
    await rounds(prepared, connections, warmupSeconds);
    const latencies = await rounds(prepared, connections, seconds);
    const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]!;
    return { rps: latencies.length / seconds, p50: at(0.5), p99: at(0.99) };
  } finally {
    for (const p of prepared) p.client.close();
  }
}
