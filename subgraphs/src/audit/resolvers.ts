/** The resolvers of audit/schema.graphql: the network's audit log, for its secretariat. */
import type { Resolvers } from '../__generated__/resolvers-types';
import { connection } from '../core/resolving';
import { readAuditLog } from './reads';

export const auditResolvers: Resolvers = {
  TemplateNetwork: {
    auditLog: (_n, { filter, first, after }, ctx) => readAuditLog(ctx.ds, filter ?? {}, first, after),
  },
  TemplateAuditEntryConnection: connection,
  TemplateAuditEntry: {
    details: (e) => JSON.stringify(e.details),
  },
};
