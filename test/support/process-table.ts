/** The machine's process table, read from /proc (Linux): which processes a test started, and whether any is left. */
import { readdirSync, readFileSync } from 'node:fs';

export interface ProcessEntry {
  pid: number;
  ppid: number;
  /** Start time in clock ticks since boot: with the pid, names one process even after the pid is reused. */
  started: number;
  cmdline: string;
}

const read = (path: string): string | undefined => {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined; // gone meanwhile, or not ours to read
  }
};

function entry(pid: number): ProcessEntry | undefined {
  const stat = read(`/proc/${pid}/stat`);
  if (stat === undefined) return undefined;
  // The command name (2nd field) may hold spaces and parentheses: the fields after it follow its last ')'.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  if (fields[0] === 'Z') return undefined; // a zombie has ended; only its parent's wait is missing
  return {
    pid,
    ppid: Number(fields[1]),
    started: Number(fields[19]),
    cmdline: (read(`/proc/${pid}/cmdline`) ?? '').replace(/\0/g, ' ').trim(),
  };
}

/** Every process now running. */
export function processTable(): ProcessEntry[] {
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .map((name) => entry(Number(name)))
    .filter((e): e is ProcessEntry => e !== undefined);
}

/** Whether the process's environment holds `name=value` (a marker a test gave the processes it started). */
export const hasEnv = (pid: number, name: string, value: string): boolean =>
  (read(`/proc/${pid}/environ`) ?? '').split('\0').includes(`${name}=${value}`);

/** The processes that match, and all their descendants (a PostgreSQL backend rewrites its environment, not its parent). */
export function withDescendants(table: ProcessEntry[], match: (e: ProcessEntry) => boolean): ProcessEntry[] {
  const found = new Map(table.filter(match).map((e) => [e.pid, e]));
  for (let grew = true; grew;) {
    grew = false;
    for (const e of table)
      if (!found.has(e.pid) && found.has(e.ppid)) {
        found.set(e.pid, e);
        grew = true;
      }
  }
  return [...found.values()];
}

/** Those of `entries` still running (the same pid with the same start time). */
export const stillRunning = (entries: ProcessEntry[]): ProcessEntry[] =>
  entries.filter((e) => entry(e.pid)?.started === e.started);
