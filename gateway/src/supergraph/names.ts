/**
 * What the gateway and the composition step (scripts/compose.ts, `npm run compose`)
 * agree on: the hub's subgraph name, where the composed supergraph and the networks' SDL live, and
 * the URL a network has in it until the gateway's configuration overrides it.
 */
import { join } from 'node:path';

export const HUB_NAME = 'hub';
export const SUPERGRAPH_PATH = join(__dirname, '..', '..', 'supergraph.graphql');

/**
 * Each network's SDL as this release writes it (npm run compose): what the schema registry
 * composes for a network until it publishes, and the definitions every network shares.
 */
export const baselineSdlPath = (networkKey: string) => join(__dirname, '..', '..', 'baseline', `${networkKey}.graphql`);

/** The URL a network's subgraph has in the composed file; the gateway's configuration overrides it. */
export const defaultSubgraphUrl = (port: number) => `http://127.0.0.1:${port}/graphql`;
