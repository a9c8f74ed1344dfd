/**
 * A network's publication, from its signed request to the gateway serving the new
 * supergraph: signature (against the key the hub holds for the network named), nonce
 * never seen before, what the network may publish (ownership.ts), composition with the
 * latest published SDL of every other network and the hub's, then the record and the
 * supergraph file every worker reloads. A refusal changes nothing but the record of it,
 * and names every reason with a stable code.
 */
import { parse, type DocumentNode } from 'graphql';
import { PublicationSignatureError, sha256, verifyPublication, type SignedPublication } from '#shared/auth/publication';
import { networkOfKey, type Registry } from '#shared/registry';
import { defaultSubgraphUrl, HUB_NAME } from '../supergraph/names';
import { composeInThread, type ComposeReply } from './compose';
import { checkOwnership, ownershipContract, type OwnershipContract, type Refusal } from './ownership';
import { lastPublished, latestSdl, type PublicationStore, type PublishedRecord } from './store';

/** Largest SDL accepted, in characters (a network's is about 50,000). */
export const MAX_SDL_CHARS = 1_000_000;

export type PublishOutcome =
  | { status: 'published'; record: Omit<PublishedRecord, 'sdl' | 'supergraph' | 'signature'> }
  | { status: 'refused'; httpStatus: number; errors: Refusal[] };

export interface PublisherOptions {
  registry: Registry;
  store: PublicationStore;
  /** The public key the hub holds for each network (SERVICE_PUBLIC_KEY_<CODE>), by network key. */
  publicKeys: Readonly<Record<string, string>>;
  /** Each network's SDL as the hub's release has it, by network key: what is composed until a network publishes. */
  baseline: ReadonlyMap<string, string>;
  /** The hub's own subgraph SDL. */
  hubSdl: string;
  log: (m: string) => void;
  now?: () => Date;
}

const refused = (httpStatus: number, errors: Refusal[]): PublishOutcome => ({ status: 'refused', httpStatus, errors });

export class SchemaPublisher {
  private readonly contracts = new Map<string, OwnershipContract>();

  constructor(private readonly options: PublisherOptions) {}

  /** Composes the hub with each network's SDL (`sdls`, by key, the release's where absent), in a thread. */
  compose(sdls: ReadonlyMap<string, string>): Promise<ComposeReply> {
    const { registry, hubSdl, baseline } = this.options;
    return composeInThread([
      { name: HUB_NAME, url: 'local://hub', sdl: hubSdl },
      ...registry.map((n) => ({
        name: n.key,
        url: defaultSubgraphUrl(n.port),
        sdl: sdls.get(n.key) ?? baseline.get(n.key)!,
      })),
    ]);
  }

  async publish(body: unknown): Promise<PublishOutcome> {
    const { registry, store, log } = this.options;
    const now = this.options.now?.() ?? new Date();
    const shape = body as Partial<SignedPublication> | null;
    if (
      !shape ||
      typeof shape !== 'object' ||
      typeof shape.network !== 'string' ||
      typeof shape.sdl !== 'string' ||
      typeof shape.signature !== 'string'
    ) {
      return refused(400, [
        {
          code: 'PUBLICATION_MALFORMED',
          message: 'Send JSON { "network", "sdl", "signature" } (npm run schema:publish).',
        },
      ]);
    }
    const publication = shape as SignedPublication;
    const network = networkOfKey(registry, publication.network);
    if (!network) {
      return refused(400, [
        { code: 'NETWORK_UNKNOWN', message: `${publication.network} is not a network of this hub.` },
      ]);
    }
    if (publication.sdl.length > MAX_SDL_CHARS) {
      return refused(413, [{ code: 'PUBLICATION_MALFORMED', message: `The SDL exceeds ${MAX_SDL_CHARS} characters.` }]);
    }
    const publicKey = this.options.publicKeys[network.key];
    if (!publicKey) {
      return refused(401, [
        { code: 'SIGNATURE_INVALID', message: `This hub holds no key for ${network.name}; it cannot publish.` },
      ]);
    }
    let verified;
    try {
      verified = await verifyPublication(publication, publicKey, now);
    } catch (err) {
      if (!(err instanceof PublicationSignatureError)) throw err;
      // Not recorded: anyone can send this, and nobody signed it.
      log(`schema publication for ${network.key} refused: ${err.code}`);
      return refused(401, [{ code: err.code, message: err.message }]);
    }
    return store.locked(async (records) => {
      if (records.some((r) => r.nonce === verified.nonce)) {
        log(`schema publication for ${network.key} refused: PUBLICATION_REPLAYED`);
        return refused(409, [
          { code: 'PUBLICATION_REPLAYED', message: 'This signed publication was sent before; sign it again.' },
        ]);
      }
      const at = now.toISOString();
      const refuse = async (httpStatus: number, errors: Refusal[]) => {
        await store.append({
          kind: 'refused',
          network: network.key,
          at,
          sdlHash: verified.sdlHash,
          nonce: verified.nonce,
          errors,
        });
        log(`schema publication for ${network.key} refused: ${[...new Set(errors.map((e) => e.code))].join(', ')}`);
        return refused(httpStatus, errors);
      };
      let doc: DocumentNode;
      try {
        doc = parse(publication.sdl, { noLocation: true });
      } catch (err) {
        return refuse(400, [{ code: 'SDL_INVALID', message: (err as Error).message }]);
      }
      const ownership = checkOwnership(doc, network, this.contract(network.key));
      if (ownership.length) return refuse(422, ownership);
      const sdls = latestSdl(records);
      sdls.set(network.key, publication.sdl);
      const composed = await this.compose(sdls);
      if ('errors' in composed) return refuse(422, composed.errors);
      const record: PublishedRecord = {
        kind: 'published',
        version: (lastPublished(records)?.version ?? 0) + 1,
        network: network.key,
        at,
        sdlHash: verified.sdlHash,
        compositionHash: sha256(composed.supergraph),
        nonce: verified.nonce,
        signature: publication.signature,
        sdl: publication.sdl,
        supergraph: composed.supergraph,
      };
      await store.append(record);
      await store.writeSupergraph(composed.supergraph);
      log(`schema publication ${record.version} by ${network.key} accepted: supergraph ${record.compositionHash}`);
      const { sdl: _sdl, supergraph: _supergraph, signature: _signature, ...summary } = record;
      return { status: 'published', record: summary };
    });
  }

  /** The ownership contract of `networkKey`: the shared definitions of its SDL in the hub's release. */
  private contract(networkKey: string): OwnershipContract {
    let contract = this.contracts.get(networkKey);
    if (!contract) {
      contract = ownershipContract(
        this.options.registry,
        parse(this.options.baseline.get(networkKey)!, { noLocation: true }),
        parse(this.options.hubSdl, { noLocation: true }),
      );
      this.contracts.set(networkKey, contract);
    }
    return contract;
  }
}
