/** The development commands' shared environment: where the embedded PostgreSQL and its keys live, and the development identity provider. */
import { join } from 'node:path';
import { z } from 'zod';

export const devEnvShape = {
  /** Folder of the embedded PostgreSQL data and the development keys. */
  JCN_DATA_DIR: z.string().default(join(__dirname, '..', '..', '.data')),
  /** Port of the embedded PostgreSQL. */
  PG_PORT: z.coerce.number().int().min(1).max(65535).default(54329),
  /** Port of the development identity provider; its issuer is http://127.0.0.1:<IDP_PORT>. */
  IDP_PORT: z.coerce.number().int().min(1).max(65535).default(4010),
  /**
   * 1: the identity provider also sends sign-ins back to the console's Vite dev server (npm run dev:console,
   * port 5173). Off by default: whatever listens on that port would otherwise get a signed-in person's tokens.
   */
  DEV_CONSOLE_SIGN_IN: z.enum(['0', '1']).default('0'),
};

/** Folder of the development signing key and subgraph secrets. */
export const keysDir = (env: { JCN_DATA_DIR: string }) => join(env.JCN_DATA_DIR, 'keys');

/** Issuer of the development identity provider listening on `port`. */
export const devIdpIssuer = (port: number) => `http://127.0.0.1:${port}`;

/** File of the demo accounts (with their passwords) of the development identity provider. */
export const idpAccountsPath = (env: { JCN_DATA_DIR: string }) => join(keysDir(env), 'idp-accounts.json');
