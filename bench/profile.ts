/**
 * `npm run profile -- <file.cpuprofile> [top]`: where a V8 CPU profile's time went, as self time
 * by package (node_modules/<name>, node: internals, the project's own folders, GC, native) and
 * by function, so the next bottleneck can be read without DevTools. Profiles come from
 * JCN_CPU_PROF_DIR (scripts/lib/processes.ts).
 */
import { readFileSync } from 'node:fs';
import { runMain } from '#shared/config';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** The package a script belongs to: node_modules/<scope/name>, node:<module>, or the project's top folder. */
export function packageOf(url: string, functionName: string): string {
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  if (url.startsWith('node:')) return 'node:' + url.slice(5).split('/')[0];
  const modules = url.lastIndexOf('node_modules/');
  if (modules >= 0) {
    const rest = url.slice(modules + 'node_modules/'.length).split('/');
    return rest[0]!.startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0]!;
  }
  const project = /\/(shared|gateway|subgraphs|scripts|bench|dist)\/(src\/)?([^/]+)/.exec(url);
  return project ? `${project[1]}/${project[3]}` : url;
}

/** Self time in ms by package and by function, largest first. */
export function summarise(profile: Profile): {
  totalMs: number;
  byPackage: [string, number][];
  byFunction: [string, number][];
} {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const pkg = new Map<string, number>();
  const fn = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    const node = byId.get(id);
    if (!node || node.callFrame.functionName === '(idle)') return;
    total += ms;
    const { functionName, url, lineNumber } = node.callFrame;
    const p = packageOf(url, functionName);
    pkg.set(p, (pkg.get(p) ?? 0) + ms);
    const f = `${functionName || '(anonymous)'} ${p}:${lineNumber + 1}`;
    fn.set(f, (fn.get(f) ?? 0) + ms);
  });
  const sorted = (m: Map<string, number>) => [...m.entries()].sort((a, b) => b[1] - a[1]);
  return { totalMs: total, byPackage: sorted(pkg), byFunction: sorted(fn) };
}

runMain(async () => {
  const [file, topArg] = process.argv.slice(2);
  if (!file) throw new Error('usage: npm run profile -- <file.cpuprofile> [how many functions, 25]');
  const { totalMs, byPackage, byFunction } = summarise(JSON.parse(readFileSync(file, 'utf8')) as Profile);
  const pct = (ms: number) => `${((100 * ms) / totalMs).toFixed(1).padStart(5)}%`;
  console.log(`busy ${totalMs.toFixed(0)} ms (idle left out)\n\nby package:`);
  for (const [name, ms] of byPackage.slice(0, 20)) console.log(`${pct(ms)}  ${name}`);
  console.log('\nby function:');
  for (const [name, ms] of byFunction.slice(0, Number(topArg ?? 25))) console.log(`${pct(ms)}  ${name}`);
});
