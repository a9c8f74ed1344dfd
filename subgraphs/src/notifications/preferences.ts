/**
 * Each person's notification settings, kept in their own network: the language of their mail, and for
 * each kind of notification whether it is mailed at once, gathered in a daily digest, or not mailed
 * (routing.ts applies them). There is no argument naming whose: the caller's token names the contact
 * point, so nobody reads or sets another person's. Every change is written to the audit log in its
 * own transaction.
 */
import type { DataSource } from 'typeorm';
import type { Caller } from '#shared/caller';
import { badInput, forbidden } from '#shared/errors';
import { encodeId, ownId } from '#shared/ids';
import type { NetworkDefinition, Registry } from '#shared/registry';
import type { AuditTrail } from '../audit/audit';
import { DELIVERIES, isLanguage, PREFERENCE_KINDS, type Delivery, type Language, type PreferenceKind } from './facts';

export type NotificationLanguage = 'EN' | 'FR' | 'RU' | 'PT';

export interface KindDelivery {
  kind: PreferenceKind;
  delivery: Delivery;
}

export interface NotificationPreferences {
  language: NotificationLanguage;
  /** Every kind a contact point receives, in PREFERENCE_KINDS order; IMMEDIATE until chosen otherwise. */
  deliveries: KindDelivery[];
}

/** Who is asking and where: what every read and write of one's own settings needs. */
export interface PreferenceScope {
  ds: DataSource;
  network: NetworkDefinition;
  registry: Registry;
  caller: Caller;
}

/** The caller's own contact point of this network (its uuid), or FORBIDDEN. */
export async function ownContactPoint({ ds, network, registry, caller }: PreferenceScope): Promise<string> {
  const d = caller.contactPointId ? ownId(registry, network, 'cp', caller.contactPointId) : null;
  if (d && caller.network === network.key) {
    const [row]: { active: boolean }[] = await ds.query(`SELECT active FROM contact_points WHERE id = $1`, [d.uuid]);
    if (row?.active) return d.uuid;
  }
  throw forbidden(
    `Only an active contact point of ${network.name} (a token with its contact_point_id) has notification settings here.`,
  );
}

async function preferencesOf(ds: DataSource, uuid: string): Promise<NotificationPreferences> {
  const [row]: { language: string }[] = await ds.query(
    `SELECT language FROM notification_preferences WHERE contact_point_id = $1`,
    [uuid],
  );
  const chosen: { kind: string; delivery: Delivery }[] = await ds.query(
    `SELECT kind, delivery FROM notification_deliveries WHERE contact_point_id = $1`,
    [uuid],
  );
  const byKind = new Map(chosen.map((c) => [c.kind, c.delivery]));
  return {
    language: (row && isLanguage(row.language) ? row.language : 'en').toUpperCase() as NotificationLanguage,
    deliveries: PREFERENCE_KINDS.map((kind) => ({ kind, delivery: byKind.get(kind) ?? 'IMMEDIATE' })),
  };
}

export async function readPreferences(scope: PreferenceScope): Promise<NotificationPreferences> {
  return preferencesOf(scope.ds, await ownContactPoint(scope));
}

export async function setLanguage(
  scope: PreferenceScope,
  audit: AuditTrail,
  language: NotificationLanguage,
): Promise<NotificationPreferences> {
  const uuid = await ownContactPoint(scope);
  const lower = language.toLowerCase() as Language;
  await scope.ds.transaction(async (em) => {
    await em.query(
      `INSERT INTO notification_preferences (contact_point_id, language) VALUES ($1, $2)
       ON CONFLICT (contact_point_id) DO UPDATE SET language = excluded.language, updated_at = now()`,
      [uuid, lower],
    );
    await audit.write(em, {
      action: 'setNotificationLanguage',
      objectType: 'ContactPoint',
      objectId: encodeId(scope.network, 'cp', uuid),
      details: { language },
    });
  });
  return preferencesOf(scope.ds, uuid);
}

/**
 * Sets how the caller wants each of the named kinds mailed; kinds not named keep their setting. A kind
 * named twice, or one no contact point receives, is refused (BAD_USER_INPUT) and nothing changes.
 */
export async function setDeliveries(
  scope: PreferenceScope,
  audit: AuditTrail,
  deliveries: readonly KindDelivery[],
): Promise<NotificationPreferences> {
  const uuid = await ownContactPoint(scope);
  const seen = new Set<string>();
  for (const d of deliveries) {
    if (!PREFERENCE_KINDS.includes(d.kind) || !DELIVERIES.includes(d.delivery)) {
      throw badInput(`${d.kind} cannot be set to ${d.delivery}: the kinds are ${PREFERENCE_KINDS.join(', ')}.`, {
        field: 'deliveries',
      });
    }
    if (seen.has(d.kind)) throw badInput(`${d.kind} is named twice: name each kind once.`, { field: 'deliveries' });
    seen.add(d.kind);
  }
  if (deliveries.length === 0) return preferencesOf(scope.ds, uuid);
  await scope.ds.transaction(async (em) => {
    await em.query(
      `INSERT INTO notification_deliveries (contact_point_id, kind, delivery)
       SELECT $1, kind, delivery FROM unnest($2::text[], $3::text[]) AS t (kind, delivery)
       ON CONFLICT (contact_point_id, kind) DO UPDATE SET delivery = excluded.delivery, updated_at = now()`,
      [uuid, deliveries.map((d) => d.kind), deliveries.map((d) => d.delivery)],
    );
    await audit.write(em, {
      action: 'setNotificationDeliveries',
      objectType: 'ContactPoint',
      objectId: encodeId(scope.network, 'cp', uuid),
      details: Object.fromEntries(deliveries.map((d) => [d.kind, d.delivery])),
    });
  });
  return preferencesOf(scope.ds, uuid);
}
