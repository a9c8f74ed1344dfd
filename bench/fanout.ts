/**
 * The gateway's baseline without a gateway: a client that asks every network's
 * subgraph itself, in parallel, and waits for the slowest. Closed loop, like
 * autocannon: each of `connections` loops sends its next round when the last
 * one has fully arrived; a round's latency is that of its slowest answer.
 */
import { Agent, request } from 'node:http';

export interface FanoutTarget {
  url: string;
  body: string;
  headers: Record<string, string>;
}

export interface FanoutResult {
  rps: number;
  p50: number;
  p99: number;
}

function post(agent: Agent, target: FanoutTarget): Promise<void> {
  return new Promise((resolve, reject) => {
    const req = request(
      target.url,
      { method: 'POST', agent, headers: { ...target.headers, 'content-type': 'application/json', 'content-length': Buffer.byteLength(target.body) } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          const json = JSON.parse(text) as { errors?: unknown[] };
          if (res.statusCode !== 200 || json.errors) reject(new Error(`direct call failed: ${res.statusCode} ${text.slice(0, 300)}`));
          else resolve();
        });
      },
    );
    req.on('error', reject);
    req.end(target.body);
  });
}

async function rounds(agent: Agent, targets: FanoutTarget[], connections: number, seconds: number): Promise<number[]> {
  const latencies: number[] = [];
  const end = Date.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (Date.now() < end) {
        const t0 = performance.now();
        await Promise.all(targets.map((t) => post(agent, t)));
        latencies.push(performance.now() - t0);
      }
    }),
  );
  return latencies.sort((a, b) => a - b);
}

export async function fanoutLoad(targets: FanoutTarget[], connections: number, warmupSeconds: number, seconds: number): Promise<FanoutResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: connections * 2 });
  try {
    await rounds(agent, targets, connections, warmupSeconds);
    const latencies = await rounds(agent, targets, connections, seconds);
    const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]!;
    return { rps: latencies.length / seconds, p50: at(0.5), p99: at(0.99) };
  } finally {
    agent.destroy();
  }
}
