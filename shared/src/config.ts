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

/** Runs `main`, turning a ConfigError into a clear message and exit code 2. */
export function runMain(main: () => Promise<void>): void {
  main().catch((err: unknown) => {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(2);
    }
    console.error(err);
    process.exit(1);
  });
}
