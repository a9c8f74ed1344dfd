/**
 * The gateway's own metrics: its calls to each network's subgraph, whether each answers its health check, and the
 * requests its admission refused (load shedding, per-caller limits).
 */
import type { Metrics } from '#shared/observability/metrics';
import type { Registry } from '#shared/registry';
import type { CountRefusal } from './limits/callers';
import type { CountShed, LoadShedder } from './limits/shedding';
import type { SubgraphCalls } from './transport/network-data-source';
import { subgraphHealth } from './transport/subgraph-client';

/** Registers the gateway's metrics in `metrics`; returns what counts one subgraph call. */
export function gatewayMetrics(
  metrics: Metrics,
  registry: Registry,
  subgraphUrls: Record<string, string>,
): SubgraphCalls {
  const calls = metrics.counter(
    'jcn_subgraph_requests_total',
    "The gateway's requests to each network's subgraph, by outcome (ok, errors, unavailable).",
    ['subgraph', 'outcome'],
  );
  const duration = metrics.histogram(
    'jcn_subgraph_request_duration_seconds',
    "Time each network's subgraph took to answer the gateway.",
    ['subgraph'],
  );
  metrics.gauge(
    'jcn_subgraph_up',
    "1 when the network's subgraph answers its health check (probed when scraped), else 0.",
    ['subgraph'],
    async (gauge) => {
      const states = await Promise.all(
        registry.map(async (n) => [n.key, await subgraphHealth(subgraphUrls[n.key] ?? '')] as const),
      );
      for (const [key, state] of states) gauge.set({ subgraph: key }, state === 'up' ? 1 : 0);
    },
  );
  return (network, outcome, seconds) => {
    calls.inc({ subgraph: network, outcome });
    duration.observe({ subgraph: network }, seconds);
  };
}

/** What the gateway's admission (limits/admission.ts) counts: requests shed, requests over a caller's limits. */
export interface AdmissionCounts {
  countShed: CountShed;
  countRefusal: CountRefusal;
  /** Reports `shedder`'s requests in flight and event-loop delay when /metrics is scraped. */
  watch: (shedder: LoadShedder) => void;
}

/** Registers the metrics of load shedding and per-caller limits. */
export function admissionMetrics(metrics: Metrics): AdmissionCounts {
  const shed = metrics.counter(
    'jcn_gateway_shed_total',
    'GraphQL requests refused with 503 OVERLOADED because the gateway was saturated, by reason (event_loop_delay, in_flight).',
    ['reason'],
  );
  const limited = metrics.counter(
    'jcn_gateway_rate_limited_total',
    'GraphQL requests refused with 429 RATE_LIMITED, by the limit reached (in_flight, per_minute) and whom it counts (subject, address, service).',
    ['limit', 'caller'],
  );
  let watched: LoadShedder | undefined;
  metrics.gauge('jcn_gateway_requests_in_flight', 'GraphQL requests being answered by this process.', [], (gauge) => {
    if (watched) gauge.set(watched.requestsInFlight);
  });
  metrics.gauge(
    'jcn_gateway_event_loop_delay_seconds',
    "The event loop's delay as load shedding compares it with SHED_EVENT_LOOP_DELAY_MS: the lower of the last two half-seconds' means.",
    [],
    (gauge) => {
      if (watched) gauge.set(watched.eventLoopDelayMs / 1000);
    },
  );
  return {
    countShed: (reason) => shed.inc({ reason }),
    countRefusal: (limit, caller) => limited.inc({ limit, caller }),
    watch: (shedder) => void (watched = shedder),
  };
}
