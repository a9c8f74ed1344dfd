/** Per-request batches for referral records, their events and their delivery state. */
import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { byColumns } from '../core/selection';
import { deliveryRowsOf } from './delivery';
import type { DeliveryStatus } from './model';
import { parseRecordKey, recordKey } from './model';
import type { ReferralEntity, ReferralEventEntity } from './referral.entity';
import { eventsByReferralIds, recordsByIds } from './repository';
import { orderEvents } from './state';

const referralIds = (keys: readonly string[]) => [...new Set(keys.map((k) => parseRecordKey(k).id))];

export function createReferralLoaders(ds: DataSource) {
  return {
    record: byColumns(
      (columns) =>
        new DataLoader<string, ReferralEntity | null>(async (keys) => {
          const byKey = new Map(
            (await recordsByIds(ds, referralIds(keys), columns)).map((r) => [recordKey(r.id, r.side), r]),
          );
          return keys.map((k) => byKey.get(k) ?? null);
        }),
    ),
    events: byColumns(
      (columns) =>
        new DataLoader<string, ReferralEventEntity[]>(async (keys) => {
          const groups = new Map<string, ReferralEventEntity[]>();
          for (const e of await eventsByReferralIds(ds, referralIds(keys), columns)) {
            const k = recordKey(e.referralId, e.recordSide);
            groups.set(k, [...(groups.get(k) ?? []), e]);
          }
          return keys.map((k) => orderEvents(groups.get(k) ?? []));
        }),
    ),
    delivery: new DataLoader<string, DeliveryStatus>(async (keys) => {
      const byKey = new Map((await deliveryRowsOf(ds, referralIds(keys))).map((r) => [`${r.stream_id}|${r.scope}`, r]));
      return keys.map((k): DeliveryStatus => {
        const r = byKey.get(k);
        const pending = Number(r?.pending ?? 0);
        return {
          state:
            pending === 0 ? 'DELIVERED' : Number(r?.failed ?? 0) > 0 ? 'FAILED' : r?.last_error ? 'FAILING' : 'PENDING',
          pending,
          attempts: r?.attempts ?? 0,
          lastError: pending ? (r?.last_error ?? null) : null,
          lastAttemptAt: r?.last_attempt_at ?? null,
          nextAttemptAt: r?.next_attempt_at ?? null,
        };
      });
    }),
  };
}

export type ReferralLoaders = ReturnType<typeof createReferralLoaders>;
