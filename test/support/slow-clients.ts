/** Slow clients on raw sockets, for the servers' connection limits (shared/src/server-limits.ts). */
import { once } from 'node:events';
import { connect } from 'node:net';

export interface Slowloris {
  /** What the server sent back before closing the connection. */
  answer: string;
  /** Bytes of the headers sent, one a second. */
  sent: number;
  /** From the first byte to the server closing the connection. */
  seconds: number;
}

/** Dribbles a request's headers to host:port a byte a second until the server closes the connection. */
export async function slowloris(host: string, port: number): Promise<Slowloris> {
  const client = connect(port, host);
  await once(client, 'connect');
  const headers = 'GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ' + 'a'.repeat(100);
  let answer = '';
  client.on('data', (chunk: Buffer) => (answer += chunk.toString('latin1')));
  // The server may reset the connection when the next byte arrives after it answered 408 and closed.
  client.on('error', () => undefined);
  const started = performance.now();
  client.write(headers[0]!);
  let sent = 1;
  const drip = setInterval(() => {
    if (sent < headers.length && !client.destroyed) client.write(headers[sent++]!);
  }, 1000);
  try {
    await once(client, 'close');
  } finally {
    clearInterval(drip);
  }
  return { answer, sent, seconds: (performance.now() - started) / 1000 };
}
