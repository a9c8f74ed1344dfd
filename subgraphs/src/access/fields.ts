/**
 * Which rule guards which field of the template schema (rules in rules.ts).
 * Anonymous callers see networks, authorities, country profiles, events and
 * resources; people need a member's token; contact details a contact point's or
 * secretariat's; writes and the audit log the network's own secretariat.
 * Every mutation is named here: the type below fails to compile when one is added
 * to the schema without a rule.
 */
import type { TemplateMutationsResolvers } from '../__generated__/resolvers-types';
import { rules, type FieldPolicies, type Rule } from './rules';

type MutationName = Exclude<keyof TemplateMutationsResolvers, '__isTypeOf'>;

/**
 * The first rule of every mutation. Referral steps are open to the parties' roles here;
 * which party may take which step on which record is decided in referrals.ts.
 */
const MUTATIONS: Record<MutationName, Rule> = {
  createContactPoint: rules.ownSecretariat,
  updateContactPoint: rules.ownSecretariat,
  deactivateContactPoint: rules.ownSecretariat,
  createAuthority: rules.ownSecretariat,
  updateAuthority: rules.ownSecretariat,
  upsertCountryProfile: rules.ownSecretariat,
  createWorkingGroup: rules.ownSecretariat,
  updateWorkingGroup: rules.ownSecretariat,
  createEvent: rules.ownSecretariat,
  updateEvent: rules.ownSecretariat,
  createResource: rules.ownSecretariat,
  updateResource: rules.ownSecretariat,
  createReferral: rules.referralParty,
  acknowledgeReferral: rules.referralParty,
  assignReferral: rules.referralParty,
  startReferral: rules.referralParty,
  completeReferral: rules.referralParty,
  declineReferral: rules.referralParty,
  withdrawReferral: rules.referralParty,
  addReferralMessage: rules.referralParty,
  setReferralAnswerDate: rules.referralParty,
  retryDelivery: rules.ownSecretariat,
  redeliver: rules.ownSecretariat,
  receiveReferral: rules.service,
  receiveReferralEvent: rules.service,
  setNotificationLanguage: rules.ownContactPoint,
  markNotificationsRead: rules.ownContactPoint,
  markAllNotificationsRead: rules.ownContactPoint,
  setNotificationDeliveries: rules.ownContactPoint,
};

/** Access rules by template field ("__resolveReference" guards entity lookups). */
export const FIELD_POLICIES: FieldPolicies = {
  'TemplateNetwork.contactPoints': rules.member,
  'TemplateContactPoint.__resolveReference': rules.member,
  'TemplateContactPoint.email': rules.contactDetails,
  'TemplateContactPoint.phone': rules.contactDetails,
  'TemplateWorkingGroup.members': rules.member,
  'TemplateNetworkEvent.participants': rules.member,
  'TemplateNetwork.auditLog': rules.ownSecretariat,
  'TemplateNetwork.referrals': rules.referralParty,
  'TemplateNetwork.receivedReferences': rules.service,
  'TemplateNetwork.statistics': rules.aggregates,
  'NetworkStatistics.deliveries': rules.ownOutbox,
  'TemplateNetwork.myNotificationPreferences': rules.ownContactPoint,
  'TemplateNetwork.myNotifications': rules.ownContactPoint,
  'TemplateNotification.__resolveReference': rules.ownContactPoint,
  ...Object.fromEntries(Object.entries(MUTATIONS).map(([field, rule]) => [`TemplateMutations.${field}`, rule])),
};
