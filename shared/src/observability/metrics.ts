/**
 * Prometheus metrics of one process (prom-client), served at /metrics to a
 * scraper that presents METRICS_TOKEN. Each server owns its registry, so several
 * servers in one process (tests) do not clash. Label values are bounded: an
 * operation name is chosen by the caller, so the console's own operations
 * always have their series, and of the other names only the first
 * MAX_OPERATIONS of operations that succeeded get one, the rest are "other":
 * a caller who sends many names of its own takes none of the console's series.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { secretMatches } from '../auth/subgraph-secret';
import type { TokenVerifier } from '../auth/tokens';
import { CONSOLE_OPERATIONS } from './__generated__/console-operations';

/** Distinct operation names, beside the console's, with a series of their own; later ones are counted as "other". */
export const MAX_OPERATIONS = 100;
/** Distinct outcomes (ok and error codes) with a series of their own. */
const MAX_OUTCOMES = 40;

/** A label whose values come from outside: the first `max` admitted values, then "other". */
export class BoundedLabel {
  private readonly known = new Set<string>();

  /** `reserved`: values that always have their own series, taking no room from the others. */
  constructor(
    private readonly max: number,
    private readonly pattern: RegExp,
    private readonly reserved: ReadonlySet<string> = new Set(),
  ) {}

  /** The label for `value`; a value not seen before is admitted only when `admit` (and there is room). */
  of(value: string, admit = true): string {
    if (this.reserved.has(value) || this.known.has(value)) return value;
    if (!admit || this.known.size >= this.max || !this.pattern.test(value)) return 'other';
    this.known.add(value);
    return value;
  }
}

/**
 * The operation's name as a client wrote it: Apollo Gateway names its subgraph
 * fetches <operation>__<subgraph>__<n>, which would give every fetch a series.
 */
export function operationName(name: string | null | undefined): string {
  if (!name) return 'anonymous';
  return name.replace(/__[a-z0-9]+__\d+$/i, '');
}

const SECONDS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

export class Metrics {
  readonly registry = new Registry();
  private readonly operations = new BoundedLabel(
    MAX_OPERATIONS,
    /^[A-Za-z_][A-Za-z0-9_]{0,63}$/,
    new Set(CONSOLE_OPERATIONS),
  );
  private readonly outcomes = new BoundedLabel(MAX_OUTCOMES, /^[A-Za-z0-9_]{1,40}$/);
  private readonly requests = new Counter({
    name: 'jcn_graphql_requests_total',
    help: 'GraphQL requests answered, by operation name and outcome (ok, or the first error code).',
    labelNames: ['operation', 'outcome'] as const,
    registers: [this.registry],
  });
  private readonly duration = new Histogram({
    name: 'jcn_graphql_request_duration_seconds',
    help: 'Time from receiving a GraphQL request to the end of its answer, by operation name.',
    labelNames: ['operation'] as const,
    buckets: SECONDS,
    registers: [this.registry],
  });
  private readonly tokenFailures = new Counter({
    name: 'jcn_token_verification_failures_total',
    help: 'Bearer tokens refused (bad signature, expired, wrong issuer or audience, malformed).',
    registers: [this.registry],
  });

  /** `token`: the bearer token /metrics asks for (METRICS_TOKEN). */
  constructor(private readonly token: string) {
    collectDefaultMetrics({ register: this.registry });
  }

  /** Counts one answered GraphQL request. */
  request(operation: string | null | undefined, outcome: string, seconds: number): void {
    const name = operationName(operation);
    const op = name === 'anonymous' ? name : this.operations.of(name, outcome === 'ok');
    this.requests.inc({ operation: op, outcome: this.outcomes.of(outcome) });
    this.duration.observe({ operation: op }, seconds);
  }

  /** `verify`, counting the tokens it refuses. */
  countingFailures(verify: TokenVerifier): TokenVerifier {
    return (authorization) =>
      verify(authorization).catch((err: unknown) => {
        this.tokenFailures.inc();
        throw err;
      });
  }

  counter<L extends string>(name: string, help: string, labelNames: readonly L[]): Counter<L> {
    return new Counter({ name, help, labelNames, registers: [this.registry] });
  }

  histogram<L extends string>(name: string, help: string, labelNames: readonly L[]): Histogram<L> {
    return new Histogram({ name, help, labelNames, buckets: SECONDS, registers: [this.registry] });
  }

  /** A gauge whose values `collect` sets when /metrics is scraped; a failing collect leaves the last values. */
  gauge<L extends string>(
    name: string,
    help: string,
    labelNames: readonly L[],
    collect: (gauge: Gauge<L>) => Promise<void> | void,
  ): Gauge<L> {
    return new Gauge({
      name,
      help,
      labelNames,
      registers: [this.registry],
      async collect() {
        try {
          await collect(this);
        } catch {
          // A database that does not answer must not fail the scrape: the process metrics still matter.
        }
      },
    });
  }

  /** Serves /metrics to a bearer of the token (compared in constant time); anyone else gets 401. */
  readonly serve = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const match = /^Bearer (.+)$/.exec(req.headers.authorization ?? '');
    if (!match || !secretMatches(match[1], this.token)) {
      res.writeHead(401, {
        'content-type': 'text/plain; charset=utf-8',
        'www-authenticate': 'Bearer realm="metrics"',
        'cache-control': 'no-store',
      });
      res.end('The metrics need their own bearer token (METRICS_TOKEN).\n');
      return;
    }
    const text = await this.registry.metrics();
    res.writeHead(200, { 'content-type': this.registry.contentType, 'cache-control': 'no-store' });
    res.end(text);
  };
}
