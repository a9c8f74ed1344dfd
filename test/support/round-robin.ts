/**
 * One port in front of several HTTP servers, as a load balancer puts several
 * gateway processes behind one address: each request goes to the next target
 * in turn (per request, not per connection, so a client's keep-alive
 * connection still alternates).
 */
import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RoundRobin {
  /** The proxy's URL with `path`, e.g. /graphql. */
  url: string;
  /** Base URLs (http://host:port) to alternate over; a test may add to it. */
  targets: string[];
  /** Requests sent to each target so far, by base URL. */
  counts: Map<string, number>;
  close(): Promise<void>;
}

export async function startRoundRobin(targets: string[], path = '/graphql'): Promise<RoundRobin> {
  const counts = new Map<string, number>();
  let next = 0;
  const server = createServer((req, res) => {
    const target = targets[next++ % targets.length]!;
    counts.set(target, (counts.get(target) ?? 0) + 1);
    const upstream = request(
      new URL(req.url ?? '/', target),
      { method: req.method, headers: req.headers },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on('error', (err) => {
      // A target that is down answers as a balancer would: 502, and the client retries.
      res.writeHead(502, { 'content-type': 'text/plain' }).end(`upstream ${target}: ${err.message}`);
    });
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${path}`,
    targets,
    counts,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
