/** The resolvers of notifications/schema.graphql: a contact point's own mail preferences and notification centre. */
import { encodeId } from '#shared/ids';
import type { Resolvers } from '../__generated__/resolvers-types';
import type { AssistanceKind, NetworkCode, Urgency } from '../__generated__/schema-types';
import { runtimeName } from '../core/model';
import { connection, countryRef } from '../core/resolving';
import { markAllRead, markRead, myNotification, myNotifications } from './centre';
import { readPreferences, setDeliveries, setLanguage } from './preferences';

export const notificationResolvers: Resolvers = {
  TemplateNetwork: {
    myNotificationPreferences: (_n, _a, ctx) => readPreferences(ctx),
    myNotifications: (_n, args, ctx) => myNotifications(ctx, args),
  },
  TemplateNotification: {
    __resolveReference: (ref, ctx) => myNotification(ctx, ctx, ref.id),
    id: (n, _a, ctx) => encodeId(ctx.network, 'ntf', n.id),
    reference: (n) => n.facts.reference,
    referralKind: (n) => n.facts.referralKind as AssistanceKind,
    urgency: (n) => n.facts.urgency as Urgency,
    counterpartCountry: (n) => countryRef(n.facts.counterpartCountry),
    counterpartNetwork: (n) => runtimeName<NetworkCode>(n.facts.counterpartNetwork),
    deadline: (n) => n.facts.deadline,
    referralId: (n) => n.facts.recordId,
    read: (n) => n.readAt !== null,
  },
  TemplateNotificationConnection: { ...connection, unreadCount: (page) => page.unreadCount() },
  TemplateMutations: {
    setNotificationLanguage: (_m, { language }, ctx) => setLanguage(ctx, ctx.audit, language),
    setNotificationDeliveries: (_m, { deliveries }, ctx) => setDeliveries(ctx, ctx.audit, deliveries),
    markNotificationsRead: (_m, { ids }, ctx) => markRead(ctx, ids),
    markAllNotificationsRead: (_m, { upTo }, ctx) => markAllRead(ctx, upTo),
  },
};
