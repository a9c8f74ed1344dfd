/**
 * What the networks do for one of them restored from a backup (docs/backup-and-restore.md, "Backups
 * and restore"). The restored network lost what it wrote and received after its
 * dump; each other network acts on its own data only: its secretariat sends the
 * restored one again what it delivered since then (redeliver), and its
 * subgraph tells the restored network's delivery service the highest of that
 * network's references it holds, so that its numbering resumes after them.
 */
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { Caller } from '#shared/caller';
import { badInput, forbidden } from '#shared/errors';
import { findNetwork, type NetworkDefinition, type Registry } from '#shared/registry';
import { isServiceOf } from '../access/referrals';
import { AuditEntryEntity } from '../audit/audit-entry.entity';
import type { AuditTrail } from '../audit/audit';
import { idempotentTransaction } from '../core/idempotency';
import { requeueDeliveries } from './delivery';
import { referenceSeries } from './repository';

/** How far back redeliver reaches: older backups are a case for the secretariats, not for a re-send of everything. */
export const REDELIVERY_WINDOW_DAYS = 90;

export interface RedeliveryReport {
  deliveries: number;
  referrals: number;
}

function otherNetwork(registry: Registry, own: NetworkDefinition, code: string, field: string): NetworkDefinition {
  const n = findNetwork(registry, code);
  if (!n) throw badInput(`${code} is not a network of this hub.`, { field });
  if (n.key === own.key)
    throw badInput(`${own.name} cannot redeliver to itself: its own records are on its own database.`, { field });
  return n;
}

/**
 * Queues again every change delivered to `to` since `since`, and the dead letters to it since then
 * (the field's rule admits this network's secretariat only). Idempotent on the key: a retry returns the
 * first report. Calling it again with a new key sends everything once more, which the receiving side
 * answers as duplicates.
 */
export function redeliver(
  ds: DataSource,
  network: NetworkDefinition,
  registry: Registry,
  caller: Caller,
  audit: AuditTrail,
  args: { to: string; since: Date | string; key: string },
) {
  const target = otherNetwork(registry, network, args.to, 'to');
  const since = new Date(args.since);
  const now = Date.now();
  if (since.getTime() > now) throw badInput('since is in the future.', { field: 'since' });
  if (since.getTime() < now - REDELIVERY_WINDOW_DAYS * 86_400_000) {
    throw badInput(
      `since is more than ${REDELIVERY_WINDOW_DAYS} days ago; agree on older records with the other secretariat.`,
      { field: 'since' },
    );
  }
  let counts = { deliveries: 0, referrals: 0 };
  return idempotentTransaction<RedeliveryReport, void>(
    ds,
    {
      caller: caller.subject,
      operation: 'redeliver',
      key: args.key,
      input: { to: target.key, since: since.toISOString() },
    },
    {
      authorize: async () => undefined,
      perform: async (em) => {
        counts = await requeueDeliveries(em, target.key, since);
        return randomUUID();
      },
      // The audit entry is the redelivery's record: a retry reads its report back from it.
      audit: (em, id, replay) =>
        audit.write(em, {
          action: 'redeliver',
          objectType: 'Redelivery',
          objectId: id,
          details: replay ? { replay } : { to: target.code, since: since.toISOString(), ...counts },
        }),
      load: async (em, id) => {
        const entry = await em.findOne(AuditEntryEntity, {
          where: { action: 'redeliver', objectId: id },
          order: { id: 'ASC' },
        });
        return entry && { deliveries: Number(entry.details.deliveries), referrals: Number(entry.details.referrals) };
      },
    },
  );
}

/** The highest of `origin`'s references recorded here, per year: for `origin`'s delivery service alone. */
export function receivedReferences(
  ds: DataSource,
  registry: Registry,
  caller: Caller,
  origin: string,
): Promise<{ year: number; last: number }[]> {
  const n = findNetwork(registry, origin);
  if (!n || !isServiceOf(caller, n.key))
    throw forbidden(
      `Only ${n?.code ?? origin}'s delivery service may read which of its references are recorded here.`,
      { field: 'origin' },
    );
  return referenceSeries(ds, 'DESTINATION', n);
}
