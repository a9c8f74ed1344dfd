import type * as Types from './schema-types';
import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { NetworkRef, Page, MutationsRoot, CountryRef } from '../core/model';
import type { ContactPointEntity } from '../directory/contact-point.entity';
import type { AuthorityEntity } from '../directory/authority.entity';
import type { CountryProfileEntity, MeasureProfileEntity } from '../directory/country-profile.entity';
import type { WorkingGroupEntity, NetworkEventEntity, ResourceEntity } from '../directory/activity.entity';
import type { AuditEntryEntity } from '../audit/audit-entry.entity';
import type { ReferralEntity, ReferralEventEntity } from '../referrals/referral.entity';
import type { InAppRow } from '../notifications/in-app';
import type { NotificationPage } from '../notifications/centre';
import type { DeliveryStatus, ReferralRef, ContactPointRef } from '../referrals/model';
import type { SubgraphContext } from '../context';
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };


export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Types.Maybe<T> extends T ? Types.Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = {}, TContext = {}, TArgs = {}> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = {}, TContext = {}, TArgs = {}> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = {}, TContext = {}> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Types.Maybe<TTypes> | Promise<Types.Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = {}, TContext = {}> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = {}, TParent = {}, TContext = {}, TArgs = {}> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;


/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = {
  AuditEntry: ( AuditEntryEntity );
  AuditEntryConnection: ( Page<AuditEntryEntity> );
  Authority: ( AuthorityEntity );
  AuthorityConnection: ( Page<AuthorityEntity> );
  ContactPoint: ( ContactPointEntity );
  ContactPointConnection: ( Page<ContactPointEntity> );
  CountryProfile: ( CountryProfileEntity );
  MeasureProfile: ( MeasureProfileEntity );
  Network: ( NetworkRef );
  NetworkEvent: ( NetworkEventEntity );
  NetworkEventConnection: ( Page<NetworkEventEntity> );
  Node: ( AuthorityEntity ) | ( ContactPointEntity ) | ( CountryProfileEntity ) | ( NetworkEventEntity ) | ( InAppRow ) | ( ReferralEntity ) | ( ResourceEntity ) | ( WorkingGroupEntity );
  Notification: ( InAppRow );
  NotificationConnection: ( NotificationPage );
  Referral: ( ReferralEntity );
  ReferralConnection: ( Page<ReferralEntity> );
  Resource: ( ResourceEntity );
  ResourceConnection: ( Page<ResourceEntity> );
  WorkingGroup: ( WorkingGroupEntity );
  WorkingGroupConnection: ( Page<WorkingGroupEntity> );
};

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Applicability: Types.Applicability;
  AssistanceKind: Types.AssistanceKind;
  AssistanceMeasure: Types.AssistanceMeasure;
  AuditEntry: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['AuditEntry']>;
  String: ResolverTypeWrapper<Types.Scalars['String']['output']>;
  ID: ResolverTypeWrapper<Types.Scalars['ID']['output']>;
  AuditEntryConnection: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['AuditEntryConnection']>;
  Int: ResolverTypeWrapper<Types.Scalars['Int']['output']>;
  AuditFilter: Types.AuditFilter;
  Authority: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Authority']>;
  AuthorityConnection: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['AuthorityConnection']>;
  AuthorityFilter: Types.AuthorityFilter;
  AuthorityInput: Types.AuthorityInput;
  AuthorityKind: Types.AuthorityKind;
  AuthorityPatch: Types.AuthorityPatch;
  Boolean: ResolverTypeWrapper<Types.Scalars['Boolean']['output']>;
  Channel: Types.Channel;
  ContactPoint: ResolverTypeWrapper<ContactPointRef>;
  ContactPointConnection: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['ContactPointConnection']>;
  ContactPointFilter: Types.ContactPointFilter;
  ContactPointInput: Types.ContactPointInput;
  ContactPointPatch: Types.ContactPointPatch;
  ContactPointRole: Types.ContactPointRole;
  Country: ResolverTypeWrapper<CountryRef>;
  CountryProfile: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['CountryProfile']>;
  CountryProfileInput: Types.CountryProfileInput;
  CrimeArea: Types.CrimeArea;
  Date: ResolverTypeWrapper<Types.Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Types.Scalars['DateTime']['output']>;
  DeliveryReceipt: ResolverTypeWrapper<Types.DeliveryReceipt>;
  DeliveryState: Types.DeliveryState;
  DeliveryStatistics: ResolverTypeWrapper<Types.DeliveryStatistics>;
  DirectionStatistics: ResolverTypeWrapper<Types.DirectionStatistics>;
  DirectoryHealth: ResolverTypeWrapper<Omit<Types.DirectoryHealth, 'countriesWithout24x7'> & { countriesWithout24x7: Array<ResolversTypes['Country']> }>;
  DurationStatistics: ResolverTypeWrapper<Types.DurationStatistics>;
  Float: ResolverTypeWrapper<Types.Scalars['Float']['output']>;
  EventFilter: Types.EventFilter;
  EventKind: Types.EventKind;
  MeasureProfile: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['MeasureProfile']>;
  MeasureProfileInput: Types.MeasureProfileInput;
  MonthlyCount: ResolverTypeWrapper<Types.MonthlyCount>;
  Mutation: ResolverTypeWrapper<{}>;
  Network: ResolverTypeWrapper<NetworkRef>;
  NetworkCode: Types.NetworkCode;
  NetworkEvent: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['NetworkEvent']>;
  NetworkEventConnection: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['NetworkEventConnection']>;
  NetworkEventInput: Types.NetworkEventInput;
  NetworkEventPatch: Types.NetworkEventPatch;
  NetworkStatistics: ResolverTypeWrapper<Omit<Types.NetworkStatistics, 'directory'> & { directory: ResolversTypes['DirectoryHealth'] }>;
  Node: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Node']>;
  Notification: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Notification']>;
  NotificationConnection: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['NotificationConnection']>;
  NotificationDelivery: Types.NotificationDelivery;
  NotificationDeliveryInput: Types.NotificationDeliveryInput;
  NotificationKind: Types.NotificationKind;
  NotificationLanguage: Types.NotificationLanguage;
  NotificationPreferenceKind: Types.NotificationPreferenceKind;
  PageInfo: ResolverTypeWrapper<Types.PageInfo>;
  RedeliveryReport: ResolverTypeWrapper<Types.RedeliveryReport>;
  ReferenceSeries: ResolverTypeWrapper<Types.ReferenceSeries>;
  Referral: ResolverTypeWrapper<ReferralRef>;
  ReferralAction: Types.ReferralAction;
  ReferralConnection: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['ReferralConnection']>;
  ReferralDelivery: ResolverTypeWrapper<DeliveryStatus>;
  ReferralDeliveryInput: Types.ReferralDeliveryInput;
  ReferralDirection: Types.ReferralDirection;
  ReferralEvent: ResolverTypeWrapper<ReferralEventEntity>;
  ReferralEventDeliveryInput: Types.ReferralEventDeliveryInput;
  ReferralEventType: Types.ReferralEventType;
  ReferralFilter: Types.ReferralFilter;
  ReferralInput: Types.ReferralInput;
  ReferralSide: Types.ReferralSide;
  ReferralStatus: Types.ReferralStatus;
  Resource: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Resource']>;
  ResourceConnection: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['ResourceConnection']>;
  ResourceFilter: Types.ResourceFilter;
  ResourceInput: Types.ResourceInput;
  ResourceKind: Types.ResourceKind;
  ResourcePatch: Types.ResourcePatch;
  StatisticsCell: ResolverTypeWrapper<Types.StatisticsCell>;
  TemplateAuditEntry: ResolverTypeWrapper<AuditEntryEntity>;
  TemplateAuditEntryConnection: ResolverTypeWrapper<Page<AuditEntryEntity>>;
  TemplateAuthority: ResolverTypeWrapper<AuthorityEntity>;
  TemplateAuthorityConnection: ResolverTypeWrapper<Page<AuthorityEntity>>;
  TemplateContactPoint: ResolverTypeWrapper<ContactPointEntity>;
  TemplateContactPointConnection: ResolverTypeWrapper<Page<ContactPointEntity>>;
  TemplateCountryProfile: ResolverTypeWrapper<CountryProfileEntity>;
  TemplateMeasureProfile: ResolverTypeWrapper<MeasureProfileEntity>;
  TemplateMutations: ResolverTypeWrapper<MutationsRoot>;
  TemplateNetwork: ResolverTypeWrapper<NetworkRef>;
  TemplateNetworkEvent: ResolverTypeWrapper<NetworkEventEntity>;
  TemplateNetworkEventConnection: ResolverTypeWrapper<Page<NetworkEventEntity>>;
  TemplateNotification: ResolverTypeWrapper<InAppRow>;
  TemplateNotificationConnection: ResolverTypeWrapper<NotificationPage>;
  TemplateNotificationKindDelivery: ResolverTypeWrapper<Types.TemplateNotificationKindDelivery>;
  TemplateNotificationPreferences: ResolverTypeWrapper<Types.TemplateNotificationPreferences>;
  TemplateNotificationsMarked: ResolverTypeWrapper<Types.TemplateNotificationsMarked>;
  TemplateReferral: ResolverTypeWrapper<ReferralEntity>;
  TemplateReferralConnection: ResolverTypeWrapper<Page<ReferralEntity>>;
  TemplateResource: ResolverTypeWrapper<ResourceEntity>;
  TemplateResourceConnection: ResolverTypeWrapper<Page<ResourceEntity>>;
  TemplateWorkingGroup: ResolverTypeWrapper<WorkingGroupEntity>;
  TemplateWorkingGroupConnection: ResolverTypeWrapper<Page<WorkingGroupEntity>>;
  Timeliness: ResolverTypeWrapper<Types.Timeliness>;
  Urgency: Types.Urgency;
  WorkingGroup: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['WorkingGroup']>;
  WorkingGroupConnection: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['WorkingGroupConnection']>;
  WorkingGroupInput: Types.WorkingGroupInput;
  WorkingGroupPatch: Types.WorkingGroupPatch;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AuditEntry: ResolversInterfaceTypes<ResolversParentTypes>['AuditEntry'];
  String: Types.Scalars['String']['output'];
  ID: Types.Scalars['ID']['output'];
  AuditEntryConnection: ResolversInterfaceTypes<ResolversParentTypes>['AuditEntryConnection'];
  Int: Types.Scalars['Int']['output'];
  AuditFilter: Types.AuditFilter;
  Authority: ResolversInterfaceTypes<ResolversParentTypes>['Authority'];
  AuthorityConnection: ResolversInterfaceTypes<ResolversParentTypes>['AuthorityConnection'];
  AuthorityFilter: Types.AuthorityFilter;
  AuthorityInput: Types.AuthorityInput;
  AuthorityPatch: Types.AuthorityPatch;
  Boolean: Types.Scalars['Boolean']['output'];
  ContactPoint: ContactPointRef;
  ContactPointConnection: ResolversInterfaceTypes<ResolversParentTypes>['ContactPointConnection'];
  ContactPointFilter: Types.ContactPointFilter;
  ContactPointInput: Types.ContactPointInput;
  ContactPointPatch: Types.ContactPointPatch;
  Country: CountryRef;
  CountryProfile: ResolversInterfaceTypes<ResolversParentTypes>['CountryProfile'];
  CountryProfileInput: Types.CountryProfileInput;
  Date: Types.Scalars['Date']['output'];
  DateTime: Types.Scalars['DateTime']['output'];
  DeliveryReceipt: Types.DeliveryReceipt;
  DeliveryStatistics: Types.DeliveryStatistics;
  DirectionStatistics: Types.DirectionStatistics;
  DirectoryHealth: Omit<Types.DirectoryHealth, 'countriesWithout24x7'> & { countriesWithout24x7: Array<ResolversParentTypes['Country']> };
  DurationStatistics: Types.DurationStatistics;
  Float: Types.Scalars['Float']['output'];
  EventFilter: Types.EventFilter;
  MeasureProfile: ResolversInterfaceTypes<ResolversParentTypes>['MeasureProfile'];
  MeasureProfileInput: Types.MeasureProfileInput;
  MonthlyCount: Types.MonthlyCount;
  Mutation: {};
  Network: NetworkRef;
  NetworkEvent: ResolversInterfaceTypes<ResolversParentTypes>['NetworkEvent'];
  NetworkEventConnection: ResolversInterfaceTypes<ResolversParentTypes>['NetworkEventConnection'];
  NetworkEventInput: Types.NetworkEventInput;
  NetworkEventPatch: Types.NetworkEventPatch;
  NetworkStatistics: Omit<Types.NetworkStatistics, 'directory'> & { directory: ResolversParentTypes['DirectoryHealth'] };
  Node: ResolversInterfaceTypes<ResolversParentTypes>['Node'];
  Notification: ResolversInterfaceTypes<ResolversParentTypes>['Notification'];
  NotificationConnection: ResolversInterfaceTypes<ResolversParentTypes>['NotificationConnection'];
  NotificationDeliveryInput: Types.NotificationDeliveryInput;
  PageInfo: Types.PageInfo;
  RedeliveryReport: Types.RedeliveryReport;
  ReferenceSeries: Types.ReferenceSeries;
  Referral: ReferralRef;
  ReferralConnection: ResolversInterfaceTypes<ResolversParentTypes>['ReferralConnection'];
  ReferralDelivery: DeliveryStatus;
  ReferralDeliveryInput: Types.ReferralDeliveryInput;
  ReferralEvent: ReferralEventEntity;
  ReferralEventDeliveryInput: Types.ReferralEventDeliveryInput;
  ReferralFilter: Types.ReferralFilter;
  ReferralInput: Types.ReferralInput;
  Resource: ResolversInterfaceTypes<ResolversParentTypes>['Resource'];
  ResourceConnection: ResolversInterfaceTypes<ResolversParentTypes>['ResourceConnection'];
  ResourceFilter: Types.ResourceFilter;
  ResourceInput: Types.ResourceInput;
  ResourcePatch: Types.ResourcePatch;
  StatisticsCell: Types.StatisticsCell;
  TemplateAuditEntry: AuditEntryEntity;
  TemplateAuditEntryConnection: Page<AuditEntryEntity>;
  TemplateAuthority: AuthorityEntity;
  TemplateAuthorityConnection: Page<AuthorityEntity>;
  TemplateContactPoint: ContactPointEntity;
  TemplateContactPointConnection: Page<ContactPointEntity>;
  TemplateCountryProfile: CountryProfileEntity;
  TemplateMeasureProfile: MeasureProfileEntity;
  TemplateMutations: MutationsRoot;
  TemplateNetwork: NetworkRef;
  TemplateNetworkEvent: NetworkEventEntity;
  TemplateNetworkEventConnection: Page<NetworkEventEntity>;
  TemplateNotification: InAppRow;
  TemplateNotificationConnection: NotificationPage;
  TemplateNotificationKindDelivery: Types.TemplateNotificationKindDelivery;
  TemplateNotificationPreferences: Types.TemplateNotificationPreferences;
  TemplateNotificationsMarked: Types.TemplateNotificationsMarked;
  TemplateReferral: ReferralEntity;
  TemplateReferralConnection: Page<ReferralEntity>;
  TemplateResource: ResourceEntity;
  TemplateResourceConnection: Page<ResourceEntity>;
  TemplateWorkingGroup: WorkingGroupEntity;
  TemplateWorkingGroupConnection: Page<WorkingGroupEntity>;
  Timeliness: Types.Timeliness;
  WorkingGroup: ResolversInterfaceTypes<ResolversParentTypes>['WorkingGroup'];
  WorkingGroupConnection: ResolversInterfaceTypes<ResolversParentTypes>['WorkingGroupConnection'];
  WorkingGroupInput: Types.WorkingGroupInput;
  WorkingGroupPatch: Types.WorkingGroupPatch;
};

