/** Environment parsing shared by every process: a zod schema, every problem reported at once. */
import { z } from 'zod';

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/** Parses `env` with `schema`, or throws a ConfigError listing every bad variable. */
export function parseEnv<T extends z.ZodTypeAny>(schema: T, env: Record<string, string | undefined>): z.infer<T> {
  const result = schema.safeParse(env);
  if (result.success) return result.data;
  throw new ConfigError(result.error.issues.map((i) => `${i.path.join('.') || '(env)'}: ${i.message}`));
}

export const port = (fallback: number) => z.coerce.number().int().min(0).max(65535).default(fallback);
export const nodeEnv = z.enum(['development', 'production', 'test']).default('development');
export const postgresUrl = z
  .string({ required_error: 'required, e.g. postgres://user:password@host:5432/dbname' })
  .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL');

/** The PostgreSQL role a postgres:// URL logs in as ('' when it names none). */
export function urlRole(url: string): string {
  try {
    return decodeURIComponent(new URL(url).username);
  } catch {
    return '';
  }
}

/** A postgres:// URL that names its role: `postgres://<role>:<password>@host:5432/dbname`. */
export const postgresRoleUrl = postgresUrl.refine(
  (url) => urlRole(url) !== '',
  'must name its role: postgres://<role>:<password>@host:5432/dbname',
);

/**
 * Why `value` cannot be a production secret, or undefined: the placeholders of
 * .env.example (and the docs' examples) and values short or repetitive
 * enough to guess. A generated value (`openssl rand -hex 24`) always passes.
 */
export function weakSecret(value: string): string | undefined {
  if (/change-?me|replace-?me|placeholder|example|secret|password/i.test(value))
    return 'is a placeholder: generate a real value, e.g. openssl rand -hex 24';
  if (value.length < 16)
    return 'is too short for production: use at least 16 random characters, e.g. openssl rand -hex 24';
  if (new Set(value).size < 8 || /(.)\1{7}/.test(value))
    return 'is not random: generate a real value, e.g. openssl rand -hex 24';
  return undefined;
}

/**
 * Refinement: with NODE_ENV=production, none of the named secrets, nor the
 * password inside any of the named postgres:// URLs, may be weak (see weakSecret).
 */
export function productionSecrets<T extends Record<string, unknown>>(
  secrets: readonly (keyof T & string)[],
  urls: readonly (keyof T & string)[] = [],
) {
  return (env: T, ctx: z.RefinementCtx): void => {
    if (env.NODE_ENV !== 'production') return;
    const refuse = (name: string, value: unknown, describe: (why: string) => string) => {
      const why = typeof value === 'string' ? weakSecret(value) : undefined;
      if (why) ctx.addIssue({ code: z.ZodIssueCode.custom, path: [name], message: describe(why) });
    };
    for (const name of secrets) refuse(name, env[name], (why) => `${why} (NODE_ENV=production)`);
    for (const name of urls) {
      const url = env[name];
      if (typeof url !== 'string') continue;
      let password = '';
      try {
        password = decodeURIComponent(new URL(url).password);
      } catch {
        continue; // the URL's own schema reports it
      }
      // No password at all is certificate or peer authentication, not a weak secret.
      if (password) refuse(name, password, (why) => `its password ${why} (NODE_ENV=production)`);
    }
  };
}

/** A problem of the machine a person fixes outside the program (a busy port, a folder PostgreSQL cannot enter): its message says what to do. */
export class StartupError extends Error {}

/** Runs `main`, turning a ConfigError or a StartupError into its message alone (exit code 2), without a stack trace. */
export function runMain(main: () => Promise<void>): void {
  main().catch((err: unknown) => {
    if (err instanceof ConfigError || err instanceof StartupError) {
      console.error(err.message);
      process.exit(2);
    }
    console.error(err);
    process.exit(1);
  });
}
