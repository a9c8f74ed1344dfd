/**
 * Composition off the event loop: each composition (about a second for four networks) runs in
 * a thread of its own (compose-worker.ts), started for it and ended with it; publications are rare.
 */
import { extname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Refusal } from './ownership';

/** The subgraphs to compose: name, URL and SDL. */
export type ComposeRequest = { name: string; url: string; sdl: string }[];
export type ComposeReply = { supergraph: string } | { errors: Refusal[] };

/** Composition's heap, in MB: a thread that needs more fails on its own, not the gateway. */
const COMPOSE_HEAP_MB = 512;

/** compose-worker.js in the build; from the TypeScript sources (tsx, jest), through tsx. */
function spawn(workerData: ComposeRequest): Worker {
  const options = { workerData, resourceLimits: { maxOldGenerationSizeMb: COMPOSE_HEAP_MB } };
  const entry = join(__dirname, `compose-worker${extname(__filename)}`);
  if (entry.endsWith('.js')) return new Worker(entry, options);
  const tsx = require.resolve('tsx/cjs');
  return new Worker(`require(${JSON.stringify(tsx)}); require(${JSON.stringify(entry)});`, { ...options, eval: true });
}

/** Composes `subgraphs` in a thread: the supergraph, or every composition error. */
export function composeInThread(subgraphs: ComposeRequest): Promise<ComposeReply> {
  return new Promise((resolve, reject) => {
    const worker = spawn(subgraphs);
    let settled = false;
    worker.once('message', (reply: ComposeReply) => {
      settled = true;
      resolve(reply);
      void worker.terminate();
    });
    worker.once('error', (err) => {
      if (!settled) reject(err);
    });
    worker.once('exit', (code) => {
      if (!settled) reject(new Error(`the composition thread ended (exit code ${code}) without an answer`));
    });
  });
}
