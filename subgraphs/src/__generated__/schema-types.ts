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
  DateTime: { input: Date | string; output: Date | string; }
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

export type MonthlyCount = {
  __typename?: 'MonthlyCount';
  incoming: StatisticsCell;
  month: Scalars['String']['output'];
  outgoing: StatisticsCell;
};

export type Mutation = {
  __typename?: 'Mutation';
  template: TemplateMutations;
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
  /** Referrals this network is a party to, as far as the caller is. */
  referrals?: Maybe<ReferralConnection>;
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
  | 'TEMPLATE';

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

export type TemplateAuditEntry = AuditEntry & {
  __typename?: 'TemplateAuditEntry';
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

export type TemplateAuditEntryConnection = AuditEntryConnection & {
  __typename?: 'TemplateAuditEntryConnection';
  nodes: Array<TemplateAuditEntry>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type TemplateAuthority = Authority & Node & {
  __typename?: 'TemplateAuthority';
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

export type TemplateAuthorityConnection = AuthorityConnection & {
  __typename?: 'TemplateAuthorityConnection';
  nodes: Array<TemplateAuthority>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type TemplateContactPoint = ContactPoint & Node & {
  __typename?: 'TemplateContactPoint';
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
  network?: Maybe<TemplateNetwork>;
  organization: Scalars['String']['output'];
  phone?: Maybe<Scalars['String']['output']>;
  /** The contact point this one succeeded, if any. */
  predecessor?: Maybe<TemplateContactPoint>;
  roles: Array<ContactPointRole>;
  successor?: Maybe<TemplateContactPoint>;
  termEndsOn?: Maybe<Scalars['Date']['output']>;
  title?: Maybe<Scalars['String']['output']>;
  toolCorrespondent: Scalars['Boolean']['output'];
  version: Scalars['Int']['output'];
};

export type TemplateContactPointConnection = ContactPointConnection & {
  __typename?: 'TemplateContactPointConnection';
  nodes: Array<TemplateContactPoint>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type TemplateCountryProfile = CountryProfile & Node & {
  __typename?: 'TemplateCountryProfile';
  country: Country;
  id: Scalars['ID']['output'];
  lastReviewedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The profile of one measure, if the country has described it. */
  measure?: Maybe<TemplateMeasureProfile>;
  measures: Array<TemplateMeasureProfile>;
  version: Scalars['Int']['output'];
};


export type TemplateCountryProfileMeasureArgs = {
  measure: AssistanceMeasure;
};

export type TemplateMeasureProfile = MeasureProfile & {
  __typename?: 'TemplateMeasureProfile';
  applicable: Applicability;
  competentAuthority?: Maybe<TemplateAuthority>;
  dualCriminalityRequired?: Maybe<Scalars['Boolean']['output']>;
  languages: Array<Scalars['String']['output']>;
  lastReviewedAt?: Maybe<Scalars['DateTime']['output']>;
  legalBasis?: Maybe<Scalars['String']['output']>;
  measure: AssistanceMeasure;
  notes?: Maybe<Scalars['String']['output']>;
  requirements: Array<Scalars['String']['output']>;
};

/** Writes to Template's own data. Every create takes an idempotency key; every update and deactivation the version read last. */
export type TemplateMutations = {
  __typename?: 'TemplateMutations';
  /** Destination steps, on the destination's record (id …:rcv:…). */
  acknowledgeReferral: TemplateReferral;
  /** Either side, on its own record. */
  addReferralMessage: TemplateReferral;
  assignReferral: TemplateReferral;
  completeReferral: TemplateReferral;
  createAuthority: TemplateAuthority;
  createContactPoint: TemplateContactPoint;
  createEvent: TemplateNetworkEvent;
  /** A contact point of Template asks another country for help. */
  createReferral: TemplateReferral;
  createResource: TemplateResource;
  createWorkingGroup: TemplateWorkingGroup;
  /** Rotates a contact point out; the successor, if named, must be an active contact point of the same country. */
  deactivateContactPoint: TemplateContactPoint;
  declineReferral: TemplateReferral;
  /**
   * Marks all the caller's notifications read, or those up to upTo (the newest one the caller has
   * seen, so that one arriving meanwhile stays unread).
   */
  markAllNotificationsRead: TemplateNotificationsMarked;
  /**
   * Marks the caller's own notifications read. Every id must name one of them, or nothing is marked
   * (NOT_FOUND); marking a read one again changes nothing, so a retry is safe without a key.
   */
  markNotificationsRead: TemplateNotificationsMarked;
  /** Service only: the other side's outbox delivers a new referral. */
  receiveReferral: DeliveryReceipt;
  /** Service only: the other side's outbox delivers an event. */
  receiveReferralEvent: DeliveryReceipt;
  /**
   * Secretariat only: after network `to` was restored from a backup, sends it again every change
   * delivered to it since `since` (at most 90 days back); Template's dead letters to it since then too.
   */
  redeliver: RedeliveryReport;
  /** Secretariat only: sends the record's failed deliveries (delivery.state FAILED) again. */
  retryDelivery: TemplateReferral;
  /** A contact point of Template sets how each named kind of notification is mailed to them (their own only; kinds not named keep their setting). IMMEDIATE and URGENT referrals are always mailed at once, whatever is set. */
  setNotificationDeliveries: TemplateNotificationPreferences;
  /** A contact point of Template sets the language of the mail Template sends them (their own only). */
  setNotificationLanguage: TemplateNotificationPreferences;
  /**
   * Destination step, on the destination's record once acknowledged: sets or moves the date an answer is
   * expected by (in the future, at most 730 days ahead); the origin sees it once delivered.
   */
  setReferralAnswerDate: TemplateReferral;
  startReferral: TemplateReferral;
  updateAuthority: TemplateAuthority;
  updateContactPoint: TemplateContactPoint;
  updateEvent: TemplateNetworkEvent;
  updateResource: TemplateResource;
  updateWorkingGroup: TemplateWorkingGroup;
  /** Creates the country's profile, or replaces its measures when it exists (pass the version read last). */
  upsertCountryProfile: TemplateCountryProfile;
  /** Origin step, on the origin's record (id …:ref:…). */
  withdrawReferral: TemplateReferral;
};


/** Writes to Template's own data. Every create takes an idempotency key; every update and deactivation the version read last. */
export type TemplateMutationsAcknowledgeReferralArgs = {
  id: Scalars['ID']['input'];
  idempotencyKey: Scalars['String']['input'];
};


/** Writes to Template's own data. Every create takes an idempotency key; every update and deactivation the version read last. */
export type TemplateMutationsAddReferralMessageArgs = {
  id: Scalars['ID']['input'];
  idempotencyKey: Scalars['String']['input'];
  text: Scalars['String']['input'];
};


/** Writes to Template's own data. Every create takes an idempotency key; every update and deactivation the version read last. */
export type TemplateMutationsAssignReferralArgs = {
  contactPointId: Scalars['ID']['input'];
  id: Scalars['ID']['input'];
  idempotencyKey: Scalars['String']['input'];
};


/** Writes to Template's own data. Every create takes an idempotency key; every update and deactivation the version read last. */
export type TemplateMutationsCompleteReferralArgs = {
  id: Scalars['ID']['input'];
  idempotencyKey: Scalars['String']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
};


/** Writes to Template's own data. Every create takes an idempotency key; every update and deactivation the version read last. */
export type TemplateMutationsCreateAuthorityArgs = {
  idempotencyKey: Scalars['String']['input'];
  input: AuthorityInput;
};


/** Writes to Template's own data. Every create takes an idempotency key; every update and deactivation the version read last. */
export type TemplateMutationsCreateContactPointArgs = {
  idempotencyKey: Scalars['String']['input'];
  input: ContactPointInput;
};


/** Writes to Template's own data. Every create takes an idempotency key; every update and deactivation the version read last. */
export type TemplateMutationsCreateEventArgs = {
  idempotencyKey: Scalars['String']['input'];
  input: NetworkEventInput;
};


/** Writes to Template's own data. Every create takes an idempotency key; every update and deactivation the version read last. */
export type TemplateMutationsCreateReferralArgs = {
  idempotencyKey: Scalars['String']['input'];
  input: ReferralInput;
};


/** Writes to Template's own data. Every create takes an idempotency key; every update and deactivation the version read last. */
export type TemplateMutationsCreateResourceArgs = {
  idempotencyKey: Scalars['String']['input'];
  input: ResourceInput;
};


/** Writes to Template's own data. Every create takes an idempotency key; every update and deactivation the version read last. */
export type TemplateMutationsCreateWorkingGroupArgs = {
  idempotencyKey: Scalars['String']['input'];
  input: WorkingGroupInput;
};


/** Writes to Template's own data. Every create takes an idempotency key; every update and deactivation the version read last. */
export type TemplateMutationsDeactivateContactPointArgs = {
  id: Scalars['ID']['input'];
  successorId?: InputMaybe<Scalars['ID']['input']>;
  version: Scalars['Int']['input'];
};


/** Writes to Template's own data. Every create takes an idempotency key; every update and deactivation the version read last. */
export type TemplateMutationsDeclineReferralArgs = {
  id: Scalars['ID']['input'];
  idempotencyKey: Scalars['String']['input'];
  reason: Scalars['String']['input'];
};


/** Writes to Template's own data. Every create takes an idempotency key; every update and deactivation the version read last. */
export type TemplateMutationsMarkAllNotificationsReadArgs = {
  upTo?: InputMaybe<Scalars['ID']['input']>;
};


/** Writes to Template's own data. Every create takes an idempotency key; every update and deactivation the version read last. */
export type TemplateMutationsMarkNotificationsReadArgs = {
  ids: Array<Scalars['ID']['input']>;
};


/** Writes to Template's own data. Every create takes an idempotency key; every update and deactivation the version read last. */
export type TemplateMutationsReceiveReferralArgs = {
  delivery: ReferralDeliveryInput;
};


/** Writes to Template's own data. Every create takes an idempotency key; every update and deactivation the version read last. */
export type TemplateMutationsReceiveReferralEventArgs = {
  delivery: ReferralEventDeliveryInput;
};


/** Writes to Template's own data. Every create takes an idempotency key; every update and deactivation the version read last. */
export type TemplateMutationsRedeliverArgs = {
  idempotencyKey: Scalars['String']['input'];
  since: Scalars['DateTime']['input'];
  to: NetworkCode;
};


/** Writes to Template's own data. Every create takes an idempotency key; every update and deactivation the version read last. */
export type TemplateMutationsRetryDeliveryArgs = {
  id: Scalars['ID']['input'];
  idempotencyKey: Scalars['String']['input'];
};


/** Writes to Template's own data. Every create takes an idempotency key; every update and deactivation the version read last. */
export type TemplateMutationsSetNotificationDeliveriesArgs = {
  deliveries: Array<NotificationDeliveryInput>;
};


/** Writes to Template's own data. Every create takes an idempotency key; every update and deactivation the version read last. */
export type TemplateMutationsSetNotificationLanguageArgs = {
  language: NotificationLanguage;
};


/** Writes to Template's own data. Every create takes an idempotency key; every update and deactivation the version read last. */
export type TemplateMutationsSetReferralAnswerDateArgs = {
  answerExpectedBy: Scalars['DateTime']['input'];
  id: Scalars['ID']['input'];
  idempotencyKey: Scalars['String']['input'];
};


/** Writes to Template's own data. Every create takes an idempotency key; every update and deactivation the version read last. */
export type TemplateMutationsStartReferralArgs = {
  id: Scalars['ID']['input'];
  idempotencyKey: Scalars['String']['input'];
};


/** Writes to Template's own data. Every create takes an idempotency key; every update and deactivation the version read last. */
export type TemplateMutationsUpdateAuthorityArgs = {
  id: Scalars['ID']['input'];
  patch: AuthorityPatch;
  version: Scalars['Int']['input'];
};


/** Writes to Template's own data. Every create takes an idempotency key; every update and deactivation the version read last. */
export type TemplateMutationsUpdateContactPointArgs = {
  id: Scalars['ID']['input'];
  patch: ContactPointPatch;
  version: Scalars['Int']['input'];
};


/** Writes to Template's own data. Every create takes an idempotency key; every update and deactivation the version read last. */
export type TemplateMutationsUpdateEventArgs = {
  id: Scalars['ID']['input'];
  patch: NetworkEventPatch;
  version: Scalars['Int']['input'];
};


/** Writes to Template's own data. Every create takes an idempotency key; every update and deactivation the version read last. */
export type TemplateMutationsUpdateResourceArgs = {
  id: Scalars['ID']['input'];
  patch: ResourcePatch;
  version: Scalars['Int']['input'];
};


/** Writes to Template's own data. Every create takes an idempotency key; every update and deactivation the version read last. */
export type TemplateMutationsUpdateWorkingGroupArgs = {
  id: Scalars['ID']['input'];
  patch: WorkingGroupPatch;
  version: Scalars['Int']['input'];
};


/** Writes to Template's own data. Every create takes an idempotency key; every update and deactivation the version read last. */
export type TemplateMutationsUpsertCountryProfileArgs = {
  idempotencyKey: Scalars['String']['input'];
  input: CountryProfileInput;
  version?: InputMaybe<Scalars['Int']['input']>;
};


/** Writes to Template's own data. Every create takes an idempotency key; every update and deactivation the version read last. */
export type TemplateMutationsWithdrawReferralArgs = {
  id: Scalars['ID']['input'];
  idempotencyKey: Scalars['String']['input'];
  reason: Scalars['String']['input'];
};

export type TemplateNetwork = Network & {
  __typename?: 'TemplateNetwork';
  /** Every write and every read of contact details in Template, newest first. Template's secretariat only. */
  auditLog?: Maybe<TemplateAuditEntryConnection>;
  authorities?: Maybe<TemplateAuthorityConnection>;
  code: NetworkCode;
  contactPoints?: Maybe<TemplateContactPointConnection>;
  countryProfile?: Maybe<TemplateCountryProfile>;
  countryProfiles?: Maybe<Array<TemplateCountryProfile>>;
  events?: Maybe<TemplateNetworkEventConnection>;
  /** The caller's own notification settings, as a contact point of Template (the token's contact point, never another's). */
  myNotificationPreferences: TemplateNotificationPreferences;
  /**
   * The caller's own notification centre, as a contact point of Template (the token's contact point, never
   * another's), newest first; at most 100 a page.
   */
  myNotifications?: Maybe<TemplateNotificationConnection>;
  /**
   * Service only, for the delivery service of `origin` alone: the highest of its references
   * recorded here, per year. A network restored from a backup resumes its numbering after them (npm run restored).
   */
  receivedReferences?: Maybe<Array<ReferenceSeries>>;
  referrals?: Maybe<TemplateReferralConnection>;
  resources?: Maybe<TemplateResourceConnection>;
  statistics?: Maybe<NetworkStatistics>;
  workingGroups?: Maybe<TemplateWorkingGroupConnection>;
};


export type TemplateNetworkAuditLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AuditFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type TemplateNetworkAuthoritiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AuthorityFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type TemplateNetworkContactPointsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ContactPointFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type TemplateNetworkCountryProfileArgs = {
  country: Scalars['String']['input'];
};


export type TemplateNetworkEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<EventFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type TemplateNetworkMyNotificationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  unreadOnly?: InputMaybe<Scalars['Boolean']['input']>;
};


export type TemplateNetworkReceivedReferencesArgs = {
  origin: NetworkCode;
};


export type TemplateNetworkReferralsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ReferralFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type TemplateNetworkResourcesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ResourceFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type TemplateNetworkStatisticsArgs = {
  from: Scalars['DateTime']['input'];
  to: Scalars['DateTime']['input'];
};


export type TemplateNetworkWorkingGroupsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type TemplateNetworkEvent = NetworkEvent & Node & {
  __typename?: 'TemplateNetworkEvent';
  country?: Maybe<Country>;
  endsOn: Scalars['Date']['output'];
  id: Scalars['ID']['output'];
  kind: EventKind;
  participants: Array<TemplateContactPoint>;
  place?: Maybe<Scalars['String']['output']>;
  startsOn: Scalars['Date']['output'];
  title: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};

export type TemplateNetworkEventConnection = NetworkEventConnection & {
  __typename?: 'TemplateNetworkEventConnection';
  nodes: Array<TemplateNetworkEvent>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type TemplateNotification = Node & Notification & {
  __typename?: 'TemplateNotification';
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

export type TemplateNotificationConnection = NotificationConnection & {
  __typename?: 'TemplateNotificationConnection';
  nodes: Array<TemplateNotification>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
  unreadCount: Scalars['Int']['output'];
};

/** How one kind of notification is mailed to the caller. */
export type TemplateNotificationKindDelivery = {
  __typename?: 'TemplateNotificationKindDelivery';
  delivery: NotificationDelivery;
  kind: NotificationPreferenceKind;
};

/** How Template mails one person: each contact point reads and sets only their own. */
export type TemplateNotificationPreferences = {
  __typename?: 'TemplateNotificationPreferences';
  /** How each kind is mailed, every kind listed; IMMEDIATE until chosen otherwise. IMMEDIATE and URGENT referrals are always mailed at once. */
  deliveries: Array<TemplateNotificationKindDelivery>;
  /** The language of their mail; EN until they choose. */
  language: NotificationLanguage;
};

/** What marking notifications read changed. */
export type TemplateNotificationsMarked = {
  __typename?: 'TemplateNotificationsMarked';
  /** Notifications that were unread and are read now (0 on a retry). */
  marked: Scalars['Int']['output'];
  /** The caller's unread notifications left. */
  unreadCount: Scalars['Int']['output'];
};

export type TemplateReferral = Node & Referral & {
  __typename?: 'TemplateReferral';
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

export type TemplateReferralConnection = ReferralConnection & {
  __typename?: 'TemplateReferralConnection';
  nodes: Array<TemplateReferral>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type TemplateResource = Node & Resource & {
  __typename?: 'TemplateResource';
  id: Scalars['ID']['output'];
  kind: ResourceKind;
  languages: Array<Scalars['String']['output']>;
  publishedOn?: Maybe<Scalars['Date']['output']>;
  title: Scalars['String']['output'];
  topics: Array<CrimeArea>;
  url: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};

export type TemplateResourceConnection = ResourceConnection & {
  __typename?: 'TemplateResourceConnection';
  nodes: Array<TemplateResource>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type TemplateWorkingGroup = Node & WorkingGroup & {
  __typename?: 'TemplateWorkingGroup';
  description?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  members: Array<TemplateContactPoint>;
  name: Scalars['String']['output'];
  topic?: Maybe<CrimeArea>;
  version: Scalars['Int']['output'];
};

export type TemplateWorkingGroupConnection = WorkingGroupConnection & {
  __typename?: 'TemplateWorkingGroupConnection';
  nodes: Array<TemplateWorkingGroup>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
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
