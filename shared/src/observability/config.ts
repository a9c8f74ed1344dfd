/** The observability variables every process reads (in its own config module): log level, metrics token, tracing. */
import { z } from 'zod';

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export interface ObservabilityConfig {
  /** The process's name in logs and traces: gateway, or the network's key. */
  service: string;
  logLevel: LogLevel;
  /** Human-readable log lines instead of JSON (development only). */
  pretty: boolean;
  /** Bearer token of /metrics; without it /metrics is off (404). */
  metricsToken?: string;
  /** Where spans go (OTLP over HTTP); without it no tracer is registered. */
  tracing?: { endpoint: string; sampleRatio: number };
}

export function observabilityEnvShape() {
  return {
    /** Least severe log level written. */
    LOG_LEVEL: z.enum(LOG_LEVELS).default('info'),
    /** Bearer token a Prometheus scraper sends to /metrics; /metrics is off without it. */
    METRICS_TOKEN: z.string().min(32, 'must be at least 32 characters, e.g. openssl rand -hex 24').optional(),
    /** OTLP/HTTP base URL of a trace collector (traces go to <url>/v1/traces); tracing is off without it. */
    OTEL_EXPORTER_OTLP_ENDPOINT: z.string().url().optional(),
    /** Share of new traces recorded (0..1); a trace started elsewhere in the hub follows its parent's decision. */
    TRACING_SAMPLE_RATIO: z.coerce.number().min(0).max(1).default(1),
  };
}

/** The observability settings of an environment parsed with observabilityEnvShape (and NODE_ENV). */
export function observabilityConfig(service: string, env: Record<string, unknown>): ObservabilityConfig {
  const str = (name: string) => (typeof env[name] === 'string' ? (env[name] as string) : undefined);
  const endpoint = str('OTEL_EXPORTER_OTLP_ENDPOINT');
  return {
    service,
    logLevel: (str('LOG_LEVEL') ?? 'info') as LogLevel,
    pretty: env.NODE_ENV === 'development',
    metricsToken: str('METRICS_TOKEN'),
    tracing: endpoint ? { endpoint, sampleRatio: Number(env.TRACING_SAMPLE_RATIO ?? 1) } : undefined,
  };
}
