/**
 * Resolvers of the network template, typed from its SDL by GraphQL Code
 * Generator. They are written once against the stand-in "Template" names and
 * renamed per network by `resolversFor`.
 */
import type { GraphQLResolveInfo } from 'graphql';
import type { ObjectLiteral } from 'typeorm';
import { findCountry } from '../../shared/src/countries';
import { notFound } from '../../shared/src/errors';
import { encodeId, tryDecodeId, typenameOf, type NodeKind } from '../../shared/src/ids';
import type { NetworkDefinition } from '../../shared/src/registry';
import type { Resolvers } from './__generated__/resolvers-types';
import type { SubgraphContext } from './context';
import { runtimeName, type Page } from './core/model';
import { asksTotal, columnsFor, type Columns, type EntityColumns, type ListRead } from './core/selection';
import {
  AUTHORITY_COLUMNS,
  CONTACT_POINT_COLUMNS,
  COUNTRY_PROFILE_COLUMNS,
  EVENT_COLUMNS,
  MEASURE_COLUMNS,
  RESOURCE_COLUMNS,
  WORKING_GROUP_COLUMNS,
} from './directory/columns';
import { REFERRAL_COLUMNS, REFERRAL_EVENT_COLUMNS } from './referrals/columns';
import { loadExisting } from './directory/loaders';
import { releasedDeliveries, Statistics } from './statistics/statistics';
import { receivedReferences, redeliver } from './referrals/restored';
import { readAuditLog } from './audit/reads';
import { FIELD_POLICIES } from './access/fields';
import { isReferralParty, mayActFor } from './access/referrals';
import { applyPolicies } from './access/rules';
import { DateScalar, DateTimeScalar } from './scalars';
import { TEMPLATE_NETWORK } from './schema/template';
import type { ContactPointRef } from './referrals/model';
import type { ReferralEntity } from './referrals/referral.entity';
import { deliveryStatistics } from './outbox/repository';
import { recordId, recordKey } from './referrals/model';
import { availableActions } from './referrals/state';
import { readPreferences, setLanguage } from './notifications/preferences';

/** The uuid of a representation's id when it names an object of this network and kind, else null. */
function ownUuid(ctx: SubgraphContext, kind: NodeKind, id: string): string | null {
  const d = tryDecodeId(ctx.registry, id);
  return typeof d !== 'string' && d.network.key === ctx.network.key && d.kind === kind ? d.uuid : null;
}

const globalId =
  (kind: NodeKind) =>
  (parent: { id: string }, _args: unknown, ctx: SubgraphContext): string =>
    encodeId(ctx.network, kind, parent.id);

const pageInfo = (page: Page<unknown>) => ({ hasNextPage: page.hasNextPage, endCursor: page.endCursor });

/** The resolvers every connection shares: totalCount is the count the page statement carried, or a COUNT of its own run when resolved. */
const connection = { pageInfo, totalCount: (page: Page<unknown>) => page.totalCount() };

/** The columns the selection reads of this network's type `spec.type`: at the field itself, or under `nodes` of a connection. */
const columns = <T extends ObjectLiteral>(
  ctx: SubgraphContext,
  spec: EntityColumns<T>,
  info: GraphQLResolveInfo,
  path: readonly string[] = [],
): Columns => columnsFor(ctx.ds, spec, info, ctx.network.typePrefix, path);
/** A page of a connection: the columns its nodes read, and whether totalCount is asked. */
const listRead = <T extends ObjectLiteral>(
  ctx: SubgraphContext,
  spec: EntityColumns<T>,
  info: GraphQLResolveInfo,
): ListRead => ({
  columns: columnsFor(ctx.ds, spec, info, ctx.network.typePrefix, ['nodes']),
  total: asksTotal(info),
});

const countryRef = (code: string) => ({ code: code.trim() });

