/**
 * The one template every network subgraph's SDL comes from. Each network gets
 * its own concrete types (SeajustContactPoint, WacapAuthority, ...) implementing
 * the shared interfaces, so that federation routes an object by its type to the
 * network that owns it. Adding a network is a registry entry, not new SDL.
 */
import {
  Kind,
  parse,
  print,
  type ConstArgumentNode,
  type ConstDirectiveNode,
  type FieldDefinitionNode,
  type InterfaceTypeDefinitionNode,
  type ObjectTypeDefinitionNode,
  type StringValueNode,
} from 'graphql';
import { DOMAIN_ENUMS } from '../../../shared/src/domain';
import type { NetworkDefinition, Registry } from '../../../shared/src/registry';
import { commonSdl, FEDERATION_LINK } from '../../../shared/src/schema/common';

function enumsSdl(): string {
  return Object.entries(DOMAIN_ENUMS)
    .map(([name, values]) => `enum ${name} { ${values.join(' ')} }`)
    .join('\n');
}

/** Interfaces and inputs: identical text in every network subgraph. */
function interfacesSdl(): string {
  return `
${enumsSdl()}

type PageInfo @shareable { hasNextPage: Boolean! endCursor: String }

interface Network {
  code: NetworkCode!
  contactPoints(filter: ContactPointFilter, first: Int, after: String): ContactPointConnection
  authorities(filter: AuthorityFilter, first: Int, after: String): AuthorityConnection
  countryProfile(country: String!): CountryProfile
  countryProfiles: [CountryProfile!]
  workingGroups(first: Int, after: String): WorkingGroupConnection
  events(filter: EventFilter, first: Int, after: String): NetworkEventConnection
  resources(filter: ResourceFilter, first: Int, after: String): ResourceConnection
  """Referrals this network is a party to, as far as the caller is."""
  referrals(filter: ReferralFilter, first: Int, after: String): ReferralConnection
  """
  Aggregates for analysts over referrals created in [from, to); no case content, no personal data.
  Anyone but the network's own secretariat asks for whole calendar months (from and to on the 1st at 00:00 UTC)
  and gets perturbed figures (see NetworkStatistics.perturbed); the own secretariat gets exact figures for any range.
  """
  statistics(from: DateTime!, to: DateTime!): NetworkStatistics
}

"""
One count. For anyone but the network's own secretariat it is a sum of perturbed monthly atoms (cell key method):
never a true count under 5, which comes out as 0 or 5. Cells whose released count is 0 are left out; suppressed stays false.
"""
type StatisticsCell @shareable { key: String! count: Int suppressed: Boolean! }

type DirectionStatistics @shareable {
  total: StatisticsCell!
  byStatus: [StatisticsCell!]!
  byKind: [StatisticsCell!]!
  byCrimeArea: [StatisticsCell!]!
  byMeasure: [StatisticsCell!]!
  byUrgency: [StatisticsCell!]!
  byCounterpartNetwork: [StatisticsCell!]!
  byCounterpartCountry: [StatisticsCell!]!
}

type MonthlyCount @shareable { month: String! outgoing: StatisticsCell! incoming: StatisticsCell! }

"""
Days from creation, in whole days. count is released like every cell; the percentiles are null (suppressed: true)
when that count is under 10, unless the network's own secretariat asks.
"""
type DurationStatistics @shareable { count: Int suppressed: Boolean! medianDays: Float p90Days: Float }

type Timeliness @shareable { acknowledgement: DurationStatistics! completion: DurationStatistics! }

type DirectoryHealth @shareable {
  """Active contact points per member country."""
  contactPointsPerCountry: [StatisticsCell!]!
  """Active contact points and authorities' profiles not reviewed in the last 12 months."""
  notReviewedIn12Months: Int!
  """Member countries without an active contact point available 24/7."""
  countriesWithout24x7: [Country!]!
}

type NetworkStatistics @shareable {
  network: NetworkCode!
  from: DateTime!
  to: DateTime!
  """
  True when the figures are released under disclosure control (the ABS cell key method: each monthly atom perturbed by
  the key of its records, totals and series summed from released atoms); false for the network's own secretariat, who sees exact counts.
  """
  perturbed: Boolean!
  outgoing: DirectionStatistics!
  incoming: DirectionStatistics!
  monthly: [MonthlyCount!]!
  """How fast the other networks handle what this network sends."""
  outgoingTimeliness: Timeliness!
  """How fast this network handles what it receives."""
  incomingTimeliness: Timeliness!
  """Referrals still open today, by age."""
  openByAge: [StatisticsCell!]!
  directory: DirectoryHealth!
  """This network's outbox now, whatever the range: the network's own secretariat and analysts only."""
  deliveries: DeliveryStatistics
}

type DeliveryStatistics @shareable {
  """Changes not yet confirmed by the other side, still being tried."""
  pending: Int!
  """Dead letters: changes given up on until the secretariat retries them."""
  failed: Int!
  oldestPendingAt: DateTime
}

enum ReferralSide { ORIGIN DESTINATION }
enum ReferralDirection { """received by this network""" IN """sent by this network""" OUT }
enum ReferralEventType { CREATED ACKNOWLEDGED ASSIGNED STARTED COMPLETED DECLINED WITHDRAWN MESSAGE }
enum DeliveryState {
  """waiting for its first attempt"""
  PENDING
  """the other side confirmed every change"""
  DELIVERED
  """an attempt failed; retried with backoff"""
  FAILING
  """given up (a permanent error, or too many attempts): later changes wait until the secretariat calls retryDelivery"""
  FAILED
}

"""A request for help that crosses to another network or country, as one side records it."""
interface Referral implements Node {
  id: ID!
  """Human reference, e.g. SEAJUST-2026-000123."""
  reference: String!
  """Which side's record this is."""
  side: ReferralSide!
  originNetwork: Network
  destinationNetwork: Network
  originCountry: Country!
  destinationCountry: Country!
  from: ContactPoint
  to: ContactPoint
  kind: AssistanceKind!
  measures: [AssistanceMeasure!]!
  crimeAreas: [CrimeArea!]!
  urgency: Urgency!
  subject: String!
  summary: String
  """The formal request's own reference numbers."""
  formalReferences: [String!]!
  """Status as this side sees it; both sides converge."""
  status: ReferralStatus!
  """The destination's contact point handling it."""
  assignedTo: ContactPoint
  events: [ReferralEvent!]
  createdAt: DateTime!
  """The other side's record of the same referral."""
  counterpart: Referral
  """Delivery of this side's changes to the other side."""
  delivery: ReferralDelivery
}

interface ReferralConnection { nodes: [Referral!]! pageInfo: PageInfo! totalCount: Int! }

"""One step in a referral's timeline."""
type ReferralEvent @shareable {
  """Sequence number among the events of the side that wrote it."""
  sequence: Int!
  side: ReferralSide!
  type: ReferralEventType!
  at: DateTime!
  actor: String
  note: String
  assignedTo: ContactPoint
}

type ReferralDelivery @shareable {
  state: DeliveryState!
  """Changes not yet confirmed by the other side."""
  pending: Int!
  attempts: Int!
  lastError: String
  lastAttemptAt: DateTime
}

type DeliveryReceipt @shareable { accepted: Boolean! duplicate: Boolean! }

input ReferralFilter {
  direction: ReferralDirection
  status: [ReferralStatus!]
  counterpartNetwork: NetworkCode
  counterpartCountry: String
  crimeArea: CrimeArea
  urgency: Urgency
  createdFrom: DateTime
  createdTo: DateTime
}

input ReferralInput {
  """Alpha-2 or alpha-3 code of the country asked for help."""
  destinationCountry: String!
  """Needed when the destination country belongs to several networks."""
  destinationNetwork: NetworkCode
  """A contact point of the destination country, if the sender knows whom to ask."""
  toContactPointId: ID
  kind: AssistanceKind!
  measures: [AssistanceMeasure!]!
  crimeAreas: [CrimeArea!]!
  urgency: Urgency!
  subject: String!
  summary: String
  formalReferences: [String!]
}

"""What the outbox worker of one network delivers to the other side (service use only)."""
input ReferralDeliveryInput {
  id: ID!
  reference: String!
  originNetwork: NetworkCode!
  destinationNetwork: NetworkCode!
  originCountry: String!
  destinationCountry: String!
  from: ID!
  to: ID
  kind: AssistanceKind!
  measures: [AssistanceMeasure!]!
  crimeAreas: [CrimeArea!]!
  urgency: Urgency!
  subject: String!
  summary: String
  formalReferences: [String!]!
  createdAt: DateTime!
  events: [ReferralEventDeliveryInput!]!
}

input ReferralEventDeliveryInput {
  referralId: ID!
  side: ReferralSide!
  sequence: Int!
  type: ReferralEventType!
  at: DateTime!
  actor: String
  actorContactPoint: ID
  note: String
  assignedTo: ID
}

input ContactPointFilter {
  """Alpha-2 or alpha-3 code of a member country."""
  country: String
  """Any of these roles."""
  roles: [ContactPointRole!]
  """Any of these crime areas."""
  expertise: [CrimeArea!]
  """ISO 639-1 code of a language the contact point works in."""
  language: String
  available24x7: Boolean
  """Free text over name, title and organization."""
  search: String
  """Include contact points who have rotated out (default false)."""
  includeInactive: Boolean
}

input AuthorityFilter {
  country: String
  kinds: [AuthorityKind!]
  """Authorities competent for any of these measures."""
  measures: [AssistanceMeasure!]
  """ISO 639-1 code of a language the authority accepts requests in."""
  language: String
  search: String
}

input EventFilter { from: Date to: Date kinds: [EventKind!] }
input AuditFilter { from: DateTime to: DateTime action: String actorSubject: String objectId: ID }
input ResourceFilter { kinds: [ResourceKind!] language: String topic: CrimeArea search: String }

interface ContactPoint implements Node {
  id: ID!
  network: Network
  country: Country!
  fullName: String!
  title: String
  organization: String!
  roles: [ContactPointRole!]!
  expertise: [CrimeArea!]!
  languages: [String!]!
  available24x7: Boolean!
  email: String
  phone: String
  active: Boolean!
  successor: ContactPoint
  """The contact point this one succeeded, if any."""
  predecessor: ContactPoint
  lastReviewedAt: DateTime
  nationalCorrespondent: Boolean!
  toolCorrespondent: Boolean!
  appointedOn: Date
  termEndsOn: Date
  version: Int!
}

interface ContactPointConnection { nodes: [ContactPoint!]! pageInfo: PageInfo! totalCount: Int! }

"""A central or competent authority."""
interface Authority implements Node {
  id: ID!
  country: Country!
  name: String!
  kind: AuthorityKind!
  measures: [AssistanceMeasure!]!
  languages: [String!]!
  channels: [Channel!]!
  address: String
  email: String
  phone: String
  website: String
  urgentContact: String
  version: Int!
}

interface AuthorityConnection { nodes: [Authority!]! pageInfo: PageInfo! totalCount: Int! }

"""What a country requires and accepts, measure by measure (in the manner of the EJN Fiches Belges)."""
interface CountryProfile implements Node {
  id: ID!
  country: Country!
  measures: [MeasureProfile!]!
  lastReviewedAt: DateTime
  version: Int!
}

interface MeasureProfile {
  measure: AssistanceMeasure!
  applicable: Applicability!
  competentAuthority: Authority
  legalBasis: String
  languages: [String!]!
  dualCriminalityRequired: Boolean
  requirements: [String!]!
  notes: String
  lastReviewedAt: DateTime
}

interface WorkingGroup implements Node {
  id: ID!
  name: String!
  topic: CrimeArea
  description: String
  members: [ContactPoint!]!
  version: Int!
}

interface WorkingGroupConnection { nodes: [WorkingGroup!]! pageInfo: PageInfo! totalCount: Int! }

"""A meeting or training of a network."""
interface NetworkEvent implements Node {
  id: ID!
  title: String!
  kind: EventKind!
  startsOn: Date!
  endsOn: Date!
  place: String
  country: Country
  participants: [ContactPoint!]!
  version: Int!
}

interface NetworkEventConnection { nodes: [NetworkEvent!]! pageInfo: PageInfo! totalCount: Int! }

"""A practical tool or guide a network publishes."""
interface Resource implements Node {
  id: ID!
  title: String!
  kind: ResourceKind!
  languages: [String!]!
  topics: [CrimeArea!]!
  url: String!
  publishedOn: Date
  version: Int!
}

interface ResourceConnection { nodes: [Resource!]! pageInfo: PageInfo! totalCount: Int! }

input ContactPointInput {
  """Alpha-2 or alpha-3 code; must be a member country of the network."""
  country: String!
  fullName: String!
  title: String
  organization: String!
  roles: [ContactPointRole!]!
  expertise: [CrimeArea!]!
  """ISO 639-1 codes."""
  languages: [String!]!
  available24x7: Boolean!
  email: String
  phone: String
  nationalCorrespondent: Boolean
  toolCorrespondent: Boolean
  appointedOn: Date
  termEndsOn: Date
}

input ContactPointPatch {
  fullName: String
  title: String
  organization: String
  roles: [ContactPointRole!]
  expertise: [CrimeArea!]
  languages: [String!]
  available24x7: Boolean
  email: String
  phone: String
  nationalCorrespondent: Boolean
  toolCorrespondent: Boolean
  appointedOn: Date
  termEndsOn: Date
  """Marks the entry as reviewed now."""
  reviewed: Boolean
}

input AuthorityInput {
  country: String!
  name: String!
  kind: AuthorityKind!
  measures: [AssistanceMeasure!]!
  languages: [String!]!
  channels: [Channel!]!
  address: String
  email: String
  phone: String
  website: String
  urgentContact: String
}

input AuthorityPatch {
  name: String
  kind: AuthorityKind
  measures: [AssistanceMeasure!]
  languages: [String!]
  channels: [Channel!]
  address: String
  email: String
  phone: String
  website: String
  urgentContact: String
}

input MeasureProfileInput {
  measure: AssistanceMeasure!
  applicable: Applicability!
  """Id of an authority of this network in the same country."""
  competentAuthorityId: ID
  legalBasis: String
  languages: [String!]!
  dualCriminalityRequired: Boolean
  requirements: [String!]
  notes: String
}

input CountryProfileInput {
  country: String!
  """Replaces every measure of the profile."""
  measures: [MeasureProfileInput!]!
}

input WorkingGroupInput { name: String! topic: CrimeArea description: String memberIds: [ID!] }
input WorkingGroupPatch { name: String topic: CrimeArea description: String memberIds: [ID!] }

input NetworkEventInput {
  title: String! kind: EventKind! startsOn: Date! endsOn: Date! place: String country: String participantIds: [ID!]
}
input NetworkEventPatch {
  title: String kind: EventKind startsOn: Date endsOn: Date place: String country: String participantIds: [ID!]
}

input ResourceInput { title: String! kind: ResourceKind! languages: [String!]! topics: [CrimeArea!] url: String! publishedOn: Date }
input ResourcePatch { title: String kind: ResourceKind languages: [String!] topics: [CrimeArea!] url: String publishedOn: Date }
`;
}

