/**
 * The benchmark's "before" tree (bench/before-tree.ts), on a throwaway git repository: a tagged
 * commit checked out as a worktree with this tree's node_modules linked, removed afterwards; a
 * clone without the tag skips it; a failed install removes the worktree before the error.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readlinkSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { checkoutBefore, sameLockfile, tagCommit } from '../bench/before-tree';

let repo: string;
const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8' }).trim();
const worktrees = () => git('worktree', 'list', '--porcelain');
const lockfile = (packages: Record<string, unknown>) =>
  JSON.stringify({ name: 'x', lockfileVersion: 3, packages: { '': { name: 'x' }, ...packages } });

beforeEach(() => {
  repo = mkdtempSync(join(tmpdir(), 'jcn-before-tree-test-'));
  git('init', '--quiet', '--initial-branch=main');
  git('config', 'user.email', 'bench@example.invalid');
  git('config', 'user.name', 'bench');
  writeFileSync(join(repo, '.gitignore'), 'node_modules\n');
  writeFileSync(join(repo, 'package-lock.json'), lockfile({ 'node_modules/a': { version: '1.0.0' } }));
  writeFileSync(join(repo, 'old.txt'), 'before\n');
  git('add', '.');
  git('commit', '--quiet', '-m', 'before');
  git('tag', '-a', 'the-before', '-m', 'the before');
  writeFileSync(join(repo, 'old.txt'), 'after\n');
  git('commit', '--quiet', '-am', 'after');
  mkdirSync(join(repo, 'node_modules'));
});

afterEach(() => {
  rmSync(repo, { recursive: true, force: true });
});

it('checks the tag out as a worktree with these node_modules linked, and removes it after', () => {
  const said: string[] = [];
  const tree = checkoutBefore({ repo, tag: 'the-before', log: (l) => said.push(l) })!;
  expect(tree.commit).toBe(git('rev-parse', 'the-before^{commit}'));
  expect(tree.commit).not.toBe(git('rev-parse', 'HEAD'));
  expect(execFileSync('cat', [join(tree.root, 'old.txt')], { encoding: 'utf8' })).toBe('before\n');
  expect(tree.dependencies).toBe('linked');
  expect(lstatSync(join(tree.root, 'node_modules')).isSymbolicLink()).toBe(true);
  expect(readlinkSync(join(tree.root, 'node_modules'))).toBe(join(repo, 'node_modules'));
  expect(worktrees()).toContain(tree.root);
  expect(said.join('\n')).toMatch(/node_modules linked/);

  tree.remove();
  expect(existsSync(dirname(tree.root))).toBe(false);
  expect(worktrees()).not.toContain(tree.root);
  expect(existsSync(join(repo, 'node_modules'))).toBe(true);
  tree.remove(); // again: nothing
});

it('skips "before", saying why, when the clone lacks the tag', () => {
  const said: string[] = [];
  expect(tagCommit(repo, 'no-such-tag')).toBeNull();
  expect(checkoutBefore({ repo, tag: 'no-such-tag', log: (l) => said.push(l) })).toBeNull();
  expect(said).toEqual([
    expect.stringMatching(/"before" skipped: the tag no-such-tag is not in this clone.*fetch --tags/),
  ]);
  expect(worktrees().match(/^worktree /gm)).toHaveLength(1);
});

it('installs with npm ci when the lockfiles differ, and removes the worktree when that fails', () => {
  // The tagged tree has a lockfile of other packages and no package.json: npm ci refuses it at once.
  writeFileSync(join(repo, 'package-lock.json'), lockfile({ 'node_modules/a': { version: '2.0.0' } }));
  git('commit', '--quiet', '-am', 'newer lockfile');
  const said: string[] = [];
  expect(() => checkoutBefore({ repo, tag: 'the-before', log: (l) => said.push(l) })).toThrow(
    /npm ci in the before tree failed/,
  );
  expect(said.join('\n')).toMatch(/package-lock.json differs from today's: npm ci in the worktree/);
  expect(worktrees().match(/^worktree /gm)).toHaveLength(1);
  git('worktree', 'prune');
  expect(worktrees().match(/^worktree /gm)).toHaveLength(1);
});

it('removes the worktree when the run is interrupted (Ctrl-C)', () => {
  // A process that checks the tree out, says where, and is then sent SIGINT by itself.
  const script = `const { checkoutBefore } = require(${JSON.stringify(join(__dirname, '..', 'bench', 'before-tree'))});
    const tree = checkoutBefore({ repo: ${JSON.stringify(repo)}, tag: 'the-before', log: () => undefined });
    console.log(tree.root);
    process.kill(process.pid, 'SIGINT');
    setTimeout(() => console.log('still running'), 5000);`;
  const r = spawnSync(process.execPath, ['--import', 'tsx', '-e', script], { encoding: 'utf8' });
  const root = r.stdout.trim().split('\n')[0]!;
  expect(root).toContain('jcn-before-');
  expect(r.stdout).not.toContain('still running');
  expect(r.status).toBe(130);
  expect(existsSync(dirname(root))).toBe(false);
  git('worktree', 'prune');
  expect(worktrees()).not.toContain(root);
});

it('compares lockfiles by the packages they name', () => {
  const a = lockfile({ 'node_modules/a': { version: '1.0.0' } });
  expect(sameLockfile(a, JSON.stringify({ ...JSON.parse(a), name: 'renamed' }))).toBe(true);
  expect(sameLockfile(a, lockfile({ 'node_modules/a': { version: '1.0.1' } }))).toBe(false);
});
