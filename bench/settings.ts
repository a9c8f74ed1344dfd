/** The benchmark's knobs, read from the environment once and checked before anything starts. */
import { z } from 'zod';
import { parseEnv } from '#shared/config';

/** Every bad knob is reported at once. */
const benchEnv = z.object({
  BENCH_SECONDS: z.coerce.number().int().min(1).default(10),
  BENCH_CONNECTIONS: z.coerce.number().int().min(1).max(1000).default(16),
  BENCH_WARMUP_SECONDS: z.coerce.number().int().min(0).default(3),
  BENCH_SOAK_SECONDS: z.coerce.number().int().min(1).default(60),
  /** Rounds of each alternating comparison (before/after, heap sizes). */
  BENCH_ROUNDS: z.coerce.number().int().min(1).default(3),
  /** A progress line on stderr at least this often while a case runs. */
  BENCH_PROGRESS_SECONDS: z.coerce.number().int().min(1).default(30),
});

export const {
  BENCH_SECONDS: SECONDS,
  BENCH_CONNECTIONS: CONNECTIONS,
  BENCH_WARMUP_SECONDS: WARMUP_SECONDS,
  BENCH_SOAK_SECONDS: SOAK_SECONDS,
  BENCH_ROUNDS: ROUNDS,
  BENCH_PROGRESS_SECONDS: PROGRESS_SECONDS,
} = parseEnv(benchEnv, process.env);

/** Demo seed scale: at least 50 active contact points in every network. */
export const SCALE = 3;

export const fmt = (n: number, digits = 1) => n.toFixed(digits);
