/**
 * OpenTelemetry tracing, off unless a process is configured with an OTLP
 * endpoint: then a tracer provider is registered (W3C trace context, async
 * context through the request), and Apollo Gateway's own spans appear as well.
 * Off, nothing is registered and the request path skips span work altogether.
 */
import { context, propagation, ROOT_CONTEXT, trace, type Context, type Span } from '@opentelemetry/api';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import {
  BatchSpanProcessor,
  ParentBasedSampler,
  SimpleSpanProcessor,
  TraceIdRatioBasedSampler,
  type SpanExporter,
} from '@opentelemetry/sdk-trace-base';
import { NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import { ATTR_SERVICE_NAME } from '@opentelemetry/semantic-conventions';
import type { ObservabilityConfig } from './config';

let enabled = false;

/** Whether a tracer provider is registered in this process. */
export function tracingEnabled(): boolean {
  return enabled;
}

/** The hub's tracer (a no-op one while tracing is off). */
export const tracer = () => trace.getTracer('jcn-hub');

export interface TracingOptions {
  /** service.name of the spans. */
  service: string;
  exporter: SpanExporter;
  /** Share of new traces recorded; default all. */
  sampleRatio?: number;
  /** Export each span as it ends (tests) instead of in batches. */
  immediate?: boolean;
}

/** Registers a tracer provider for the whole process; the returned function flushes and unregisters it. */
export function startTracing(options: TracingOptions): () => Promise<void> {
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ [ATTR_SERVICE_NAME]: options.service }),
    // A parent's decision is followed: one journey is recorded whole or not at all.
    sampler: new ParentBasedSampler({ root: new TraceIdRatioBasedSampler(options.sampleRatio ?? 1) }),
    spanProcessors: [
      options.immediate ? new SimpleSpanProcessor(options.exporter) : new BatchSpanProcessor(options.exporter),
    ],
  });
  provider.register({ propagator: new W3CTraceContextPropagator() });
  enabled = true;
  return async () => {
    enabled = false;
    await provider.shutdown();
    trace.disable();
    propagation.disable();
    context.disable();
  };
}

/** Starts tracing when the configuration names an OTLP endpoint; returns its stop, or undefined. */
export function startConfiguredTracing(config: ObservabilityConfig): (() => Promise<void>) | undefined {
  if (!config.tracing) return undefined;
  const url = `${config.tracing.endpoint.replace(/\/$/, '')}/v1/traces`;
  return startTracing({
    service: config.service,
    exporter: new OTLPTraceExporter({ url }),
    sampleRatio: config.tracing.sampleRatio,
  });
}

/** Adds the current trace context (traceparent) to outgoing headers; nothing while tracing is off. */
export function injectTraceContext(headers: Record<string, string>): void {
  if (enabled) propagation.inject(context.active(), headers);
}

/** The current trace context as a W3C traceparent, or null (tracing off, or no span). */
export function currentTraceparent(): string | null {
  const carrier: Record<string, string> = {};
  injectTraceContext(carrier);
  return carrier.traceparent ?? null;
}

/** The context a received or stored traceparent continues (the root context when there is none). */
export function contextOf(carrier: Record<string, string | string[] | undefined>): Context {
  return enabled && carrier.traceparent ? propagation.extract(ROOT_CONTEXT, carrier) : ROOT_CONTEXT;
}

/** The trace id to print beside a log line, when the span is recorded. */
export function traceIdOf(span: Span | undefined): string | undefined {
  return span?.isRecording() ? span.spanContext().traceId : undefined;
}
