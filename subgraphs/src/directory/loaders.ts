/**
 * Per-request DataLoaders: every lookup by key in one request is one statement per kind
 * and column set (two selections that read different columns never share a row).
 */
import DataLoader from 'dataloader';
import { byColumns, type Columns } from '../core/selection';
import type { ContactPointEntity } from './contact-point.entity';
import type { MeasureProfileEntity } from './country-profile.entity';
import type { DirectoryReads } from './reads';

function byId<T extends { id: string }>(
  fetch: (ids: readonly string[], columns: Columns) => Promise<T[]>,
): (columns: Columns) => DataLoader<string, T | null> {
  return byColumns(
    (columns) =>
      new DataLoader(async (ids) => {
        const rows = new Map((await fetch(ids, columns)).map((r) => [r.id, r]));
        return ids.map((id) => rows.get(id) ?? null);
      }),
  );
}

function groupBy<T>(
  fetch: (keys: readonly string[], columns: Columns) => Promise<T[]>,
  keyOf: (row: T) => string | null,
): (columns: Columns) => DataLoader<string, T[]> {
  return byColumns(
    (columns) =>
      new DataLoader(async (keys) => {
        const groups = new Map<string, T[]>();
        for (const row of await fetch(keys, columns)) {
          const k = keyOf(row);
          if (k === null) continue;
          const g = groups.get(k);
          if (g) g.push(row);
          else groups.set(k, [row]);
        }
        return keys.map((k) => groups.get(k) ?? []);
      }),
  );
}

export function createLoaders(reads: DirectoryReads) {
  return {
    contactPoint: byId(reads.contactPointsByIds),
    authority: byId(reads.authoritiesByIds),
    countryProfile: byId(reads.countryProfilesByIds),
    workingGroup: byId(reads.workingGroupsByIds),
    event: byId(reads.eventsByIds),
    resource: byId(reads.resourcesByIds),
    predecessors: groupBy<ContactPointEntity>(reads.predecessorsOf, (r) => r.successorId),
    measures: groupBy<MeasureProfileEntity>(reads.measuresOfProfiles, (r) => r.profileId),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

/** Loads many ids, dropping the ones that no longer exist. */
export async function loadExisting<T>(loader: DataLoader<string, T | null>, ids: readonly string[]): Promise<T[]> {
  const rows = await loader.loadMany(ids);
  return rows.filter((r): r is T => r !== null && !(r instanceof Error));
}
