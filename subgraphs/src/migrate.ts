/**
 * The migration job (`npm run migrate`, and one service per network in
 * docker-compose.yml): runs the migrations as the database owner, grants the
 * application role its privileges, and exits. With it, the serving subgraph
 * holds only the application role's URL: code running inside it cannot reach
 * the owner's password, so it cannot switch the audit log's triggers off.
 * Migrations are the same for every network.
 */
import { z } from 'zod';
import { nodeEnv, parseEnv, postgresRoleUrl, productionSecrets, runMain, urlRole } from '#shared/config';
import { migrateAsOwner } from './db/open';

/** The job's environment: the owner's URL and the application role to grant. */
export function migrationConfig(env: Record<string, string | undefined>) {
  return parseEnv(
    z
      .object({
        NODE_ENV: nodeEnv,
        /** The database's owner: the migrations run with it. */
        MIGRATION_DATABASE_URL: postgresRoleUrl,
        /** The role the subgraph serves with; it is granted row reads and writes, and only SELECT, INSERT on audit_log. */
        APPLICATION_ROLE: z
          .string({ required_error: 'required: the role the subgraph serves with, e.g. jcn_app' })
          .regex(/^[a-z_][a-z0-9_]{0,62}$/, 'must be a plain PostgreSQL role name'),
      })
      .superRefine(productionSecrets([], ['MIGRATION_DATABASE_URL']))
      .superRefine((env, ctx) => {
        if (urlRole(env.MIGRATION_DATABASE_URL) === env.APPLICATION_ROLE) {
          ctx.addIssue({
            code: z.ZodIssueCode.custom,
            path: ['APPLICATION_ROLE'],
            message: 'must be another role than the owner: the application role must own nothing',
          });
        }
      }),
    env,
  );
}

/** The job: migrate, grant, exit (`npm run migrate`, or `migrate` of the compiled build's start.js). */
export function runMigration(): void {
  runMain(async () => {
    const config = migrationConfig(process.env);
    await migrateAsOwner(config.MIGRATION_DATABASE_URL, config.APPLICATION_ROLE);
    console.log(`[migrate] done; ${config.APPLICATION_ROLE} has its privileges`);
  });
}

if (require.main === module) runMigration();
