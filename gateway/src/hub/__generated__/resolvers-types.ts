import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { NetworkRef, CountryRef, NodeRef, HubContext } from '../model';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** ISO 8601 calendar date, e.g. 2026-03-01. */
  Date: { input: string; output: string; }
  /** ISO 8601 date and time with offset, e.g. 2026-03-01T09:30:00Z. */
  DateTime: { input: any; output: any; }
  _FieldSet: { input: any; output: any; }
};

export type CascAuthority = Node & {
  __typename?: 'CascAuthority';
  id: Scalars['ID']['output'];
};

export type CascContactPoint = Node & {
  __typename?: 'CascContactPoint';
  id: Scalars['ID']['output'];
};

export type CascCountryProfile = Node & {
  __typename?: 'CascCountryProfile';
  id: Scalars['ID']['output'];
};

export type CascNetwork = Network & {
  __typename?: 'CascNetwork';
  code: NetworkCode;
  fullName?: Maybe<Scalars['String']['output']>;
  memberCountries?: Maybe<Array<Country>>;
  memberships?: Maybe<Array<Membership>>;
  name?: Maybe<Scalars['String']['output']>;
  region?: Maybe<Scalars['String']['output']>;
};

export type CascNetworkEvent = Node & {
  __typename?: 'CascNetworkEvent';
  id: Scalars['ID']['output'];
};

export type CascNotification = Node & {
  __typename?: 'CascNotification';
  id: Scalars['ID']['output'];
};

export type CascReferral = Node & {
  __typename?: 'CascReferral';
  id: Scalars['ID']['output'];
};

export type CascResource = Node & {
  __typename?: 'CascResource';
  id: Scalars['ID']['output'];
};

export type CascWorkingGroup = Node & {
  __typename?: 'CascWorkingGroup';
  id: Scalars['ID']['output'];
};

/** A country (ISO 3166-1). Reference data, resolvable in every subgraph. */
export type Country = {
  __typename?: 'Country';
  /** ISO 3166-1 alpha-2 code. */
  alpha2: Scalars['String']['output'];
  /** ISO 3166-1 alpha-3 code. */
  code: Scalars['ID']['output'];
  /** English short name. */
  name: Scalars['String']['output'];
  /** Networks the country belongs to. */
  networks: Array<Network>;
};

export type GljcAuthority = Node & {
  __typename?: 'GljcAuthority';
  id: Scalars['ID']['output'];
};

export type GljcContactPoint = Node & {
  __typename?: 'GljcContactPoint';
  id: Scalars['ID']['output'];
};

export type GljcCountryProfile = Node & {
  __typename?: 'GljcCountryProfile';
  id: Scalars['ID']['output'];
};

export type GljcNetwork = Network & {
  __typename?: 'GljcNetwork';
  code: NetworkCode;
  fullName?: Maybe<Scalars['String']['output']>;
  memberCountries?: Maybe<Array<Country>>;
  memberships?: Maybe<Array<Membership>>;
  name?: Maybe<Scalars['String']['output']>;
  region?: Maybe<Scalars['String']['output']>;
};

export type GljcNetworkEvent = Node & {
  __typename?: 'GljcNetworkEvent';
  id: Scalars['ID']['output'];
};

export type GljcNotification = Node & {
  __typename?: 'GljcNotification';
  id: Scalars['ID']['output'];
};

export type GljcReferral = Node & {
  __typename?: 'GljcReferral';
  id: Scalars['ID']['output'];
};

export type GljcResource = Node & {
  __typename?: 'GljcResource';
  id: Scalars['ID']['output'];
};

export type GljcWorkingGroup = Node & {
  __typename?: 'GljcWorkingGroup';
  id: Scalars['ID']['output'];
};

export type Membership = {
  __typename?: 'Membership';
  country: Country;
  joined: Scalars['Date']['output'];
};

export type Network = {
  code: NetworkCode;
  fullName?: Maybe<Scalars['String']['output']>;
  memberCountries?: Maybe<Array<Country>>;
  /** Member countries with the date each joined. */
  memberships?: Maybe<Array<Membership>>;
  /** Short name, e.g. SEAJust. */
  name?: Maybe<Scalars['String']['output']>;
  region?: Maybe<Scalars['String']['output']>;
};

