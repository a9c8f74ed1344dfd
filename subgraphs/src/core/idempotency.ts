/**
 * Idempotent writes: a retried request with the same key and input returns the
 * first result; the same key with other input is a CONFLICT. A key belongs to
 * one caller and one operation, so nobody else's key can return their result,
 * and authorization and audit run on a retry exactly as on the first call.
 * The key is held with a transaction-scoped advisory lock, so concurrent
 * retries serialise.
 */
import { createHash } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { conflict, forbidden, notFound } from '#shared/errors';
import { IdempotencyKeyEntity } from './idempotency-key.entity';
import * as v from './validate';

/** Stable JSON: object keys sorted, so the same input always hashes the same. */
export function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${stableJson((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

export interface IdempotentRequest {
  /** The token subject of the caller: keys are per caller. */
  caller: string | null;
  operation: string;
  key: string;
  /** The validated input; its hash tells a retry from a different request. */
  input: unknown;
}

/** The parts of an idempotent write, in the order they run. */
export interface IdempotentSteps<T, A> {
  /** Checks that the caller may do this now, on the first call and on every retry; returns what `perform` needs. */
  authorize: (em: EntityManager) => Promise<A>;
  /** The write itself, the first time only; returns the id of what it made or changed. */
  perform: (em: EntityManager, authorized: A) => Promise<string>;
  /** Records the write, or a retry that returned its result (`replay`), in the audit trail. */
  audit: (em: EntityManager, id: string, replay: boolean) => Promise<void>;
  load: (em: EntityManager, id: string) => Promise<T | null>;
}

/**
 * Runs `perform` once per caller, operation and key in one transaction and
 * returns `load` of the id it produced, the first time and on every retry.
 */
export async function idempotentTransaction<T, A>(
  ds: DataSource,
  request: IdempotentRequest,
  steps: IdempotentSteps<T, A>,
): Promise<T> {
  const key = v.idempotencyKey(request.key);
  const { caller, operation } = request;
  if (!caller) throw forbidden('Sign in: only an identified caller may write.');
  const requestHash = createHash('sha256').update(stableJson(request.input)).digest('hex');
  return ds.transaction(async (em) => {
    await em.query('SELECT pg_advisory_xact_lock(hashtext($1))', [stableJson([caller, operation, key])]);
    const authorized = await steps.authorize(em);
    const seen = await em.findOneBy(IdempotencyKeyEntity, { caller, operation, key });
    if (seen && seen.requestHash !== requestHash) {
      throw conflict('This idempotencyKey was already used for a different request; use a new key for a new request.', {
        field: 'idempotencyKey',
      });
    }
    const id = seen ? seen.resultId : await steps.perform(em, authorized);
    if (!seen) await em.insert(IdempotencyKeyEntity, { caller, operation, key, requestHash, resultId: id });
    await steps.audit(em, id, seen !== null);
    const result = await steps.load(em, id);
    if (!result) throw notFound('The object this idempotencyKey created no longer exists.');
    return result;
  });
}
