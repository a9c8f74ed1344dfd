/**
 * Domain vocabularies. Each list is the single source of a GraphQL enum in every
 * network subgraph and of the values the database and the validators accept.
 */
export const CONTACT_POINT_ROLES = [
  'PROSECUTOR',
  'JUDGE',
  'CENTRAL_AUTHORITY_OFFICER',
  'POLICE_LIAISON',
  'ASSET_RECOVERY_OFFICER',
  'MINISTRY_OFFICIAL',
] as const;

/** Offence areas of the UN Convention against Transnational Organized Crime and its practice. */
export const CRIME_AREAS = [
  'ORGANIZED_CRIME',
  'TRAFFICKING_IN_PERSONS',
  'MIGRANT_SMUGGLING',
  'FIREARMS_TRAFFICKING',
  'DRUG_TRAFFICKING',
  'MONEY_LAUNDERING',
  'CORRUPTION',
  'CYBERCRIME',
  'TERRORISM',
  'WILDLIFE_CRIME',
  'ENVIRONMENTAL_CRIME',
  'MARITIME_CRIME',
  'CULTURAL_PROPERTY_TRAFFICKING',
  'FRAUD',
  'KIDNAPPING',
] as const;

/** The Fiches Belges groups of measures. */
export const ASSISTANCE_MEASURES = [
  'SERVICE_OF_DOCUMENTS',
  'WITNESS_EVIDENCE',
  'EXPERT_EVIDENCE',
  'SEARCH_AND_SEIZURE',
  'BANK_INFORMATION',
  'FREEZING',
  'CONFISCATION',
  'INTERCEPTION',
  'ELECTRONIC_EVIDENCE',
  'VIDEO_HEARING',
  'TRANSFER_OF_PROCEEDINGS',
  'JOINT_INVESTIGATION_TEAM',
  'CONTROLLED_DELIVERY',
  'EXTRADITION',
  'TRANSFER_OF_SENTENCED_PERSONS',
] as const;

export const ASSISTANCE_KINDS = [
  'MUTUAL_LEGAL_ASSISTANCE',
  'EXTRADITION',
  'ASSET_RECOVERY',
  'TRANSFER_OF_SENTENCED_PERSONS',
  'INFORMAL_COOPERATION',
] as const;

export const AUTHORITY_KINDS = [
  'CENTRAL_AUTHORITY',
  'PROSECUTION_SERVICE',
  'COURT',
  'POLICE',
  'FINANCIAL_INTELLIGENCE_UNIT',
  'ASSET_RECOVERY_OFFICE',
  'MINISTRY',
  'OTHER',
] as const;

export const CHANNELS = [
  'DIPLOMATIC',
  'CENTRAL_AUTHORITY',
  'DIRECT_JUDICIAL',
  'INTERPOL',
  'SECURE_PLATFORM',
  'EMAIL',
  'POST',
] as const;

export const URGENCIES = ['ROUTINE', 'URGENT', 'IMMEDIATE'] as const;

export const REFERRAL_STATUSES = [
  'SENT',
  'ACKNOWLEDGED',
  'ASSIGNED',
  'IN_PROGRESS',
  'COMPLETED',
  'DECLINED',
  'WITHDRAWN',
] as const;

export const APPLICABILITIES = ['YES', 'NO', 'PARTLY'] as const;

export const EVENT_KINDS = ['MEETING', 'TRAINING', 'PLENARY', 'WORKSHOP', 'WEBINAR'] as const;

export const RESOURCE_KINDS = ['GUIDE', 'TOOL', 'TEMPLATE', 'LEGISLATION', 'TREATY', 'REPORT'] as const;

export type ContactPointRole = (typeof CONTACT_POINT_ROLES)[number];
export type CrimeArea = (typeof CRIME_AREAS)[number];
export type AssistanceMeasure = (typeof ASSISTANCE_MEASURES)[number];
export type AssistanceKind = (typeof ASSISTANCE_KINDS)[number];
export type Urgency = (typeof URGENCIES)[number];
export type AuthorityKind = (typeof AUTHORITY_KINDS)[number];
export type Channel = (typeof CHANNELS)[number];
export type Applicability = (typeof APPLICABILITIES)[number];
export type EventKind = (typeof EVENT_KINDS)[number];
export type ResourceKind = (typeof RESOURCE_KINDS)[number];

/** Every enum of the network subgraphs' schema, by GraphQL name. */
export const DOMAIN_ENUMS: Readonly<Record<string, readonly string[]>> = {
  ContactPointRole: CONTACT_POINT_ROLES,
  CrimeArea: CRIME_AREAS,
  AssistanceMeasure: ASSISTANCE_MEASURES,
  AssistanceKind: ASSISTANCE_KINDS,
  AuthorityKind: AUTHORITY_KINDS,
  Channel: CHANNELS,
  Urgency: URGENCIES,
  ReferralStatus: REFERRAL_STATUSES,
  Applicability: APPLICABILITIES,
  EventKind: EVENT_KINDS,
  ResourceKind: RESOURCE_KINDS,
};

/**
 * What a referral asks, as both doors take it: the create form and a delivery
 * from the origin network. Kinds, measures, crime areas and urgency arrive as
 * strings from the wire and are checked against the lists above.
 */
export interface ReferralContent {
  originCountry: string;
  destinationCountry: string;
  /** Global id of the origin contact point. */
  from: string;
  /** Global id of the destination contact point asked, if any. */
  to?: string | null;
  kind: string;
  measures: readonly string[];
  crimeAreas: readonly string[];
  urgency: string;
  subject: string;
  summary?: string | null;
}