/** The part of the SDL that names one network's concrete types. */
function networkTypesSdl(n: NetworkDefinition): string {
  const P = n.typePrefix;
  return `
type ${P}Network implements Network @key(fields: "code") {
  code: NetworkCode!
  contactPoints(filter: ContactPointFilter, first: Int = 20, after: String): ${P}ContactPointConnection
  authorities(filter: AuthorityFilter, first: Int = 20, after: String): ${P}AuthorityConnection
  countryProfile(country: String!): ${P}CountryProfile
  countryProfiles: [${P}CountryProfile!]
  workingGroups(first: Int = 20, after: String): ${P}WorkingGroupConnection
  events(filter: EventFilter, first: Int = 20, after: String): ${P}NetworkEventConnection
  resources(filter: ResourceFilter, first: Int = 20, after: String): ${P}ResourceConnection
  referrals(filter: ReferralFilter, first: Int = 20, after: String): ${P}ReferralConnection
  statistics(from: DateTime!, to: DateTime!): NetworkStatistics
  """Every write and every read of contact details in ${n.name}, newest first. ${n.name}'s secretariat only."""
  auditLog(filter: AuditFilter, first: Int = 50, after: String): ${P}AuditEntryConnection
}

type ${P}Referral implements Referral & Node @key(fields: "id") {
  id: ID!
  reference: String!
  side: ReferralSide!
  originNetwork: Network
  destinationNetwork: Network
  originCountry: Country!
  destinationCountry: Country!
  from: ContactPoint
  to: ContactPoint
  kind: AssistanceKind!
  measures: [AssistanceMeasure!]!
  crimeAreas: [CrimeArea!]!
  urgency: Urgency!
  subject: String!
  summary: String
  formalReferences: [String!]!
  status: ReferralStatus!
  assignedTo: ContactPoint
  events: [ReferralEvent!]
  createdAt: DateTime!
  counterpart: Referral
  delivery: ReferralDelivery
  version: Int!
}

type ${P}ReferralConnection implements ReferralConnection {
  nodes: [${P}Referral!]!
  pageInfo: PageInfo!
  totalCount: Int!
}

"""One entry of ${n.name}'s append-only audit log."""
type ${P}AuditEntry {
  id: ID!
  at: DateTime!
  """The id the gateway gave the client request."""
  requestId: String!
  actorSubject: String
  actorNetwork: String
  actorRoles: [String!]!
  """The mutation, or readContactDetails."""
  action: String!
  objectType: String
  objectId: ID
  """Details as a JSON object."""
  details: String!
}

type ${P}AuditEntryConnection {
  nodes: [${P}AuditEntry!]!
  pageInfo: PageInfo!
  totalCount: Int!
}

type ${P}ContactPoint implements ContactPoint & Node @key(fields: "id") {
  id: ID!
  network: ${P}Network
  country: Country!
  fullName: String!
  title: String
  organization: String!
  roles: [ContactPointRole!]!
  expertise: [CrimeArea!]!
  languages: [String!]!
  available24x7: Boolean!
  email: String
  phone: String
  active: Boolean!
  successor: ${P}ContactPoint
  """The contact point this one succeeded, if any."""
  predecessor: ${P}ContactPoint
  lastReviewedAt: DateTime
  nationalCorrespondent: Boolean!
  toolCorrespondent: Boolean!
  appointedOn: Date
  termEndsOn: Date
  version: Int!
}

type ${P}ContactPointConnection implements ContactPointConnection {
  nodes: [${P}ContactPoint!]!
  pageInfo: PageInfo!
  totalCount: Int!
}

type ${P}Authority implements Authority & Node @key(fields: "id") {
  id: ID!
  country: Country!
  name: String!
  kind: AuthorityKind!
  measures: [AssistanceMeasure!]!
  languages: [String!]!
  channels: [Channel!]!
  address: String
  email: String
  phone: String
  website: String
  urgentContact: String
  version: Int!
}

type ${P}AuthorityConnection implements AuthorityConnection {
  nodes: [${P}Authority!]!
  pageInfo: PageInfo!
  totalCount: Int!
}

type ${P}CountryProfile implements CountryProfile & Node @key(fields: "id") {
  id: ID!
  country: Country!
  measures: [${P}MeasureProfile!]!
  """The profile of one measure, if the country has described it."""
  measure(measure: AssistanceMeasure!): ${P}MeasureProfile
  lastReviewedAt: DateTime
  version: Int!
}

type ${P}MeasureProfile implements MeasureProfile {
  measure: AssistanceMeasure!
  applicable: Applicability!
  competentAuthority: ${P}Authority
  legalBasis: String
  languages: [String!]!
  dualCriminalityRequired: Boolean
  requirements: [String!]!
  notes: String
  lastReviewedAt: DateTime
}

type ${P}WorkingGroup implements WorkingGroup & Node @key(fields: "id") {
  id: ID!
  name: String!
  topic: CrimeArea
  description: String
  members: [${P}ContactPoint!]!
  version: Int!
}

type ${P}WorkingGroupConnection implements WorkingGroupConnection {
  nodes: [${P}WorkingGroup!]!
  pageInfo: PageInfo!
  totalCount: Int!
}

type ${P}NetworkEvent implements NetworkEvent & Node @key(fields: "id") {
  id: ID!
  title: String!
  kind: EventKind!
  startsOn: Date!
  endsOn: Date!
  place: String
  country: Country
  participants: [${P}ContactPoint!]!
  version: Int!
}

type ${P}NetworkEventConnection implements NetworkEventConnection {
  nodes: [${P}NetworkEvent!]!
  pageInfo: PageInfo!
  totalCount: Int!
}

type ${P}Resource implements Resource & Node @key(fields: "id") {
  id: ID!
  title: String!
  kind: ResourceKind!
  languages: [String!]!
  topics: [CrimeArea!]!
  url: String!
  publishedOn: Date
  version: Int!
}

type ${P}ResourceConnection implements ResourceConnection {
  nodes: [${P}Resource!]!
  pageInfo: PageInfo!
  totalCount: Int!
}

"""Writes to ${n.name}'s own data. Every create takes an idempotency key; every update and deactivation the version read last."""
type ${P}Mutations {
  createContactPoint(input: ContactPointInput!, idempotencyKey: String!): ${P}ContactPoint!
  updateContactPoint(id: ID!, version: Int!, patch: ContactPointPatch!): ${P}ContactPoint!
  """Rotates a contact point out; the successor, if named, must be an active contact point of the same country."""
  deactivateContactPoint(id: ID!, version: Int!, successorId: ID): ${P}ContactPoint!
  createAuthority(input: AuthorityInput!, idempotencyKey: String!): ${P}Authority!
  updateAuthority(id: ID!, version: Int!, patch: AuthorityPatch!): ${P}Authority!
  """Creates the country's profile, or replaces its measures when it exists (pass the version read last)."""
  upsertCountryProfile(input: CountryProfileInput!, version: Int, idempotencyKey: String!): ${P}CountryProfile!
  createWorkingGroup(input: WorkingGroupInput!, idempotencyKey: String!): ${P}WorkingGroup!
  updateWorkingGroup(id: ID!, version: Int!, patch: WorkingGroupPatch!): ${P}WorkingGroup!
  createEvent(input: NetworkEventInput!, idempotencyKey: String!): ${P}NetworkEvent!
  updateEvent(id: ID!, version: Int!, patch: NetworkEventPatch!): ${P}NetworkEvent!
  createResource(input: ResourceInput!, idempotencyKey: String!): ${P}Resource!
  updateResource(id: ID!, version: Int!, patch: ResourcePatch!): ${P}Resource!
  """A contact point of ${n.name} asks another country for help."""
  createReferral(input: ReferralInput!, idempotencyKey: String!): ${P}Referral!
  """Destination steps, on the destination's record (id …:rcv:…)."""
  acknowledgeReferral(id: ID!, idempotencyKey: String!): ${P}Referral!
  assignReferral(id: ID!, contactPointId: ID!, idempotencyKey: String!): ${P}Referral!
  startReferral(id: ID!, idempotencyKey: String!): ${P}Referral!
  completeReferral(id: ID!, note: String, idempotencyKey: String!): ${P}Referral!
  declineReferral(id: ID!, reason: String!, idempotencyKey: String!): ${P}Referral!
  """Origin step, on the origin's record (id …:ref:…)."""
  withdrawReferral(id: ID!, reason: String!, idempotencyKey: String!): ${P}Referral!
  """Either side, on its own record."""
  addReferralMessage(id: ID!, text: String!, idempotencyKey: String!): ${P}Referral!
  """Secretariat only: sends the record's failed deliveries (delivery.state FAILED) again."""
  retryDelivery(id: ID!, idempotencyKey: String!): ${P}Referral!
  """Service only: the other side's outbox delivers a new referral."""
  receiveReferral(delivery: ReferralDeliveryInput!): DeliveryReceipt!
  """Service only: the other side's outbox delivers an event."""
  receiveReferralEvent(delivery: ReferralEventDeliveryInput!): DeliveryReceipt!
}

type Mutation {
  ${n.key}: ${P}Mutations!
}
`;
}

