/**
 * Idempotent writes: a retried request with the same key and input returns the
 * first result; the same key with other input is a CONFLICT. The key is held
 * with a transaction-scoped advisory lock, so concurrent retries serialise.
 */
import { createHash } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { conflict, notFound } from '../../../shared/src/errors';
import { IdempotencyKeyEntity } from '../db/activity.entity';
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
  operation: string;
  key: string;
  /** The validated input; its hash tells a retry from a different request. */
  input: unknown;
}

/**
 * Runs `perform` once per key in one transaction and returns `load` of the id
 * it produced, the first time and on every retry.
 */
export async function idempotentTransaction<T>(
  ds: DataSource,
  request: IdempotentRequest,
  perform: (em: EntityManager) => Promise<string>,
  load: (em: EntityManager, id: string) => Promise<T | null>,
): Promise<T> {
  const key = v.idempotencyKey(request.key);
  const requestHash = createHash('sha256').update(stableJson(request.input)).digest('hex');
  return ds.transaction(async (em) => {
    await em.query('SELECT pg_advisory_xact_lock(hashtext($1))', [key]);
    const seen = await em.findOneBy(IdempotencyKeyEntity, { key });
    let id: string;
    if (seen) {
      if (seen.operation !== request.operation || seen.requestHash !== requestHash) {
        throw conflict('This idempotencyKey was already used for a different request; use a new key for a new request.', {
          field: 'idempotencyKey',
        });
      }
      id = seen.resultId;
    } else {
      id = await perform(em);
      await em.insert(IdempotencyKeyEntity, { key, operation: request.operation, requestHash, resultId: id });
    }
    const result = await load(em, id);
    if (!result) throw notFound('The object this idempotencyKey created no longer exists.');
    return result;
  });
}
