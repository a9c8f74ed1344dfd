/**
 * Global ids name their owner: `<network>:<kind>:<uuid>`, e.g. `seajust:cp:1b9d...`.
 * The kind maps to the interface and, with the network's type prefix, to the
 * concrete GraphQL type that federation routes by.
 */
import { networkOfKey, type NetworkDefinition, type Registry } from './registry';
import { badInput } from './errors';

/** Node kinds: id infix -> interface name of the public contract. */
export const NODE_KINDS = {
  cp: 'ContactPoint',
  auth: 'Authority',
  profile: 'CountryProfile',
  wg: 'WorkingGroup',
  event: 'NetworkEvent',
  res: 'Resource',
  /** A referral as its origin records it: the referral's own global id. */
  ref: 'Referral',
  /** The same referral as its destination records it. */
  rcv: 'Referral',
  /** A notification in a contact point's notification centre (readable by that contact point only). */
  ntf: 'Notification',
} as const;

export type NodeKind = keyof typeof NODE_KINDS;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export interface DecodedId {
  network: NetworkDefinition;
  kind: NodeKind;
  uuid: string;
  /** Concrete GraphQL type, e.g. SeajustContactPoint. */
  typename: string;
}

/** The global id of an object of `network` (a definition, or a record's network key as `{ key }`). */
export function encodeId(network: Pick<NetworkDefinition, 'key'>, kind: NodeKind, uuid: string): string {
  return `${network.key}:${kind}:${uuid}`;
}

/** Concrete type name of a kind in a network: SeajustContactPoint, WacapAuthority, ... */
export function typenameOf(network: NetworkDefinition, kind: NodeKind): string {
  return network.typePrefix + NODE_KINDS[kind];
}

/** Decodes a global id, or returns a reason it is not one. */
export function tryDecodeId(registry: Registry, id: string): DecodedId | string {
  const parts = id.split(':');
  if (parts.length !== 3) return 'expected <network>:<kind>:<uuid>';
  const [key, kind, uuid] = parts as [string, string, string];
  const network = networkOfKey(registry, key);
  if (!network) return `unknown network "${key.slice(0, 40)}"`;
  // Own keys only: `in` finds constructor, toString, __proto__ on every object.
  if (!Object.hasOwn(NODE_KINDS, kind)) return `unknown kind "${kind.slice(0, 40)}"`;
  const lower = uuid.toLowerCase();
  if (!UUID.test(lower)) return 'the last part is not a UUID';
  return { network, kind: kind as NodeKind, uuid: lower, typename: typenameOf(network, kind as NodeKind) };
}

/** Decodes a global id or throws BAD_USER_INPUT naming what is wrong. */
export function decodeId(registry: Registry, id: string): DecodedId {
  const decoded = tryDecodeId(registry, id);
  if (typeof decoded === 'string')
    throw badInput(`Invalid id "${id.slice(0, 120)}": ${decoded}.`, { id: id.slice(0, 120) });
  return decoded;
}

/** `id` decoded when it names an object of `network` of `kind` (or of one of `kind`), else null. */
export function ownId(
  registry: Registry,
  network: NetworkDefinition,
  kind: NodeKind | readonly NodeKind[],
  id: string,
): DecodedId | null {
  const decoded = tryDecodeId(registry, id);
  if (typeof decoded === 'string' || decoded.network.key !== network.key) return null;
  const kinds: readonly NodeKind[] = typeof kind === 'string' ? [kind] : kind;
  return kinds.includes(decoded.kind) ? decoded : null;
}

/** A kind's interface name as words: ContactPoint -> contact point. */
const kindWords = (kind: NodeKind) => NODE_KINDS[kind].replace(/(?<=[a-z])(?=[A-Z])/g, ' ').toLowerCase();

/**
 * The uuid of `id`, which must name an object of `network` and `kind` (a subgraph's own objects), or throws
 * BAD_USER_INPUT: naming `field` when given ("to must be a contact point of CASC."), else the id and, for a
 * malformed one, what is wrong with it.
 */
export function decodeOwnId(
  registry: Registry,
  network: NetworkDefinition,
  kind: NodeKind,
  id: string,
  field?: string,
): string {
  const own = ownId(registry, network, kind, id);
  if (own) return own.uuid;
  if (field !== undefined) throw badInput(`${field} must be a ${kindWords(kind)} of ${network.name}.`, { field });
  decodeId(registry, id);
  throw badInput(`Id "${id.slice(0, 120)}" is not a ${NODE_KINDS[kind]} of ${network.name}.`, { id: id.slice(0, 120) });
}
