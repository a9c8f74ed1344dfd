/**
 * The SDL every subgraph of the hub declares identically, the in-process hub
 * and the network subgraphs alike: the federation link, the registry's
 * NetworkCode enum and common.graphql (Node, the date scalars, Country).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Registry } from '../registry';

export const FEDERATION_LINK =
  'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable", "@external"])';

const COMMON_SDL = readFileSync(join(__dirname, 'common.graphql'), 'utf8');

/** SDL lines shared by the hub and the network subgraphs: identical text in every subgraph. */
export function commonSdl(registry: Registry): string {
  return `
"""A network of the hub's registry."""
enum NetworkCode { ${registry.map((n) => n.code).join(' ')} }

${COMMON_SDL}`;
}
