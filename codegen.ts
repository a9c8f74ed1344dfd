import type { CodegenConfig } from '@graphql-codegen/cli';
import type { Types } from '@graphql-codegen/plugin-helpers';
import { NETWORKS } from '#shared/registry';

const entity = (file: string, name: string) => `../directory/${file}.entity#${name}`;

/** typescript-resolvers for a federated subgraph's SDL: enums as unions of strings, type-only imports; `config` adds the context and mappers. */
const resolverTypes = (
  schema: string,
  config: Record<string, unknown>,
  baseTypes: Types.OutputConfig = 'typescript',
) => ({
  schema,
  plugins: [baseTypes, 'typescript-resolvers'],
  config: { federation: true, useIndexSignature: false, useTypeImports: true, enumsAsTypes: true, ...config },
});

const SUBGRAPH_SCALARS = { DateTime: 'Date | string', Date: 'string' };

const config: CodegenConfig = {
  generates: {
    // The schema's own types (inputs, enums, objects) import nothing, so services and entities can use them
    // without reaching the resolver types, which import the context and with it those services.
    'subgraphs/src/__generated__/schema-types.ts': {
      schema: 'subgraphs/src/__generated__/template.graphql',
      plugins: ['typescript'],
      config: { useTypeImports: true, enumsAsTypes: true, scalars: SUBGRAPH_SCALARS },
    },
    'subgraphs/src/__generated__/resolvers-types.ts': resolverTypes(
      'subgraphs/src/__generated__/template.graphql',
      {
        contextType: '../context#SubgraphContext',
        scalars: SUBGRAPH_SCALARS,
        mappers: {
          TemplateNetwork: '../core/model#NetworkRef',
          TemplateContactPoint: entity('contact-point', 'ContactPointEntity'),
          TemplateAuthority: entity('authority', 'AuthorityEntity'),
          TemplateCountryProfile: entity('country-profile', 'CountryProfileEntity'),
          TemplateMeasureProfile: entity('country-profile', 'MeasureProfileEntity'),
          TemplateWorkingGroup: entity('activity', 'WorkingGroupEntity'),
          TemplateNetworkEvent: entity('activity', 'NetworkEventEntity'),
          TemplateResource: entity('activity', 'ResourceEntity'),
          TemplateContactPointConnection: '../core/model#Page<ContactPointEntity>',
          TemplateAuthorityConnection: '../core/model#Page<AuthorityEntity>',
          TemplateWorkingGroupConnection: '../core/model#Page<WorkingGroupEntity>',
          TemplateNetworkEventConnection: '../core/model#Page<NetworkEventEntity>',
          TemplateResourceConnection: '../core/model#Page<ResourceEntity>',
          TemplateMutations: '../core/model#MutationsRoot',
          TemplateAuditEntry: '../audit/audit-entry.entity#AuditEntryEntity',
          TemplateAuditEntryConnection: '../core/model#Page<AuditEntryEntity>',
          TemplateReferral: '../referrals/referral.entity#ReferralEntity',
          TemplateReferralConnection: '../core/model#Page<ReferralEntity>',
          ReferralEvent: '../referrals/referral.entity#ReferralEventEntity',
          TemplateNotification: '../notifications/in-app#InAppRow',
          TemplateNotificationConnection: '../notifications/centre#NotificationPage',
          ReferralDelivery: '../referrals/model#DeliveryStatus',
          Referral: '../referrals/model#ReferralRef',
          Network: '../core/model#NetworkRef',
          ContactPoint: '../referrals/model#ContactPointRef',
          Country: '../core/model#CountryRef',
        },
        namespacedImportName: 'Types',
      },
      // The schema's own types come from schema-types.ts rather than a second copy.
      { add: { content: "import type * as Types from './schema-types';" } },
    ),
    // The hub's SDL for the registry (gateway/src/hub/write-sdl.ts): one <Prefix>Network type per network.
    'gateway/src/hub/__generated__/resolvers-types.ts': resolverTypes('gateway/src/hub/__generated__/hub.graphql', {
      contextType: '../model#HubContext',
      scalars: { Date: 'string' },
      mappers: {
        Network: '../model#NetworkRef',
        ...Object.fromEntries(NETWORKS.map((n) => [`${n.typePrefix}Network`, '../model#NetworkRef'])),
        Country: '../model#CountryRef',
        Node: '../model#NodeRef',
      },
    }),
  },
};

export default config;