/** A network of the hub's registry. */
export type NetworkCode =
  | 'CASC'
  | 'GLJC'
  | 'SEAJUST'
  | 'WACAP';

/** An object with a global id of the form <network>:<kind>:<uuid>. */
export type Node = {
  id: Scalars['ID']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** Member countries of one network, or of any network. */
  countries: Array<Country>;
  /** Alpha-2 or alpha-3 code, any case. */
  country?: Maybe<Country>;
  network?: Maybe<Network>;
  networks: Array<Network>;
  node?: Maybe<Node>;
  nodes: Array<Maybe<Node>>;
};


export type QueryCountriesArgs = {
  network?: InputMaybe<NetworkCode>;
};


export type QueryCountryArgs = {
  code: Scalars['String']['input'];
};


export type QueryNetworkArgs = {
  code: NetworkCode;
};


export type QueryNetworksArgs = {
  codes?: InputMaybe<Array<NetworkCode>>;
};


export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryNodesArgs = {
  ids: Array<Scalars['ID']['input']>;
};

export type SeajustAuthority = Node & {
  __typename?: 'SeajustAuthority';
  id: Scalars['ID']['output'];
};

export type SeajustContactPoint = Node & {
  __typename?: 'SeajustContactPoint';
  id: Scalars['ID']['output'];
};

export type SeajustCountryProfile = Node & {
  __typename?: 'SeajustCountryProfile';
  id: Scalars['ID']['output'];
};

export type SeajustNetwork = Network & {
  __typename?: 'SeajustNetwork';
  code: NetworkCode;
  fullName?: Maybe<Scalars['String']['output']>;
  memberCountries?: Maybe<Array<Country>>;
  memberships?: Maybe<Array<Membership>>;
  name?: Maybe<Scalars['String']['output']>;
  region?: Maybe<Scalars['String']['output']>;
};

export type SeajustNetworkEvent = Node & {
  __typename?: 'SeajustNetworkEvent';
  id: Scalars['ID']['output'];
};

export type SeajustNotification = Node & {
  __typename?: 'SeajustNotification';
  id: Scalars['ID']['output'];
};

export type SeajustReferral = Node & {
  __typename?: 'SeajustReferral';
  id: Scalars['ID']['output'];
};

export type SeajustResource = Node & {
  __typename?: 'SeajustResource';
  id: Scalars['ID']['output'];
};

export type SeajustWorkingGroup = Node & {
  __typename?: 'SeajustWorkingGroup';
  id: Scalars['ID']['output'];
};

export type WacapAuthority = Node & {
  __typename?: 'WacapAuthority';
  id: Scalars['ID']['output'];
};

export type WacapContactPoint = Node & {
  __typename?: 'WacapContactPoint';
  id: Scalars['ID']['output'];
};

export type WacapCountryProfile = Node & {
  __typename?: 'WacapCountryProfile';
  id: Scalars['ID']['output'];
};

export type WacapNetwork = Network & {
  __typename?: 'WacapNetwork';
  code: NetworkCode;
  fullName?: Maybe<Scalars['String']['output']>;
  memberCountries?: Maybe<Array<Country>>;
  memberships?: Maybe<Array<Membership>>;
  name?: Maybe<Scalars['String']['output']>;
  region?: Maybe<Scalars['String']['output']>;
};

export type WacapNetworkEvent = Node & {
  __typename?: 'WacapNetworkEvent';
  id: Scalars['ID']['output'];
};

export type WacapNotification = Node & {
  __typename?: 'WacapNotification';
  id: Scalars['ID']['output'];
};

export type WacapReferral = Node & {
  __typename?: 'WacapReferral';
  id: Scalars['ID']['output'];
};

export type WacapResource = Node & {
  __typename?: 'WacapResource';
  id: Scalars['ID']['output'];
};

export type WacapWorkingGroup = Node & {
  __typename?: 'WacapWorkingGroup';
  id: Scalars['ID']['output'];
};



