import type {
  Applicability,
  AssistanceKind,
  AssistanceMeasure,
  AuthorityKind,
  Channel,
  ContactPointRole,
  CrimeArea,
  EventKind,
  ReferralEventType,
  ReferralStatus,
  ResourceKind,
  Urgency,
} from '../__generated__/graphql';

/**
 * The enum values the console offers as choices or shows as labels, in the order a person reads them
 * (the Fiches Belges order for measures). console/i18n/messages.test.ts checks them against the schema
 * and that each has a label in every language.
 */
export const VOCABULARY = {
  measure: [
    'SERVICE_OF_DOCUMENTS', 'WITNESS_EVIDENCE', 'EXPERT_EVIDENCE', 'SEARCH_AND_SEIZURE', 'BANK_INFORMATION',
    'FREEZING', 'CONFISCATION', 'INTERCEPTION', 'ELECTRONIC_EVIDENCE', 'VIDEO_HEARING', 'TRANSFER_OF_PROCEEDINGS',
    'JOINT_INVESTIGATION_TEAM', 'CONTROLLED_DELIVERY', 'EXTRADITION', 'TRANSFER_OF_SENTENCED_PERSONS',
  ] satisfies AssistanceMeasure[],
  role: ['PROSECUTOR', 'JUDGE', 'CENTRAL_AUTHORITY_OFFICER', 'POLICE_LIAISON', 'ASSET_RECOVERY_OFFICER', 'MINISTRY_OFFICIAL'] satisfies ContactPointRole[],
  crimeArea: [
    'ORGANIZED_CRIME', 'TRAFFICKING_IN_PERSONS', 'MIGRANT_SMUGGLING', 'FIREARMS_TRAFFICKING', 'DRUG_TRAFFICKING',
    'MONEY_LAUNDERING', 'CORRUPTION', 'CYBERCRIME', 'TERRORISM', 'WILDLIFE_CRIME', 'ENVIRONMENTAL_CRIME',
    'MARITIME_CRIME', 'CULTURAL_PROPERTY_TRAFFICKING', 'FRAUD', 'KIDNAPPING',
  ] satisfies CrimeArea[],
  channel: ['DIPLOMATIC', 'CENTRAL_AUTHORITY', 'DIRECT_JUDICIAL', 'INTERPOL', 'SECURE_PLATFORM', 'EMAIL', 'POST'] satisfies Channel[],
  authorityKind: [
    'CENTRAL_AUTHORITY', 'PROSECUTION_SERVICE', 'COURT', 'POLICE', 'FINANCIAL_INTELLIGENCE_UNIT', 'ASSET_RECOVERY_OFFICE', 'MINISTRY', 'OTHER',
  ] satisfies AuthorityKind[],
  applicability: ['YES', 'NO', 'PARTLY'] satisfies Applicability[],
  eventKind: ['MEETING', 'TRAINING', 'PLENARY', 'WORKSHOP', 'WEBINAR'] satisfies EventKind[],
  resourceKind: ['GUIDE', 'TOOL', 'TEMPLATE', 'LEGISLATION', 'TREATY', 'REPORT'] satisfies ResourceKind[],
  kind: ['MUTUAL_LEGAL_ASSISTANCE', 'EXTRADITION', 'ASSET_RECOVERY', 'TRANSFER_OF_SENTENCED_PERSONS', 'INFORMAL_COOPERATION'] satisfies AssistanceKind[],
  urgency: ['ROUTINE', 'URGENT', 'IMMEDIATE'] satisfies Urgency[],
  referralStatus: ['SENT', 'ACKNOWLEDGED', 'ASSIGNED', 'IN_PROGRESS', 'COMPLETED', 'DECLINED', 'WITHDRAWN'] satisfies ReferralStatus[],
  referralEvent: ['CREATED', 'ACKNOWLEDGED', 'ASSIGNED', 'STARTED', 'COMPLETED', 'DECLINED', 'WITHDRAWN', 'MESSAGE'] satisfies ReferralEventType[],
  /** Roles of a signed-in account (token claims), shown beside the name. */
  accountRole: ['CONTACT_POINT', 'SECRETARIAT', 'ANALYST', 'HUB_ADMIN'],
} as const;

export type Vocabulary = keyof typeof VOCABULARY;

/** The schema enum each vocabulary mirrors (accountRole is a token claim, not a schema enum). */
export const SCHEMA_ENUM: Readonly<Partial<Record<Vocabulary, string>>> = {
  measure: 'AssistanceMeasure',
  role: 'ContactPointRole',
  crimeArea: 'CrimeArea',
  channel: 'Channel',
  authorityKind: 'AuthorityKind',
  applicability: 'Applicability',
  eventKind: 'EventKind',
  resourceKind: 'ResourceKind',
  kind: 'AssistanceKind',
  urgency: 'Urgency',
  referralStatus: 'ReferralStatus',
  referralEvent: 'ReferralEventType',
};

/** Message id of one value's label, e.g. `enum.measure.BANK_INFORMATION`. */
export const labelId = (vocabulary: Vocabulary, value: string): string => `enum.${vocabulary}.${value}`;

/** Languages offered in the directory's language filter (ISO 639-1): the networks' working and national languages. */
export const FILTER_LANGUAGES = [
  'am', 'ar', 'az', 'en', 'es', 'fa', 'ff', 'fr', 'ha', 'hy', 'id', 'ig', 'ka', 'kg', 'kk', 'km', 'ky', 'ln', 'lo',
  'ms', 'my', 'pt', 'rn', 'ru', 'rw', 'sg', 'sw', 'ta', 'tg', 'th', 'tk', 'tl', 'uz', 'vi', 'wo', 'yo', 'zh',
] as const;
