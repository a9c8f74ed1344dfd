/**
 * The console's notification centre, as its one reader sees it: the caller's own notifications,
 * never another person's. No argument names whose: the token's contact point does (preferences.ts's
 * ownContactPoint), and every statement below (in-app.ts) is scoped to it. An id of someone else's
 * notification is answered exactly as one that does not exist (NOT_FOUND), and changes nothing.
 */
import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { badInput, notFound } from '#shared/errors';
import { ownId } from '#shared/ids';
import type { Page } from '../core/model';
import { decodeCursor, encodeCursor, type SortKey } from '../core/paging';
import { inAppByIds, inAppCounts, inAppPage, markInAppRead, pruneReadInApp, type InAppRow } from './in-app';
import { ownContactPoint, type PreferenceScope } from './preferences';
import { PeriodicCheck } from './repeat';

/** The largest page of one's notifications (and the most ids marked read at once). */
export const MAX_NOTIFICATION_PAGE = 100;

/** A page of one's notifications, with the count of the unread ones whatever the filter. */
export interface NotificationPage extends Page<InAppRow> {
  unreadCount: () => Promise<number>;
}

/** What the centre acts for: this network, and the caller, whose token names their contact point. */
export type CentreScope = PreferenceScope;

/** The list's order, newest first, as the cursor carries it: a row's n, a positive bigint. */
const ORDER: readonly SortKey<never>[] = [
  { column: 'n', direction: 'DESC', value: () => '', valid: (v) => /^[1-9][0-9]{0,17}$/.test(v) },
];

const mine = (scope: CentreScope) => ownContactPoint(scope);

/** The caller's notifications, newest first: `first` (0 to 100) after the cursor `after`; unread ones only with `unreadOnly`. */
export async function myNotifications(
  scope: CentreScope,
  args: { first?: number | null; after?: string | null; unreadOnly?: boolean | null },
): Promise<NotificationPage> {
  const cp = await mine(scope);
  const first = args.first ?? 20;
  if (!Number.isInteger(first) || first < 0 || first > MAX_NOTIFICATION_PAGE)
    throw badInput(`first must be between 0 and ${MAX_NOTIFICATION_PAGE}.`, { field: 'first' });
  const beforeN = args.after ? decodeCursor(args.after, ORDER)[0]! : null;
  const unreadOnly = args.unreadOnly ?? false;
  const rows = await inAppPage(scope.ds, cp, { limit: first + 1, beforeN, unreadOnly });
  const nodes = rows.slice(0, first);
  let counts: ReturnType<typeof inAppCounts> | undefined;
  const counted = () => (counts ??= inAppCounts(scope.ds, cp));
  const last = nodes[nodes.length - 1];
  return {
    nodes,
    hasNextPage: rows.length > first,
    endCursor: last ? encodeCursor([last.n]) : null,
    totalCount: async () => (await counted())[unreadOnly ? 'unread' : 'total'],
    unreadCount: async () => (await counted()).unread,
  };
}

/** The uuid of `id` when it names a notification of this network; else BAD_USER_INPUT on `field`. */
function notificationUuid(scope: CentreScope, id: string, field: string): string {
  const own = ownId(scope.registry, scope.network, 'ntf', id);
  if (!own)
    throw badInput(`${field}: "${id.slice(0, 120)}" is not the id of a notification of ${scope.network.name}.`, {
      field,
    });
  return own.uuid;
}

const notYours = (id: string) =>
  notFound(
    `No notification ${id.slice(0, 120)} of yours: nothing was marked. You see and mark only your own notifications.`,
    { id: id.slice(0, 120) },
  );

/** What marking read changed: rows newly read, and the caller's unread ones left. */
export interface Marked {
  marked: number;
  unreadCount: number;
}