/** A contact point by global id: this network's row, or a reference that routes to its own network. */
async function contactPointRef(
  ctx: SubgraphContext,
  id: string | null,
  info: GraphQLResolveInfo,
): Promise<ContactPointRef | null> {
  if (!id) return null;
  const d = tryDecodeId(ctx.registry, id);
  if (typeof d === 'string' || d.kind !== 'cp') return null;
  if (d.network.key === ctx.network.key)
    return ctx.loaders.contactPoint(columns(ctx, CONTACT_POINT_COLUMNS, info)).load(d.uuid);
  return { __typename: typenameOf(d.network, 'cp'), id };
}

/** A network by key, as a reference the Network interface resolves by code. */
const networkRef = (ctx: SubgraphContext, key: string) => ({
  code: ctx.registry.find((n) => n.key === key)?.code ?? key.toUpperCase(),
});

const contactDetailsRead = (ctx: SubgraphContext, uuid: string) => ({
  action: 'readContactDetails',
  objectType: 'ContactPoint',
  objectId: encodeId(ctx.network, 'cp', uuid),
});

/**
 * A referral record of this database, by its loader key, for a caller who is a party to it, and its read
 * audited; a record the caller is no party to is answered exactly as one that does not exist.
 */
async function partyRecord(
  ctx: SubgraphContext,
  info: GraphQLResolveInfo,
  key: string | null,
  id: string,
): Promise<ReferralEntity> {
  const r = key ? await ctx.referralLoaders.record(columns(ctx, REFERRAL_COLUMNS, info)).load(key) : null;
  if (!r || !isReferralParty(ctx.caller, r)) throw notFound(`No referral record ${id.slice(0, 120)} that you may see.`);
  return ctx.referrals.audited(r);
}

