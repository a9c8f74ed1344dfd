/**
 * Import cycles among the repository's own modules, type-only imports and generated files included: a cycle
 * that only types close still means no module on it can be read, moved or tested alone. ESLint's
 * import-x/no-cycle skips type-only imports and never sees ignored (generated) files, hence this check.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

const EXTENSIONS = ['.ts', '.tsx', '.mts'];

/** Module path -> the module paths it imports (resolved, own modules only). */
export type ImportGraph = ReadonlyMap<string, readonly string[]>;

/** The specifiers a module's source imports or re-exports, `import type` and `import()` included. */
export function importSpecifiers(source: string): string[] {
  return ts.preProcessFile(source, true, true).importedFiles.map((f) => f.fileName);
}

/**
 * The graph of `files` (path -> source, paths relative to the repository's root): a relative specifier, or `#shared/<path>`
 * (package.json's import of shared/src/<path>), resolves to `<path>.ts` (`.tsx`, `.mts`), `<path>/index.ts` or the path
 * itself when that is one of `files`; anything else (packages, node: builtins, assets) is no node.
 */
export function importGraph(files: ReadonlyMap<string, string>): ImportGraph {
  const graph = new Map<string, string[]>();
  for (const [file, source] of files) {
    const targets = new Set<string>();
    for (const specifier of importSpecifiers(source)) {
      const shared = specifier.startsWith('#shared/');
      if (!specifier.startsWith('.') && !shared) continue;
      const base = (
        shared ? join('shared/src', specifier.slice('#shared/'.length)) : join(dirname(file), specifier)
      ).replace(/\.js$/, '');
      const candidates = [
        ...EXTENSIONS.map((ext) => base + ext),
        ...EXTENSIONS.map((ext) => join(base, 'index' + ext)),
        base,
      ];
      const target = candidates.find((candidate) => files.has(candidate));
      if (target && target !== file) targets.add(target);
    }
    graph.set(file, [...targets].sort());
  }
  return graph;
}

/** Each cycle as one strongly connected component of two or more modules (Tarjan), sorted for stable output. */
export function findCycles(graph: ImportGraph): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (node: string): void => {
    index.set(node, index.size);
    low.set(node, index.get(node)!);
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) {
        low.set(node, Math.min(low.get(node)!, index.get(next)!));
      }
    }
    if (low.get(node) !== index.get(node)) return;
    const component: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      component.push(member);
    } while (member !== node);
    if (component.length > 1) cycles.push(component.sort());
  };
  for (const node of [...graph.keys()].sort()) if (!index.has(node)) visit(node);
  return cycles.sort((a, b) => a[0]!.localeCompare(b[0]!));
}

/** One path around a cycle, starting and ending at its first module: what a reader follows to break it. */
export function cyclePath(graph: ImportGraph, cycle: readonly string[]): string[] {
  const members = new Set(cycle);
  const start = cycle[0]!;
  // Breadth-first from start's successors back to start, staying inside the component.
  const previous = new Map<string, string>();
  const queue = [start];
  while (queue.length > 0) {
    const node = queue.shift()!;
    for (const next of graph.get(node) ?? []) {
      if (!members.has(next) || previous.has(next)) continue;
      previous.set(next, node);
      if (next === start) {
        const path = [start];
        for (let at = previous.get(start)!; at !== start; at = previous.get(at)!) path.unshift(at);
        return [start, ...path];
      }
      queue.push(next);
    }
  }
  return [...cycle];
}

/** Every `.ts`/`.tsx`/`.mts` file under `roots` (relative to `cwd`), skipping node_modules and build output. */
export function readSources(cwd: string, roots: readonly string[]): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (path: string): void => {
    if (/(^|\/)(node_modules|dist|\.data)$/.test(path)) return;
    if (statSync(path).isDirectory()) {
      for (const entry of readdirSync(path).sort()) walk(join(path, entry));
    } else if (/\.(ts|tsx|mts)$/.test(path) && !path.endsWith('.d.ts')) {
      files.set(relative(cwd, path), readFileSync(path, 'utf8'));
    }
  };
  for (const root of roots) walk(resolve(cwd, root));
  return files;
}