export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
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
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = {}, TContext = {}> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = {}, TParent = {}, TContext = {}, TArgs = {}> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  CascAuthority: ResolverTypeWrapper<CascAuthority>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  CascContactPoint: ResolverTypeWrapper<CascContactPoint>;
  CascCountryProfile: ResolverTypeWrapper<CascCountryProfile>;
  CascNetwork: ResolverTypeWrapper<NetworkRef>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  CascNetworkEvent: ResolverTypeWrapper<CascNetworkEvent>;
  CascNotification: ResolverTypeWrapper<CascNotification>;
  CascReferral: ResolverTypeWrapper<CascReferral>;
  CascResource: ResolverTypeWrapper<CascResource>;
  CascWorkingGroup: ResolverTypeWrapper<CascWorkingGroup>;
  Country: ResolverTypeWrapper<CountryRef>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  GljcAuthority: ResolverTypeWrapper<GljcAuthority>;
  GljcContactPoint: ResolverTypeWrapper<GljcContactPoint>;
  GljcCountryProfile: ResolverTypeWrapper<GljcCountryProfile>;
  GljcNetwork: ResolverTypeWrapper<NetworkRef>;
  GljcNetworkEvent: ResolverTypeWrapper<GljcNetworkEvent>;
  GljcNotification: ResolverTypeWrapper<GljcNotification>;
  GljcReferral: ResolverTypeWrapper<GljcReferral>;
  GljcResource: ResolverTypeWrapper<GljcResource>;
  GljcWorkingGroup: ResolverTypeWrapper<GljcWorkingGroup>;
  Membership: ResolverTypeWrapper<Omit<Membership, 'country'> & { country: ResolversTypes['Country'] }>;
  Network: ResolverTypeWrapper<NetworkRef>;
  NetworkCode: NetworkCode;
  Node: ResolverTypeWrapper<NodeRef>;
  Query: ResolverTypeWrapper<{}>;
  SeajustAuthority: ResolverTypeWrapper<SeajustAuthority>;
  SeajustContactPoint: ResolverTypeWrapper<SeajustContactPoint>;
  SeajustCountryProfile: ResolverTypeWrapper<SeajustCountryProfile>;
  SeajustNetwork: ResolverTypeWrapper<NetworkRef>;
  SeajustNetworkEvent: ResolverTypeWrapper<SeajustNetworkEvent>;
  SeajustNotification: ResolverTypeWrapper<SeajustNotification>;
  SeajustReferral: ResolverTypeWrapper<SeajustReferral>;
  SeajustResource: ResolverTypeWrapper<SeajustResource>;
  SeajustWorkingGroup: ResolverTypeWrapper<SeajustWorkingGroup>;
  WacapAuthority: ResolverTypeWrapper<WacapAuthority>;
  WacapContactPoint: ResolverTypeWrapper<WacapContactPoint>;
  WacapCountryProfile: ResolverTypeWrapper<WacapCountryProfile>;
  WacapNetwork: ResolverTypeWrapper<NetworkRef>;
  WacapNetworkEvent: ResolverTypeWrapper<WacapNetworkEvent>;
  WacapNotification: ResolverTypeWrapper<WacapNotification>;
  WacapReferral: ResolverTypeWrapper<WacapReferral>;
  WacapResource: ResolverTypeWrapper<WacapResource>;
  WacapWorkingGroup: ResolverTypeWrapper<WacapWorkingGroup>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  CascAuthority: CascAuthority;
  ID: Scalars['ID']['output'];
  CascContactPoint: CascContactPoint;
  CascCountryProfile: CascCountryProfile;
  CascNetwork: NetworkRef;
  String: Scalars['String']['output'];
  CascNetworkEvent: CascNetworkEvent;
  CascNotification: CascNotification;
  CascReferral: CascReferral;
  CascResource: CascResource;
  CascWorkingGroup: CascWorkingGroup;
  Country: CountryRef;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  GljcAuthority: GljcAuthority;
  GljcContactPoint: GljcContactPoint;
  GljcCountryProfile: GljcCountryProfile;
  GljcNetwork: NetworkRef;
  GljcNetworkEvent: GljcNetworkEvent;
  GljcNotification: GljcNotification;
  GljcReferral: GljcReferral;
  GljcResource: GljcResource;
  GljcWorkingGroup: GljcWorkingGroup;
  Membership: Omit<Membership, 'country'> & { country: ResolversParentTypes['Country'] };
  Network: NetworkRef;
  Node: NodeRef;
  Query: {};
  SeajustAuthority: SeajustAuthority;
  SeajustContactPoint: SeajustContactPoint;
  SeajustCountryProfile: SeajustCountryProfile;
  SeajustNetwork: NetworkRef;
  SeajustNetworkEvent: SeajustNetworkEvent;
  SeajustNotification: SeajustNotification;
  SeajustReferral: SeajustReferral;
  SeajustResource: SeajustResource;
  SeajustWorkingGroup: SeajustWorkingGroup;
  WacapAuthority: WacapAuthority;
  WacapContactPoint: WacapContactPoint;
  WacapCountryProfile: WacapCountryProfile;
  WacapNetwork: NetworkRef;
  WacapNetworkEvent: WacapNetworkEvent;
  WacapNotification: WacapNotification;
  WacapReferral: WacapReferral;
  WacapResource: WacapResource;
  WacapWorkingGroup: WacapWorkingGroup;
  Boolean: Scalars['Boolean']['output'];
};

