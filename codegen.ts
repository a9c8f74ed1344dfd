import type { CodegenConfig } from '@graphql-codegen/cli';

const entity = (file: string, name: string) => `../db/${file}.entity#${name}`;

const config: CodegenConfig = {
  schema: 'subgraphs/src/__generated__/template.graphql',
  generates: {
    'subgraphs/src/__generated__/resolvers-types.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        federation: true,
        useIndexSignature: false,
        useTypeImports: true,
        enumsAsTypes: true,
        contextType: '../context#SubgraphContext',
        scalars: { DateTime: 'Date | string', Date: 'string' },
        mappers: {
          TemplateNetwork: '../directory/model#NetworkRef',
          TemplateContactPoint: entity('contact-point', 'ContactPointEntity'),
          TemplateAuthority: entity('authority', 'AuthorityEntity'),
          TemplateCountryProfile: entity('country-profile', 'CountryProfileEntity'),
          TemplateMeasureProfile: entity('country-profile', 'MeasureProfileEntity'),
          TemplateWorkingGroup: entity('activity', 'WorkingGroupEntity'),
          TemplateNetworkEvent: entity('activity', 'NetworkEventEntity'),
          TemplateResource: entity('activity', 'ResourceEntity'),
          TemplateContactPointConnection: '../directory/model#Page<ContactPointEntity>',
          TemplateAuthorityConnection: '../directory/model#Page<AuthorityEntity>',
          TemplateWorkingGroupConnection: '../directory/model#Page<WorkingGroupEntity>',
          TemplateNetworkEventConnection: '../directory/model#Page<NetworkEventEntity>',
          TemplateResourceConnection: '../directory/model#Page<ResourceEntity>',
          TemplateMutations: '../directory/model#MutationsRoot',
          TemplateAuditEntry: '../audit/audit-entry.entity#AuditEntryEntity',
          TemplateAuditEntryConnection: '../directory/model#Page<AuditEntryEntity>',
          TemplateReferral: '../referrals/referral.entity#ReferralEntity',
          TemplateReferralConnection: '../directory/model#Page<ReferralEntity>',
          ReferralEvent: '../referrals/referral.entity#ReferralEventEntity',
          ReferralDelivery: '../referrals/model#DeliveryStatus',
          Referral: '../referrals/model#ReferralRef',
          Network: '../directory/model#NetworkRef',
          ContactPoint: '../referrals/model#ContactPointRef',
          NetworkStatistics: '../statistics/statistics#NetworkStatisticsModel',
          Country: '../directory/model#CountryRef',
        },
      },
    },
  },
};

export default config;
