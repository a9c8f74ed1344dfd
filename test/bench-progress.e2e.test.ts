/**
 * One short benchmark case with its progress lines: a real autocannon run (bench/load.ts) against a
 * GraphQL server on loopback, inside a section, and the next run's expected time from the timings kept.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { load } from '../bench/load';
import { Progress, step, withProgress } from '../bench/progress';
import { WARMUP_SECONDS } from '../bench/settings';

const dir = mkdtempSync(join(tmpdir(), 'jcn-bench-progress-'));
const timingsFile = join(dir, 'timings.json');
const server = createServer((_req, res) =>
  res.writeHead(200, { 'content-type': 'application/json' }).end('{"data":{"x":1}}'),
);

beforeAll(() => new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve)));
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  rmSync(dir, { recursive: true, force: true });
});

it('says when a load case starts and ends, with its configured time, and ticks while it runs', async () => {
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  const lines: string[] = [];
  const progress = () => new Progress({ write: (l) => lines.push(l), timingsFile, tickMs: 1000 });
  const result = await withProgress(progress(), 'bench test', () =>
    step('short section', () => load(url, '{ x }', {}, {}, 1)),
  );
  expect(result.rps).toBeGreaterThan(0);
  const expected = String.raw`${WARMUP_SECONDS + 1} s \(configured\)`;
  const at = String.raw`\[bench 0:\d\d\]`;
  expect(lines[0]).toMatch(new RegExp(`^${at} bench test: started, expected unknown \\(no earlier run recorded\\)$`));
  expect(lines[1]).toMatch(new RegExp(`^${at} short section: started, expected unknown`));
  expect(lines[2]).toMatch(new RegExp(`^${at} short section › load x, 16 connections: started, expected ${expected}$`));
  // At least one line while the case runs (a tick is 1 s here), then its end.
  expect(lines.filter((l) => l.includes('load x, 16 connections: running for')).length).toBeGreaterThanOrEqual(1);
  expect(lines.at(-3)).toMatch(
    new RegExp(`^${at} short section › load x, 16 connections: done in [\\d.]+ s, expected ${expected}$`),
  );
  expect(lines.at(-2)).toMatch(new RegExp(`^${at} short section: done in [\\d.]+ s$`));
  const kept = JSON.parse(readFileSync(timingsFile, 'utf8')) as Record<string, number>;
  expect(kept['bench test › short section']).toBeGreaterThanOrEqual((WARMUP_SECONDS + 1) * 1000);

  // The next run expects the section to take what it took this time.
  lines.length = 0;
  await withProgress(progress(), 'bench test', () => step('short section', async () => undefined));
  const took = kept['bench test › short section']! / 1000;
  expect(lines[1]).toBe(
    `[bench 0:00] short section: started, expected ${Number(took.toFixed(took < 10 ? 1 : 0))} s (last run)`,
  );
});