export type AuditEntryResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['AuditEntry'] = ResolversParentTypes['AuditEntry']> = {
  __resolveType: TypeResolveFn<'TemplateAuditEntry', ParentType, ContextType>;
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actorNetwork?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  actorRoles?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  actorSubject?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  details?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  objectId?: Resolver<Types.Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  objectType?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  requestId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type AuditEntryConnectionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['AuditEntryConnection'] = ResolversParentTypes['AuditEntryConnection']> = {
  __resolveType: TypeResolveFn<'TemplateAuditEntryConnection', ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['AuditEntry']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AuthorityResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Authority'] = ResolversParentTypes['Authority']> = {
  __resolveType: TypeResolveFn<'TemplateAuthority', ParentType, ContextType>;
  address?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  channels?: Resolver<Array<ResolversTypes['Channel']>, ParentType, ContextType>;
  country?: Resolver<ResolversTypes['Country'], ParentType, ContextType>;
  email?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['AuthorityKind'], ParentType, ContextType>;
  languages?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  lastReviewedAt?: Resolver<Types.Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  measures?: Resolver<Array<ResolversTypes['AssistanceMeasure']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  phone?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  urgentContact?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  website?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type AuthorityConnectionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['AuthorityConnection'] = ResolversParentTypes['AuthorityConnection']> = {
  __resolveType: TypeResolveFn<'TemplateAuthorityConnection', ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Authority']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ContactPointResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ContactPoint'] = ResolversParentTypes['ContactPoint']> = {
  __resolveType: TypeResolveFn<'TemplateContactPoint', ParentType, ContextType>;
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  appointedOn?: Resolver<Types.Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  available24x7?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  country?: Resolver<ResolversTypes['Country'], ParentType, ContextType>;
  email?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  expertise?: Resolver<Array<ResolversTypes['CrimeArea']>, ParentType, ContextType>;
  fullName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  languages?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  lastReviewedAt?: Resolver<Types.Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  nationalCorrespondent?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  network?: Resolver<Types.Maybe<ResolversTypes['Network']>, ParentType, ContextType>;
  organization?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  phone?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  predecessor?: Resolver<Types.Maybe<ResolversTypes['ContactPoint']>, ParentType, ContextType>;
  roles?: Resolver<Array<ResolversTypes['ContactPointRole']>, ParentType, ContextType>;
  successor?: Resolver<Types.Maybe<ResolversTypes['ContactPoint']>, ParentType, ContextType>;
  termEndsOn?: Resolver<Types.Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  title?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  toolCorrespondent?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ContactPointConnectionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ContactPointConnection'] = ResolversParentTypes['ContactPointConnection']> = {
  __resolveType: TypeResolveFn<'TemplateContactPointConnection', ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['ContactPoint']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CountryResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Country'] = ResolversParentTypes['Country']> = {
  __resolveReference?: ReferenceResolver<Types.Maybe<ResolversTypes['Country']>, { __typename: 'Country' } & GraphQLRecursivePick<ParentType, {"code":true}>, ContextType>;
  alpha2?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CountryProfileResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['CountryProfile'] = ResolversParentTypes['CountryProfile']> = {
  __resolveType: TypeResolveFn<'TemplateCountryProfile', ParentType, ContextType>;
  country?: Resolver<ResolversTypes['Country'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastReviewedAt?: Resolver<Types.Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  measures?: Resolver<Array<ResolversTypes['MeasureProfile']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DeliveryReceiptResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['DeliveryReceipt'] = ResolversParentTypes['DeliveryReceipt']> = {
  accepted?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  acknowledgeBy?: Resolver<Types.Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  duplicate?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type DeliveryStatisticsResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['DeliveryStatistics'] = ResolversParentTypes['DeliveryStatistics']> = {
  failed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  oldestPendingAt?: Resolver<Types.Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  pending?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type DirectionStatisticsResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['DirectionStatistics'] = ResolversParentTypes['DirectionStatistics']> = {
  byCounterpartCountry?: Resolver<Array<ResolversTypes['StatisticsCell']>, ParentType, ContextType>;
  byCounterpartNetwork?: Resolver<Array<ResolversTypes['StatisticsCell']>, ParentType, ContextType>;
  byCrimeArea?: Resolver<Array<ResolversTypes['StatisticsCell']>, ParentType, ContextType>;
  byKind?: Resolver<Array<ResolversTypes['StatisticsCell']>, ParentType, ContextType>;
  byMeasure?: Resolver<Array<ResolversTypes['StatisticsCell']>, ParentType, ContextType>;
  byStatus?: Resolver<Array<ResolversTypes['StatisticsCell']>, ParentType, ContextType>;
  byUrgency?: Resolver<Array<ResolversTypes['StatisticsCell']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['StatisticsCell'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type DirectoryHealthResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['DirectoryHealth'] = ResolversParentTypes['DirectoryHealth']> = {
  contactPointsPerCountry?: Resolver<Array<ResolversTypes['StatisticsCell']>, ParentType, ContextType>;
  countriesWithout24x7?: Resolver<Array<ResolversTypes['Country']>, ParentType, ContextType>;
  notReviewedIn12Months?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type DurationStatisticsResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['DurationStatistics'] = ResolversParentTypes['DurationStatistics']> = {
  count?: Resolver<Types.Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  medianDays?: Resolver<Types.Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  p90Days?: Resolver<Types.Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  suppressed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MeasureProfileResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['MeasureProfile'] = ResolversParentTypes['MeasureProfile']> = {
  __resolveType: TypeResolveFn<'TemplateMeasureProfile', ParentType, ContextType>;
  applicable?: Resolver<ResolversTypes['Applicability'], ParentType, ContextType>;
  competentAuthority?: Resolver<Types.Maybe<ResolversTypes['Authority']>, ParentType, ContextType>;
  dualCriminalityRequired?: Resolver<Types.Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  languages?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  lastReviewedAt?: Resolver<Types.Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  legalBasis?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  measure?: Resolver<ResolversTypes['AssistanceMeasure'], ParentType, ContextType>;
  notes?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  requirements?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type MonthlyCountResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['MonthlyCount'] = ResolversParentTypes['MonthlyCount']> = {
  incoming?: Resolver<ResolversTypes['StatisticsCell'], ParentType, ContextType>;
  month?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  outgoing?: Resolver<ResolversTypes['StatisticsCell'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MutationResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  template?: Resolver<ResolversTypes['TemplateMutations'], ParentType, ContextType>;
};

export type NetworkResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Network'] = ResolversParentTypes['Network']> = {
  __resolveType: TypeResolveFn<'TemplateNetwork', ParentType, ContextType>;
  auditLog?: Resolver<Types.Maybe<ResolversTypes['AuditEntryConnection']>, ParentType, ContextType, Partial<Types.NetworkAuditLogArgs>>;
  authorities?: Resolver<Types.Maybe<ResolversTypes['AuthorityConnection']>, ParentType, ContextType, Partial<Types.NetworkAuthoritiesArgs>>;
  code?: Resolver<ResolversTypes['NetworkCode'], ParentType, ContextType>;
  contactPoints?: Resolver<Types.Maybe<ResolversTypes['ContactPointConnection']>, ParentType, ContextType, Partial<Types.NetworkContactPointsArgs>>;
  countryProfile?: Resolver<Types.Maybe<ResolversTypes['CountryProfile']>, ParentType, ContextType, RequireFields<Types.NetworkCountryProfileArgs, 'country'>>;
  countryProfiles?: Resolver<Types.Maybe<Array<ResolversTypes['CountryProfile']>>, ParentType, ContextType>;
  events?: Resolver<Types.Maybe<ResolversTypes['NetworkEventConnection']>, ParentType, ContextType, Partial<Types.NetworkEventsArgs>>;
  referrals?: Resolver<Types.Maybe<ResolversTypes['ReferralConnection']>, ParentType, ContextType, Partial<Types.NetworkReferralsArgs>>;
  resources?: Resolver<Types.Maybe<ResolversTypes['ResourceConnection']>, ParentType, ContextType, Partial<Types.NetworkResourcesArgs>>;
  statistics?: Resolver<Types.Maybe<ResolversTypes['NetworkStatistics']>, ParentType, ContextType, RequireFields<Types.NetworkStatisticsArgs, 'from' | 'to'>>;
  workingGroups?: Resolver<Types.Maybe<ResolversTypes['WorkingGroupConnection']>, ParentType, ContextType, Partial<Types.NetworkWorkingGroupsArgs>>;
};

export type NetworkEventResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['NetworkEvent'] = ResolversParentTypes['NetworkEvent']> = {
  __resolveType: TypeResolveFn<'TemplateNetworkEvent', ParentType, ContextType>;
  country?: Resolver<Types.Maybe<ResolversTypes['Country']>, ParentType, ContextType>;
  endsOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EventKind'], ParentType, ContextType>;
  participants?: Resolver<Array<ResolversTypes['ContactPoint']>, ParentType, ContextType>;
  place?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  startsOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type NetworkEventConnectionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['NetworkEventConnection'] = ResolversParentTypes['NetworkEventConnection']> = {
  __resolveType: TypeResolveFn<'TemplateNetworkEventConnection', ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['NetworkEvent']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type NetworkStatisticsResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['NetworkStatistics'] = ResolversParentTypes['NetworkStatistics']> = {
  deliveries?: Resolver<Types.Maybe<ResolversTypes['DeliveryStatistics']>, ParentType, ContextType>;
  directory?: Resolver<ResolversTypes['DirectoryHealth'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  incoming?: Resolver<ResolversTypes['DirectionStatistics'], ParentType, ContextType>;
  incomingTimeliness?: Resolver<ResolversTypes['Timeliness'], ParentType, ContextType>;
  monthly?: Resolver<Array<ResolversTypes['MonthlyCount']>, ParentType, ContextType>;
  network?: Resolver<ResolversTypes['NetworkCode'], ParentType, ContextType>;
  openByAge?: Resolver<Array<ResolversTypes['StatisticsCell']>, ParentType, ContextType>;
  outgoing?: Resolver<ResolversTypes['DirectionStatistics'], ParentType, ContextType>;
  outgoingTimeliness?: Resolver<ResolversTypes['Timeliness'], ParentType, ContextType>;
  perturbed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type NodeResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Node'] = ResolversParentTypes['Node']> = {
  __resolveType: TypeResolveFn<'TemplateAuthority' | 'TemplateContactPoint' | 'TemplateCountryProfile' | 'TemplateNetworkEvent' | 'TemplateNotification' | 'TemplateReferral' | 'TemplateResource' | 'TemplateWorkingGroup', ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type NotificationResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Notification'] = ResolversParentTypes['Notification']> = {
  __resolveType: TypeResolveFn<'TemplateNotification', ParentType, ContextType>;
  counterpartCountry?: Resolver<ResolversTypes['Country'], ParentType, ContextType>;
  counterpartNetwork?: Resolver<ResolversTypes['NetworkCode'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  deadline?: Resolver<Types.Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['NotificationKind'], ParentType, ContextType>;
  read?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  readAt?: Resolver<Types.Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  reference?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  referralId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  referralKind?: Resolver<ResolversTypes['AssistanceKind'], ParentType, ContextType>;
  urgency?: Resolver<ResolversTypes['Urgency'], ParentType, ContextType>;
};

export type NotificationConnectionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['NotificationConnection'] = ResolversParentTypes['NotificationConnection']> = {
  __resolveType: TypeResolveFn<'TemplateNotificationConnection', ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Notification']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unreadCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type RedeliveryReportResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['RedeliveryReport'] = ResolversParentTypes['RedeliveryReport']> = {
  deliveries?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  referrals?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ReferenceSeriesResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ReferenceSeries'] = ResolversParentTypes['ReferenceSeries']> = {
  last?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ReferralResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Referral'] = ResolversParentTypes['Referral']> = {
  __resolveType: TypeResolveFn<'TemplateReferral', ParentType, ContextType>;
  acknowledgeBy?: Resolver<Types.Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  answerExpectedBy?: Resolver<Types.Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  assignedTo?: Resolver<Types.Maybe<ResolversTypes['ContactPoint']>, ParentType, ContextType>;
  availableActions?: Resolver<Array<ResolversTypes['ReferralAction']>, ParentType, ContextType>;
  counterpart?: Resolver<Types.Maybe<ResolversTypes['Referral']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  crimeAreas?: Resolver<Array<ResolversTypes['CrimeArea']>, ParentType, ContextType>;
  delivery?: Resolver<Types.Maybe<ResolversTypes['ReferralDelivery']>, ParentType, ContextType>;
  destinationCountry?: Resolver<ResolversTypes['Country'], ParentType, ContextType>;
  destinationNetwork?: Resolver<Types.Maybe<ResolversTypes['Network']>, ParentType, ContextType>;
  events?: Resolver<Types.Maybe<Array<ResolversTypes['ReferralEvent']>>, ParentType, ContextType>;
  formalReferences?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  from?: Resolver<Types.Maybe<ResolversTypes['ContactPoint']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['AssistanceKind'], ParentType, ContextType>;
  measures?: Resolver<Array<ResolversTypes['AssistanceMeasure']>, ParentType, ContextType>;
  originCountry?: Resolver<ResolversTypes['Country'], ParentType, ContextType>;
  originNetwork?: Resolver<Types.Maybe<ResolversTypes['Network']>, ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  reference?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  side?: Resolver<ResolversTypes['ReferralSide'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ReferralStatus'], ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  summary?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  to?: Resolver<Types.Maybe<ResolversTypes['ContactPoint']>, ParentType, ContextType>;
  urgency?: Resolver<ResolversTypes['Urgency'], ParentType, ContextType>;
};

export type ReferralConnectionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ReferralConnection'] = ResolversParentTypes['ReferralConnection']> = {
  __resolveType: TypeResolveFn<'TemplateReferralConnection', ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Referral']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ReferralDeliveryResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ReferralDelivery'] = ResolversParentTypes['ReferralDelivery']> = {
  attempts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  lastAttemptAt?: Resolver<Types.Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  lastError?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nextAttemptAt?: Resolver<Types.Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  pending?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  state?: Resolver<ResolversTypes['DeliveryState'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ReferralEventResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ReferralEvent'] = ResolversParentTypes['ReferralEvent']> = {
  actor?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  answerExpectedBy?: Resolver<Types.Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  assignedTo?: Resolver<Types.Maybe<ResolversTypes['ContactPoint']>, ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  note?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sequence?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  side?: Resolver<ResolversTypes['ReferralSide'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['ReferralEventType'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ResourceResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Resource'] = ResolversParentTypes['Resource']> = {
  __resolveType: TypeResolveFn<'TemplateResource', ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ResourceKind'], ParentType, ContextType>;
  languages?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  publishedOn?: Resolver<Types.Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  topics?: Resolver<Array<ResolversTypes['CrimeArea']>, ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ResourceConnectionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ResourceConnection'] = ResolversParentTypes['ResourceConnection']> = {
  __resolveType: TypeResolveFn<'TemplateResourceConnection', ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Resource']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type StatisticsCellResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['StatisticsCell'] = ResolversParentTypes['StatisticsCell']> = {
  count?: Resolver<Types.Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  suppressed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type TemplateAuditEntryResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['TemplateAuditEntry'] = ResolversParentTypes['TemplateAuditEntry']> = {
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actorNetwork?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  actorRoles?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  actorSubject?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  details?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  objectId?: Resolver<Types.Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  objectType?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  requestId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type TemplateAuditEntryConnectionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['TemplateAuditEntryConnection'] = ResolversParentTypes['TemplateAuditEntryConnection']> = {
  nodes?: Resolver<Array<ResolversTypes['TemplateAuditEntry']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type TemplateAuthorityResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['TemplateAuthority'] = ResolversParentTypes['TemplateAuthority']> = {
  __resolveReference?: ReferenceResolver<Types.Maybe<ResolversTypes['TemplateAuthority']>, { __typename: 'TemplateAuthority' } & GraphQLRecursivePick<ParentType, {"id":true}>, ContextType>;
  address?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  channels?: Resolver<Array<ResolversTypes['Channel']>, ParentType, ContextType>;
  country?: Resolver<ResolversTypes['Country'], ParentType, ContextType>;
  email?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['AuthorityKind'], ParentType, ContextType>;
  languages?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  lastReviewedAt?: Resolver<Types.Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  measures?: Resolver<Array<ResolversTypes['AssistanceMeasure']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  phone?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  urgentContact?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  website?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type TemplateAuthorityConnectionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['TemplateAuthorityConnection'] = ResolversParentTypes['TemplateAuthorityConnection']> = {
  nodes?: Resolver<Array<ResolversTypes['TemplateAuthority']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type TemplateContactPointResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['TemplateContactPoint'] = ResolversParentTypes['TemplateContactPoint']> = {
  __resolveReference?: ReferenceResolver<Types.Maybe<ResolversTypes['TemplateContactPoint']>, { __typename: 'TemplateContactPoint' } & GraphQLRecursivePick<ParentType, {"id":true}>, ContextType>;
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  appointedOn?: Resolver<Types.Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  available24x7?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  country?: Resolver<ResolversTypes['Country'], ParentType, ContextType>;
  email?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  expertise?: Resolver<Array<ResolversTypes['CrimeArea']>, ParentType, ContextType>;
  fullName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  languages?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  lastReviewedAt?: Resolver<Types.Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  nationalCorrespondent?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  network?: Resolver<Types.Maybe<ResolversTypes['TemplateNetwork']>, ParentType, ContextType>;
  organization?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  phone?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  predecessor?: Resolver<Types.Maybe<ResolversTypes['TemplateContactPoint']>, ParentType, ContextType>;
  roles?: Resolver<Array<ResolversTypes['ContactPointRole']>, ParentType, ContextType>;
  successor?: Resolver<Types.Maybe<ResolversTypes['TemplateContactPoint']>, ParentType, ContextType>;
  termEndsOn?: Resolver<Types.Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  title?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  toolCorrespondent?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type TemplateContactPointConnectionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['TemplateContactPointConnection'] = ResolversParentTypes['TemplateContactPointConnection']> = {
  nodes?: Resolver<Array<ResolversTypes['TemplateContactPoint']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type TemplateCountryProfileResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['TemplateCountryProfile'] = ResolversParentTypes['TemplateCountryProfile']> = {
  __resolveReference?: ReferenceResolver<Types.Maybe<ResolversTypes['TemplateCountryProfile']>, { __typename: 'TemplateCountryProfile' } & GraphQLRecursivePick<ParentType, {"id":true}>, ContextType>;
  country?: Resolver<ResolversTypes['Country'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastReviewedAt?: Resolver<Types.Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  measure?: Resolver<Types.Maybe<ResolversTypes['TemplateMeasureProfile']>, ParentType, ContextType, RequireFields<Types.TemplateCountryProfileMeasureArgs, 'measure'>>;
  measures?: Resolver<Array<ResolversTypes['TemplateMeasureProfile']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type TemplateMeasureProfileResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['TemplateMeasureProfile'] = ResolversParentTypes['TemplateMeasureProfile']> = {
  applicable?: Resolver<ResolversTypes['Applicability'], ParentType, ContextType>;
  competentAuthority?: Resolver<Types.Maybe<ResolversTypes['TemplateAuthority']>, ParentType, ContextType>;
  dualCriminalityRequired?: Resolver<Types.Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  languages?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  lastReviewedAt?: Resolver<Types.Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  legalBasis?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  measure?: Resolver<ResolversTypes['AssistanceMeasure'], ParentType, ContextType>;
  notes?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  requirements?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type TemplateMutationsResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['TemplateMutations'] = ResolversParentTypes['TemplateMutations']> = {
  acknowledgeReferral?: Resolver<ResolversTypes['TemplateReferral'], ParentType, ContextType, RequireFields<Types.TemplateMutationsAcknowledgeReferralArgs, 'id' | 'idempotencyKey'>>;
  addReferralMessage?: Resolver<ResolversTypes['TemplateReferral'], ParentType, ContextType, RequireFields<Types.TemplateMutationsAddReferralMessageArgs, 'id' | 'idempotencyKey' | 'text'>>;
  assignReferral?: Resolver<ResolversTypes['TemplateReferral'], ParentType, ContextType, RequireFields<Types.TemplateMutationsAssignReferralArgs, 'contactPointId' | 'id' | 'idempotencyKey'>>;
  completeReferral?: Resolver<ResolversTypes['TemplateReferral'], ParentType, ContextType, RequireFields<Types.TemplateMutationsCompleteReferralArgs, 'id' | 'idempotencyKey'>>;
  createAuthority?: Resolver<ResolversTypes['TemplateAuthority'], ParentType, ContextType, RequireFields<Types.TemplateMutationsCreateAuthorityArgs, 'idempotencyKey' | 'input'>>;
  createContactPoint?: Resolver<ResolversTypes['TemplateContactPoint'], ParentType, ContextType, RequireFields<Types.TemplateMutationsCreateContactPointArgs, 'idempotencyKey' | 'input'>>;
  createEvent?: Resolver<ResolversTypes['TemplateNetworkEvent'], ParentType, ContextType, RequireFields<Types.TemplateMutationsCreateEventArgs, 'idempotencyKey' | 'input'>>;
  createReferral?: Resolver<ResolversTypes['TemplateReferral'], ParentType, ContextType, RequireFields<Types.TemplateMutationsCreateReferralArgs, 'idempotencyKey' | 'input'>>;
  createResource?: Resolver<ResolversTypes['TemplateResource'], ParentType, ContextType, RequireFields<Types.TemplateMutationsCreateResourceArgs, 'idempotencyKey' | 'input'>>;
  createWorkingGroup?: Resolver<ResolversTypes['TemplateWorkingGroup'], ParentType, ContextType, RequireFields<Types.TemplateMutationsCreateWorkingGroupArgs, 'idempotencyKey' | 'input'>>;
  deactivateContactPoint?: Resolver<ResolversTypes['TemplateContactPoint'], ParentType, ContextType, RequireFields<Types.TemplateMutationsDeactivateContactPointArgs, 'id' | 'version'>>;
  declineReferral?: Resolver<ResolversTypes['TemplateReferral'], ParentType, ContextType, RequireFields<Types.TemplateMutationsDeclineReferralArgs, 'id' | 'idempotencyKey' | 'reason'>>;
  markAllNotificationsRead?: Resolver<ResolversTypes['TemplateNotificationsMarked'], ParentType, ContextType, Partial<Types.TemplateMutationsMarkAllNotificationsReadArgs>>;
  markNotificationsRead?: Resolver<ResolversTypes['TemplateNotificationsMarked'], ParentType, ContextType, RequireFields<Types.TemplateMutationsMarkNotificationsReadArgs, 'ids'>>;
  receiveReferral?: Resolver<ResolversTypes['DeliveryReceipt'], ParentType, ContextType, RequireFields<Types.TemplateMutationsReceiveReferralArgs, 'delivery'>>;
  receiveReferralEvent?: Resolver<ResolversTypes['DeliveryReceipt'], ParentType, ContextType, RequireFields<Types.TemplateMutationsReceiveReferralEventArgs, 'delivery'>>;
  redeliver?: Resolver<ResolversTypes['RedeliveryReport'], ParentType, ContextType, RequireFields<Types.TemplateMutationsRedeliverArgs, 'idempotencyKey' | 'since' | 'to'>>;
  retryDelivery?: Resolver<ResolversTypes['TemplateReferral'], ParentType, ContextType, RequireFields<Types.TemplateMutationsRetryDeliveryArgs, 'id' | 'idempotencyKey'>>;
  setNotificationDeliveries?: Resolver<ResolversTypes['TemplateNotificationPreferences'], ParentType, ContextType, RequireFields<Types.TemplateMutationsSetNotificationDeliveriesArgs, 'deliveries'>>;
  setNotificationLanguage?: Resolver<ResolversTypes['TemplateNotificationPreferences'], ParentType, ContextType, RequireFields<Types.TemplateMutationsSetNotificationLanguageArgs, 'language'>>;
  setReferralAnswerDate?: Resolver<ResolversTypes['TemplateReferral'], ParentType, ContextType, RequireFields<Types.TemplateMutationsSetReferralAnswerDateArgs, 'answerExpectedBy' | 'id' | 'idempotencyKey'>>;
  startReferral?: Resolver<ResolversTypes['TemplateReferral'], ParentType, ContextType, RequireFields<Types.TemplateMutationsStartReferralArgs, 'id' | 'idempotencyKey'>>;
  updateAuthority?: Resolver<ResolversTypes['TemplateAuthority'], ParentType, ContextType, RequireFields<Types.TemplateMutationsUpdateAuthorityArgs, 'id' | 'patch' | 'version'>>;
  updateContactPoint?: Resolver<ResolversTypes['TemplateContactPoint'], ParentType, ContextType, RequireFields<Types.TemplateMutationsUpdateContactPointArgs, 'id' | 'patch' | 'version'>>;
  updateEvent?: Resolver<ResolversTypes['TemplateNetworkEvent'], ParentType, ContextType, RequireFields<Types.TemplateMutationsUpdateEventArgs, 'id' | 'patch' | 'version'>>;
  updateResource?: Resolver<ResolversTypes['TemplateResource'], ParentType, ContextType, RequireFields<Types.TemplateMutationsUpdateResourceArgs, 'id' | 'patch' | 'version'>>;
  updateWorkingGroup?: Resolver<ResolversTypes['TemplateWorkingGroup'], ParentType, ContextType, RequireFields<Types.TemplateMutationsUpdateWorkingGroupArgs, 'id' | 'patch' | 'version'>>;
  upsertCountryProfile?: Resolver<ResolversTypes['TemplateCountryProfile'], ParentType, ContextType, RequireFields<Types.TemplateMutationsUpsertCountryProfileArgs, 'idempotencyKey' | 'input'>>;
  withdrawReferral?: Resolver<ResolversTypes['TemplateReferral'], ParentType, ContextType, RequireFields<Types.TemplateMutationsWithdrawReferralArgs, 'id' | 'idempotencyKey' | 'reason'>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type TemplateNetworkResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['TemplateNetwork'] = ResolversParentTypes['TemplateNetwork']> = {
  __resolveReference?: ReferenceResolver<Types.Maybe<ResolversTypes['TemplateNetwork']>, { __typename: 'TemplateNetwork' } & GraphQLRecursivePick<ParentType, {"code":true}>, ContextType>;
  auditLog?: Resolver<Types.Maybe<ResolversTypes['TemplateAuditEntryConnection']>, ParentType, ContextType, RequireFields<Types.TemplateNetworkAuditLogArgs, 'first'>>;
  authorities?: Resolver<Types.Maybe<ResolversTypes['TemplateAuthorityConnection']>, ParentType, ContextType, RequireFields<Types.TemplateNetworkAuthoritiesArgs, 'first'>>;
  code?: Resolver<ResolversTypes['NetworkCode'], ParentType, ContextType>;
  contactPoints?: Resolver<Types.Maybe<ResolversTypes['TemplateContactPointConnection']>, ParentType, ContextType, RequireFields<Types.TemplateNetworkContactPointsArgs, 'first'>>;
  countryProfile?: Resolver<Types.Maybe<ResolversTypes['TemplateCountryProfile']>, ParentType, ContextType, RequireFields<Types.TemplateNetworkCountryProfileArgs, 'country'>>;
  countryProfiles?: Resolver<Types.Maybe<Array<ResolversTypes['TemplateCountryProfile']>>, ParentType, ContextType>;
  events?: Resolver<Types.Maybe<ResolversTypes['TemplateNetworkEventConnection']>, ParentType, ContextType, RequireFields<Types.TemplateNetworkEventsArgs, 'first'>>;
  myNotificationPreferences?: Resolver<ResolversTypes['TemplateNotificationPreferences'], ParentType, ContextType>;
  myNotifications?: Resolver<Types.Maybe<ResolversTypes['TemplateNotificationConnection']>, ParentType, ContextType, RequireFields<Types.TemplateNetworkMyNotificationsArgs, 'first' | 'unreadOnly'>>;
  receivedReferences?: Resolver<Types.Maybe<Array<ResolversTypes['ReferenceSeries']>>, ParentType, ContextType, RequireFields<Types.TemplateNetworkReceivedReferencesArgs, 'origin'>>;
  referrals?: Resolver<Types.Maybe<ResolversTypes['TemplateReferralConnection']>, ParentType, ContextType, RequireFields<Types.TemplateNetworkReferralsArgs, 'first'>>;
  resources?: Resolver<Types.Maybe<ResolversTypes['TemplateResourceConnection']>, ParentType, ContextType, RequireFields<Types.TemplateNetworkResourcesArgs, 'first'>>;
  statistics?: Resolver<Types.Maybe<ResolversTypes['NetworkStatistics']>, ParentType, ContextType, RequireFields<Types.TemplateNetworkStatisticsArgs, 'from' | 'to'>>;
  workingGroups?: Resolver<Types.Maybe<ResolversTypes['TemplateWorkingGroupConnection']>, ParentType, ContextType, RequireFields<Types.TemplateNetworkWorkingGroupsArgs, 'first'>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type TemplateNetworkEventResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['TemplateNetworkEvent'] = ResolversParentTypes['TemplateNetworkEvent']> = {
  __resolveReference?: ReferenceResolver<Types.Maybe<ResolversTypes['TemplateNetworkEvent']>, { __typename: 'TemplateNetworkEvent' } & GraphQLRecursivePick<ParentType, {"id":true}>, ContextType>;
  country?: Resolver<Types.Maybe<ResolversTypes['Country']>, ParentType, ContextType>;
  endsOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EventKind'], ParentType, ContextType>;
  participants?: Resolver<Array<ResolversTypes['TemplateContactPoint']>, ParentType, ContextType>;
  place?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  startsOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type TemplateNetworkEventConnectionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['TemplateNetworkEventConnection'] = ResolversParentTypes['TemplateNetworkEventConnection']> = {
  nodes?: Resolver<Array<ResolversTypes['TemplateNetworkEvent']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type TemplateNotificationResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['TemplateNotification'] = ResolversParentTypes['TemplateNotification']> = {
  __resolveReference?: ReferenceResolver<Types.Maybe<ResolversTypes['TemplateNotification']>, { __typename: 'TemplateNotification' } & GraphQLRecursivePick<ParentType, {"id":true}>, ContextType>;
  counterpartCountry?: Resolver<ResolversTypes['Country'], ParentType, ContextType>;
  counterpartNetwork?: Resolver<ResolversTypes['NetworkCode'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  deadline?: Resolver<Types.Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['NotificationKind'], ParentType, ContextType>;
  read?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  readAt?: Resolver<Types.Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  reference?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  referralId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  referralKind?: Resolver<ResolversTypes['AssistanceKind'], ParentType, ContextType>;
  urgency?: Resolver<ResolversTypes['Urgency'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type TemplateNotificationConnectionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['TemplateNotificationConnection'] = ResolversParentTypes['TemplateNotificationConnection']> = {
  nodes?: Resolver<Array<ResolversTypes['TemplateNotification']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unreadCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type TemplateNotificationKindDeliveryResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['TemplateNotificationKindDelivery'] = ResolversParentTypes['TemplateNotificationKindDelivery']> = {
  delivery?: Resolver<ResolversTypes['NotificationDelivery'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['NotificationPreferenceKind'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type TemplateNotificationPreferencesResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['TemplateNotificationPreferences'] = ResolversParentTypes['TemplateNotificationPreferences']> = {
  deliveries?: Resolver<Array<ResolversTypes['TemplateNotificationKindDelivery']>, ParentType, ContextType>;
  language?: Resolver<ResolversTypes['NotificationLanguage'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type TemplateNotificationsMarkedResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['TemplateNotificationsMarked'] = ResolversParentTypes['TemplateNotificationsMarked']> = {
  marked?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unreadCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type TemplateReferralResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['TemplateReferral'] = ResolversParentTypes['TemplateReferral']> = {
  __resolveReference?: ReferenceResolver<Types.Maybe<ResolversTypes['TemplateReferral']>, { __typename: 'TemplateReferral' } & GraphQLRecursivePick<ParentType, {"id":true}>, ContextType>;
  acknowledgeBy?: Resolver<Types.Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  answerExpectedBy?: Resolver<Types.Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  assignedTo?: Resolver<Types.Maybe<ResolversTypes['ContactPoint']>, ParentType, ContextType>;
  availableActions?: Resolver<Array<ResolversTypes['ReferralAction']>, ParentType, ContextType>;
  counterpart?: Resolver<Types.Maybe<ResolversTypes['Referral']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  crimeAreas?: Resolver<Array<ResolversTypes['CrimeArea']>, ParentType, ContextType>;
  delivery?: Resolver<Types.Maybe<ResolversTypes['ReferralDelivery']>, ParentType, ContextType>;
  destinationCountry?: Resolver<ResolversTypes['Country'], ParentType, ContextType>;
  destinationNetwork?: Resolver<Types.Maybe<ResolversTypes['Network']>, ParentType, ContextType>;
  events?: Resolver<Types.Maybe<Array<ResolversTypes['ReferralEvent']>>, ParentType, ContextType>;
  formalReferences?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  from?: Resolver<Types.Maybe<ResolversTypes['ContactPoint']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['AssistanceKind'], ParentType, ContextType>;
  measures?: Resolver<Array<ResolversTypes['AssistanceMeasure']>, ParentType, ContextType>;
  originCountry?: Resolver<ResolversTypes['Country'], ParentType, ContextType>;
  originNetwork?: Resolver<Types.Maybe<ResolversTypes['Network']>, ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  reference?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  side?: Resolver<ResolversTypes['ReferralSide'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ReferralStatus'], ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  summary?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  to?: Resolver<Types.Maybe<ResolversTypes['ContactPoint']>, ParentType, ContextType>;
  urgency?: Resolver<ResolversTypes['Urgency'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type TemplateReferralConnectionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['TemplateReferralConnection'] = ResolversParentTypes['TemplateReferralConnection']> = {
  nodes?: Resolver<Array<ResolversTypes['TemplateReferral']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type TemplateResourceResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['TemplateResource'] = ResolversParentTypes['TemplateResource']> = {
  __resolveReference?: ReferenceResolver<Types.Maybe<ResolversTypes['TemplateResource']>, { __typename: 'TemplateResource' } & GraphQLRecursivePick<ParentType, {"id":true}>, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ResourceKind'], ParentType, ContextType>;
  languages?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  publishedOn?: Resolver<Types.Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  topics?: Resolver<Array<ResolversTypes['CrimeArea']>, ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type TemplateResourceConnectionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['TemplateResourceConnection'] = ResolversParentTypes['TemplateResourceConnection']> = {
  nodes?: Resolver<Array<ResolversTypes['TemplateResource']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type TemplateWorkingGroupResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['TemplateWorkingGroup'] = ResolversParentTypes['TemplateWorkingGroup']> = {
  __resolveReference?: ReferenceResolver<Types.Maybe<ResolversTypes['TemplateWorkingGroup']>, { __typename: 'TemplateWorkingGroup' } & GraphQLRecursivePick<ParentType, {"id":true}>, ContextType>;
  description?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  members?: Resolver<Array<ResolversTypes['TemplateContactPoint']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  topic?: Resolver<Types.Maybe<ResolversTypes['CrimeArea']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type TemplateWorkingGroupConnectionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['TemplateWorkingGroupConnection'] = ResolversParentTypes['TemplateWorkingGroupConnection']> = {
  nodes?: Resolver<Array<ResolversTypes['TemplateWorkingGroup']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type TimelinessResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Timeliness'] = ResolversParentTypes['Timeliness']> = {
  acknowledgement?: Resolver<ResolversTypes['DurationStatistics'], ParentType, ContextType>;
  completion?: Resolver<ResolversTypes['DurationStatistics'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type WorkingGroupResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['WorkingGroup'] = ResolversParentTypes['WorkingGroup']> = {
  __resolveType: TypeResolveFn<'TemplateWorkingGroup', ParentType, ContextType>;
  description?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  members?: Resolver<Array<ResolversTypes['ContactPoint']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  topic?: Resolver<Types.Maybe<ResolversTypes['CrimeArea']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type WorkingGroupConnectionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['WorkingGroupConnection'] = ResolversParentTypes['WorkingGroupConnection']> = {
  __resolveType: TypeResolveFn<'TemplateWorkingGroupConnection', ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['WorkingGroup']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type Resolvers<ContextType = SubgraphContext> = {
  AuditEntry?: AuditEntryResolvers<ContextType>;
  AuditEntryConnection?: AuditEntryConnectionResolvers<ContextType>;
  Authority?: AuthorityResolvers<ContextType>;
  AuthorityConnection?: AuthorityConnectionResolvers<ContextType>;
  ContactPoint?: ContactPointResolvers<ContextType>;
  ContactPointConnection?: ContactPointConnectionResolvers<ContextType>;
  Country?: CountryResolvers<ContextType>;
  CountryProfile?: CountryProfileResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  DeliveryReceipt?: DeliveryReceiptResolvers<ContextType>;
  DeliveryStatistics?: DeliveryStatisticsResolvers<ContextType>;
  DirectionStatistics?: DirectionStatisticsResolvers<ContextType>;
  DirectoryHealth?: DirectoryHealthResolvers<ContextType>;
  DurationStatistics?: DurationStatisticsResolvers<ContextType>;
  MeasureProfile?: MeasureProfileResolvers<ContextType>;
  MonthlyCount?: MonthlyCountResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Network?: NetworkResolvers<ContextType>;
  NetworkEvent?: NetworkEventResolvers<ContextType>;
  NetworkEventConnection?: NetworkEventConnectionResolvers<ContextType>;
  NetworkStatistics?: NetworkStatisticsResolvers<ContextType>;
  Node?: NodeResolvers<ContextType>;
  Notification?: NotificationResolvers<ContextType>;
  NotificationConnection?: NotificationConnectionResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  RedeliveryReport?: RedeliveryReportResolvers<ContextType>;
  ReferenceSeries?: ReferenceSeriesResolvers<ContextType>;
  Referral?: ReferralResolvers<ContextType>;
  ReferralConnection?: ReferralConnectionResolvers<ContextType>;
  ReferralDelivery?: ReferralDeliveryResolvers<ContextType>;
  ReferralEvent?: ReferralEventResolvers<ContextType>;
  Resource?: ResourceResolvers<ContextType>;
  ResourceConnection?: ResourceConnectionResolvers<ContextType>;
  StatisticsCell?: StatisticsCellResolvers<ContextType>;
  TemplateAuditEntry?: TemplateAuditEntryResolvers<ContextType>;
  TemplateAuditEntryConnection?: TemplateAuditEntryConnectionResolvers<ContextType>;
  TemplateAuthority?: TemplateAuthorityResolvers<ContextType>;
  TemplateAuthorityConnection?: TemplateAuthorityConnectionResolvers<ContextType>;
  TemplateContactPoint?: TemplateContactPointResolvers<ContextType>;
  TemplateContactPointConnection?: TemplateContactPointConnectionResolvers<ContextType>;
  TemplateCountryProfile?: TemplateCountryProfileResolvers<ContextType>;
  TemplateMeasureProfile?: TemplateMeasureProfileResolvers<ContextType>;
  TemplateMutations?: TemplateMutationsResolvers<ContextType>;
  TemplateNetwork?: TemplateNetworkResolvers<ContextType>;
  TemplateNetworkEvent?: TemplateNetworkEventResolvers<ContextType>;
  TemplateNetworkEventConnection?: TemplateNetworkEventConnectionResolvers<ContextType>;
  TemplateNotification?: TemplateNotificationResolvers<ContextType>;
  TemplateNotificationConnection?: TemplateNotificationConnectionResolvers<ContextType>;
  TemplateNotificationKindDelivery?: TemplateNotificationKindDeliveryResolvers<ContextType>;
  TemplateNotificationPreferences?: TemplateNotificationPreferencesResolvers<ContextType>;
  TemplateNotificationsMarked?: TemplateNotificationsMarkedResolvers<ContextType>;
  TemplateReferral?: TemplateReferralResolvers<ContextType>;
  TemplateReferralConnection?: TemplateReferralConnectionResolvers<ContextType>;
  TemplateResource?: TemplateResourceResolvers<ContextType>;
  TemplateResourceConnection?: TemplateResourceConnectionResolvers<ContextType>;
  TemplateWorkingGroup?: TemplateWorkingGroupResolvers<ContextType>;
  TemplateWorkingGroupConnection?: TemplateWorkingGroupConnectionResolvers<ContextType>;
  Timeliness?: TimelinessResolvers<ContextType>;
  WorkingGroup?: WorkingGroupResolvers<ContextType>;
  WorkingGroupConnection?: WorkingGroupConnectionResolvers<ContextType>;
};