export type CascAuthorityResolvers<ContextType = HubContext, ParentType extends ResolversParentTypes['CascAuthority'] = ResolversParentTypes['CascAuthority']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['CascAuthority']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CascContactPointResolvers<ContextType = HubContext, ParentType extends ResolversParentTypes['CascContactPoint'] = ResolversParentTypes['CascContactPoint']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['CascContactPoint']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CascCountryProfileResolvers<ContextType = HubContext, ParentType extends ResolversParentTypes['CascCountryProfile'] = ResolversParentTypes['CascCountryProfile']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['CascCountryProfile']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CascNetworkResolvers<ContextType = HubContext, ParentType extends ResolversParentTypes['CascNetwork'] = ResolversParentTypes['CascNetwork']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['CascNetwork']>, { __typename: 'CascNetwork' } & GraphQLRecursivePick<ParentType, {"code":true}>, ContextType>;
  code?: Resolver<ResolversTypes['NetworkCode'], ParentType, ContextType>;
  fullName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  memberCountries?: Resolver<Maybe<Array<ResolversTypes['Country']>>, ParentType, ContextType>;
  memberships?: Resolver<Maybe<Array<ResolversTypes['Membership']>>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CascNetworkEventResolvers<ContextType = HubContext, ParentType extends ResolversParentTypes['CascNetworkEvent'] = ResolversParentTypes['CascNetworkEvent']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['CascNetworkEvent']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CascNotificationResolvers<ContextType = HubContext, ParentType extends ResolversParentTypes['CascNotification'] = ResolversParentTypes['CascNotification']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['CascNotification']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CascReferralResolvers<ContextType = HubContext, ParentType extends ResolversParentTypes['CascReferral'] = ResolversParentTypes['CascReferral']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['CascReferral']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CascResourceResolvers<ContextType = HubContext, ParentType extends ResolversParentTypes['CascResource'] = ResolversParentTypes['CascResource']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['CascResource']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CascWorkingGroupResolvers<ContextType = HubContext, ParentType extends ResolversParentTypes['CascWorkingGroup'] = ResolversParentTypes['CascWorkingGroup']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['CascWorkingGroup']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CountryResolvers<ContextType = HubContext, ParentType extends ResolversParentTypes['Country'] = ResolversParentTypes['Country']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Country']>, { __typename: 'Country' } & GraphQLRecursivePick<ParentType, {"code":true}>, ContextType>;
  alpha2?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  networks?: Resolver<Array<ResolversTypes['Network']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type GljcAuthorityResolvers<ContextType = HubContext, ParentType extends ResolversParentTypes['GljcAuthority'] = ResolversParentTypes['GljcAuthority']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['GljcAuthority']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type GljcContactPointResolvers<ContextType = HubContext, ParentType extends ResolversParentTypes['GljcContactPoint'] = ResolversParentTypes['GljcContactPoint']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['GljcContactPoint']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type GljcCountryProfileResolvers<ContextType = HubContext, ParentType extends ResolversParentTypes['GljcCountryProfile'] = ResolversParentTypes['GljcCountryProfile']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['GljcCountryProfile']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type GljcNetworkResolvers<ContextType = HubContext, ParentType extends ResolversParentTypes['GljcNetwork'] = ResolversParentTypes['GljcNetwork']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['GljcNetwork']>, { __typename: 'GljcNetwork' } & GraphQLRecursivePick<ParentType, {"code":true}>, ContextType>;
  code?: Resolver<ResolversTypes['NetworkCode'], ParentType, ContextType>;
  fullName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  memberCountries?: Resolver<Maybe<Array<ResolversTypes['Country']>>, ParentType, ContextType>;
  memberships?: Resolver<Maybe<Array<ResolversTypes['Membership']>>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type GljcNetworkEventResolvers<ContextType = HubContext, ParentType extends ResolversParentTypes['GljcNetworkEvent'] = ResolversParentTypes['GljcNetworkEvent']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['GljcNetworkEvent']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type GljcNotificationResolvers<ContextType = HubContext, ParentType extends ResolversParentTypes['GljcNotification'] = ResolversParentTypes['GljcNotification']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['GljcNotification']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type GljcReferralResolvers<ContextType = HubContext, ParentType extends ResolversParentTypes['GljcReferral'] = ResolversParentTypes['GljcReferral']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['GljcReferral']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type GljcResourceResolvers<ContextType = HubContext, ParentType extends ResolversParentTypes['GljcResource'] = ResolversParentTypes['GljcResource']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['GljcResource']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type GljcWorkingGroupResolvers<ContextType = HubContext, ParentType extends ResolversParentTypes['GljcWorkingGroup'] = ResolversParentTypes['GljcWorkingGroup']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['GljcWorkingGroup']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MembershipResolvers<ContextType = HubContext, ParentType extends ResolversParentTypes['Membership'] = ResolversParentTypes['Membership']> = {
  country?: Resolver<ResolversTypes['Country'], ParentType, ContextType>;
  joined?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type NetworkResolvers<ContextType = HubContext, ParentType extends ResolversParentTypes['Network'] = ResolversParentTypes['Network']> = {
  __resolveType: TypeResolveFn<'CascNetwork' | 'GljcNetwork' | 'SeajustNetwork' | 'WacapNetwork', ParentType, ContextType>;
  code?: Resolver<ResolversTypes['NetworkCode'], ParentType, ContextType>;
  fullName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  memberCountries?: Resolver<Maybe<Array<ResolversTypes['Country']>>, ParentType, ContextType>;
  memberships?: Resolver<Maybe<Array<ResolversTypes['Membership']>>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type NodeResolvers<ContextType = HubContext, ParentType extends ResolversParentTypes['Node'] = ResolversParentTypes['Node']> = {
  __resolveType: TypeResolveFn<'CascAuthority' | 'CascContactPoint' | 'CascCountryProfile' | 'CascNetworkEvent' | 'CascNotification' | 'CascReferral' | 'CascResource' | 'CascWorkingGroup' | 'GljcAuthority' | 'GljcContactPoint' | 'GljcCountryProfile' | 'GljcNetworkEvent' | 'GljcNotification' | 'GljcReferral' | 'GljcResource' | 'GljcWorkingGroup' | 'SeajustAuthority' | 'SeajustContactPoint' | 'SeajustCountryProfile' | 'SeajustNetworkEvent' | 'SeajustNotification' | 'SeajustReferral' | 'SeajustResource' | 'SeajustWorkingGroup' | 'WacapAuthority' | 'WacapContactPoint' | 'WacapCountryProfile' | 'WacapNetworkEvent' | 'WacapNotification' | 'WacapReferral' | 'WacapResource' | 'WacapWorkingGroup', ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = HubContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  countries?: Resolver<Array<ResolversTypes['Country']>, ParentType, ContextType, Partial<QueryCountriesArgs>>;
  country?: Resolver<Maybe<ResolversTypes['Country']>, ParentType, ContextType, RequireFields<QueryCountryArgs, 'code'>>;
  network?: Resolver<Maybe<ResolversTypes['Network']>, ParentType, ContextType, RequireFields<QueryNetworkArgs, 'code'>>;
  networks?: Resolver<Array<ResolversTypes['Network']>, ParentType, ContextType, Partial<QueryNetworksArgs>>;
  node?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType, RequireFields<QueryNodeArgs, 'id'>>;
  nodes?: Resolver<Array<Maybe<ResolversTypes['Node']>>, ParentType, ContextType, RequireFields<QueryNodesArgs, 'ids'>>;
};

export type SeajustAuthorityResolvers<ContextType = HubContext, ParentType extends ResolversParentTypes['SeajustAuthority'] = ResolversParentTypes['SeajustAuthority']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['SeajustAuthority']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SeajustContactPointResolvers<ContextType = HubContext, ParentType extends ResolversParentTypes['SeajustContactPoint'] = ResolversParentTypes['SeajustContactPoint']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['SeajustContactPoint']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SeajustCountryProfileResolvers<ContextType = HubContext, ParentType extends ResolversParentTypes['SeajustCountryProfile'] = ResolversParentTypes['SeajustCountryProfile']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['SeajustCountryProfile']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SeajustNetworkResolvers<ContextType = HubContext, ParentType extends ResolversParentTypes['SeajustNetwork'] = ResolversParentTypes['SeajustNetwork']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['SeajustNetwork']>, { __typename: 'SeajustNetwork' } & GraphQLRecursivePick<ParentType, {"code":true}>, ContextType>;
  code?: Resolver<ResolversTypes['NetworkCode'], ParentType, ContextType>;
  fullName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  memberCountries?: Resolver<Maybe<Array<ResolversTypes['Country']>>, ParentType, ContextType>;
  memberships?: Resolver<Maybe<Array<ResolversTypes['Membership']>>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SeajustNetworkEventResolvers<ContextType = HubContext, ParentType extends ResolversParentTypes['SeajustNetworkEvent'] = ResolversParentTypes['SeajustNetworkEvent']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['SeajustNetworkEvent']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SeajustNotificationResolvers<ContextType = HubContext, ParentType extends ResolversParentTypes['SeajustNotification'] = ResolversParentTypes['SeajustNotification']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['SeajustNotification']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SeajustReferralResolvers<ContextType = HubContext, ParentType extends ResolversParentTypes['SeajustReferral'] = ResolversParentTypes['SeajustReferral']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['SeajustReferral']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SeajustResourceResolvers<ContextType = HubContext, ParentType extends ResolversParentTypes['SeajustResource'] = ResolversParentTypes['SeajustResource']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['SeajustResource']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SeajustWorkingGroupResolvers<ContextType = HubContext, ParentType extends ResolversParentTypes['SeajustWorkingGroup'] = ResolversParentTypes['SeajustWorkingGroup']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['SeajustWorkingGroup']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type WacapAuthorityResolvers<ContextType = HubContext, ParentType extends ResolversParentTypes['WacapAuthority'] = ResolversParentTypes['WacapAuthority']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['WacapAuthority']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type WacapContactPointResolvers<ContextType = HubContext, ParentType extends ResolversParentTypes['WacapContactPoint'] = ResolversParentTypes['WacapContactPoint']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['WacapContactPoint']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type WacapCountryProfileResolvers<ContextType = HubContext, ParentType extends ResolversParentTypes['WacapCountryProfile'] = ResolversParentTypes['WacapCountryProfile']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['WacapCountryProfile']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type WacapNetworkResolvers<ContextType = HubContext, ParentType extends ResolversParentTypes['WacapNetwork'] = ResolversParentTypes['WacapNetwork']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['WacapNetwork']>, { __typename: 'WacapNetwork' } & GraphQLRecursivePick<ParentType, {"code":true}>, ContextType>;
  code?: Resolver<ResolversTypes['NetworkCode'], ParentType, ContextType>;
  fullName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  memberCountries?: Resolver<Maybe<Array<ResolversTypes['Country']>>, ParentType, ContextType>;
  memberships?: Resolver<Maybe<Array<ResolversTypes['Membership']>>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type WacapNetworkEventResolvers<ContextType = HubContext, ParentType extends ResolversParentTypes['WacapNetworkEvent'] = ResolversParentTypes['WacapNetworkEvent']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['WacapNetworkEvent']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type WacapNotificationResolvers<ContextType = HubContext, ParentType extends ResolversParentTypes['WacapNotification'] = ResolversParentTypes['WacapNotification']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['WacapNotification']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type WacapReferralResolvers<ContextType = HubContext, ParentType extends ResolversParentTypes['WacapReferral'] = ResolversParentTypes['WacapReferral']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['WacapReferral']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type WacapResourceResolvers<ContextType = HubContext, ParentType extends ResolversParentTypes['WacapResource'] = ResolversParentTypes['WacapResource']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['WacapResource']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type WacapWorkingGroupResolvers<ContextType = HubContext, ParentType extends ResolversParentTypes['WacapWorkingGroup'] = ResolversParentTypes['WacapWorkingGroup']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['WacapWorkingGroup']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type Resolvers<ContextType = HubContext> = {
  CascAuthority?: CascAuthorityResolvers<ContextType>;
  CascContactPoint?: CascContactPointResolvers<ContextType>;
  CascCountryProfile?: CascCountryProfileResolvers<ContextType>;
  CascNetwork?: CascNetworkResolvers<ContextType>;
  CascNetworkEvent?: CascNetworkEventResolvers<ContextType>;
  CascNotification?: CascNotificationResolvers<ContextType>;
  CascReferral?: CascReferralResolvers<ContextType>;
  CascResource?: CascResourceResolvers<ContextType>;
  CascWorkingGroup?: CascWorkingGroupResolvers<ContextType>;
  Country?: CountryResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  GljcAuthority?: GljcAuthorityResolvers<ContextType>;
  GljcContactPoint?: GljcContactPointResolvers<ContextType>;
  GljcCountryProfile?: GljcCountryProfileResolvers<ContextType>;
  GljcNetwork?: GljcNetworkResolvers<ContextType>;
  GljcNetworkEvent?: GljcNetworkEventResolvers<ContextType>;
  GljcNotification?: GljcNotificationResolvers<ContextType>;
  GljcReferral?: GljcReferralResolvers<ContextType>;
  GljcResource?: GljcResourceResolvers<ContextType>;
  GljcWorkingGroup?: GljcWorkingGroupResolvers<ContextType>;
  Membership?: MembershipResolvers<ContextType>;
  Network?: NetworkResolvers<ContextType>;
  Node?: NodeResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  SeajustAuthority?: SeajustAuthorityResolvers<ContextType>;
  SeajustContactPoint?: SeajustContactPointResolvers<ContextType>;
  SeajustCountryProfile?: SeajustCountryProfileResolvers<ContextType>;
  SeajustNetwork?: SeajustNetworkResolvers<ContextType>;
  SeajustNetworkEvent?: SeajustNetworkEventResolvers<ContextType>;
  SeajustNotification?: SeajustNotificationResolvers<ContextType>;
  SeajustReferral?: SeajustReferralResolvers<ContextType>;
  SeajustResource?: SeajustResourceResolvers<ContextType>;
  SeajustWorkingGroup?: SeajustWorkingGroupResolvers<ContextType>;
  WacapAuthority?: WacapAuthorityResolvers<ContextType>;
  WacapContactPoint?: WacapContactPointResolvers<ContextType>;
  WacapCountryProfile?: WacapCountryProfileResolvers<ContextType>;
  WacapNetwork?: WacapNetworkResolvers<ContextType>;
  WacapNetworkEvent?: WacapNetworkEventResolvers<ContextType>;
  WacapNotification?: WacapNotificationResolvers<ContextType>;
  WacapReferral?: WacapReferralResolvers<ContextType>;
  WacapResource?: WacapResourceResolvers<ContextType>;
  WacapWorkingGroup?: WacapWorkingGroupResolvers<ContextType>;
};