/** Fields each interface of the template declares, read from its SDL once. */
const interfaceFields: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  parse(interfacesSdl(), { noLocation: true })
    .definitions.filter((d): d is InterfaceTypeDefinitionNode => d.kind === Kind.INTERFACE_TYPE_DEFINITION)
    .map((d) => [d.name.value, new Set((d.fields ?? []).map((f) => f.name.value))]),
);

const directive = (name: string, args: ConstArgumentNode[] = []): ConstDirectiveNode => ({ kind: Kind.DIRECTIVE, name: { kind: Kind.NAME, value: name }, arguments: args });

/**
 * Another network's types as this subgraph declares them, so that a reference to
 * that network's object (a referral's counterpart, its contact points) can
 * return the interface with the right __typename. Entities become
 * `@key(resolvable: false)` stubs, value types `@shareable`; only the fields of
 * the interfaces they implement are kept, all `@external`, with the owner's
 * exact (covariant) types so that composition agrees.
 */
export function foreignStubsSdl(other: NetworkDefinition): string {
  const doc = parse(networkTypesSdl(other), { noLocation: true });
  const out: string[] = [];
  for (const d of doc.definitions) {
    if (d.kind !== Kind.OBJECT_TYPE_DEFINITION || !d.interfaces?.length) continue;
    const key = d.directives?.find((x) => x.name.value === 'key');
    const keyFields = key ? String((key.arguments?.[0]?.value as StringValueNode).value).split(' ') : [];
    const kept = new Set([...keyFields, ...d.interfaces.flatMap((i) => [...(interfaceFields.get(i.name.value) ?? [])])]);
    const fields: FieldDefinitionNode[] = (d.fields ?? [])
      .filter((f) => kept.has(f.name.value))
      .map((f) => ({ ...f, description: undefined, directives: keyFields.includes(f.name.value) ? [] : [directive('external')] }));
    const directives = key
      ? [{ ...key, arguments: [...(key.arguments ?? []), { kind: Kind.ARGUMENT, name: { kind: Kind.NAME, value: 'resolvable' }, value: { kind: Kind.BOOLEAN, value: false } } as ConstArgumentNode] }]
      : [directive('shareable')];
    out.push(print({ ...d, description: undefined, directives, fields } as ObjectTypeDefinitionNode));
  }
  return out.join('\n\n');
}

/** The full SDL of one network's subgraph, with stubs of every other network's types. */
export function networkSubgraphSdl(network: NetworkDefinition, registry: Registry): string {
  const stubs = registry.filter((n) => n.key !== network.key).map(foreignStubsSdl);
  return [FEDERATION_LINK, commonSdl(registry), interfacesSdl(), networkTypesSdl(network), ...stubs].join('\n');
}

/** The stand-in network the resolvers are typed against; its names are replaced per network. */
export const TEMPLATE_NETWORK: NetworkDefinition = {
  code: 'TEMPLATE',
  key: 'template',
  typePrefix: 'Template',
  name: 'Template',
  fullName: 'Template network',
  region: '',
  port: 0,
  members: [],
};

/**
 * The template SDL rendered for the stand-in network, with a fixed NetworkCode
 * enum so the generated types do not change when the registry grows.
 */
export function templateSdl(): string {
  return `# Generated by npm run codegen from subgraphs/src/schema/template.ts. Do not edit.\n${networkSubgraphSdl(TEMPLATE_NETWORK, [TEMPLATE_NETWORK])}`;
}
