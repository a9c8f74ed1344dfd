/** The gateway's own metrics: its calls to each network's subgraph, and whether each answers its health check. */
import type { Metrics } from '#shared/observability/metrics';
import type { Registry } from '#shared/registry';
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
