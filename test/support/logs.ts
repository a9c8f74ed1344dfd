/** Loggers for tests: silent, or capturing the JSON lines a process would write to stdout. */
import type { DestinationStream } from 'pino';
import { createLogger, type Logger } from '#shared/observability/logger';

/** The raw text and parsed lines every logger given this capture wrote. */
export class LogCapture implements DestinationStream {
  text = '';
  readonly lines: Record<string, unknown>[] = [];

  write(chunk: string): void {
    this.text += chunk;
    for (const line of chunk.split('\n')) if (line.trim()) this.lines.push(JSON.parse(line) as Record<string, unknown>);
  }

  /** The request log lines of one process (`service`: gateway or a network key). */
  requests(service: string): Record<string, unknown>[] {
    return this.lines.filter((l) => l.service === service && l.msg === 'request');
  }
}

/** A logger writing JSON lines to `capture`, or nowhere. */
export function testLogger(service: string, capture?: LogCapture): Logger {
  return createLogger({ service, logLevel: capture ? 'info' : 'silent', pretty: false }, capture);
}
