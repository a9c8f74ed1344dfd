/**
 * Issue 14's measurements, in alternating rounds within one run: the code before it (the tree
 * of the tag in bench/before-tree.ts, run from a temporary worktree, with Node's default heap)
 * against the current one, and the young generation's size per process kind.
 */
import { BEFORE_TAG, checkoutBefore, type BeforeTree } from './before-tree';
import { alternate, showSpread, spread, type LoadResult } from './compare';
import type { FanoutResult } from './fanout';

/** Environment of the subgraphs and of the gateway for one variant, and the source tree it runs. */
export interface Variant {
  name: string;
  subgraph: Record<string, string>;
  gateway: Record<string, string>;
  /** The source tree the processes run from; this one when absent. */
  root?: string;
}

export interface Probes {
  /** Restarts the four subgraphs and the gateway with a variant's environment, from its tree. */
  restart(v: Variant): Promise<void>;
  /** The slowest subgraph answering 50 contact points directly (CPU of that subgraph and PostgreSQL). */
  direct(): Promise<LoadResult>;
  /** The client calling all four subgraphs in parallel. */
  fanout(): Promise<FanoutResult>;
  /** The gateway at distinct callers (CPU of every process and PostgreSQL). */
  gateway(): Promise<LoadResult>;
  /** Peak RSS in KiB of each process since it started. */
  peakRssKb(): Record<string, number>;
  slowest: string;
  callers: number;
}

interface Round {
  direct: LoadResult;
  fanout?: FanoutResult;
  gateway: LoadResult;
  peakKb: Record<string, number>;
}

const fmt = (n: number, digits = 1) => n.toFixed(digits);

async function rounds(
  probes: Probes,
  variants: readonly Variant[],
  count: number,
  withFanout: boolean,
): Promise<Map<string, Round[]>> {
  return alternate(variants, count, probes.restart, async () => ({
    direct: await probes.direct(),
    fanout: withFanout ? await probes.fanout() : undefined,
    gateway: await probes.gateway(),
    peakKb: probes.peakRssKb(),
  }));
}

/** The subsection of BENCHMARKS.md's section 1 that `--only before-after` replaces. */
export const BEFORE_AFTER_HEADING = '### Before and after issue 14';

/** The tree before issue 14, with Node's default heap (its launcher had no heap settings). */
export const beforeVariant = (tree: BeforeTree): Variant => ({
  name: 'before',
  root: tree.root,
  subgraph: { NODE_OPTIONS: '' },
  gateway: { NODE_OPTIONS: '' },
});
export const AFTER: Variant = { name: 'after', subgraph: {}, gateway: {} };

/**
 * Before and after, side by side: RPS, CPU per request of every process, peak RSS. Null when the
 * clone lacks the "before" tag (said in the progress output). The processes run the current tree
 * when it returns, and the before worktree is removed, whether the rounds succeeded or not.
 */
export async function beforeAfter(probes: Probes, count: number): Promise<string[] | null> {
  const tree = checkoutBefore();
  if (!tree) return null;
  try {
    const results = await rounds(probes, [beforeVariant(tree), AFTER], count, true);
    await probes.restart(AFTER);
    return beforeAfterSection(probes, count, tree, results);
  } catch (err) {
    // Back to the current tree for whatever follows; the first failure is the one reported.
    await probes.restart(AFTER).catch(() => undefined);
    throw err;
  } finally {
    tree.remove();
  }
}

