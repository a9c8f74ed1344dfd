/**
 * Who is a party to a referral and who acts for each of its sides, written once
 * as data: a list of clauses, each a role and columns of the referral that must
 * equal facts of the caller. The check of one record and the SQL filter of a
 * list are both read from the same clauses, so they cannot drift apart.
 */
import type { Caller, Role } from '#shared/caller';
import type { NetworkDefinition } from '#shared/registry';
import type { ReferralEntity } from '../referrals/referral.entity';
import type { Side } from '../referrals/state';

/** The columns of a referral record the rules read. */
export type ReferralParties = Pick<
  ReferralEntity,
  'originNetwork' | 'destinationNetwork' | 'originCountry' | 'destinationCountry' | 'fromCp' | 'toCp' | 'assignedTo'
>;

type CallerFact = 'network' | 'country' | 'contactPointId';

/** One way of qualifying: the caller holds `role`, and each named column of the referral equals the named fact of the caller. */
interface Clause {
  role: Role;
  match: readonly (readonly [keyof ReferralParties, CallerFact])[];
}

/** Who acts for one side: that network's secretariat, and its contact points of that side's country. */
export function sideActors(side: Side): readonly Clause[] {
  const [network, country] =
    side === 'ORIGIN'
      ? (['originNetwork', 'originCountry'] as const)
      : (['destinationNetwork', 'destinationCountry'] as const);
  return [
    { role: 'SECRETARIAT', match: [[network, 'network']] },
    {
      role: 'CONTACT_POINT',
      match: [
        [network, 'network'],
        [country, 'country'],
      ],
    },
  ];
}

/** The parties: whoever acts for either side, and the contact points the referral names. */
export const REFERRAL_PARTIES: readonly Clause[] = [
  ...sideActors('ORIGIN'),
  ...sideActors('DESTINATION'),
  { role: 'CONTACT_POINT', match: [['fromCp', 'contactPointId']] },
  { role: 'CONTACT_POINT', match: [['toCp', 'contactPointId']] },
  { role: 'CONTACT_POINT', match: [['assignedTo', 'contactPointId']] },
];

/**
 * The clauses a caller can satisfy at all: roles it holds, facts it has. A caller
 * without a network is nobody's party, whatever else its token says.
 */
function applicable(caller: Caller, clauses: readonly Clause[]): readonly Clause[] {
  if (!caller.network) return [];
  return clauses.filter((c) => caller.roles.includes(c.role) && c.match.every(([, fact]) => caller[fact] !== null));
}

/** Does the caller satisfy one of the clauses for this record? */
export function satisfies(caller: Caller, clauses: readonly Clause[], r: ReferralParties): boolean {
  return applicable(caller, clauses).some((c) => c.match.every(([column, fact]) => r[column] === caller[fact]));
}

/** The same clauses as a SQL condition on `alias` (a TypeORM query builder alias), with its parameters. */
export function clausesSql(
  caller: Caller,
  clauses: readonly Clause[],
  alias: string,
): { where: string; params: Record<string, string> } {
  const params: Record<string, string> = {};
  const ors = applicable(caller, clauses).map((c) =>
    c.match
      .map(([column, fact]) => {
        const name = `party${Object.keys(params).length}`;
        params[name] = caller[fact]!;
        return `${alias}.${column} = :${name}`;
      })
      .join(' AND '),
  );
  return { where: ors.length ? `((${ors.join(') OR (')}))` : 'FALSE', params };
}

/** Only the parties see a referral: its contact points, contact points of its two countries in its two networks, and the two secretariats. */
export const isReferralParty = (caller: Caller, r: ReferralParties): boolean => satisfies(caller, REFERRAL_PARTIES, r);

/** The parties rule as the filter of a referral list. */
export const referralPartyFilter = (caller: Caller, alias: string) => clausesSql(caller, REFERRAL_PARTIES, alias);

/** May the caller take a step for `side` of this referral? */
export const mayActFor = (caller: Caller, r: ReferralParties, side: Side): boolean =>
  satisfies(caller, sideActors(side), r);

/** Creating a referral: a contact point of this network whose token names its entry. */
export const mayCreateReferral = (caller: Caller, network: NetworkDefinition): boolean =>
  caller.roles.includes('CONTACT_POINT') && caller.network === network.key && Boolean(caller.contactPointId);

/** Deliveries: the delivery service of the named network. */
export const isServiceOf = (caller: Caller, networkKey: string): boolean =>
  caller.roles.includes('SERVICE') && caller.network === networkKey;
