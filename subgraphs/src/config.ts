/** A network subgraph's configuration: the only place that reads its environment. */
import { z } from 'zod';
import { oneKeySource, sharedSecret, tokenEnvShape } from '../../shared/src/auth/config';
import { nodeEnv, parseEnv, port, postgresUrl } from '../../shared/src/config';
import type { NetworkDefinition } from '../../shared/src/registry';

export function subgraphConfig(network: NetworkDefinition, env: Record<string, string | undefined>) {
  return parseEnv(
    z
      .object({
        /** PostgreSQL URL of this network's own database. */
        DATABASE_URL: postgresUrl,
        /** Port to listen on; the registry's port by default. */
        PORT: port(network.port),
        /** Interface to bind; 0.0.0.0 in containers. */
        HOST: z.string().default('127.0.0.1'),
        NODE_ENV: nodeEnv,
        /** Connections this process keeps to PostgreSQL. */
        DB_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
        /** Largest accepted request body, in bytes. */
        MAX_BODY_BYTES: z.coerce.number().int().min(1024).default(1_000_000),
        /** The secret the gateway sends with every request to this subgraph. */
        SUBGRAPH_SECRET: sharedSecret(`the ${network.name} subgraph`),
        ...tokenEnvShape,
      })
      .superRefine(oneKeySource),
    env,
  );
}

export type SubgraphConfig = ReturnType<typeof subgraphConfig>;
