/**
 * A hostile network's subgraph for tests: a real HTTP server in front of a
 * real subgraph, forwarding the gateway's requests and damaging the answers
 * the way the test says (a rewritten body, an odd status, an endless body, an
 * answer dripped byte by byte). Point a gateway's SUBGRAPH_URL_<CODE> at `url`.
 */
import { once } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SUBGRAPH_SECRET_HEADER } from '#shared/auth/subgraph-secret';

/** The gateway's request and the real subgraph's answer, as forwarded. */
export interface Exchange {
  request: { query: string; variables?: Record<string, unknown>; operationName?: string };
  status: number;
  /** The real answer's text. */
  text: string;
  /** The real answer, parsed. */
  answer: { data?: Record<string, unknown> | null; errors?: unknown[] };
}

/** What the hostile subgraph sends instead of the real answer. */
export type Damage =
  /** This JSON value as the body (with this status, 200 by default). */
  | { json: unknown; status?: number }
  /** This text as the body. */
  | { text: string; status?: number }
  /** A body that goes on for `bytes` bytes (a JSON string that never ends), written as fast as the gateway reads. */
  | { endless: number }
  /** The real answer, `slice` bytes every `everyMs`. */
  | { drip: { slice: number; everyMs: number } };

/** Returns the damage for one exchange; undefined passes the real answer through. */
export type Damager = (exchange: Exchange) => Damage | undefined;

export interface HostileSubgraph {
  url: string;
  /** What to do to the next answers; undefined forwards them unchanged. */
  damage: Damager | undefined;
  /** Answers damaged, and bytes written of endless bodies before the gateway hung up. */
  readonly counts: { forwarded: number; damaged: number; endlessBytes: number };
  close(): Promise<void>;
}

const FORWARDED_HEADERS = ['content-type', 'authorization', 'x-request-id', 'traceparent', SUBGRAPH_SECRET_HEADER];

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

const closed = (res: ServerResponse) => res.destroyed || res.writableEnded;

async function writeEndless(res: ServerResponse, bytes: number, counts: HostileSubgraph['counts']): Promise<void> {
  res.writeHead(200, { 'content-type': 'application/json' });
  const slice = Buffer.alloc(64 * 1024, 'a');
  res.write('{"data":{"x":"');
  const hungUp = once(res, 'close').catch(() => undefined);
  let written = 0;
  while (written < bytes && !closed(res)) {
    const more = res.write(slice);
    written += slice.length;
    counts.endlessBytes += slice.length;
    if (!more) await Promise.race([once(res, 'drain'), hungUp]);
  }
  if (!closed(res)) res.end('"}}');
}

async function writeDripped(res: ServerResponse, text: string, slice: number, everyMs: number): Promise<void> {
  res.writeHead(200, { 'content-type': 'application/json' });
  for (let i = 0; i < text.length && !closed(res); i += slice) {
    res.write(text.slice(i, i + slice));
    await new Promise((r) => setTimeout(r, everyMs));
  }
  if (!closed(res)) res.end();
}

/** Starts the hostile subgraph in front of the real subgraph at `target` (its /graphql URL). */
export async function startHostileSubgraph(target: string): Promise<HostileSubgraph> {
  const counts = { forwarded: 0, damaged: 0, endlessBytes: 0 };
  const hostile: HostileSubgraph = { url: '', damage: undefined, counts, close: async () => undefined };
  const server = createServer((req, res) => {
    void (async () => {
      const body = await readBody(req);
      const headers: Record<string, string> = {};
      for (const name of FORWARDED_HEADERS) {
        const value = req.headers[name];
        if (typeof value === 'string') headers[name] = value;
      }
      const real = await fetch(target, { method: 'POST', headers, body });
      const text = await real.text();
      counts.forwarded++;
      let answer: Exchange['answer'] = {};
      try {
        answer = JSON.parse(text) as Exchange['answer'];
      } catch {
        // not JSON: passed through as it is
      }
      const damage = hostile.damage?.({
        request: JSON.parse(body) as Exchange['request'],
        status: real.status,
        text,
        answer,
      });
      if (!damage) {
        res.writeHead(real.status, { 'content-type': real.headers.get('content-type') ?? 'application/json' });
        res.end(text);
        return;
      }
      counts.damaged++;
      if ('json' in damage || 'text' in damage) {
        res.writeHead(damage.status ?? 200, { 'content-type': 'application/json' });
        res.end('json' in damage ? JSON.stringify(damage.json) : damage.text);
      } else if ('endless' in damage) await writeEndless(res, damage.endless, counts);
      else await writeDripped(res, text, damage.drip.slice, damage.drip.everyMs);
    })().catch(() => res.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  hostile.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  hostile.close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return hostile;
}

/** Every object in a JSON value, depth first (to damage answers in place). */
export function objectsIn(value: unknown): Record<string, unknown>[] {
  const found: Record<string, unknown>[] = [];
  const visit = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(visit);
    else if (v && typeof v === 'object') {
      found.push(v as Record<string, unknown>);
      Object.values(v).forEach(visit);
    }
  };
  visit(value);
  return found;
}
