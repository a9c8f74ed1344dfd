/** The resolvers of notifications/schema.graphql: a contact point's own mail preferences. */
import type { Resolvers } from '../__generated__/resolvers-types';
import { readPreferences, setLanguage } from './preferences';

export const notificationResolvers: Resolvers = {
  TemplateNetwork: {
    myNotificationPreferences: (_n, _a, ctx) => readPreferences(ctx.ds, ctx.network, ctx.registry, ctx.caller),
  },
  TemplateMutations: {
    setNotificationLanguage: (_m, { language }, ctx) =>
      setLanguage(ctx.ds, ctx.network, ctx.registry, ctx.caller, language),
  },
};
