/** The resolvers of statistics/schema.graphql: a network's statistics under disclosure control. */
import type { Resolvers } from '../__generated__/resolvers-types';
import { deliveryStatistics } from '../outbox/repository';
import { releasedDeliveries, Statistics } from './statistics';

export const statisticsResolvers: Resolvers = {
  TemplateNetwork: {
    statistics: (_n, { from, to }, ctx) => new Statistics(ctx.ds, ctx.network, ctx.caller).compute(from, to),
  },
  NetworkStatistics: {
    // Exact for the network's own secretariat (perturbed: false), released like every count for analysts.
    deliveries: (s, _a, ctx) => (s.perturbed ? releasedDeliveries(ctx.ds) : deliveryStatistics(ctx.ds)),
  },
};
