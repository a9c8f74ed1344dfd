/**
 * Resolvers of the network template, typed from its SDL by GraphQL Code Generator. Each module owns its map
 * (core, directory, referrals, audit, statistics); this file merges them, written once against the stand-in
 * "Template" names, and renames them per network by `resolversFor`.
 */
import { GraphQLScalarType } from 'graphql';
import type { NetworkDefinition } from '#shared/registry';
import type { Resolvers } from './__generated__/resolvers-types';
import { FIELD_POLICIES } from './access/fields';
import { applyPolicies } from './access/rules';
import { auditResolvers } from './audit/resolvers';
import { coreResolvers } from './core/resolvers';
import { directoryResolvers } from './directory/resolvers';
import { referralResolvers } from './referrals/resolvers';
import { TEMPLATE_NETWORK } from './schema/template';
import { statisticsResolvers } from './statistics/resolvers';
import { notificationResolvers } from './notifications/resolvers';

/** The modules' maps as one; a type's fields may come from several modules, each field from one only. */
export function mergeResolvers(maps: readonly Resolvers[]): Resolvers {
  const merged: Record<string, GraphQLScalarType | Record<string, unknown>> = {};
  for (const map of maps) {
    for (const [typeName, fields] of Object.entries(map) as [string, object][]) {
      const into = merged[typeName];
      if (fields instanceof GraphQLScalarType || into instanceof GraphQLScalarType) {
        if (into) throw new Error(`scalar ${typeName} is resolved by two modules`);
        merged[typeName] = fields as GraphQLScalarType;
        continue;
      }
      const target = into ?? (merged[typeName] = {});
      for (const [field, resolver] of Object.entries(fields)) {
        if (Object.hasOwn(target, field)) throw new Error(`${typeName}.${field} is resolved by two modules`);
        target[field] = resolver;
      }
    }
  }
  return merged as Resolvers;
}

export const templateResolvers: Resolvers = mergeResolvers([
  coreResolvers,
  directoryResolvers,
  referralResolvers,
  auditResolvers,
  statisticsResolvers,
  notificationResolvers,
]);

/** The template resolvers under one network's type names (TemplateX -> SeajustX, Mutation.template -> Mutation.seajust). */
export function resolversFor(network: NetworkDefinition): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [typeName, fields] of Object.entries(applyPolicies(templateResolvers, FIELD_POLICIES))) {
    const renamed = typeName.startsWith(TEMPLATE_NETWORK.typePrefix)
      ? network.typePrefix + typeName.slice(TEMPLATE_NETWORK.typePrefix.length)
      : typeName;
    out[renamed] = fields;
  }
  out.Mutation = { [network.key]: () => ({}) };
  return out;
}
