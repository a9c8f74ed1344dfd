/** Per-request batches for referral records, their events and their delivery state. */
import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { DeliveryStatus } from './model';
import { ReferralEntity, ReferralEventEntity } from './referral.entity';
import { orderEvents, type Side } from './state';

/** Splits a record key "<uuid>|<side>". */
const parseKey = (key: string) => {
  const [id, side] = key.split('|') as [string, Side];
  return { id, side };
};

export function createReferralLoaders(ds: DataSource) {
  return {
    record: new DataLoader<string, ReferralEntity | null>(async (keys) => {
      const ids = [...new Set(keys.map((k) => parseKey(k).id))];
      const rows = await ds.getRepository(ReferralEntity).createQueryBuilder('r').where('r.id IN (:...ids)', { ids }).getMany();
      const byKey = new Map(rows.map((r) => [`${r.id}|${r.side}`, r]));
      return keys.map((k) => byKey.get(k) ?? null);
    }),
    events: new DataLoader<string, ReferralEventEntity[]>(async (keys) => {
      const ids = [...new Set(keys.map((k) => parseKey(k).id))];
      const rows = await ds.getRepository(ReferralEventEntity).createQueryBuilder('e').where('e.referralId IN (:...ids)', { ids }).getMany();
      const groups = new Map<string, ReferralEventEntity[]>();
      for (const e of rows) {
        const k = `${e.referralId}|${e.recordSide}`;
        groups.set(k, [...(groups.get(k) ?? []), e]);
      }
      return keys.map((k) => orderEvents(groups.get(k) ?? []));
    }),
    delivery: new DataLoader<string, DeliveryStatus>(async (keys) => {
      const ids = [...new Set(keys.map((k) => parseKey(k).id))];
      const rows: { referral_id: string; record_side: string; pending: string; failed: string; attempts: number; last_error: string | null; last_attempt_at: Date | null }[] = await ds.query(
        `SELECT referral_id, record_side,
                count(*) FILTER (WHERE delivered_at IS NULL) AS pending,
                count(*) FILTER (WHERE delivered_at IS NULL AND failed_at IS NOT NULL) AS failed,
                coalesce(max(attempts) FILTER (WHERE delivered_at IS NULL), 0) AS attempts,
                (array_agg(last_error ORDER BY id DESC) FILTER (WHERE delivered_at IS NULL AND last_error IS NOT NULL))[1] AS last_error,
                max(last_attempt_at) AS last_attempt_at
           FROM outbox WHERE referral_id = ANY($1) GROUP BY referral_id, record_side`,
        [ids],
      );
      const byKey = new Map(rows.map((r) => [`${r.referral_id}|${r.record_side}`, r]));
      return keys.map((k): DeliveryStatus => {
        const r = byKey.get(k);
        const pending = Number(r?.pending ?? 0);
        return {
          state: pending === 0 ? 'DELIVERED' : Number(r?.failed ?? 0) > 0 ? 'FAILED' : r?.last_error ? 'FAILING' : 'PENDING',
          pending,
          attempts: r?.attempts ?? 0,
          lastError: pending ? (r?.last_error ?? null) : null,
          lastAttemptAt: r?.last_attempt_at ?? null,
        };
      });
    }),
  };
}

export type ReferralLoaders = ReturnType<typeof createReferralLoaders>;
