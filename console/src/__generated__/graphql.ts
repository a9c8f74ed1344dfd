/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
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
  DateTime: { input: string; output: string; }
};

export type Applicability =
  | 'NO'
  | 'PARTLY'
  | 'YES';

export type AssistanceKind =
  | 'ASSET_RECOVERY'
  | 'EXTRADITION'
  | 'INFORMAL_COOPERATION'
  | 'MUTUAL_LEGAL_ASSISTANCE'
  | 'TRANSFER_OF_SENTENCED_PERSONS';

export type AssistanceMeasure =
  | 'BANK_INFORMATION'
  | 'CONFISCATION'
  | 'CONTROLLED_DELIVERY'
  | 'ELECTRONIC_EVIDENCE'
  | 'EXPERT_EVIDENCE'
  | 'EXTRADITION'
  | 'FREEZING'
  | 'INTERCEPTION'
  | 'JOINT_INVESTIGATION_TEAM'
  | 'SEARCH_AND_SEIZURE'
  | 'SERVICE_OF_DOCUMENTS'
  | 'TRANSFER_OF_PROCEEDINGS'
  | 'TRANSFER_OF_SENTENCED_PERSONS'
  | 'VIDEO_HEARING'
  | 'WITNESS_EVIDENCE';

/** One entry of a network's append-only audit log. */
export type AuditEntry = {
  /** The mutation, or readContactDetails. */
  action: Scalars['String']['output'];
  actorNetwork?: Maybe<Scalars['String']['output']>;
  actorRoles: Array<Scalars['String']['output']>;
  actorSubject?: Maybe<Scalars['String']['output']>;
  at: Scalars['DateTime']['output'];
  /** Details as a JSON object. */
  details: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  objectId?: Maybe<Scalars['ID']['output']>;
  objectType?: Maybe<Scalars['String']['output']>;
  /** The id the gateway gave the client request. */
  requestId: Scalars['String']['output'];
};

export type AuditEntryConnection = {
  nodes: Array<AuditEntry>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type AuditFilter = {
  action?: InputMaybe<Scalars['String']['input']>;
  actorSubject?: InputMaybe<Scalars['String']['input']>;
  from?: InputMaybe<Scalars['DateTime']['input']>;
  objectId?: InputMaybe<Scalars['ID']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
};

/** A central or competent authority. */
export type Authority = {
  address?: Maybe<Scalars['String']['output']>;
  channels: Array<Channel>;
  country: Country;
  email?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kind: AuthorityKind;
  languages: Array<Scalars['String']['output']>;
  lastReviewedAt?: Maybe<Scalars['DateTime']['output']>;
  measures: Array<AssistanceMeasure>;
  name: Scalars['String']['output'];
  phone?: Maybe<Scalars['String']['output']>;
  urgentContact?: Maybe<Scalars['String']['output']>;
  version: Scalars['Int']['output'];
  website?: Maybe<Scalars['String']['output']>;
};

export type AuthorityConnection = {
  nodes: Array<Authority>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type AuthorityFilter = {
  country?: InputMaybe<Scalars['String']['input']>;
  kinds?: InputMaybe<Array<AuthorityKind>>;
  /** ISO 639-1 code of a language the authority accepts requests in. */
  language?: InputMaybe<Scalars['String']['input']>;
  /** Authorities competent for any of these measures. */
  measures?: InputMaybe<Array<AssistanceMeasure>>;
  /** Only authorities last reviewed before this instant, or never reviewed (a secretariat's review queue). */
  reviewedBefore?: InputMaybe<Scalars['DateTime']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};

export type AuthorityInput = {
  address?: InputMaybe<Scalars['String']['input']>;
  channels: Array<Channel>;
  country: Scalars['String']['input'];
  email?: InputMaybe<Scalars['String']['input']>;
  kind: AuthorityKind;
  languages: Array<Scalars['String']['input']>;
  measures: Array<AssistanceMeasure>;
  name: Scalars['String']['input'];
  phone?: InputMaybe<Scalars['String']['input']>;
  urgentContact?: InputMaybe<Scalars['String']['input']>;
  website?: InputMaybe<Scalars['String']['input']>;
};

export type AuthorityKind =
  | 'ASSET_RECOVERY_OFFICE'
  | 'CENTRAL_AUTHORITY'
  | 'COURT'
  | 'FINANCIAL_INTELLIGENCE_UNIT'
  | 'MINISTRY'
  | 'OTHER'
  | 'POLICE'
  | 'PROSECUTION_SERVICE';

export type AuthorityPatch = {
  address?: InputMaybe<Scalars['String']['input']>;
  channels?: InputMaybe<Array<Channel>>;
  email?: InputMaybe<Scalars['String']['input']>;
  kind?: InputMaybe<AuthorityKind>;
  languages?: InputMaybe<Array<Scalars['String']['input']>>;
  measures?: InputMaybe<Array<AssistanceMeasure>>;
  name?: InputMaybe<Scalars['String']['input']>;
  phone?: InputMaybe<Scalars['String']['input']>;
  /** Marks the entry as reviewed now. */
  reviewed?: InputMaybe<Scalars['Boolean']['input']>;
  urgentContact?: InputMaybe<Scalars['String']['input']>;
  website?: InputMaybe<Scalars['String']['input']>;
};

export type CascAuditEntry = AuditEntry & {
  __typename?: 'CascAuditEntry';
  action: Scalars['String']['output'];
  actorNetwork?: Maybe<Scalars['String']['output']>;
  actorRoles: Array<Scalars['String']['output']>;
  actorSubject?: Maybe<Scalars['String']['output']>;
  at: Scalars['DateTime']['output'];
  details: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  objectId?: Maybe<Scalars['ID']['output']>;
  objectType?: Maybe<Scalars['String']['output']>;
  requestId: Scalars['String']['output'];
};

export type CascAuditEntryConnection = AuditEntryConnection & {
  __typename?: 'CascAuditEntryConnection';
  nodes: Array<CascAuditEntry>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type CascAuthority = Authority & Node & {
  __typename?: 'CascAuthority';
  address?: Maybe<Scalars['String']['output']>;
  channels: Array<Channel>;
  country: Country;
  email?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kind: AuthorityKind;
  languages: Array<Scalars['String']['output']>;
  lastReviewedAt?: Maybe<Scalars['DateTime']['output']>;
  measures: Array<AssistanceMeasure>;
  name: Scalars['String']['output'];
  phone?: Maybe<Scalars['String']['output']>;
  urgentContact?: Maybe<Scalars['String']['output']>;
  version: Scalars['Int']['output'];
  website?: Maybe<Scalars['String']['output']>;
};

export type CascAuthorityConnection = AuthorityConnection & {
  __typename?: 'CascAuthorityConnection';
  nodes: Array<CascAuthority>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type CascContactPoint = ContactPoint & Node & {
  __typename?: 'CascContactPoint';
  active: Scalars['Boolean']['output'];
  appointedOn?: Maybe<Scalars['Date']['output']>;
  available24x7: Scalars['Boolean']['output'];
  country: Country;
  email?: Maybe<Scalars['String']['output']>;
  expertise: Array<CrimeArea>;
  fullName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  languages: Array<Scalars['String']['output']>;
  lastReviewedAt?: Maybe<Scalars['DateTime']['output']>;
  nationalCorrespondent: Scalars['Boolean']['output'];
  network?: Maybe<CascNetwork>;
  organization: Scalars['String']['output'];
  phone?: Maybe<Scalars['String']['output']>;
  /** The contact point this one succeeded, if any. */
  predecessor?: Maybe<CascContactPoint>;
  roles: Array<ContactPointRole>;
  successor?: Maybe<CascContactPoint>;
  termEndsOn?: Maybe<Scalars['Date']['output']>;
  title?: Maybe<Scalars['String']['output']>;
  toolCorrespondent: Scalars['Boolean']['output'];
  version: Scalars['Int']['output'];
};

export type CascContactPointConnection = ContactPointConnection & {
  __typename?: 'CascContactPointConnection';
  nodes: Array<CascContactPoint>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type CascCountryProfile = CountryProfile & Node & {
  __typename?: 'CascCountryProfile';
  country: Country;
  id: Scalars['ID']['output'];
  lastReviewedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The profile of one measure, if the country has described it. */
  measure?: Maybe<CascMeasureProfile>;
  measures: Array<CascMeasureProfile>;
  version: Scalars['Int']['output'];
};


export type CascCountryProfileMeasureArgs = {
  measure: AssistanceMeasure;
};

export type CascMeasureProfile = MeasureProfile & {
  __typename?: 'CascMeasureProfile';
  applicable: Applicability;
  competentAuthority?: Maybe<CascAuthority>;
  dualCriminalityRequired?: Maybe<Scalars['Boolean']['output']>;
  languages: Array<Scalars['String']['output']>;
  lastReviewedAt?: Maybe<Scalars['DateTime']['output']>;
  legalBasis?: Maybe<Scalars['String']['output']>;
  measure: AssistanceMeasure;
  notes?: Maybe<Scalars['String']['output']>;
  requirements: Array<Scalars['String']['output']>;
};

/** Writes to CASC's own data. Every create takes an idempotency key; every update and deactivation the version read last. */
export type CascMutations = {
  __typename?: 'CascMutations';
  /** Destination steps, on the destination's record (id …:rcv:…). */
  acknowledgeReferral: CascReferral;
  /** Either side, on its own record. */
  addReferralMessage: CascReferral;
  assignReferral: CascReferral;
  completeReferral: CascReferral;
  createAuthority: CascAuthority;
  createContactPoint: CascContactPoint;
  createEvent: CascNetworkEvent;
  /** A contact point of CASC asks another country for help. */
  createReferral: CascReferral;
  createResource: CascResource;
  createWorkingGroup: CascWorkingGroup;
  /** Rotates a contact point out; the successor, if named, must be an active contact point of the same country. */
  deactivateContactPoint: CascContactPoint;
  declineReferral: CascReferral;
  /**
   * Marks all the caller's notifications read, or those up to upTo (the newest one the caller has
   * seen, so that one arriving meanwhile stays unread).
   */
  markAllNotificationsRead: CascNotificationsMarked;
  /**
   * Marks the caller's own notifications read. Every id must name one of them, or nothing is marked
   * (NOT_FOUND); marking a read one again changes nothing, so a retry is safe without a key.
   */
  markNotificationsRead: CascNotificationsMarked;
  /** Service only: the other side's outbox delivers a new referral. */
  receiveReferral: DeliveryReceipt;
  /** Service only: the other side's outbox delivers an event. */
  receiveReferralEvent: DeliveryReceipt;
  /**
   * Secretariat only: after network `to` was restored from a backup, sends it again every change
   * delivered to it since `since` (at most 90 days back); CASC's dead letters to it since then too.
   */
  redeliver: RedeliveryReport;
  /** Secretariat only: sends the record's failed deliveries (delivery.state FAILED) again. */
  retryDelivery: CascReferral;
  /** A contact point of CASC sets how each named kind of notification is mailed to them (their own only; kinds not named keep their setting). IMMEDIATE and URGENT referrals are always mailed at once, whatever is set. */
  setNotificationDeliveries: CascNotificationPreferences;
  /** A contact point of CASC sets the language of the mail CASC sends them (their own only). */
  setNotificationLanguage: CascNotificationPreferences;
  /**
   * Destination step, on the destination's record once acknowledged: sets or moves the date an answer is
   * expected by (in the future, at most 730 days ahead); the origin sees it once delivered.
   */
  setReferralAnswerDate: CascReferral;
  startReferral: CascReferral;
  updateAuthority: CascAuthority;
  updateContactPoint: CascContactPoint;
  updateEvent: CascNetworkEvent;
  updateResource: CascResource;
  updateWorkingGroup: CascWorkingGroup;
  /** Creates the country's profile, or replaces its measures when it exists (pass the version read last). */
  upsertCountryProfile: CascCountryProfile;
  /** Origin step, on the origin's record (id …:ref:…). */
  withdrawReferral: CascReferral;
};


/** Writes to CASC's own data. Every create takes an idempotency key; every update and deactivation the version read last. */
export type CascMutationsAcknowledgeReferralArgs = {
  id: Scalars['ID']['input'];
  idempotencyKey: Scalars['String']['input'];
};


/** Writes to CASC's own data. Every create takes an idempotency key; every update and deactivation the version read last. */
export type CascMutationsAddReferralMessageArgs = {
  id: Scalars['ID']['input'];
  idempotencyKey: Scalars['String']['input'];
  text: Scalars['String']['input'];
};


/** Writes to CASC's own data. Every create takes an idempotency key; every update and deactivation the version read last. */
export type CascMutationsAssignReferralArgs = {
  contactPointId: Scalars['ID']['input'];
  id: Scalars['ID']['input'];
  idempotencyKey: Scalars['String']['input'];
};


/** Writes to CASC's own data. Every create takes an idempotency key; every update and deactivation the version read last. */
export type CascMutationsCompleteReferralArgs = {
  id: Scalars['ID']['input'];
  idempotencyKey: Scalars['String']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
};


/** Writes to CASC's own data. Every create takes an idempotency key; every update and deactivation the version read last. */
export type CascMutationsCreateAuthorityArgs = {
  idempotencyKey: Scalars['String']['input'];
  input: AuthorityInput;
};


/** Writes to CASC's own data. Every create takes an idempotency key; every update and deactivation the version read last. */
export type CascMutationsCreateContactPointArgs = {
  idempotencyKey: Scalars['String']['input'];
  input: ContactPointInput;
};


/** Writes to CASC's own data. Every create takes an idempotency key; every update and deactivation the version read last. */
export type CascMutationsCreateEventArgs = {
  idempotencyKey: Scalars['String']['input'];
  input: NetworkEventInput;
};


/** Writes to CASC's own data. Every create takes an idempotency key; every update and deactivation the version read last. */
export type CascMutationsCreateReferralArgs = {
  idempotencyKey: Scalars['String']['input'];
  input: ReferralInput;
};


/** Writes to CASC's own data. Every create takes an idempotency key; every update and deactivation the version read last. */
export type CascMutationsCreateResourceArgs = {
  idempotencyKey: Scalars['String']['input'];
  input: ResourceInput;
};


/** Writes to CASC's own data. Every create takes an idempotency key; every update and deactivation the version read last. */
export type CascMutationsCreateWorkingGroupArgs = {
  idempotencyKey: Scalars['String']['input'];
  input: WorkingGroupInput;
};


/** Writes to CASC's own data. Every create takes an idempotency key; every update and deactivation the version read last. */
export type CascMutationsDeactivateContactPointArgs = {
  id: Scalars['ID']['input'];
  successorId?: InputMaybe<Scalars['ID']['input']>;
  version: Scalars['Int']['input'];
};


/** Writes to CASC's own data. Every create takes an idempotency key; every update and deactivation the version read last. */
export type CascMutationsDeclineReferralArgs = {
  id: Scalars['ID']['input'];
  idempotencyKey: Scalars['String']['input'];
  reason: Scalars['String']['input'];
};


/** Writes to CASC's own data. Every create takes an idempotency key; every update and deactivation the version read last. */
export type CascMutationsMarkAllNotificationsReadArgs = {
  upTo?: InputMaybe<Scalars['ID']['input']>;
};


/** Writes to CASC's own data. Every create takes an idempotency key; every update and deactivation the version read last. */
export type CascMutationsMarkNotificationsReadArgs = {
  ids: Array<Scalars['ID']['input']>;
};


/** Writes to CASC's own data. Every create takes an idempotency key; every update and deactivation the version read last. */
export type CascMutationsReceiveReferralArgs = {
  delivery: ReferralDeliveryInput;
};


/** Writes to CASC's own data. Every create takes an idempotency key; every update and deactivation the version read last. */
export type CascMutationsReceiveReferralEventArgs = {
  delivery: ReferralEventDeliveryInput;
};


/** Writes to CASC's own data. Every create takes an idempotency key; every update and deactivation the version read last. */
export type CascMutationsRedeliverArgs = {
  idempotencyKey: Scalars['String']['input'];
  since: Scalars['DateTime']['input'];
  to: NetworkCode;
};


/** Writes to CASC's own data. Every create takes an idempotency key; every update and deactivation the version read last. */
export type CascMutationsRetryDeliveryArgs = {
  id: Scalars['ID']['input'];
  idempotencyKey: Scalars['String']['input'];
};


/** Writes to CASC's own data. Every create takes an idempotency key; every update and deactivation the version read last. */
export type CascMutationsSetNotificationDeliveriesArgs = {
  deliveries: Array<NotificationDeliveryInput>;
};


/** Writes to CASC's own data. Every create takes an idempotency key; every update and deactivation the version read last. */
export type CascMutationsSetNotificationLanguageArgs = {
  language: NotificationLanguage;
};


/** Writes to CASC's own data. Every create takes an idempotency key; every update and deactivation the version read last. */
export type CascMutationsSetReferralAnswerDateArgs = {
  answerExpectedBy: Scalars['DateTime']['input'];
  id: Scalars['ID']['input'];
  idempotencyKey: Scalars['String']['input'];
};


/** Writes to CASC's own data. Every create takes an idempotency key; every update and deactivation the version read last. */
export type CascMutationsStartReferralArgs = {
  id: Scalars['ID']['input'];
  idempotencyKey: Scalars['String']['input'];
};


/** Writes to CASC's own data. Every create takes an idempotency key; every update and deactivation the version read last. */
export type CascMutationsUpdateAuthorityArgs = {
  id: Scalars['ID']['input'];
  patch: AuthorityPatch;
  version: Scalars['Int']['input'];
};


/** Writes to CASC's own data. Every create takes an idempotency key; every update and deactivation the version read last. */
export type CascMutationsUpdateContactPointArgs = {
  id: Scalars['ID']['input'];
  patch: ContactPointPatch;
  version: Scalars['Int']['input'];
};


/** Writes to CASC's own data. Every create takes an idempotency key; every update and deactivation the version read last. */
export type CascMutationsUpdateEventArgs = {
  id: Scalars['ID']['input'];
  patch: NetworkEventPatch;
  version: Scalars['Int']['input'];
};


/** Writes to CASC's own data. Every create takes an idempotency key; every update and deactivation the version read last. */
export type CascMutationsUpdateResourceArgs = {
  id: Scalars['ID']['input'];
  patch: ResourcePatch;
  version: Scalars['Int']['input'];
};


/** Writes to CASC's own data. Every create takes an idempotency key; every update and deactivation the version read last. */
export type CascMutationsUpdateWorkingGroupArgs = {
  id: Scalars['ID']['input'];
  patch: WorkingGroupPatch;
  version: Scalars['Int']['input'];
};


/** Writes to CASC's own data. Every create takes an idempotency key; every update and deactivation the version read last. */
export type CascMutationsUpsertCountryProfileArgs = {
  idempotencyKey: Scalars['String']['input'];
  input: CountryProfileInput;
  version?: InputMaybe<Scalars['Int']['input']>;
};


/** Writes to CASC's own data. Every create takes an idempotency key; every update and deactivation the version read last. */
export type CascMutationsWithdrawReferralArgs = {
  id: Scalars['ID']['input'];
  idempotencyKey: Scalars['String']['input'];
  reason: Scalars['String']['input'];
};

export type CascNetwork = Network & {
  __typename?: 'CascNetwork';
  /** Every write and every read of contact details in CASC, newest first. CASC's secretariat only. */
  auditLog?: Maybe<CascAuditEntryConnection>;
  authorities?: Maybe<CascAuthorityConnection>;
  code: NetworkCode;
  contactPoints?: Maybe<CascContactPointConnection>;
  countryProfile?: Maybe<CascCountryProfile>;
  countryProfiles?: Maybe<Array<CascCountryProfile>>;
  events?: Maybe<CascNetworkEventConnection>;
  fullName?: Maybe<Scalars['String']['output']>;
  memberCountries?: Maybe<Array<Country>>;
  memberships?: Maybe<Array<Membership>>;
  /** The caller's own notification settings, as a contact point of CASC (the token's contact point, never another's). */
  myNotificationPreferences: CascNotificationPreferences;
  /**
   * The caller's own notification centre, as a contact point of CASC (the token's contact point, never
   * another's), newest first; at most 100 a page.
   */
  myNotifications?: Maybe<CascNotificationConnection>;
  name?: Maybe<Scalars['String']['output']>;
  /**
   * Service only, for the delivery service of `origin` alone: the highest of its references
   * recorded here, per year. A network restored from a backup resumes its numbering after them (npm run restored).
   */
  receivedReferences?: Maybe<Array<ReferenceSeries>>;
  referrals?: Maybe<CascReferralConnection>;
  region?: Maybe<Scalars['String']['output']>;
  resources?: Maybe<CascResourceConnection>;
  statistics?: Maybe<NetworkStatistics>;
  workingGroups?: Maybe<CascWorkingGroupConnection>;
};


export type CascNetworkAuditLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AuditFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type CascNetworkAuthoritiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AuthorityFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type CascNetworkContactPointsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ContactPointFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type CascNetworkCountryProfileArgs = {
  country: Scalars['String']['input'];
};


export type CascNetworkEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<EventFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type CascNetworkMyNotificationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  unreadOnly?: InputMaybe<Scalars['Boolean']['input']>;
};


export type CascNetworkReceivedReferencesArgs = {
  origin: NetworkCode;
};


export type CascNetworkReferralsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ReferralFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type CascNetworkResourcesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ResourceFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type CascNetworkStatisticsArgs = {
  from: Scalars['DateTime']['input'];
  to: Scalars['DateTime']['input'];
};


export type CascNetworkWorkingGroupsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type CascNetworkEvent = NetworkEvent & Node & {
  __typename?: 'CascNetworkEvent';
  country?: Maybe<Country>;
  endsOn: Scalars['Date']['output'];
  id: Scalars['ID']['output'];
  kind: EventKind;
  participants: Array<CascContactPoint>;
  place?: Maybe<Scalars['String']['output']>;
  startsOn: Scalars['Date']['output'];
  title: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};

export type CascNetworkEventConnection = NetworkEventConnection & {
  __typename?: 'CascNetworkEventConnection';
  nodes: Array<CascNetworkEvent>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type CascNotification = Node & Notification & {
  __typename?: 'CascNotification';
  counterpartCountry: Country;
  counterpartNetwork: NetworkCode;
  createdAt: Scalars['DateTime']['output'];
  deadline?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  kind: NotificationKind;
  read: Scalars['Boolean']['output'];
  readAt?: Maybe<Scalars['DateTime']['output']>;
  reference: Scalars['String']['output'];
  referralId: Scalars['ID']['output'];
  referralKind: AssistanceKind;
  urgency: Urgency;
};

export type CascNotificationConnection = NotificationConnection & {
  __typename?: 'CascNotificationConnection';
  nodes: Array<CascNotification>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
  unreadCount: Scalars['Int']['output'];
};

/** How one kind of notification is mailed to the caller. */
export type CascNotificationKindDelivery = {
  __typename?: 'CascNotificationKindDelivery';
  delivery: NotificationDelivery;
  kind: NotificationPreferenceKind;
};

/** How CASC mails one person: each contact point reads and sets only their own. */
export type CascNotificationPreferences = {
  __typename?: 'CascNotificationPreferences';
  /** How each kind is mailed, every kind listed; IMMEDIATE until chosen otherwise. IMMEDIATE and URGENT referrals are always mailed at once. */
  deliveries: Array<CascNotificationKindDelivery>;
  /** The language of their mail; EN until they choose. */
  language: NotificationLanguage;
};

/** What marking notifications read changed. */
export type CascNotificationsMarked = {
  __typename?: 'CascNotificationsMarked';
  /** Notifications that were unread and are read now (0 on a retry). */
  marked: Scalars['Int']['output'];
  /** The caller's unread notifications left. */
  unreadCount: Scalars['Int']['output'];
};

export type CascReferral = Node & Referral & {
  __typename?: 'CascReferral';
  acknowledgeBy?: Maybe<Scalars['DateTime']['output']>;
  answerExpectedBy?: Maybe<Scalars['DateTime']['output']>;
  assignedTo?: Maybe<ContactPoint>;
  availableActions: Array<ReferralAction>;
  counterpart?: Maybe<Referral>;
  createdAt: Scalars['DateTime']['output'];
  crimeAreas: Array<CrimeArea>;
  delivery?: Maybe<ReferralDelivery>;
  destinationCountry: Country;
  destinationNetwork?: Maybe<Network>;
  events?: Maybe<Array<ReferralEvent>>;
  formalReferences: Array<Scalars['String']['output']>;
  from?: Maybe<ContactPoint>;
  id: Scalars['ID']['output'];
  kind: AssistanceKind;
  measures: Array<AssistanceMeasure>;
  originCountry: Country;
  originNetwork?: Maybe<Network>;
  overdue: Scalars['Boolean']['output'];
  reference: Scalars['String']['output'];
  side: ReferralSide;
  status: ReferralStatus;
  subject: Scalars['String']['output'];
  summary?: Maybe<Scalars['String']['output']>;
  to?: Maybe<ContactPoint>;
  urgency: Urgency;
  version: Scalars['Int']['output'];
};

export type CascReferralConnection = ReferralConnection & {
  __typename?: 'CascReferralConnection';
  nodes: Array<CascReferral>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type CascResource = Node & Resource & {
  __typename?: 'CascResource';
  id: Scalars['ID']['output'];
  kind: ResourceKind;
  languages: Array<Scalars['String']['output']>;
  publishedOn?: Maybe<Scalars['Date']['output']>;
  title: Scalars['String']['output'];
  topics: Array<CrimeArea>;
  url: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};

export type CascResourceConnection = ResourceConnection & {
  __typename?: 'CascResourceConnection';
  nodes: Array<CascResource>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type CascWorkingGroup = Node & WorkingGroup & {
  __typename?: 'CascWorkingGroup';
  description?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  members: Array<CascContactPoint>;
  name: Scalars['String']['output'];
  topic?: Maybe<CrimeArea>;
  version: Scalars['Int']['output'];
};

export type CascWorkingGroupConnection = WorkingGroupConnection & {
  __typename?: 'CascWorkingGroupConnection';
  nodes: Array<CascWorkingGroup>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type Channel =
  | 'CENTRAL_AUTHORITY'
  | 'DIPLOMATIC'
  | 'DIRECT_JUDICIAL'
  | 'EMAIL'
  | 'INTERPOL'
  | 'POST'
  | 'SECURE_PLATFORM';

export type ContactPoint = {
  active: Scalars['Boolean']['output'];
  appointedOn?: Maybe<Scalars['Date']['output']>;
  available24x7: Scalars['Boolean']['output'];
  country: Country;
  email?: Maybe<Scalars['String']['output']>;
  expertise: Array<CrimeArea>;
  fullName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  languages: Array<Scalars['String']['output']>;
  lastReviewedAt?: Maybe<Scalars['DateTime']['output']>;
  nationalCorrespondent: Scalars['Boolean']['output'];
  network?: Maybe<Network>;
  organization: Scalars['String']['output'];
  phone?: Maybe<Scalars['String']['output']>;
  /** The contact point this one succeeded, if any. */
  predecessor?: Maybe<ContactPoint>;
  roles: Array<ContactPointRole>;
  successor?: Maybe<ContactPoint>;
  termEndsOn?: Maybe<Scalars['Date']['output']>;
  title?: Maybe<Scalars['String']['output']>;
  toolCorrespondent: Scalars['Boolean']['output'];
  version: Scalars['Int']['output'];
};

export type ContactPointConnection = {
  nodes: Array<ContactPoint>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ContactPointFilter = {
  available24x7?: InputMaybe<Scalars['Boolean']['input']>;
  /** Alpha-2 or alpha-3 code of a member country. */
  country?: InputMaybe<Scalars['String']['input']>;
  /** Any of these crime areas. */
  expertise?: InputMaybe<Array<CrimeArea>>;
  /** Include contact points who have rotated out (default false). */
  includeInactive?: InputMaybe<Scalars['Boolean']['input']>;
  /** ISO 639-1 code of a language the contact point works in. */
  language?: InputMaybe<Scalars['String']['input']>;
  /** Only entries last reviewed before this instant, or never reviewed (a secretariat's review queue). */
  reviewedBefore?: InputMaybe<Scalars['DateTime']['input']>;
  /** Any of these roles. */
  roles?: InputMaybe<Array<ContactPointRole>>;
  /** Free text over name, title and organization. */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Only contact points whose term ends on or before this day. */
  termEndsBefore?: InputMaybe<Scalars['Date']['input']>;
};

export type ContactPointInput = {
  appointedOn?: InputMaybe<Scalars['Date']['input']>;
  available24x7: Scalars['Boolean']['input'];
  /** Alpha-2 or alpha-3 code; must be a member country of the network. */
  country: Scalars['String']['input'];
  email?: InputMaybe<Scalars['String']['input']>;
  expertise: Array<CrimeArea>;
  fullName: Scalars['String']['input'];
  /** ISO 639-1 codes. */
  languages: Array<Scalars['String']['input']>;
  nationalCorrespondent?: InputMaybe<Scalars['Boolean']['input']>;
  organization: Scalars['String']['input'];
  phone?: InputMaybe<Scalars['String']['input']>;
  roles: Array<ContactPointRole>;
  termEndsOn?: InputMaybe<Scalars['Date']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
  toolCorrespondent?: InputMaybe<Scalars['Boolean']['input']>;
};

export type ContactPointPatch = {
  appointedOn?: InputMaybe<Scalars['Date']['input']>;
  available24x7?: InputMaybe<Scalars['Boolean']['input']>;
  email?: InputMaybe<Scalars['String']['input']>;
  expertise?: InputMaybe<Array<CrimeArea>>;
  fullName?: InputMaybe<Scalars['String']['input']>;
  languages?: InputMaybe<Array<Scalars['String']['input']>>;
  nationalCorrespondent?: InputMaybe<Scalars['Boolean']['input']>;
  organization?: InputMaybe<Scalars['String']['input']>;
  phone?: InputMaybe<Scalars['String']['input']>;
  /** Marks the entry as reviewed now. */
  reviewed?: InputMaybe<Scalars['Boolean']['input']>;
  roles?: InputMaybe<Array<ContactPointRole>>;
  termEndsOn?: InputMaybe<Scalars['Date']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
  toolCorrespondent?: InputMaybe<Scalars['Boolean']['input']>;
};

export type ContactPointRole =
  | 'ASSET_RECOVERY_OFFICER'
  | 'CENTRAL_AUTHORITY_OFFICER'
  | 'JUDGE'
  | 'MINISTRY_OFFICIAL'
  | 'POLICE_LIAISON'
  | 'PROSECUTOR';

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

/** What a country requires and accepts, measure by measure (in the manner of the EJN Fiches Belges). */
export type CountryProfile = {
  country: Country;
  id: Scalars['ID']['output'];
  lastReviewedAt?: Maybe<Scalars['DateTime']['output']>;
  measures: Array<MeasureProfile>;
  version: Scalars['Int']['output'];
};

export type CountryProfileInput = {
  country: Scalars['String']['input'];
  /** Replaces every measure of the profile. */
  measures: Array<MeasureProfileInput>;
};

export type CrimeArea =
  | 'CORRUPTION'
  | 'CULTURAL_PROPERTY_TRAFFICKING'
  | 'CYBERCRIME'
  | 'DRUG_TRAFFICKING'
  | 'ENVIRONMENTAL_CRIME'
  | 'FIREARMS_TRAFFICKING'
  | 'FRAUD'
  | 'KIDNAPPING'
  | 'MARITIME_CRIME'
  | 'MIGRANT_SMUGGLING'
  | 'MONEY_LAUNDERING'
  | 'ORGANIZED_CRIME'
  | 'TERRORISM'
  | 'TRAFFICKING_IN_PERSONS'
  | 'WILDLIFE_CRIME';

export type DeliveryReceipt = {
  __typename?: 'DeliveryReceipt';
  accepted: Scalars['Boolean']['output'];
  /** A new referral's receipt: when its destination is to acknowledge it. */
  acknowledgeBy?: Maybe<Scalars['DateTime']['output']>;
  duplicate: Scalars['Boolean']['output'];
};

export type DeliveryState =
  /** the other side confirmed every change */
  | 'DELIVERED'
  /** given up (a permanent error, or too many attempts): later changes wait until the secretariat calls retryDelivery */
  | 'FAILED'
  /** an attempt failed; retried with backoff */
  | 'FAILING'
  /** waiting for its first attempt */
  | 'PENDING';

export type DeliveryStatistics = {
  __typename?: 'DeliveryStatistics';
  /** Dead letters: changes given up on until the secretariat retries them. */
  failed: Scalars['Int']['output'];
  oldestPendingAt?: Maybe<Scalars['DateTime']['output']>;
  /** Changes not yet confirmed by the other side, still being tried. */
  pending: Scalars['Int']['output'];
};

export type DirectionStatistics = {
  __typename?: 'DirectionStatistics';
  byCounterpartCountry: Array<StatisticsCell>;
  byCounterpartNetwork: Array<StatisticsCell>;
  byCrimeArea: Array<StatisticsCell>;
  byKind: Array<StatisticsCell>;
  byMeasure: Array<StatisticsCell>;
  byStatus: Array<StatisticsCell>;
  byUrgency: Array<StatisticsCell>;
  total: StatisticsCell;
};

export type DirectoryHealth = {
  __typename?: 'DirectoryHealth';
  /** Active contact points per member country. */
  contactPointsPerCountry: Array<StatisticsCell>;
  /** Member countries without an active contact point available 24/7. */
  countriesWithout24x7: Array<Country>;
  /** Active contact points and authorities' profiles not reviewed in the last 12 months. */
  notReviewedIn12Months: Scalars['Int']['output'];
};

/**
 * Days from creation, in whole days. count is released like every cell. For anyone but the network's own secretariat
 * the percentiles are null (suppressed: true) when fewer than 10 referrals truly stand behind them, and otherwise moved
 * by 1 or 2 days (never the exact value above 2 days).
 */
export type DurationStatistics = {
  __typename?: 'DurationStatistics';
  count?: Maybe<Scalars['Int']['output']>;
  medianDays?: Maybe<Scalars['Float']['output']>;
  p90Days?: Maybe<Scalars['Float']['output']>;
  suppressed: Scalars['Boolean']['output'];
};

export type EventFilter = {
  from?: InputMaybe<Scalars['Date']['input']>;
  kinds?: InputMaybe<Array<EventKind>>;
  to?: InputMaybe<Scalars['Date']['input']>;
};

export type EventKind =
  | 'MEETING'
  | 'PLENARY'
  | 'TRAINING'
  | 'WEBINAR'
  | 'WORKSHOP';

export type GljcAuditEntry = AuditEntry & {
  __typename?: 'GljcAuditEntry';
  action: Scalars['String']['output'];
  actorNetwork?: Maybe<Scalars['String']['output']>;
  actorRoles: Array<Scalars['String']['output']>;
  actorSubject?: Maybe<Scalars['String']['output']>;
  at: Scalars['DateTime']['output'];
  details: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  objectId?: Maybe<Scalars['ID']['output']>;
  objectType?: Maybe<Scalars['String']['output']>;
  requestId: Scalars['String']['output'];
};

export type GljcAuditEntryConnection = AuditEntryConnection & {
  __typename?: 'GljcAuditEntryConnection';
  nodes: Array<GljcAuditEntry>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type GljcAuthority = Authority & Node & {
  __typename?: 'GljcAuthority';
  address?: Maybe<Scalars['String']['output']>;
  channels: Array<Channel>;
  country: Country;
  email?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kind: AuthorityKind;
  languages: Array<Scalars['String']['output']>;
  lastReviewedAt?: Maybe<Scalars['DateTime']['output']>;
  measures: Array<AssistanceMeasure>;
  name: Scalars['String']['output'];
  phone?: Maybe<Scalars['String']['output']>;
  urgentContact?: Maybe<Scalars['String']['output']>;
  version: Scalars['Int']['output'];
  website?: Maybe<Scalars['String']['output']>;
};

export type GljcAuthorityConnection = AuthorityConnection & {
  __typename?: 'GljcAuthorityConnection';
  nodes: Array<GljcAuthority>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type GljcContactPoint = ContactPoint & Node & {
  __typename?: 'GljcContactPoint';
  active: Scalars['Boolean']['output'];
  appointedOn?: Maybe<Scalars['Date']['output']>;
  available24x7: Scalars['Boolean']['output'];
  country: Country;
  email?: Maybe<Scalars['String']['output']>;
  expertise: Array<CrimeArea>;
  fullName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  languages: Array<Scalars['String']['output']>;
  lastReviewedAt?: Maybe<Scalars['DateTime']['output']>;
  nationalCorrespondent: Scalars['Boolean']['output'];
  network?: Maybe<GljcNetwork>;
  organization: Scalars['String']['output'];
  phone?: Maybe<Scalars['String']['output']>;
  /** The contact point this one succeeded, if any. */
  predecessor?: Maybe<GljcContactPoint>;
  roles: Array<ContactPointRole>;
  successor?: Maybe<GljcContactPoint>;
  termEndsOn?: Maybe<Scalars['Date']['output']>;
  title?: Maybe<Scalars['String']['output']>;
  toolCorrespondent: Scalars['Boolean']['output'];
  version: Scalars['Int']['output'];
};

export type GljcContactPointConnection = ContactPointConnection & {
  __typename?: 'GljcContactPointConnection';
  nodes: Array<GljcContactPoint>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type GljcCountryProfile = CountryProfile & Node & {
  __typename?: 'GljcCountryProfile';
  country: Country;
  id: Scalars['ID']['output'];
  lastReviewedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The profile of one measure, if the country has described it. */
  measure?: Maybe<GljcMeasureProfile>;
  measures: Array<GljcMeasureProfile>;
  version: Scalars['Int']['output'];
};


export type GljcCountryProfileMeasureArgs = {
  measure: AssistanceMeasure;
};

export type GljcMeasureProfile = MeasureProfile & {
  __typename?: 'GljcMeasureProfile';
  applicable: Applicability;
  competentAuthority?: Maybe<GljcAuthority>;
  dualCriminalityRequired?: Maybe<Scalars['Boolean']['output']>;
  languages: Array<Scalars['String']['output']>;
  lastReviewedAt?: Maybe<Scalars['DateTime']['output']>;
  legalBasis?: Maybe<Scalars['String']['output']>;
  measure: AssistanceMeasure;
  notes?: Maybe<Scalars['String']['output']>;
  requirements: Array<Scalars['String']['output']>;
};

/** Writes to GLJC's own data. Every create takes an idempotency key; every update and deactivation the version read last. */
export type GljcMutations = {
  __typename?: 'GljcMutations';
  /** Destination steps, on the destination's record (id …:rcv:…). */
  acknowledgeReferral: GljcReferral;
  /** Either side, on its own record. */
  addReferralMessage: GljcReferral;
  assignReferral: GljcReferral;
  completeReferral: GljcReferral;
  createAuthority: GljcAuthority;
  createContactPoint: GljcContactPoint;
  createEvent: GljcNetworkEvent;
  /** A contact point of GLJC asks another country for help. */
  createReferral: GljcReferral;
  createResource: GljcResource;
  createWorkingGroup: GljcWorkingGroup;
  /** Rotates a contact point out; the successor, if named, must be an active contact point of the same country. */
  deactivateContactPoint: GljcContactPoint;
  declineReferral: GljcReferral;
  /**
   * Marks all the caller's notifications read, or those up to upTo (the newest one the caller has
   * seen, so that one arriving meanwhile stays unread).
   */
  markAllNotificationsRead: GljcNotificationsMarked;
  /**
   * Marks the caller's own notifications read. Every id must name one of them, or nothing is marked
   * (NOT_FOUND); marking a read one again changes nothing, so a retry is safe without a key.
   */
  markNotificationsRead: GljcNotificationsMarked;
  /** Service only: the other side's outbox delivers a new referral. */
  receiveReferral: DeliveryReceipt;
  /** Service only: the other side's outbox delivers an event. */
  receiveReferralEvent: DeliveryReceipt;
  /**
   * Secretariat only: after network `to` was restored from a backup, sends it again every change
   * delivered to it since `since` (at most 90 days back); GLJC's dead letters to it since then too.
   */
  redeliver: RedeliveryReport;
  /** Secretariat only: sends the record's failed deliveries (delivery.state FAILED) again. */
  retryDelivery: GljcReferral;
  /** A contact point of GLJC sets how each named kind of notification is mailed to them (their own only; kinds not named keep their setting). IMMEDIATE and URGENT referrals are always mailed at once, whatever is set. */
  setNotificationDeliveries: GljcNotificationPreferences;
  /** A contact point of GLJC sets the language of the mail GLJC sends them (their own only). */
  setNotificationLanguage: GljcNotificationPreferences;
  /**
   * Destination step, on the destination's record once acknowledged: sets or moves the date an answer is
   * expected by (in the future, at most 730 days ahead); the origin sees it once delivered.
   */
  setReferralAnswerDate: GljcReferral;
  startReferral: GljcReferral;
  updateAuthority: GljcAuthority;
  updateContactPoint: GljcContactPoint;
  updateEvent: GljcNetworkEvent;
  updateResource: GljcResource;
  updateWorkingGroup: GljcWorkingGroup;
  /** Creates the country's profile, or replaces its measures when it exists (pass the version read last). */
  upsertCountryProfile: GljcCountryProfile;
  /** Origin step, on the origin's record (id …:ref:…). */
  withdrawReferral: GljcReferral;
};


/** Writes to GLJC's own data. Every create takes an idempotency key; every update and deactivation the version read last. */
export type GljcMutationsAcknowledgeReferralArgs = {
  id: Scalars['ID']['input'];
  idempotencyKey: Scalars['String']['input'];
};


/** Writes to GLJC's own data. Every create takes an idempotency key; every update and deactivation the version read last. */
export type GljcMutationsAddReferralMessageArgs = {
  id: Scalars['ID']['input'];
  idempotencyKey: Scalars['String']['input'];
  text: Scalars['String']['input'];
};


/** Writes to GLJC's own data. Every create takes an idempotency key; every update and deactivation the version read last. */
export type GljcMutationsAssignReferralArgs = {
  contactPointId: Scalars['ID']['input'];
  id: Scalars['ID']['input'];
  idempotencyKey: Scalars['String']['input'];
};


/** Writes to GLJC's own data. Every create takes an idempotency key; every update and deactivation the version read last. */
export type GljcMutationsCompleteReferralArgs = {
  id: Scalars['ID']['input'];
  idempotencyKey: Scalars['String']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
};


/** Writes to GLJC's own data. Every create takes an idempotency key; every update and deactivation the version read last. */
export type GljcMutationsCreateAuthorityArgs = {
  idempotencyKey: Scalars['String']['input'];
  input: AuthorityInput;
};


/** Writes to GLJC's own data. Every create takes an idempotency key; every update and deactivation the version read last. */
export type GljcMutationsCreateContactPointArgs = {
  idempotencyKey: Scalars['String']['input'];
  input: ContactPointInput;
};


/** Writes to GLJC's own data. Every create takes an idempotency key; every update and deactivation the version read last. */
export type GljcMutationsCreateEventArgs = {
  idempotencyKey: Scalars['String']['input'];
  input: NetworkEventInput;
};


/** Writes to GLJC's own data. Every create takes an idempotency key; every update and deactivation the version read last. */
export type GljcMutationsCreateReferralArgs = {
  idempotencyKey: Scalars['String']['input'];
  input: ReferralInput;
};


/** Writes to GLJC's own data. Every create takes an idempotency key; every update and deactivation the version read last. */
export type GljcMutationsCreateResourceArgs = {
  idempotencyKey: Scalars['String']['input'];
  input: ResourceInput;
};


/** Writes to GLJC's own data. Every create takes an idempotency key; every update and deactivation the version read last. */
export type GljcMutationsCreateWorkingGroupArgs = {
  idempotencyKey: Scalars['String']['input'];
  input: WorkingGroupInput;
};


/** Writes to GLJC's own data. Every create takes an idempotency key; every update and deactivation the version read last. */
export type GljcMutationsDeactivateContactPointArgs = {
  id: Scalars['ID']['input'];
  successorId?: InputMaybe<Scalars['ID']['input']>;
  version: Scalars['Int']['input'];
};


/** Writes to GLJC's own data. Every create takes an idempotency key; every update and deactivation the version read last. */
export type GljcMutationsDeclineReferralArgs = {
  id: Scalars['ID']['input'];
  idempotencyKey: Scalars['String']['input'];
  reason: Scalars['String']['input'];
};


/** Writes to GLJC's own data. Every create takes an idempotency key; every update and deactivation the version read last. */
export type GljcMutationsMarkAllNotificationsReadArgs = {
  upTo?: InputMaybe<Scalars['ID']['input']>;
};


/** Writes to GLJC's own data. Every create takes an idempotency key; every update and deactivation the version read last. */
export type GljcMutationsMarkNotificationsReadArgs = {
  ids: Array<Scalars['ID']['input']>;
};


/** Writes to GLJC's own data. Every create takes an idempotency key; every update and deactivation the version read last. */
export type GljcMutationsReceiveReferralArgs = {
  delivery: ReferralDeliveryInput;
};


/** Writes to GLJC's own data. Every create takes an idempotency key; every update and deactivation the version read last. */
export type GljcMutationsReceiveReferralEventArgs = {
  delivery: ReferralEventDeliveryInput;
};


/** Writes to GLJC's own data. Every create takes an idempotency key; every update and deactivation the version read last. */
export type GljcMutationsRedeliverArgs = {
  idempotencyKey: Scalars['String']['input'];
  since: Scalars['DateTime']['input'];
  to: NetworkCode;
};


/** Writes to GLJC's own data. Every create takes an idempotency key; every update and deactivation the version read last. */
export type GljcMutationsRetryDeliveryArgs = {
  id: Scalars['ID']['input'];
  idempotencyKey: Scalars['String']['input'];
};


/** Writes to GLJC's own data. Every create takes an idempotency key; every update and deactivation the version read last. */
export type GljcMutationsSetNotificationDeliveriesArgs = {
  deliveries: Array<NotificationDeliveryInput>;
};


/** Writes to GLJC's own data. Every create takes an idempotency key; every update and deactivation the version read last. */
export type GljcMutationsSetNotificationLanguageArgs = {
  language: NotificationLanguage;
};


/** Writes to GLJC's own data. Every create takes an idempotency key; every update and deactivation the version read last. */
export type GljcMutationsSetReferralAnswerDateArgs = {
  answerExpectedBy: Scalars['DateTime']['input'];
  id: Scalars['ID']['input'];
  idempotencyKey: Scalars['String']['input'];
};


/** Writes to GLJC's own data. Every create takes an idempotency key; every update and deactivation the version read last. */
export type GljcMutationsStartReferralArgs = {
  id: Scalars['ID']['input'];
  idempotencyKey: Scalars['String']['input'];
};


/** Writes to GLJC's own data. Every create takes an idempotency key; every update and deactivation the version read last. */
export type GljcMutationsUpdateAuthorityArgs = {
  id: Scalars['ID']['input'];
  patch: AuthorityPatch;
  version: Scalars['Int']['input'];
};


/** Writes to GLJC's own data. Every create takes an idempotency key; every update and deactivation the version read last. */
export type GljcMutationsUpdateContactPointArgs = {
  id: Scalars['ID']['input'];
  patch: ContactPointPatch;
  version: Scalars['Int']['input'];
};


/** Writes to GLJC's own data. Every create takes an idempotency key; every update and deactivation the version read last. */
export type GljcMutationsUpdateEventArgs = {
  id: Scalars['ID']['input'];
  patch: NetworkEventPatch;
  version: Scalars['Int']['input'];
};


/** Writes to GLJC's own data. Every create takes an idempotency key; every update and deactivation the version read last. */
export type GljcMutationsUpdateResourceArgs = {
  id: Scalars['ID']['input'];
  patch: ResourcePatch;
  version: Scalars['Int']['input'];
};


/** Writes to GLJC's own data. Every create takes an idempotency key; every update and deactivation the version read last. */
export type GljcMutationsUpdateWorkingGroupArgs = {
  id: Scalars['ID']['input'];
  patch: WorkingGroupPatch;
  version: Scalars['Int']['input'];
};


/** Writes to GLJC's own data. Every create takes an idempotency key; every update and deactivation the version read last. */
export type GljcMutationsUpsertCountryProfileArgs = {
  idempotencyKey: Scalars['String']['input'];
  input: CountryProfileInput;
  version?: InputMaybe<Scalars['Int']['input']>;
};


/** Writes to GLJC's own data. Every create takes an idempotency key; every update and deactivation the version read last. */
export type GljcMutationsWithdrawReferralArgs = {
  id: Scalars['ID']['input'];
  idempotencyKey: Scalars['String']['input'];
  reason: Scalars['String']['input'];
};

export type GljcNetwork = Network & {
  __typename?: 'GljcNetwork';
  /** Every write and every read of contact details in GLJC, newest first. GLJC's secretariat only. */
  auditLog?: Maybe<GljcAuditEntryConnection>;
  authorities?: Maybe<GljcAuthorityConnection>;
  code: NetworkCode;
  contactPoints?: Maybe<GljcContactPointConnection>;
  countryProfile?: Maybe<GljcCountryProfile>;
  countryProfiles?: Maybe<Array<GljcCountryProfile>>;
  events?: Maybe<GljcNetworkEventConnection>;
  fullName?: Maybe<Scalars['String']['output']>;
  memberCountries?: Maybe<Array<Country>>;
  memberships?: Maybe<Array<Membership>>;
  /** The caller's own notification settings, as a contact point of GLJC (the token's contact point, never another's). */
  myNotificationPreferences: GljcNotificationPreferences;
  /**
   * The caller's own notification centre, as a contact point of GLJC (the token's contact point, never
   * another's), newest first; at most 100 a page.
   */
  myNotifications?: Maybe<GljcNotificationConnection>;
  name?: Maybe<Scalars['String']['output']>;
  /**
   * Service only, for the delivery service of `origin` alone: the highest of its references
   * recorded here, per year. A network restored from a backup resumes its numbering after them (npm run restored).
   */
  receivedReferences?: Maybe<Array<ReferenceSeries>>;
  referrals?: Maybe<GljcReferralConnection>;
  region?: Maybe<Scalars['String']['output']>;
  resources?: Maybe<GljcResourceConnection>;
  statistics?: Maybe<NetworkStatistics>;
  workingGroups?: Maybe<GljcWorkingGroupConnection>;
};


export type GljcNetworkAuditLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AuditFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type GljcNetworkAuthoritiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AuthorityFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type GljcNetworkContactPointsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ContactPointFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type GljcNetworkCountryProfileArgs = {
  country: Scalars['String']['input'];
};


export type GljcNetworkEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<EventFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type GljcNetworkMyNotificationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  unreadOnly?: InputMaybe<Scalars['Boolean']['input']>;
};


export type GljcNetworkReceivedReferencesArgs = {
  origin: NetworkCode;
};


export type GljcNetworkReferralsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ReferralFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type GljcNetworkResourcesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ResourceFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type GljcNetworkStatisticsArgs = {
  from: Scalars['DateTime']['input'];
  to: Scalars['DateTime']['input'];
};


export type GljcNetworkWorkingGroupsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type GljcNetworkEvent = NetworkEvent & Node & {
  __typename?: 'GljcNetworkEvent';
  country?: Maybe<Country>;
  endsOn: Scalars['Date']['output'];
  id: Scalars['ID']['output'];
  kind: EventKind;
  participants: Array<GljcContactPoint>;
  place?: Maybe<Scalars['String']['output']>;
  startsOn: Scalars['Date']['output'];
  title: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};

export type GljcNetworkEventConnection = NetworkEventConnection & {
  __typename?: 'GljcNetworkEventConnection';
  nodes: Array<GljcNetworkEvent>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type GljcNotification = Node & Notification & {
  __typename?: 'GljcNotification';
  counterpartCountry: Country;
  counterpartNetwork: NetworkCode;
  createdAt: Scalars['DateTime']['output'];
  deadline?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  kind: NotificationKind;
  read: Scalars['Boolean']['output'];
  readAt?: Maybe<Scalars['DateTime']['output']>;
  reference: Scalars['String']['output'];
  referralId: Scalars['ID']['output'];
  referralKind: AssistanceKind;
  urgency: Urgency;
};

export type GljcNotificationConnection = NotificationConnection & {
  __typename?: 'GljcNotificationConnection';
  nodes: Array<GljcNotification>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
  unreadCount: Scalars['Int']['output'];
};

/** How one kind of notification is mailed to the caller. */
export type GljcNotificationKindDelivery = {
  __typename?: 'GljcNotificationKindDelivery';
  delivery: NotificationDelivery;
  kind: NotificationPreferenceKind;
};

/** How GLJC mails one person: each contact point reads and sets only their own. */
export type GljcNotificationPreferences = {
  __typename?: 'GljcNotificationPreferences';
  /** How each kind is mailed, every kind listed; IMMEDIATE until chosen otherwise. IMMEDIATE and URGENT referrals are always mailed at once. */
  deliveries: Array<GljcNotificationKindDelivery>;
  /** The language of their mail; EN until they choose. */
  language: NotificationLanguage;
};

/** What marking notifications read changed. */
export type GljcNotificationsMarked = {
  __typename?: 'GljcNotificationsMarked';
  /** Notifications that were unread and are read now (0 on a retry). */
  marked: Scalars['Int']['output'];
  /** The caller's unread notifications left. */
  unreadCount: Scalars['Int']['output'];
};

export type GljcReferral = Node & Referral & {
  __typename?: 'GljcReferral';
  acknowledgeBy?: Maybe<Scalars['DateTime']['output']>;
  answerExpectedBy?: Maybe<Scalars['DateTime']['output']>;
  assignedTo?: Maybe<ContactPoint>;
  availableActions: Array<ReferralAction>;
  counterpart?: Maybe<Referral>;
  createdAt: Scalars['DateTime']['output'];
  crimeAreas: Array<CrimeArea>;
  delivery?: Maybe<ReferralDelivery>;
  destinationCountry: Country;
  destinationNetwork?: Maybe<Network>;
  events?: Maybe<Array<ReferralEvent>>;
  formalReferences: Array<Scalars['String']['output']>;
  from?: Maybe<ContactPoint>;
  id: Scalars['ID']['output'];
  kind: AssistanceKind;
  measures: Array<AssistanceMeasure>;
  originCountry: Country;
  originNetwork?: Maybe<Network>;
  overdue: Scalars['Boolean']['output'];
  reference: Scalars['String']['output'];
  side: ReferralSide;
  status: ReferralStatus;
  subject: Scalars['String']['output'];
  summary?: Maybe<Scalars['String']['output']>;
  to?: Maybe<ContactPoint>;
  urgency: Urgency;
  version: Scalars['Int']['output'];
};

export type GljcReferralConnection = ReferralConnection & {
  __typename?: 'GljcReferralConnection';
  nodes: Array<GljcReferral>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type GljcResource = Node & Resource & {
  __typename?: 'GljcResource';
  id: Scalars['ID']['output'];
  kind: ResourceKind;
  languages: Array<Scalars['String']['output']>;
  publishedOn?: Maybe<Scalars['Date']['output']>;
  title: Scalars['String']['output'];
  topics: Array<CrimeArea>;
  url: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};

export type GljcResourceConnection = ResourceConnection & {
  __typename?: 'GljcResourceConnection';
  nodes: Array<GljcResource>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type GljcWorkingGroup = Node & WorkingGroup & {
  __typename?: 'GljcWorkingGroup';
  description?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  members: Array<GljcContactPoint>;
  name: Scalars['String']['output'];
  topic?: Maybe<CrimeArea>;
  version: Scalars['Int']['output'];
};

export type GljcWorkingGroupConnection = WorkingGroupConnection & {
  __typename?: 'GljcWorkingGroupConnection';
  nodes: Array<GljcWorkingGroup>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type MeasureProfile = {
  applicable: Applicability;
  competentAuthority?: Maybe<Authority>;
  dualCriminalityRequired?: Maybe<Scalars['Boolean']['output']>;
  languages: Array<Scalars['String']['output']>;
  lastReviewedAt?: Maybe<Scalars['DateTime']['output']>;
  legalBasis?: Maybe<Scalars['String']['output']>;
  measure: AssistanceMeasure;
  notes?: Maybe<Scalars['String']['output']>;
  requirements: Array<Scalars['String']['output']>;
};

export type MeasureProfileInput = {
  applicable: Applicability;
  /** Id of an authority of this network in the same country. */
  competentAuthorityId?: InputMaybe<Scalars['ID']['input']>;
  dualCriminalityRequired?: InputMaybe<Scalars['Boolean']['input']>;
  languages: Array<Scalars['String']['input']>;
  legalBasis?: InputMaybe<Scalars['String']['input']>;
  measure: AssistanceMeasure;
  notes?: InputMaybe<Scalars['String']['input']>;
  requirements?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type Membership = {
  __typename?: 'Membership';
  country: Country;
  joined: Scalars['Date']['output'];
};

export type MonthlyCount = {
  __typename?: 'MonthlyCount';
  incoming: StatisticsCell;
  month: Scalars['String']['output'];
  outgoing: StatisticsCell;
};

export type Mutation = {
  __typename?: 'Mutation';
  casc: CascMutations;
  gljc: GljcMutations;
  seajust: SeajustMutations;
  wacap: WacapMutations;
};

export type Network = {
  /** Every write and every read of contact details in the network, newest first. The network's own secretariat only. */
  auditLog?: Maybe<AuditEntryConnection>;
  authorities?: Maybe<AuthorityConnection>;
  code: NetworkCode;
  contactPoints?: Maybe<ContactPointConnection>;
  countryProfile?: Maybe<CountryProfile>;
  countryProfiles?: Maybe<Array<CountryProfile>>;
  events?: Maybe<NetworkEventConnection>;
  fullName?: Maybe<Scalars['String']['output']>;
  memberCountries?: Maybe<Array<Country>>;
  /** Member countries with the date each joined. */
  memberships?: Maybe<Array<Membership>>;
  /** Short name, e.g. SEAJust. */
  name?: Maybe<Scalars['String']['output']>;
  /** Referrals this network is a party to, as far as the caller is. */
  referrals?: Maybe<ReferralConnection>;
  region?: Maybe<Scalars['String']['output']>;
  resources?: Maybe<ResourceConnection>;
  /**
   * Aggregates for analysts over referrals created in [from, to); no case content, no personal data.
   * Anyone but the network's own secretariat asks for whole calendar months that are over (from and to on the 1st at
   * 00:00 UTC, to no later than the current month's first day) and gets perturbed figures, released once per month after
   * it closed (see NetworkStatistics.perturbed); the own secretariat gets exact, live figures for any range.
   */
  statistics?: Maybe<NetworkStatistics>;
  workingGroups?: Maybe<WorkingGroupConnection>;
};


export type NetworkAuditLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AuditFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type NetworkAuthoritiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AuthorityFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type NetworkContactPointsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ContactPointFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type NetworkCountryProfileArgs = {
  country: Scalars['String']['input'];
};


export type NetworkEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<EventFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type NetworkReferralsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ReferralFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type NetworkResourcesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ResourceFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type NetworkStatisticsArgs = {
  from: Scalars['DateTime']['input'];
  to: Scalars['DateTime']['input'];
};


export type NetworkWorkingGroupsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A network of the hub's registry. */
export type NetworkCode =
  | 'CASC'
  | 'GLJC'
  | 'SEAJUST'
  | 'WACAP';

/** A meeting or training of a network. */
export type NetworkEvent = {
  country?: Maybe<Country>;
  endsOn: Scalars['Date']['output'];
  id: Scalars['ID']['output'];
  kind: EventKind;
  participants: Array<ContactPoint>;
  place?: Maybe<Scalars['String']['output']>;
  startsOn: Scalars['Date']['output'];
  title: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};

export type NetworkEventConnection = {
  nodes: Array<NetworkEvent>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type NetworkEventInput = {
  country?: InputMaybe<Scalars['String']['input']>;
  endsOn: Scalars['Date']['input'];
  kind: EventKind;
  participantIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  place?: InputMaybe<Scalars['String']['input']>;
  startsOn: Scalars['Date']['input'];
  title: Scalars['String']['input'];
};

export type NetworkEventPatch = {
  country?: InputMaybe<Scalars['String']['input']>;
  endsOn?: InputMaybe<Scalars['Date']['input']>;
  kind?: InputMaybe<EventKind>;
  participantIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  place?: InputMaybe<Scalars['String']['input']>;
  startsOn?: InputMaybe<Scalars['Date']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
};

export type NetworkStatistics = {
  __typename?: 'NetworkStatistics';
  /**
   * This network's outbox now, whatever the range: the network's own secretariat (exact) and analysts (counts released
   * like every cell, the oldest pending change to the day).
   */
  deliveries?: Maybe<DeliveryStatistics>;
  directory: DirectoryHealth;
  from: Scalars['DateTime']['output'];
  incoming: DirectionStatistics;
  /** How fast this network handles what it receives. */
  incomingTimeliness: Timeliness;
  monthly: Array<MonthlyCount>;
  network: NetworkCode;
  /** Referrals still open, by age: today for the own secretariat; at the end of the last month over for everyone else. */
  openByAge: Array<StatisticsCell>;
  outgoing: DirectionStatistics;
  /** How fast the other networks handle what this network sends. */
  outgoingTimeliness: Timeliness;
  /**
   * True when the figures are released under disclosure control (the ABS cell key method: each monthly atom perturbed by
   * the keys of its records, totals and series summed from released atoms, each month released once after it closed and
   * never changed after); false for the network's own secretariat, who sees exact, live counts.
   */
  perturbed: Scalars['Boolean']['output'];
  to: Scalars['DateTime']['output'];
};

/** An object with a global id of the form <network>:<kind>:<uuid>. */
export type Node = {
  id: Scalars['ID']['output'];
};

/**
 * One notification in a contact point's notification centre: the facts a mail carries (never the
 * subject, the summary, a name or a document), and whether it was read.
 */
export type Notification = {
  /** The other side's country and network. */
  counterpartCountry: Country;
  counterpartNetwork: NetworkCode;
  createdAt: Scalars['DateTime']['output'];
  /** When the recipient is expected to act, if the notification names a deadline. */
  deadline?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  kind: NotificationKind;
  read: Scalars['Boolean']['output'];
  readAt?: Maybe<Scalars['DateTime']['output']>;
  reference: Scalars['String']['output'];
  /** The id of the recipient's own record of the referral: its console page. */
  referralId: Scalars['ID']['output'];
  referralKind: AssistanceKind;
  urgency: Urgency;
};

export type NotificationConnection = {
  nodes: Array<Notification>;
  pageInfo: PageInfo;
  /** The notifications of the list (unread ones only, with unreadOnly). */
  totalCount: Scalars['Int']['output'];
  /** The caller's unread notifications, whatever the list's filter. */
  unreadCount: Scalars['Int']['output'];
};

/** How a kind of notification is mailed. Whatever is chosen, a notification about an IMMEDIATE or URGENT referral is mailed at once. */
export type NotificationDelivery =
  /** One mail a day (UTC) gathering the day's notifications of the kinds set so. */
  | 'DAILY_DIGEST'
  /** A mail for each notification, at once (the default). */
  | 'IMMEDIATE'
  /** No mail, except about IMMEDIATE and URGENT referrals. */
  | 'NONE';

/** How one kind of notification is to be mailed. */
export type NotificationDeliveryInput = {
  delivery: NotificationDelivery;
  kind: NotificationPreferenceKind;
};

export type NotificationKind =
  | 'ACKNOWLEDGED'
  | 'ACK_OVERDUE'
  | 'ACK_REMINDER'
  | 'ANSWER_ESCALATED'
  | 'ANSWER_OVERDUE'
  | 'ANSWER_REMINDER'
  | 'ASSIGNED'
  | 'COMPLETED'
  | 'DECLINED'
  | 'DELIVERY_FAILED'
  | 'ESCALATED'
  | 'MESSAGE'
  | 'REFERRAL_RECEIVED'
  | 'WITHDRAWN';

/** The languages a notification mail is written in. */
export type NotificationLanguage =
  | 'EN'
  | 'FR'
  | 'PT'
  | 'RU';

export type NotificationPreferenceKind =
  | 'ACKNOWLEDGED'
  | 'ACK_OVERDUE'
  | 'ACK_REMINDER'
  | 'ANSWER_OVERDUE'
  | 'ANSWER_REMINDER'
  | 'ASSIGNED'
  | 'COMPLETED'
  | 'DECLINED'
  | 'MESSAGE'
  | 'REFERRAL_RECEIVED'
  | 'WITHDRAWN';

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
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

/** What redeliver queued again. */
export type RedeliveryReport = {
  __typename?: 'RedeliveryReport';
  /** Deliveries queued again; they go out in order per record, and the other side answers those it holds as duplicates. */
  deliveries: Scalars['Int']['output'];
  /** The referral records they belong to. */
  referrals: Scalars['Int']['output'];
};

/** The highest number of one year's series of a network's references. */
export type ReferenceSeries = {
  __typename?: 'ReferenceSeries';
  last: Scalars['Int']['output'];
  year: Scalars['Int']['output'];
};

/** A request for help that crosses to another network or country, as one side records it. */
export type Referral = {
  /** When the destination is to acknowledge it, from the destination's defaults by urgency; the origin learns it when the referral is delivered. */
  acknowledgeBy?: Maybe<Scalars['DateTime']['output']>;
  /** Once acknowledged, when an answer is expected: the destination's default, or the date its parties set (setReferralAnswerDate). */
  answerExpectedBy?: Maybe<Scalars['DateTime']['output']>;
  /** The destination's contact point handling it. */
  assignedTo?: Maybe<ContactPoint>;
  /** The steps the caller may take on this record now: its state allows them and the caller acts for its side. */
  availableActions: Array<ReferralAction>;
  /** The other side's record of the same referral. */
  counterpart?: Maybe<Referral>;
  createdAt: Scalars['DateTime']['output'];
  crimeAreas: Array<CrimeArea>;
  /** Delivery of this side's changes to the other side. */
  delivery?: Maybe<ReferralDelivery>;
  destinationCountry: Country;
  destinationNetwork?: Maybe<Network>;
  events?: Maybe<Array<ReferralEvent>>;
  /** The formal request's own reference numbers. */
  formalReferences: Array<Scalars['String']['output']>;
  from?: Maybe<ContactPoint>;
  id: Scalars['ID']['output'];
  kind: AssistanceKind;
  measures: Array<AssistanceMeasure>;
  originCountry: Country;
  originNetwork?: Maybe<Network>;
  /** Not acknowledged past acknowledgeBy, or acknowledged and still open past answerExpectedBy. */
  overdue: Scalars['Boolean']['output'];
  /** Human reference, e.g. SEAJUST-2026-000123. */
  reference: Scalars['String']['output'];
  /** Which side's record this is. */
  side: ReferralSide;
  /** Status as this side sees it; both sides converge. */
  status: ReferralStatus;
  subject: Scalars['String']['output'];
  summary?: Maybe<Scalars['String']['output']>;
  to?: Maybe<ContactPoint>;
  urgency: Urgency;
};

/** A step the caller may take on a record now (the mutation of the same name; SET_ANSWER_DATE: setReferralAnswerDate). */
export type ReferralAction =
  | 'ACKNOWLEDGE'
  | 'ASSIGN'
  | 'COMPLETE'
  | 'DECLINE'
  | 'MESSAGE'
  | 'SET_ANSWER_DATE'
  | 'START'
  | 'WITHDRAW';

export type ReferralConnection = {
  nodes: Array<Referral>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ReferralDelivery = {
  __typename?: 'ReferralDelivery';
  attempts: Scalars['Int']['output'];
  lastAttemptAt?: Maybe<Scalars['DateTime']['output']>;
  lastError?: Maybe<Scalars['String']['output']>;
  /** When the next attempt is due (FAILING and PENDING only). */
  nextAttemptAt?: Maybe<Scalars['DateTime']['output']>;
  /** Changes not yet confirmed by the other side. */
  pending: Scalars['Int']['output'];
  state: DeliveryState;
};

/** What the outbox worker of one network delivers to the other side (service use only). */
export type ReferralDeliveryInput = {
  createdAt: Scalars['DateTime']['input'];
  crimeAreas: Array<CrimeArea>;
  destinationCountry: Scalars['String']['input'];
  destinationNetwork: NetworkCode;
  events: Array<ReferralEventDeliveryInput>;
  formalReferences: Array<Scalars['String']['input']>;
  from: Scalars['ID']['input'];
  id: Scalars['ID']['input'];
  kind: AssistanceKind;
  measures: Array<AssistanceMeasure>;
  originCountry: Scalars['String']['input'];
  originNetwork: NetworkCode;
  /**
   * True when a restore's redeliver sends it again. A new referral is otherwise refused when createdAt is more than
   * the destination's DELIVERY_MAX_AGE_DAYS before it arrives; a redelivery may reach back as far as redeliver does.
   */
  redelivery?: InputMaybe<Scalars['Boolean']['input']>;
  reference: Scalars['String']['input'];
  subject: Scalars['String']['input'];
  summary?: InputMaybe<Scalars['String']['input']>;
  to?: InputMaybe<Scalars['ID']['input']>;
  urgency: Urgency;
};

export type ReferralDirection =
  /** received by this network */
  | 'IN'
  /** sent by this network */
  | 'OUT';

/** One step in a referral's timeline. */
export type ReferralEvent = {
  __typename?: 'ReferralEvent';
  actor?: Maybe<Scalars['String']['output']>;
  /** The expected answer date the event set (ACKNOWLEDGED, ANSWER_DATE_SET). */
  answerExpectedBy?: Maybe<Scalars['DateTime']['output']>;
  assignedTo?: Maybe<ContactPoint>;
  at: Scalars['DateTime']['output'];
  note?: Maybe<Scalars['String']['output']>;
  /** Sequence number among the events of the side that wrote it. */
  sequence: Scalars['Int']['output'];
  side: ReferralSide;
  type: ReferralEventType;
};

export type ReferralEventDeliveryInput = {
  actor?: InputMaybe<Scalars['String']['input']>;
  actorContactPoint?: InputMaybe<Scalars['ID']['input']>;
  /** The expected answer date an ACKNOWLEDGED or ANSWER_DATE_SET event sets. */
  answerExpectedBy?: InputMaybe<Scalars['DateTime']['input']>;
  assignedTo?: InputMaybe<Scalars['ID']['input']>;
  at: Scalars['DateTime']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  referralId: Scalars['ID']['input'];
  sequence: Scalars['Int']['input'];
  side: ReferralSide;
  type: ReferralEventType;
};

export type ReferralEventType =
  | 'ACKNOWLEDGED'
  | 'ANSWER_DATE_SET'
  | 'ASSIGNED'
  | 'COMPLETED'
  | 'CREATED'
  | 'DECLINED'
  | 'MESSAGE'
  | 'STARTED'
  | 'WITHDRAWN';

export type ReferralFilter = {
  /** Only referrals this contact point (any network's id) sent, was asked or is assigned; within those the caller is a party to. */
  contactPoint?: InputMaybe<Scalars['ID']['input']>;
  counterpartCountry?: InputMaybe<Scalars['String']['input']>;
  counterpartNetwork?: InputMaybe<NetworkCode>;
  createdFrom?: InputMaybe<Scalars['DateTime']['input']>;
  createdTo?: InputMaybe<Scalars['DateTime']['input']>;
  crimeArea?: InputMaybe<CrimeArea>;
  direction?: InputMaybe<ReferralDirection>;
  /** true: only overdue referrals (see Referral.overdue); false: only the others. */
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
  /** A reference number (case-insensitive) or one of the formal references, exactly; only among the referrals the caller may see. */
  reference?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<Array<ReferralStatus>>;
  urgency?: InputMaybe<Urgency>;
};

export type ReferralInput = {
  crimeAreas: Array<CrimeArea>;
  /** Alpha-2 or alpha-3 code of the country asked for help. */
  destinationCountry: Scalars['String']['input'];
  /** Needed when the destination country belongs to several networks. */
  destinationNetwork?: InputMaybe<NetworkCode>;
  formalReferences?: InputMaybe<Array<Scalars['String']['input']>>;
  kind: AssistanceKind;
  measures: Array<AssistanceMeasure>;
  subject: Scalars['String']['input'];
  summary?: InputMaybe<Scalars['String']['input']>;
  /** A contact point of the destination country, if the sender knows whom to ask. */
  toContactPointId?: InputMaybe<Scalars['ID']['input']>;
  urgency: Urgency;
};

export type ReferralSide =
  | 'DESTINATION'
  | 'ORIGIN';

export type ReferralStatus =
  | 'ACKNOWLEDGED'
  | 'ASSIGNED'
  | 'COMPLETED'
  | 'DECLINED'
  | 'IN_PROGRESS'
  | 'SENT'
  | 'WITHDRAWN';

/** A practical tool or guide a network publishes. */
export type Resource = {
  id: Scalars['ID']['output'];
  kind: ResourceKind;
  languages: Array<Scalars['String']['output']>;
  publishedOn?: Maybe<Scalars['Date']['output']>;
  title: Scalars['String']['output'];
  topics: Array<CrimeArea>;
  url: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};

export type ResourceConnection = {
  nodes: Array<Resource>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ResourceFilter = {
  kinds?: InputMaybe<Array<ResourceKind>>;
  language?: InputMaybe<Scalars['String']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
  topic?: InputMaybe<CrimeArea>;
};

export type ResourceInput = {
  kind: ResourceKind;
  languages: Array<Scalars['String']['input']>;
  publishedOn?: InputMaybe<Scalars['Date']['input']>;
  title: Scalars['String']['input'];
  topics?: InputMaybe<Array<CrimeArea>>;
  url: Scalars['String']['input'];
};

export type ResourceKind =
  | 'GUIDE'
  | 'LEGISLATION'
  | 'REPORT'
  | 'TEMPLATE'
  | 'TOOL'
  | 'TREATY';

export type ResourcePatch = {
  kind?: InputMaybe<ResourceKind>;
  languages?: InputMaybe<Array<Scalars['String']['input']>>;
  publishedOn?: InputMaybe<Scalars['Date']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
  topics?: InputMaybe<Array<CrimeArea>>;
  url?: InputMaybe<Scalars['String']['input']>;
};

export type SeajustAuditEntry = AuditEntry & {
  __typename?: 'SeajustAuditEntry';
  action: Scalars['String']['output'];
  actorNetwork?: Maybe<Scalars['String']['output']>;
  actorRoles: Array<Scalars['String']['output']>;
  actorSubject?: Maybe<Scalars['String']['output']>;
  at: Scalars['DateTime']['output'];
  details: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  objectId?: Maybe<Scalars['ID']['output']>;
  objectType?: Maybe<Scalars['String']['output']>;
  requestId: Scalars['String']['output'];
};

export type SeajustAuditEntryConnection = AuditEntryConnection & {
  __typename?: 'SeajustAuditEntryConnection';
  nodes: Array<SeajustAuditEntry>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type SeajustAuthority = Authority & Node & {
  __typename?: 'SeajustAuthority';
  address?: Maybe<Scalars['String']['output']>;
  channels: Array<Channel>;
  country: Country;
  email?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kind: AuthorityKind;
  languages: Array<Scalars['String']['output']>;
  lastReviewedAt?: Maybe<Scalars['DateTime']['output']>;
  measures: Array<AssistanceMeasure>;
  name: Scalars['String']['output'];
  phone?: Maybe<Scalars['String']['output']>;
  urgentContact?: Maybe<Scalars['String']['output']>;
  version: Scalars['Int']['output'];
  website?: Maybe<Scalars['String']['output']>;
};

export type SeajustAuthorityConnection = AuthorityConnection & {
  __typename?: 'SeajustAuthorityConnection';
  nodes: Array<SeajustAuthority>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type SeajustContactPoint = ContactPoint & Node & {
  __typename?: 'SeajustContactPoint';
  active: Scalars['Boolean']['output'];
  appointedOn?: Maybe<Scalars['Date']['output']>;
  available24x7: Scalars['Boolean']['output'];
  country: Country;
  email?: Maybe<Scalars['String']['output']>;
  expertise: Array<CrimeArea>;
  fullName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  languages: Array<Scalars['String']['output']>;
  lastReviewedAt?: Maybe<Scalars['DateTime']['output']>;
  nationalCorrespondent: Scalars['Boolean']['output'];
  network?: Maybe<SeajustNetwork>;
  organization: Scalars['String']['output'];
  phone?: Maybe<Scalars['String']['output']>;
  /** The contact point this one succeeded, if any. */
  predecessor?: Maybe<SeajustContactPoint>;
  roles: Array<ContactPointRole>;
  successor?: Maybe<SeajustContactPoint>;
  termEndsOn?: Maybe<Scalars['Date']['output']>;
  title?: Maybe<Scalars['String']['output']>;
  toolCorrespondent: Scalars['Boolean']['output'];
  version: Scalars['Int']['output'];
};

export type SeajustContactPointConnection = ContactPointConnection & {
  __typename?: 'SeajustContactPointConnection';
  nodes: Array<SeajustContactPoint>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type SeajustCountryProfile = CountryProfile & Node & {
  __typename?: 'SeajustCountryProfile';
  country: Country;
  id: Scalars['ID']['output'];
  lastReviewedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The profile of one measure, if the country has described it. */
  measure?: Maybe<SeajustMeasureProfile>;
  measures: Array<SeajustMeasureProfile>;
  version: Scalars['Int']['output'];
};


export type SeajustCountryProfileMeasureArgs = {
  measure: AssistanceMeasure;
};

export type SeajustMeasureProfile = MeasureProfile & {
  __typename?: 'SeajustMeasureProfile';
  applicable: Applicability;
  competentAuthority?: Maybe<SeajustAuthority>;
  dualCriminalityRequired?: Maybe<Scalars['Boolean']['output']>;
  languages: Array<Scalars['String']['output']>;
  lastReviewedAt?: Maybe<Scalars['DateTime']['output']>;
  legalBasis?: Maybe<Scalars['String']['output']>;
  measure: AssistanceMeasure;
  notes?: Maybe<Scalars['String']['output']>;
  requirements: Array<Scalars['String']['output']>;
};

/** Writes to SEAJust's own data. Every create takes an idempotency key; every update and deactivation the version read last. */
export type SeajustMutations = {
  __typename?: 'SeajustMutations';
  /** Destination steps, on the destination's record (id …:rcv:…). */
  acknowledgeReferral: SeajustReferral;
  /** Either side, on its own record. */
  addReferralMessage: SeajustReferral;
  assignReferral: SeajustReferral;
  completeReferral: SeajustReferral;
  createAuthority: SeajustAuthority;
  createContactPoint: SeajustContactPoint;
  createEvent: SeajustNetworkEvent;
  /** A contact point of SEAJust asks another country for help. */
  createReferral: SeajustReferral;
  createResource: SeajustResource;
  createWorkingGroup: SeajustWorkingGroup;
  /** Rotates a contact point out; the successor, if named, must be an active contact point of the same country. */
  deactivateContactPoint: SeajustContactPoint;
  declineReferral: SeajustReferral;
  /**
   * Marks all the caller's notifications read, or those up to upTo (the newest one the caller has
   * seen, so that one arriving meanwhile stays unread).
   */
  markAllNotificationsRead: SeajustNotificationsMarked;
  /**
   * Marks the caller's own notifications read. Every id must name one of them, or nothing is marked
   * (NOT_FOUND); marking a read one again changes nothing, so a retry is safe without a key.
   */
  markNotificationsRead: SeajustNotificationsMarked;
  /** Service only: the other side's outbox delivers a new referral. */
  receiveReferral: DeliveryReceipt;
  /** Service only: the other side's outbox delivers an event. */
  receiveReferralEvent: DeliveryReceipt;
  /**
   * Secretariat only: after network `to` was restored from a backup, sends it again every change
   * delivered to it since `since` (at most 90 days back); SEAJust's dead letters to it since then too.
   */
  redeliver: RedeliveryReport;
  /** Secretariat only: sends the record's failed deliveries (delivery.state FAILED) again. */
  retryDelivery: SeajustReferral;
  /** A contact point of SEAJust sets how each named kind of notification is mailed to them (their own only; kinds not named keep their setting). IMMEDIATE and URGENT referrals are always mailed at once, whatever is set. */
  setNotificationDeliveries: SeajustNotificationPreferences;
  /** A contact point of SEAJust sets the language of the mail SEAJust sends them (their own only). */
  setNotificationLanguage: SeajustNotificationPreferences;
  /**
   * Destination step, on the destination's record once acknowledged: sets or moves the date an answer is
   * expected by (in the future, at most 730 days ahead); the origin sees it once delivered.
   */
  setReferralAnswerDate: SeajustReferral;
  startReferral: SeajustReferral;
  updateAuthority: SeajustAuthority;
  updateContactPoint: SeajustContactPoint;
  updateEvent: SeajustNetworkEvent;
  updateResource: SeajustResource;
  updateWorkingGroup: SeajustWorkingGroup;
  /** Creates the country's profile, or replaces its measures when it exists (pass the version read last). */
  upsertCountryProfile: SeajustCountryProfile;
  /** Origin step, on the origin's record (id …:ref:…). */
  withdrawReferral: SeajustReferral;
};


/** Writes to SEAJust's own data. Every create takes an idempotency key; every update and deactivation the version read last. */
export type SeajustMutationsAcknowledgeReferralArgs = {
  id: Scalars['ID']['input'];
  idempotencyKey: Scalars['String']['input'];
};


/** Writes to SEAJust's own data. Every create takes an idempotency key; every update and deactivation the version read last. */
export type SeajustMutationsAddReferralMessageArgs = {
  id: Scalars['ID']['input'];
  idempotencyKey: Scalars['String']['input'];
  text: Scalars['String']['input'];
};


/** Writes to SEAJust's own data. Every create takes an idempotency key; every update and deactivation the version read last. */
export type SeajustMutationsAssignReferralArgs = {
  contactPointId: Scalars['ID']['input'];
  id: Scalars['ID']['input'];
  idempotencyKey: Scalars['String']['input'];
};


/** Writes to SEAJust's own data. Every create takes an idempotency key; every update and deactivation the version read last. */
export type SeajustMutationsCompleteReferralArgs = {
  id: Scalars['ID']['input'];
  idempotencyKey: Scalars['String']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
};


/** Writes to SEAJust's own data. Every create takes an idempotency key; every update and deactivation the version read last. */
export type SeajustMutationsCreateAuthorityArgs = {
  idempotencyKey: Scalars['String']['input'];
  input: AuthorityInput;
};


/** Writes to SEAJust's own data. Every create takes an idempotency key; every update and deactivation the version read last. */
export type SeajustMutationsCreateContactPointArgs = {
  idempotencyKey: Scalars['String']['input'];
  input: ContactPointInput;
};


/** Writes to SEAJust's own data. Every create takes an idempotency key; every update and deactivation the version read last. */
export type SeajustMutationsCreateEventArgs = {
  idempotencyKey: Scalars['String']['input'];
  input: NetworkEventInput;
};


/** Writes to SEAJust's own data. Every create takes an idempotency key; every update and deactivation the version read last. */
export type SeajustMutationsCreateReferralArgs = {
  idempotencyKey: Scalars['String']['input'];
  input: ReferralInput;
};


/** Writes to SEAJust's own data. Every create takes an idempotency key; every update and deactivation the version read last. */
export type SeajustMutationsCreateResourceArgs = {
  idempotencyKey: Scalars['String']['input'];
  input: ResourceInput;
};


/** Writes to SEAJust's own data. Every create takes an idempotency key; every update and deactivation the version read last. */
export type SeajustMutationsCreateWorkingGroupArgs = {
  idempotencyKey: Scalars['String']['input'];
  input: WorkingGroupInput;
};


/** Writes to SEAJust's own data. Every create takes an idempotency key; every update and deactivation the version read last. */
export type SeajustMutationsDeactivateContactPointArgs = {
  id: Scalars['ID']['input'];
  successorId?: InputMaybe<Scalars['ID']['input']>;
  version: Scalars['Int']['input'];
};


/** Writes to SEAJust's own data. Every create takes an idempotency key; every update and deactivation the version read last. */
export type SeajustMutationsDeclineReferralArgs = {
  id: Scalars['ID']['input'];
  idempotencyKey: Scalars['String']['input'];
  reason: Scalars['String']['input'];
};


/** Writes to SEAJust's own data. Every create takes an idempotency key; every update and deactivation the version read last. */
export type SeajustMutationsMarkAllNotificationsReadArgs = {
  upTo?: InputMaybe<Scalars['ID']['input']>;
};


/** Writes to SEAJust's own data. Every create takes an idempotency key; every update and deactivation the version read last. */
export type SeajustMutationsMarkNotificationsReadArgs = {
  ids: Array<Scalars['ID']['input']>;
};


/** Writes to SEAJust's own data. Every create takes an idempotency key; every update and deactivation the version read last. */
export type SeajustMutationsReceiveReferralArgs = {
  delivery: ReferralDeliveryInput;
};


/** Writes to SEAJust's own data. Every create takes an idempotency key; every update and deactivation the version read last. */
export type SeajustMutationsReceiveReferralEventArgs = {
  delivery: ReferralEventDeliveryInput;
};


/** Writes to SEAJust's own data. Every create takes an idempotency key; every update and deactivation the version read last. */
export type SeajustMutationsRedeliverArgs = {
  idempotencyKey: Scalars['String']['input'];
  since: Scalars['DateTime']['input'];
  to: NetworkCode;
};


/** Writes to SEAJust's own data. Every create takes an idempotency key; every update and deactivation the version read last. */
export type SeajustMutationsRetryDeliveryArgs = {
  id: Scalars['ID']['input'];
  idempotencyKey: Scalars['String']['input'];
};


/** Writes to SEAJust's own data. Every create takes an idempotency key; every update and deactivation the version read last. */
export type SeajustMutationsSetNotificationDeliveriesArgs = {
  deliveries: Array<NotificationDeliveryInput>;
};


/** Writes to SEAJust's own data. Every create takes an idempotency key; every update and deactivation the version read last. */
export type SeajustMutationsSetNotificationLanguageArgs = {
  language: NotificationLanguage;
};


/** Writes to SEAJust's own data. Every create takes an idempotency key; every update and deactivation the version read last. */
export type SeajustMutationsSetReferralAnswerDateArgs = {
  answerExpectedBy: Scalars['DateTime']['input'];
  id: Scalars['ID']['input'];
  idempotencyKey: Scalars['String']['input'];
};


/** Writes to SEAJust's own data. Every create takes an idempotency key; every update and deactivation the version read last. */
export type SeajustMutationsStartReferralArgs = {
  id: Scalars['ID']['input'];
  idempotencyKey: Scalars['String']['input'];
};


/** Writes to SEAJust's own data. Every create takes an idempotency key; every update and deactivation the version read last. */
export type SeajustMutationsUpdateAuthorityArgs = {
  id: Scalars['ID']['input'];
  patch: AuthorityPatch;
  version: Scalars['Int']['input'];
};


/** Writes to SEAJust's own data. Every create takes an idempotency key; every update and deactivation the version read last. */
export type SeajustMutationsUpdateContactPointArgs = {
  id: Scalars['ID']['input'];
  patch: ContactPointPatch;
  version: Scalars['Int']['input'];
};


/** Writes to SEAJust's own data. Every create takes an idempotency key; every update and deactivation the version read last. */
export type SeajustMutationsUpdateEventArgs = {
  id: Scalars['ID']['input'];
  patch: NetworkEventPatch;
  version: Scalars['Int']['input'];
};


/** Writes to SEAJust's own data. Every create takes an idempotency key; every update and deactivation the version read last. */
export type SeajustMutationsUpdateResourceArgs = {
  id: Scalars['ID']['input'];
  patch: ResourcePatch;
  version: Scalars['Int']['input'];
};


/** Writes to SEAJust's own data. Every create takes an idempotency key; every update and deactivation the version read last. */
export type SeajustMutationsUpdateWorkingGroupArgs = {
  id: Scalars['ID']['input'];
  patch: WorkingGroupPatch;
  version: Scalars['Int']['input'];
};


/** Writes to SEAJust's own data. Every create takes an idempotency key; every update and deactivation the version read last. */
export type SeajustMutationsUpsertCountryProfileArgs = {
  idempotencyKey: Scalars['String']['input'];
  input: CountryProfileInput;
  version?: InputMaybe<Scalars['Int']['input']>;
};


/** Writes to SEAJust's own data. Every create takes an idempotency key; every update and deactivation the version read last. */
export type SeajustMutationsWithdrawReferralArgs = {
  id: Scalars['ID']['input'];
  idempotencyKey: Scalars['String']['input'];
  reason: Scalars['String']['input'];
};

export type SeajustNetwork = Network & {
  __typename?: 'SeajustNetwork';
  /** Every write and every read of contact details in SEAJust, newest first. SEAJust's secretariat only. */
  auditLog?: Maybe<SeajustAuditEntryConnection>;
  authorities?: Maybe<SeajustAuthorityConnection>;
  code: NetworkCode;
  contactPoints?: Maybe<SeajustContactPointConnection>;
  countryProfile?: Maybe<SeajustCountryProfile>;
  countryProfiles?: Maybe<Array<SeajustCountryProfile>>;
  events?: Maybe<SeajustNetworkEventConnection>;
  fullName?: Maybe<Scalars['String']['output']>;
  memberCountries?: Maybe<Array<Country>>;
  memberships?: Maybe<Array<Membership>>;
  /** The caller's own notification settings, as a contact point of SEAJust (the token's contact point, never another's). */
  myNotificationPreferences: SeajustNotificationPreferences;
  /**
   * The caller's own notification centre, as a contact point of SEAJust (the token's contact point, never
   * another's), newest first; at most 100 a page.
   */
  myNotifications?: Maybe<SeajustNotificationConnection>;
  name?: Maybe<Scalars['String']['output']>;
  /**
   * Service only, for the delivery service of `origin` alone: the highest of its references
   * recorded here, per year. A network restored from a backup resumes its numbering after them (npm run restored).
   */
  receivedReferences?: Maybe<Array<ReferenceSeries>>;
  referrals?: Maybe<SeajustReferralConnection>;
  region?: Maybe<Scalars['String']['output']>;
  resources?: Maybe<SeajustResourceConnection>;
  statistics?: Maybe<NetworkStatistics>;
  workingGroups?: Maybe<SeajustWorkingGroupConnection>;
};


export type SeajustNetworkAuditLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AuditFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type SeajustNetworkAuthoritiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AuthorityFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type SeajustNetworkContactPointsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ContactPointFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type SeajustNetworkCountryProfileArgs = {
  country: Scalars['String']['input'];
};


export type SeajustNetworkEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<EventFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type SeajustNetworkMyNotificationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  unreadOnly?: InputMaybe<Scalars['Boolean']['input']>;
};


export type SeajustNetworkReceivedReferencesArgs = {
  origin: NetworkCode;
};


export type SeajustNetworkReferralsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ReferralFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type SeajustNetworkResourcesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ResourceFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type SeajustNetworkStatisticsArgs = {
  from: Scalars['DateTime']['input'];
  to: Scalars['DateTime']['input'];
};


export type SeajustNetworkWorkingGroupsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type SeajustNetworkEvent = NetworkEvent & Node & {
  __typename?: 'SeajustNetworkEvent';
  country?: Maybe<Country>;
  endsOn: Scalars['Date']['output'];
  id: Scalars['ID']['output'];
  kind: EventKind;
  participants: Array<SeajustContactPoint>;
  place?: Maybe<Scalars['String']['output']>;
  startsOn: Scalars['Date']['output'];
  title: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};

export type SeajustNetworkEventConnection = NetworkEventConnection & {
  __typename?: 'SeajustNetworkEventConnection';
  nodes: Array<SeajustNetworkEvent>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type SeajustNotification = Node & Notification & {
  __typename?: 'SeajustNotification';
  counterpartCountry: Country;
  counterpartNetwork: NetworkCode;
  createdAt: Scalars['DateTime']['output'];
  deadline?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  kind: NotificationKind;
  read: Scalars['Boolean']['output'];
  readAt?: Maybe<Scalars['DateTime']['output']>;
  reference: Scalars['String']['output'];
  referralId: Scalars['ID']['output'];
  referralKind: AssistanceKind;
  urgency: Urgency;
};

export type SeajustNotificationConnection = NotificationConnection & {
  __typename?: 'SeajustNotificationConnection';
  nodes: Array<SeajustNotification>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
  unreadCount: Scalars['Int']['output'];
};

/** How one kind of notification is mailed to the caller. */
export type SeajustNotificationKindDelivery = {
  __typename?: 'SeajustNotificationKindDelivery';
  delivery: NotificationDelivery;
  kind: NotificationPreferenceKind;
};

/** How SEAJust mails one person: each contact point reads and sets only their own. */
export type SeajustNotificationPreferences = {
  __typename?: 'SeajustNotificationPreferences';
  /** How each kind is mailed, every kind listed; IMMEDIATE until chosen otherwise. IMMEDIATE and URGENT referrals are always mailed at once. */
  deliveries: Array<SeajustNotificationKindDelivery>;
  /** The language of their mail; EN until they choose. */
  language: NotificationLanguage;
};

/** What marking notifications read changed. */
export type SeajustNotificationsMarked = {
  __typename?: 'SeajustNotificationsMarked';
  /** Notifications that were unread and are read now (0 on a retry). */
  marked: Scalars['Int']['output'];
  /** The caller's unread notifications left. */
  unreadCount: Scalars['Int']['output'];
};

export type SeajustReferral = Node & Referral & {
  __typename?: 'SeajustReferral';
  acknowledgeBy?: Maybe<Scalars['DateTime']['output']>;
  answerExpectedBy?: Maybe<Scalars['DateTime']['output']>;
  assignedTo?: Maybe<ContactPoint>;
  availableActions: Array<ReferralAction>;
  counterpart?: Maybe<Referral>;
  createdAt: Scalars['DateTime']['output'];
  crimeAreas: Array<CrimeArea>;
  delivery?: Maybe<ReferralDelivery>;
  destinationCountry: Country;
  destinationNetwork?: Maybe<Network>;
  events?: Maybe<Array<ReferralEvent>>;
  formalReferences: Array<Scalars['String']['output']>;
  from?: Maybe<ContactPoint>;
  id: Scalars['ID']['output'];
  kind: AssistanceKind;
  measures: Array<AssistanceMeasure>;
  originCountry: Country;
  originNetwork?: Maybe<Network>;
  overdue: Scalars['Boolean']['output'];
  reference: Scalars['String']['output'];
  side: ReferralSide;
  status: ReferralStatus;
  subject: Scalars['String']['output'];
  summary?: Maybe<Scalars['String']['output']>;
  to?: Maybe<ContactPoint>;
  urgency: Urgency;
  version: Scalars['Int']['output'];
};

export type SeajustReferralConnection = ReferralConnection & {
  __typename?: 'SeajustReferralConnection';
  nodes: Array<SeajustReferral>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type SeajustResource = Node & Resource & {
  __typename?: 'SeajustResource';
  id: Scalars['ID']['output'];
  kind: ResourceKind;
  languages: Array<Scalars['String']['output']>;
  publishedOn?: Maybe<Scalars['Date']['output']>;
  title: Scalars['String']['output'];
  topics: Array<CrimeArea>;
  url: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};

export type SeajustResourceConnection = ResourceConnection & {
  __typename?: 'SeajustResourceConnection';
  nodes: Array<SeajustResource>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type SeajustWorkingGroup = Node & WorkingGroup & {
  __typename?: 'SeajustWorkingGroup';
  description?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  members: Array<SeajustContactPoint>;
  name: Scalars['String']['output'];
  topic?: Maybe<CrimeArea>;
  version: Scalars['Int']['output'];
};

export type SeajustWorkingGroupConnection = WorkingGroupConnection & {
  __typename?: 'SeajustWorkingGroupConnection';
  nodes: Array<SeajustWorkingGroup>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/**
 * One count. For anyone but the network's own secretariat it is a sum of perturbed monthly atoms (cell key method):
 * never a true count under 5, which comes out as 0 or 5. Cells whose released count is 0 are left out; suppressed stays false.
 */
export type StatisticsCell = {
  __typename?: 'StatisticsCell';
  count?: Maybe<Scalars['Int']['output']>;
  key: Scalars['String']['output'];
  suppressed: Scalars['Boolean']['output'];
};

export type Timeliness = {
  __typename?: 'Timeliness';
  acknowledgement: DurationStatistics;
  completion: DurationStatistics;
};

export type Urgency =
  | 'IMMEDIATE'
  | 'ROUTINE'
  | 'URGENT';

export type WacapAuditEntry = AuditEntry & {
  __typename?: 'WacapAuditEntry';
  action: Scalars['String']['output'];
  actorNetwork?: Maybe<Scalars['String']['output']>;
  actorRoles: Array<Scalars['String']['output']>;
  actorSubject?: Maybe<Scalars['String']['output']>;
  at: Scalars['DateTime']['output'];
  details: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  objectId?: Maybe<Scalars['ID']['output']>;
  objectType?: Maybe<Scalars['String']['output']>;
  requestId: Scalars['String']['output'];
};

export type WacapAuditEntryConnection = AuditEntryConnection & {
  __typename?: 'WacapAuditEntryConnection';
  nodes: Array<WacapAuditEntry>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type WacapAuthority = Authority & Node & {
  __typename?: 'WacapAuthority';
  address?: Maybe<Scalars['String']['output']>;
  channels: Array<Channel>;
  country: Country;
  email?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kind: AuthorityKind;
  languages: Array<Scalars['String']['output']>;
  lastReviewedAt?: Maybe<Scalars['DateTime']['output']>;
  measures: Array<AssistanceMeasure>;
  name: Scalars['String']['output'];
  phone?: Maybe<Scalars['String']['output']>;
  urgentContact?: Maybe<Scalars['String']['output']>;
  version: Scalars['Int']['output'];
  website?: Maybe<Scalars['String']['output']>;
};

export type WacapAuthorityConnection = AuthorityConnection & {
  __typename?: 'WacapAuthorityConnection';
  nodes: Array<WacapAuthority>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type WacapContactPoint = ContactPoint & Node & {
  __typename?: 'WacapContactPoint';
  active: Scalars['Boolean']['output'];
  appointedOn?: Maybe<Scalars['Date']['output']>;
  available24x7: Scalars['Boolean']['output'];
  country: Country;
  email?: Maybe<Scalars['String']['output']>;
  expertise: Array<CrimeArea>;
  fullName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  languages: Array<Scalars['String']['output']>;
  lastReviewedAt?: Maybe<Scalars['DateTime']['output']>;
  nationalCorrespondent: Scalars['Boolean']['output'];
  network?: Maybe<WacapNetwork>;
  organization: Scalars['String']['output'];
  phone?: Maybe<Scalars['String']['output']>;
  /** The contact point this one succeeded, if any. */
  predecessor?: Maybe<WacapContactPoint>;
  roles: Array<ContactPointRole>;
  successor?: Maybe<WacapContactPoint>;
  termEndsOn?: Maybe<Scalars['Date']['output']>;
  title?: Maybe<Scalars['String']['output']>;
  toolCorrespondent: Scalars['Boolean']['output'];
  version: Scalars['Int']['output'];
};

export type WacapContactPointConnection = ContactPointConnection & {
  __typename?: 'WacapContactPointConnection';
  nodes: Array<WacapContactPoint>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type WacapCountryProfile = CountryProfile & Node & {
  __typename?: 'WacapCountryProfile';
  country: Country;
  id: Scalars['ID']['output'];
  lastReviewedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The profile of one measure, if the country has described it. */
  measure?: Maybe<WacapMeasureProfile>;
  measures: Array<WacapMeasureProfile>;
  version: Scalars['Int']['output'];
};


export type WacapCountryProfileMeasureArgs = {
  measure: AssistanceMeasure;
};

export type WacapMeasureProfile = MeasureProfile & {
  __typename?: 'WacapMeasureProfile';
  applicable: Applicability;
  competentAuthority?: Maybe<WacapAuthority>;
  dualCriminalityRequired?: Maybe<Scalars['Boolean']['output']>;
  languages: Array<Scalars['String']['output']>;
  lastReviewedAt?: Maybe<Scalars['DateTime']['output']>;
  legalBasis?: Maybe<Scalars['String']['output']>;
  measure: AssistanceMeasure;
  notes?: Maybe<Scalars['String']['output']>;
  requirements: Array<Scalars['String']['output']>;
};

/** Writes to WACAP's own data. Every create takes an idempotency key; every update and deactivation the version read last. */
export type WacapMutations = {
  __typename?: 'WacapMutations';
  /** Destination steps, on the destination's record (id …:rcv:…). */
  acknowledgeReferral: WacapReferral;
  /** Either side, on its own record. */
  addReferralMessage: WacapReferral;
  assignReferral: WacapReferral;
  completeReferral: WacapReferral;
  createAuthority: WacapAuthority;
  createContactPoint: WacapContactPoint;
  createEvent: WacapNetworkEvent;
  /** A contact point of WACAP asks another country for help. */
  createReferral: WacapReferral;
  createResource: WacapResource;
  createWorkingGroup: WacapWorkingGroup;
  /** Rotates a contact point out; the successor, if named, must be an active contact point of the same country. */
  deactivateContactPoint: WacapContactPoint;
  declineReferral: WacapReferral;
  /**
   * Marks all the caller's notifications read, or those up to upTo (the newest one the caller has
   * seen, so that one arriving meanwhile stays unread).
   */
  markAllNotificationsRead: WacapNotificationsMarked;
  /**
   * Marks the caller's own notifications read. Every id must name one of them, or nothing is marked
   * (NOT_FOUND); marking a read one again changes nothing, so a retry is safe without a key.
   */
  markNotificationsRead: WacapNotificationsMarked;
  /** Service only: the other side's outbox delivers a new referral. */
  receiveReferral: DeliveryReceipt;
  /** Service only: the other side's outbox delivers an event. */
  receiveReferralEvent: DeliveryReceipt;
  /**
   * Secretariat only: after network `to` was restored from a backup, sends it again every change
   * delivered to it since `since` (at most 90 days back); WACAP's dead letters to it since then too.
   */
  redeliver: RedeliveryReport;
  /** Secretariat only: sends the record's failed deliveries (delivery.state FAILED) again. */
  retryDelivery: WacapReferral;
  /** A contact point of WACAP sets how each named kind of notification is mailed to them (their own only; kinds not named keep their setting). IMMEDIATE and URGENT referrals are always mailed at once, whatever is set. */
  setNotificationDeliveries: WacapNotificationPreferences;
  /** A contact point of WACAP sets the language of the mail WACAP sends them (their own only). */
  setNotificationLanguage: WacapNotificationPreferences;
  /**
   * Destination step, on the destination's record once acknowledged: sets or moves the date an answer is
   * expected by (in the future, at most 730 days ahead); the origin sees it once delivered.
   */
  setReferralAnswerDate: WacapReferral;
  startReferral: WacapReferral;
  updateAuthority: WacapAuthority;
  updateContactPoint: WacapContactPoint;
  updateEvent: WacapNetworkEvent;
  updateResource: WacapResource;
  updateWorkingGroup: WacapWorkingGroup;
  /** Creates the country's profile, or replaces its measures when it exists (pass the version read last). */
  upsertCountryProfile: WacapCountryProfile;
  /** Origin step, on the origin's record (id …:ref:…). */
  withdrawReferral: WacapReferral;
};


/** Writes to WACAP's own data. Every create takes an idempotency key; every update and deactivation the version read last. */
export type WacapMutationsAcknowledgeReferralArgs = {
  id: Scalars['ID']['input'];
  idempotencyKey: Scalars['String']['input'];
};


/** Writes to WACAP's own data. Every create takes an idempotency key; every update and deactivation the version read last. */
export type WacapMutationsAddReferralMessageArgs = {
  id: Scalars['ID']['input'];
  idempotencyKey: Scalars['String']['input'];
  text: Scalars['String']['input'];
};


/** Writes to WACAP's own data. Every create takes an idempotency key; every update and deactivation the version read last. */
export type WacapMutationsAssignReferralArgs = {
  contactPointId: Scalars['ID']['input'];
  id: Scalars['ID']['input'];
  idempotencyKey: Scalars['String']['input'];
};


/** Writes to WACAP's own data. Every create takes an idempotency key; every update and deactivation the version read last. */
export type WacapMutationsCompleteReferralArgs = {
  id: Scalars['ID']['input'];
  idempotencyKey: Scalars['String']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
};


/** Writes to WACAP's own data. Every create takes an idempotency key; every update and deactivation the version read last. */
export type WacapMutationsCreateAuthorityArgs = {
  idempotencyKey: Scalars['String']['input'];
  input: AuthorityInput;
};


/** Writes to WACAP's own data. Every create takes an idempotency key; every update and deactivation the version read last. */
export type WacapMutationsCreateContactPointArgs = {
  idempotencyKey: Scalars['String']['input'];
  input: ContactPointInput;
};


/** Writes to WACAP's own data. Every create takes an idempotency key; every update and deactivation the version read last. */
export type WacapMutationsCreateEventArgs = {
  idempotencyKey: Scalars['String']['input'];
  input: NetworkEventInput;
};


/** Writes to WACAP's own data. Every create takes an idempotency key; every update and deactivation the version read last. */
export type WacapMutationsCreateReferralArgs = {
  idempotencyKey: Scalars['String']['input'];
  input: ReferralInput;
};


/** Writes to WACAP's own data. Every create takes an idempotency key; every update and deactivation the version read last. */
export type WacapMutationsCreateResourceArgs = {
  idempotencyKey: Scalars['String']['input'];
  input: ResourceInput;
};


/** Writes to WACAP's own data. Every create takes an idempotency key; every update and deactivation the version read last. */
export type WacapMutationsCreateWorkingGroupArgs = {
  idempotencyKey: Scalars['String']['input'];
  input: WorkingGroupInput;
};


/** Writes to WACAP's own data. Every create takes an idempotency key; every update and deactivation the version read last. */
export type WacapMutationsDeactivateContactPointArgs = {
  id: Scalars['ID']['input'];
  successorId?: InputMaybe<Scalars['ID']['input']>;
  version: Scalars['Int']['input'];
};


/** Writes to WACAP's own data. Every create takes an idempotency key; every update and deactivation the version read last. */
export type WacapMutationsDeclineReferralArgs = {
  id: Scalars['ID']['input'];
  idempotencyKey: Scalars['String']['input'];
  reason: Scalars['String']['input'];
};


/** Writes to WACAP's own data. Every create takes an idempotency key; every update and deactivation the version read last. */
export type WacapMutationsMarkAllNotificationsReadArgs = {
  upTo?: InputMaybe<Scalars['ID']['input']>;
};


/** Writes to WACAP's own data. Every create takes an idempotency key; every update and deactivation the version read last. */
export type WacapMutationsMarkNotificationsReadArgs = {
  ids: Array<Scalars['ID']['input']>;
};


/** Writes to WACAP's own data. Every create takes an idempotency key; every update and deactivation the version read last. */
export type WacapMutationsReceiveReferralArgs = {
  delivery: ReferralDeliveryInput;
};


/** Writes to WACAP's own data. Every create takes an idempotency key; every update and deactivation the version read last. */
export type WacapMutationsReceiveReferralEventArgs = {
  delivery: ReferralEventDeliveryInput;
};


/** Writes to WACAP's own data. Every create takes an idempotency key; every update and deactivation the version read last. */
export type WacapMutationsRedeliverArgs = {
  idempotencyKey: Scalars['String']['input'];
  since: Scalars['DateTime']['input'];
  to: NetworkCode;
};


/** Writes to WACAP's own data. Every create takes an idempotency key; every update and deactivation the version read last. */
export type WacapMutationsRetryDeliveryArgs = {
  id: Scalars['ID']['input'];
  idempotencyKey: Scalars['String']['input'];
};


/** Writes to WACAP's own data. Every create takes an idempotency key; every update and deactivation the version read last. */
export type WacapMutationsSetNotificationDeliveriesArgs = {
  deliveries: Array<NotificationDeliveryInput>;
};


/** Writes to WACAP's own data. Every create takes an idempotency key; every update and deactivation the version read last. */
export type WacapMutationsSetNotificationLanguageArgs = {
  language: NotificationLanguage;
};


/** Writes to WACAP's own data. Every create takes an idempotency key; every update and deactivation the version read last. */
export type WacapMutationsSetReferralAnswerDateArgs = {
  answerExpectedBy: Scalars['DateTime']['input'];
  id: Scalars['ID']['input'];
  idempotencyKey: Scalars['String']['input'];
};


/** Writes to WACAP's own data. Every create takes an idempotency key; every update and deactivation the version read last. */
export type WacapMutationsStartReferralArgs = {
  id: Scalars['ID']['input'];
  idempotencyKey: Scalars['String']['input'];
};


/** Writes to WACAP's own data. Every create takes an idempotency key; every update and deactivation the version read last. */
export type WacapMutationsUpdateAuthorityArgs = {
  id: Scalars['ID']['input'];
  patch: AuthorityPatch;
  version: Scalars['Int']['input'];
};


/** Writes to WACAP's own data. Every create takes an idempotency key; every update and deactivation the version read last. */
export type WacapMutationsUpdateContactPointArgs = {
  id: Scalars['ID']['input'];
  patch: ContactPointPatch;
  version: Scalars['Int']['input'];
};


/** Writes to WACAP's own data. Every create takes an idempotency key; every update and deactivation the version read last. */
export type WacapMutationsUpdateEventArgs = {
  id: Scalars['ID']['input'];
  patch: NetworkEventPatch;
  version: Scalars['Int']['input'];
};


/** Writes to WACAP's own data. Every create takes an idempotency key; every update and deactivation the version read last. */
export type WacapMutationsUpdateResourceArgs = {
  id: Scalars['ID']['input'];
  patch: ResourcePatch;
  version: Scalars['Int']['input'];
};


/** Writes to WACAP's own data. Every create takes an idempotency key; every update and deactivation the version read last. */
export type WacapMutationsUpdateWorkingGroupArgs = {
  id: Scalars['ID']['input'];
  patch: WorkingGroupPatch;
  version: Scalars['Int']['input'];
};


/** Writes to WACAP's own data. Every create takes an idempotency key; every update and deactivation the version read last. */
export type WacapMutationsUpsertCountryProfileArgs = {
  idempotencyKey: Scalars['String']['input'];
  input: CountryProfileInput;
  version?: InputMaybe<Scalars['Int']['input']>;
};


/** Writes to WACAP's own data. Every create takes an idempotency key; every update and deactivation the version read last. */
export type WacapMutationsWithdrawReferralArgs = {
  id: Scalars['ID']['input'];
  idempotencyKey: Scalars['String']['input'];
  reason: Scalars['String']['input'];
};

export type WacapNetwork = Network & {
  __typename?: 'WacapNetwork';
  /** Every write and every read of contact details in WACAP, newest first. WACAP's secretariat only. */
  auditLog?: Maybe<WacapAuditEntryConnection>;
  authorities?: Maybe<WacapAuthorityConnection>;
  code: NetworkCode;
  contactPoints?: Maybe<WacapContactPointConnection>;
  countryProfile?: Maybe<WacapCountryProfile>;
  countryProfiles?: Maybe<Array<WacapCountryProfile>>;
  events?: Maybe<WacapNetworkEventConnection>;
  fullName?: Maybe<Scalars['String']['output']>;
  memberCountries?: Maybe<Array<Country>>;
  memberships?: Maybe<Array<Membership>>;
  /** The caller's own notification settings, as a contact point of WACAP (the token's contact point, never another's). */
  myNotificationPreferences: WacapNotificationPreferences;
  /**
   * The caller's own notification centre, as a contact point of WACAP (the token's contact point, never
   * another's), newest first; at most 100 a page.
   */
  myNotifications?: Maybe<WacapNotificationConnection>;
  name?: Maybe<Scalars['String']['output']>;
  /**
   * Service only, for the delivery service of `origin` alone: the highest of its references
   * recorded here, per year. A network restored from a backup resumes its numbering after them (npm run restored).
   */
  receivedReferences?: Maybe<Array<ReferenceSeries>>;
  referrals?: Maybe<WacapReferralConnection>;
  region?: Maybe<Scalars['String']['output']>;
  resources?: Maybe<WacapResourceConnection>;
  statistics?: Maybe<NetworkStatistics>;
  workingGroups?: Maybe<WacapWorkingGroupConnection>;
};


export type WacapNetworkAuditLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AuditFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type WacapNetworkAuthoritiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AuthorityFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type WacapNetworkContactPointsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ContactPointFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type WacapNetworkCountryProfileArgs = {
  country: Scalars['String']['input'];
};


export type WacapNetworkEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<EventFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type WacapNetworkMyNotificationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  unreadOnly?: InputMaybe<Scalars['Boolean']['input']>;
};


export type WacapNetworkReceivedReferencesArgs = {
  origin: NetworkCode;
};


export type WacapNetworkReferralsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ReferralFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type WacapNetworkResourcesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ResourceFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type WacapNetworkStatisticsArgs = {
  from: Scalars['DateTime']['input'];
  to: Scalars['DateTime']['input'];
};


export type WacapNetworkWorkingGroupsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type WacapNetworkEvent = NetworkEvent & Node & {
  __typename?: 'WacapNetworkEvent';
  country?: Maybe<Country>;
  endsOn: Scalars['Date']['output'];
  id: Scalars['ID']['output'];
  kind: EventKind;
  participants: Array<WacapContactPoint>;
  place?: Maybe<Scalars['String']['output']>;
  startsOn: Scalars['Date']['output'];
  title: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};

export type WacapNetworkEventConnection = NetworkEventConnection & {
  __typename?: 'WacapNetworkEventConnection';
  nodes: Array<WacapNetworkEvent>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type WacapNotification = Node & Notification & {
  __typename?: 'WacapNotification';
  counterpartCountry: Country;
  counterpartNetwork: NetworkCode;
  createdAt: Scalars['DateTime']['output'];
  deadline?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  kind: NotificationKind;
  read: Scalars['Boolean']['output'];
  readAt?: Maybe<Scalars['DateTime']['output']>;
  reference: Scalars['String']['output'];
  referralId: Scalars['ID']['output'];
  referralKind: AssistanceKind;
  urgency: Urgency;
};

export type WacapNotificationConnection = NotificationConnection & {
  __typename?: 'WacapNotificationConnection';
  nodes: Array<WacapNotification>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
  unreadCount: Scalars['Int']['output'];
};

/** How one kind of notification is mailed to the caller. */
export type WacapNotificationKindDelivery = {
  __typename?: 'WacapNotificationKindDelivery';
  delivery: NotificationDelivery;
  kind: NotificationPreferenceKind;
};

/** How WACAP mails one person: each contact point reads and sets only their own. */
export type WacapNotificationPreferences = {
  __typename?: 'WacapNotificationPreferences';
  /** How each kind is mailed, every kind listed; IMMEDIATE until chosen otherwise. IMMEDIATE and URGENT referrals are always mailed at once. */
  deliveries: Array<WacapNotificationKindDelivery>;
  /** The language of their mail; EN until they choose. */
  language: NotificationLanguage;
};

/** What marking notifications read changed. */
export type WacapNotificationsMarked = {
  __typename?: 'WacapNotificationsMarked';
  /** Notifications that were unread and are read now (0 on a retry). */
  marked: Scalars['Int']['output'];
  /** The caller's unread notifications left. */
  unreadCount: Scalars['Int']['output'];
};

export type WacapReferral = Node & Referral & {
  __typename?: 'WacapReferral';
  acknowledgeBy?: Maybe<Scalars['DateTime']['output']>;
  answerExpectedBy?: Maybe<Scalars['DateTime']['output']>;
  assignedTo?: Maybe<ContactPoint>;
  availableActions: Array<ReferralAction>;
  counterpart?: Maybe<Referral>;
  createdAt: Scalars['DateTime']['output'];
  crimeAreas: Array<CrimeArea>;
  delivery?: Maybe<ReferralDelivery>;
  destinationCountry: Country;
  destinationNetwork?: Maybe<Network>;
  events?: Maybe<Array<ReferralEvent>>;
  formalReferences: Array<Scalars['String']['output']>;
  from?: Maybe<ContactPoint>;
  id: Scalars['ID']['output'];
  kind: AssistanceKind;
  measures: Array<AssistanceMeasure>;
  originCountry: Country;
  originNetwork?: Maybe<Network>;
  overdue: Scalars['Boolean']['output'];
  reference: Scalars['String']['output'];
  side: ReferralSide;
  status: ReferralStatus;
  subject: Scalars['String']['output'];
  summary?: Maybe<Scalars['String']['output']>;
  to?: Maybe<ContactPoint>;
  urgency: Urgency;
  version: Scalars['Int']['output'];
};

export type WacapReferralConnection = ReferralConnection & {
  __typename?: 'WacapReferralConnection';
  nodes: Array<WacapReferral>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type WacapResource = Node & Resource & {
  __typename?: 'WacapResource';
  id: Scalars['ID']['output'];
  kind: ResourceKind;
  languages: Array<Scalars['String']['output']>;
  publishedOn?: Maybe<Scalars['Date']['output']>;
  title: Scalars['String']['output'];
  topics: Array<CrimeArea>;
  url: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};

export type WacapResourceConnection = ResourceConnection & {
  __typename?: 'WacapResourceConnection';
  nodes: Array<WacapResource>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type WacapWorkingGroup = Node & WorkingGroup & {
  __typename?: 'WacapWorkingGroup';
  description?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  members: Array<WacapContactPoint>;
  name: Scalars['String']['output'];
  topic?: Maybe<CrimeArea>;
  version: Scalars['Int']['output'];
};

export type WacapWorkingGroupConnection = WorkingGroupConnection & {
  __typename?: 'WacapWorkingGroupConnection';
  nodes: Array<WacapWorkingGroup>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type WorkingGroup = {
  description?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  members: Array<ContactPoint>;
  name: Scalars['String']['output'];
  topic?: Maybe<CrimeArea>;
  version: Scalars['Int']['output'];
};

export type WorkingGroupConnection = {
  nodes: Array<WorkingGroup>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type WorkingGroupInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  memberIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  name: Scalars['String']['input'];
  topic?: InputMaybe<CrimeArea>;
};

export type WorkingGroupPatch = {
  description?: InputMaybe<Scalars['String']['input']>;
  memberIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  name?: InputMaybe<Scalars['String']['input']>;
  topic?: InputMaybe<CrimeArea>;
};

export type AnalyticsDashboardQueryVariables = Exact<{
  from: Scalars['DateTime']['input'];
  to: Scalars['DateTime']['input'];
}>;


export type AnalyticsDashboardQuery = { __typename?: 'Query', networks: Array<{ __typename?: 'CascNetwork', code: NetworkCode, statistics?: { __typename?: 'NetworkStatistics', perturbed: boolean, outgoing: { __typename?: 'DirectionStatistics', byCounterpartNetwork: Array<{ __typename?: 'StatisticsCell', key: string, count?: number | null, suppressed: boolean }> }, monthly: Array<{ __typename?: 'MonthlyCount', month: string, outgoing: { __typename?: 'StatisticsCell', key: string, count?: number | null, suppressed: boolean }, incoming: { __typename?: 'StatisticsCell', key: string, count?: number | null, suppressed: boolean } }>, incomingTimeliness: { __typename?: 'Timeliness', acknowledgement: { __typename?: 'DurationStatistics', count?: number | null, suppressed: boolean, medianDays?: number | null, p90Days?: number | null }, completion: { __typename?: 'DurationStatistics', count?: number | null, suppressed: boolean, medianDays?: number | null, p90Days?: number | null } }, openByAge: Array<{ __typename?: 'StatisticsCell', key: string, count?: number | null, suppressed: boolean }>, directory: { __typename?: 'DirectoryHealth', notReviewedIn12Months: number, contactPointsPerCountry: Array<{ __typename?: 'StatisticsCell', key: string, count?: number | null, suppressed: boolean }>, countriesWithout24x7: Array<{ __typename?: 'Country', code: string }> } } | null } | { __typename?: 'GljcNetwork', code: NetworkCode, statistics?: { __typename?: 'NetworkStatistics', perturbed: boolean, outgoing: { __typename?: 'DirectionStatistics', byCounterpartNetwork: Array<{ __typename?: 'StatisticsCell', key: string, count?: number | null, suppressed: boolean }> }, monthly: Array<{ __typename?: 'MonthlyCount', month: string, outgoing: { __typename?: 'StatisticsCell', key: string, count?: number | null, suppressed: boolean }, incoming: { __typename?: 'StatisticsCell', key: string, count?: number | null, suppressed: boolean } }>, incomingTimeliness: { __typename?: 'Timeliness', acknowledgement: { __typename?: 'DurationStatistics', count?: number | null, suppressed: boolean, medianDays?: number | null, p90Days?: number | null }, completion: { __typename?: 'DurationStatistics', count?: number | null, suppressed: boolean, medianDays?: number | null, p90Days?: number | null } }, openByAge: Array<{ __typename?: 'StatisticsCell', key: string, count?: number | null, suppressed: boolean }>, directory: { __typename?: 'DirectoryHealth', notReviewedIn12Months: number, contactPointsPerCountry: Array<{ __typename?: 'StatisticsCell', key: string, count?: number | null, suppressed: boolean }>, countriesWithout24x7: Array<{ __typename?: 'Country', code: string }> } } | null } | { __typename?: 'SeajustNetwork', code: NetworkCode, statistics?: { __typename?: 'NetworkStatistics', perturbed: boolean, outgoing: { __typename?: 'DirectionStatistics', byCounterpartNetwork: Array<{ __typename?: 'StatisticsCell', key: string, count?: number | null, suppressed: boolean }> }, monthly: Array<{ __typename?: 'MonthlyCount', month: string, outgoing: { __typename?: 'StatisticsCell', key: string, count?: number | null, suppressed: boolean }, incoming: { __typename?: 'StatisticsCell', key: string, count?: number | null, suppressed: boolean } }>, incomingTimeliness: { __typename?: 'Timeliness', acknowledgement: { __typename?: 'DurationStatistics', count?: number | null, suppressed: boolean, medianDays?: number | null, p90Days?: number | null }, completion: { __typename?: 'DurationStatistics', count?: number | null, suppressed: boolean, medianDays?: number | null, p90Days?: number | null } }, openByAge: Array<{ __typename?: 'StatisticsCell', key: string, count?: number | null, suppressed: boolean }>, directory: { __typename?: 'DirectoryHealth', notReviewedIn12Months: number, contactPointsPerCountry: Array<{ __typename?: 'StatisticsCell', key: string, count?: number | null, suppressed: boolean }>, countriesWithout24x7: Array<{ __typename?: 'Country', code: string }> } } | null } | { __typename?: 'WacapNetwork', code: NetworkCode, statistics?: { __typename?: 'NetworkStatistics', perturbed: boolean, outgoing: { __typename?: 'DirectionStatistics', byCounterpartNetwork: Array<{ __typename?: 'StatisticsCell', key: string, count?: number | null, suppressed: boolean }> }, monthly: Array<{ __typename?: 'MonthlyCount', month: string, outgoing: { __typename?: 'StatisticsCell', key: string, count?: number | null, suppressed: boolean }, incoming: { __typename?: 'StatisticsCell', key: string, count?: number | null, suppressed: boolean } }>, incomingTimeliness: { __typename?: 'Timeliness', acknowledgement: { __typename?: 'DurationStatistics', count?: number | null, suppressed: boolean, medianDays?: number | null, p90Days?: number | null }, completion: { __typename?: 'DurationStatistics', count?: number | null, suppressed: boolean, medianDays?: number | null, p90Days?: number | null } }, openByAge: Array<{ __typename?: 'StatisticsCell', key: string, count?: number | null, suppressed: boolean }>, directory: { __typename?: 'DirectoryHealth', notReviewedIn12Months: number, contactPointsPerCountry: Array<{ __typename?: 'StatisticsCell', key: string, count?: number | null, suppressed: boolean }>, countriesWithout24x7: Array<{ __typename?: 'Country', code: string }> } } | null }> };

export type AtlasAnswerQueryVariables = Exact<{
  country: Scalars['String']['input'];
  authorities: AuthorityFilter;
  contactPoints: ContactPointFilter;
}>;


export type AtlasAnswerQuery = { __typename?: 'Query', country?: { __typename?: 'Country', code: string, alpha2: string, name: string, networks: Array<{ __typename?: 'CascNetwork', code: NetworkCode, name?: string | null, countryProfile?: { __typename?: 'CascCountryProfile', lastReviewedAt?: string | null, measures: Array<{ __typename?: 'CascMeasureProfile', measure: AssistanceMeasure, applicable: Applicability, legalBasis?: string | null, languages: Array<string>, dualCriminalityRequired?: boolean | null, requirements: Array<string>, notes?: string | null, lastReviewedAt?: string | null, competentAuthority?: { __typename?: 'CascAuthority', id: string, name: string } | null }> } | null, authorities?: { __typename?: 'CascAuthorityConnection', totalCount: number, nodes: Array<{ __typename?: 'CascAuthority', id: string, name: string, kind: AuthorityKind, measures: Array<AssistanceMeasure>, languages: Array<string>, channels: Array<Channel>, urgentContact?: string | null, email?: string | null, phone?: string | null, website?: string | null, address?: string | null }> } | null, contactPoints?: { __typename?: 'CascContactPointConnection', totalCount: number, nodes: Array<{ __typename?: 'CascContactPoint', id: string, fullName: string, title?: string | null, organization: string, roles: Array<ContactPointRole>, expertise: Array<CrimeArea>, languages: Array<string>, available24x7: boolean, country: { __typename?: 'Country', code: string, alpha2: string, name: string } }> } | null } | { __typename?: 'GljcNetwork', code: NetworkCode, name?: string | null, countryProfile?: { __typename?: 'GljcCountryProfile', lastReviewedAt?: string | null, measures: Array<{ __typename?: 'GljcMeasureProfile', measure: AssistanceMeasure, applicable: Applicability, legalBasis?: string | null, languages: Array<string>, dualCriminalityRequired?: boolean | null, requirements: Array<string>, notes?: string | null, lastReviewedAt?: string | null, competentAuthority?: { __typename?: 'GljcAuthority', id: string, name: string } | null }> } | null, authorities?: { __typename?: 'GljcAuthorityConnection', totalCount: number, nodes: Array<{ __typename?: 'GljcAuthority', id: string, name: string, kind: AuthorityKind, measures: Array<AssistanceMeasure>, languages: Array<string>, channels: Array<Channel>, urgentContact?: string | null, email?: string | null, phone?: string | null, website?: string | null, address?: string | null }> } | null, contactPoints?: { __typename?: 'GljcContactPointConnection', totalCount: number, nodes: Array<{ __typename?: 'GljcContactPoint', id: string, fullName: string, title?: string | null, organization: string, roles: Array<ContactPointRole>, expertise: Array<CrimeArea>, languages: Array<string>, available24x7: boolean, country: { __typename?: 'Country', code: string, alpha2: string, name: string } }> } | null } | { __typename?: 'SeajustNetwork', code: NetworkCode, name?: string | null, countryProfile?: { __typename?: 'SeajustCountryProfile', lastReviewedAt?: string | null, measures: Array<{ __typename?: 'SeajustMeasureProfile', measure: AssistanceMeasure, applicable: Applicability, legalBasis?: string | null, languages: Array<string>, dualCriminalityRequired?: boolean | null, requirements: Array<string>, notes?: string | null, lastReviewedAt?: string | null, competentAuthority?: { __typename?: 'SeajustAuthority', id: string, name: string } | null }> } | null, authorities?: { __typename?: 'SeajustAuthorityConnection', totalCount: number, nodes: Array<{ __typename?: 'SeajustAuthority', id: string, name: string, kind: AuthorityKind, measures: Array<AssistanceMeasure>, languages: Array<string>, channels: Array<Channel>, urgentContact?: string | null, email?: string | null, phone?: string | null, website?: string | null, address?: string | null }> } | null, contactPoints?: { __typename?: 'SeajustContactPointConnection', totalCount: number, nodes: Array<{ __typename?: 'SeajustContactPoint', id: string, fullName: string, title?: string | null, organization: string, roles: Array<ContactPointRole>, expertise: Array<CrimeArea>, languages: Array<string>, available24x7: boolean, country: { __typename?: 'Country', code: string, alpha2: string, name: string } }> } | null } | { __typename?: 'WacapNetwork', code: NetworkCode, name?: string | null, countryProfile?: { __typename?: 'WacapCountryProfile', lastReviewedAt?: string | null, measures: Array<{ __typename?: 'WacapMeasureProfile', measure: AssistanceMeasure, applicable: Applicability, legalBasis?: string | null, languages: Array<string>, dualCriminalityRequired?: boolean | null, requirements: Array<string>, notes?: string | null, lastReviewedAt?: string | null, competentAuthority?: { __typename?: 'WacapAuthority', id: string, name: string } | null }> } | null, authorities?: { __typename?: 'WacapAuthorityConnection', totalCount: number, nodes: Array<{ __typename?: 'WacapAuthority', id: string, name: string, kind: AuthorityKind, measures: Array<AssistanceMeasure>, languages: Array<string>, channels: Array<Channel>, urgentContact?: string | null, email?: string | null, phone?: string | null, website?: string | null, address?: string | null }> } | null, contactPoints?: { __typename?: 'WacapContactPointConnection', totalCount: number, nodes: Array<{ __typename?: 'WacapContactPoint', id: string, fullName: string, title?: string | null, organization: string, roles: Array<ContactPointRole>, expertise: Array<CrimeArea>, languages: Array<string>, available24x7: boolean, country: { __typename?: 'Country', code: string, alpha2: string, name: string } }> } | null }> } | null };

export type CountriesIndexQueryVariables = Exact<{ [key: string]: never; }>;


export type CountriesIndexQuery = { __typename?: 'Query', countries: Array<{ __typename?: 'Country', code: string, alpha2: string, name: string, networks: Array<{ __typename?: 'CascNetwork', code: NetworkCode, name?: string | null } | { __typename?: 'GljcNetwork', code: NetworkCode, name?: string | null } | { __typename?: 'SeajustNetwork', code: NetworkCode, name?: string | null } | { __typename?: 'WacapNetwork', code: NetworkCode, name?: string | null }> }> };

type CountryNetworkFields_CascNetwork_Fragment = { __typename?: 'CascNetwork', code: NetworkCode, name?: string | null, fullName?: string | null, authorities?: { __typename?: 'CascAuthorityConnection', totalCount: number, nodes: Array<{ __typename?: 'CascAuthority', id: string, name: string, kind: AuthorityKind, measures: Array<AssistanceMeasure>, languages: Array<string>, channels: Array<Channel>, urgentContact?: string | null, email?: string | null, phone?: string | null, website?: string | null, address?: string | null }> } | null, contactPoints?: { __typename?: 'CascContactPointConnection', totalCount: number, nodes: Array<{ __typename?: 'CascContactPoint', id: string, fullName: string, title?: string | null, organization: string, roles: Array<ContactPointRole>, expertise: Array<CrimeArea>, languages: Array<string>, available24x7: boolean, country: { __typename?: 'Country', code: string, alpha2: string, name: string } }> } | null, workingGroups?: { __typename?: 'CascWorkingGroupConnection', nodes: Array<{ __typename?: 'CascWorkingGroup', id: string, name: string, topic?: CrimeArea | null, description?: string | null }> } | null, events?: { __typename?: 'CascNetworkEventConnection', nodes: Array<{ __typename?: 'CascNetworkEvent', id: string, title: string, kind: EventKind, startsOn: string, endsOn: string, place?: string | null, country?: { __typename?: 'Country', code: string, alpha2: string, name: string } | null }> } | null, resources?: { __typename?: 'CascResourceConnection', nodes: Array<{ __typename?: 'CascResource', id: string, title: string, kind: ResourceKind, languages: Array<string>, topics: Array<CrimeArea>, url: string, publishedOn?: string | null }> } | null };

type CountryNetworkFields_GljcNetwork_Fragment = { __typename?: 'GljcNetwork', code: NetworkCode, name?: string | null, fullName?: string | null, authorities?: { __typename?: 'GljcAuthorityConnection', totalCount: number, nodes: Array<{ __typename?: 'GljcAuthority', id: string, name: string, kind: AuthorityKind, measures: Array<AssistanceMeasure>, languages: Array<string>, channels: Array<Channel>, urgentContact?: string | null, email?: string | null, phone?: string | null, website?: string | null, address?: string | null }> } | null, contactPoints?: { __typename?: 'GljcContactPointConnection', totalCount: number, nodes: Array<{ __typename?: 'GljcContactPoint', id: string, fullName: string, title?: string | null, organization: string, roles: Array<ContactPointRole>, expertise: Array<CrimeArea>, languages: Array<string>, available24x7: boolean, country: { __typename?: 'Country', code: string, alpha2: string, name: string } }> } | null, workingGroups?: { __typename?: 'GljcWorkingGroupConnection', nodes: Array<{ __typename?: 'GljcWorkingGroup', id: string, name: string, topic?: CrimeArea | null, description?: string | null }> } | null, events?: { __typename?: 'GljcNetworkEventConnection', nodes: Array<{ __typename?: 'GljcNetworkEvent', id: string, title: string, kind: EventKind, startsOn: string, endsOn: string, place?: string | null, country?: { __typename?: 'Country', code: string, alpha2: string, name: string } | null }> } | null, resources?: { __typename?: 'GljcResourceConnection', nodes: Array<{ __typename?: 'GljcResource', id: string, title: string, kind: ResourceKind, languages: Array<string>, topics: Array<CrimeArea>, url: string, publishedOn?: string | null }> } | null };

type CountryNetworkFields_SeajustNetwork_Fragment = { __typename?: 'SeajustNetwork', code: NetworkCode, name?: string | null, fullName?: string | null, authorities?: { __typename?: 'SeajustAuthorityConnection', totalCount: number, nodes: Array<{ __typename?: 'SeajustAuthority', id: string, name: string, kind: AuthorityKind, measures: Array<AssistanceMeasure>, languages: Array<string>, channels: Array<Channel>, urgentContact?: string | null, email?: string | null, phone?: string | null, website?: string | null, address?: string | null }> } | null, contactPoints?: { __typename?: 'SeajustContactPointConnection', totalCount: number, nodes: Array<{ __typename?: 'SeajustContactPoint', id: string, fullName: string, title?: string | null, organization: string, roles: Array<ContactPointRole>, expertise: Array<CrimeArea>, languages: Array<string>, available24x7: boolean, country: { __typename?: 'Country', code: string, alpha2: string, name: string } }> } | null, workingGroups?: { __typename?: 'SeajustWorkingGroupConnection', nodes: Array<{ __typename?: 'SeajustWorkingGroup', id: string, name: string, topic?: CrimeArea | null, description?: string | null }> } | null, events?: { __typename?: 'SeajustNetworkEventConnection', nodes: Array<{ __typename?: 'SeajustNetworkEvent', id: string, title: string, kind: EventKind, startsOn: string, endsOn: string, place?: string | null, country?: { __typename?: 'Country', code: string, alpha2: string, name: string } | null }> } | null, resources?: { __typename?: 'SeajustResourceConnection', nodes: Array<{ __typename?: 'SeajustResource', id: string, title: string, kind: ResourceKind, languages: Array<string>, topics: Array<CrimeArea>, url: string, publishedOn?: string | null }> } | null };

type CountryNetworkFields_WacapNetwork_Fragment = { __typename?: 'WacapNetwork', code: NetworkCode, name?: string | null, fullName?: string | null, authorities?: { __typename?: 'WacapAuthorityConnection', totalCount: number, nodes: Array<{ __typename?: 'WacapAuthority', id: string, name: string, kind: AuthorityKind, measures: Array<AssistanceMeasure>, languages: Array<string>, channels: Array<Channel>, urgentContact?: string | null, email?: string | null, phone?: string | null, website?: string | null, address?: string | null }> } | null, contactPoints?: { __typename?: 'WacapContactPointConnection', totalCount: number, nodes: Array<{ __typename?: 'WacapContactPoint', id: string, fullName: string, title?: string | null, organization: string, roles: Array<ContactPointRole>, expertise: Array<CrimeArea>, languages: Array<string>, available24x7: boolean, country: { __typename?: 'Country', code: string, alpha2: string, name: string } }> } | null, workingGroups?: { __typename?: 'WacapWorkingGroupConnection', nodes: Array<{ __typename?: 'WacapWorkingGroup', id: string, name: string, topic?: CrimeArea | null, description?: string | null }> } | null, events?: { __typename?: 'WacapNetworkEventConnection', nodes: Array<{ __typename?: 'WacapNetworkEvent', id: string, title: string, kind: EventKind, startsOn: string, endsOn: string, place?: string | null, country?: { __typename?: 'Country', code: string, alpha2: string, name: string } | null }> } | null, resources?: { __typename?: 'WacapResourceConnection', nodes: Array<{ __typename?: 'WacapResource', id: string, title: string, kind: ResourceKind, languages: Array<string>, topics: Array<CrimeArea>, url: string, publishedOn?: string | null }> } | null };

export type CountryNetworkFieldsFragment = CountryNetworkFields_CascNetwork_Fragment | CountryNetworkFields_GljcNetwork_Fragment | CountryNetworkFields_SeajustNetwork_Fragment | CountryNetworkFields_WacapNetwork_Fragment;

export type CountryViewQueryVariables = Exact<{
  code: Scalars['String']['input'];
  authorities: AuthorityFilter;
  contactPoints: ContactPointFilter;
  events: EventFilter;
}>;


export type CountryViewQuery = { __typename?: 'Query', country?: { __typename?: 'Country', code: string, alpha2: string, name: string, networks: Array<{ __typename?: 'CascNetwork', fullName?: string | null, code: NetworkCode, name?: string | null, countryProfile?: { __typename?: 'CascCountryProfile', lastReviewedAt?: string | null, measures: Array<{ __typename?: 'CascMeasureProfile', measure: AssistanceMeasure, applicable: Applicability, legalBasis?: string | null, languages: Array<string>, dualCriminalityRequired?: boolean | null, requirements: Array<string>, notes?: string | null, lastReviewedAt?: string | null, competentAuthority?: { __typename?: 'CascAuthority', id: string, name: string } | null }> } | null, authorities?: { __typename?: 'CascAuthorityConnection', totalCount: number, nodes: Array<{ __typename?: 'CascAuthority', id: string, name: string, kind: AuthorityKind, measures: Array<AssistanceMeasure>, languages: Array<string>, channels: Array<Channel>, urgentContact?: string | null, email?: string | null, phone?: string | null, website?: string | null, address?: string | null }> } | null, contactPoints?: { __typename?: 'CascContactPointConnection', totalCount: number, nodes: Array<{ __typename?: 'CascContactPoint', id: string, fullName: string, title?: string | null, organization: string, roles: Array<ContactPointRole>, expertise: Array<CrimeArea>, languages: Array<string>, available24x7: boolean, country: { __typename?: 'Country', code: string, alpha2: string, name: string } }> } | null, workingGroups?: { __typename?: 'CascWorkingGroupConnection', nodes: Array<{ __typename?: 'CascWorkingGroup', id: string, name: string, topic?: CrimeArea | null, description?: string | null }> } | null, events?: { __typename?: 'CascNetworkEventConnection', nodes: Array<{ __typename?: 'CascNetworkEvent', id: string, title: string, kind: EventKind, startsOn: string, endsOn: string, place?: string | null, country?: { __typename?: 'Country', code: string, alpha2: string, name: string } | null }> } | null, resources?: { __typename?: 'CascResourceConnection', nodes: Array<{ __typename?: 'CascResource', id: string, title: string, kind: ResourceKind, languages: Array<string>, topics: Array<CrimeArea>, url: string, publishedOn?: string | null }> } | null } | { __typename?: 'GljcNetwork', fullName?: string | null, code: NetworkCode, name?: string | null, countryProfile?: { __typename?: 'GljcCountryProfile', lastReviewedAt?: string | null, measures: Array<{ __typename?: 'GljcMeasureProfile', measure: AssistanceMeasure, applicable: Applicability, legalBasis?: string | null, languages: Array<string>, dualCriminalityRequired?: boolean | null, requirements: Array<string>, notes?: string | null, lastReviewedAt?: string | null, competentAuthority?: { __typename?: 'GljcAuthority', id: string, name: string } | null }> } | null, authorities?: { __typename?: 'GljcAuthorityConnection', totalCount: number, nodes: Array<{ __typename?: 'GljcAuthority', id: string, name: string, kind: AuthorityKind, measures: Array<AssistanceMeasure>, languages: Array<string>, channels: Array<Channel>, urgentContact?: string | null, email?: string | null, phone?: string | null, website?: string | null, address?: string | null }> } | null, contactPoints?: { __typename?: 'GljcContactPointConnection', totalCount: number, nodes: Array<{ __typename?: 'GljcContactPoint', id: string, fullName: string, title?: string | null, organization: string, roles: Array<ContactPointRole>, expertise: Array<CrimeArea>, languages: Array<string>, available24x7: boolean, country: { __typename?: 'Country', code: string, alpha2: string, name: string } }> } | null, workingGroups?: { __typename?: 'GljcWorkingGroupConnection', nodes: Array<{ __typename?: 'GljcWorkingGroup', id: string, name: string, topic?: CrimeArea | null, description?: string | null }> } | null, events?: { __typename?: 'GljcNetworkEventConnection', nodes: Array<{ __typename?: 'GljcNetworkEvent', id: string, title: string, kind: EventKind, startsOn: string, endsOn: string, place?: string | null, country?: { __typename?: 'Country', code: string, alpha2: string, name: string } | null }> } | null, resources?: { __typename?: 'GljcResourceConnection', nodes: Array<{ __typename?: 'GljcResource', id: string, title: string, kind: ResourceKind, languages: Array<string>, topics: Array<CrimeArea>, url: string, publishedOn?: string | null }> } | null } | { __typename?: 'SeajustNetwork', fullName?: string | null, code: NetworkCode, name?: string | null, countryProfile?: { __typename?: 'SeajustCountryProfile', lastReviewedAt?: string | null, measures: Array<{ __typename?: 'SeajustMeasureProfile', measure: AssistanceMeasure, applicable: Applicability, legalBasis?: string | null, languages: Array<string>, dualCriminalityRequired?: boolean | null, requirements: Array<string>, notes?: string | null, lastReviewedAt?: string | null, competentAuthority?: { __typename?: 'SeajustAuthority', id: string, name: string } | null }> } | null, authorities?: { __typename?: 'SeajustAuthorityConnection', totalCount: number, nodes: Array<{ __typename?: 'SeajustAuthority', id: string, name: string, kind: AuthorityKind, measures: Array<AssistanceMeasure>, languages: Array<string>, channels: Array<Channel>, urgentContact?: string | null, email?: string | null, phone?: string | null, website?: string | null, address?: string | null }> } | null, contactPoints?: { __typename?: 'SeajustContactPointConnection', totalCount: number, nodes: Array<{ __typename?: 'SeajustContactPoint', id: string, fullName: string, title?: string | null, organization: string, roles: Array<ContactPointRole>, expertise: Array<CrimeArea>, languages: Array<string>, available24x7: boolean, country: { __typename?: 'Country', code: string, alpha2: string, name: string } }> } | null, workingGroups?: { __typename?: 'SeajustWorkingGroupConnection', nodes: Array<{ __typename?: 'SeajustWorkingGroup', id: string, name: string, topic?: CrimeArea | null, description?: string | null }> } | null, events?: { __typename?: 'SeajustNetworkEventConnection', nodes: Array<{ __typename?: 'SeajustNetworkEvent', id: string, title: string, kind: EventKind, startsOn: string, endsOn: string, place?: string | null, country?: { __typename?: 'Country', code: string, alpha2: string, name: string } | null }> } | null, resources?: { __typename?: 'SeajustResourceConnection', nodes: Array<{ __typename?: 'SeajustResource', id: string, title: string, kind: ResourceKind, languages: Array<string>, topics: Array<CrimeArea>, url: string, publishedOn?: string | null }> } | null } | { __typename?: 'WacapNetwork', fullName?: string | null, code: NetworkCode, name?: string | null, countryProfile?: { __typename?: 'WacapCountryProfile', lastReviewedAt?: string | null, measures: Array<{ __typename?: 'WacapMeasureProfile', measure: AssistanceMeasure, applicable: Applicability, legalBasis?: string | null, languages: Array<string>, dualCriminalityRequired?: boolean | null, requirements: Array<string>, notes?: string | null, lastReviewedAt?: string | null, competentAuthority?: { __typename?: 'WacapAuthority', id: string, name: string } | null }> } | null, authorities?: { __typename?: 'WacapAuthorityConnection', totalCount: number, nodes: Array<{ __typename?: 'WacapAuthority', id: string, name: string, kind: AuthorityKind, measures: Array<AssistanceMeasure>, languages: Array<string>, channels: Array<Channel>, urgentContact?: string | null, email?: string | null, phone?: string | null, website?: string | null, address?: string | null }> } | null, contactPoints?: { __typename?: 'WacapContactPointConnection', totalCount: number, nodes: Array<{ __typename?: 'WacapContactPoint', id: string, fullName: string, title?: string | null, organization: string, roles: Array<ContactPointRole>, expertise: Array<CrimeArea>, languages: Array<string>, available24x7: boolean, country: { __typename?: 'Country', code: string, alpha2: string, name: string } }> } | null, workingGroups?: { __typename?: 'WacapWorkingGroupConnection', nodes: Array<{ __typename?: 'WacapWorkingGroup', id: string, name: string, topic?: CrimeArea | null, description?: string | null }> } | null, events?: { __typename?: 'WacapNetworkEventConnection', nodes: Array<{ __typename?: 'WacapNetworkEvent', id: string, title: string, kind: EventKind, startsOn: string, endsOn: string, place?: string | null, country?: { __typename?: 'Country', code: string, alpha2: string, name: string } | null }> } | null, resources?: { __typename?: 'WacapResourceConnection', nodes: Array<{ __typename?: 'WacapResource', id: string, title: string, kind: ResourceKind, languages: Array<string>, topics: Array<CrimeArea>, url: string, publishedOn?: string | null }> } | null }> } | null };

export type DeskAuditQueryVariables = Exact<{
  network: NetworkCode;
  filter?: InputMaybe<AuditFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type DeskAuditQuery = { __typename?: 'Query', network?: { __typename?: 'CascNetwork', code: NetworkCode, auditLog?: { __typename?: 'CascAuditEntryConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'CascAuditEntry', id: string, at: string, actorSubject?: string | null, actorNetwork?: string | null, action: string, objectType?: string | null, objectId?: string | null }> } | null } | { __typename?: 'GljcNetwork', code: NetworkCode, auditLog?: { __typename?: 'GljcAuditEntryConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'GljcAuditEntry', id: string, at: string, actorSubject?: string | null, actorNetwork?: string | null, action: string, objectType?: string | null, objectId?: string | null }> } | null } | { __typename?: 'SeajustNetwork', code: NetworkCode, auditLog?: { __typename?: 'SeajustAuditEntryConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'SeajustAuditEntry', id: string, at: string, actorSubject?: string | null, actorNetwork?: string | null, action: string, objectType?: string | null, objectId?: string | null }> } | null } | { __typename?: 'WacapNetwork', code: NetworkCode, auditLog?: { __typename?: 'WacapAuditEntryConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'WacapAuditEntry', id: string, at: string, actorSubject?: string | null, actorNetwork?: string | null, action: string, objectType?: string | null, objectId?: string | null }> } | null } | null };

type DeskAudit_CascAuditEntryConnection_Fragment = { __typename?: 'CascAuditEntryConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'CascAuditEntry', id: string, at: string, actorSubject?: string | null, actorNetwork?: string | null, action: string, objectType?: string | null, objectId?: string | null }> };

type DeskAudit_GljcAuditEntryConnection_Fragment = { __typename?: 'GljcAuditEntryConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'GljcAuditEntry', id: string, at: string, actorSubject?: string | null, actorNetwork?: string | null, action: string, objectType?: string | null, objectId?: string | null }> };

type DeskAudit_SeajustAuditEntryConnection_Fragment = { __typename?: 'SeajustAuditEntryConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'SeajustAuditEntry', id: string, at: string, actorSubject?: string | null, actorNetwork?: string | null, action: string, objectType?: string | null, objectId?: string | null }> };

type DeskAudit_WacapAuditEntryConnection_Fragment = { __typename?: 'WacapAuditEntryConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'WacapAuditEntry', id: string, at: string, actorSubject?: string | null, actorNetwork?: string | null, action: string, objectType?: string | null, objectId?: string | null }> };

export type DeskAuditFragment = DeskAudit_CascAuditEntryConnection_Fragment | DeskAudit_GljcAuditEntryConnection_Fragment | DeskAudit_SeajustAuditEntryConnection_Fragment | DeskAudit_WacapAuditEntryConnection_Fragment;

export type DeskAuditObjectsQueryVariables = Exact<{
  ids: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
}>;


export type DeskAuditObjectsQuery = { __typename?: 'Query', nodes: Array<{ __typename?: 'CascAuthority', name: string, id: string } | { __typename?: 'CascContactPoint', fullName: string, id: string } | { __typename?: 'CascCountryProfile', id: string } | { __typename?: 'CascNetworkEvent', id: string } | { __typename?: 'CascNotification', id: string } | { __typename?: 'CascReferral', id: string } | { __typename?: 'CascResource', id: string } | { __typename?: 'CascWorkingGroup', id: string } | { __typename?: 'GljcAuthority', name: string, id: string } | { __typename?: 'GljcContactPoint', fullName: string, id: string } | { __typename?: 'GljcCountryProfile', id: string } | { __typename?: 'GljcNetworkEvent', id: string } | { __typename?: 'GljcNotification', id: string } | { __typename?: 'GljcReferral', id: string } | { __typename?: 'GljcResource', id: string } | { __typename?: 'GljcWorkingGroup', id: string } | { __typename?: 'SeajustAuthority', name: string, id: string } | { __typename?: 'SeajustContactPoint', fullName: string, id: string } | { __typename?: 'SeajustCountryProfile', id: string } | { __typename?: 'SeajustNetworkEvent', id: string } | { __typename?: 'SeajustNotification', id: string } | { __typename?: 'SeajustReferral', id: string } | { __typename?: 'SeajustResource', id: string } | { __typename?: 'SeajustWorkingGroup', id: string } | { __typename?: 'WacapAuthority', name: string, id: string } | { __typename?: 'WacapContactPoint', fullName: string, id: string } | { __typename?: 'WacapCountryProfile', id: string } | { __typename?: 'WacapNetworkEvent', id: string } | { __typename?: 'WacapNotification', id: string } | { __typename?: 'WacapReferral', id: string } | { __typename?: 'WacapResource', id: string } | { __typename?: 'WacapWorkingGroup', id: string } | null> };

type DeskAuthorityFields_CascAuthority_Fragment = { __typename?: 'CascAuthority', id: string, version: number, name: string, kind: AuthorityKind, measures: Array<AssistanceMeasure>, languages: Array<string>, channels: Array<Channel>, address?: string | null, email?: string | null, phone?: string | null, website?: string | null, urgentContact?: string | null, lastReviewedAt?: string | null };

type DeskAuthorityFields_GljcAuthority_Fragment = { __typename?: 'GljcAuthority', id: string, version: number, name: string, kind: AuthorityKind, measures: Array<AssistanceMeasure>, languages: Array<string>, channels: Array<Channel>, address?: string | null, email?: string | null, phone?: string | null, website?: string | null, urgentContact?: string | null, lastReviewedAt?: string | null };

type DeskAuthorityFields_SeajustAuthority_Fragment = { __typename?: 'SeajustAuthority', id: string, version: number, name: string, kind: AuthorityKind, measures: Array<AssistanceMeasure>, languages: Array<string>, channels: Array<Channel>, address?: string | null, email?: string | null, phone?: string | null, website?: string | null, urgentContact?: string | null, lastReviewedAt?: string | null };

type DeskAuthorityFields_WacapAuthority_Fragment = { __typename?: 'WacapAuthority', id: string, version: number, name: string, kind: AuthorityKind, measures: Array<AssistanceMeasure>, languages: Array<string>, channels: Array<Channel>, address?: string | null, email?: string | null, phone?: string | null, website?: string | null, urgentContact?: string | null, lastReviewedAt?: string | null };

export type DeskAuthorityFieldsFragment = DeskAuthorityFields_CascAuthority_Fragment | DeskAuthorityFields_GljcAuthority_Fragment | DeskAuthorityFields_SeajustAuthority_Fragment | DeskAuthorityFields_WacapAuthority_Fragment;

export type DeskAuthorityQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeskAuthorityQuery = { __typename?: 'Query', node?: { __typename?: 'CascAuthority', id: string, version: number, name: string, kind: AuthorityKind, measures: Array<AssistanceMeasure>, languages: Array<string>, channels: Array<Channel>, address?: string | null, email?: string | null, phone?: string | null, website?: string | null, urgentContact?: string | null, lastReviewedAt?: string | null } | { __typename?: 'CascContactPoint', id: string } | { __typename?: 'CascCountryProfile', id: string } | { __typename?: 'CascNetworkEvent', id: string } | { __typename?: 'CascNotification', id: string } | { __typename?: 'CascReferral', id: string } | { __typename?: 'CascResource', id: string } | { __typename?: 'CascWorkingGroup', id: string } | { __typename?: 'GljcAuthority', id: string, version: number, name: string, kind: AuthorityKind, measures: Array<AssistanceMeasure>, languages: Array<string>, channels: Array<Channel>, address?: string | null, email?: string | null, phone?: string | null, website?: string | null, urgentContact?: string | null, lastReviewedAt?: string | null } | { __typename?: 'GljcContactPoint', id: string } | { __typename?: 'GljcCountryProfile', id: string } | { __typename?: 'GljcNetworkEvent', id: string } | { __typename?: 'GljcNotification', id: string } | { __typename?: 'GljcReferral', id: string } | { __typename?: 'GljcResource', id: string } | { __typename?: 'GljcWorkingGroup', id: string } | { __typename?: 'SeajustAuthority', id: string, version: number, name: string, kind: AuthorityKind, measures: Array<AssistanceMeasure>, languages: Array<string>, channels: Array<Channel>, address?: string | null, email?: string | null, phone?: string | null, website?: string | null, urgentContact?: string | null, lastReviewedAt?: string | null } | { __typename?: 'SeajustContactPoint', id: string } | { __typename?: 'SeajustCountryProfile', id: string } | { __typename?: 'SeajustNetworkEvent', id: string } | { __typename?: 'SeajustNotification', id: string } | { __typename?: 'SeajustReferral', id: string } | { __typename?: 'SeajustResource', id: string } | { __typename?: 'SeajustWorkingGroup', id: string } | { __typename?: 'WacapAuthority', id: string, version: number, name: string, kind: AuthorityKind, measures: Array<AssistanceMeasure>, languages: Array<string>, channels: Array<Channel>, address?: string | null, email?: string | null, phone?: string | null, website?: string | null, urgentContact?: string | null, lastReviewedAt?: string | null } | { __typename?: 'WacapContactPoint', id: string } | { __typename?: 'WacapCountryProfile', id: string } | { __typename?: 'WacapNetworkEvent', id: string } | { __typename?: 'WacapNotification', id: string } | { __typename?: 'WacapReferral', id: string } | { __typename?: 'WacapResource', id: string } | { __typename?: 'WacapWorkingGroup', id: string } | null };

type DeskContactPointFields_CascContactPoint_Fragment = { __typename?: 'CascContactPoint', id: string, version: number, fullName: string, title?: string | null, organization: string, roles: Array<ContactPointRole>, expertise: Array<CrimeArea>, languages: Array<string>, available24x7: boolean, email?: string | null, phone?: string | null, nationalCorrespondent: boolean, toolCorrespondent: boolean, appointedOn?: string | null, termEndsOn?: string | null, active: boolean, lastReviewedAt?: string | null, country: { __typename?: 'Country', code: string, alpha2: string, name: string } };

type DeskContactPointFields_GljcContactPoint_Fragment = { __typename?: 'GljcContactPoint', id: string, version: number, fullName: string, title?: string | null, organization: string, roles: Array<ContactPointRole>, expertise: Array<CrimeArea>, languages: Array<string>, available24x7: boolean, email?: string | null, phone?: string | null, nationalCorrespondent: boolean, toolCorrespondent: boolean, appointedOn?: string | null, termEndsOn?: string | null, active: boolean, lastReviewedAt?: string | null, country: { __typename?: 'Country', code: string, alpha2: string, name: string } };

type DeskContactPointFields_SeajustContactPoint_Fragment = { __typename?: 'SeajustContactPoint', id: string, version: number, fullName: string, title?: string | null, organization: string, roles: Array<ContactPointRole>, expertise: Array<CrimeArea>, languages: Array<string>, available24x7: boolean, email?: string | null, phone?: string | null, nationalCorrespondent: boolean, toolCorrespondent: boolean, appointedOn?: string | null, termEndsOn?: string | null, active: boolean, lastReviewedAt?: string | null, country: { __typename?: 'Country', code: string, alpha2: string, name: string } };

type DeskContactPointFields_WacapContactPoint_Fragment = { __typename?: 'WacapContactPoint', id: string, version: number, fullName: string, title?: string | null, organization: string, roles: Array<ContactPointRole>, expertise: Array<CrimeArea>, languages: Array<string>, available24x7: boolean, email?: string | null, phone?: string | null, nationalCorrespondent: boolean, toolCorrespondent: boolean, appointedOn?: string | null, termEndsOn?: string | null, active: boolean, lastReviewedAt?: string | null, country: { __typename?: 'Country', code: string, alpha2: string, name: string } };

export type DeskContactPointFieldsFragment = DeskContactPointFields_CascContactPoint_Fragment | DeskContactPointFields_GljcContactPoint_Fragment | DeskContactPointFields_SeajustContactPoint_Fragment | DeskContactPointFields_WacapContactPoint_Fragment;

export type DeskContactPointQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeskContactPointQuery = { __typename?: 'Query', node?: { __typename?: 'CascAuthority', id: string } | { __typename?: 'CascContactPoint', id: string, version: number, fullName: string, title?: string | null, organization: string, roles: Array<ContactPointRole>, expertise: Array<CrimeArea>, languages: Array<string>, available24x7: boolean, email?: string | null, phone?: string | null, nationalCorrespondent: boolean, toolCorrespondent: boolean, appointedOn?: string | null, termEndsOn?: string | null, active: boolean, lastReviewedAt?: string | null, country: { __typename?: 'Country', code: string, alpha2: string, name: string } } | { __typename?: 'CascCountryProfile', id: string } | { __typename?: 'CascNetworkEvent', id: string } | { __typename?: 'CascNotification', id: string } | { __typename?: 'CascReferral', id: string } | { __typename?: 'CascResource', id: string } | { __typename?: 'CascWorkingGroup', id: string } | { __typename?: 'GljcAuthority', id: string } | { __typename?: 'GljcContactPoint', id: string, version: number, fullName: string, title?: string | null, organization: string, roles: Array<ContactPointRole>, expertise: Array<CrimeArea>, languages: Array<string>, available24x7: boolean, email?: string | null, phone?: string | null, nationalCorrespondent: boolean, toolCorrespondent: boolean, appointedOn?: string | null, termEndsOn?: string | null, active: boolean, lastReviewedAt?: string | null, country: { __typename?: 'Country', code: string, alpha2: string, name: string } } | { __typename?: 'GljcCountryProfile', id: string } | { __typename?: 'GljcNetworkEvent', id: string } | { __typename?: 'GljcNotification', id: string } | { __typename?: 'GljcReferral', id: string } | { __typename?: 'GljcResource', id: string } | { __typename?: 'GljcWorkingGroup', id: string } | { __typename?: 'SeajustAuthority', id: string } | { __typename?: 'SeajustContactPoint', id: string, version: number, fullName: string, title?: string | null, organization: string, roles: Array<ContactPointRole>, expertise: Array<CrimeArea>, languages: Array<string>, available24x7: boolean, email?: string | null, phone?: string | null, nationalCorrespondent: boolean, toolCorrespondent: boolean, appointedOn?: string | null, termEndsOn?: string | null, active: boolean, lastReviewedAt?: string | null, country: { __typename?: 'Country', code: string, alpha2: string, name: string } } | { __typename?: 'SeajustCountryProfile', id: string } | { __typename?: 'SeajustNetworkEvent', id: string } | { __typename?: 'SeajustNotification', id: string } | { __typename?: 'SeajustReferral', id: string } | { __typename?: 'SeajustResource', id: string } | { __typename?: 'SeajustWorkingGroup', id: string } | { __typename?: 'WacapAuthority', id: string } | { __typename?: 'WacapContactPoint', id: string, version: number, fullName: string, title?: string | null, organization: string, roles: Array<ContactPointRole>, expertise: Array<CrimeArea>, languages: Array<string>, available24x7: boolean, email?: string | null, phone?: string | null, nationalCorrespondent: boolean, toolCorrespondent: boolean, appointedOn?: string | null, termEndsOn?: string | null, active: boolean, lastReviewedAt?: string | null, country: { __typename?: 'Country', code: string, alpha2: string, name: string } } | { __typename?: 'WacapCountryProfile', id: string } | { __typename?: 'WacapNetworkEvent', id: string } | { __typename?: 'WacapNotification', id: string } | { __typename?: 'WacapReferral', id: string } | { __typename?: 'WacapResource', id: string } | { __typename?: 'WacapWorkingGroup', id: string } | null };

type DeskCountryProfileFields_CascCountryProfile_Fragment = { __typename?: 'CascCountryProfile', id: string, version: number, lastReviewedAt?: string | null, country: { __typename?: 'Country', code: string, alpha2: string, name: string }, measures: Array<{ __typename?: 'CascMeasureProfile', measure: AssistanceMeasure, applicable: Applicability, legalBasis?: string | null, languages: Array<string>, dualCriminalityRequired?: boolean | null, requirements: Array<string>, notes?: string | null, competentAuthority?: { __typename?: 'CascAuthority', id: string } | null }> };

type DeskCountryProfileFields_GljcCountryProfile_Fragment = { __typename?: 'GljcCountryProfile', id: string, version: number, lastReviewedAt?: string | null, country: { __typename?: 'Country', code: string, alpha2: string, name: string }, measures: Array<{ __typename?: 'GljcMeasureProfile', measure: AssistanceMeasure, applicable: Applicability, legalBasis?: string | null, languages: Array<string>, dualCriminalityRequired?: boolean | null, requirements: Array<string>, notes?: string | null, competentAuthority?: { __typename?: 'GljcAuthority', id: string } | null }> };

type DeskCountryProfileFields_SeajustCountryProfile_Fragment = { __typename?: 'SeajustCountryProfile', id: string, version: number, lastReviewedAt?: string | null, country: { __typename?: 'Country', code: string, alpha2: string, name: string }, measures: Array<{ __typename?: 'SeajustMeasureProfile', measure: AssistanceMeasure, applicable: Applicability, legalBasis?: string | null, languages: Array<string>, dualCriminalityRequired?: boolean | null, requirements: Array<string>, notes?: string | null, competentAuthority?: { __typename?: 'SeajustAuthority', id: string } | null }> };

type DeskCountryProfileFields_WacapCountryProfile_Fragment = { __typename?: 'WacapCountryProfile', id: string, version: number, lastReviewedAt?: string | null, country: { __typename?: 'Country', code: string, alpha2: string, name: string }, measures: Array<{ __typename?: 'WacapMeasureProfile', measure: AssistanceMeasure, applicable: Applicability, legalBasis?: string | null, languages: Array<string>, dualCriminalityRequired?: boolean | null, requirements: Array<string>, notes?: string | null, competentAuthority?: { __typename?: 'WacapAuthority', id: string } | null }> };

export type DeskCountryProfileFieldsFragment = DeskCountryProfileFields_CascCountryProfile_Fragment | DeskCountryProfileFields_GljcCountryProfile_Fragment | DeskCountryProfileFields_SeajustCountryProfile_Fragment | DeskCountryProfileFields_WacapCountryProfile_Fragment;

export type DeskCountryProfileQueryVariables = Exact<{
  network: NetworkCode;
  country: Scalars['String']['input'];
}>;


export type DeskCountryProfileQuery = { __typename?: 'Query', network?: { __typename?: 'CascNetwork', code: NetworkCode, countryProfile?: { __typename?: 'CascCountryProfile', id: string, version: number, lastReviewedAt?: string | null, country: { __typename?: 'Country', code: string, alpha2: string, name: string }, measures: Array<{ __typename?: 'CascMeasureProfile', measure: AssistanceMeasure, applicable: Applicability, legalBasis?: string | null, languages: Array<string>, dualCriminalityRequired?: boolean | null, requirements: Array<string>, notes?: string | null, competentAuthority?: { __typename?: 'CascAuthority', id: string } | null }> } | null, authorities?: { __typename?: 'CascAuthorityConnection', nodes: Array<{ __typename?: 'CascAuthority', id: string, name: string }> } | null } | { __typename?: 'GljcNetwork', code: NetworkCode, countryProfile?: { __typename?: 'GljcCountryProfile', id: string, version: number, lastReviewedAt?: string | null, country: { __typename?: 'Country', code: string, alpha2: string, name: string }, measures: Array<{ __typename?: 'GljcMeasureProfile', measure: AssistanceMeasure, applicable: Applicability, legalBasis?: string | null, languages: Array<string>, dualCriminalityRequired?: boolean | null, requirements: Array<string>, notes?: string | null, competentAuthority?: { __typename?: 'GljcAuthority', id: string } | null }> } | null, authorities?: { __typename?: 'GljcAuthorityConnection', nodes: Array<{ __typename?: 'GljcAuthority', id: string, name: string }> } | null } | { __typename?: 'SeajustNetwork', code: NetworkCode, countryProfile?: { __typename?: 'SeajustCountryProfile', id: string, version: number, lastReviewedAt?: string | null, country: { __typename?: 'Country', code: string, alpha2: string, name: string }, measures: Array<{ __typename?: 'SeajustMeasureProfile', measure: AssistanceMeasure, applicable: Applicability, legalBasis?: string | null, languages: Array<string>, dualCriminalityRequired?: boolean | null, requirements: Array<string>, notes?: string | null, competentAuthority?: { __typename?: 'SeajustAuthority', id: string } | null }> } | null, authorities?: { __typename?: 'SeajustAuthorityConnection', nodes: Array<{ __typename?: 'SeajustAuthority', id: string, name: string }> } | null } | { __typename?: 'WacapNetwork', code: NetworkCode, countryProfile?: { __typename?: 'WacapCountryProfile', id: string, version: number, lastReviewedAt?: string | null, country: { __typename?: 'Country', code: string, alpha2: string, name: string }, measures: Array<{ __typename?: 'WacapMeasureProfile', measure: AssistanceMeasure, applicable: Applicability, legalBasis?: string | null, languages: Array<string>, dualCriminalityRequired?: boolean | null, requirements: Array<string>, notes?: string | null, competentAuthority?: { __typename?: 'WacapAuthority', id: string } | null }> } | null, authorities?: { __typename?: 'WacapAuthorityConnection', nodes: Array<{ __typename?: 'WacapAuthority', id: string, name: string }> } | null } | null };

export type DeskMemberCountriesQueryVariables = Exact<{
  network: NetworkCode;
}>;


export type DeskMemberCountriesQuery = { __typename?: 'Query', network?: { __typename?: 'CascNetwork', code: NetworkCode, memberCountries?: Array<{ __typename?: 'Country', code: string, alpha2: string, name: string }> | null } | { __typename?: 'GljcNetwork', code: NetworkCode, memberCountries?: Array<{ __typename?: 'Country', code: string, alpha2: string, name: string }> | null } | { __typename?: 'SeajustNetwork', code: NetworkCode, memberCountries?: Array<{ __typename?: 'Country', code: string, alpha2: string, name: string }> | null } | { __typename?: 'WacapNetwork', code: NetworkCode, memberCountries?: Array<{ __typename?: 'Country', code: string, alpha2: string, name: string }> | null } | null };

export type DeskDirectoryQueryVariables = Exact<{
  network: NetworkCode;
  search?: InputMaybe<Scalars['String']['input']>;
}>;


export type DeskDirectoryQuery = { __typename?: 'Query', network?: { __typename?: 'CascNetwork', code: NetworkCode, name?: string | null, memberCountries?: Array<{ __typename?: 'Country', code: string, alpha2: string, name: string }> | null, contactPoints?: { __typename?: 'CascContactPointConnection', totalCount: number, nodes: Array<{ __typename?: 'CascContactPoint', id: string, fullName: string, active: boolean, country: { __typename?: 'Country', code: string, alpha2: string, name: string } }> } | null, authorities?: { __typename?: 'CascAuthorityConnection', totalCount: number, nodes: Array<{ __typename?: 'CascAuthority', id: string, name: string, country: { __typename?: 'Country', code: string, alpha2: string, name: string } }> } | null, countryProfiles?: Array<{ __typename?: 'CascCountryProfile', id: string, country: { __typename?: 'Country', code: string } }> | null, workingGroups?: { __typename?: 'CascWorkingGroupConnection', totalCount: number, nodes: Array<{ __typename?: 'CascWorkingGroup', id: string, name: string }> } | null, events?: { __typename?: 'CascNetworkEventConnection', totalCount: number, nodes: Array<{ __typename?: 'CascNetworkEvent', id: string, title: string, startsOn: string }> } | null, resources?: { __typename?: 'CascResourceConnection', totalCount: number, nodes: Array<{ __typename?: 'CascResource', id: string, title: string }> } | null } | { __typename?: 'GljcNetwork', code: NetworkCode, name?: string | null, memberCountries?: Array<{ __typename?: 'Country', code: string, alpha2: string, name: string }> | null, contactPoints?: { __typename?: 'GljcContactPointConnection', totalCount: number, nodes: Array<{ __typename?: 'GljcContactPoint', id: string, fullName: string, active: boolean, country: { __typename?: 'Country', code: string, alpha2: string, name: string } }> } | null, authorities?: { __typename?: 'GljcAuthorityConnection', totalCount: number, nodes: Array<{ __typename?: 'GljcAuthority', id: string, name: string, country: { __typename?: 'Country', code: string, alpha2: string, name: string } }> } | null, countryProfiles?: Array<{ __typename?: 'GljcCountryProfile', id: string, country: { __typename?: 'Country', code: string } }> | null, workingGroups?: { __typename?: 'GljcWorkingGroupConnection', totalCount: number, nodes: Array<{ __typename?: 'GljcWorkingGroup', id: string, name: string }> } | null, events?: { __typename?: 'GljcNetworkEventConnection', totalCount: number, nodes: Array<{ __typename?: 'GljcNetworkEvent', id: string, title: string, startsOn: string }> } | null, resources?: { __typename?: 'GljcResourceConnection', totalCount: number, nodes: Array<{ __typename?: 'GljcResource', id: string, title: string }> } | null } | { __typename?: 'SeajustNetwork', code: NetworkCode, name?: string | null, memberCountries?: Array<{ __typename?: 'Country', code: string, alpha2: string, name: string }> | null, contactPoints?: { __typename?: 'SeajustContactPointConnection', totalCount: number, nodes: Array<{ __typename?: 'SeajustContactPoint', id: string, fullName: string, active: boolean, country: { __typename?: 'Country', code: string, alpha2: string, name: string } }> } | null, authorities?: { __typename?: 'SeajustAuthorityConnection', totalCount: number, nodes: Array<{ __typename?: 'SeajustAuthority', id: string, name: string, country: { __typename?: 'Country', code: string, alpha2: string, name: string } }> } | null, countryProfiles?: Array<{ __typename?: 'SeajustCountryProfile', id: string, country: { __typename?: 'Country', code: string } }> | null, workingGroups?: { __typename?: 'SeajustWorkingGroupConnection', totalCount: number, nodes: Array<{ __typename?: 'SeajustWorkingGroup', id: string, name: string }> } | null, events?: { __typename?: 'SeajustNetworkEventConnection', totalCount: number, nodes: Array<{ __typename?: 'SeajustNetworkEvent', id: string, title: string, startsOn: string }> } | null, resources?: { __typename?: 'SeajustResourceConnection', totalCount: number, nodes: Array<{ __typename?: 'SeajustResource', id: string, title: string }> } | null } | { __typename?: 'WacapNetwork', code: NetworkCode, name?: string | null, memberCountries?: Array<{ __typename?: 'Country', code: string, alpha2: string, name: string }> | null, contactPoints?: { __typename?: 'WacapContactPointConnection', totalCount: number, nodes: Array<{ __typename?: 'WacapContactPoint', id: string, fullName: string, active: boolean, country: { __typename?: 'Country', code: string, alpha2: string, name: string } }> } | null, authorities?: { __typename?: 'WacapAuthorityConnection', totalCount: number, nodes: Array<{ __typename?: 'WacapAuthority', id: string, name: string, country: { __typename?: 'Country', code: string, alpha2: string, name: string } }> } | null, countryProfiles?: Array<{ __typename?: 'WacapCountryProfile', id: string, country: { __typename?: 'Country', code: string } }> | null, workingGroups?: { __typename?: 'WacapWorkingGroupConnection', totalCount: number, nodes: Array<{ __typename?: 'WacapWorkingGroup', id: string, name: string }> } | null, events?: { __typename?: 'WacapNetworkEventConnection', totalCount: number, nodes: Array<{ __typename?: 'WacapNetworkEvent', id: string, title: string, startsOn: string }> } | null, resources?: { __typename?: 'WacapResourceConnection', totalCount: number, nodes: Array<{ __typename?: 'WacapResource', id: string, title: string }> } | null } | null };

type DeskNetworkEventFields_CascNetworkEvent_Fragment = { __typename?: 'CascNetworkEvent', id: string, version: number, title: string, kind: EventKind, startsOn: string, endsOn: string, place?: string | null, country?: { __typename?: 'Country', code: string } | null, participantIds: Array<{ __typename?: 'CascContactPoint', id: string }> };

type DeskNetworkEventFields_GljcNetworkEvent_Fragment = { __typename?: 'GljcNetworkEvent', id: string, version: number, title: string, kind: EventKind, startsOn: string, endsOn: string, place?: string | null, country?: { __typename?: 'Country', code: string } | null, participantIds: Array<{ __typename?: 'GljcContactPoint', id: string }> };

type DeskNetworkEventFields_SeajustNetworkEvent_Fragment = { __typename?: 'SeajustNetworkEvent', id: string, version: number, title: string, kind: EventKind, startsOn: string, endsOn: string, place?: string | null, country?: { __typename?: 'Country', code: string } | null, participantIds: Array<{ __typename?: 'SeajustContactPoint', id: string }> };

type DeskNetworkEventFields_WacapNetworkEvent_Fragment = { __typename?: 'WacapNetworkEvent', id: string, version: number, title: string, kind: EventKind, startsOn: string, endsOn: string, place?: string | null, country?: { __typename?: 'Country', code: string } | null, participantIds: Array<{ __typename?: 'WacapContactPoint', id: string }> };

export type DeskNetworkEventFieldsFragment = DeskNetworkEventFields_CascNetworkEvent_Fragment | DeskNetworkEventFields_GljcNetworkEvent_Fragment | DeskNetworkEventFields_SeajustNetworkEvent_Fragment | DeskNetworkEventFields_WacapNetworkEvent_Fragment;

export type DeskNetworkEventQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeskNetworkEventQuery = { __typename?: 'Query', node?: { __typename?: 'CascAuthority', id: string } | { __typename?: 'CascContactPoint', id: string } | { __typename?: 'CascCountryProfile', id: string } | { __typename?: 'CascNetworkEvent', id: string, version: number, title: string, kind: EventKind, startsOn: string, endsOn: string, place?: string | null, country?: { __typename?: 'Country', code: string } | null, participantIds: Array<{ __typename?: 'CascContactPoint', id: string }> } | { __typename?: 'CascNotification', id: string } | { __typename?: 'CascReferral', id: string } | { __typename?: 'CascResource', id: string } | { __typename?: 'CascWorkingGroup', id: string } | { __typename?: 'GljcAuthority', id: string } | { __typename?: 'GljcContactPoint', id: string } | { __typename?: 'GljcCountryProfile', id: string } | { __typename?: 'GljcNetworkEvent', id: string, version: number, title: string, kind: EventKind, startsOn: string, endsOn: string, place?: string | null, country?: { __typename?: 'Country', code: string } | null, participantIds: Array<{ __typename?: 'GljcContactPoint', id: string }> } | { __typename?: 'GljcNotification', id: string } | { __typename?: 'GljcReferral', id: string } | { __typename?: 'GljcResource', id: string } | { __typename?: 'GljcWorkingGroup', id: string } | { __typename?: 'SeajustAuthority', id: string } | { __typename?: 'SeajustContactPoint', id: string } | { __typename?: 'SeajustCountryProfile', id: string } | { __typename?: 'SeajustNetworkEvent', id: string, version: number, title: string, kind: EventKind, startsOn: string, endsOn: string, place?: string | null, country?: { __typename?: 'Country', code: string } | null, participantIds: Array<{ __typename?: 'SeajustContactPoint', id: string }> } | { __typename?: 'SeajustNotification', id: string } | { __typename?: 'SeajustReferral', id: string } | { __typename?: 'SeajustResource', id: string } | { __typename?: 'SeajustWorkingGroup', id: string } | { __typename?: 'WacapAuthority', id: string } | { __typename?: 'WacapContactPoint', id: string } | { __typename?: 'WacapCountryProfile', id: string } | { __typename?: 'WacapNetworkEvent', id: string, version: number, title: string, kind: EventKind, startsOn: string, endsOn: string, place?: string | null, country?: { __typename?: 'Country', code: string } | null, participantIds: Array<{ __typename?: 'WacapContactPoint', id: string }> } | { __typename?: 'WacapNotification', id: string } | { __typename?: 'WacapReferral', id: string } | { __typename?: 'WacapResource', id: string } | { __typename?: 'WacapWorkingGroup', id: string } | null };

export type DeskPeopleQueryVariables = Exact<{
  network: NetworkCode;
}>;


export type DeskPeopleQuery = { __typename?: 'Query', network?: { __typename?: 'CascNetwork', code: NetworkCode, contactPoints?: { __typename?: 'CascContactPointConnection', nodes: Array<{ __typename?: 'CascContactPoint', id: string, fullName: string, active: boolean, country: { __typename?: 'Country', code: string, alpha2: string, name: string } }> } | null } | { __typename?: 'GljcNetwork', code: NetworkCode, contactPoints?: { __typename?: 'GljcContactPointConnection', nodes: Array<{ __typename?: 'GljcContactPoint', id: string, fullName: string, active: boolean, country: { __typename?: 'Country', code: string, alpha2: string, name: string } }> } | null } | { __typename?: 'SeajustNetwork', code: NetworkCode, contactPoints?: { __typename?: 'SeajustContactPointConnection', nodes: Array<{ __typename?: 'SeajustContactPoint', id: string, fullName: string, active: boolean, country: { __typename?: 'Country', code: string, alpha2: string, name: string } }> } | null } | { __typename?: 'WacapNetwork', code: NetworkCode, contactPoints?: { __typename?: 'WacapContactPointConnection', nodes: Array<{ __typename?: 'WacapContactPoint', id: string, fullName: string, active: boolean, country: { __typename?: 'Country', code: string, alpha2: string, name: string } }> } | null } | null };

type DeskResourceFields_CascResource_Fragment = { __typename?: 'CascResource', id: string, version: number, title: string, kind: ResourceKind, languages: Array<string>, topics: Array<CrimeArea>, url: string, publishedOn?: string | null };

type DeskResourceFields_GljcResource_Fragment = { __typename?: 'GljcResource', id: string, version: number, title: string, kind: ResourceKind, languages: Array<string>, topics: Array<CrimeArea>, url: string, publishedOn?: string | null };

type DeskResourceFields_SeajustResource_Fragment = { __typename?: 'SeajustResource', id: string, version: number, title: string, kind: ResourceKind, languages: Array<string>, topics: Array<CrimeArea>, url: string, publishedOn?: string | null };

type DeskResourceFields_WacapResource_Fragment = { __typename?: 'WacapResource', id: string, version: number, title: string, kind: ResourceKind, languages: Array<string>, topics: Array<CrimeArea>, url: string, publishedOn?: string | null };

export type DeskResourceFieldsFragment = DeskResourceFields_CascResource_Fragment | DeskResourceFields_GljcResource_Fragment | DeskResourceFields_SeajustResource_Fragment | DeskResourceFields_WacapResource_Fragment;

export type DeskResourceQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeskResourceQuery = { __typename?: 'Query', node?: { __typename?: 'CascAuthority', id: string } | { __typename?: 'CascContactPoint', id: string } | { __typename?: 'CascCountryProfile', id: string } | { __typename?: 'CascNetworkEvent', id: string } | { __typename?: 'CascNotification', id: string } | { __typename?: 'CascReferral', id: string } | { __typename?: 'CascResource', id: string, version: number, title: string, kind: ResourceKind, languages: Array<string>, topics: Array<CrimeArea>, url: string, publishedOn?: string | null } | { __typename?: 'CascWorkingGroup', id: string } | { __typename?: 'GljcAuthority', id: string } | { __typename?: 'GljcContactPoint', id: string } | { __typename?: 'GljcCountryProfile', id: string } | { __typename?: 'GljcNetworkEvent', id: string } | { __typename?: 'GljcNotification', id: string } | { __typename?: 'GljcReferral', id: string } | { __typename?: 'GljcResource', id: string, version: number, title: string, kind: ResourceKind, languages: Array<string>, topics: Array<CrimeArea>, url: string, publishedOn?: string | null } | { __typename?: 'GljcWorkingGroup', id: string } | { __typename?: 'SeajustAuthority', id: string } | { __typename?: 'SeajustContactPoint', id: string } | { __typename?: 'SeajustCountryProfile', id: string } | { __typename?: 'SeajustNetworkEvent', id: string } | { __typename?: 'SeajustNotification', id: string } | { __typename?: 'SeajustReferral', id: string } | { __typename?: 'SeajustResource', id: string, version: number, title: string, kind: ResourceKind, languages: Array<string>, topics: Array<CrimeArea>, url: string, publishedOn?: string | null } | { __typename?: 'SeajustWorkingGroup', id: string } | { __typename?: 'WacapAuthority', id: string } | { __typename?: 'WacapContactPoint', id: string } | { __typename?: 'WacapCountryProfile', id: string } | { __typename?: 'WacapNetworkEvent', id: string } | { __typename?: 'WacapNotification', id: string } | { __typename?: 'WacapReferral', id: string } | { __typename?: 'WacapResource', id: string, version: number, title: string, kind: ResourceKind, languages: Array<string>, topics: Array<CrimeArea>, url: string, publishedOn?: string | null } | { __typename?: 'WacapWorkingGroup', id: string } | null };

export type DeskReviewDirectoryQueryVariables = Exact<{
  network: NetworkCode;
  reviewedBefore: Scalars['DateTime']['input'];
}>;


export type DeskReviewDirectoryQuery = { __typename?: 'Query', network?: { __typename?: 'CascNetwork', code: NetworkCode, authorities?: { __typename?: 'CascAuthorityConnection', totalCount: number, nodes: Array<{ __typename?: 'CascAuthority', id: string, version: number, name: string, lastReviewedAt?: string | null }> } | null, countryProfiles?: Array<{ __typename?: 'CascCountryProfile', id: string, lastReviewedAt?: string | null, country: { __typename?: 'Country', code: string, alpha2: string, name: string } }> | null } | { __typename?: 'GljcNetwork', code: NetworkCode, authorities?: { __typename?: 'GljcAuthorityConnection', totalCount: number, nodes: Array<{ __typename?: 'GljcAuthority', id: string, version: number, name: string, lastReviewedAt?: string | null }> } | null, countryProfiles?: Array<{ __typename?: 'GljcCountryProfile', id: string, lastReviewedAt?: string | null, country: { __typename?: 'Country', code: string, alpha2: string, name: string } }> | null } | { __typename?: 'SeajustNetwork', code: NetworkCode, authorities?: { __typename?: 'SeajustAuthorityConnection', totalCount: number, nodes: Array<{ __typename?: 'SeajustAuthority', id: string, version: number, name: string, lastReviewedAt?: string | null }> } | null, countryProfiles?: Array<{ __typename?: 'SeajustCountryProfile', id: string, lastReviewedAt?: string | null, country: { __typename?: 'Country', code: string, alpha2: string, name: string } }> | null } | { __typename?: 'WacapNetwork', code: NetworkCode, authorities?: { __typename?: 'WacapAuthorityConnection', totalCount: number, nodes: Array<{ __typename?: 'WacapAuthority', id: string, version: number, name: string, lastReviewedAt?: string | null }> } | null, countryProfiles?: Array<{ __typename?: 'WacapCountryProfile', id: string, lastReviewedAt?: string | null, country: { __typename?: 'Country', code: string, alpha2: string, name: string } }> | null } | null };

export type DeskReviewQueryVariables = Exact<{
  network: NetworkCode;
  reviewedBefore: Scalars['DateTime']['input'];
  termEndsBefore: Scalars['Date']['input'];
}>;


export type DeskReviewQuery = { __typename?: 'Query', network?: { __typename?: 'CascNetwork', code: NetworkCode, memberCountries?: Array<{ __typename?: 'Country', code: string, alpha2: string, name: string }> | null, due?: { __typename?: 'CascContactPointConnection', totalCount: number, nodes: Array<{ __typename?: 'CascContactPoint', id: string, version: number, fullName: string, lastReviewedAt?: string | null, country: { __typename?: 'Country', code: string, alpha2: string, name: string } }> } | null, ending?: { __typename?: 'CascContactPointConnection', totalCount: number, nodes: Array<{ __typename?: 'CascContactPoint', id: string, fullName: string, termEndsOn?: string | null }> } | null, allHours?: { __typename?: 'CascContactPointConnection', nodes: Array<{ __typename?: 'CascContactPoint', id: string, country: { __typename?: 'Country', code: string } }> } | null } | { __typename?: 'GljcNetwork', code: NetworkCode, memberCountries?: Array<{ __typename?: 'Country', code: string, alpha2: string, name: string }> | null, due?: { __typename?: 'GljcContactPointConnection', totalCount: number, nodes: Array<{ __typename?: 'GljcContactPoint', id: string, version: number, fullName: string, lastReviewedAt?: string | null, country: { __typename?: 'Country', code: string, alpha2: string, name: string } }> } | null, ending?: { __typename?: 'GljcContactPointConnection', totalCount: number, nodes: Array<{ __typename?: 'GljcContactPoint', id: string, fullName: string, termEndsOn?: string | null }> } | null, allHours?: { __typename?: 'GljcContactPointConnection', nodes: Array<{ __typename?: 'GljcContactPoint', id: string, country: { __typename?: 'Country', code: string } }> } | null } | { __typename?: 'SeajustNetwork', code: NetworkCode, memberCountries?: Array<{ __typename?: 'Country', code: string, alpha2: string, name: string }> | null, due?: { __typename?: 'SeajustContactPointConnection', totalCount: number, nodes: Array<{ __typename?: 'SeajustContactPoint', id: string, version: number, fullName: string, lastReviewedAt?: string | null, country: { __typename?: 'Country', code: string, alpha2: string, name: string } }> } | null, ending?: { __typename?: 'SeajustContactPointConnection', totalCount: number, nodes: Array<{ __typename?: 'SeajustContactPoint', id: string, fullName: string, termEndsOn?: string | null }> } | null, allHours?: { __typename?: 'SeajustContactPointConnection', nodes: Array<{ __typename?: 'SeajustContactPoint', id: string, country: { __typename?: 'Country', code: string } }> } | null } | { __typename?: 'WacapNetwork', code: NetworkCode, memberCountries?: Array<{ __typename?: 'Country', code: string, alpha2: string, name: string }> | null, due?: { __typename?: 'WacapContactPointConnection', totalCount: number, nodes: Array<{ __typename?: 'WacapContactPoint', id: string, version: number, fullName: string, lastReviewedAt?: string | null, country: { __typename?: 'Country', code: string, alpha2: string, name: string } }> } | null, ending?: { __typename?: 'WacapContactPointConnection', totalCount: number, nodes: Array<{ __typename?: 'WacapContactPoint', id: string, fullName: string, termEndsOn?: string | null }> } | null, allHours?: { __typename?: 'WacapContactPointConnection', nodes: Array<{ __typename?: 'WacapContactPoint', id: string, country: { __typename?: 'Country', code: string } }> } | null } | null };

export type DeskRotationQueryVariables = Exact<{
  network: NetworkCode;
  country: Scalars['String']['input'];
  contactPoint: Scalars['ID']['input'];
}>;


export type DeskRotationQuery = { __typename?: 'Query', network?: { __typename?: 'CascNetwork', code: NetworkCode, contactPoints?: { __typename?: 'CascContactPointConnection', nodes: Array<{ __typename?: 'CascContactPoint', id: string, fullName: string }> } | null, referrals?: { __typename?: 'CascReferralConnection', totalCount: number, nodes: Array<{ __typename?: 'CascReferral', id: string, reference: string, subject: string, status: ReferralStatus }> } | null } | { __typename?: 'GljcNetwork', code: NetworkCode, contactPoints?: { __typename?: 'GljcContactPointConnection', nodes: Array<{ __typename?: 'GljcContactPoint', id: string, fullName: string }> } | null, referrals?: { __typename?: 'GljcReferralConnection', totalCount: number, nodes: Array<{ __typename?: 'GljcReferral', id: string, reference: string, subject: string, status: ReferralStatus }> } | null } | { __typename?: 'SeajustNetwork', code: NetworkCode, contactPoints?: { __typename?: 'SeajustContactPointConnection', nodes: Array<{ __typename?: 'SeajustContactPoint', id: string, fullName: string }> } | null, referrals?: { __typename?: 'SeajustReferralConnection', totalCount: number, nodes: Array<{ __typename?: 'SeajustReferral', id: string, reference: string, subject: string, status: ReferralStatus }> } | null } | { __typename?: 'WacapNetwork', code: NetworkCode, contactPoints?: { __typename?: 'WacapContactPointConnection', nodes: Array<{ __typename?: 'WacapContactPoint', id: string, fullName: string }> } | null, referrals?: { __typename?: 'WacapReferralConnection', totalCount: number, nodes: Array<{ __typename?: 'WacapReferral', id: string, reference: string, subject: string, status: ReferralStatus }> } | null } | null };

type DeskWorkingGroupFields_CascWorkingGroup_Fragment = { __typename?: 'CascWorkingGroup', id: string, version: number, name: string, topic?: CrimeArea | null, description?: string | null, memberIds: Array<{ __typename?: 'CascContactPoint', id: string }> };

type DeskWorkingGroupFields_GljcWorkingGroup_Fragment = { __typename?: 'GljcWorkingGroup', id: string, version: number, name: string, topic?: CrimeArea | null, description?: string | null, memberIds: Array<{ __typename?: 'GljcContactPoint', id: string }> };

type DeskWorkingGroupFields_SeajustWorkingGroup_Fragment = { __typename?: 'SeajustWorkingGroup', id: string, version: number, name: string, topic?: CrimeArea | null, description?: string | null, memberIds: Array<{ __typename?: 'SeajustContactPoint', id: string }> };

type DeskWorkingGroupFields_WacapWorkingGroup_Fragment = { __typename?: 'WacapWorkingGroup', id: string, version: number, name: string, topic?: CrimeArea | null, description?: string | null, memberIds: Array<{ __typename?: 'WacapContactPoint', id: string }> };

export type DeskWorkingGroupFieldsFragment = DeskWorkingGroupFields_CascWorkingGroup_Fragment | DeskWorkingGroupFields_GljcWorkingGroup_Fragment | DeskWorkingGroupFields_SeajustWorkingGroup_Fragment | DeskWorkingGroupFields_WacapWorkingGroup_Fragment;

export type DeskWorkingGroupQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeskWorkingGroupQuery = { __typename?: 'Query', node?: { __typename?: 'CascAuthority', id: string } | { __typename?: 'CascContactPoint', id: string } | { __typename?: 'CascCountryProfile', id: string } | { __typename?: 'CascNetworkEvent', id: string } | { __typename?: 'CascNotification', id: string } | { __typename?: 'CascReferral', id: string } | { __typename?: 'CascResource', id: string } | { __typename?: 'CascWorkingGroup', id: string, version: number, name: string, topic?: CrimeArea | null, description?: string | null, memberIds: Array<{ __typename?: 'CascContactPoint', id: string }> } | { __typename?: 'GljcAuthority', id: string } | { __typename?: 'GljcContactPoint', id: string } | { __typename?: 'GljcCountryProfile', id: string } | { __typename?: 'GljcNetworkEvent', id: string } | { __typename?: 'GljcNotification', id: string } | { __typename?: 'GljcReferral', id: string } | { __typename?: 'GljcResource', id: string } | { __typename?: 'GljcWorkingGroup', id: string, version: number, name: string, topic?: CrimeArea | null, description?: string | null, memberIds: Array<{ __typename?: 'GljcContactPoint', id: string }> } | { __typename?: 'SeajustAuthority', id: string } | { __typename?: 'SeajustContactPoint', id: string } | { __typename?: 'SeajustCountryProfile', id: string } | { __typename?: 'SeajustNetworkEvent', id: string } | { __typename?: 'SeajustNotification', id: string } | { __typename?: 'SeajustReferral', id: string } | { __typename?: 'SeajustResource', id: string } | { __typename?: 'SeajustWorkingGroup', id: string, version: number, name: string, topic?: CrimeArea | null, description?: string | null, memberIds: Array<{ __typename?: 'SeajustContactPoint', id: string }> } | { __typename?: 'WacapAuthority', id: string } | { __typename?: 'WacapContactPoint', id: string } | { __typename?: 'WacapCountryProfile', id: string } | { __typename?: 'WacapNetworkEvent', id: string } | { __typename?: 'WacapNotification', id: string } | { __typename?: 'WacapReferral', id: string } | { __typename?: 'WacapResource', id: string } | { __typename?: 'WacapWorkingGroup', id: string, version: number, name: string, topic?: CrimeArea | null, description?: string | null, memberIds: Array<{ __typename?: 'WacapContactPoint', id: string }> } | null };

type ContactPointFacts_CascContactPoint_Fragment = { __typename?: 'CascContactPoint', email?: string | null, phone?: string | null, active: boolean, lastReviewedAt?: string | null, appointedOn?: string | null, termEndsOn?: string | null, nationalCorrespondent: boolean, toolCorrespondent: boolean, network?: { __typename?: 'CascNetwork', code: NetworkCode, name?: string | null } | null, successor?: { __typename?: 'CascContactPoint', id: string, fullName: string } | null, predecessor?: { __typename?: 'CascContactPoint', id: string, fullName: string } | null };

type ContactPointFacts_GljcContactPoint_Fragment = { __typename?: 'GljcContactPoint', email?: string | null, phone?: string | null, active: boolean, lastReviewedAt?: string | null, appointedOn?: string | null, termEndsOn?: string | null, nationalCorrespondent: boolean, toolCorrespondent: boolean, network?: { __typename?: 'GljcNetwork', code: NetworkCode, name?: string | null } | null, successor?: { __typename?: 'GljcContactPoint', id: string, fullName: string } | null, predecessor?: { __typename?: 'GljcContactPoint', id: string, fullName: string } | null };

type ContactPointFacts_SeajustContactPoint_Fragment = { __typename?: 'SeajustContactPoint', email?: string | null, phone?: string | null, active: boolean, lastReviewedAt?: string | null, appointedOn?: string | null, termEndsOn?: string | null, nationalCorrespondent: boolean, toolCorrespondent: boolean, network?: { __typename?: 'SeajustNetwork', code: NetworkCode, name?: string | null } | null, successor?: { __typename?: 'SeajustContactPoint', id: string, fullName: string } | null, predecessor?: { __typename?: 'SeajustContactPoint', id: string, fullName: string } | null };

type ContactPointFacts_WacapContactPoint_Fragment = { __typename?: 'WacapContactPoint', email?: string | null, phone?: string | null, active: boolean, lastReviewedAt?: string | null, appointedOn?: string | null, termEndsOn?: string | null, nationalCorrespondent: boolean, toolCorrespondent: boolean, network?: { __typename?: 'WacapNetwork', code: NetworkCode, name?: string | null } | null, successor?: { __typename?: 'WacapContactPoint', id: string, fullName: string } | null, predecessor?: { __typename?: 'WacapContactPoint', id: string, fullName: string } | null };

export type ContactPointFactsFragment = ContactPointFacts_CascContactPoint_Fragment | ContactPointFacts_GljcContactPoint_Fragment | ContactPointFacts_SeajustContactPoint_Fragment | ContactPointFacts_WacapContactPoint_Fragment;

export type ContactPointDetailQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ContactPointDetailQuery = { __typename?: 'Query', node?: { __typename?: 'CascAuthority', id: string } | { __typename?: 'CascContactPoint', id: string, fullName: string, title?: string | null, organization: string, roles: Array<ContactPointRole>, expertise: Array<CrimeArea>, languages: Array<string>, available24x7: boolean, email?: string | null, phone?: string | null, active: boolean, lastReviewedAt?: string | null, appointedOn?: string | null, termEndsOn?: string | null, nationalCorrespondent: boolean, toolCorrespondent: boolean, country: { __typename?: 'Country', code: string, alpha2: string, name: string }, network?: { __typename?: 'CascNetwork', code: NetworkCode, name?: string | null } | null, successor?: { __typename?: 'CascContactPoint', id: string, fullName: string } | null, predecessor?: { __typename?: 'CascContactPoint', id: string, fullName: string } | null } | { __typename?: 'CascCountryProfile', id: string } | { __typename?: 'CascNetworkEvent', id: string } | { __typename?: 'CascNotification', id: string } | { __typename?: 'CascReferral', id: string } | { __typename?: 'CascResource', id: string } | { __typename?: 'CascWorkingGroup', id: string } | { __typename?: 'GljcAuthority', id: string } | { __typename?: 'GljcContactPoint', id: string, fullName: string, title?: string | null, organization: string, roles: Array<ContactPointRole>, expertise: Array<CrimeArea>, languages: Array<string>, available24x7: boolean, email?: string | null, phone?: string | null, active: boolean, lastReviewedAt?: string | null, appointedOn?: string | null, termEndsOn?: string | null, nationalCorrespondent: boolean, toolCorrespondent: boolean, country: { __typename?: 'Country', code: string, alpha2: string, name: string }, network?: { __typename?: 'GljcNetwork', code: NetworkCode, name?: string | null } | null, successor?: { __typename?: 'GljcContactPoint', id: string, fullName: string } | null, predecessor?: { __typename?: 'GljcContactPoint', id: string, fullName: string } | null } | { __typename?: 'GljcCountryProfile', id: string } | { __typename?: 'GljcNetworkEvent', id: string } | { __typename?: 'GljcNotification', id: string } | { __typename?: 'GljcReferral', id: string } | { __typename?: 'GljcResource', id: string } | { __typename?: 'GljcWorkingGroup', id: string } | { __typename?: 'SeajustAuthority', id: string } | { __typename?: 'SeajustContactPoint', id: string, fullName: string, title?: string | null, organization: string, roles: Array<ContactPointRole>, expertise: Array<CrimeArea>, languages: Array<string>, available24x7: boolean, email?: string | null, phone?: string | null, active: boolean, lastReviewedAt?: string | null, appointedOn?: string | null, termEndsOn?: string | null, nationalCorrespondent: boolean, toolCorrespondent: boolean, country: { __typename?: 'Country', code: string, alpha2: string, name: string }, network?: { __typename?: 'SeajustNetwork', code: NetworkCode, name?: string | null } | null, successor?: { __typename?: 'SeajustContactPoint', id: string, fullName: string } | null, predecessor?: { __typename?: 'SeajustContactPoint', id: string, fullName: string } | null } | { __typename?: 'SeajustCountryProfile', id: string } | { __typename?: 'SeajustNetworkEvent', id: string } | { __typename?: 'SeajustNotification', id: string } | { __typename?: 'SeajustReferral', id: string } | { __typename?: 'SeajustResource', id: string } | { __typename?: 'SeajustWorkingGroup', id: string } | { __typename?: 'WacapAuthority', id: string } | { __typename?: 'WacapContactPoint', id: string, fullName: string, title?: string | null, organization: string, roles: Array<ContactPointRole>, expertise: Array<CrimeArea>, languages: Array<string>, available24x7: boolean, email?: string | null, phone?: string | null, active: boolean, lastReviewedAt?: string | null, appointedOn?: string | null, termEndsOn?: string | null, nationalCorrespondent: boolean, toolCorrespondent: boolean, country: { __typename?: 'Country', code: string, alpha2: string, name: string }, network?: { __typename?: 'WacapNetwork', code: NetworkCode, name?: string | null } | null, successor?: { __typename?: 'WacapContactPoint', id: string, fullName: string } | null, predecessor?: { __typename?: 'WacapContactPoint', id: string, fullName: string } | null } | { __typename?: 'WacapCountryProfile', id: string } | { __typename?: 'WacapNetworkEvent', id: string } | { __typename?: 'WacapNotification', id: string } | { __typename?: 'WacapReferral', id: string } | { __typename?: 'WacapResource', id: string } | { __typename?: 'WacapWorkingGroup', id: string } | null };

export type DirectorySearchQueryVariables = Exact<{
  codes?: InputMaybe<Array<NetworkCode> | NetworkCode>;
  filter?: InputMaybe<ContactPointFilter>;
  first: Scalars['Int']['input'];
}>;


export type DirectorySearchQuery = { __typename?: 'Query', networks: Array<{ __typename?: 'CascNetwork', code: NetworkCode, name?: string | null, contactPoints?: { __typename?: 'CascContactPointConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'CascContactPoint', id: string, fullName: string, title?: string | null, organization: string, roles: Array<ContactPointRole>, expertise: Array<CrimeArea>, languages: Array<string>, available24x7: boolean, country: { __typename?: 'Country', code: string, alpha2: string, name: string } }> } | null } | { __typename?: 'GljcNetwork', code: NetworkCode, name?: string | null, contactPoints?: { __typename?: 'GljcContactPointConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'GljcContactPoint', id: string, fullName: string, title?: string | null, organization: string, roles: Array<ContactPointRole>, expertise: Array<CrimeArea>, languages: Array<string>, available24x7: boolean, country: { __typename?: 'Country', code: string, alpha2: string, name: string } }> } | null } | { __typename?: 'SeajustNetwork', code: NetworkCode, name?: string | null, contactPoints?: { __typename?: 'SeajustContactPointConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'SeajustContactPoint', id: string, fullName: string, title?: string | null, organization: string, roles: Array<ContactPointRole>, expertise: Array<CrimeArea>, languages: Array<string>, available24x7: boolean, country: { __typename?: 'Country', code: string, alpha2: string, name: string } }> } | null } | { __typename?: 'WacapNetwork', code: NetworkCode, name?: string | null, contactPoints?: { __typename?: 'WacapContactPointConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'WacapContactPoint', id: string, fullName: string, title?: string | null, organization: string, roles: Array<ContactPointRole>, expertise: Array<CrimeArea>, languages: Array<string>, available24x7: boolean, country: { __typename?: 'Country', code: string, alpha2: string, name: string } }> } | null }> };

type ContactPointPage_CascContactPointConnection_Fragment = { __typename?: 'CascContactPointConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'CascContactPoint', id: string, fullName: string, title?: string | null, organization: string, roles: Array<ContactPointRole>, expertise: Array<CrimeArea>, languages: Array<string>, available24x7: boolean, country: { __typename?: 'Country', code: string, alpha2: string, name: string } }> };

type ContactPointPage_GljcContactPointConnection_Fragment = { __typename?: 'GljcContactPointConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'GljcContactPoint', id: string, fullName: string, title?: string | null, organization: string, roles: Array<ContactPointRole>, expertise: Array<CrimeArea>, languages: Array<string>, available24x7: boolean, country: { __typename?: 'Country', code: string, alpha2: string, name: string } }> };

type ContactPointPage_SeajustContactPointConnection_Fragment = { __typename?: 'SeajustContactPointConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'SeajustContactPoint', id: string, fullName: string, title?: string | null, organization: string, roles: Array<ContactPointRole>, expertise: Array<CrimeArea>, languages: Array<string>, available24x7: boolean, country: { __typename?: 'Country', code: string, alpha2: string, name: string } }> };

type ContactPointPage_WacapContactPointConnection_Fragment = { __typename?: 'WacapContactPointConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'WacapContactPoint', id: string, fullName: string, title?: string | null, organization: string, roles: Array<ContactPointRole>, expertise: Array<CrimeArea>, languages: Array<string>, available24x7: boolean, country: { __typename?: 'Country', code: string, alpha2: string, name: string } }> };

export type ContactPointPageFragment = ContactPointPage_CascContactPointConnection_Fragment | ContactPointPage_GljcContactPointConnection_Fragment | ContactPointPage_SeajustContactPointConnection_Fragment | ContactPointPage_WacapContactPointConnection_Fragment;

export type DirectoryNetworkPageQueryVariables = Exact<{
  code: NetworkCode;
  filter?: InputMaybe<ContactPointFilter>;
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type DirectoryNetworkPageQuery = { __typename?: 'Query', network?: { __typename?: 'CascNetwork', code: NetworkCode, contactPoints?: { __typename?: 'CascContactPointConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'CascContactPoint', id: string, fullName: string, title?: string | null, organization: string, roles: Array<ContactPointRole>, expertise: Array<CrimeArea>, languages: Array<string>, available24x7: boolean, country: { __typename?: 'Country', code: string, alpha2: string, name: string } }> } | null } | { __typename?: 'GljcNetwork', code: NetworkCode, contactPoints?: { __typename?: 'GljcContactPointConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'GljcContactPoint', id: string, fullName: string, title?: string | null, organization: string, roles: Array<ContactPointRole>, expertise: Array<CrimeArea>, languages: Array<string>, available24x7: boolean, country: { __typename?: 'Country', code: string, alpha2: string, name: string } }> } | null } | { __typename?: 'SeajustNetwork', code: NetworkCode, contactPoints?: { __typename?: 'SeajustContactPointConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'SeajustContactPoint', id: string, fullName: string, title?: string | null, organization: string, roles: Array<ContactPointRole>, expertise: Array<CrimeArea>, languages: Array<string>, available24x7: boolean, country: { __typename?: 'Country', code: string, alpha2: string, name: string } }> } | null } | { __typename?: 'WacapNetwork', code: NetworkCode, contactPoints?: { __typename?: 'WacapContactPointConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'WacapContactPoint', id: string, fullName: string, title?: string | null, organization: string, roles: Array<ContactPointRole>, expertise: Array<CrimeArea>, languages: Array<string>, available24x7: boolean, country: { __typename?: 'Country', code: string, alpha2: string, name: string } }> } | null } | null };

export type NetworkViewQueryVariables = Exact<{
  code: NetworkCode;
  events: EventFilter;
}>;


export type NetworkViewQuery = { __typename?: 'Query', network?: { __typename?: 'CascNetwork', code: NetworkCode, name?: string | null, fullName?: string | null, region?: string | null, memberships?: Array<{ __typename?: 'Membership', joined: string, country: { __typename?: 'Country', code: string, alpha2: string, name: string } }> | null, workingGroups?: { __typename?: 'CascWorkingGroupConnection', nodes: Array<{ __typename?: 'CascWorkingGroup', id: string, name: string, topic?: CrimeArea | null, description?: string | null }> } | null, events?: { __typename?: 'CascNetworkEventConnection', nodes: Array<{ __typename?: 'CascNetworkEvent', id: string, title: string, kind: EventKind, startsOn: string, endsOn: string, place?: string | null, country?: { __typename?: 'Country', code: string, alpha2: string, name: string } | null }> } | null, resources?: { __typename?: 'CascResourceConnection', nodes: Array<{ __typename?: 'CascResource', id: string, title: string, kind: ResourceKind, languages: Array<string>, topics: Array<CrimeArea>, url: string, publishedOn?: string | null }> } | null } | { __typename?: 'GljcNetwork', code: NetworkCode, name?: string | null, fullName?: string | null, region?: string | null, memberships?: Array<{ __typename?: 'Membership', joined: string, country: { __typename?: 'Country', code: string, alpha2: string, name: string } }> | null, workingGroups?: { __typename?: 'GljcWorkingGroupConnection', nodes: Array<{ __typename?: 'GljcWorkingGroup', id: string, name: string, topic?: CrimeArea | null, description?: string | null }> } | null, events?: { __typename?: 'GljcNetworkEventConnection', nodes: Array<{ __typename?: 'GljcNetworkEvent', id: string, title: string, kind: EventKind, startsOn: string, endsOn: string, place?: string | null, country?: { __typename?: 'Country', code: string, alpha2: string, name: string } | null }> } | null, resources?: { __typename?: 'GljcResourceConnection', nodes: Array<{ __typename?: 'GljcResource', id: string, title: string, kind: ResourceKind, languages: Array<string>, topics: Array<CrimeArea>, url: string, publishedOn?: string | null }> } | null } | { __typename?: 'SeajustNetwork', code: NetworkCode, name?: string | null, fullName?: string | null, region?: string | null, memberships?: Array<{ __typename?: 'Membership', joined: string, country: { __typename?: 'Country', code: string, alpha2: string, name: string } }> | null, workingGroups?: { __typename?: 'SeajustWorkingGroupConnection', nodes: Array<{ __typename?: 'SeajustWorkingGroup', id: string, name: string, topic?: CrimeArea | null, description?: string | null }> } | null, events?: { __typename?: 'SeajustNetworkEventConnection', nodes: Array<{ __typename?: 'SeajustNetworkEvent', id: string, title: string, kind: EventKind, startsOn: string, endsOn: string, place?: string | null, country?: { __typename?: 'Country', code: string, alpha2: string, name: string } | null }> } | null, resources?: { __typename?: 'SeajustResourceConnection', nodes: Array<{ __typename?: 'SeajustResource', id: string, title: string, kind: ResourceKind, languages: Array<string>, topics: Array<CrimeArea>, url: string, publishedOn?: string | null }> } | null } | { __typename?: 'WacapNetwork', code: NetworkCode, name?: string | null, fullName?: string | null, region?: string | null, memberships?: Array<{ __typename?: 'Membership', joined: string, country: { __typename?: 'Country', code: string, alpha2: string, name: string } }> | null, workingGroups?: { __typename?: 'WacapWorkingGroupConnection', nodes: Array<{ __typename?: 'WacapWorkingGroup', id: string, name: string, topic?: CrimeArea | null, description?: string | null }> } | null, events?: { __typename?: 'WacapNetworkEventConnection', nodes: Array<{ __typename?: 'WacapNetworkEvent', id: string, title: string, kind: EventKind, startsOn: string, endsOn: string, place?: string | null, country?: { __typename?: 'Country', code: string, alpha2: string, name: string } | null }> } | null, resources?: { __typename?: 'WacapResourceConnection', nodes: Array<{ __typename?: 'WacapResource', id: string, title: string, kind: ResourceKind, languages: Array<string>, topics: Array<CrimeArea>, url: string, publishedOn?: string | null }> } | null } | null };

export type NetworksOverviewQueryVariables = Exact<{ [key: string]: never; }>;


export type NetworksOverviewQuery = { __typename?: 'Query', networks: Array<{ __typename?: 'CascNetwork', code: NetworkCode, name?: string | null, fullName?: string | null, region?: string | null, memberships?: Array<{ __typename?: 'Membership', joined: string, country: { __typename?: 'Country', code: string, alpha2: string, name: string } }> | null } | { __typename?: 'GljcNetwork', code: NetworkCode, name?: string | null, fullName?: string | null, region?: string | null, memberships?: Array<{ __typename?: 'Membership', joined: string, country: { __typename?: 'Country', code: string, alpha2: string, name: string } }> | null } | { __typename?: 'SeajustNetwork', code: NetworkCode, name?: string | null, fullName?: string | null, region?: string | null, memberships?: Array<{ __typename?: 'Membership', joined: string, country: { __typename?: 'Country', code: string, alpha2: string, name: string } }> | null } | { __typename?: 'WacapNetwork', code: NetworkCode, name?: string | null, fullName?: string | null, region?: string | null, memberships?: Array<{ __typename?: 'Membership', joined: string, country: { __typename?: 'Country', code: string, alpha2: string, name: string } }> | null }> };

export type ReferralDestinationQueryVariables = Exact<{
  country: Scalars['String']['input'];
  authorities: AuthorityFilter;
  contactPoints: ContactPointFilter;
}>;


export type ReferralDestinationQuery = { __typename?: 'Query', country?: { __typename?: 'Country', code: string, alpha2: string, name: string, networks: Array<{ __typename?: 'CascNetwork', code: NetworkCode, name?: string | null, countryProfile?: { __typename?: 'CascCountryProfile', measures: Array<{ __typename?: 'CascMeasureProfile', measure: AssistanceMeasure, applicable: Applicability, legalBasis?: string | null, languages: Array<string>, dualCriminalityRequired?: boolean | null, requirements: Array<string>, notes?: string | null, lastReviewedAt?: string | null, competentAuthority?: { __typename?: 'CascAuthority', id: string, name: string } | null }> } | null, authorities?: { __typename?: 'CascAuthorityConnection', nodes: Array<{ __typename?: 'CascAuthority', id: string, name: string, kind: AuthorityKind, measures: Array<AssistanceMeasure>, languages: Array<string>, channels: Array<Channel>, urgentContact?: string | null, email?: string | null, phone?: string | null, website?: string | null, address?: string | null }> } | null, contactPoints?: { __typename?: 'CascContactPointConnection', nodes: Array<{ __typename?: 'CascContactPoint', id: string, fullName: string, title?: string | null, organization: string, roles: Array<ContactPointRole>, expertise: Array<CrimeArea>, languages: Array<string>, available24x7: boolean, country: { __typename?: 'Country', code: string, alpha2: string, name: string } }> } | null } | { __typename?: 'GljcNetwork', code: NetworkCode, name?: string | null, countryProfile?: { __typename?: 'GljcCountryProfile', measures: Array<{ __typename?: 'GljcMeasureProfile', measure: AssistanceMeasure, applicable: Applicability, legalBasis?: string | null, languages: Array<string>, dualCriminalityRequired?: boolean | null, requirements: Array<string>, notes?: string | null, lastReviewedAt?: string | null, competentAuthority?: { __typename?: 'GljcAuthority', id: string, name: string } | null }> } | null, authorities?: { __typename?: 'GljcAuthorityConnection', nodes: Array<{ __typename?: 'GljcAuthority', id: string, name: string, kind: AuthorityKind, measures: Array<AssistanceMeasure>, languages: Array<string>, channels: Array<Channel>, urgentContact?: string | null, email?: string | null, phone?: string | null, website?: string | null, address?: string | null }> } | null, contactPoints?: { __typename?: 'GljcContactPointConnection', nodes: Array<{ __typename?: 'GljcContactPoint', id: string, fullName: string, title?: string | null, organization: string, roles: Array<ContactPointRole>, expertise: Array<CrimeArea>, languages: Array<string>, available24x7: boolean, country: { __typename?: 'Country', code: string, alpha2: string, name: string } }> } | null } | { __typename?: 'SeajustNetwork', code: NetworkCode, name?: string | null, countryProfile?: { __typename?: 'SeajustCountryProfile', measures: Array<{ __typename?: 'SeajustMeasureProfile', measure: AssistanceMeasure, applicable: Applicability, legalBasis?: string | null, languages: Array<string>, dualCriminalityRequired?: boolean | null, requirements: Array<string>, notes?: string | null, lastReviewedAt?: string | null, competentAuthority?: { __typename?: 'SeajustAuthority', id: string, name: string } | null }> } | null, authorities?: { __typename?: 'SeajustAuthorityConnection', nodes: Array<{ __typename?: 'SeajustAuthority', id: string, name: string, kind: AuthorityKind, measures: Array<AssistanceMeasure>, languages: Array<string>, channels: Array<Channel>, urgentContact?: string | null, email?: string | null, phone?: string | null, website?: string | null, address?: string | null }> } | null, contactPoints?: { __typename?: 'SeajustContactPointConnection', nodes: Array<{ __typename?: 'SeajustContactPoint', id: string, fullName: string, title?: string | null, organization: string, roles: Array<ContactPointRole>, expertise: Array<CrimeArea>, languages: Array<string>, available24x7: boolean, country: { __typename?: 'Country', code: string, alpha2: string, name: string } }> } | null } | { __typename?: 'WacapNetwork', code: NetworkCode, name?: string | null, countryProfile?: { __typename?: 'WacapCountryProfile', measures: Array<{ __typename?: 'WacapMeasureProfile', measure: AssistanceMeasure, applicable: Applicability, legalBasis?: string | null, languages: Array<string>, dualCriminalityRequired?: boolean | null, requirements: Array<string>, notes?: string | null, lastReviewedAt?: string | null, competentAuthority?: { __typename?: 'WacapAuthority', id: string, name: string } | null }> } | null, authorities?: { __typename?: 'WacapAuthorityConnection', nodes: Array<{ __typename?: 'WacapAuthority', id: string, name: string, kind: AuthorityKind, measures: Array<AssistanceMeasure>, languages: Array<string>, channels: Array<Channel>, urgentContact?: string | null, email?: string | null, phone?: string | null, website?: string | null, address?: string | null }> } | null, contactPoints?: { __typename?: 'WacapContactPointConnection', nodes: Array<{ __typename?: 'WacapContactPoint', id: string, fullName: string, title?: string | null, organization: string, roles: Array<ContactPointRole>, expertise: Array<CrimeArea>, languages: Array<string>, available24x7: boolean, country: { __typename?: 'Country', code: string, alpha2: string, name: string } }> } | null }> } | null };

type ReferralFactsFields_CascReferral_Fragment = { __typename?: 'CascReferral', id: string, reference: string, side: ReferralSide, status: ReferralStatus, kind: AssistanceKind, measures: Array<AssistanceMeasure>, crimeAreas: Array<CrimeArea>, urgency: Urgency, subject: string, summary?: string | null, formalReferences: Array<string>, createdAt: string, acknowledgeBy?: string | null, answerExpectedBy?: string | null, overdue: boolean, from?: { __typename?: 'CascContactPoint', id: string, fullName: string } | { __typename?: 'GljcContactPoint', id: string, fullName: string } | { __typename?: 'SeajustContactPoint', id: string, fullName: string } | { __typename?: 'WacapContactPoint', id: string, fullName: string } | null, to?: { __typename?: 'CascContactPoint', id: string, fullName: string } | { __typename?: 'GljcContactPoint', id: string, fullName: string } | { __typename?: 'SeajustContactPoint', id: string, fullName: string } | { __typename?: 'WacapContactPoint', id: string, fullName: string } | null, assignedTo?: { __typename?: 'CascContactPoint', id: string, fullName: string } | { __typename?: 'GljcContactPoint', id: string, fullName: string } | { __typename?: 'SeajustContactPoint', id: string, fullName: string } | { __typename?: 'WacapContactPoint', id: string, fullName: string } | null, originCountry: { __typename?: 'Country', code: string, alpha2: string, name: string }, destinationCountry: { __typename?: 'Country', code: string, alpha2: string, name: string }, originNetwork?: { __typename?: 'CascNetwork', code: NetworkCode, name?: string | null } | { __typename?: 'GljcNetwork', code: NetworkCode, name?: string | null } | { __typename?: 'SeajustNetwork', code: NetworkCode, name?: string | null } | { __typename?: 'WacapNetwork', code: NetworkCode, name?: string | null } | null, destinationNetwork?: { __typename?: 'CascNetwork', code: NetworkCode, name?: string | null } | { __typename?: 'GljcNetwork', code: NetworkCode, name?: string | null } | { __typename?: 'SeajustNetwork', code: NetworkCode, name?: string | null } | { __typename?: 'WacapNetwork', code: NetworkCode, name?: string | null } | null };

type ReferralFactsFields_GljcReferral_Fragment = { __typename?: 'GljcReferral', id: string, reference: string, side: ReferralSide, status: ReferralStatus, kind: AssistanceKind, measures: Array<AssistanceMeasure>, crimeAreas: Array<CrimeArea>, urgency: Urgency, subject: string, summary?: string | null, formalReferences: Array<string>, createdAt: string, acknowledgeBy?: string | null, answerExpectedBy?: string | null, overdue: boolean, from?: { __typename?: 'CascContactPoint', id: string, fullName: string } | { __typename?: 'GljcContactPoint', id: string, fullName: string } | { __typename?: 'SeajustContactPoint', id: string, fullName: string } | { __typename?: 'WacapContactPoint', id: string, fullName: string } | null, to?: { __typename?: 'CascContactPoint', id: string, fullName: string } | { __typename?: 'GljcContactPoint', id: string, fullName: string } | { __typename?: 'SeajustContactPoint', id: string, fullName: string } | { __typename?: 'WacapContactPoint', id: string, fullName: string } | null, assignedTo?: { __typename?: 'CascContactPoint', id: string, fullName: string } | { __typename?: 'GljcContactPoint', id: string, fullName: string } | { __typename?: 'SeajustContactPoint', id: string, fullName: string } | { __typename?: 'WacapContactPoint', id: string, fullName: string } | null, originCountry: { __typename?: 'Country', code: string, alpha2: string, name: string }, destinationCountry: { __typename?: 'Country', code: string, alpha2: string, name: string }, originNetwork?: { __typename?: 'CascNetwork', code: NetworkCode, name?: string | null } | { __typename?: 'GljcNetwork', code: NetworkCode, name?: string | null } | { __typename?: 'SeajustNetwork', code: NetworkCode, name?: string | null } | { __typename?: 'WacapNetwork', code: NetworkCode, name?: string | null } | null, destinationNetwork?: { __typename?: 'CascNetwork', code: NetworkCode, name?: string | null } | { __typename?: 'GljcNetwork', code: NetworkCode, name?: string | null } | { __typename?: 'SeajustNetwork', code: NetworkCode, name?: string | null } | { __typename?: 'WacapNetwork', code: NetworkCode, name?: string | null } | null };

type ReferralFactsFields_SeajustReferral_Fragment = { __typename?: 'SeajustReferral', id: string, reference: string, side: ReferralSide, status: ReferralStatus, kind: AssistanceKind, measures: Array<AssistanceMeasure>, crimeAreas: Array<CrimeArea>, urgency: Urgency, subject: string, summary?: string | null, formalReferences: Array<string>, createdAt: string, acknowledgeBy?: string | null, answerExpectedBy?: string | null, overdue: boolean, from?: { __typename?: 'CascContactPoint', id: string, fullName: string } | { __typename?: 'GljcContactPoint', id: string, fullName: string } | { __typename?: 'SeajustContactPoint', id: string, fullName: string } | { __typename?: 'WacapContactPoint', id: string, fullName: string } | null, to?: { __typename?: 'CascContactPoint', id: string, fullName: string } | { __typename?: 'GljcContactPoint', id: string, fullName: string } | { __typename?: 'SeajustContactPoint', id: string, fullName: string } | { __typename?: 'WacapContactPoint', id: string, fullName: string } | null, assignedTo?: { __typename?: 'CascContactPoint', id: string, fullName: string } | { __typename?: 'GljcContactPoint', id: string, fullName: string } | { __typename?: 'SeajustContactPoint', id: string, fullName: string } | { __typename?: 'WacapContactPoint', id: string, fullName: string } | null, originCountry: { __typename?: 'Country', code: string, alpha2: string, name: string }, destinationCountry: { __typename?: 'Country', code: string, alpha2: string, name: string }, originNetwork?: { __typename?: 'CascNetwork', code: NetworkCode, name?: string | null } | { __typename?: 'GljcNetwork', code: NetworkCode, name?: string | null } | { __typename?: 'SeajustNetwork', code: NetworkCode, name?: string | null } | { __typename?: 'WacapNetwork', code: NetworkCode, name?: string | null } | null, destinationNetwork?: { __typename?: 'CascNetwork', code: NetworkCode, name?: string | null } | { __typename?: 'GljcNetwork', code: NetworkCode, name?: string | null } | { __typename?: 'SeajustNetwork', code: NetworkCode, name?: string | null } | { __typename?: 'WacapNetwork', code: NetworkCode, name?: string | null } | null };

type ReferralFactsFields_WacapReferral_Fragment = { __typename?: 'WacapReferral', id: string, reference: string, side: ReferralSide, status: ReferralStatus, kind: AssistanceKind, measures: Array<AssistanceMeasure>, crimeAreas: Array<CrimeArea>, urgency: Urgency, subject: string, summary?: string | null, formalReferences: Array<string>, createdAt: string, acknowledgeBy?: string | null, answerExpectedBy?: string | null, overdue: boolean, from?: { __typename?: 'CascContactPoint', id: string, fullName: string } | { __typename?: 'GljcContactPoint', id: string, fullName: string } | { __typename?: 'SeajustContactPoint', id: string, fullName: string } | { __typename?: 'WacapContactPoint', id: string, fullName: string } | null, to?: { __typename?: 'CascContactPoint', id: string, fullName: string } | { __typename?: 'GljcContactPoint', id: string, fullName: string } | { __typename?: 'SeajustContactPoint', id: string, fullName: string } | { __typename?: 'WacapContactPoint', id: string, fullName: string } | null, assignedTo?: { __typename?: 'CascContactPoint', id: string, fullName: string } | { __typename?: 'GljcContactPoint', id: string, fullName: string } | { __typename?: 'SeajustContactPoint', id: string, fullName: string } | { __typename?: 'WacapContactPoint', id: string, fullName: string } | null, originCountry: { __typename?: 'Country', code: string, alpha2: string, name: string }, destinationCountry: { __typename?: 'Country', code: string, alpha2: string, name: string }, originNetwork?: { __typename?: 'CascNetwork', code: NetworkCode, name?: string | null } | { __typename?: 'GljcNetwork', code: NetworkCode, name?: string | null } | { __typename?: 'SeajustNetwork', code: NetworkCode, name?: string | null } | { __typename?: 'WacapNetwork', code: NetworkCode, name?: string | null } | null, destinationNetwork?: { __typename?: 'CascNetwork', code: NetworkCode, name?: string | null } | { __typename?: 'GljcNetwork', code: NetworkCode, name?: string | null } | { __typename?: 'SeajustNetwork', code: NetworkCode, name?: string | null } | { __typename?: 'WacapNetwork', code: NetworkCode, name?: string | null } | null };

export type ReferralFactsFieldsFragment = ReferralFactsFields_CascReferral_Fragment | ReferralFactsFields_GljcReferral_Fragment | ReferralFactsFields_SeajustReferral_Fragment | ReferralFactsFields_WacapReferral_Fragment;

export type ReferralDetailQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ReferralDetailQuery = { __typename?: 'Query', node?: { __typename?: 'CascAuthority', id: string } | { __typename?: 'CascContactPoint', id: string } | { __typename?: 'CascCountryProfile', id: string } | { __typename?: 'CascNetworkEvent', id: string } | { __typename?: 'CascNotification', id: string } | { __typename?: 'CascReferral', availableActions: Array<ReferralAction>, id: string, reference: string, side: ReferralSide, status: ReferralStatus, kind: AssistanceKind, measures: Array<AssistanceMeasure>, crimeAreas: Array<CrimeArea>, urgency: Urgency, subject: string, summary?: string | null, formalReferences: Array<string>, createdAt: string, acknowledgeBy?: string | null, answerExpectedBy?: string | null, overdue: boolean, events?: Array<{ __typename?: 'ReferralEvent', sequence: number, side: ReferralSide, type: ReferralEventType, at: string, note?: string | null, answerExpectedBy?: string | null, assignedTo?: { __typename?: 'CascContactPoint', id: string, fullName: string } | { __typename?: 'GljcContactPoint', id: string, fullName: string } | { __typename?: 'SeajustContactPoint', id: string, fullName: string } | { __typename?: 'WacapContactPoint', id: string, fullName: string } | null }> | null, delivery?: { __typename?: 'ReferralDelivery', state: DeliveryState, pending: number, lastError?: string | null, nextAttemptAt?: string | null } | null, counterpart?: { __typename?: 'CascReferral', id: string, status: ReferralStatus, events?: Array<{ __typename?: 'ReferralEvent', sequence: number, side: ReferralSide, type: ReferralEventType, at: string, note?: string | null, answerExpectedBy?: string | null, assignedTo?: { __typename?: 'CascContactPoint', id: string, fullName: string } | { __typename?: 'GljcContactPoint', id: string, fullName: string } | { __typename?: 'SeajustContactPoint', id: string, fullName: string } | { __typename?: 'WacapContactPoint', id: string, fullName: string } | null }> | null } | { __typename?: 'GljcReferral', id: string, status: ReferralStatus, events?: Array<{ __typename?: 'ReferralEvent', sequence: number, side: ReferralSide, type: ReferralEventType, at: string, note?: string | null, answerExpectedBy?: string | null, assignedTo?: { __typename?: 'CascContactPoint', id: string, fullName: string } | { __typename?: 'GljcContactPoint', id: string, fullName: string } | { __typename?: 'SeajustContactPoint', id: string, fullName: string } | { __typename?: 'WacapContactPoint', id: string, fullName: string } | null }> | null } | { __typename?: 'SeajustReferral', id: string, status: ReferralStatus, events?: Array<{ __typename?: 'ReferralEvent', sequence: number, side: ReferralSide, type: ReferralEventType, at: string, note?: string | null, answerExpectedBy?: string | null, assignedTo?: { __typename?: 'CascContactPoint', id: string, fullName: string } | { __typename?: 'GljcContactPoint', id: string, fullName: string } | { __typename?: 'SeajustContactPoint', id: string, fullName: string } | { __typename?: 'WacapContactPoint', id: string, fullName: string } | null }> | null } | { __typename?: 'WacapReferral', id: string, status: ReferralStatus, events?: Array<{ __typename?: 'ReferralEvent', sequence: number, side: ReferralSide, type: ReferralEventType, at: string, note?: string | null, answerExpectedBy?: string | null, assignedTo?: { __typename?: 'CascContactPoint', id: string, fullName: string } | { __typename?: 'GljcContactPoint', id: string, fullName: string } | { __typename?: 'SeajustContactPoint', id: string, fullName: string } | { __typename?: 'WacapContactPoint', id: string, fullName: string } | null }> | null } | null, from?: { __typename?: 'CascContactPoint', id: string, fullName: string } | { __typename?: 'GljcContactPoint', id: string, fullName: string } | { __typename?: 'SeajustContactPoint', id: string, fullName: string } | { __typename?: 'WacapContactPoint', id: string, fullName: string } | null, to?: { __typename?: 'CascContactPoint', id: string, fullName: string } | { __typename?: 'GljcContactPoint', id: string, fullName: string } | { __typename?: 'SeajustContactPoint', id: string, fullName: string } | { __typename?: 'WacapContactPoint', id: string, fullName: string } | null, assignedTo?: { __typename?: 'CascContactPoint', id: string, fullName: string } | { __typename?: 'GljcContactPoint', id: string, fullName: string } | { __typename?: 'SeajustContactPoint', id: string, fullName: string } | { __typename?: 'WacapContactPoint', id: string, fullName: string } | null, originCountry: { __typename?: 'Country', code: string, alpha2: string, name: string }, destinationCountry: { __typename?: 'Country', code: string, alpha2: string, name: string }, originNetwork?: { __typename?: 'CascNetwork', code: NetworkCode, name?: string | null } | { __typename?: 'GljcNetwork', code: NetworkCode, name?: string | null } | { __typename?: 'SeajustNetwork', code: NetworkCode, name?: string | null } | { __typename?: 'WacapNetwork', code: NetworkCode, name?: string | null } | null, destinationNetwork?: { __typename?: 'CascNetwork', code: NetworkCode, name?: string | null } | { __typename?: 'GljcNetwork', code: NetworkCode, name?: string | null } | { __typename?: 'SeajustNetwork', code: NetworkCode, name?: string | null } | { __typename?: 'WacapNetwork', code: NetworkCode, name?: string | null } | null } | { __typename?: 'CascResource', id: string } | { __typename?: 'CascWorkingGroup', id: string } | { __typename?: 'GljcAuthority', id: string } | { __typename?: 'GljcContactPoint', id: string } | { __typename?: 'GljcCountryProfile', id: string } | { __typename?: 'GljcNetworkEvent', id: string } | { __typename?: 'GljcNotification', id: string } | { __typename?: 'GljcReferral', availableActions: Array<ReferralAction>, id: string, reference: string, side: ReferralSide, status: ReferralStatus, kind: AssistanceKind, measures: Array<AssistanceMeasure>, crimeAreas: Array<CrimeArea>, urgency: Urgency, subject: string, summary?: string | null, formalReferences: Array<string>, createdAt: string, acknowledgeBy?: string | null, answerExpectedBy?: string | null, overdue: boolean, events?: Array<{ __typename?: 'ReferralEvent', sequence: number, side: ReferralSide, type: ReferralEventType, at: string, note?: string | null, answerExpectedBy?: string | null, assignedTo?: { __typename?: 'CascContactPoint', id: string, fullName: string } | { __typename?: 'GljcContactPoint', id: string, fullName: string } | { __typename?: 'SeajustContactPoint', id: string, fullName: string } | { __typename?: 'WacapContactPoint', id: string, fullName: string } | null }> | null, delivery?: { __typename?: 'ReferralDelivery', state: DeliveryState, pending: number, lastError?: string | null, nextAttemptAt?: string | null } | null, counterpart?: { __typename?: 'CascReferral', id: string, status: ReferralStatus, events?: Array<{ __typename?: 'ReferralEvent', sequence: number, side: ReferralSide, type: ReferralEventType, at: string, note?: string | null, answerExpectedBy?: string | null, assignedTo?: { __typename?: 'CascContactPoint', id: string, fullName: string } | { __typename?: 'GljcContactPoint', id: string, fullName: string } | { __typename?: 'SeajustContactPoint', id: string, fullName: string } | { __typename?: 'WacapContactPoint', id: string, fullName: string } | null }> | null } | { __typename?: 'GljcReferral', id: string, status: ReferralStatus, events?: Array<{ __typename?: 'ReferralEvent', sequence: number, side: ReferralSide, type: ReferralEventType, at: string, note?: string | null, answerExpectedBy?: string | null, assignedTo?: { __typename?: 'CascContactPoint', id: string, fullName: string } | { __typename?: 'GljcContactPoint', id: string, fullName: string } | { __typename?: 'SeajustContactPoint', id: string, fullName: string } | { __typename?: 'WacapContactPoint', id: string, fullName: string } | null }> | null } | { __typename?: 'SeajustReferral', id: string, status: ReferralStatus, events?: Array<{ __typename?: 'ReferralEvent', sequence: number, side: ReferralSide, type: ReferralEventType, at: string, note?: string | null, answerExpectedBy?: string | null, assignedTo?: { __typename?: 'CascContactPoint', id: string, fullName: string } | { __typename?: 'GljcContactPoint', id: string, fullName: string } | { __typename?: 'SeajustContactPoint', id: string, fullName: string } | { __typename?: 'WacapContactPoint', id: string, fullName: string } | null }> | null } | { __typename?: 'WacapReferral', id: string, status: ReferralStatus, events?: Array<{ __typename?: 'ReferralEvent', sequence: number, side: ReferralSide, type: ReferralEventType, at: string, note?: string | null, answerExpectedBy?: string | null, assignedTo?: { __typename?: 'CascContactPoint', id: string, fullName: string } | { __typename?: 'GljcContactPoint', id: string, fullName: string } | { __typename?: 'SeajustContactPoint', id: string, fullName: string } | { __typename?: 'WacapContactPoint', id: string, fullName: string } | null }> | null } | null, from?: { __typename?: 'CascContactPoint', id: string, fullName: string } | { __typename?: 'GljcContactPoint', id: string, fullName: string } | { __typename?: 'SeajustContactPoint', id: string, fullName: string } | { __typename?: 'WacapContactPoint', id: string, fullName: string } | null, to?: { __typename?: 'CascContactPoint', id: string, fullName: string } | { __typename?: 'GljcContactPoint', id: string, fullName: string } | { __typename?: 'SeajustContactPoint', id: string, fullName: string } | { __typename?: 'WacapContactPoint', id: string, fullName: string } | null, assignedTo?: { __typename?: 'CascContactPoint', id: string, fullName: string } | { __typename?: 'GljcContactPoint', id: string, fullName: string } | { __typename?: 'SeajustContactPoint', id: string, fullName: string } | { __typename?: 'WacapContactPoint', id: string, fullName: string } | null, originCountry: { __typename?: 'Country', code: string, alpha2: string, name: string }, destinationCountry: { __typename?: 'Country', code: string, alpha2: string, name: string }, originNetwork?: { __typename?: 'CascNetwork', code: NetworkCode, name?: string | null } | { __typename?: 'GljcNetwork', code: NetworkCode, name?: string | null } | { __typename?: 'SeajustNetwork', code: NetworkCode, name?: string | null } | { __typename?: 'WacapNetwork', code: NetworkCode, name?: string | null } | null, destinationNetwork?: { __typename?: 'CascNetwork', code: NetworkCode, name?: string | null } | { __typename?: 'GljcNetwork', code: NetworkCode, name?: string | null } | { __typename?: 'SeajustNetwork', code: NetworkCode, name?: string | null } | { __typename?: 'WacapNetwork', code: NetworkCode, name?: string | null } | null } | { __typename?: 'GljcResource', id: string } | { __typename?: 'GljcWorkingGroup', id: string } | { __typename?: 'SeajustAuthority', id: string } | { __typename?: 'SeajustContactPoint', id: string } | { __typename?: 'SeajustCountryProfile', id: string } | { __typename?: 'SeajustNetworkEvent', id: string } | { __typename?: 'SeajustNotification', id: string } | { __typename?: 'SeajustReferral', availableActions: Array<ReferralAction>, id: string, reference: string, side: ReferralSide, status: ReferralStatus, kind: AssistanceKind, measures: Array<AssistanceMeasure>, crimeAreas: Array<CrimeArea>, urgency: Urgency, subject: string, summary?: string | null, formalReferences: Array<string>, createdAt: string, acknowledgeBy?: string | null, answerExpectedBy?: string | null, overdue: boolean, events?: Array<{ __typename?: 'ReferralEvent', sequence: number, side: ReferralSide, type: ReferralEventType, at: string, note?: string | null, answerExpectedBy?: string | null, assignedTo?: { __typename?: 'CascContactPoint', id: string, fullName: string } | { __typename?: 'GljcContactPoint', id: string, fullName: string } | { __typename?: 'SeajustContactPoint', id: string, fullName: string } | { __typename?: 'WacapContactPoint', id: string, fullName: string } | null }> | null, delivery?: { __typename?: 'ReferralDelivery', state: DeliveryState, pending: number, lastError?: string | null, nextAttemptAt?: string | null } | null, counterpart?: { __typename?: 'CascReferral', id: string, status: ReferralStatus, events?: Array<{ __typename?: 'ReferralEvent', sequence: number, side: ReferralSide, type: ReferralEventType, at: string, note?: string | null, answerExpectedBy?: string | null, assignedTo?: { __typename?: 'CascContactPoint', id: string, fullName: string } | { __typename?: 'GljcContactPoint', id: string, fullName: string } | { __typename?: 'SeajustContactPoint', id: string, fullName: string } | { __typename?: 'WacapContactPoint', id: string, fullName: string } | null }> | null } | { __typename?: 'GljcReferral', id: string, status: ReferralStatus, events?: Array<{ __typename?: 'ReferralEvent', sequence: number, side: ReferralSide, type: ReferralEventType, at: string, note?: string | null, answerExpectedBy?: string | null, assignedTo?: { __typename?: 'CascContactPoint', id: string, fullName: string } | { __typename?: 'GljcContactPoint', id: string, fullName: string } | { __typename?: 'SeajustContactPoint', id: string, fullName: string } | { __typename?: 'WacapContactPoint', id: string, fullName: string } | null }> | null } | { __typename?: 'SeajustReferral', id: string, status: ReferralStatus, events?: Array<{ __typename?: 'ReferralEvent', sequence: number, side: ReferralSide, type: ReferralEventType, at: string, note?: string | null, answerExpectedBy?: string | null, assignedTo?: { __typename?: 'CascContactPoint', id: string, fullName: string } | { __typename?: 'GljcContactPoint', id: string, fullName: string } | { __typename?: 'SeajustContactPoint', id: string, fullName: string } | { __typename?: 'WacapContactPoint', id: string, fullName: string } | null }> | null } | { __typename?: 'WacapReferral', id: string, status: ReferralStatus, events?: Array<{ __typename?: 'ReferralEvent', sequence: number, side: ReferralSide, type: ReferralEventType, at: string, note?: string | null, answerExpectedBy?: string | null, assignedTo?: { __typename?: 'CascContactPoint', id: string, fullName: string } | { __typename?: 'GljcContactPoint', id: string, fullName: string } | { __typename?: 'SeajustContactPoint', id: string, fullName: string } | { __typename?: 'WacapContactPoint', id: string, fullName: string } | null }> | null } | null, from?: { __typename?: 'CascContactPoint', id: string, fullName: string } | { __typename?: 'GljcContactPoint', id: string, fullName: string } | { __typename?: 'SeajustContactPoint', id: string, fullName: string } | { __typename?: 'WacapContactPoint', id: string, fullName: string } | null, to?: { __typename?: 'CascContactPoint', id: string, fullName: string } | { __typename?: 'GljcContactPoint', id: string, fullName: string } | { __typename?: 'SeajustContactPoint', id: string, fullName: string } | { __typename?: 'WacapContactPoint', id: string, fullName: string } | null, assignedTo?: { __typename?: 'CascContactPoint', id: string, fullName: string } | { __typename?: 'GljcContactPoint', id: string, fullName: string } | { __typename?: 'SeajustContactPoint', id: string, fullName: string } | { __typename?: 'WacapContactPoint', id: string, fullName: string } | null, originCountry: { __typename?: 'Country', code: string, alpha2: string, name: string }, destinationCountry: { __typename?: 'Country', code: string, alpha2: string, name: string }, originNetwork?: { __typename?: 'CascNetwork', code: NetworkCode, name?: string | null } | { __typename?: 'GljcNetwork', code: NetworkCode, name?: string | null } | { __typename?: 'SeajustNetwork', code: NetworkCode, name?: string | null } | { __typename?: 'WacapNetwork', code: NetworkCode, name?: string | null } | null, destinationNetwork?: { __typename?: 'CascNetwork', code: NetworkCode, name?: string | null } | { __typename?: 'GljcNetwork', code: NetworkCode, name?: string | null } | { __typename?: 'SeajustNetwork', code: NetworkCode, name?: string | null } | { __typename?: 'WacapNetwork', code: NetworkCode, name?: string | null } | null } | { __typename?: 'SeajustResource', id: string } | { __typename?: 'SeajustWorkingGroup', id: string } | { __typename?: 'WacapAuthority', id: string } | { __typename?: 'WacapContactPoint', id: string } | { __typename?: 'WacapCountryProfile', id: string } | { __typename?: 'WacapNetworkEvent', id: string } | { __typename?: 'WacapNotification', id: string } | { __typename?: 'WacapReferral', availableActions: Array<ReferralAction>, id: string, reference: string, side: ReferralSide, status: ReferralStatus, kind: AssistanceKind, measures: Array<AssistanceMeasure>, crimeAreas: Array<CrimeArea>, urgency: Urgency, subject: string, summary?: string | null, formalReferences: Array<string>, createdAt: string, acknowledgeBy?: string | null, answerExpectedBy?: string | null, overdue: boolean, events?: Array<{ __typename?: 'ReferralEvent', sequence: number, side: ReferralSide, type: ReferralEventType, at: string, note?: string | null, answerExpectedBy?: string | null, assignedTo?: { __typename?: 'CascContactPoint', id: string, fullName: string } | { __typename?: 'GljcContactPoint', id: string, fullName: string } | { __typename?: 'SeajustContactPoint', id: string, fullName: string } | { __typename?: 'WacapContactPoint', id: string, fullName: string } | null }> | null, delivery?: { __typename?: 'ReferralDelivery', state: DeliveryState, pending: number, lastError?: string | null, nextAttemptAt?: string | null } | null, counterpart?: { __typename?: 'CascReferral', id: string, status: ReferralStatus, events?: Array<{ __typename?: 'ReferralEvent', sequence: number, side: ReferralSide, type: ReferralEventType, at: string, note?: string | null, answerExpectedBy?: string | null, assignedTo?: { __typename?: 'CascContactPoint', id: string, fullName: string } | { __typename?: 'GljcContactPoint', id: string, fullName: string } | { __typename?: 'SeajustContactPoint', id: string, fullName: string } | { __typename?: 'WacapContactPoint', id: string, fullName: string } | null }> | null } | { __typename?: 'GljcReferral', id: string, status: ReferralStatus, events?: Array<{ __typename?: 'ReferralEvent', sequence: number, side: ReferralSide, type: ReferralEventType, at: string, note?: string | null, answerExpectedBy?: string | null, assignedTo?: { __typename?: 'CascContactPoint', id: string, fullName: string } | { __typename?: 'GljcContactPoint', id: string, fullName: string } | { __typename?: 'SeajustContactPoint', id: string, fullName: string } | { __typename?: 'WacapContactPoint', id: string, fullName: string } | null }> | null } | { __typename?: 'SeajustReferral', id: string, status: ReferralStatus, events?: Array<{ __typename?: 'ReferralEvent', sequence: number, side: ReferralSide, type: ReferralEventType, at: string, note?: string | null, answerExpectedBy?: string | null, assignedTo?: { __typename?: 'CascContactPoint', id: string, fullName: string } | { __typename?: 'GljcContactPoint', id: string, fullName: string } | { __typename?: 'SeajustContactPoint', id: string, fullName: string } | { __typename?: 'WacapContactPoint', id: string, fullName: string } | null }> | null } | { __typename?: 'WacapReferral', id: string, status: ReferralStatus, events?: Array<{ __typename?: 'ReferralEvent', sequence: number, side: ReferralSide, type: ReferralEventType, at: string, note?: string | null, answerExpectedBy?: string | null, assignedTo?: { __typename?: 'CascContactPoint', id: string, fullName: string } | { __typename?: 'GljcContactPoint', id: string, fullName: string } | { __typename?: 'SeajustContactPoint', id: string, fullName: string } | { __typename?: 'WacapContactPoint', id: string, fullName: string } | null }> | null } | null, from?: { __typename?: 'CascContactPoint', id: string, fullName: string } | { __typename?: 'GljcContactPoint', id: string, fullName: string } | { __typename?: 'SeajustContactPoint', id: string, fullName: string } | { __typename?: 'WacapContactPoint', id: string, fullName: string } | null, to?: { __typename?: 'CascContactPoint', id: string, fullName: string } | { __typename?: 'GljcContactPoint', id: string, fullName: string } | { __typename?: 'SeajustContactPoint', id: string, fullName: string } | { __typename?: 'WacapContactPoint', id: string, fullName: string } | null, assignedTo?: { __typename?: 'CascContactPoint', id: string, fullName: string } | { __typename?: 'GljcContactPoint', id: string, fullName: string } | { __typename?: 'SeajustContactPoint', id: string, fullName: string } | { __typename?: 'WacapContactPoint', id: string, fullName: string } | null, originCountry: { __typename?: 'Country', code: string, alpha2: string, name: string }, destinationCountry: { __typename?: 'Country', code: string, alpha2: string, name: string }, originNetwork?: { __typename?: 'CascNetwork', code: NetworkCode, name?: string | null } | { __typename?: 'GljcNetwork', code: NetworkCode, name?: string | null } | { __typename?: 'SeajustNetwork', code: NetworkCode, name?: string | null } | { __typename?: 'WacapNetwork', code: NetworkCode, name?: string | null } | null, destinationNetwork?: { __typename?: 'CascNetwork', code: NetworkCode, name?: string | null } | { __typename?: 'GljcNetwork', code: NetworkCode, name?: string | null } | { __typename?: 'SeajustNetwork', code: NetworkCode, name?: string | null } | { __typename?: 'WacapNetwork', code: NetworkCode, name?: string | null } | null } | { __typename?: 'WacapResource', id: string } | { __typename?: 'WacapWorkingGroup', id: string } | null };

type ReferralSides_CascReferral_Fragment = { __typename?: 'CascReferral', originCountry: { __typename?: 'Country', code: string, alpha2: string, name: string }, destinationCountry: { __typename?: 'Country', code: string, alpha2: string, name: string }, originNetwork?: { __typename?: 'CascNetwork', code: NetworkCode, name?: string | null } | { __typename?: 'GljcNetwork', code: NetworkCode, name?: string | null } | { __typename?: 'SeajustNetwork', code: NetworkCode, name?: string | null } | { __typename?: 'WacapNetwork', code: NetworkCode, name?: string | null } | null, destinationNetwork?: { __typename?: 'CascNetwork', code: NetworkCode, name?: string | null } | { __typename?: 'GljcNetwork', code: NetworkCode, name?: string | null } | { __typename?: 'SeajustNetwork', code: NetworkCode, name?: string | null } | { __typename?: 'WacapNetwork', code: NetworkCode, name?: string | null } | null };

type ReferralSides_GljcReferral_Fragment = { __typename?: 'GljcReferral', originCountry: { __typename?: 'Country', code: string, alpha2: string, name: string }, destinationCountry: { __typename?: 'Country', code: string, alpha2: string, name: string }, originNetwork?: { __typename?: 'CascNetwork', code: NetworkCode, name?: string | null } | { __typename?: 'GljcNetwork', code: NetworkCode, name?: string | null } | { __typename?: 'SeajustNetwork', code: NetworkCode, name?: string | null } | { __typename?: 'WacapNetwork', code: NetworkCode, name?: string | null } | null, destinationNetwork?: { __typename?: 'CascNetwork', code: NetworkCode, name?: string | null } | { __typename?: 'GljcNetwork', code: NetworkCode, name?: string | null } | { __typename?: 'SeajustNetwork', code: NetworkCode, name?: string | null } | { __typename?: 'WacapNetwork', code: NetworkCode, name?: string | null } | null };

type ReferralSides_SeajustReferral_Fragment = { __typename?: 'SeajustReferral', originCountry: { __typename?: 'Country', code: string, alpha2: string, name: string }, destinationCountry: { __typename?: 'Country', code: string, alpha2: string, name: string }, originNetwork?: { __typename?: 'CascNetwork', code: NetworkCode, name?: string | null } | { __typename?: 'GljcNetwork', code: NetworkCode, name?: string | null } | { __typename?: 'SeajustNetwork', code: NetworkCode, name?: string | null } | { __typename?: 'WacapNetwork', code: NetworkCode, name?: string | null } | null, destinationNetwork?: { __typename?: 'CascNetwork', code: NetworkCode, name?: string | null } | { __typename?: 'GljcNetwork', code: NetworkCode, name?: string | null } | { __typename?: 'SeajustNetwork', code: NetworkCode, name?: string | null } | { __typename?: 'WacapNetwork', code: NetworkCode, name?: string | null } | null };

type ReferralSides_WacapReferral_Fragment = { __typename?: 'WacapReferral', originCountry: { __typename?: 'Country', code: string, alpha2: string, name: string }, destinationCountry: { __typename?: 'Country', code: string, alpha2: string, name: string }, originNetwork?: { __typename?: 'CascNetwork', code: NetworkCode, name?: string | null } | { __typename?: 'GljcNetwork', code: NetworkCode, name?: string | null } | { __typename?: 'SeajustNetwork', code: NetworkCode, name?: string | null } | { __typename?: 'WacapNetwork', code: NetworkCode, name?: string | null } | null, destinationNetwork?: { __typename?: 'CascNetwork', code: NetworkCode, name?: string | null } | { __typename?: 'GljcNetwork', code: NetworkCode, name?: string | null } | { __typename?: 'SeajustNetwork', code: NetworkCode, name?: string | null } | { __typename?: 'WacapNetwork', code: NetworkCode, name?: string | null } | null };

export type ReferralSidesFragment = ReferralSides_CascReferral_Fragment | ReferralSides_GljcReferral_Fragment | ReferralSides_SeajustReferral_Fragment | ReferralSides_WacapReferral_Fragment;

type ReferralRow_CascReferral_Fragment = { __typename?: 'CascReferral', id: string, reference: string, side: ReferralSide, status: ReferralStatus, urgency: Urgency, subject: string, createdAt: string, crimeAreas: Array<CrimeArea>, overdue: boolean, originCountry: { __typename?: 'Country', code: string, alpha2: string, name: string }, destinationCountry: { __typename?: 'Country', code: string, alpha2: string, name: string }, originNetwork?: { __typename?: 'CascNetwork', code: NetworkCode, name?: string | null } | { __typename?: 'GljcNetwork', code: NetworkCode, name?: string | null } | { __typename?: 'SeajustNetwork', code: NetworkCode, name?: string | null } | { __typename?: 'WacapNetwork', code: NetworkCode, name?: string | null } | null, destinationNetwork?: { __typename?: 'CascNetwork', code: NetworkCode, name?: string | null } | { __typename?: 'GljcNetwork', code: NetworkCode, name?: string | null } | { __typename?: 'SeajustNetwork', code: NetworkCode, name?: string | null } | { __typename?: 'WacapNetwork', code: NetworkCode, name?: string | null } | null };

type ReferralRow_GljcReferral_Fragment = { __typename?: 'GljcReferral', id: string, reference: string, side: ReferralSide, status: ReferralStatus, urgency: Urgency, subject: string, createdAt: string, crimeAreas: Array<CrimeArea>, overdue: boolean, originCountry: { __typename?: 'Country', code: string, alpha2: string, name: string }, destinationCountry: { __typename?: 'Country', code: string, alpha2: string, name: string }, originNetwork?: { __typename?: 'CascNetwork', code: NetworkCode, name?: string | null } | { __typename?: 'GljcNetwork', code: NetworkCode, name?: string | null } | { __typename?: 'SeajustNetwork', code: NetworkCode, name?: string | null } | { __typename?: 'WacapNetwork', code: NetworkCode, name?: string | null } | null, destinationNetwork?: { __typename?: 'CascNetwork', code: NetworkCode, name?: string | null } | { __typename?: 'GljcNetwork', code: NetworkCode, name?: string | null } | { __typename?: 'SeajustNetwork', code: NetworkCode, name?: string | null } | { __typename?: 'WacapNetwork', code: NetworkCode, name?: string | null } | null };

type ReferralRow_SeajustReferral_Fragment = { __typename?: 'SeajustReferral', id: string, reference: string, side: ReferralSide, status: ReferralStatus, urgency: Urgency, subject: string, createdAt: string, crimeAreas: Array<CrimeArea>, overdue: boolean, originCountry: { __typename?: 'Country', code: string, alpha2: string, name: string }, destinationCountry: { __typename?: 'Country', code: string, alpha2: string, name: string }, originNetwork?: { __typename?: 'CascNetwork', code: NetworkCode, name?: string | null } | { __typename?: 'GljcNetwork', code: NetworkCode, name?: string | null } | { __typename?: 'SeajustNetwork', code: NetworkCode, name?: string | null } | { __typename?: 'WacapNetwork', code: NetworkCode, name?: string | null } | null, destinationNetwork?: { __typename?: 'CascNetwork', code: NetworkCode, name?: string | null } | { __typename?: 'GljcNetwork', code: NetworkCode, name?: string | null } | { __typename?: 'SeajustNetwork', code: NetworkCode, name?: string | null } | { __typename?: 'WacapNetwork', code: NetworkCode, name?: string | null } | null };

type ReferralRow_WacapReferral_Fragment = { __typename?: 'WacapReferral', id: string, reference: string, side: ReferralSide, status: ReferralStatus, urgency: Urgency, subject: string, createdAt: string, crimeAreas: Array<CrimeArea>, overdue: boolean, originCountry: { __typename?: 'Country', code: string, alpha2: string, name: string }, destinationCountry: { __typename?: 'Country', code: string, alpha2: string, name: string }, originNetwork?: { __typename?: 'CascNetwork', code: NetworkCode, name?: string | null } | { __typename?: 'GljcNetwork', code: NetworkCode, name?: string | null } | { __typename?: 'SeajustNetwork', code: NetworkCode, name?: string | null } | { __typename?: 'WacapNetwork', code: NetworkCode, name?: string | null } | null, destinationNetwork?: { __typename?: 'CascNetwork', code: NetworkCode, name?: string | null } | { __typename?: 'GljcNetwork', code: NetworkCode, name?: string | null } | { __typename?: 'SeajustNetwork', code: NetworkCode, name?: string | null } | { __typename?: 'WacapNetwork', code: NetworkCode, name?: string | null } | null };

export type ReferralRowFragment = ReferralRow_CascReferral_Fragment | ReferralRow_GljcReferral_Fragment | ReferralRow_SeajustReferral_Fragment | ReferralRow_WacapReferral_Fragment;

export type ReferralListQueryVariables = Exact<{
  code: NetworkCode;
  filter: ReferralFilter;
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ReferralListQuery = { __typename?: 'Query', network?: { __typename?: 'CascNetwork', code: NetworkCode, referrals?: { __typename?: 'CascReferralConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'CascReferral', id: string, reference: string, side: ReferralSide, status: ReferralStatus, urgency: Urgency, subject: string, createdAt: string, crimeAreas: Array<CrimeArea>, overdue: boolean, originCountry: { __typename?: 'Country', code: string, alpha2: string, name: string }, destinationCountry: { __typename?: 'Country', code: string, alpha2: string, name: string }, originNetwork?: { __typename?: 'CascNetwork', code: NetworkCode, name?: string | null } | { __typename?: 'GljcNetwork', code: NetworkCode, name?: string | null } | { __typename?: 'SeajustNetwork', code: NetworkCode, name?: string | null } | { __typename?: 'WacapNetwork', code: NetworkCode, name?: string | null } | null, destinationNetwork?: { __typename?: 'CascNetwork', code: NetworkCode, name?: string | null } | { __typename?: 'GljcNetwork', code: NetworkCode, name?: string | null } | { __typename?: 'SeajustNetwork', code: NetworkCode, name?: string | null } | { __typename?: 'WacapNetwork', code: NetworkCode, name?: string | null } | null }> } | null } | { __typename?: 'GljcNetwork', code: NetworkCode, referrals?: { __typename?: 'GljcReferralConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'GljcReferral', id: string, reference: string, side: ReferralSide, status: ReferralStatus, urgency: Urgency, subject: string, createdAt: string, crimeAreas: Array<CrimeArea>, overdue: boolean, originCountry: { __typename?: 'Country', code: string, alpha2: string, name: string }, destinationCountry: { __typename?: 'Country', code: string, alpha2: string, name: string }, originNetwork?: { __typename?: 'CascNetwork', code: NetworkCode, name?: string | null } | { __typename?: 'GljcNetwork', code: NetworkCode, name?: string | null } | { __typename?: 'SeajustNetwork', code: NetworkCode, name?: string | null } | { __typename?: 'WacapNetwork', code: NetworkCode, name?: string | null } | null, destinationNetwork?: { __typename?: 'CascNetwork', code: NetworkCode, name?: string | null } | { __typename?: 'GljcNetwork', code: NetworkCode, name?: string | null } | { __typename?: 'SeajustNetwork', code: NetworkCode, name?: string | null } | { __typename?: 'WacapNetwork', code: NetworkCode, name?: string | null } | null }> } | null } | { __typename?: 'SeajustNetwork', code: NetworkCode, referrals?: { __typename?: 'SeajustReferralConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'SeajustReferral', id: string, reference: string, side: ReferralSide, status: ReferralStatus, urgency: Urgency, subject: string, createdAt: string, crimeAreas: Array<CrimeArea>, overdue: boolean, originCountry: { __typename?: 'Country', code: string, alpha2: string, name: string }, destinationCountry: { __typename?: 'Country', code: string, alpha2: string, name: string }, originNetwork?: { __typename?: 'CascNetwork', code: NetworkCode, name?: string | null } | { __typename?: 'GljcNetwork', code: NetworkCode, name?: string | null } | { __typename?: 'SeajustNetwork', code: NetworkCode, name?: string | null } | { __typename?: 'WacapNetwork', code: NetworkCode, name?: string | null } | null, destinationNetwork?: { __typename?: 'CascNetwork', code: NetworkCode, name?: string | null } | { __typename?: 'GljcNetwork', code: NetworkCode, name?: string | null } | { __typename?: 'SeajustNetwork', code: NetworkCode, name?: string | null } | { __typename?: 'WacapNetwork', code: NetworkCode, name?: string | null } | null }> } | null } | { __typename?: 'WacapNetwork', code: NetworkCode, referrals?: { __typename?: 'WacapReferralConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'WacapReferral', id: string, reference: string, side: ReferralSide, status: ReferralStatus, urgency: Urgency, subject: string, createdAt: string, crimeAreas: Array<CrimeArea>, overdue: boolean, originCountry: { __typename?: 'Country', code: string, alpha2: string, name: string }, destinationCountry: { __typename?: 'Country', code: string, alpha2: string, name: string }, originNetwork?: { __typename?: 'CascNetwork', code: NetworkCode, name?: string | null } | { __typename?: 'GljcNetwork', code: NetworkCode, name?: string | null } | { __typename?: 'SeajustNetwork', code: NetworkCode, name?: string | null } | { __typename?: 'WacapNetwork', code: NetworkCode, name?: string | null } | null, destinationNetwork?: { __typename?: 'CascNetwork', code: NetworkCode, name?: string | null } | { __typename?: 'GljcNetwork', code: NetworkCode, name?: string | null } | { __typename?: 'SeajustNetwork', code: NetworkCode, name?: string | null } | { __typename?: 'WacapNetwork', code: NetworkCode, name?: string | null } | null }> } | null } | null };

export type AssignableContactPointsQueryVariables = Exact<{
  code: NetworkCode;
  country: Scalars['String']['input'];
}>;


export type AssignableContactPointsQuery = { __typename?: 'Query', network?: { __typename?: 'CascNetwork', code: NetworkCode, contactPoints?: { __typename?: 'CascContactPointConnection', nodes: Array<{ __typename?: 'CascContactPoint', id: string, fullName: string, organization: string }> } | null } | { __typename?: 'GljcNetwork', code: NetworkCode, contactPoints?: { __typename?: 'GljcContactPointConnection', nodes: Array<{ __typename?: 'GljcContactPoint', id: string, fullName: string, organization: string }> } | null } | { __typename?: 'SeajustNetwork', code: NetworkCode, contactPoints?: { __typename?: 'SeajustContactPointConnection', nodes: Array<{ __typename?: 'SeajustContactPoint', id: string, fullName: string, organization: string }> } | null } | { __typename?: 'WacapNetwork', code: NetworkCode, contactPoints?: { __typename?: 'WacapContactPointConnection', nodes: Array<{ __typename?: 'WacapContactPoint', id: string, fullName: string, organization: string }> } | null } | null };

export type ReferralEventFieldsFragment = { __typename?: 'ReferralEvent', sequence: number, side: ReferralSide, type: ReferralEventType, at: string, note?: string | null, answerExpectedBy?: string | null, assignedTo?: { __typename?: 'CascContactPoint', id: string, fullName: string } | { __typename?: 'GljcContactPoint', id: string, fullName: string } | { __typename?: 'SeajustContactPoint', id: string, fullName: string } | { __typename?: 'WacapContactPoint', id: string, fullName: string } | null };

type WorkingGroupItem_CascWorkingGroup_Fragment = { __typename?: 'CascWorkingGroup', id: string, name: string, topic?: CrimeArea | null, description?: string | null };

type WorkingGroupItem_GljcWorkingGroup_Fragment = { __typename?: 'GljcWorkingGroup', id: string, name: string, topic?: CrimeArea | null, description?: string | null };

type WorkingGroupItem_SeajustWorkingGroup_Fragment = { __typename?: 'SeajustWorkingGroup', id: string, name: string, topic?: CrimeArea | null, description?: string | null };

type WorkingGroupItem_WacapWorkingGroup_Fragment = { __typename?: 'WacapWorkingGroup', id: string, name: string, topic?: CrimeArea | null, description?: string | null };

export type WorkingGroupItemFragment = WorkingGroupItem_CascWorkingGroup_Fragment | WorkingGroupItem_GljcWorkingGroup_Fragment | WorkingGroupItem_SeajustWorkingGroup_Fragment | WorkingGroupItem_WacapWorkingGroup_Fragment;

type EventItem_CascNetworkEvent_Fragment = { __typename?: 'CascNetworkEvent', id: string, title: string, kind: EventKind, startsOn: string, endsOn: string, place?: string | null, country?: { __typename?: 'Country', code: string, alpha2: string, name: string } | null };

type EventItem_GljcNetworkEvent_Fragment = { __typename?: 'GljcNetworkEvent', id: string, title: string, kind: EventKind, startsOn: string, endsOn: string, place?: string | null, country?: { __typename?: 'Country', code: string, alpha2: string, name: string } | null };

type EventItem_SeajustNetworkEvent_Fragment = { __typename?: 'SeajustNetworkEvent', id: string, title: string, kind: EventKind, startsOn: string, endsOn: string, place?: string | null, country?: { __typename?: 'Country', code: string, alpha2: string, name: string } | null };

type EventItem_WacapNetworkEvent_Fragment = { __typename?: 'WacapNetworkEvent', id: string, title: string, kind: EventKind, startsOn: string, endsOn: string, place?: string | null, country?: { __typename?: 'Country', code: string, alpha2: string, name: string } | null };

export type EventItemFragment = EventItem_CascNetworkEvent_Fragment | EventItem_GljcNetworkEvent_Fragment | EventItem_SeajustNetworkEvent_Fragment | EventItem_WacapNetworkEvent_Fragment;

type ResourceItem_CascResource_Fragment = { __typename?: 'CascResource', id: string, title: string, kind: ResourceKind, languages: Array<string>, topics: Array<CrimeArea>, url: string, publishedOn?: string | null };

type ResourceItem_GljcResource_Fragment = { __typename?: 'GljcResource', id: string, title: string, kind: ResourceKind, languages: Array<string>, topics: Array<CrimeArea>, url: string, publishedOn?: string | null };

type ResourceItem_SeajustResource_Fragment = { __typename?: 'SeajustResource', id: string, title: string, kind: ResourceKind, languages: Array<string>, topics: Array<CrimeArea>, url: string, publishedOn?: string | null };

type ResourceItem_WacapResource_Fragment = { __typename?: 'WacapResource', id: string, title: string, kind: ResourceKind, languages: Array<string>, topics: Array<CrimeArea>, url: string, publishedOn?: string | null };

export type ResourceItemFragment = ResourceItem_CascResource_Fragment | ResourceItem_GljcResource_Fragment | ResourceItem_SeajustResource_Fragment | ResourceItem_WacapResource_Fragment;

type AuthorityDetail_CascAuthority_Fragment = { __typename?: 'CascAuthority', id: string, name: string, kind: AuthorityKind, measures: Array<AssistanceMeasure>, languages: Array<string>, channels: Array<Channel>, urgentContact?: string | null, email?: string | null, phone?: string | null, website?: string | null, address?: string | null };

type AuthorityDetail_GljcAuthority_Fragment = { __typename?: 'GljcAuthority', id: string, name: string, kind: AuthorityKind, measures: Array<AssistanceMeasure>, languages: Array<string>, channels: Array<Channel>, urgentContact?: string | null, email?: string | null, phone?: string | null, website?: string | null, address?: string | null };

type AuthorityDetail_SeajustAuthority_Fragment = { __typename?: 'SeajustAuthority', id: string, name: string, kind: AuthorityKind, measures: Array<AssistanceMeasure>, languages: Array<string>, channels: Array<Channel>, urgentContact?: string | null, email?: string | null, phone?: string | null, website?: string | null, address?: string | null };

type AuthorityDetail_WacapAuthority_Fragment = { __typename?: 'WacapAuthority', id: string, name: string, kind: AuthorityKind, measures: Array<AssistanceMeasure>, languages: Array<string>, channels: Array<Channel>, urgentContact?: string | null, email?: string | null, phone?: string | null, website?: string | null, address?: string | null };

export type AuthorityDetailFragment = AuthorityDetail_CascAuthority_Fragment | AuthorityDetail_GljcAuthority_Fragment | AuthorityDetail_SeajustAuthority_Fragment | AuthorityDetail_WacapAuthority_Fragment;

type ContactPointSummary_CascContactPoint_Fragment = { __typename?: 'CascContactPoint', id: string, fullName: string, title?: string | null, organization: string, roles: Array<ContactPointRole>, expertise: Array<CrimeArea>, languages: Array<string>, available24x7: boolean, country: { __typename?: 'Country', code: string, alpha2: string, name: string } };

type ContactPointSummary_GljcContactPoint_Fragment = { __typename?: 'GljcContactPoint', id: string, fullName: string, title?: string | null, organization: string, roles: Array<ContactPointRole>, expertise: Array<CrimeArea>, languages: Array<string>, available24x7: boolean, country: { __typename?: 'Country', code: string, alpha2: string, name: string } };

type ContactPointSummary_SeajustContactPoint_Fragment = { __typename?: 'SeajustContactPoint', id: string, fullName: string, title?: string | null, organization: string, roles: Array<ContactPointRole>, expertise: Array<CrimeArea>, languages: Array<string>, available24x7: boolean, country: { __typename?: 'Country', code: string, alpha2: string, name: string } };

type ContactPointSummary_WacapContactPoint_Fragment = { __typename?: 'WacapContactPoint', id: string, fullName: string, title?: string | null, organization: string, roles: Array<ContactPointRole>, expertise: Array<CrimeArea>, languages: Array<string>, available24x7: boolean, country: { __typename?: 'Country', code: string, alpha2: string, name: string } };

export type ContactPointSummaryFragment = ContactPointSummary_CascContactPoint_Fragment | ContactPointSummary_GljcContactPoint_Fragment | ContactPointSummary_SeajustContactPoint_Fragment | ContactPointSummary_WacapContactPoint_Fragment;

export type CountryNetworksFragment = { __typename?: 'Country', code: string, alpha2: string, name: string, networks: Array<{ __typename?: 'CascNetwork', code: NetworkCode, name?: string | null } | { __typename?: 'GljcNetwork', code: NetworkCode, name?: string | null } | { __typename?: 'SeajustNetwork', code: NetworkCode, name?: string | null } | { __typename?: 'WacapNetwork', code: NetworkCode, name?: string | null }> };

export type MemberCountriesQueryVariables = Exact<{ [key: string]: never; }>;


export type MemberCountriesQuery = { __typename?: 'Query', countries: Array<{ __typename?: 'Country', code: string, alpha2: string, name: string }> };

type MeasureFields_CascMeasureProfile_Fragment = { __typename?: 'CascMeasureProfile', measure: AssistanceMeasure, applicable: Applicability, legalBasis?: string | null, languages: Array<string>, dualCriminalityRequired?: boolean | null, requirements: Array<string>, notes?: string | null, lastReviewedAt?: string | null, competentAuthority?: { __typename?: 'CascAuthority', id: string, name: string } | null };

type MeasureFields_GljcMeasureProfile_Fragment = { __typename?: 'GljcMeasureProfile', measure: AssistanceMeasure, applicable: Applicability, legalBasis?: string | null, languages: Array<string>, dualCriminalityRequired?: boolean | null, requirements: Array<string>, notes?: string | null, lastReviewedAt?: string | null, competentAuthority?: { __typename?: 'GljcAuthority', id: string, name: string } | null };

type MeasureFields_SeajustMeasureProfile_Fragment = { __typename?: 'SeajustMeasureProfile', measure: AssistanceMeasure, applicable: Applicability, legalBasis?: string | null, languages: Array<string>, dualCriminalityRequired?: boolean | null, requirements: Array<string>, notes?: string | null, lastReviewedAt?: string | null, competentAuthority?: { __typename?: 'SeajustAuthority', id: string, name: string } | null };

type MeasureFields_WacapMeasureProfile_Fragment = { __typename?: 'WacapMeasureProfile', measure: AssistanceMeasure, applicable: Applicability, legalBasis?: string | null, languages: Array<string>, dualCriminalityRequired?: boolean | null, requirements: Array<string>, notes?: string | null, lastReviewedAt?: string | null, competentAuthority?: { __typename?: 'WacapAuthority', id: string, name: string } | null };

export type MeasureFieldsFragment = MeasureFields_CascMeasureProfile_Fragment | MeasureFields_GljcMeasureProfile_Fragment | MeasureFields_SeajustMeasureProfile_Fragment | MeasureFields_WacapMeasureProfile_Fragment;

export type CascMyNotificationPreferencesQueryVariables = Exact<{
  network: NetworkCode;
}>;


export type CascMyNotificationPreferencesQuery = { __typename?: 'Query', network?: { __typename?: 'CascNetwork', code: NetworkCode, myNotificationPreferences: { __typename?: 'CascNotificationPreferences', language: NotificationLanguage, deliveries: Array<{ __typename?: 'CascNotificationKindDelivery', kind: NotificationPreferenceKind, delivery: NotificationDelivery }> } } | { __typename?: 'GljcNetwork', code: NetworkCode } | { __typename?: 'SeajustNetwork', code: NetworkCode } | { __typename?: 'WacapNetwork', code: NetworkCode } | null };

export type WacapMyNotificationPreferencesQueryVariables = Exact<{
  network: NetworkCode;
}>;


export type WacapMyNotificationPreferencesQuery = { __typename?: 'Query', network?: { __typename?: 'CascNetwork', code: NetworkCode } | { __typename?: 'GljcNetwork', code: NetworkCode } | { __typename?: 'SeajustNetwork', code: NetworkCode } | { __typename?: 'WacapNetwork', code: NetworkCode, myNotificationPreferences: { __typename?: 'WacapNotificationPreferences', language: NotificationLanguage, deliveries: Array<{ __typename?: 'WacapNotificationKindDelivery', kind: NotificationPreferenceKind, delivery: NotificationDelivery }> } } | null };

export type GljcMyNotificationPreferencesQueryVariables = Exact<{
  network: NetworkCode;
}>;


export type GljcMyNotificationPreferencesQuery = { __typename?: 'Query', network?: { __typename?: 'CascNetwork', code: NetworkCode } | { __typename?: 'GljcNetwork', code: NetworkCode, myNotificationPreferences: { __typename?: 'GljcNotificationPreferences', language: NotificationLanguage, deliveries: Array<{ __typename?: 'GljcNotificationKindDelivery', kind: NotificationPreferenceKind, delivery: NotificationDelivery }> } } | { __typename?: 'SeajustNetwork', code: NetworkCode } | { __typename?: 'WacapNetwork', code: NetworkCode } | null };

export type SeajustMyNotificationPreferencesQueryVariables = Exact<{
  network: NetworkCode;
}>;


export type SeajustMyNotificationPreferencesQuery = { __typename?: 'Query', network?: { __typename?: 'CascNetwork', code: NetworkCode } | { __typename?: 'GljcNetwork', code: NetworkCode } | { __typename?: 'SeajustNetwork', code: NetworkCode, myNotificationPreferences: { __typename?: 'SeajustNotificationPreferences', language: NotificationLanguage, deliveries: Array<{ __typename?: 'SeajustNotificationKindDelivery', kind: NotificationPreferenceKind, delivery: NotificationDelivery }> } } | { __typename?: 'WacapNetwork', code: NetworkCode } | null };

export type CascSaveNotificationPreferencesMutationVariables = Exact<{
  language: NotificationLanguage;
  deliveries: Array<NotificationDeliveryInput> | NotificationDeliveryInput;
}>;


export type CascSaveNotificationPreferencesMutation = { __typename?: 'Mutation', network: { __typename?: 'CascMutations', setNotificationLanguage: { __typename?: 'CascNotificationPreferences', language: NotificationLanguage }, setNotificationDeliveries: { __typename?: 'CascNotificationPreferences', language: NotificationLanguage, deliveries: Array<{ __typename?: 'CascNotificationKindDelivery', kind: NotificationPreferenceKind, delivery: NotificationDelivery }> } } };

export type WacapSaveNotificationPreferencesMutationVariables = Exact<{
  language: NotificationLanguage;
  deliveries: Array<NotificationDeliveryInput> | NotificationDeliveryInput;
}>;


export type WacapSaveNotificationPreferencesMutation = { __typename?: 'Mutation', network: { __typename?: 'WacapMutations', setNotificationLanguage: { __typename?: 'WacapNotificationPreferences', language: NotificationLanguage }, setNotificationDeliveries: { __typename?: 'WacapNotificationPreferences', language: NotificationLanguage, deliveries: Array<{ __typename?: 'WacapNotificationKindDelivery', kind: NotificationPreferenceKind, delivery: NotificationDelivery }> } } };

export type GljcSaveNotificationPreferencesMutationVariables = Exact<{
  language: NotificationLanguage;
  deliveries: Array<NotificationDeliveryInput> | NotificationDeliveryInput;
}>;


export type GljcSaveNotificationPreferencesMutation = { __typename?: 'Mutation', network: { __typename?: 'GljcMutations', setNotificationLanguage: { __typename?: 'GljcNotificationPreferences', language: NotificationLanguage }, setNotificationDeliveries: { __typename?: 'GljcNotificationPreferences', language: NotificationLanguage, deliveries: Array<{ __typename?: 'GljcNotificationKindDelivery', kind: NotificationPreferenceKind, delivery: NotificationDelivery }> } } };

export type SeajustSaveNotificationPreferencesMutationVariables = Exact<{
  language: NotificationLanguage;
  deliveries: Array<NotificationDeliveryInput> | NotificationDeliveryInput;
}>;


export type SeajustSaveNotificationPreferencesMutation = { __typename?: 'Mutation', network: { __typename?: 'SeajustMutations', setNotificationLanguage: { __typename?: 'SeajustNotificationPreferences', language: NotificationLanguage }, setNotificationDeliveries: { __typename?: 'SeajustNotificationPreferences', language: NotificationLanguage, deliveries: Array<{ __typename?: 'SeajustNotificationKindDelivery', kind: NotificationPreferenceKind, delivery: NotificationDelivery }> } } };

export type CascDeskUpdateAuthorityMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
  patch: AuthorityPatch;
}>;


export type CascDeskUpdateAuthorityMutation = { __typename?: 'Mutation', network: { __typename?: 'CascMutations', updateAuthority: { __typename?: 'CascAuthority', id: string, version: number, name: string, kind: AuthorityKind, measures: Array<AssistanceMeasure>, languages: Array<string>, channels: Array<Channel>, address?: string | null, email?: string | null, phone?: string | null, website?: string | null, urgentContact?: string | null, lastReviewedAt?: string | null } } };

export type WacapDeskUpdateAuthorityMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
  patch: AuthorityPatch;
}>;


export type WacapDeskUpdateAuthorityMutation = { __typename?: 'Mutation', network: { __typename?: 'WacapMutations', updateAuthority: { __typename?: 'WacapAuthority', id: string, version: number, name: string, kind: AuthorityKind, measures: Array<AssistanceMeasure>, languages: Array<string>, channels: Array<Channel>, address?: string | null, email?: string | null, phone?: string | null, website?: string | null, urgentContact?: string | null, lastReviewedAt?: string | null } } };

export type GljcDeskUpdateAuthorityMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
  patch: AuthorityPatch;
}>;


export type GljcDeskUpdateAuthorityMutation = { __typename?: 'Mutation', network: { __typename?: 'GljcMutations', updateAuthority: { __typename?: 'GljcAuthority', id: string, version: number, name: string, kind: AuthorityKind, measures: Array<AssistanceMeasure>, languages: Array<string>, channels: Array<Channel>, address?: string | null, email?: string | null, phone?: string | null, website?: string | null, urgentContact?: string | null, lastReviewedAt?: string | null } } };

export type SeajustDeskUpdateAuthorityMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
  patch: AuthorityPatch;
}>;


export type SeajustDeskUpdateAuthorityMutation = { __typename?: 'Mutation', network: { __typename?: 'SeajustMutations', updateAuthority: { __typename?: 'SeajustAuthority', id: string, version: number, name: string, kind: AuthorityKind, measures: Array<AssistanceMeasure>, languages: Array<string>, channels: Array<Channel>, address?: string | null, email?: string | null, phone?: string | null, website?: string | null, urgentContact?: string | null, lastReviewedAt?: string | null } } };

export type CascDeskCreateAuthorityMutationVariables = Exact<{
  input: AuthorityInput;
  key: Scalars['String']['input'];
}>;


export type CascDeskCreateAuthorityMutation = { __typename?: 'Mutation', network: { __typename?: 'CascMutations', createAuthority: { __typename?: 'CascAuthority', id: string } } };

export type WacapDeskCreateAuthorityMutationVariables = Exact<{
  input: AuthorityInput;
  key: Scalars['String']['input'];
}>;


export type WacapDeskCreateAuthorityMutation = { __typename?: 'Mutation', network: { __typename?: 'WacapMutations', createAuthority: { __typename?: 'WacapAuthority', id: string } } };

export type GljcDeskCreateAuthorityMutationVariables = Exact<{
  input: AuthorityInput;
  key: Scalars['String']['input'];
}>;


export type GljcDeskCreateAuthorityMutation = { __typename?: 'Mutation', network: { __typename?: 'GljcMutations', createAuthority: { __typename?: 'GljcAuthority', id: string } } };

export type SeajustDeskCreateAuthorityMutationVariables = Exact<{
  input: AuthorityInput;
  key: Scalars['String']['input'];
}>;


export type SeajustDeskCreateAuthorityMutation = { __typename?: 'Mutation', network: { __typename?: 'SeajustMutations', createAuthority: { __typename?: 'SeajustAuthority', id: string } } };

export type CascDeskUpdateContactPointMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
  patch: ContactPointPatch;
}>;


export type CascDeskUpdateContactPointMutation = { __typename?: 'Mutation', network: { __typename?: 'CascMutations', updateContactPoint: { __typename?: 'CascContactPoint', id: string, version: number, fullName: string, title?: string | null, organization: string, roles: Array<ContactPointRole>, expertise: Array<CrimeArea>, languages: Array<string>, available24x7: boolean, email?: string | null, phone?: string | null, nationalCorrespondent: boolean, toolCorrespondent: boolean, appointedOn?: string | null, termEndsOn?: string | null, active: boolean, lastReviewedAt?: string | null, country: { __typename?: 'Country', code: string, alpha2: string, name: string } } } };

export type WacapDeskUpdateContactPointMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
  patch: ContactPointPatch;
}>;


export type WacapDeskUpdateContactPointMutation = { __typename?: 'Mutation', network: { __typename?: 'WacapMutations', updateContactPoint: { __typename?: 'WacapContactPoint', id: string, version: number, fullName: string, title?: string | null, organization: string, roles: Array<ContactPointRole>, expertise: Array<CrimeArea>, languages: Array<string>, available24x7: boolean, email?: string | null, phone?: string | null, nationalCorrespondent: boolean, toolCorrespondent: boolean, appointedOn?: string | null, termEndsOn?: string | null, active: boolean, lastReviewedAt?: string | null, country: { __typename?: 'Country', code: string, alpha2: string, name: string } } } };

export type GljcDeskUpdateContactPointMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
  patch: ContactPointPatch;
}>;


export type GljcDeskUpdateContactPointMutation = { __typename?: 'Mutation', network: { __typename?: 'GljcMutations', updateContactPoint: { __typename?: 'GljcContactPoint', id: string, version: number, fullName: string, title?: string | null, organization: string, roles: Array<ContactPointRole>, expertise: Array<CrimeArea>, languages: Array<string>, available24x7: boolean, email?: string | null, phone?: string | null, nationalCorrespondent: boolean, toolCorrespondent: boolean, appointedOn?: string | null, termEndsOn?: string | null, active: boolean, lastReviewedAt?: string | null, country: { __typename?: 'Country', code: string, alpha2: string, name: string } } } };

export type SeajustDeskUpdateContactPointMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
  patch: ContactPointPatch;
}>;


export type SeajustDeskUpdateContactPointMutation = { __typename?: 'Mutation', network: { __typename?: 'SeajustMutations', updateContactPoint: { __typename?: 'SeajustContactPoint', id: string, version: number, fullName: string, title?: string | null, organization: string, roles: Array<ContactPointRole>, expertise: Array<CrimeArea>, languages: Array<string>, available24x7: boolean, email?: string | null, phone?: string | null, nationalCorrespondent: boolean, toolCorrespondent: boolean, appointedOn?: string | null, termEndsOn?: string | null, active: boolean, lastReviewedAt?: string | null, country: { __typename?: 'Country', code: string, alpha2: string, name: string } } } };

export type CascDeskCreateContactPointMutationVariables = Exact<{
  input: ContactPointInput;
  key: Scalars['String']['input'];
}>;


export type CascDeskCreateContactPointMutation = { __typename?: 'Mutation', network: { __typename?: 'CascMutations', createContactPoint: { __typename?: 'CascContactPoint', id: string } } };

export type WacapDeskCreateContactPointMutationVariables = Exact<{
  input: ContactPointInput;
  key: Scalars['String']['input'];
}>;


export type WacapDeskCreateContactPointMutation = { __typename?: 'Mutation', network: { __typename?: 'WacapMutations', createContactPoint: { __typename?: 'WacapContactPoint', id: string } } };

export type GljcDeskCreateContactPointMutationVariables = Exact<{
  input: ContactPointInput;
  key: Scalars['String']['input'];
}>;


export type GljcDeskCreateContactPointMutation = { __typename?: 'Mutation', network: { __typename?: 'GljcMutations', createContactPoint: { __typename?: 'GljcContactPoint', id: string } } };

export type SeajustDeskCreateContactPointMutationVariables = Exact<{
  input: ContactPointInput;
  key: Scalars['String']['input'];
}>;


export type SeajustDeskCreateContactPointMutation = { __typename?: 'Mutation', network: { __typename?: 'SeajustMutations', createContactPoint: { __typename?: 'SeajustContactPoint', id: string } } };

export type CascDeskUpsertCountryProfileMutationVariables = Exact<{
  input: CountryProfileInput;
  version?: InputMaybe<Scalars['Int']['input']>;
  key: Scalars['String']['input'];
}>;


export type CascDeskUpsertCountryProfileMutation = { __typename?: 'Mutation', network: { __typename?: 'CascMutations', upsertCountryProfile: { __typename?: 'CascCountryProfile', id: string, version: number, lastReviewedAt?: string | null, country: { __typename?: 'Country', code: string, alpha2: string, name: string }, measures: Array<{ __typename?: 'CascMeasureProfile', measure: AssistanceMeasure, applicable: Applicability, legalBasis?: string | null, languages: Array<string>, dualCriminalityRequired?: boolean | null, requirements: Array<string>, notes?: string | null, competentAuthority?: { __typename?: 'CascAuthority', id: string } | null }> } } };

export type WacapDeskUpsertCountryProfileMutationVariables = Exact<{
  input: CountryProfileInput;
  version?: InputMaybe<Scalars['Int']['input']>;
  key: Scalars['String']['input'];
}>;


export type WacapDeskUpsertCountryProfileMutation = { __typename?: 'Mutation', network: { __typename?: 'WacapMutations', upsertCountryProfile: { __typename?: 'WacapCountryProfile', id: string, version: number, lastReviewedAt?: string | null, country: { __typename?: 'Country', code: string, alpha2: string, name: string }, measures: Array<{ __typename?: 'WacapMeasureProfile', measure: AssistanceMeasure, applicable: Applicability, legalBasis?: string | null, languages: Array<string>, dualCriminalityRequired?: boolean | null, requirements: Array<string>, notes?: string | null, competentAuthority?: { __typename?: 'WacapAuthority', id: string } | null }> } } };

export type GljcDeskUpsertCountryProfileMutationVariables = Exact<{
  input: CountryProfileInput;
  version?: InputMaybe<Scalars['Int']['input']>;
  key: Scalars['String']['input'];
}>;


export type GljcDeskUpsertCountryProfileMutation = { __typename?: 'Mutation', network: { __typename?: 'GljcMutations', upsertCountryProfile: { __typename?: 'GljcCountryProfile', id: string, version: number, lastReviewedAt?: string | null, country: { __typename?: 'Country', code: string, alpha2: string, name: string }, measures: Array<{ __typename?: 'GljcMeasureProfile', measure: AssistanceMeasure, applicable: Applicability, legalBasis?: string | null, languages: Array<string>, dualCriminalityRequired?: boolean | null, requirements: Array<string>, notes?: string | null, competentAuthority?: { __typename?: 'GljcAuthority', id: string } | null }> } } };

export type SeajustDeskUpsertCountryProfileMutationVariables = Exact<{
  input: CountryProfileInput;
  version?: InputMaybe<Scalars['Int']['input']>;
  key: Scalars['String']['input'];
}>;


export type SeajustDeskUpsertCountryProfileMutation = { __typename?: 'Mutation', network: { __typename?: 'SeajustMutations', upsertCountryProfile: { __typename?: 'SeajustCountryProfile', id: string, version: number, lastReviewedAt?: string | null, country: { __typename?: 'Country', code: string, alpha2: string, name: string }, measures: Array<{ __typename?: 'SeajustMeasureProfile', measure: AssistanceMeasure, applicable: Applicability, legalBasis?: string | null, languages: Array<string>, dualCriminalityRequired?: boolean | null, requirements: Array<string>, notes?: string | null, competentAuthority?: { __typename?: 'SeajustAuthority', id: string } | null }> } } };

export type CascDeskUpdateNetworkEventMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
  patch: NetworkEventPatch;
}>;


export type CascDeskUpdateNetworkEventMutation = { __typename?: 'Mutation', network: { __typename?: 'CascMutations', updateEvent: { __typename?: 'CascNetworkEvent', id: string, version: number, title: string, kind: EventKind, startsOn: string, endsOn: string, place?: string | null, country?: { __typename?: 'Country', code: string } | null, participantIds: Array<{ __typename?: 'CascContactPoint', id: string }> } } };

export type WacapDeskUpdateNetworkEventMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
  patch: NetworkEventPatch;
}>;


export type WacapDeskUpdateNetworkEventMutation = { __typename?: 'Mutation', network: { __typename?: 'WacapMutations', updateEvent: { __typename?: 'WacapNetworkEvent', id: string, version: number, title: string, kind: EventKind, startsOn: string, endsOn: string, place?: string | null, country?: { __typename?: 'Country', code: string } | null, participantIds: Array<{ __typename?: 'WacapContactPoint', id: string }> } } };

export type GljcDeskUpdateNetworkEventMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
  patch: NetworkEventPatch;
}>;


export type GljcDeskUpdateNetworkEventMutation = { __typename?: 'Mutation', network: { __typename?: 'GljcMutations', updateEvent: { __typename?: 'GljcNetworkEvent', id: string, version: number, title: string, kind: EventKind, startsOn: string, endsOn: string, place?: string | null, country?: { __typename?: 'Country', code: string } | null, participantIds: Array<{ __typename?: 'GljcContactPoint', id: string }> } } };

export type SeajustDeskUpdateNetworkEventMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
  patch: NetworkEventPatch;
}>;


export type SeajustDeskUpdateNetworkEventMutation = { __typename?: 'Mutation', network: { __typename?: 'SeajustMutations', updateEvent: { __typename?: 'SeajustNetworkEvent', id: string, version: number, title: string, kind: EventKind, startsOn: string, endsOn: string, place?: string | null, country?: { __typename?: 'Country', code: string } | null, participantIds: Array<{ __typename?: 'SeajustContactPoint', id: string }> } } };

export type CascDeskCreateNetworkEventMutationVariables = Exact<{
  input: NetworkEventInput;
  key: Scalars['String']['input'];
}>;


export type CascDeskCreateNetworkEventMutation = { __typename?: 'Mutation', network: { __typename?: 'CascMutations', createEvent: { __typename?: 'CascNetworkEvent', id: string } } };

export type WacapDeskCreateNetworkEventMutationVariables = Exact<{
  input: NetworkEventInput;
  key: Scalars['String']['input'];
}>;


export type WacapDeskCreateNetworkEventMutation = { __typename?: 'Mutation', network: { __typename?: 'WacapMutations', createEvent: { __typename?: 'WacapNetworkEvent', id: string } } };

export type GljcDeskCreateNetworkEventMutationVariables = Exact<{
  input: NetworkEventInput;
  key: Scalars['String']['input'];
}>;


export type GljcDeskCreateNetworkEventMutation = { __typename?: 'Mutation', network: { __typename?: 'GljcMutations', createEvent: { __typename?: 'GljcNetworkEvent', id: string } } };

export type SeajustDeskCreateNetworkEventMutationVariables = Exact<{
  input: NetworkEventInput;
  key: Scalars['String']['input'];
}>;


export type SeajustDeskCreateNetworkEventMutation = { __typename?: 'Mutation', network: { __typename?: 'SeajustMutations', createEvent: { __typename?: 'SeajustNetworkEvent', id: string } } };

export type CascDeskUpdateResourceMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
  patch: ResourcePatch;
}>;


export type CascDeskUpdateResourceMutation = { __typename?: 'Mutation', network: { __typename?: 'CascMutations', updateResource: { __typename?: 'CascResource', id: string, version: number, title: string, kind: ResourceKind, languages: Array<string>, topics: Array<CrimeArea>, url: string, publishedOn?: string | null } } };

export type WacapDeskUpdateResourceMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
  patch: ResourcePatch;
}>;


export type WacapDeskUpdateResourceMutation = { __typename?: 'Mutation', network: { __typename?: 'WacapMutations', updateResource: { __typename?: 'WacapResource', id: string, version: number, title: string, kind: ResourceKind, languages: Array<string>, topics: Array<CrimeArea>, url: string, publishedOn?: string | null } } };

export type GljcDeskUpdateResourceMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
  patch: ResourcePatch;
}>;


export type GljcDeskUpdateResourceMutation = { __typename?: 'Mutation', network: { __typename?: 'GljcMutations', updateResource: { __typename?: 'GljcResource', id: string, version: number, title: string, kind: ResourceKind, languages: Array<string>, topics: Array<CrimeArea>, url: string, publishedOn?: string | null } } };

export type SeajustDeskUpdateResourceMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
  patch: ResourcePatch;
}>;


export type SeajustDeskUpdateResourceMutation = { __typename?: 'Mutation', network: { __typename?: 'SeajustMutations', updateResource: { __typename?: 'SeajustResource', id: string, version: number, title: string, kind: ResourceKind, languages: Array<string>, topics: Array<CrimeArea>, url: string, publishedOn?: string | null } } };

export type CascDeskCreateResourceMutationVariables = Exact<{
  input: ResourceInput;
  key: Scalars['String']['input'];
}>;


export type CascDeskCreateResourceMutation = { __typename?: 'Mutation', network: { __typename?: 'CascMutations', createResource: { __typename?: 'CascResource', id: string } } };

export type WacapDeskCreateResourceMutationVariables = Exact<{
  input: ResourceInput;
  key: Scalars['String']['input'];
}>;


export type WacapDeskCreateResourceMutation = { __typename?: 'Mutation', network: { __typename?: 'WacapMutations', createResource: { __typename?: 'WacapResource', id: string } } };

export type GljcDeskCreateResourceMutationVariables = Exact<{
  input: ResourceInput;
  key: Scalars['String']['input'];
}>;


export type GljcDeskCreateResourceMutation = { __typename?: 'Mutation', network: { __typename?: 'GljcMutations', createResource: { __typename?: 'GljcResource', id: string } } };

export type SeajustDeskCreateResourceMutationVariables = Exact<{
  input: ResourceInput;
  key: Scalars['String']['input'];
}>;


export type SeajustDeskCreateResourceMutation = { __typename?: 'Mutation', network: { __typename?: 'SeajustMutations', createResource: { __typename?: 'SeajustResource', id: string } } };

export type CascDeskMarkAuthorityReviewedMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
}>;


export type CascDeskMarkAuthorityReviewedMutation = { __typename?: 'Mutation', network: { __typename?: 'CascMutations', updateAuthority: { __typename?: 'CascAuthority', id: string, version: number, lastReviewedAt?: string | null } } };

export type WacapDeskMarkAuthorityReviewedMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
}>;


export type WacapDeskMarkAuthorityReviewedMutation = { __typename?: 'Mutation', network: { __typename?: 'WacapMutations', updateAuthority: { __typename?: 'WacapAuthority', id: string, version: number, lastReviewedAt?: string | null } } };

export type GljcDeskMarkAuthorityReviewedMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
}>;


export type GljcDeskMarkAuthorityReviewedMutation = { __typename?: 'Mutation', network: { __typename?: 'GljcMutations', updateAuthority: { __typename?: 'GljcAuthority', id: string, version: number, lastReviewedAt?: string | null } } };

export type SeajustDeskMarkAuthorityReviewedMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
}>;


export type SeajustDeskMarkAuthorityReviewedMutation = { __typename?: 'Mutation', network: { __typename?: 'SeajustMutations', updateAuthority: { __typename?: 'SeajustAuthority', id: string, version: number, lastReviewedAt?: string | null } } };

export type CascDeskMarkReviewedMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
}>;


export type CascDeskMarkReviewedMutation = { __typename?: 'Mutation', network: { __typename?: 'CascMutations', updateContactPoint: { __typename?: 'CascContactPoint', id: string, version: number, lastReviewedAt?: string | null } } };

export type WacapDeskMarkReviewedMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
}>;


export type WacapDeskMarkReviewedMutation = { __typename?: 'Mutation', network: { __typename?: 'WacapMutations', updateContactPoint: { __typename?: 'WacapContactPoint', id: string, version: number, lastReviewedAt?: string | null } } };

export type GljcDeskMarkReviewedMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
}>;


export type GljcDeskMarkReviewedMutation = { __typename?: 'Mutation', network: { __typename?: 'GljcMutations', updateContactPoint: { __typename?: 'GljcContactPoint', id: string, version: number, lastReviewedAt?: string | null } } };

export type SeajustDeskMarkReviewedMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
}>;


export type SeajustDeskMarkReviewedMutation = { __typename?: 'Mutation', network: { __typename?: 'SeajustMutations', updateContactPoint: { __typename?: 'SeajustContactPoint', id: string, version: number, lastReviewedAt?: string | null } } };

export type CascDeskDeactivateContactPointMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
  successorId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type CascDeskDeactivateContactPointMutation = { __typename?: 'Mutation', network: { __typename?: 'CascMutations', deactivateContactPoint: { __typename?: 'CascContactPoint', id: string, version: number, fullName: string, title?: string | null, organization: string, roles: Array<ContactPointRole>, expertise: Array<CrimeArea>, languages: Array<string>, available24x7: boolean, email?: string | null, phone?: string | null, nationalCorrespondent: boolean, toolCorrespondent: boolean, appointedOn?: string | null, termEndsOn?: string | null, active: boolean, lastReviewedAt?: string | null, country: { __typename?: 'Country', code: string, alpha2: string, name: string } } } };

export type WacapDeskDeactivateContactPointMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
  successorId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type WacapDeskDeactivateContactPointMutation = { __typename?: 'Mutation', network: { __typename?: 'WacapMutations', deactivateContactPoint: { __typename?: 'WacapContactPoint', id: string, version: number, fullName: string, title?: string | null, organization: string, roles: Array<ContactPointRole>, expertise: Array<CrimeArea>, languages: Array<string>, available24x7: boolean, email?: string | null, phone?: string | null, nationalCorrespondent: boolean, toolCorrespondent: boolean, appointedOn?: string | null, termEndsOn?: string | null, active: boolean, lastReviewedAt?: string | null, country: { __typename?: 'Country', code: string, alpha2: string, name: string } } } };

export type GljcDeskDeactivateContactPointMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
  successorId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type GljcDeskDeactivateContactPointMutation = { __typename?: 'Mutation', network: { __typename?: 'GljcMutations', deactivateContactPoint: { __typename?: 'GljcContactPoint', id: string, version: number, fullName: string, title?: string | null, organization: string, roles: Array<ContactPointRole>, expertise: Array<CrimeArea>, languages: Array<string>, available24x7: boolean, email?: string | null, phone?: string | null, nationalCorrespondent: boolean, toolCorrespondent: boolean, appointedOn?: string | null, termEndsOn?: string | null, active: boolean, lastReviewedAt?: string | null, country: { __typename?: 'Country', code: string, alpha2: string, name: string } } } };

export type SeajustDeskDeactivateContactPointMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
  successorId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type SeajustDeskDeactivateContactPointMutation = { __typename?: 'Mutation', network: { __typename?: 'SeajustMutations', deactivateContactPoint: { __typename?: 'SeajustContactPoint', id: string, version: number, fullName: string, title?: string | null, organization: string, roles: Array<ContactPointRole>, expertise: Array<CrimeArea>, languages: Array<string>, available24x7: boolean, email?: string | null, phone?: string | null, nationalCorrespondent: boolean, toolCorrespondent: boolean, appointedOn?: string | null, termEndsOn?: string | null, active: boolean, lastReviewedAt?: string | null, country: { __typename?: 'Country', code: string, alpha2: string, name: string } } } };

export type CascDeskUpdateWorkingGroupMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
  patch: WorkingGroupPatch;
}>;


export type CascDeskUpdateWorkingGroupMutation = { __typename?: 'Mutation', network: { __typename?: 'CascMutations', updateWorkingGroup: { __typename?: 'CascWorkingGroup', id: string, version: number, name: string, topic?: CrimeArea | null, description?: string | null, memberIds: Array<{ __typename?: 'CascContactPoint', id: string }> } } };

export type WacapDeskUpdateWorkingGroupMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
  patch: WorkingGroupPatch;
}>;


export type WacapDeskUpdateWorkingGroupMutation = { __typename?: 'Mutation', network: { __typename?: 'WacapMutations', updateWorkingGroup: { __typename?: 'WacapWorkingGroup', id: string, version: number, name: string, topic?: CrimeArea | null, description?: string | null, memberIds: Array<{ __typename?: 'WacapContactPoint', id: string }> } } };

export type GljcDeskUpdateWorkingGroupMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
  patch: WorkingGroupPatch;
}>;


export type GljcDeskUpdateWorkingGroupMutation = { __typename?: 'Mutation', network: { __typename?: 'GljcMutations', updateWorkingGroup: { __typename?: 'GljcWorkingGroup', id: string, version: number, name: string, topic?: CrimeArea | null, description?: string | null, memberIds: Array<{ __typename?: 'GljcContactPoint', id: string }> } } };

export type SeajustDeskUpdateWorkingGroupMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
  patch: WorkingGroupPatch;
}>;


export type SeajustDeskUpdateWorkingGroupMutation = { __typename?: 'Mutation', network: { __typename?: 'SeajustMutations', updateWorkingGroup: { __typename?: 'SeajustWorkingGroup', id: string, version: number, name: string, topic?: CrimeArea | null, description?: string | null, memberIds: Array<{ __typename?: 'SeajustContactPoint', id: string }> } } };

export type CascDeskCreateWorkingGroupMutationVariables = Exact<{
  input: WorkingGroupInput;
  key: Scalars['String']['input'];
}>;


export type CascDeskCreateWorkingGroupMutation = { __typename?: 'Mutation', network: { __typename?: 'CascMutations', createWorkingGroup: { __typename?: 'CascWorkingGroup', id: string } } };

export type WacapDeskCreateWorkingGroupMutationVariables = Exact<{
  input: WorkingGroupInput;
  key: Scalars['String']['input'];
}>;


export type WacapDeskCreateWorkingGroupMutation = { __typename?: 'Mutation', network: { __typename?: 'WacapMutations', createWorkingGroup: { __typename?: 'WacapWorkingGroup', id: string } } };

export type GljcDeskCreateWorkingGroupMutationVariables = Exact<{
  input: WorkingGroupInput;
  key: Scalars['String']['input'];
}>;


export type GljcDeskCreateWorkingGroupMutation = { __typename?: 'Mutation', network: { __typename?: 'GljcMutations', createWorkingGroup: { __typename?: 'GljcWorkingGroup', id: string } } };

export type SeajustDeskCreateWorkingGroupMutationVariables = Exact<{
  input: WorkingGroupInput;
  key: Scalars['String']['input'];
}>;


export type SeajustDeskCreateWorkingGroupMutation = { __typename?: 'Mutation', network: { __typename?: 'SeajustMutations', createWorkingGroup: { __typename?: 'SeajustWorkingGroup', id: string } } };

export type CascNotificationBellQueryVariables = Exact<{
  code: NetworkCode;
  first: Scalars['Int']['input'];
}>;


export type CascNotificationBellQuery = { __typename?: 'Query', network?: { __typename?: 'CascNetwork', code: NetworkCode, myNotifications?: { __typename?: 'CascNotificationConnection', unreadCount: number, nodes: Array<{ __typename?: 'CascNotification', id: string, kind: NotificationKind, reference: string, urgency: Urgency, counterpartNetwork: NetworkCode, deadline?: string | null, referralId: string, createdAt: string, read: boolean, counterpartCountry: { __typename?: 'Country', code: string, alpha2: string, name: string } }> } | null } | { __typename?: 'GljcNetwork', code: NetworkCode } | { __typename?: 'SeajustNetwork', code: NetworkCode } | { __typename?: 'WacapNetwork', code: NetworkCode } | null };

export type WacapNotificationBellQueryVariables = Exact<{
  code: NetworkCode;
  first: Scalars['Int']['input'];
}>;


export type WacapNotificationBellQuery = { __typename?: 'Query', network?: { __typename?: 'CascNetwork', code: NetworkCode } | { __typename?: 'GljcNetwork', code: NetworkCode } | { __typename?: 'SeajustNetwork', code: NetworkCode } | { __typename?: 'WacapNetwork', code: NetworkCode, myNotifications?: { __typename?: 'WacapNotificationConnection', unreadCount: number, nodes: Array<{ __typename?: 'WacapNotification', id: string, kind: NotificationKind, reference: string, urgency: Urgency, counterpartNetwork: NetworkCode, deadline?: string | null, referralId: string, createdAt: string, read: boolean, counterpartCountry: { __typename?: 'Country', code: string, alpha2: string, name: string } }> } | null } | null };

export type GljcNotificationBellQueryVariables = Exact<{
  code: NetworkCode;
  first: Scalars['Int']['input'];
}>;


export type GljcNotificationBellQuery = { __typename?: 'Query', network?: { __typename?: 'CascNetwork', code: NetworkCode } | { __typename?: 'GljcNetwork', code: NetworkCode, myNotifications?: { __typename?: 'GljcNotificationConnection', unreadCount: number, nodes: Array<{ __typename?: 'GljcNotification', id: string, kind: NotificationKind, reference: string, urgency: Urgency, counterpartNetwork: NetworkCode, deadline?: string | null, referralId: string, createdAt: string, read: boolean, counterpartCountry: { __typename?: 'Country', code: string, alpha2: string, name: string } }> } | null } | { __typename?: 'SeajustNetwork', code: NetworkCode } | { __typename?: 'WacapNetwork', code: NetworkCode } | null };

export type SeajustNotificationBellQueryVariables = Exact<{
  code: NetworkCode;
  first: Scalars['Int']['input'];
}>;


export type SeajustNotificationBellQuery = { __typename?: 'Query', network?: { __typename?: 'CascNetwork', code: NetworkCode } | { __typename?: 'GljcNetwork', code: NetworkCode } | { __typename?: 'SeajustNetwork', code: NetworkCode, myNotifications?: { __typename?: 'SeajustNotificationConnection', unreadCount: number, nodes: Array<{ __typename?: 'SeajustNotification', id: string, kind: NotificationKind, reference: string, urgency: Urgency, counterpartNetwork: NetworkCode, deadline?: string | null, referralId: string, createdAt: string, read: boolean, counterpartCountry: { __typename?: 'Country', code: string, alpha2: string, name: string } }> } | null } | { __typename?: 'WacapNetwork', code: NetworkCode } | null };

export type CascMarkNotificationsReadMutationVariables = Exact<{
  ids: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
}>;


export type CascMarkNotificationsReadMutation = { __typename?: 'Mutation', network: { __typename?: 'CascMutations', markNotificationsRead: { __typename?: 'CascNotificationsMarked', marked: number, unreadCount: number } } };

export type WacapMarkNotificationsReadMutationVariables = Exact<{
  ids: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
}>;


export type WacapMarkNotificationsReadMutation = { __typename?: 'Mutation', network: { __typename?: 'WacapMutations', markNotificationsRead: { __typename?: 'WacapNotificationsMarked', marked: number, unreadCount: number } } };

export type GljcMarkNotificationsReadMutationVariables = Exact<{
  ids: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
}>;


export type GljcMarkNotificationsReadMutation = { __typename?: 'Mutation', network: { __typename?: 'GljcMutations', markNotificationsRead: { __typename?: 'GljcNotificationsMarked', marked: number, unreadCount: number } } };

export type SeajustMarkNotificationsReadMutationVariables = Exact<{
  ids: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
}>;


export type SeajustMarkNotificationsReadMutation = { __typename?: 'Mutation', network: { __typename?: 'SeajustMutations', markNotificationsRead: { __typename?: 'SeajustNotificationsMarked', marked: number, unreadCount: number } } };

export type CascMarkAllNotificationsReadMutationVariables = Exact<{
  upTo?: InputMaybe<Scalars['ID']['input']>;
}>;


export type CascMarkAllNotificationsReadMutation = { __typename?: 'Mutation', network: { __typename?: 'CascMutations', markAllNotificationsRead: { __typename?: 'CascNotificationsMarked', marked: number, unreadCount: number } } };

export type WacapMarkAllNotificationsReadMutationVariables = Exact<{
  upTo?: InputMaybe<Scalars['ID']['input']>;
}>;


export type WacapMarkAllNotificationsReadMutation = { __typename?: 'Mutation', network: { __typename?: 'WacapMutations', markAllNotificationsRead: { __typename?: 'WacapNotificationsMarked', marked: number, unreadCount: number } } };

export type GljcMarkAllNotificationsReadMutationVariables = Exact<{
  upTo?: InputMaybe<Scalars['ID']['input']>;
}>;


export type GljcMarkAllNotificationsReadMutation = { __typename?: 'Mutation', network: { __typename?: 'GljcMutations', markAllNotificationsRead: { __typename?: 'GljcNotificationsMarked', marked: number, unreadCount: number } } };

export type SeajustMarkAllNotificationsReadMutationVariables = Exact<{
  upTo?: InputMaybe<Scalars['ID']['input']>;
}>;


export type SeajustMarkAllNotificationsReadMutation = { __typename?: 'Mutation', network: { __typename?: 'SeajustMutations', markAllNotificationsRead: { __typename?: 'SeajustNotificationsMarked', marked: number, unreadCount: number } } };

export type CascCreateReferralMutationVariables = Exact<{
  input: ReferralInput;
  key: Scalars['String']['input'];
}>;


export type CascCreateReferralMutation = { __typename?: 'Mutation', network: { __typename?: 'CascMutations', createReferral: { __typename?: 'CascReferral', id: string } } };

export type WacapCreateReferralMutationVariables = Exact<{
  input: ReferralInput;
  key: Scalars['String']['input'];
}>;


export type WacapCreateReferralMutation = { __typename?: 'Mutation', network: { __typename?: 'WacapMutations', createReferral: { __typename?: 'WacapReferral', id: string } } };

export type GljcCreateReferralMutationVariables = Exact<{
  input: ReferralInput;
  key: Scalars['String']['input'];
}>;


export type GljcCreateReferralMutation = { __typename?: 'Mutation', network: { __typename?: 'GljcMutations', createReferral: { __typename?: 'GljcReferral', id: string } } };

export type SeajustCreateReferralMutationVariables = Exact<{
  input: ReferralInput;
  key: Scalars['String']['input'];
}>;


export type SeajustCreateReferralMutation = { __typename?: 'Mutation', network: { __typename?: 'SeajustMutations', createReferral: { __typename?: 'SeajustReferral', id: string } } };

export type CascReferralAcknowledgeMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  key: Scalars['String']['input'];
}>;


export type CascReferralAcknowledgeMutation = { __typename?: 'Mutation', network: { __typename?: 'CascMutations', step: { __typename?: 'CascReferral', id: string } } };

export type WacapReferralAcknowledgeMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  key: Scalars['String']['input'];
}>;


export type WacapReferralAcknowledgeMutation = { __typename?: 'Mutation', network: { __typename?: 'WacapMutations', step: { __typename?: 'WacapReferral', id: string } } };

export type GljcReferralAcknowledgeMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  key: Scalars['String']['input'];
}>;


export type GljcReferralAcknowledgeMutation = { __typename?: 'Mutation', network: { __typename?: 'GljcMutations', step: { __typename?: 'GljcReferral', id: string } } };

export type SeajustReferralAcknowledgeMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  key: Scalars['String']['input'];
}>;


export type SeajustReferralAcknowledgeMutation = { __typename?: 'Mutation', network: { __typename?: 'SeajustMutations', step: { __typename?: 'SeajustReferral', id: string } } };

export type CascReferralAssignMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  key: Scalars['String']['input'];
  contactPointId: Scalars['ID']['input'];
}>;


export type CascReferralAssignMutation = { __typename?: 'Mutation', network: { __typename?: 'CascMutations', step: { __typename?: 'CascReferral', id: string } } };

export type WacapReferralAssignMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  key: Scalars['String']['input'];
  contactPointId: Scalars['ID']['input'];
}>;


export type WacapReferralAssignMutation = { __typename?: 'Mutation', network: { __typename?: 'WacapMutations', step: { __typename?: 'WacapReferral', id: string } } };

export type GljcReferralAssignMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  key: Scalars['String']['input'];
  contactPointId: Scalars['ID']['input'];
}>;


export type GljcReferralAssignMutation = { __typename?: 'Mutation', network: { __typename?: 'GljcMutations', step: { __typename?: 'GljcReferral', id: string } } };

export type SeajustReferralAssignMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  key: Scalars['String']['input'];
  contactPointId: Scalars['ID']['input'];
}>;


export type SeajustReferralAssignMutation = { __typename?: 'Mutation', network: { __typename?: 'SeajustMutations', step: { __typename?: 'SeajustReferral', id: string } } };

export type CascReferralStartMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  key: Scalars['String']['input'];
}>;


export type CascReferralStartMutation = { __typename?: 'Mutation', network: { __typename?: 'CascMutations', step: { __typename?: 'CascReferral', id: string } } };

export type WacapReferralStartMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  key: Scalars['String']['input'];
}>;


export type WacapReferralStartMutation = { __typename?: 'Mutation', network: { __typename?: 'WacapMutations', step: { __typename?: 'WacapReferral', id: string } } };

export type GljcReferralStartMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  key: Scalars['String']['input'];
}>;


export type GljcReferralStartMutation = { __typename?: 'Mutation', network: { __typename?: 'GljcMutations', step: { __typename?: 'GljcReferral', id: string } } };

export type SeajustReferralStartMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  key: Scalars['String']['input'];
}>;


export type SeajustReferralStartMutation = { __typename?: 'Mutation', network: { __typename?: 'SeajustMutations', step: { __typename?: 'SeajustReferral', id: string } } };

export type CascReferralCompleteMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  key: Scalars['String']['input'];
  text: Scalars['String']['input'];
}>;


export type CascReferralCompleteMutation = { __typename?: 'Mutation', network: { __typename?: 'CascMutations', step: { __typename?: 'CascReferral', id: string } } };

export type WacapReferralCompleteMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  key: Scalars['String']['input'];
  text: Scalars['String']['input'];
}>;


export type WacapReferralCompleteMutation = { __typename?: 'Mutation', network: { __typename?: 'WacapMutations', step: { __typename?: 'WacapReferral', id: string } } };

export type GljcReferralCompleteMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  key: Scalars['String']['input'];
  text: Scalars['String']['input'];
}>;


export type GljcReferralCompleteMutation = { __typename?: 'Mutation', network: { __typename?: 'GljcMutations', step: { __typename?: 'GljcReferral', id: string } } };

export type SeajustReferralCompleteMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  key: Scalars['String']['input'];
  text: Scalars['String']['input'];
}>;


export type SeajustReferralCompleteMutation = { __typename?: 'Mutation', network: { __typename?: 'SeajustMutations', step: { __typename?: 'SeajustReferral', id: string } } };

export type CascReferralDeclineMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  key: Scalars['String']['input'];
  text: Scalars['String']['input'];
}>;


export type CascReferralDeclineMutation = { __typename?: 'Mutation', network: { __typename?: 'CascMutations', step: { __typename?: 'CascReferral', id: string } } };

export type WacapReferralDeclineMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  key: Scalars['String']['input'];
  text: Scalars['String']['input'];
}>;


export type WacapReferralDeclineMutation = { __typename?: 'Mutation', network: { __typename?: 'WacapMutations', step: { __typename?: 'WacapReferral', id: string } } };

export type GljcReferralDeclineMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  key: Scalars['String']['input'];
  text: Scalars['String']['input'];
}>;


export type GljcReferralDeclineMutation = { __typename?: 'Mutation', network: { __typename?: 'GljcMutations', step: { __typename?: 'GljcReferral', id: string } } };

export type SeajustReferralDeclineMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  key: Scalars['String']['input'];
  text: Scalars['String']['input'];
}>;


export type SeajustReferralDeclineMutation = { __typename?: 'Mutation', network: { __typename?: 'SeajustMutations', step: { __typename?: 'SeajustReferral', id: string } } };

export type CascReferralWithdrawMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  key: Scalars['String']['input'];
  text: Scalars['String']['input'];
}>;


export type CascReferralWithdrawMutation = { __typename?: 'Mutation', network: { __typename?: 'CascMutations', step: { __typename?: 'CascReferral', id: string } } };

export type WacapReferralWithdrawMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  key: Scalars['String']['input'];
  text: Scalars['String']['input'];
}>;


export type WacapReferralWithdrawMutation = { __typename?: 'Mutation', network: { __typename?: 'WacapMutations', step: { __typename?: 'WacapReferral', id: string } } };

export type GljcReferralWithdrawMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  key: Scalars['String']['input'];
  text: Scalars['String']['input'];
}>;


export type GljcReferralWithdrawMutation = { __typename?: 'Mutation', network: { __typename?: 'GljcMutations', step: { __typename?: 'GljcReferral', id: string } } };

export type SeajustReferralWithdrawMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  key: Scalars['String']['input'];
  text: Scalars['String']['input'];
}>;


export type SeajustReferralWithdrawMutation = { __typename?: 'Mutation', network: { __typename?: 'SeajustMutations', step: { __typename?: 'SeajustReferral', id: string } } };

export type CascReferralMessageMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  key: Scalars['String']['input'];
  text: Scalars['String']['input'];
}>;


export type CascReferralMessageMutation = { __typename?: 'Mutation', network: { __typename?: 'CascMutations', step: { __typename?: 'CascReferral', id: string } } };

export type WacapReferralMessageMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  key: Scalars['String']['input'];
  text: Scalars['String']['input'];
}>;


export type WacapReferralMessageMutation = { __typename?: 'Mutation', network: { __typename?: 'WacapMutations', step: { __typename?: 'WacapReferral', id: string } } };

export type GljcReferralMessageMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  key: Scalars['String']['input'];
  text: Scalars['String']['input'];
}>;


export type GljcReferralMessageMutation = { __typename?: 'Mutation', network: { __typename?: 'GljcMutations', step: { __typename?: 'GljcReferral', id: string } } };

export type SeajustReferralMessageMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  key: Scalars['String']['input'];
  text: Scalars['String']['input'];
}>;


export type SeajustReferralMessageMutation = { __typename?: 'Mutation', network: { __typename?: 'SeajustMutations', step: { __typename?: 'SeajustReferral', id: string } } };

export type CascReferralAnswerDateMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  key: Scalars['String']['input'];
  answerExpectedBy: Scalars['DateTime']['input'];
}>;


export type CascReferralAnswerDateMutation = { __typename?: 'Mutation', network: { __typename?: 'CascMutations', step: { __typename?: 'CascReferral', id: string } } };

export type WacapReferralAnswerDateMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  key: Scalars['String']['input'];
  answerExpectedBy: Scalars['DateTime']['input'];
}>;


export type WacapReferralAnswerDateMutation = { __typename?: 'Mutation', network: { __typename?: 'WacapMutations', step: { __typename?: 'WacapReferral', id: string } } };

export type GljcReferralAnswerDateMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  key: Scalars['String']['input'];
  answerExpectedBy: Scalars['DateTime']['input'];
}>;


export type GljcReferralAnswerDateMutation = { __typename?: 'Mutation', network: { __typename?: 'GljcMutations', step: { __typename?: 'GljcReferral', id: string } } };

export type SeajustReferralAnswerDateMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  key: Scalars['String']['input'];
  answerExpectedBy: Scalars['DateTime']['input'];
}>;


export type SeajustReferralAnswerDateMutation = { __typename?: 'Mutation', network: { __typename?: 'SeajustMutations', step: { __typename?: 'SeajustReferral', id: string } } };

export type NetworkNamesQueryVariables = Exact<{ [key: string]: never; }>;


export type NetworkNamesQuery = { __typename?: 'Query', networks: Array<{ __typename?: 'CascNetwork', code: NetworkCode, name?: string | null, fullName?: string | null } | { __typename?: 'GljcNetwork', code: NetworkCode, name?: string | null, fullName?: string | null } | { __typename?: 'SeajustNetwork', code: NetworkCode, name?: string | null, fullName?: string | null } | { __typename?: 'WacapNetwork', code: NetworkCode, name?: string | null, fullName?: string | null }> };

export const AuthorityDetailFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuthorityDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Authority"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"measures"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"channels"}},{"kind":"Field","name":{"kind":"Name","value":"urgentContact"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}}]} as unknown as DocumentNode<AuthorityDetailFragment, unknown>;
export const ContactPointSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContactPointSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContactPoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"organization"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"expertise"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"available24x7"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"alpha2"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ContactPointSummaryFragment, unknown>;
export const WorkingGroupItemFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkingGroupItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkingGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]} as unknown as DocumentNode<WorkingGroupItemFragment, unknown>;
export const EventItemFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NetworkEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"alpha2"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<EventItemFragment, unknown>;
export const ResourceItemFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResourceItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Resource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"topics"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}}]}}]} as unknown as DocumentNode<ResourceItemFragment, unknown>;
export const CountryNetworkFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CountryNetworkFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Network"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"authorities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"authorities"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuthorityDetail"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"contactPoints"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"contactPoints"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContactPointSummary"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"workingGroups"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkingGroupItem"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"events"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EventItem"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"resources"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResourceItem"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuthorityDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Authority"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"measures"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"channels"}},{"kind":"Field","name":{"kind":"Name","value":"urgentContact"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContactPointSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContactPoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"organization"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"expertise"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"available24x7"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"alpha2"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkingGroupItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkingGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NetworkEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"alpha2"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResourceItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Resource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"topics"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}}]}}]} as unknown as DocumentNode<CountryNetworkFieldsFragment, unknown>;
export const DeskAuditFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeskAudit"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEntryConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actorSubject"}},{"kind":"Field","name":{"kind":"Name","value":"actorNetwork"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"objectType"}},{"kind":"Field","name":{"kind":"Name","value":"objectId"}}]}}]}}]} as unknown as DocumentNode<DeskAuditFragment, unknown>;
export const DeskAuthorityFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeskAuthorityFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Authority"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"measures"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"channels"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"urgentContact"}},{"kind":"Field","name":{"kind":"Name","value":"lastReviewedAt"}}]}}]} as unknown as DocumentNode<DeskAuthorityFieldsFragment, unknown>;
export const DeskContactPointFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeskContactPointFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContactPoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"organization"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"expertise"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"available24x7"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"nationalCorrespondent"}},{"kind":"Field","name":{"kind":"Name","value":"toolCorrespondent"}},{"kind":"Field","name":{"kind":"Name","value":"appointedOn"}},{"kind":"Field","name":{"kind":"Name","value":"termEndsOn"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"lastReviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"alpha2"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<DeskContactPointFieldsFragment, unknown>;
export const DeskCountryProfileFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeskCountryProfileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CountryProfile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"lastReviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"alpha2"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"measures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"applicable"}},{"kind":"Field","name":{"kind":"Name","value":"competentAuthority"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"dualCriminalityRequired"}},{"kind":"Field","name":{"kind":"Name","value":"requirements"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}}]}}]}}]} as unknown as DocumentNode<DeskCountryProfileFieldsFragment, unknown>;
export const DeskNetworkEventFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeskNetworkEventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NetworkEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"participantIds"},"name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DeskNetworkEventFieldsFragment, unknown>;
export const DeskResourceFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeskResourceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Resource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"topics"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}}]}}]} as unknown as DocumentNode<DeskResourceFieldsFragment, unknown>;
export const DeskWorkingGroupFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeskWorkingGroupFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkingGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","alias":{"kind":"Name","value":"memberIds"},"name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DeskWorkingGroupFieldsFragment, unknown>;
export const ContactPointFactsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContactPointFacts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContactPoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"network"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"lastReviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"appointedOn"}},{"kind":"Field","name":{"kind":"Name","value":"termEndsOn"}},{"kind":"Field","name":{"kind":"Name","value":"nationalCorrespondent"}},{"kind":"Field","name":{"kind":"Name","value":"toolCorrespondent"}},{"kind":"Field","name":{"kind":"Name","value":"successor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"predecessor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]} as unknown as DocumentNode<ContactPointFactsFragment, unknown>;
export const ContactPointPageFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContactPointPage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContactPointConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContactPointSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContactPointSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContactPoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"organization"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"expertise"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"available24x7"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"alpha2"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ContactPointPageFragment, unknown>;
export const ReferralSidesFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReferralSides"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Referral"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"originCountry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"alpha2"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"destinationCountry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"alpha2"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"originNetwork"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"destinationNetwork"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ReferralSidesFragment, unknown>;
export const ReferralFactsFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReferralFactsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Referral"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"side"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"measures"}},{"kind":"Field","name":{"kind":"Name","value":"crimeAreas"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"formalReferences"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgeBy"}},{"kind":"Field","name":{"kind":"Name","value":"answerExpectedBy"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReferralSides"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignedTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReferralSides"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Referral"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"originCountry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"alpha2"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"destinationCountry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"alpha2"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"originNetwork"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"destinationNetwork"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ReferralFactsFieldsFragment, unknown>;
export const ReferralRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReferralRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Referral"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"side"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"crimeAreas"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReferralSides"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReferralSides"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Referral"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"originCountry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"alpha2"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"destinationCountry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"alpha2"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"originNetwork"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"destinationNetwork"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ReferralRowFragment, unknown>;
export const ReferralEventFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReferralEventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReferralEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"side"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"answerExpectedBy"}},{"kind":"Field","name":{"kind":"Name","value":"assignedTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]} as unknown as DocumentNode<ReferralEventFieldsFragment, unknown>;
export const CountryNetworksFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CountryNetworks"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Country"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"alpha2"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"networks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CountryNetworksFragment, unknown>;
export const MeasureFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeasureFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MeasureProfile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"applicable"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"dualCriminalityRequired"}},{"kind":"Field","name":{"kind":"Name","value":"requirements"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"lastReviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"competentAuthority"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<MeasureFieldsFragment, unknown>;
export const AnalyticsDashboardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnalyticsDashboard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"networks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"statistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"perturbed"}},{"kind":"Field","name":{"kind":"Name","value":"outgoing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"byCounterpartNetwork"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"monthly"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"outgoing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"incoming"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"incomingTimeliness"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acknowledgement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"medianDays"}},{"kind":"Field","name":{"kind":"Name","value":"p90Days"}}]}},{"kind":"Field","name":{"kind":"Name","value":"completion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"medianDays"}},{"kind":"Field","name":{"kind":"Name","value":"p90Days"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"openByAge"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"directory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contactPointsPerCountry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notReviewedIn12Months"}},{"kind":"Field","name":{"kind":"Name","value":"countriesWithout24x7"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AnalyticsDashboardQuery, AnalyticsDashboardQueryVariables>;
export const AtlasAnswerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AtlasAnswer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"country"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"authorities"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AuthorityFilter"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"contactPoints"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ContactPointFilter"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"country"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"country"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CountryNetworks"}},{"kind":"Field","name":{"kind":"Name","value":"networks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"countryProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"country"},"value":{"kind":"Variable","name":{"kind":"Name","value":"country"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lastReviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"measures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeasureFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"authorities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"authorities"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuthorityDetail"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"contactPoints"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"contactPoints"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContactPointSummary"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CountryNetworks"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Country"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"alpha2"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"networks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeasureFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MeasureProfile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"applicable"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"dualCriminalityRequired"}},{"kind":"Field","name":{"kind":"Name","value":"requirements"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"lastReviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"competentAuthority"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuthorityDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Authority"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"measures"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"channels"}},{"kind":"Field","name":{"kind":"Name","value":"urgentContact"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContactPointSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContactPoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"organization"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"expertise"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"available24x7"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"alpha2"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<AtlasAnswerQuery, AtlasAnswerQueryVariables>;
export const CountriesIndexDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CountriesIndex"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"countries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CountryNetworks"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CountryNetworks"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Country"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"alpha2"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"networks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CountriesIndexQuery, CountriesIndexQueryVariables>;
export const CountryViewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CountryView"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"authorities"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AuthorityFilter"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"contactPoints"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ContactPointFilter"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"events"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EventFilter"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"country"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CountryNetworks"}},{"kind":"Field","name":{"kind":"Name","value":"networks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"countryProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"country"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lastReviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"measures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeasureFields"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CountryNetworkFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuthorityDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Authority"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"measures"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"channels"}},{"kind":"Field","name":{"kind":"Name","value":"urgentContact"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContactPointSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContactPoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"organization"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"expertise"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"available24x7"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"alpha2"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkingGroupItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkingGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NetworkEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"alpha2"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResourceItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Resource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"topics"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CountryNetworks"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Country"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"alpha2"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"networks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeasureFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MeasureProfile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"applicable"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"dualCriminalityRequired"}},{"kind":"Field","name":{"kind":"Name","value":"requirements"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"lastReviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"competentAuthority"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CountryNetworkFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Network"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"authorities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"authorities"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuthorityDetail"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"contactPoints"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"contactPoints"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContactPointSummary"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"workingGroups"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkingGroupItem"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"events"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EventItem"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"resources"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResourceItem"}}]}}]}}]}}]} as unknown as DocumentNode<CountryViewQuery, CountryViewQueryVariables>;
export const DeskAuditDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DeskAudit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"network"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NetworkCode"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"network"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"network"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"auditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeskAudit"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeskAudit"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEntryConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actorSubject"}},{"kind":"Field","name":{"kind":"Name","value":"actorNetwork"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"objectType"}},{"kind":"Field","name":{"kind":"Name","value":"objectId"}}]}}]}}]} as unknown as DocumentNode<DeskAuditQuery, DeskAuditQueryVariables>;
export const DeskAuditObjectsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DeskAuditObjects"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContactPoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Authority"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<DeskAuditObjectsQuery, DeskAuditObjectsQueryVariables>;
export const DeskAuthorityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DeskAuthority"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Authority"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeskAuthorityFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeskAuthorityFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Authority"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"measures"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"channels"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"urgentContact"}},{"kind":"Field","name":{"kind":"Name","value":"lastReviewedAt"}}]}}]} as unknown as DocumentNode<DeskAuthorityQuery, DeskAuthorityQueryVariables>;
export const DeskContactPointDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DeskContactPoint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContactPoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeskContactPointFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeskContactPointFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContactPoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"organization"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"expertise"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"available24x7"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"nationalCorrespondent"}},{"kind":"Field","name":{"kind":"Name","value":"toolCorrespondent"}},{"kind":"Field","name":{"kind":"Name","value":"appointedOn"}},{"kind":"Field","name":{"kind":"Name","value":"termEndsOn"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"lastReviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"alpha2"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<DeskContactPointQuery, DeskContactPointQueryVariables>;
export const DeskCountryProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DeskCountryProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"network"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NetworkCode"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"country"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"network"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"network"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"countryProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"country"},"value":{"kind":"Variable","name":{"kind":"Name","value":"country"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeskCountryProfileFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"authorities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"country"},"value":{"kind":"Variable","name":{"kind":"Name","value":"country"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeskCountryProfileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CountryProfile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"lastReviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"alpha2"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"measures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"applicable"}},{"kind":"Field","name":{"kind":"Name","value":"competentAuthority"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"dualCriminalityRequired"}},{"kind":"Field","name":{"kind":"Name","value":"requirements"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}}]}}]}}]} as unknown as DocumentNode<DeskCountryProfileQuery, DeskCountryProfileQueryVariables>;
export const DeskMemberCountriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DeskMemberCountries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"network"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NetworkCode"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"network"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"network"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"memberCountries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"alpha2"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<DeskMemberCountriesQuery, DeskMemberCountriesQueryVariables>;
export const DeskDirectoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DeskDirectory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"network"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NetworkCode"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"network"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"network"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"memberCountries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"alpha2"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contactPoints"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"includeInactive"},"value":{"kind":"BooleanValue","value":true}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"alpha2"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"authorities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"alpha2"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"countryProfiles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"workingGroups"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"resources"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DeskDirectoryQuery, DeskDirectoryQueryVariables>;
export const DeskNetworkEventDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DeskNetworkEvent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NetworkEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeskNetworkEventFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeskNetworkEventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NetworkEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"participantIds"},"name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DeskNetworkEventQuery, DeskNetworkEventQueryVariables>;
export const DeskPeopleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DeskPeople"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"network"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NetworkCode"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"network"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"network"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"contactPoints"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"includeInactive"},"value":{"kind":"BooleanValue","value":true}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"500"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"alpha2"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DeskPeopleQuery, DeskPeopleQueryVariables>;
export const DeskResourceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DeskResource"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Resource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeskResourceFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeskResourceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Resource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"topics"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}}]}}]} as unknown as DocumentNode<DeskResourceQuery, DeskResourceQueryVariables>;
export const DeskReviewDirectoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DeskReviewDirectory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"network"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NetworkCode"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reviewedBefore"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"network"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"network"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"authorities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"reviewedBefore"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reviewedBefore"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"lastReviewedAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"countryProfiles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lastReviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"alpha2"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DeskReviewDirectoryQuery, DeskReviewDirectoryQueryVariables>;
export const DeskReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DeskReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"network"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NetworkCode"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reviewedBefore"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"termEndsBefore"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"network"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"network"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"memberCountries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"alpha2"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"due"},"name":{"kind":"Name","value":"contactPoints"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"reviewedBefore"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reviewedBefore"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"lastReviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"alpha2"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"ending"},"name":{"kind":"Name","value":"contactPoints"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"termEndsBefore"},"value":{"kind":"Variable","name":{"kind":"Name","value":"termEndsBefore"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"termEndsOn"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"allHours"},"name":{"kind":"Name","value":"contactPoints"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"available24x7"},"value":{"kind":"BooleanValue","value":true}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"500"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DeskReviewQuery, DeskReviewQueryVariables>;
export const DeskRotationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DeskRotation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"network"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NetworkCode"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"country"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"contactPoint"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"network"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"network"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"contactPoints"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"country"},"value":{"kind":"Variable","name":{"kind":"Name","value":"country"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"referrals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"contactPoint"},"value":{"kind":"Variable","name":{"kind":"Name","value":"contactPoint"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"SENT"},{"kind":"EnumValue","value":"ACKNOWLEDGED"},{"kind":"EnumValue","value":"ASSIGNED"},{"kind":"EnumValue","value":"IN_PROGRESS"}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DeskRotationQuery, DeskRotationQueryVariables>;
export const DeskWorkingGroupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DeskWorkingGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkingGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeskWorkingGroupFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeskWorkingGroupFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkingGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","alias":{"kind":"Name","value":"memberIds"},"name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DeskWorkingGroupQuery, DeskWorkingGroupQueryVariables>;
export const ContactPointDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContactPointDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContactPoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContactPointSummary"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContactPointFacts"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContactPointSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContactPoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"organization"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"expertise"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"available24x7"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"alpha2"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContactPointFacts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContactPoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"network"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"lastReviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"appointedOn"}},{"kind":"Field","name":{"kind":"Name","value":"termEndsOn"}},{"kind":"Field","name":{"kind":"Name","value":"nationalCorrespondent"}},{"kind":"Field","name":{"kind":"Name","value":"toolCorrespondent"}},{"kind":"Field","name":{"kind":"Name","value":"successor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"predecessor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]} as unknown as DocumentNode<ContactPointDetailQuery, ContactPointDetailQueryVariables>;
export const DirectorySearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DirectorySearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"codes"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NetworkCode"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ContactPointFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"networks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"codes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"codes"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contactPoints"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContactPointPage"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContactPointSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContactPoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"organization"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"expertise"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"available24x7"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"alpha2"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContactPointPage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContactPointConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContactPointSummary"}}]}}]}}]} as unknown as DocumentNode<DirectorySearchQuery, DirectorySearchQueryVariables>;
export const DirectoryNetworkPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DirectoryNetworkPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NetworkCode"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ContactPointFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"network"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"contactPoints"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContactPointPage"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContactPointSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContactPoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"organization"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"expertise"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"available24x7"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"alpha2"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContactPointPage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContactPointConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContactPointSummary"}}]}}]}}]} as unknown as DocumentNode<DirectoryNetworkPageQuery, DirectoryNetworkPageQueryVariables>;
export const NetworkViewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NetworkView"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NetworkCode"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"events"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EventFilter"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"network"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"joined"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"alpha2"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"workingGroups"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkingGroupItem"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"events"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EventItem"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"resources"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResourceItem"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkingGroupItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkingGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NetworkEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"alpha2"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResourceItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Resource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"topics"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}}]}}]} as unknown as DocumentNode<NetworkViewQuery, NetworkViewQueryVariables>;
export const NetworksOverviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NetworksOverview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"networks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"joined"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"alpha2"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<NetworksOverviewQuery, NetworksOverviewQueryVariables>;
export const ReferralDestinationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReferralDestination"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"country"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"authorities"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AuthorityFilter"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"contactPoints"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ContactPointFilter"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"country"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"country"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CountryNetworks"}},{"kind":"Field","name":{"kind":"Name","value":"networks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"countryProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"country"},"value":{"kind":"Variable","name":{"kind":"Name","value":"country"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"measures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeasureFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"authorities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"authorities"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuthorityDetail"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"contactPoints"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"contactPoints"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContactPointSummary"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CountryNetworks"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Country"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"alpha2"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"networks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeasureFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MeasureProfile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"applicable"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"dualCriminalityRequired"}},{"kind":"Field","name":{"kind":"Name","value":"requirements"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"lastReviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"competentAuthority"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuthorityDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Authority"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"measures"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"channels"}},{"kind":"Field","name":{"kind":"Name","value":"urgentContact"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContactPointSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContactPoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"organization"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"expertise"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"available24x7"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"alpha2"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ReferralDestinationQuery, ReferralDestinationQueryVariables>;
export const ReferralDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReferralDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Referral"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReferralFactsFields"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReferralEventFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"delivery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"pending"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"counterpart"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReferralEventFields"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReferralSides"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Referral"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"originCountry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"alpha2"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"destinationCountry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"alpha2"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"originNetwork"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"destinationNetwork"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReferralFactsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Referral"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"side"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"measures"}},{"kind":"Field","name":{"kind":"Name","value":"crimeAreas"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"formalReferences"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgeBy"}},{"kind":"Field","name":{"kind":"Name","value":"answerExpectedBy"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReferralSides"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignedTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReferralEventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReferralEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"side"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"answerExpectedBy"}},{"kind":"Field","name":{"kind":"Name","value":"assignedTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]} as unknown as DocumentNode<ReferralDetailQuery, ReferralDetailQueryVariables>;
export const ReferralListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReferralList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NetworkCode"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReferralFilter"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"network"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"referrals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReferralRow"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReferralSides"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Referral"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"originCountry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"alpha2"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"destinationCountry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"alpha2"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"originNetwork"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"destinationNetwork"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReferralRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Referral"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"side"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"crimeAreas"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReferralSides"}}]}}]} as unknown as DocumentNode<ReferralListQuery, ReferralListQueryVariables>;
export const AssignableContactPointsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AssignableContactPoints"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NetworkCode"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"country"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"network"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"contactPoints"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"country"},"value":{"kind":"Variable","name":{"kind":"Name","value":"country"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"organization"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AssignableContactPointsQuery, AssignableContactPointsQueryVariables>;
export const MemberCountriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MemberCountries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"countries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"alpha2"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<MemberCountriesQuery, MemberCountriesQueryVariables>;
export const CascMyNotificationPreferencesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CascMyNotificationPreferences"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"network"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NetworkCode"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"network"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"network"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CascNetwork"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myNotificationPreferences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"deliveries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"delivery"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CascMyNotificationPreferencesQuery, CascMyNotificationPreferencesQueryVariables>;
export const WacapMyNotificationPreferencesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WacapMyNotificationPreferences"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"network"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NetworkCode"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"network"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"network"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WacapNetwork"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myNotificationPreferences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"deliveries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"delivery"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<WacapMyNotificationPreferencesQuery, WacapMyNotificationPreferencesQueryVariables>;
export const GljcMyNotificationPreferencesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GljcMyNotificationPreferences"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"network"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NetworkCode"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"network"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"network"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GljcNetwork"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myNotificationPreferences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"deliveries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"delivery"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<GljcMyNotificationPreferencesQuery, GljcMyNotificationPreferencesQueryVariables>;
export const SeajustMyNotificationPreferencesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SeajustMyNotificationPreferences"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"network"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NetworkCode"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"network"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"network"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SeajustNetwork"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myNotificationPreferences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"deliveries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"delivery"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SeajustMyNotificationPreferencesQuery, SeajustMyNotificationPreferencesQueryVariables>;
export const CascSaveNotificationPreferencesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CascSaveNotificationPreferences"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"language"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NotificationLanguage"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"deliveries"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NotificationDeliveryInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"network"},"name":{"kind":"Name","value":"casc"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setNotificationLanguage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}}]}},{"kind":"Field","name":{"kind":"Name","value":"setNotificationDeliveries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"deliveries"},"value":{"kind":"Variable","name":{"kind":"Name","value":"deliveries"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"deliveries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"delivery"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CascSaveNotificationPreferencesMutation, CascSaveNotificationPreferencesMutationVariables>;
export const WacapSaveNotificationPreferencesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WacapSaveNotificationPreferences"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"language"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NotificationLanguage"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"deliveries"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NotificationDeliveryInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"network"},"name":{"kind":"Name","value":"wacap"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setNotificationLanguage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}}]}},{"kind":"Field","name":{"kind":"Name","value":"setNotificationDeliveries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"deliveries"},"value":{"kind":"Variable","name":{"kind":"Name","value":"deliveries"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"deliveries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"delivery"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WacapSaveNotificationPreferencesMutation, WacapSaveNotificationPreferencesMutationVariables>;
export const GljcSaveNotificationPreferencesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GljcSaveNotificationPreferences"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"language"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NotificationLanguage"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"deliveries"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NotificationDeliveryInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"network"},"name":{"kind":"Name","value":"gljc"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setNotificationLanguage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}}]}},{"kind":"Field","name":{"kind":"Name","value":"setNotificationDeliveries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"deliveries"},"value":{"kind":"Variable","name":{"kind":"Name","value":"deliveries"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"deliveries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"delivery"}}]}}]}}]}}]}}]} as unknown as DocumentNode<GljcSaveNotificationPreferencesMutation, GljcSaveNotificationPreferencesMutationVariables>;
export const SeajustSaveNotificationPreferencesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SeajustSaveNotificationPreferences"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"language"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NotificationLanguage"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"deliveries"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NotificationDeliveryInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"network"},"name":{"kind":"Name","value":"seajust"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setNotificationLanguage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}}]}},{"kind":"Field","name":{"kind":"Name","value":"setNotificationDeliveries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"deliveries"},"value":{"kind":"Variable","name":{"kind":"Name","value":"deliveries"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"deliveries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"delivery"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SeajustSaveNotificationPreferencesMutation, SeajustSaveNotificationPreferencesMutationVariables>;
export const CascDeskUpdateAuthorityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CascDeskUpdateAuthority"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"patch"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AuthorityPatch"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"network"},"name":{"kind":"Name","value":"casc"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAuthority"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"patch"},"value":{"kind":"Variable","name":{"kind":"Name","value":"patch"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeskAuthorityFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeskAuthorityFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Authority"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"measures"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"channels"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"urgentContact"}},{"kind":"Field","name":{"kind":"Name","value":"lastReviewedAt"}}]}}]} as unknown as DocumentNode<CascDeskUpdateAuthorityMutation, CascDeskUpdateAuthorityMutationVariables>;
export const WacapDeskUpdateAuthorityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WacapDeskUpdateAuthority"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"patch"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AuthorityPatch"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"network"},"name":{"kind":"Name","value":"wacap"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAuthority"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"patch"},"value":{"kind":"Variable","name":{"kind":"Name","value":"patch"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeskAuthorityFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeskAuthorityFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Authority"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"measures"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"channels"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"urgentContact"}},{"kind":"Field","name":{"kind":"Name","value":"lastReviewedAt"}}]}}]} as unknown as DocumentNode<WacapDeskUpdateAuthorityMutation, WacapDeskUpdateAuthorityMutationVariables>;
export const GljcDeskUpdateAuthorityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GljcDeskUpdateAuthority"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"patch"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AuthorityPatch"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"network"},"name":{"kind":"Name","value":"gljc"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAuthority"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"patch"},"value":{"kind":"Variable","name":{"kind":"Name","value":"patch"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeskAuthorityFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeskAuthorityFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Authority"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"measures"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"channels"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"urgentContact"}},{"kind":"Field","name":{"kind":"Name","value":"lastReviewedAt"}}]}}]} as unknown as DocumentNode<GljcDeskUpdateAuthorityMutation, GljcDeskUpdateAuthorityMutationVariables>;
export const SeajustDeskUpdateAuthorityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SeajustDeskUpdateAuthority"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"patch"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AuthorityPatch"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"network"},"name":{"kind":"Name","value":"seajust"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAuthority"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"patch"},"value":{"kind":"Variable","name":{"kind":"Name","value":"patch"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeskAuthorityFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeskAuthorityFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Authority"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"measures"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"channels"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"urgentContact"}},{"kind":"Field","name":{"kind":"Name","value":"lastReviewedAt"}}]}}]} as unknown as DocumentNode<SeajustDeskUpdateAuthorityMutation, SeajustDeskUpdateAuthorityMutationVariables>;
export const CascDeskCreateAuthorityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CascDeskCreateAuthority"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AuthorityInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"network"},"name":{"kind":"Name","value":"casc"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAuthority"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<CascDeskCreateAuthorityMutation, CascDeskCreateAuthorityMutationVariables>;
export const WacapDeskCreateAuthorityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WacapDeskCreateAuthority"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AuthorityInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"network"},"name":{"kind":"Name","value":"wacap"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAuthority"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<WacapDeskCreateAuthorityMutation, WacapDeskCreateAuthorityMutationVariables>;
export const GljcDeskCreateAuthorityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GljcDeskCreateAuthority"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AuthorityInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"network"},"name":{"kind":"Name","value":"gljc"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAuthority"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<GljcDeskCreateAuthorityMutation, GljcDeskCreateAuthorityMutationVariables>;
export const SeajustDeskCreateAuthorityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SeajustDeskCreateAuthority"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AuthorityInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"network"},"name":{"kind":"Name","value":"seajust"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAuthority"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<SeajustDeskCreateAuthorityMutation, SeajustDeskCreateAuthorityMutationVariables>;
export const CascDeskUpdateContactPointDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CascDeskUpdateContactPoint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"patch"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ContactPointPatch"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"network"},"name":{"kind":"Name","value":"casc"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateContactPoint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"patch"},"value":{"kind":"Variable","name":{"kind":"Name","value":"patch"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeskContactPointFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeskContactPointFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContactPoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"organization"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"expertise"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"available24x7"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"nationalCorrespondent"}},{"kind":"Field","name":{"kind":"Name","value":"toolCorrespondent"}},{"kind":"Field","name":{"kind":"Name","value":"appointedOn"}},{"kind":"Field","name":{"kind":"Name","value":"termEndsOn"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"lastReviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"alpha2"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CascDeskUpdateContactPointMutation, CascDeskUpdateContactPointMutationVariables>;
export const WacapDeskUpdateContactPointDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WacapDeskUpdateContactPoint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"patch"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ContactPointPatch"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"network"},"name":{"kind":"Name","value":"wacap"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateContactPoint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"patch"},"value":{"kind":"Variable","name":{"kind":"Name","value":"patch"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeskContactPointFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeskContactPointFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContactPoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"organization"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"expertise"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"available24x7"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"nationalCorrespondent"}},{"kind":"Field","name":{"kind":"Name","value":"toolCorrespondent"}},{"kind":"Field","name":{"kind":"Name","value":"appointedOn"}},{"kind":"Field","name":{"kind":"Name","value":"termEndsOn"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"lastReviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"alpha2"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<WacapDeskUpdateContactPointMutation, WacapDeskUpdateContactPointMutationVariables>;
export const GljcDeskUpdateContactPointDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GljcDeskUpdateContactPoint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"patch"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ContactPointPatch"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"network"},"name":{"kind":"Name","value":"gljc"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateContactPoint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"patch"},"value":{"kind":"Variable","name":{"kind":"Name","value":"patch"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeskContactPointFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeskContactPointFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContactPoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"organization"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"expertise"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"available24x7"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"nationalCorrespondent"}},{"kind":"Field","name":{"kind":"Name","value":"toolCorrespondent"}},{"kind":"Field","name":{"kind":"Name","value":"appointedOn"}},{"kind":"Field","name":{"kind":"Name","value":"termEndsOn"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"lastReviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"alpha2"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<GljcDeskUpdateContactPointMutation, GljcDeskUpdateContactPointMutationVariables>;
export const SeajustDeskUpdateContactPointDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SeajustDeskUpdateContactPoint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"patch"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ContactPointPatch"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"network"},"name":{"kind":"Name","value":"seajust"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateContactPoint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"patch"},"value":{"kind":"Variable","name":{"kind":"Name","value":"patch"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeskContactPointFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeskContactPointFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContactPoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"organization"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"expertise"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"available24x7"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"nationalCorrespondent"}},{"kind":"Field","name":{"kind":"Name","value":"toolCorrespondent"}},{"kind":"Field","name":{"kind":"Name","value":"appointedOn"}},{"kind":"Field","name":{"kind":"Name","value":"termEndsOn"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"lastReviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"alpha2"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<SeajustDeskUpdateContactPointMutation, SeajustDeskUpdateContactPointMutationVariables>;
export const CascDeskCreateContactPointDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CascDeskCreateContactPoint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ContactPointInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"network"},"name":{"kind":"Name","value":"casc"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createContactPoint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<CascDeskCreateContactPointMutation, CascDeskCreateContactPointMutationVariables>;
export const WacapDeskCreateContactPointDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WacapDeskCreateContactPoint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ContactPointInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"network"},"name":{"kind":"Name","value":"wacap"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createContactPoint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<WacapDeskCreateContactPointMutation, WacapDeskCreateContactPointMutationVariables>;
export const GljcDeskCreateContactPointDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GljcDeskCreateContactPoint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ContactPointInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"network"},"name":{"kind":"Name","value":"gljc"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createContactPoint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<GljcDeskCreateContactPointMutation, GljcDeskCreateContactPointMutationVariables>;
export const SeajustDeskCreateContactPointDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SeajustDeskCreateContactPoint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ContactPointInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"network"},"name":{"kind":"Name","value":"seajust"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createContactPoint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<SeajustDeskCreateContactPointMutation, SeajustDeskCreateContactPointMutationVariables>;
export const CascDeskUpsertCountryProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CascDeskUpsertCountryProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CountryProfileInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"network"},"name":{"kind":"Name","value":"casc"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upsertCountryProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeskCountryProfileFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeskCountryProfileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CountryProfile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"lastReviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"alpha2"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"measures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"applicable"}},{"kind":"Field","name":{"kind":"Name","value":"competentAuthority"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"dualCriminalityRequired"}},{"kind":"Field","name":{"kind":"Name","value":"requirements"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}}]}}]}}]} as unknown as DocumentNode<CascDeskUpsertCountryProfileMutation, CascDeskUpsertCountryProfileMutationVariables>;
export const WacapDeskUpsertCountryProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WacapDeskUpsertCountryProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CountryProfileInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"network"},"name":{"kind":"Name","value":"wacap"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upsertCountryProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeskCountryProfileFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeskCountryProfileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CountryProfile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"lastReviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"alpha2"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"measures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"applicable"}},{"kind":"Field","name":{"kind":"Name","value":"competentAuthority"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"dualCriminalityRequired"}},{"kind":"Field","name":{"kind":"Name","value":"requirements"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}}]}}]}}]} as unknown as DocumentNode<WacapDeskUpsertCountryProfileMutation, WacapDeskUpsertCountryProfileMutationVariables>;
export const GljcDeskUpsertCountryProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GljcDeskUpsertCountryProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CountryProfileInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"network"},"name":{"kind":"Name","value":"gljc"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upsertCountryProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeskCountryProfileFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeskCountryProfileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CountryProfile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"lastReviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"alpha2"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"measures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"applicable"}},{"kind":"Field","name":{"kind":"Name","value":"competentAuthority"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"dualCriminalityRequired"}},{"kind":"Field","name":{"kind":"Name","value":"requirements"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}}]}}]}}]} as unknown as DocumentNode<GljcDeskUpsertCountryProfileMutation, GljcDeskUpsertCountryProfileMutationVariables>;
export const SeajustDeskUpsertCountryProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SeajustDeskUpsertCountryProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CountryProfileInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"network"},"name":{"kind":"Name","value":"seajust"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upsertCountryProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeskCountryProfileFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeskCountryProfileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CountryProfile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"lastReviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"alpha2"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"measures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"applicable"}},{"kind":"Field","name":{"kind":"Name","value":"competentAuthority"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"dualCriminalityRequired"}},{"kind":"Field","name":{"kind":"Name","value":"requirements"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}}]}}]}}]} as unknown as DocumentNode<SeajustDeskUpsertCountryProfileMutation, SeajustDeskUpsertCountryProfileMutationVariables>;
export const CascDeskUpdateNetworkEventDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CascDeskUpdateNetworkEvent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"patch"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NetworkEventPatch"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"network"},"name":{"kind":"Name","value":"casc"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"patch"},"value":{"kind":"Variable","name":{"kind":"Name","value":"patch"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeskNetworkEventFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeskNetworkEventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NetworkEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"participantIds"},"name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CascDeskUpdateNetworkEventMutation, CascDeskUpdateNetworkEventMutationVariables>;
export const WacapDeskUpdateNetworkEventDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WacapDeskUpdateNetworkEvent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"patch"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NetworkEventPatch"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"network"},"name":{"kind":"Name","value":"wacap"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"patch"},"value":{"kind":"Variable","name":{"kind":"Name","value":"patch"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeskNetworkEventFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeskNetworkEventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NetworkEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"participantIds"},"name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<WacapDeskUpdateNetworkEventMutation, WacapDeskUpdateNetworkEventMutationVariables>;
export const GljcDeskUpdateNetworkEventDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GljcDeskUpdateNetworkEvent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"patch"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NetworkEventPatch"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"network"},"name":{"kind":"Name","value":"gljc"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"patch"},"value":{"kind":"Variable","name":{"kind":"Name","value":"patch"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeskNetworkEventFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeskNetworkEventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NetworkEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"participantIds"},"name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<GljcDeskUpdateNetworkEventMutation, GljcDeskUpdateNetworkEventMutationVariables>;
export const SeajustDeskUpdateNetworkEventDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SeajustDeskUpdateNetworkEvent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"patch"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NetworkEventPatch"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"network"},"name":{"kind":"Name","value":"seajust"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"patch"},"value":{"kind":"Variable","name":{"kind":"Name","value":"patch"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeskNetworkEventFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeskNetworkEventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NetworkEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"participantIds"},"name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SeajustDeskUpdateNetworkEventMutation, SeajustDeskUpdateNetworkEventMutationVariables>;
export const CascDeskCreateNetworkEventDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CascDeskCreateNetworkEvent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NetworkEventInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"network"},"name":{"kind":"Name","value":"casc"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<CascDeskCreateNetworkEventMutation, CascDeskCreateNetworkEventMutationVariables>;
export const WacapDeskCreateNetworkEventDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WacapDeskCreateNetworkEvent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NetworkEventInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"network"},"name":{"kind":"Name","value":"wacap"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<WacapDeskCreateNetworkEventMutation, WacapDeskCreateNetworkEventMutationVariables>;
export const GljcDeskCreateNetworkEventDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GljcDeskCreateNetworkEvent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NetworkEventInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"network"},"name":{"kind":"Name","value":"gljc"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<GljcDeskCreateNetworkEventMutation, GljcDeskCreateNetworkEventMutationVariables>;
export const SeajustDeskCreateNetworkEventDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SeajustDeskCreateNetworkEvent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NetworkEventInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"network"},"name":{"kind":"Name","value":"seajust"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<SeajustDeskCreateNetworkEventMutation, SeajustDeskCreateNetworkEventMutationVariables>;
export const CascDeskUpdateResourceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CascDeskUpdateResource"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"patch"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResourcePatch"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"network"},"name":{"kind":"Name","value":"casc"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateResource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"patch"},"value":{"kind":"Variable","name":{"kind":"Name","value":"patch"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeskResourceFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeskResourceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Resource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"topics"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}}]}}]} as unknown as DocumentNode<CascDeskUpdateResourceMutation, CascDeskUpdateResourceMutationVariables>;
export const WacapDeskUpdateResourceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WacapDeskUpdateResource"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"patch"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResourcePatch"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"network"},"name":{"kind":"Name","value":"wacap"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateResource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"patch"},"value":{"kind":"Variable","name":{"kind":"Name","value":"patch"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeskResourceFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeskResourceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Resource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"topics"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}}]}}]} as unknown as DocumentNode<WacapDeskUpdateResourceMutation, WacapDeskUpdateResourceMutationVariables>;
export const GljcDeskUpdateResourceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GljcDeskUpdateResource"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"patch"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResourcePatch"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"network"},"name":{"kind":"Name","value":"gljc"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateResource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"patch"},"value":{"kind":"Variable","name":{"kind":"Name","value":"patch"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeskResourceFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeskResourceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Resource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"topics"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}}]}}]} as unknown as DocumentNode<GljcDeskUpdateResourceMutation, GljcDeskUpdateResourceMutationVariables>;
export const SeajustDeskUpdateResourceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SeajustDeskUpdateResource"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"patch"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResourcePatch"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"network"},"name":{"kind":"Name","value":"seajust"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateResource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"patch"},"value":{"kind":"Variable","name":{"kind":"Name","value":"patch"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeskResourceFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeskResourceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Resource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"topics"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}}]}}]} as unknown as DocumentNode<SeajustDeskUpdateResourceMutation, SeajustDeskUpdateResourceMutationVariables>;
export const CascDeskCreateResourceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CascDeskCreateResource"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResourceInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"network"},"name":{"kind":"Name","value":"casc"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createResource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<CascDeskCreateResourceMutation, CascDeskCreateResourceMutationVariables>;
export const WacapDeskCreateResourceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WacapDeskCreateResource"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResourceInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"network"},"name":{"kind":"Name","value":"wacap"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createResource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<WacapDeskCreateResourceMutation, WacapDeskCreateResourceMutationVariables>;
export const GljcDeskCreateResourceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GljcDeskCreateResource"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResourceInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"network"},"name":{"kind":"Name","value":"gljc"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createResource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<GljcDeskCreateResourceMutation, GljcDeskCreateResourceMutationVariables>;
export const SeajustDeskCreateResourceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SeajustDeskCreateResource"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResourceInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"network"},"name":{"kind":"Name","value":"seajust"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createResource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<SeajustDeskCreateResourceMutation, SeajustDeskCreateResourceMutationVariables>;
export const CascDeskMarkAuthorityReviewedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CascDeskMarkAuthorityReviewed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"network"},"name":{"kind":"Name","value":"casc"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAuthority"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"patch"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"reviewed"},"value":{"kind":"BooleanValue","value":true}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"lastReviewedAt"}}]}}]}}]}}]} as unknown as DocumentNode<CascDeskMarkAuthorityReviewedMutation, CascDeskMarkAuthorityReviewedMutationVariables>;
export const WacapDeskMarkAuthorityReviewedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WacapDeskMarkAuthorityReviewed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"network"},"name":{"kind":"Name","value":"wacap"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAuthority"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"patch"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"reviewed"},"value":{"kind":"BooleanValue","value":true}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"lastReviewedAt"}}]}}]}}]}}]} as unknown as DocumentNode<WacapDeskMarkAuthorityReviewedMutation, WacapDeskMarkAuthorityReviewedMutationVariables>;
export const GljcDeskMarkAuthorityReviewedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GljcDeskMarkAuthorityReviewed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"network"},"name":{"kind":"Name","value":"gljc"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAuthority"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"patch"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"reviewed"},"value":{"kind":"BooleanValue","value":true}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"lastReviewedAt"}}]}}]}}]}}]} as unknown as DocumentNode<GljcDeskMarkAuthorityReviewedMutation, GljcDeskMarkAuthorityReviewedMutationVariables>;
export const SeajustDeskMarkAuthorityReviewedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SeajustDeskMarkAuthorityReviewed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"network"},"name":{"kind":"Name","value":"seajust"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAuthority"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"patch"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"reviewed"},"value":{"kind":"BooleanValue","value":true}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"lastReviewedAt"}}]}}]}}]}}]} as unknown as DocumentNode<SeajustDeskMarkAuthorityReviewedMutation, SeajustDeskMarkAuthorityReviewedMutationVariables>;
export const CascDeskMarkReviewedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CascDeskMarkReviewed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"network"},"name":{"kind":"Name","value":"casc"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateContactPoint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"patch"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"reviewed"},"value":{"kind":"BooleanValue","value":true}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"lastReviewedAt"}}]}}]}}]}}]} as unknown as DocumentNode<CascDeskMarkReviewedMutation, CascDeskMarkReviewedMutationVariables>;
export const WacapDeskMarkReviewedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WacapDeskMarkReviewed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"network"},"name":{"kind":"Name","value":"wacap"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateContactPoint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"patch"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"reviewed"},"value":{"kind":"BooleanValue","value":true}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"lastReviewedAt"}}]}}]}}]}}]} as unknown as DocumentNode<WacapDeskMarkReviewedMutation, WacapDeskMarkReviewedMutationVariables>;
export const GljcDeskMarkReviewedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GljcDeskMarkReviewed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"network"},"name":{"kind":"Name","value":"gljc"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateContactPoint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"patch"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"reviewed"},"value":{"kind":"BooleanValue","value":true}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"lastReviewedAt"}}]}}]}}]}}]} as unknown as DocumentNode<GljcDeskMarkReviewedMutation, GljcDeskMarkReviewedMutationVariables>;
export const SeajustDeskMarkReviewedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SeajustDeskMarkReviewed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"network"},"name":{"kind":"Name","value":"seajust"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateContactPoint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"patch"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"reviewed"},"value":{"kind":"BooleanValue","value":true}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"lastReviewedAt"}}]}}]}}]}}]} as unknown as DocumentNode<SeajustDeskMarkReviewedMutation, SeajustDeskMarkReviewedMutationVariables>;
export const CascDeskDeactivateContactPointDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CascDeskDeactivateContactPoint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"successorId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"network"},"name":{"kind":"Name","value":"casc"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deactivateContactPoint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"successorId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"successorId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeskContactPointFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeskContactPointFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContactPoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"organization"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"expertise"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"available24x7"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"nationalCorrespondent"}},{"kind":"Field","name":{"kind":"Name","value":"toolCorrespondent"}},{"kind":"Field","name":{"kind":"Name","value":"appointedOn"}},{"kind":"Field","name":{"kind":"Name","value":"termEndsOn"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"lastReviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"alpha2"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CascDeskDeactivateContactPointMutation, CascDeskDeactivateContactPointMutationVariables>;
export const WacapDeskDeactivateContactPointDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WacapDeskDeactivateContactPoint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"successorId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"network"},"name":{"kind":"Name","value":"wacap"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deactivateContactPoint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"successorId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"successorId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeskContactPointFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeskContactPointFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContactPoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"organization"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"expertise"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"available24x7"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"nationalCorrespondent"}},{"kind":"Field","name":{"kind":"Name","value":"toolCorrespondent"}},{"kind":"Field","name":{"kind":"Name","value":"appointedOn"}},{"kind":"Field","name":{"kind":"Name","value":"termEndsOn"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"lastReviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"alpha2"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<WacapDeskDeactivateContactPointMutation, WacapDeskDeactivateContactPointMutationVariables>;
export const GljcDeskDeactivateContactPointDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GljcDeskDeactivateContactPoint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"successorId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"network"},"name":{"kind":"Name","value":"gljc"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deactivateContactPoint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"successorId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"successorId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeskContactPointFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeskContactPointFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContactPoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"organization"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"expertise"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"available24x7"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"nationalCorrespondent"}},{"kind":"Field","name":{"kind":"Name","value":"toolCorrespondent"}},{"kind":"Field","name":{"kind":"Name","value":"appointedOn"}},{"kind":"Field","name":{"kind":"Name","value":"termEndsOn"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"lastReviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"alpha2"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<GljcDeskDeactivateContactPointMutation, GljcDeskDeactivateContactPointMutationVariables>;
export const SeajustDeskDeactivateContactPointDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SeajustDeskDeactivateContactPoint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"successorId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"network"},"name":{"kind":"Name","value":"seajust"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deactivateContactPoint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"successorId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"successorId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeskContactPointFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeskContactPointFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContactPoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"organization"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"expertise"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"available24x7"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"nationalCorrespondent"}},{"kind":"Field","name":{"kind":"Name","value":"toolCorrespondent"}},{"kind":"Field","name":{"kind":"Name","value":"appointedOn"}},{"kind":"Field","name":{"kind":"Name","value":"termEndsOn"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"lastReviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"alpha2"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<SeajustDeskDeactivateContactPointMutation, SeajustDeskDeactivateContactPointMutationVariables>;
export const CascDeskUpdateWorkingGroupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CascDeskUpdateWorkingGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"patch"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WorkingGroupPatch"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"network"},"name":{"kind":"Name","value":"casc"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateWorkingGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"patch"},"value":{"kind":"Variable","name":{"kind":"Name","value":"patch"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeskWorkingGroupFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeskWorkingGroupFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkingGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","alias":{"kind":"Name","value":"memberIds"},"name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CascDeskUpdateWorkingGroupMutation, CascDeskUpdateWorkingGroupMutationVariables>;
export const WacapDeskUpdateWorkingGroupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WacapDeskUpdateWorkingGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"patch"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WorkingGroupPatch"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"network"},"name":{"kind":"Name","value":"wacap"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateWorkingGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"patch"},"value":{"kind":"Variable","name":{"kind":"Name","value":"patch"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeskWorkingGroupFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeskWorkingGroupFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkingGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","alias":{"kind":"Name","value":"memberIds"},"name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<WacapDeskUpdateWorkingGroupMutation, WacapDeskUpdateWorkingGroupMutationVariables>;
export const GljcDeskUpdateWorkingGroupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GljcDeskUpdateWorkingGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"patch"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WorkingGroupPatch"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"network"},"name":{"kind":"Name","value":"gljc"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateWorkingGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"patch"},"value":{"kind":"Variable","name":{"kind":"Name","value":"patch"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeskWorkingGroupFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeskWorkingGroupFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkingGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","alias":{"kind":"Name","value":"memberIds"},"name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<GljcDeskUpdateWorkingGroupMutation, GljcDeskUpdateWorkingGroupMutationVariables>;
export const SeajustDeskUpdateWorkingGroupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SeajustDeskUpdateWorkingGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"patch"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WorkingGroupPatch"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"network"},"name":{"kind":"Name","value":"seajust"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateWorkingGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"patch"},"value":{"kind":"Variable","name":{"kind":"Name","value":"patch"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeskWorkingGroupFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeskWorkingGroupFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkingGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","alias":{"kind":"Name","value":"memberIds"},"name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SeajustDeskUpdateWorkingGroupMutation, SeajustDeskUpdateWorkingGroupMutationVariables>;
export const CascDeskCreateWorkingGroupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CascDeskCreateWorkingGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WorkingGroupInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"network"},"name":{"kind":"Name","value":"casc"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createWorkingGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<CascDeskCreateWorkingGroupMutation, CascDeskCreateWorkingGroupMutationVariables>;
export const WacapDeskCreateWorkingGroupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WacapDeskCreateWorkingGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WorkingGroupInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"network"},"name":{"kind":"Name","value":"wacap"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createWorkingGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<WacapDeskCreateWorkingGroupMutation, WacapDeskCreateWorkingGroupMutationVariables>;
export const GljcDeskCreateWorkingGroupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GljcDeskCreateWorkingGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WorkingGroupInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"network"},"name":{"kind":"Name","value":"gljc"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createWorkingGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<GljcDeskCreateWorkingGroupMutation, GljcDeskCreateWorkingGroupMutationVariables>;
export const SeajustDeskCreateWorkingGroupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SeajustDeskCreateWorkingGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WorkingGroupInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"network"},"name":{"kind":"Name","value":"seajust"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createWorkingGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<SeajustDeskCreateWorkingGroupMutation, SeajustDeskCreateWorkingGroupMutationVariables>;
export const CascNotificationBellDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CascNotificationBell"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NetworkCode"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"network"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CascNetwork"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myNotifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"counterpartCountry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"alpha2"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"counterpartNetwork"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"referralId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"read"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CascNotificationBellQuery, CascNotificationBellQueryVariables>;
export const WacapNotificationBellDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WacapNotificationBell"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NetworkCode"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"network"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WacapNetwork"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myNotifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"counterpartCountry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"alpha2"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"counterpartNetwork"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"referralId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"read"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<WacapNotificationBellQuery, WacapNotificationBellQueryVariables>;
export const GljcNotificationBellDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GljcNotificationBell"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NetworkCode"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"network"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GljcNetwork"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myNotifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"counterpartCountry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"alpha2"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"counterpartNetwork"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"referralId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"read"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<GljcNotificationBellQuery, GljcNotificationBellQueryVariables>;
export const SeajustNotificationBellDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SeajustNotificationBell"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NetworkCode"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"network"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SeajustNetwork"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myNotifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"counterpartCountry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"alpha2"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"counterpartNetwork"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"referralId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"read"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SeajustNotificationBellQuery, SeajustNotificationBellQueryVariables>;
export const CascMarkNotificationsReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CascMarkNotificationsRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"network"},"name":{"kind":"Name","value":"casc"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markNotificationsRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"marked"}},{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}}]}}]}}]}}]} as unknown as DocumentNode<CascMarkNotificationsReadMutation, CascMarkNotificationsReadMutationVariables>;
export const WacapMarkNotificationsReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WacapMarkNotificationsRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"network"},"name":{"kind":"Name","value":"wacap"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markNotificationsRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"marked"}},{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}}]}}]}}]}}]} as unknown as DocumentNode<WacapMarkNotificationsReadMutation, WacapMarkNotificationsReadMutationVariables>;
export const GljcMarkNotificationsReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GljcMarkNotificationsRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"network"},"name":{"kind":"Name","value":"gljc"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markNotificationsRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"marked"}},{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}}]}}]}}]}}]} as unknown as DocumentNode<GljcMarkNotificationsReadMutation, GljcMarkNotificationsReadMutationVariables>;
export const SeajustMarkNotificationsReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SeajustMarkNotificationsRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"network"},"name":{"kind":"Name","value":"seajust"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markNotificationsRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"marked"}},{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}}]}}]}}]}}]} as unknown as DocumentNode<SeajustMarkNotificationsReadMutation, SeajustMarkNotificationsReadMutationVariables>;
export const CascMarkAllNotificationsReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CascMarkAllNotificationsRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"upTo"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"network"},"name":{"kind":"Name","value":"casc"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markAllNotificationsRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"upTo"},"value":{"kind":"Variable","name":{"kind":"Name","value":"upTo"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"marked"}},{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}}]}}]}}]}}]} as unknown as DocumentNode<CascMarkAllNotificationsReadMutation, CascMarkAllNotificationsReadMutationVariables>;
export const WacapMarkAllNotificationsReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WacapMarkAllNotificationsRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"upTo"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"network"},"name":{"kind":"Name","value":"wacap"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markAllNotificationsRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"upTo"},"value":{"kind":"Variable","name":{"kind":"Name","value":"upTo"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"marked"}},{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}}]}}]}}]}}]} as unknown as DocumentNode<WacapMarkAllNotificationsReadMutation, WacapMarkAllNotificationsReadMutationVariables>;
export const GljcMarkAllNotificationsReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GljcMarkAllNotificationsRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"upTo"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"network"},"name":{"kind":"Name","value":"gljc"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markAllNotificationsRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"upTo"},"value":{"kind":"Variable","name":{"kind":"Name","value":"upTo"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"marked"}},{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}}]}}]}}]}}]} as unknown as DocumentNode<GljcMarkAllNotificationsReadMutation, GljcMarkAllNotificationsReadMutationVariables>;
export const SeajustMarkAllNotificationsReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SeajustMarkAllNotificationsRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"upTo"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"network"},"name":{"kind":"Name","value":"seajust"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markAllNotificationsRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"upTo"},"value":{"kind":"Variable","name":{"kind":"Name","value":"upTo"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"marked"}},{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}}]}}]}}]}}]} as unknown as DocumentNode<SeajustMarkAllNotificationsReadMutation, SeajustMarkAllNotificationsReadMutationVariables>;
export const CascCreateReferralDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CascCreateReferral"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReferralInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"network"},"name":{"kind":"Name","value":"casc"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createReferral"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<CascCreateReferralMutation, CascCreateReferralMutationVariables>;
export const WacapCreateReferralDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WacapCreateReferral"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReferralInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"network"},"name":{"kind":"Name","value":"wacap"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createReferral"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<WacapCreateReferralMutation, WacapCreateReferralMutationVariables>;
export const GljcCreateReferralDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GljcCreateReferral"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReferralInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"network"},"name":{"kind":"Name","value":"gljc"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createReferral"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<GljcCreateReferralMutation, GljcCreateReferralMutationVariables>;
export const SeajustCreateReferralDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SeajustCreateReferral"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReferralInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"network"},"name":{"kind":"Name","value":"seajust"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createReferral"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<SeajustCreateReferralMutation, SeajustCreateReferralMutationVariables>;
export const CascReferralAcknowledgeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CascReferralAcknowledge"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"network"},"name":{"kind":"Name","value":"casc"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"step"},"name":{"kind":"Name","value":"acknowledgeReferral"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<CascReferralAcknowledgeMutation, CascReferralAcknowledgeMutationVariables>;
export const WacapReferralAcknowledgeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WacapReferralAcknowledge"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"network"},"name":{"kind":"Name","value":"wacap"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"step"},"name":{"kind":"Name","value":"acknowledgeReferral"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<WacapReferralAcknowledgeMutation, WacapReferralAcknowledgeMutationVariables>;
export const GljcReferralAcknowledgeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GljcReferralAcknowledge"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"network"},"name":{"kind":"Name","value":"gljc"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"step"},"name":{"kind":"Name","value":"acknowledgeReferral"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<GljcReferralAcknowledgeMutation, GljcReferralAcknowledgeMutationVariables>;
export const SeajustReferralAcknowledgeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SeajustReferralAcknowledge"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"network"},"name":{"kind":"Name","value":"seajust"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"step"},"name":{"kind":"Name","value":"acknowledgeReferral"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<SeajustReferralAcknowledgeMutation, SeajustReferralAcknowledgeMutationVariables>;
export const CascReferralAssignDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CascReferralAssign"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"contactPointId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"network"},"name":{"kind":"Name","value":"casc"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"step"},"name":{"kind":"Name","value":"assignReferral"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"contactPointId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"contactPointId"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<CascReferralAssignMutation, CascReferralAssignMutationVariables>;
export const WacapReferralAssignDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WacapReferralAssign"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"contactPointId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"network"},"name":{"kind":"Name","value":"wacap"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"step"},"name":{"kind":"Name","value":"assignReferral"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"contactPointId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"contactPointId"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<WacapReferralAssignMutation, WacapReferralAssignMutationVariables>;
export const GljcReferralAssignDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GljcReferralAssign"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"contactPointId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"network"},"name":{"kind":"Name","value":"gljc"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"step"},"name":{"kind":"Name","value":"assignReferral"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"contactPointId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"contactPointId"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<GljcReferralAssignMutation, GljcReferralAssignMutationVariables>;
export const SeajustReferralAssignDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SeajustReferralAssign"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"contactPointId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"network"},"name":{"kind":"Name","value":"seajust"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"step"},"name":{"kind":"Name","value":"assignReferral"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"contactPointId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"contactPointId"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<SeajustReferralAssignMutation, SeajustReferralAssignMutationVariables>;
export const CascReferralStartDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CascReferralStart"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"network"},"name":{"kind":"Name","value":"casc"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"step"},"name":{"kind":"Name","value":"startReferral"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<CascReferralStartMutation, CascReferralStartMutationVariables>;
export const WacapReferralStartDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WacapReferralStart"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"network"},"name":{"kind":"Name","value":"wacap"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"step"},"name":{"kind":"Name","value":"startReferral"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<WacapReferralStartMutation, WacapReferralStartMutationVariables>;
export const GljcReferralStartDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GljcReferralStart"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"network"},"name":{"kind":"Name","value":"gljc"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"step"},"name":{"kind":"Name","value":"startReferral"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<GljcReferralStartMutation, GljcReferralStartMutationVariables>;
export const SeajustReferralStartDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SeajustReferralStart"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"network"},"name":{"kind":"Name","value":"seajust"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"step"},"name":{"kind":"Name","value":"startReferral"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<SeajustReferralStartMutation, SeajustReferralStartMutationVariables>;
export const CascReferralCompleteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CascReferralComplete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"network"},"name":{"kind":"Name","value":"casc"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"step"},"name":{"kind":"Name","value":"completeReferral"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<CascReferralCompleteMutation, CascReferralCompleteMutationVariables>;
export const WacapReferralCompleteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WacapReferralComplete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"network"},"name":{"kind":"Name","value":"wacap"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"step"},"name":{"kind":"Name","value":"completeReferral"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<WacapReferralCompleteMutation, WacapReferralCompleteMutationVariables>;
export const GljcReferralCompleteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GljcReferralComplete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"network"},"name":{"kind":"Name","value":"gljc"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"step"},"name":{"kind":"Name","value":"completeReferral"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<GljcReferralCompleteMutation, GljcReferralCompleteMutationVariables>;
export const SeajustReferralCompleteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SeajustReferralComplete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"network"},"name":{"kind":"Name","value":"seajust"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"step"},"name":{"kind":"Name","value":"completeReferral"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<SeajustReferralCompleteMutation, SeajustReferralCompleteMutationVariables>;
export const CascReferralDeclineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CascReferralDecline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"network"},"name":{"kind":"Name","value":"casc"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"step"},"name":{"kind":"Name","value":"declineReferral"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<CascReferralDeclineMutation, CascReferralDeclineMutationVariables>;
export const WacapReferralDeclineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WacapReferralDecline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"network"},"name":{"kind":"Name","value":"wacap"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"step"},"name":{"kind":"Name","value":"declineReferral"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<WacapReferralDeclineMutation, WacapReferralDeclineMutationVariables>;
export const GljcReferralDeclineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GljcReferralDecline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"network"},"name":{"kind":"Name","value":"gljc"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"step"},"name":{"kind":"Name","value":"declineReferral"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<GljcReferralDeclineMutation, GljcReferralDeclineMutationVariables>;
export const SeajustReferralDeclineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SeajustReferralDecline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"network"},"name":{"kind":"Name","value":"seajust"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"step"},"name":{"kind":"Name","value":"declineReferral"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<SeajustReferralDeclineMutation, SeajustReferralDeclineMutationVariables>;
export const CascReferralWithdrawDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CascReferralWithdraw"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"network"},"name":{"kind":"Name","value":"casc"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"step"},"name":{"kind":"Name","value":"withdrawReferral"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<CascReferralWithdrawMutation, CascReferralWithdrawMutationVariables>;
export const WacapReferralWithdrawDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WacapReferralWithdraw"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"network"},"name":{"kind":"Name","value":"wacap"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"step"},"name":{"kind":"Name","value":"withdrawReferral"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<WacapReferralWithdrawMutation, WacapReferralWithdrawMutationVariables>;
export const GljcReferralWithdrawDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GljcReferralWithdraw"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"network"},"name":{"kind":"Name","value":"gljc"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"step"},"name":{"kind":"Name","value":"withdrawReferral"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<GljcReferralWithdrawMutation, GljcReferralWithdrawMutationVariables>;
export const SeajustReferralWithdrawDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SeajustReferralWithdraw"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"network"},"name":{"kind":"Name","value":"seajust"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"step"},"name":{"kind":"Name","value":"withdrawReferral"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<SeajustReferralWithdrawMutation, SeajustReferralWithdrawMutationVariables>;
export const CascReferralMessageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CascReferralMessage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"network"},"name":{"kind":"Name","value":"casc"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"step"},"name":{"kind":"Name","value":"addReferralMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<CascReferralMessageMutation, CascReferralMessageMutationVariables>;
export const WacapReferralMessageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WacapReferralMessage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"network"},"name":{"kind":"Name","value":"wacap"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"step"},"name":{"kind":"Name","value":"addReferralMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<WacapReferralMessageMutation, WacapReferralMessageMutationVariables>;
export const GljcReferralMessageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GljcReferralMessage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"network"},"name":{"kind":"Name","value":"gljc"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"step"},"name":{"kind":"Name","value":"addReferralMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<GljcReferralMessageMutation, GljcReferralMessageMutationVariables>;
export const SeajustReferralMessageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SeajustReferralMessage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"network"},"name":{"kind":"Name","value":"seajust"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"step"},"name":{"kind":"Name","value":"addReferralMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<SeajustReferralMessageMutation, SeajustReferralMessageMutationVariables>;
export const CascReferralAnswerDateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CascReferralAnswerDate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"answerExpectedBy"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"network"},"name":{"kind":"Name","value":"casc"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"step"},"name":{"kind":"Name","value":"setReferralAnswerDate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"answerExpectedBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"answerExpectedBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<CascReferralAnswerDateMutation, CascReferralAnswerDateMutationVariables>;
export const WacapReferralAnswerDateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WacapReferralAnswerDate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"answerExpectedBy"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"network"},"name":{"kind":"Name","value":"wacap"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"step"},"name":{"kind":"Name","value":"setReferralAnswerDate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"answerExpectedBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"answerExpectedBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<WacapReferralAnswerDateMutation, WacapReferralAnswerDateMutationVariables>;
export const GljcReferralAnswerDateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GljcReferralAnswerDate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"answerExpectedBy"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"network"},"name":{"kind":"Name","value":"gljc"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"step"},"name":{"kind":"Name","value":"setReferralAnswerDate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"answerExpectedBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"answerExpectedBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<GljcReferralAnswerDateMutation, GljcReferralAnswerDateMutationVariables>;
export const SeajustReferralAnswerDateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SeajustReferralAnswerDate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"answerExpectedBy"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"network"},"name":{"kind":"Name","value":"seajust"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"step"},"name":{"kind":"Name","value":"setReferralAnswerDate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"answerExpectedBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"answerExpectedBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<SeajustReferralAnswerDateMutation, SeajustReferralAnswerDateMutationVariables>;
export const NetworkNamesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NetworkNames"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"networks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]} as unknown as DocumentNode<NetworkNamesQuery, NetworkNamesQueryVariables>;