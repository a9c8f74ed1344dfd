/** The cell key of a referral record, which the network that releases its figures alone can compute. */
import { createHash, createHmac, randomBytes } from 'node:crypto';

/**
 * A record's cell key (0..255): the first byte of an HMAC-SHA-256 of the referral's uuid under the
 * network's statistics secret. The origin chooses the id; without the secret it cannot choose the key.
 */
export function recordKey(secret: string, uuid: string): number {
  return createHmac('sha256', secret)
    .update(Buffer.from(uuid.replace(/-/g, ''), 'hex'))
    .digest()[0]!;
}

/** A statistics secret for a process given none (development and tests): keys are stored, so a new one only keys new records. */
export const generatedStatisticsSecret = (): string => randomBytes(32).toString('base64url');

/**
 * The key of a demo record (fictional data only): the first byte of SHA-256 of its id, so the demo's
 * released figures are the same on every machine and in the browser tests. Real records never get it.
 */
export function demoRecordKey(uuid: string): number {
  return createHash('sha256')
    .update(Buffer.from(uuid.replace(/-/g, ''), 'hex'))
    .digest()[0]!;
}
