/** The resolvers of referrals/schema.graphql: referral records for their parties, their steps and deliveries. */
import type { GraphQLResolveInfo } from 'graphql';
import { notFound } from '#shared/errors';
import { encodeId, tryDecodeId, typenameOf } from '#shared/ids';
import { networkOfKey } from '#shared/registry';
import type { Resolvers } from '../__generated__/resolvers-types';
import { isReferralParty, mayActFor } from '../access/referrals';
import type { SubgraphContext } from '../context';
import { columns, connection, countryRef, listRead, networkRef, rowOrReferenceType } from '../core/resolving';
import { CONTACT_POINT_COLUMNS } from '../directory/columns';
import { REFERRAL_COLUMNS, REFERRAL_EVENT_COLUMNS } from './columns';
import { recordId, recordKey, type ContactPointRef } from './model';
import type { ReferralEntity } from './referral.entity';
import { receivedReferences, redeliver } from './restored';
import { isOverdue } from './due';
import { availableActions } from './state';

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

export const referralResolvers: Resolvers = {
  Referral: {
    __resolveType: rowOrReferenceType<'TemplateReferral'>('Referral'),
  },

  TemplateNetwork: {
    referrals: (_n, { filter, first, after }, ctx, info) =>
      ctx.referrals.list(filter ?? {}, first, after, listRead(ctx, REFERRAL_COLUMNS, info)),
    receivedReferences: (_n, { origin }, ctx) => receivedReferences(ctx.ds, ctx.registry, ctx.caller, origin),
  },

  TemplateReferral: {
    __resolveReference: async (ref, ctx, info) => {
      const d = ctx.referrals.decodeRecordId(ref.id);
      return partyRecord(ctx, info, d && recordKey(d.uuid, d.side), ref.id);
    },
    id: (r) => recordId(r),
    originNetwork: (r) => networkRef(r.originNetwork),
    destinationNetwork: (r) => networkRef(r.destinationNetwork),
    originCountry: (r) => countryRef(r.originCountry),
    destinationCountry: (r) => countryRef(r.destinationCountry),
    from: (r, _a, ctx, info) => contactPointRef(ctx, r.fromCp, info),
    to: (r, _a, ctx, info) => contactPointRef(ctx, r.toCp, info),
    assignedTo: (r, _a, ctx, info) => contactPointRef(ctx, r.assignedTo, info),
    events: (r, _a, ctx, info) =>
      ctx.referralLoaders.events(columns(ctx, REFERRAL_EVENT_COLUMNS, info)).load(recordKey(r.id, r.side)),
    delivery: (r, _a, ctx) => ctx.referralLoaders.delivery.load(recordKey(r.id, r.side)),
    availableActions: (r, _a, ctx) => (mayActFor(ctx.caller, r, r.side) ? availableActions(r.status, r.side) : []),
    overdue: (r) => isOverdue(r),
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
      const network = networkOfKey(ctx.registry, owner);
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

  TemplateMutations: {
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
    setReferralAnswerDate: (_m, { id, answerExpectedBy, idempotencyKey }, ctx) =>
      ctx.referrals.act(id, 'ANSWER_DATE_SET', { answerExpectedBy }, idempotencyKey),
    addReferralMessage: (_m, { id, text, idempotencyKey }, ctx) =>
      ctx.referrals.act(id, 'MESSAGE', { note: text }, idempotencyKey),
    retryDelivery: (_m, { id, idempotencyKey }, ctx) => ctx.referrals.retryDelivery(id, idempotencyKey),
    redeliver: (_m, { to, since, idempotencyKey }, ctx) =>
      redeliver(ctx.ds, ctx.network, ctx.registry, ctx.caller, ctx.audit, { to, since, key: idempotencyKey }),
    receiveReferral: (_m, { delivery }, ctx) => ctx.inbox.receiveReferral(delivery),
    receiveReferralEvent: (_m, { delivery }, ctx) => ctx.inbox.receiveEvent(delivery),
  },
};
