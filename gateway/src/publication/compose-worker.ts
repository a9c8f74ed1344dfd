/**
 * The composition thread (compose.ts): composes the subgraphs it is given and posts back the
 * supergraph or every error, so that a publication never holds the gateway's event loop.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';
import type { ComposeReply, ComposeRequest } from './compose';

const request = workerData as ComposeRequest;
let reply: ComposeReply;
try {
  const result = composeServices(request.map((s) => ({ name: s.name, url: s.url, typeDefs: parse(s.sdl) })));
  reply = result.errors
    ? {
        errors: result.errors.map((e) => ({
          code: 'COMPOSITION_FAILED',
          message: `${typeof e.extensions?.code === 'string' ? `${e.extensions.code}: ` : ''}${e.message}`,
        })),
      }
    : { supergraph: result.supergraphSdl };
} catch (err) {
  reply = { errors: [{ code: 'COMPOSITION_FAILED', message: (err as Error).message }] };
}
parentPort!.postMessage(reply);
