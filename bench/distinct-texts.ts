/**
 * Gateway memory under many distinct anonymous texts: each one a query of about 150 kB of
 * answer that only the in-process hub answers, under a new alias prefix, so that every
 * cache keyed by text (parsed documents, plans, the hub's answers) sees it as new. The
 * gateway is restarted first; RSS is read before, every 100 texts, and after.
 */
import { nodeOptionsFor } from '../scripts/lib/heap';
import { memoryKb } from './compare';

export const DISTINCT_TEXTS_HEADING = '## 10. Gateway RSS after 2,000 distinct anonymous texts';

/** Texts sent. */
export const DISTINCT_TEXTS = 2000;

/**
 * The gateway's old-space limit for the run, in MiB: with it, caches that grow with the number of texts end the
 * process (before they were bounded in bytes, after about 750 such texts), where without it V8 lets RSS float far
 * above what is live before it collects.
 */
export const DISTINCT_TEXTS_HEAP_MB = 384;

/** The gateway's environment for the run: its usual heap settings, and the old-space limit. */
export const distinctTextsGatewayEnv = (): Record<string, string> => ({
  NODE_OPTIONS: `${nodeOptionsFor('gateway')} --max-old-space-size=${DISTINCT_TEXTS_HEAP_MB}`,
});

/** Twenty aliased country lists under a prefix of their own: about 150 kB of answer, under every limit of the gateway (cost 4,900 of 5,000). */
export const distinctText = (i: number): string =>
  `{ ${Array.from({ length: 20 }, (_, a) => `t${i}_${a}: countries { code alpha2 name networks { code name fullName } }`).join(' ')} }`;

export interface DistinctTextsFigures {
  texts: number;
  answerBytes: number;
  seconds: number;
  beforeKb: number;
  /** Highest RSS sampled (every 100 texts), and the process's peak (VmHWM). */
  highestKb: number;
  peakKb: number;
  afterKb: number;
}

/** Sends `texts` distinct texts, one at a time, anonymously, to the gateway at `url` (process `pid`). */
export async function benchDistinctTexts(
  url: string,
  pid: number,
  texts = DISTINCT_TEXTS,
): Promise<DistinctTextsFigures> {
  const ask = async (i: number) => {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: distinctText(i) }),
    });
    const body = await res.text();
    if (!res.ok || body.includes('"errors"')) throw new Error(`text ${i} refused: ${res.status} ${body.slice(0, 300)}`);
    return body.length;
  };
  // One text first, then a pause: the before figure is the gateway warm, with nothing of the run kept.
  const answerBytes = await ask(texts);
  await new Promise((r) => setTimeout(r, 2000));
  const beforeKb = memoryKb(pid).rss;
  let highestKb = beforeKb;
  const t0 = performance.now();
  for (let i = 0; i < texts; i++) {
    await ask(i);
    if (i % 100 === 99) highestKb = Math.max(highestKb, memoryKb(pid).rss);
  }
  const seconds = (performance.now() - t0) / 1000;
  await new Promise((r) => setTimeout(r, 5000));
  return { texts, answerBytes, seconds, beforeKb, highestKb, peakKb: memoryKb(pid).hwm, afterKb: memoryKb(pid).rss };
}

/** The BENCHMARKS.md section. */
export function distinctTextsSection(f: DistinctTextsFigures): string[] {
  const mib = (kb: number) => (kb / 1024).toFixed(0);
  return [
    DISTINCT_TEXTS_HEADING,
    '',
    `${f.texts.toLocaleString('en')} anonymous queries, one at a time, each of twenty aliased \`countries { code alpha2 name networks { code name fullName } }\` under a prefix of its own (${(f.answerBytes / 1000).toFixed(0)} kB of answer, from the in-process hub alone), sent to a freshly started gateway (\`--max-old-space-size=${DISTINCT_TEXTS_HEAP_MB}\`) in ${f.seconds.toFixed(0)} s; it answered every one. Every cache keyed by text sees each one as new; each is bounded in bytes (the hub's answers 32 MiB, its documents 16 MiB, the plans 64 MiB, as estimated by \`shared/src/heap-size.ts\`), so RSS levels off instead of growing with the number of texts.`,
    '',
    '| RSS before MiB | highest RSS sampled (every 100 texts) MiB | peak RSS (VmHWM) MiB | RSS 5 s after MiB |',
    '| --- | --- | --- | --- |',
    `| ${mib(f.beforeKb)} | ${mib(f.highestKb)} | ${mib(f.peakKb)} | ${mib(f.afterKb)} |`,
    '',
  ];
}
