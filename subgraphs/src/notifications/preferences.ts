/**
 * Each person's notification settings, kept in their own network. There is no argument naming whose:
 * the caller's token names the contact point, so nobody reads or sets another person's.
 */
import type { DataSource } from 'typeorm';
import type { Caller } from '#shared/caller';
import { forbidden } from '#shared/errors';
import { ownId } from '#shared/ids';
import type { NetworkDefinition, Registry } from '#shared/registry';
import { isLanguage, type Language } from './facts';

export type NotificationLanguage = 'EN' | 'FR' | 'RU' | 'PT';

export interface NotificationPreferences {
  language: NotificationLanguage;
}

/** The caller's own contact point of this network (its uuid), or FORBIDDEN. */
export async function ownContactPoint(
  ds: DataSource,
  network: NetworkDefinition,
  registry: Registry,
  caller: Caller,
): Promise<string> {
  const d = caller.contactPointId ? ownId(registry, network, 'cp', caller.contactPointId) : null;
  if (d && caller.network === network.key) {
    const [row]: { active: boolean }[] = await ds.query(`SELECT active FROM contact_points WHERE id = $1`, [d.uuid]);
    if (row?.active) return d.uuid;
  }
  throw forbidden(
    `Only an active contact point of ${network.name} (a token with its contact_point_id) has notification settings here.`,
  );
}

export async function readPreferences(
  ds: DataSource,
  network: NetworkDefinition,
  registry: Registry,
  caller: Caller,
): Promise<NotificationPreferences> {
  const uuid = await ownContactPoint(ds, network, registry, caller);
  const [row]: { language: string }[] = await ds.query(
    `SELECT language FROM notification_preferences WHERE contact_point_id = $1`,
    [uuid],
  );
  return { language: (row && isLanguage(row.language) ? row.language : 'en').toUpperCase() as NotificationLanguage };
}

export async function setLanguage(
  ds: DataSource,
  network: NetworkDefinition,
  registry: Registry,
  caller: Caller,
  language: NotificationLanguage,
): Promise<NotificationPreferences> {
  const uuid = await ownContactPoint(ds, network, registry, caller);
  const lower = language.toLowerCase() as Language;
  await ds.query(
    `INSERT INTO notification_preferences (contact_point_id, language) VALUES ($1, $2)
     ON CONFLICT (contact_point_id) DO UPDATE SET language = excluded.language, updated_at = now()`,
    [uuid, lower],
  );
  return { language };
}
