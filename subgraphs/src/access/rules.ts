/**
 * Who may read and write what, enforced in the subgraph whatever door a request
 * came through (the gateway is not trusted to have filtered). Each rule is a
 * function of the caller; a field whose rule refuses comes back null with a
 * FORBIDDEN error on its path, never as a whole-request failure. The rules of
 * one referral record are in referrals.ts; which field has which rule, in fields.ts.
 */
import type { GraphQLResolveInfo } from 'graphql';
import type { Caller, Role } from '#shared/caller';
import { forbidden } from '#shared/errors';
import type { NetworkDefinition } from '#shared/registry';

/** What a rule sees: the caller and the network the subgraph serves. */
export interface PolicyContext {
  caller: Caller;
  network: NetworkDefinition;
}

/** Returns null when the caller may proceed, or the reason it may not. */
export type Rule = (ctx: PolicyContext) => string | null;

const hasRole = (caller: Caller, ...roles: Role[]) => caller.roles.some((r) => roles.includes(r));

/** The network's own secretariat: writes, the audit log, exact statistics. */
export const isOwnSecretariat = (caller: Caller, network: NetworkDefinition): boolean =>
  hasRole(caller, 'SECRETARIAT') && caller.network === network.key;

export const rules = {
  /** Any authenticated member of any network (not analysts: they see aggregates only). */
  member: ({ caller }) =>
    caller.subject === null
      ? 'Sign in: contact points are visible to members of the networks only.'
      : hasRole(caller, 'CONTACT_POINT', 'SECRETARIAT', 'HUB_ADMIN', 'SERVICE')
        ? null
        : 'Analysts see aggregates only, not the directory of people.',
  /** E-mail addresses and phone numbers. */
  contactDetails: ({ caller }) =>
    hasRole(caller, 'CONTACT_POINT', 'SECRETARIAT')
      ? null
      : 'Only contact points and secretariats see e-mail addresses and phone numbers.',
  /** Writes and the audit log: the network's own secretariat. */
  ownSecretariat: ({ caller, network }) =>
    isOwnSecretariat(caller, network)
      ? null
      : `Only the ${network.name} secretariat may do this; your token is for ${caller.network ?? 'no network'} with roles ${caller.roles.join(', ') || 'none'}.`,
  /** Referrals: contact points and secretariats; which referrals, and which steps, the service decides. */
  referralParty: ({ caller }) =>
    hasRole(caller, 'CONTACT_POINT', 'SECRETARIAT')
      ? null
      : 'Referrals are visible to their parties only: their contact points and the two secretariats.',
  /** One's own settings: a contact point of this network (which one, the token says). */
  ownContactPoint: ({ caller, network }) =>
    hasRole(caller, 'CONTACT_POINT') && caller.network === network.key && caller.contactPointId
      ? null
      : `Only a contact point of ${network.name} has notification settings here, and reads only their own.`,
  /** Aggregates: analysts, secretariats and hub admins. */
  aggregates: ({ caller }) =>
    hasRole(caller, 'ANALYST', 'SECRETARIAT', 'HUB_ADMIN')
      ? null
      : 'Statistics are for analysts, secretariats and hub administrators.',
  /** The network's outbox health: its own secretariat, and analysts (as for other aggregates); not other secretariats. */
  ownOutbox: ({ caller, network }) =>
    hasRole(caller, 'ANALYST') || (hasRole(caller, 'SECRETARIAT') && caller.network === network.key)
      ? null
      : `Delivery health of ${network.name} is for its secretariat and analysts.`,
  /** Deliveries between networks: the hub's delivery service only. */
  service: ({ caller }) => (hasRole(caller, 'SERVICE') ? null : "Only the hub's delivery service may call this."),
} satisfies Record<string, Rule>;

/** Field rules by "Type.field" of the template schema ("__resolveReference" guards entity lookups). */
export type FieldPolicies = Readonly<Record<string, Rule>>;

type AnyResolver = (parent: unknown, args: unknown, ctx: PolicyContext, info: GraphQLResolveInfo) => unknown;

function guard(rule: Rule, resolve: AnyResolver, field: string): AnyResolver {
  return (parent, args, ctx, info) => {
    const reason = rule(ctx);
    if (reason) throw forbidden(reason, { field });
    return resolve(parent, args, ctx, info);
  };
}

/**
 * Wraps the resolvers named in `policies` with their rule. A field without a
 * resolver of its own gets the default (read the parent's property) behind the rule.
 */
export function applyPolicies<R extends Record<string, unknown>>(resolvers: R, policies: FieldPolicies): R {
  const out: Record<string, unknown> = { ...resolvers };
  for (const [path, rule] of Object.entries(policies)) {
    const [typeName, field] = path.split('.') as [string, string];
    const fields = { ...((out[typeName] as Record<string, unknown> | undefined) ?? {}) };
    const existing = fields[field] as AnyResolver | undefined;
    const resolve: AnyResolver = existing ?? ((parent) => (parent as Record<string, unknown>)[field]);
    if (field === '__resolveReference') {
      const ref = resolve as unknown as (r: unknown, ctx: PolicyContext, info: GraphQLResolveInfo) => unknown;
      fields[field] = (r: unknown, ctx: PolicyContext, info: GraphQLResolveInfo) => {
        const reason = rule(ctx);
        if (reason) throw forbidden(reason, { field: typeName });
        return ref(r, ctx, info);
      };
    } else {
      fields[field] = guard(rule, resolve, field);
    }
    out[typeName] = fields;
  }
  return out as R;
}
