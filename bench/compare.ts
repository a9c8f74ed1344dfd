/**
 * Comparisons within one run on a shared machine, where absolute numbers drift:
 * the variants are measured in rounds, alternating their order (A B, B A, A B, ...),
 * and each figure is reported as the median with its spread over the rounds.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One closed-loop load's figures. */
export interface LoadResult {
  rps: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
  /** CPU milliseconds per request of each process tree named in `cpuOf`, over the measured part. */
  cpuMs: Record<string, number>;
}

/** Runs `measure` for every variant in every round, after `apply` switched to it; results by variant name, in round order. */
export async function alternate<V extends { name: string }, R>(
  variants: readonly V[],
  rounds: number,
  apply: (v: V) => Promise<void>,
  measure: (v: V) => Promise<R>,
): Promise<Map<string, R[]>> {
  const out = new Map<string, R[]>(variants.map((v) => [v.name, []]));
  for (let round = 0; round < rounds; round++) {
    for (const v of round % 2 === 0 ? variants : [...variants].reverse()) {
      await apply(v);
      out.get(v.name)!.push(await measure(v));
    }
  }
  return out;
}

export interface Spread {
  median: number;
  min: number;
  max: number;
}

export function spread(xs: readonly number[]): Spread {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return { median: s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2, min: s[0]!, max: s[s.length - 1]! };
}

/** "median (min–max)" with `digits` decimals. */
export const showSpread = (xs: readonly number[], digits = 1): string => {
  const s = spread(xs);
  return `${s.median.toFixed(digits)} (${s.min.toFixed(digits)}–${s.max.toFixed(digits)})`;
};

/** A process's resident memory now (VmRSS) and its highest since it started (VmHWM), in KiB. */
export function memoryKb(pid: number): { rss: number; hwm: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const field = (name: string) => Number(new RegExp(`${name}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
  return { rss: field('VmRSS'), hwm: field('VmHWM') };
}

/** The PostgreSQL server's process id (the postmaster; its backends are its children), from its data folder. */
export const postmasterPid = (clusterDir: string): number =>
  Number(readFileSync(join(clusterDir, 'postmaster.pid'), 'utf8').split('\n')[0]);

/** The process ids of a process's children (cluster workers, PostgreSQL backends), from /proc; none when it is gone. */
export function childrenOf(pid: number): number[] {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

/**
 * User + system CPU in ms of a process and its descendants (cluster workers, PostgreSQL backends),
 * with that of the children it has reaped: a backend that ends mid-load still counts.
 */
export function cpuMsOfTree(pid: number): number {
  let ms = 0;
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    ms += ((Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14])) * 1000) / 100;
    for (const child of childrenOf(pid)) ms += cpuMsOfTree(child);
  } catch {
    // the process is gone
  }
  return ms;
}

/** The section that starts with `heading` (up to the next "## "), as lines; empty when there is none. */
export function sectionOf(markdown: string, heading: string): string[] {
  const start = markdown.indexOf(heading);
  if (start < 0) return [];
  const next = markdown.indexOf('\n## ', start + heading.length);
  return markdown.slice(start, next < 0 ? undefined : next + 1).split('\n');
}

/** Replaces the section that starts with `heading` (up to the next "## "), or appends it. */
export function withSection(markdown: string, heading: string, section: readonly string[]): string {
  const start = markdown.indexOf(heading);
  if (start < 0) return `${markdown.trimEnd()}\n\n${section.join('\n')}`;
  const next = markdown.indexOf('\n## ', start + heading.length);
  return `${markdown.slice(0, start)}${section.join('\n')}${next < 0 ? '' : markdown.slice(next + 1)}`;
}
