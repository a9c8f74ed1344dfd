/**
 * The one logger of every process (pino): JSON lines on stdout in production
 * and tests, pretty-printed in development. Lines never carry tokens or personal
 * data: the request log (requests.ts) writes ids, codes and timings only.
 */
import { pino, type DestinationStream, type Logger } from 'pino';
import type { ObservabilityConfig } from './config';

export type { Logger } from 'pino';

/** The process's logger; `destination` captures the lines (tests). */
export function createLogger(
  config: Pick<ObservabilityConfig, 'service' | 'logLevel' | 'pretty'>,
  destination?: DestinationStream,
): Logger {
  const options = {
    level: config.logLevel,
    base: { service: config.service },
    // Belt and braces: should a header or a token ever be logged by mistake, it is replaced.
    redact: { paths: ['authorization', '*.authorization', 'token', '*.token', 'headers'], censor: '[redacted]' },
  };
  if (destination) return pino(options, destination);
  // pino-pretty is a development dependency: loaded (in a worker thread) only in development.
  if (config.pretty)
    return pino({
      ...options,
      transport: { target: 'pino-pretty', options: { translateTime: 'SYS:HH:MM:ss.l', ignore: 'pid,hostname' } },
    });
  return pino(options);
}