/** Marks the caller's notifications `ids` read: all of them or, when one is not theirs, none (NOT_FOUND). */
export async function markRead(scope: CentreScope, ids: readonly string[]): Promise<Marked> {
  const cp = await mine(scope);
  if (ids.length > MAX_NOTIFICATION_PAGE)
    throw badInput(`ids: at most ${MAX_NOTIFICATION_PAGE} at once.`, { field: 'ids' });
  const uuids = new Map(ids.map((id) => [notificationUuid(scope, id, 'ids'), id]));
  return scope.ds.transaction(async (em) => {
    const found = new Set((await inAppByIds(em, cp, [...uuids.keys()])).map((r) => r.id));
    const missing = [...uuids].find(([uuid]) => !found.has(uuid));
    if (missing) throw notYours(missing[1]);
    const marked = uuids.size ? await markInAppRead(em, cp, { ids: [...uuids.keys()], upToN: null }, new Date()) : 0;
    return { marked, unreadCount: (await inAppCounts(em, cp)).unread };
  });
}

/** Marks every notification of the caller read, or those up to `upTo` (one of theirs) when given. */
export async function markAllRead(scope: CentreScope, upTo: string | null | undefined): Promise<Marked> {
  const cp = await mine(scope);
  const uuid = upTo === null || upTo === undefined ? null : notificationUuid(scope, upTo, 'upTo');
  return scope.ds.transaction(async (em) => {
    let upToN: string | null = null;
    if (uuid) {
      const [row] = await inAppByIds(em, cp, [uuid]);
      if (!row) throw notYours(upTo!);
      upToN = row.n;
    }
    const marked = await markInAppRead(em, cp, { ids: null, upToN }, new Date());
    return { marked, unreadCount: (await inAppCounts(em, cp)).unread };
  });
}

const loaders = new WeakMap<object, DataLoader<string, InAppRow | null>>();

/**
 * One of the caller's notifications by global id (an entity lookup: node(id:)), batched per request
 * (`request` keys the loader); someone else's, or none, is NOT_FOUND.
 */
export async function myNotification(scope: CentreScope, request: object, id: string): Promise<InAppRow> {
  let loader = loaders.get(request);
  if (!loader) {
    loader = new DataLoader(async (uuids: readonly string[]) => {
      const rows = await inAppByIds(scope.ds, await mine(scope), uuids);
      const byId = new Map(rows.map((r) => [r.id, r]));
      return uuids.map((u) => byId.get(u) ?? null);
    });
    loaders.set(request, loader);
  }
  const own = ownId(scope.registry, scope.network, 'ntf', id);
  const row = own ? await loader.load(own.uuid) : null;
  if (!row) throw notFound(`No notification ${id.slice(0, 120)} of yours.`, { id: id.slice(0, 120) });
  return row;
}

export const DEFAULT_NOTIFICATION_RETENTION_DAYS = 90;
const DAY = 86_400_000;
/** Rows deleted by one statement, so that pruning a large backlog holds no long lock. */
const PRUNE_BATCH = 1000;

/**
 * Deletes read notifications once they have been read for `retentionDays`, every `intervalMs`; unread
 * ones stay whatever their age (their person has not seen them yet). The clock is `now`, so tests move it.
 */
export class NotificationRetention extends PeriodicCheck {
  constructor(
    private readonly options: {
      ds: DataSource;
      retentionDays: number;
      intervalMs?: number;
      now?: () => Date;
      log?: (message: string) => void;
    },
  ) {
    super('notification pruning', options.intervalMs ?? 3_600_000, options.log);
  }

  protected checkOnce(): Promise<unknown> {
    return this.prune();
  }

  /** Deletes every notification read more than retentionDays ago, in batches; returns how many. */
  async prune(): Promise<number> {
    const now = this.options.now?.() ?? new Date();
    const before = new Date(now.getTime() - this.options.retentionDays * DAY);
    let total = 0;
    let batch: number;
    do {
      batch = await pruneReadInApp(this.options.ds, before, PRUNE_BATCH);
      total += batch;
    } while (batch === PRUNE_BATCH);
    return total;
  }
}
