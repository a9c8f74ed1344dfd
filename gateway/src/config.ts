/** The gateway's configuration: the only place that reads its environment. */
import { join } from 'node:path';
import { z } from 'zod';
import { nodeEnv, parseEnv, port } from '../../shared/src/config';
import type { Registry } from '../../shared/src/registry';
import { defaultSubgraphUrl } from './compose';

export interface GatewayConfig {
  port: number;
  host: string;
  production: boolean;
  /** Path of the composed supergraph file; watched and reloaded when it changes. */
  supergraphPath: string;
  /** GraphQL URL of each network's subgraph, by network key. */
  subgraphUrls: Record<string, string>;
  maxBodyBytes: number;
}

export const subgraphUrlVar = (code: string) => `SUBGRAPH_URL_${code}`;

export function gatewayConfig(registry: Registry, env: Record<string, string | undefined>): GatewayConfig {
  const urls = Object.fromEntries(
    registry.map((n) => [subgraphUrlVar(n.code), z.string().url().default(defaultSubgraphUrl(n.port))]),
  );
  const parsed = parseEnv(
    z.object({
      PORT: port(4000),
      HOST: z.string().default('127.0.0.1'),
      NODE_ENV: nodeEnv,
      SUPERGRAPH_PATH: z.string().default(join(__dirname, '..', 'supergraph.graphql')),
      MAX_BODY_BYTES: z.coerce.number().int().min(1024).default(100_000),
      ...urls,
    }),
    env,
  ) as Record<string, string | number>;
  return {
    port: Number(parsed.PORT),
    host: String(parsed.HOST),
    production: parsed.NODE_ENV === 'production',
    supergraphPath: String(parsed.SUPERGRAPH_PATH),
    maxBodyBytes: Number(parsed.MAX_BODY_BYTES),
    subgraphUrls: Object.fromEntries(registry.map((n) => [n.key, String(parsed[subgraphUrlVar(n.code)])])),
  };
}
