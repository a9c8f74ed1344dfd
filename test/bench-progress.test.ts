/** The benchmark's progress lines (bench/progress.ts): their wording, and the steps' nesting, numbering and timing. */
import { formatDuration, formatProgress, Progress } from '../bench/progress';

it('formats durations and the clock for people', () => {
  expect([4_250, 13_200, 59_400, 125_000, 3_725_000].map(formatDuration)).toEqual([
    '4.3 s',
    '13 s',
    '59 s',
    '2 min 05 s',
    '1 h 02 min',
  ]);
});

it('says which section and case runs, since when, and what it is expected to take and why', () => {
  const path = ['1. directory', 'load networks, 16 connections, 16 callers'];
  const configured = { ms: 13_000, source: 'configured' as const };
  expect(formatProgress({ atMs: 151_000, path, event: 'started', elapsedMs: 0, expected: configured })).toBe(
    '[bench 2:31] 1. directory › load networks, 16 connections, 16 callers: started, expected 13 s (configured)',
  );
  expect(
    formatProgress({
      atMs: 3_723_000,
      path: ['4. memory'],
      event: 'running',
      elapsedMs: 30_000,
      expected: { ms: 130_000, source: 'last run' },
    }),
  ).toBe('[bench 1:02:03] 4. memory: running for 30 s, expected 2 min 10 s (last run)');
  expect(formatProgress({ atMs: 0, path: ['9. planning'], event: 'started', elapsedMs: 0 })).toBe(
    '[bench 0:00] 9. planning: started, expected unknown (no earlier run recorded)',
  );
  expect(formatProgress({ atMs: 200_000, path, event: 'running', elapsedMs: 20_000, expected: configured })).toBe(
    `[bench 3:20] ${path.join(' › ')}: running for 20 s, past the 13 s (configured) expected`,
  );
  expect(formatProgress({ atMs: 164_000, path, event: 'done', elapsedMs: 13_400, expected: configured })).toBe(
    `[bench 2:44] ${path.join(' › ')}: done in 13 s, expected 13 s (configured)`,
  );
  expect(formatProgress({ atMs: 5_000, path, event: 'failed', elapsedMs: 4_100 })).toBe(
    `[bench 0:05] ${path.join(' › ')}: failed after 4.1 s`,
  );
});

it('nests cases under their section, numbers a repeated case, and says each start and end', async () => {
  let now = 0;
  const lines: string[] = [];
  const progress = new Progress({ write: (l) => lines.push(l), now: () => now });
  const wait = (ms: number) => async () => void (now += ms);
  await progress.run('npm run bench', () =>
    progress.step('1. directory', async () => {
      await progress.step('load networks', wait(13_000), 13_000);
      await progress.step('load networks', wait(12_000), 13_000);
    }),
  );
  expect(lines).toEqual([
    '[bench 0:00] npm run bench: started, expected unknown (no earlier run recorded)',
    '[bench 0:00] 1. directory: started, expected unknown (no earlier run recorded)',
    '[bench 0:00] 1. directory › load networks: started, expected 13 s (configured)',
    '[bench 0:13] 1. directory › load networks: done in 13 s, expected 13 s (configured)',
    '[bench 0:13] 1. directory › load networks #2: started, expected 13 s (configured)',
    '[bench 0:25] 1. directory › load networks #2: done in 12 s, expected 13 s (configured)',
    '[bench 0:25] 1. directory: done in 25 s',
    '[bench 0:25] npm run bench: done in 25 s',
  ]);
});