export const templateResolvers: Resolvers = {
  Date: DateScalar,
  DateTime: DateTimeScalar,

  Country: {
    __resolveReference: (ref) => (findCountry(ref.code) ? { code: ref.code } : null),
    alpha2: (c) => findCountry(c.code)?.alpha2 ?? '',
    name: (c) => findCountry(c.code)?.name ?? c.code,
  },

  Mutation: {
    template: () => ({}),
  },

  ContactPoint: {
    __resolveType: (cp, ctx) =>
      runtimeName<'TemplateContactPoint'>('__typename' in cp ? cp.__typename : `${ctx.network.typePrefix}ContactPoint`),
  },
  Network: {
    __resolveType: (n, ctx) =>
      runtimeName<'TemplateNetwork'>(
        `${ctx.registry.find((x) => x.code === n.code)?.typePrefix ?? ctx.network.typePrefix}Network`,
      ),
  },
  Referral: {
    __resolveType: (r, ctx) =>
      runtimeName<'TemplateReferral'>('__typename' in r ? r.__typename : `${ctx.network.typePrefix}Referral`),
  },

  TemplateReferral: {
    __resolveReference: async (ref, ctx, info) => {
      const d = ctx.referrals.decodeRecordId(ref.id);
      return partyRecord(ctx, info, d && recordKey(d.uuid, d.side), ref.id);
    },
    id: (r) => recordId(r),
    originNetwork: (r, _a, ctx) => networkRef(ctx, r.originNetwork),
    destinationNetwork: (r, _a, ctx) => networkRef(ctx, r.destinationNetwork),
    originCountry: (r) => countryRef(r.originCountry),
    destinationCountry: (r) => countryRef(r.destinationCountry),
    from: (r, _a, ctx, info) => contactPointRef(ctx, r.fromCp, info),
    to: (r, _a, ctx, info) => contactPointRef(ctx, r.toCp, info),
    assignedTo: (r, _a, ctx, info) => contactPointRef(ctx, r.assignedTo, info),
    events: (r, _a, ctx, info) =>
      ctx.referralLoaders.events(columns(ctx, REFERRAL_EVENT_COLUMNS, info)).load(recordKey(r.id, r.side)),
    delivery: (r, _a, ctx) => ctx.referralLoaders.delivery.load(recordKey(r.id, r.side)),
    availableActions: (r, _a, ctx) => (mayActFor(ctx.caller, r, r.side) ? availableActions(r.status, r.side) : []),
    counterpart: async (r, _a, ctx, info) => {
      const side = r.side === 'ORIGIN' ? 'DESTINATION' : 'ORIGIN';
      const owner = side === 'ORIGIN' ? r.originNetwork : r.destinationNetwork;
      // The other side kept in this database: read as any referral record is, through the party check and the audit.
      if (owner === ctx.network.key)
        return partyRecord(
          ctx,
          info,
          recordKey(r.id, side),
          encodeId(ctx.network, side === 'ORIGIN' ? 'ref' : 'rcv', r.id),
        );
      const network = ctx.registry.find((n) => n.key === owner);
      if (!network) return null;
      return { __typename: typenameOf(network, 'ref'), id: encodeId(network, side === 'ORIGIN' ? 'ref' : 'rcv', r.id) };
    },
  },
  TemplateReferralConnection: connection,
  ReferralEvent: {
    sequence: (e) => e.seq,
    side: (e) => e.authorSide,
    actor: (e) => e.actorSubject,
    assignedTo: (e, _a, ctx, info) => contactPointRef(ctx, e.assignedTo, info),
  },

  TemplateNetwork: {
    __resolveReference: (ref, ctx) => (ref.code === ctx.network.code ? { code: ref.code } : null),
    contactPoints: (_n, { filter, first, after }, ctx, info) =>
      ctx.reads.contactPoints(filter ?? {}, first, after, listRead(ctx, CONTACT_POINT_COLUMNS, info)),
    authorities: (_n, { filter, first, after }, ctx, info) =>
      ctx.reads.authorities(filter ?? {}, first, after, listRead(ctx, AUTHORITY_COLUMNS, info)),
    countryProfile: (_n, { country }, ctx) => ctx.reads.countryProfile(country),
    countryProfiles: (_n, _a, ctx) => ctx.reads.countryProfiles(),
    workingGroups: (_n, { first, after }, ctx, info) =>
      ctx.reads.workingGroups(first, after, listRead(ctx, WORKING_GROUP_COLUMNS, info)),
    events: (_n, { filter, first, after }, ctx, info) =>
      ctx.reads.events(filter ?? {}, first, after, listRead(ctx, EVENT_COLUMNS, info)),
    resources: (_n, { filter, first, after }, ctx, info) =>
      ctx.reads.resources(filter ?? {}, first, after, listRead(ctx, RESOURCE_COLUMNS, info)),
    auditLog: (_n, { filter, first, after }, ctx) => readAuditLog(ctx.ds, filter ?? {}, first, after),
    myNotificationPreferences: (_n, _a, ctx) => readPreferences(ctx.ds, ctx.network, ctx.registry, ctx.caller),
    referrals: (_n, { filter, first, after }, ctx, info) =>
      ctx.referrals.list(filter ?? {}, first, after, listRead(ctx, REFERRAL_COLUMNS, info)),
    receivedReferences: (_n, { origin }, ctx) => receivedReferences(ctx.ds, ctx.registry, ctx.caller, origin),
    statistics: (_n, { from, to }, ctx) =>
      new Statistics(ctx.ds, ctx.network, ctx.registry, ctx.caller).compute(from, to),
  },

  NetworkStatistics: {
    // Exact for the network's own secretariat (perturbed: false), released like every count for analysts.
    deliveries: (s, _a, ctx) => (s.perturbed ? releasedDeliveries(ctx.ds) : deliveryStatistics(ctx.ds)),
  },

  TemplateAuditEntryConnection: connection,
  TemplateAuditEntry: {
    details: (e) => JSON.stringify(e.details),
  },

  TemplateContactPointConnection: connection,
  TemplateAuthorityConnection: connection,
  TemplateWorkingGroupConnection: connection,
  TemplateNetworkEventConnection: connection,
  TemplateResourceConnection: connection,

  TemplateContactPoint: {
    __resolveReference: (ref, ctx, info) => {
      const uuid = ownUuid(ctx, 'cp', ref.id);
      return uuid ? ctx.loaders.contactPoint(columns(ctx, CONTACT_POINT_COLUMNS, info)).load(uuid) : null;
    },
    id: globalId('cp'),
    email: (cp, _a, ctx) => {
      ctx.audit.read(contactDetailsRead(ctx, cp.id));
      return cp.email;
    },
    phone: (cp, _a, ctx) => {
      ctx.audit.read(contactDetailsRead(ctx, cp.id));
      return cp.phone;
    },
    network: (_cp, _a, ctx) => ({ code: ctx.network.code }),
    country: (cp) => countryRef(cp.country),
    successor: (cp, _a, ctx, info) =>
      cp.successorId ? ctx.loaders.contactPoint(columns(ctx, CONTACT_POINT_COLUMNS, info)).load(cp.successorId) : null,
    predecessor: async (cp, _a, ctx, info) =>
      (await ctx.loaders.predecessors(columns(ctx, CONTACT_POINT_COLUMNS, info)).load(cp.id))[0] ?? null,
  },

  TemplateAuthority: {
    __resolveReference: (ref, ctx, info) => {
      const uuid = ownUuid(ctx, 'auth', ref.id);
      return uuid ? ctx.loaders.authority(columns(ctx, AUTHORITY_COLUMNS, info)).load(uuid) : null;
    },
    id: globalId('auth'),
    country: (a) => countryRef(a.country),
  },

  TemplateCountryProfile: {
    __resolveReference: (ref, ctx, info) => {
      const uuid = ownUuid(ctx, 'profile', ref.id);
      return uuid ? ctx.loaders.countryProfile(columns(ctx, COUNTRY_PROFILE_COLUMNS, info)).load(uuid) : null;
    },
    id: globalId('profile'),
    country: (p) => countryRef(p.country),
    measures: (p, _a, ctx, info) => ctx.loaders.measures(columns(ctx, MEASURE_COLUMNS, info)).load(p.id),
    measure: async (p, { measure }, ctx, info) =>
      (await ctx.loaders.measures(columns(ctx, MEASURE_COLUMNS, info)).load(p.id)).find((m) => m.measure === measure) ??
      null,
  },

  TemplateMeasureProfile: {
    competentAuthority: (m, _a, ctx, info) =>
      m.competentAuthorityId
        ? ctx.loaders.authority(columns(ctx, AUTHORITY_COLUMNS, info)).load(m.competentAuthorityId)
        : null,
  },

  TemplateWorkingGroup: {
    __resolveReference: (ref, ctx, info) => {
      const uuid = ownUuid(ctx, 'wg', ref.id);
      return uuid ? ctx.loaders.workingGroup(columns(ctx, WORKING_GROUP_COLUMNS, info)).load(uuid) : null;
    },
    id: globalId('wg'),
    members: (wg, _a, ctx, info) =>
      loadExisting(ctx.loaders.contactPoint(columns(ctx, CONTACT_POINT_COLUMNS, info)), wg.memberIds),
  },

  TemplateNetworkEvent: {
    __resolveReference: (ref, ctx, info) => {
      const uuid = ownUuid(ctx, 'event', ref.id);
      return uuid ? ctx.loaders.event(columns(ctx, EVENT_COLUMNS, info)).load(uuid) : null;
    },
    id: globalId('event'),
    country: (e) => (e.country ? countryRef(e.country) : null),
    participants: (e, _a, ctx, info) =>
      loadExisting(ctx.loaders.contactPoint(columns(ctx, CONTACT_POINT_COLUMNS, info)), e.participantIds),
  },

  TemplateResource: {
    __resolveReference: (ref, ctx, info) => {
      const uuid = ownUuid(ctx, 'res', ref.id);
      return uuid ? ctx.loaders.resource(columns(ctx, RESOURCE_COLUMNS, info)).load(uuid) : null;
    },
    id: globalId('res'),
  },

  TemplateMutations: {
    createContactPoint: (_m, { input, idempotencyKey }, ctx) =>
      ctx.writes.contactPoints.createContactPoint(input, idempotencyKey),
    updateContactPoint: (_m, { id, version, patch }, ctx) =>
      ctx.writes.contactPoints.updateContactPoint(id, version, patch),
    deactivateContactPoint: (_m, { id, version, successorId }, ctx) =>
      ctx.writes.contactPoints.deactivateContactPoint(id, version, successorId),
    createAuthority: (_m, { input, idempotencyKey }, ctx) =>
      ctx.writes.authorities.createAuthority(input, idempotencyKey),
    updateAuthority: (_m, { id, version, patch }, ctx) => ctx.writes.authorities.updateAuthority(id, version, patch),
    upsertCountryProfile: (_m, { input, version, idempotencyKey }, ctx) =>
      ctx.writes.authorities.upsertCountryProfile(input, version, idempotencyKey),
    createWorkingGroup: (_m, { input, idempotencyKey }, ctx) =>
      ctx.writes.activities.createWorkingGroup(input, idempotencyKey),
    updateWorkingGroup: (_m, { id, version, patch }, ctx) =>
      ctx.writes.activities.updateWorkingGroup(id, version, patch),
    createEvent: (_m, { input, idempotencyKey }, ctx) => ctx.writes.activities.createEvent(input, idempotencyKey),
    updateEvent: (_m, { id, version, patch }, ctx) => ctx.writes.activities.updateEvent(id, version, patch),
    createResource: (_m, { input, idempotencyKey }, ctx) => ctx.writes.activities.createResource(input, idempotencyKey),
    updateResource: (_m, { id, version, patch }, ctx) => ctx.writes.activities.updateResource(id, version, patch),
    createReferral: (_m, { input, idempotencyKey }, ctx) => ctx.referrals.create(input, idempotencyKey),
    acknowledgeReferral: (_m, { id, idempotencyKey }, ctx) => ctx.referrals.act(id, 'ACKNOWLEDGED', {}, idempotencyKey),
    assignReferral: (_m, { id, contactPointId, idempotencyKey }, ctx) =>
      ctx.referrals.act(id, 'ASSIGNED', { assignTo: contactPointId }, idempotencyKey),
    startReferral: (_m, { id, idempotencyKey }, ctx) => ctx.referrals.act(id, 'STARTED', {}, idempotencyKey),
    completeReferral: (_m, { id, note, idempotencyKey }, ctx) =>
      ctx.referrals.act(id, 'COMPLETED', { note }, idempotencyKey),
    declineReferral: (_m, { id, reason, idempotencyKey }, ctx) =>
      ctx.referrals.act(id, 'DECLINED', { note: reason }, idempotencyKey),
    withdrawReferral: (_m, { id, reason, idempotencyKey }, ctx) =>
      ctx.referrals.act(id, 'WITHDRAWN', { note: reason }, idempotencyKey),
    addReferralMessage: (_m, { id, text, idempotencyKey }, ctx) =>
      ctx.referrals.act(id, 'MESSAGE', { note: text }, idempotencyKey),
    retryDelivery: (_m, { id, idempotencyKey }, ctx) => ctx.referrals.retryDelivery(id, idempotencyKey),
    redeliver: (_m, { to, since, idempotencyKey }, ctx) =>
      redeliver(ctx.ds, ctx.network, ctx.registry, ctx.caller, ctx.audit, { to, since, key: idempotencyKey }),
    receiveReferral: (_m, { delivery }, ctx) => ctx.inbox.receiveReferral(delivery),
    receiveReferralEvent: (_m, { delivery }, ctx) => ctx.inbox.receiveEvent(delivery),
    setNotificationLanguage: (_m, { language }, ctx) =>
      setLanguage(ctx.ds, ctx.network, ctx.registry, ctx.caller, language),
  },
};

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