function beforeAfterSection(probes: Probes, count: number, tree: BeforeTree, results: Map<string, Round[]>): string[] {
  const before = results.get('before')!;
  const after = results.get('after')!;
  const row = (label: string, of: (r: Round) => number, digits = 1) => {
    const [b, a] = [before.map(of), after.map(of)];
    return `| ${label} | ${showSpread(b, digits)} | ${showSpread(a, digits)} | ${fmt(spread(a).median / Math.max(spread(b).median, 1e-9), 2)} |`;
  };
  const processes = Object.keys(after[0]!.gateway.cpuMs);
  return [
    `${BEFORE_AFTER_HEADING} (${count} alternating rounds)`,
    '',
    `Before: the tree of the tag \`${BEFORE_TAG}\` (${tree.commit.slice(0, 12)}), the last commit before issue 14, run from a temporary git worktree (dependencies: ${tree.dependencies}). There` +
      " the subgraphs read every column and count every page in a statement of its own, pg's parser reads text arrays, TypeORM's transformer builds entities, graphql-js executes, the gateway runs every plan with Apollo Gateway's executor, the HTTP front of every process hands Node the answer as text (measured, then encoded again), and every process runs with Node's default heap. After: field-aware reads, the count inside the page's statement and only when totalCount is asked, the plain text-array reader, entities built from raw rows, hot queries compiled (graphql-jit), the gateway's own plan executor and result shaping, each answer encoded once, and the heap settings of scripts/lib/heap.ts. Each round restarts every process in the variant; figures are the median over the rounds (lowest–highest). The query asks totalCount.",
    '',
    '| figure | before | after | after / before |',
    '| --- | --- | --- | --- |',
    row(`slowest subgraph direct (${probes.slowest}, 50 contact points): RPS`, (r) => r.direct.rps),
    row(`  CPU ms per request: ${probes.slowest}`, (r) => r.direct.cpuMs[probes.slowest] ?? 0, 2),
    row('  CPU ms per request: PostgreSQL', (r) => r.direct.cpuMs.postgres ?? 0, 2),
    row('all four subgraphs direct, in parallel from the client: RPS', (r) => r.fanout!.rps),
    row(`gateway, ${probes.callers} callers: RPS`, (r) => r.gateway.rps),
    row(`gateway, ${probes.callers} callers: p50 ms`, (r) => r.gateway.p50, 0),
    ...processes.map((p) =>
      row(`  CPU ms per request: ${p === 'postgres' ? 'PostgreSQL' : p}`, (r) => r.gateway.cpuMs[p] ?? 0, 2),
    ),
    row(
      `gateway ${probes.callers} callers RPS / four subgraphs in parallel RPS (target at least 0.7)`,
      (r) => r.gateway.rps / Math.max(r.fanout!.rps, 1e-9),
      2,
    ),
    ...Object.keys(after[0]!.peakKb).map((p) => row(`peak RSS MiB: ${p}`, (r) => (r.peakKb[p] ?? 0) / 1024, 0)),
    '',
  ];
}

export const HEAP_HEADING = '## 8. Heap settings';

/** The young generation's largest size, 16 (Node 20's own limit on 64-bit), 32 and 64 MiB, for both process kinds at once. */
export async function heapSweep(probes: Probes, count: number): Promise<string[]> {
  const variants: Variant[] = [16, 32, 64].map((mb) => ({
    name: `${mb}`,
    subgraph: { NODE_OPTIONS: `--max-semi-space-size=${mb}` },
    gateway: { NODE_OPTIONS: `--max-semi-space-size=${mb}` },
  }));
  const results = await rounds(probes, variants, count, false);
  const row = (v: Variant) => {
    const rs = results.get(v.name)!;
    return `| --max-semi-space-size=${v.name}${v.name === '16' ? " (Node's default)" : ''} | ${showSpread(rs.map((r) => r.direct.rps))} | ${showSpread(
      rs.map((r) => r.direct.cpuMs[probes.slowest] ?? 0),
      2,
    )} | ${showSpread(
      rs.map((r) => (r.peakKb[probes.slowest] ?? 0) / 1024),
      0,
    )} | ${showSpread(rs.map((r) => r.gateway.rps))} | ${showSpread(
      rs.map((r) => r.gateway.cpuMs.gateway ?? 0),
      2,
    )} | ${showSpread(
      rs.map((r) => (r.peakKb.gateway ?? 0) / 1024),
      0,
    )} |`;
  };
  return [
    HEAP_HEADING,
    '',
    `Measured by \`npm run bench -- --only heap\`: ${count} alternating rounds, every process restarted with the setting (subgraphs and gateway alike), field-aware reads on. The slowest subgraph (${probes.slowest}) answers 50 contact points directly; the gateway answers 4 x 50 to ${probes.callers} callers. Median (lowest–highest); peak RSS is the process's highest since its start in that round.`,
    '',
    `| young generation | subgraph RPS | subgraph CPU ms/req | subgraph peak RSS MiB | gateway RPS | gateway CPU ms/req | gateway peak RSS MiB |`,
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...variants.map(row),
    '',
  ];
}
