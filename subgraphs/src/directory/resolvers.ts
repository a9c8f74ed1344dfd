/** The resolvers of directory/schema.graphql: the network's directory, its objects by reference, and its writes. */
import type DataLoader from 'dataloader';
import type { GraphQLResolveInfo } from 'graphql';
import { encodeId, ownId, type NodeKind } from '#shared/ids';
import type { Resolvers } from '../__generated__/resolvers-types';
import type { SubgraphContext } from '../context';
import { columns, connection, countryRef, globalId, listRead, rowOrReferenceType } from '../core/resolving';
import {
  AUTHORITY_COLUMNS,
  CONTACT_POINT_COLUMNS,
  COUNTRY_PROFILE_COLUMNS,
  EVENT_COLUMNS,
  MEASURE_COLUMNS,
  RESOURCE_COLUMNS,
  WORKING_GROUP_COLUMNS,
} from './columns';
import { loadExisting } from './loaders';

/** An entity reference's resolver: this network's row of `kind` through `loader`, or null for any other id. */
const ownRow =
  <T>(kind: NodeKind, loader: (ctx: SubgraphContext, info: GraphQLResolveInfo) => DataLoader<string, T | null>) =>
  (ref: { id: string }, ctx: SubgraphContext, info: GraphQLResolveInfo): Promise<T | null> | null => {
    const own = ownId(ctx.registry, ctx.network, kind, ref.id);
    return own ? loader(ctx, info).load(own.uuid) : null;
  };

const contactDetailsRead = (ctx: SubgraphContext, uuid: string) => ({
  action: 'readContactDetails',
  objectType: 'ContactPoint',
  objectId: encodeId(ctx.network, 'cp', uuid),
});

export const directoryResolvers: Resolvers = {
  ContactPoint: {
    __resolveType: rowOrReferenceType<'TemplateContactPoint'>('ContactPoint'),
  },

  TemplateNetwork: {
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
  },

  TemplateContactPointConnection: connection,
  TemplateAuthorityConnection: connection,
  TemplateWorkingGroupConnection: connection,
  TemplateNetworkEventConnection: connection,
  TemplateResourceConnection: connection,

  TemplateContactPoint: {
    __resolveReference: ownRow('cp', (ctx, info) =>
      ctx.loaders.contactPoint(columns(ctx, CONTACT_POINT_COLUMNS, info)),
    ),
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
    __resolveReference: ownRow('auth', (ctx, info) => ctx.loaders.authority(columns(ctx, AUTHORITY_COLUMNS, info))),
    id: globalId('auth'),
    country: (a) => countryRef(a.country),
  },

  TemplateCountryProfile: {
    __resolveReference: ownRow('profile', (ctx, info) =>
      ctx.loaders.countryProfile(columns(ctx, COUNTRY_PROFILE_COLUMNS, info)),
    ),
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
    __resolveReference: ownRow('wg', (ctx, info) =>
      ctx.loaders.workingGroup(columns(ctx, WORKING_GROUP_COLUMNS, info)),
    ),
    id: globalId('wg'),
    members: (wg, _a, ctx, info) =>
      loadExisting(ctx.loaders.contactPoint(columns(ctx, CONTACT_POINT_COLUMNS, info)), wg.memberIds),
  },

  TemplateNetworkEvent: {
    __resolveReference: ownRow('event', (ctx, info) => ctx.loaders.event(columns(ctx, EVENT_COLUMNS, info))),
    id: globalId('event'),
    country: (e) => (e.country ? countryRef(e.country) : null),
    participants: (e, _a, ctx, info) =>
      loadExisting(ctx.loaders.contactPoint(columns(ctx, CONTACT_POINT_COLUMNS, info)), e.participantIds),
  },

  TemplateResource: {
    __resolveReference: ownRow('res', (ctx, info) => ctx.loaders.resource(columns(ctx, RESOURCE_COLUMNS, info))),
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
  },
};
