/** The resolvers of notifications/schema.graphql: a contact point's own mail preferences. */
import type { Resolvers } from '../__generated__/resolvers-types';
import { readPreferences, setDeliveries, setLanguage } from './preferences';

export const notificationResolvers: Resolvers = {
  TemplateNetwork: {
    myNotificationPreferences: (_n, _a, ctx) => readPreferences(ctx),
  },
  TemplateMutations: {
    setNotificationLanguage: (_m, { language }, ctx) => setLanguage(ctx, ctx.audit, language),
    setNotificationDeliveries: (_m, { deliveries }, ctx) => setDeliveries(ctx, ctx.audit, deliveries),
  },
};
