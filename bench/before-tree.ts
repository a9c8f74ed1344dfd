/**
 * The benchmark's "before": the source tree at the tag BEFORE_TAG, the last commit before issue 14's
 * fast paths, checked out as a temporary git worktree beside this one. Its dependencies are this
 * tree's node_modules (linked) when its package-lock.json is the same, else installed there by
 * `npm ci`. The worktree is removed afterwards, also when the run fails or is interrupted.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The annotated tag of the commit before issue 14's first change (field-aware reads). */
export const BEFORE_TAG = 'perf-round-2-before';

export interface BeforeTree {
  /** Where the tag's tree is checked out. */
  root: string;
  /** The tag's commit. */
  commit: string;
  /** How its dependencies were provided. */
  dependencies: 'linked' | 'npm ci';
  /** Removes the worktree and its folder (again: nothing). */
  remove(): void;
}

export interface BeforeTreeOptions {
  /** The repository (this tree by default). */
  repo?: string;
  tag?: string;
  log?: (line: string) => void;
}

function git(repo: string, args: string[]): { ok: boolean; out: string } {
  const r = spawnSync('git', args, { cwd: repo, encoding: 'utf8' });
  return { ok: r.status === 0, out: `${r.stdout ?? ''}${r.stderr ?? ''}`.trim() };
}

/** The commit a tag names, or null when the clone does not have it. */
export function tagCommit(repo: string, tag: string): string | null {
  const r = git(repo, ['rev-parse', '--verify', '--quiet', `refs/tags/${tag}^{commit}`]);
  return r.ok ? r.out : null;
}

/** Whether two lockfiles name the same packages: then one node_modules serves both trees. */
export const sameLockfile = (a: string, b: string): boolean => {
  const packages = (text: string) => JSON.stringify((JSON.parse(text) as { packages?: unknown }).packages ?? null);
  return packages(a) === packages(b);
};

/**
 * Checks out `tag` as a temporary worktree with its dependencies; null (said through `log`) when
 * the clone lacks the tag, as a shallow clone or one made without tags does.
 */
export function checkoutBefore(options: BeforeTreeOptions = {}): BeforeTree | null {
  const repo = options.repo ?? join(__dirname, '..');
  const tag = options.tag ?? BEFORE_TAG;
  const log = options.log ?? ((line: string) => console.log(line));
  const commit = tagCommit(repo, tag);
  if (!commit) {
    log(
      `"before" skipped: the tag ${tag} is not in this clone (shallow, or cloned without tags: git fetch --tags origin).`,
    );
    return null;
  }
  const dir = mkdtempSync(join(tmpdir(), 'jcn-before-'));
  const root = join(dir, 'tree');
  let removed = false;
  const remove = () => {
    if (removed) return;
    removed = true;
    process.off('exit', remove);
    process.off('SIGINT', interrupted);
    process.off('SIGTERM', interrupted);
    // The folder first, then git forgets it: `git worktree remove` would first look through node_modules for changes.
    rmSync(dir, { recursive: true, force: true });
    git(repo, ['worktree', 'prune']);
  };
  // Ctrl-C or a kill ends the run through 'exit', which removes the worktree.
  const interrupted = (signal: NodeJS.Signals) => process.exit(signal === 'SIGINT' ? 130 : 143);
  process.on('exit', remove);
  process.on('SIGINT', interrupted);
  process.on('SIGTERM', interrupted);
  try {
    log(`"before": ${tag} (${commit.slice(0, 12)}) checked out as a temporary worktree`);
    const added = git(repo, ['worktree', 'add', '--detach', root, commit]);
    if (!added.ok) throw new Error(`git worktree add failed: ${added.out}`);
    const lock = (tree: string) => readFileSync(join(tree, 'package-lock.json'), 'utf8');
    let dependencies: BeforeTree['dependencies'];
    if (existsSync(join(repo, 'node_modules')) && sameLockfile(lock(repo), lock(root))) {
      symlinkSync(join(repo, 'node_modules'), join(root, 'node_modules'), 'dir');
      dependencies = 'linked';
      log(`"before": its package-lock.json names today's packages: node_modules linked`);
    } else {
      log(`"before": its package-lock.json differs from today's: npm ci in the worktree (a few minutes)`);
      const ci = spawnSync('npm', ['ci', '--no-audit', '--no-fund', '--prefer-offline'], {
        cwd: root,
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
      });
      if (ci.status !== 0)
        throw new Error(`npm ci in the before tree failed:\n${`${ci.stdout}${ci.stderr}`.slice(-2000)}`);
      dependencies = 'npm ci';
    }
    return { root, commit, dependencies, remove };
  } catch (err) {
    remove();
    throw err;
  }
}
