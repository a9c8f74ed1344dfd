/**
 * The schema registry in the gateway, on when SCHEMA_REGISTRY_DIR is set:
 * POST /schema/publications takes a network's signed publication (publish.ts) and
 * answers JSON: 201 { published } or 4xx { errors: [{ code, message }] }; and the
 * supergraph the gateway serves comes from the registry's folder, starting from the
 * last recorded one, reloaded in every worker when a publication lands; and the
 * operations served are counted there (usage.ts).
 */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Registry } from '#shared/registry';
import { hubSdl } from '../hub/schema';
import { supergraphFromFile } from '../supergraph/from-file';
import { baselineSdlPath } from '../supergraph/names';
import { MAX_SDL_CHARS, SchemaPublisher } from './publish';
import { PublicationStore } from './store';
import { UsageRecorder } from './usage';

export const PUBLICATIONS_PATH = '/schema/publications';

/** Largest request body: the SDL (characters may take up to 4 bytes) and the signature. */
const MAX_BODY_BYTES = MAX_SDL_CHARS * 4 + 16_384;

export interface SchemaRegistryOptions {
  dir: string;
  registry: Registry;
  /** The supergraph of the hub's release (SUPERGRAPH_PATH): served until the first publication. */
  releaseSupergraphPath: string;
  publicKeys: Readonly<Record<string, string>>;
  /** How often each worker appends the operations it counted (usage.ts). */
  usageFlushSeconds: number;
  log: (m: string) => void;
}

class BodyTooLarge extends Error {}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw new BodyTooLarge();
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function answer(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

export function createSchemaRegistry(options: SchemaRegistryOptions) {
  const { registry, log } = options;
  const store = new PublicationStore(options.dir, log);
  const publisher = new SchemaPublisher({
    registry,
    store,
    publicKeys: options.publicKeys,
    baseline: new Map(registry.map((n) => [n.key, readFileSync(baselineSdlPath(n.key), 'utf8')])),
    hubSdl: hubSdl(registry),
    log,
  });
  const fromFile = supergraphFromFile(store.supergraphPath, log);
  return {
    store,
    /** The operations served, normalised, per client (usage.ts): its Apollo Server plugin. */
    usage: new UsageRecorder(options.dir, { flushSeconds: options.usageFlushSeconds, log }),
    /** Apollo Gateway's `supergraphSdl`: the last recorded supergraph, watched for the next. */
    supergraphSdl: async (init: { update: (sdl: string) => void }) => {
      await store.open(() => readFile(options.releaseSupergraphPath, 'utf8'));
      return fromFile(init);
    },
    /** The HTTP route; false for any other path. */
    route: async (req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean> => {
      if (url.pathname !== PUBLICATIONS_PATH) return false;
      if (req.method !== 'POST') {
        res.setHeader('allow', 'POST');
        answer(res, 405, { errors: [{ code: 'METHOD_NOT_ALLOWED', message: 'POST a signed publication.' }] });
        return true;
      }
      let body: unknown;
      try {
        body = JSON.parse(await readBody(req));
      } catch (err) {
        const tooLarge = err instanceof BodyTooLarge;
        answer(res, tooLarge ? 413 : 400, {
          errors: [
            {
              code: 'PUBLICATION_MALFORMED',
              message: tooLarge ? `The request exceeds ${MAX_BODY_BYTES} bytes.` : 'The body is not JSON.',
            },
          ],
        });
        return true;
      }
      const outcome = await publisher.publish(body);
      if (outcome.status === 'published') answer(res, 201, { published: outcome.record });
      else answer(res, outcome.httpStatus, { errors: outcome.errors });
      return true;
    },
  };
}

type Pages = (req: IncomingMessage, res: ServerResponse, url: URL) => Promise<boolean>;

/** The registry's route before `pages` (the console's), when the registry is on. */
export const withSchemaRegistry =
  (registry: ReturnType<typeof createSchemaRegistry> | undefined, pages: Pages): Pages =>
  async (req, res, url) =>
    (await registry?.route(req, res, url)) || pages(req, res, url);
