/**
 * A record's state, kept by both of its doors: this network's own steps (service.ts) and the
 * other side's deliveries (inbox.ts) each write an event, then fold the record again.
 */
import type { EntityManager } from 'typeorm';
import * as records from './repository';
import { fold, type Side } from './state';

/** Recomputes a record's status and assignee from all its events. */
export async function refold(em: EntityManager, uuid: string, side: Side): Promise<void> {
  await records.saveFolded(em, uuid, side, fold(await records.eventsOf(em, uuid, side)));
}
