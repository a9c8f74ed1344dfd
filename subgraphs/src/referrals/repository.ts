/** The referral tables: records, their events, the reference counters and delivery receipts. SQL only; the rules are the service's. */
import type { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import { entitiesOf } from '../core/rows';
import { selecting, type Columns } from '../core/selection';
import { ReferralEntity, ReferralEventEntity } from './referral.entity';
import type { Folded, Side } from './state';

/** A query over the referral records, alias `r`, for a list to filter and page. */
export const recordsQuery = (ds: DataSource): SelectQueryBuilder<ReferralEntity> =>
  ds.getRepository(ReferralEntity).createQueryBuilder('r');

/** Reads one record with a row lock, so the steps on a referral take turns. */
export function lockRecord(em: EntityManager, uuid: string, side: Side): Promise<ReferralEntity | null> {
  return em.findOne(ReferralEntity, { where: { id: uuid, side }, lock: { mode: 'pessimistic_write' } });
}

export const findRecord = (em: EntityManager, uuid: string, side: Side): Promise<ReferralEntity | null> =>
  em.findOneBy(ReferralEntity, { id: uuid, side });

/** References end in six digits (<CODE>-<year>-000001): a year's series holds no more numbers than that. */
export const REFERENCE_NUMBER_MAX = 999_999;

/**
 * The next number of the year's reference series (1, 2, ...), taken in the caller's transaction;
 * null when the series is full (or its counter is out of the six-digit range), and then nothing changed.
 */
export async function nextReferenceNumber(em: EntityManager, year: number): Promise<number | null> {
  const [row]: { last: number }[] = await em.query(
    `INSERT INTO referral_counters (year, last) VALUES ($1, 1)
     ON CONFLICT (year) DO UPDATE SET last = referral_counters.last + 1 WHERE referral_counters.last < $2 RETURNING last`,
    [year, REFERENCE_NUMBER_MAX],
  );
  return row?.last ?? null;
}

export async function newReferralId(em: EntityManager): Promise<string> {
  const [{ id }]: { id: string }[] = await em.query(`SELECT gen_random_uuid() AS id`);
  return id;
}

export async function insertRecord(em: EntityManager, record: Partial<ReferralEntity>): Promise<void> {
  await em.insert(ReferralEntity, record);
}

export async function insertEvent(em: EntityManager, event: Partial<ReferralEventEntity>): Promise<void> {
  await em.insert(ReferralEventEntity, event);
}

/** The sequence number of a side's next event on its own record. */
export async function nextSequence(em: EntityManager, uuid: string, side: Side): Promise<number> {
  const [{ seq }]: { seq: number }[] = await em.query(
    `SELECT coalesce(max(seq), 0) + 1 AS seq FROM referral_events WHERE referral_id = $1 AND record_side = $2 AND author_side = $2`,
    [uuid, side],
  );
  return seq;
}

/** The latest event one side wrote on a record, if any. */
export async function lastEventBy(
  em: EntityManager,
  uuid: string,
  recordSide: Side,
  authorSide: Side,
): Promise<{ seq: number; at: Date } | undefined> {
  const [last]: { seq: number; at: Date }[] = await em.query(
    `SELECT seq, at FROM referral_events WHERE referral_id = $1 AND record_side = $2 AND author_side = $3 ORDER BY seq DESC LIMIT 1`,
    [uuid, recordSide, authorSide],
  );
  return last;
}

/** The event one side wrote at `seq` on a record, if it exists: what tells a repeated delivery from another event under a used number. */
export async function eventAt(
  em: EntityManager,
  uuid: string,
  recordSide: Side,
  authorSide: Side,
  seq: number,
): Promise<{ type: string; at: Date; note: string | null; answerExpectedBy: Date | null } | undefined> {
  const [same]: { type: string; at: Date; note: string | null; answerExpectedBy: Date | null }[] = await em.query(
    `SELECT type, at, note, answer_expected_by AS "answerExpectedBy" FROM referral_events
      WHERE referral_id = $1 AND record_side = $2 AND author_side = $3 AND seq = $4`,
    [uuid, recordSide, authorSide, seq],
  );
  return same;
}

export const eventsOf = (em: EntityManager, uuid: string, side: Side): Promise<ReferralEventEntity[]> =>
  em.findBy(ReferralEventEntity, { referralId: uuid, recordSide: side });

/**
 * Stores what the events of a record fold to, as a new version of the record. An expected answer date no
 * event names (records acknowledged before events carried it) keeps the one stored.
 */
export async function saveFolded(em: EntityManager, uuid: string, side: Side, folded: Folded): Promise<void> {
  await em.query(
    `UPDATE referrals SET status = $3, assigned_to = $4, acknowledged_at = $5, completed_at = $6,
            answer_expected_by = coalesce($7, answer_expected_by), version = version + 1, updated_at = now()
      WHERE id = $1 AND side = $2`,
    [uuid, side, folded.status, folded.assignedTo, folded.acknowledgedAt, folded.completedAt, folded.answerExpectedBy],
  );
}

/** The origin's record takes the acknowledgement due time its destination fixed (its delivery receipt). */
export async function saveAcknowledgeBy(db: Pick<EntityManager, 'query'>, uuid: string, at: Date): Promise<void> {
  await db.query(
    `UPDATE referrals SET acknowledge_by = $2 WHERE id = $1 AND side = 'ORIGIN' AND acknowledge_by IS DISTINCT FROM $2`,
    [uuid, at],
  );
}

/** Destination records that share the id or the reference of a delivered referral. */
export function destinationRecordsLike(
  em: EntityManager,
  uuid: string,
  reference: string,
): Promise<{ id: string; reference: string; acknowledgeBy: Date | null }[]> {
  return em.query(
    `SELECT id, reference, acknowledge_by AS "acknowledgeBy" FROM referrals WHERE side = 'DESTINATION' AND (id = $1 OR reference = $2)`,
    [uuid, reference],
  );
}

/** Counts a delivery of one event (repeated deliveries too), as evidence of what arrived when. */
export async function recordReceipt(
  em: EntityManager,
  uuid: string,
  recordSide: Side,
  authorSide: Side,
  seq: number,
): Promise<void> {
  await em.query(
    `INSERT INTO delivery_receipts (referral_id, record_side, author_side, seq) VALUES ($1, $2, $3, $4)
     ON CONFLICT (referral_id, record_side, author_side, seq) DO UPDATE SET received = delivery_receipts.received + 1, last_at = now()`,
    [uuid, recordSide, authorSide, seq],
  );
}

/** Both records of these referrals (either side, whichever this database holds). */
export const recordsByIds = (ds: DataSource, ids: readonly string[], columns: Columns): Promise<ReferralEntity[]> =>
  entitiesOf(selecting(recordsQuery(ds), columns).where('r.id IN (:...ids)', { ids }));

/** Every event of these referrals, on either record. */
export const eventsByReferralIds = (
  ds: DataSource,
  ids: readonly string[],
  columns: Columns = null,
): Promise<ReferralEventEntity[]> =>
  entitiesOf(
    selecting(ds.getRepository(ReferralEventEntity).createQueryBuilder('e'), columns).where(
      'e.referralId IN (:...ids)',
      { ids },
    ),
  );

/** Each year's counter as this database holds it. */
export function referenceCounters(em: EntityManager): Promise<{ year: number; last: number }[]> {
  return em.query(`SELECT year, last FROM referral_counters ORDER BY year`);
}

/**
 * The highest number of each year's series of `network`'s references among the records of `side` here
 * (references are <CODE>-<year>-<6 digits>): this network's own referrals on ORIGIN, those received
 * from `network` on DESTINATION.
 */
export function referenceSeries(
  db: Pick<EntityManager, 'query'>,
  side: 'ORIGIN' | 'DESTINATION',
  network: { key: string; code: string },
): Promise<{ year: number; last: number }[]> {
  return db.query(
    `SELECT substr(reference, $2, 4)::int AS year, max(right(reference, 6)::int) AS last
       FROM referrals WHERE side = $3 AND origin_network = $1 GROUP BY 1 ORDER BY 1`,
    [network.key, network.code.length + 2, side],
  );
}

/**
 * Moves a year's counter forward to `last` at least (never back), or to `last` itself when the
 * counter is out of the six-digit range (no reference can carry it); returns the counter before.
 */
export async function resumeReferenceNumbers(em: EntityManager, year: number, last: number): Promise<number> {
  if (!Number.isInteger(last) || last < 0 || last > REFERENCE_NUMBER_MAX)
    throw new RangeError(`A reference number is 0 to ${REFERENCE_NUMBER_MAX}, not ${last}.`);
  const [before]: { last: number }[] = await em.query(`SELECT last FROM referral_counters WHERE year = $1 FOR UPDATE`, [
    year,
  ]);
  await em.query(
    `INSERT INTO referral_counters (year, last) VALUES ($1, $2)
     ON CONFLICT (year) DO UPDATE SET last = CASE WHEN referral_counters.last > $3 THEN excluded.last ELSE greatest(referral_counters.last, excluded.last) END`,
    [year, last, REFERENCE_NUMBER_MAX],
  );
  return before?.last ?? 0;
}
