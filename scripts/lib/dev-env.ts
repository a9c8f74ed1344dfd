/** The development commands' shared environment: where the embedded PostgreSQL and its keys live. */
import { join } from 'node:path';
import { z } from 'zod';

export const devEnvShape = {
  /** Folder of the embedded PostgreSQL data and the development keys. */
  JCN_DATA_DIR: z.string().default(join(__dirname, '..', '..', '.data')),
  /** Port of the embedded PostgreSQL. */
  PG_PORT: z.coerce.number().int().min(1).max(65535).default(54329),
};

/** Folder of the development signing key and subgraph secrets. */
export const keysDir = (env: { JCN_DATA_DIR: string }) => join(env.JCN_DATA_DIR, 'keys');
