/** The columns a referral record's computed fields read (core/selection.ts); fields named like a column need no entry. */
import type { EntityColumns } from '../core/selection';
import { ReferralEntity, ReferralEventEntity } from './referral.entity';

export const REFERRAL_COLUMNS: EntityColumns<ReferralEntity> = {
  entity: ReferralEntity,
  type: 'Referral',
  // The record's key and global id, its version, and every column the parties rule (access/referrals.ts) reads.
  always: [
    'id',
    'side',
    'version',
    'originNetwork',
    'destinationNetwork',
    'originCountry',
    'destinationCountry',
    'fromCp',
    'toCp',
    'assignedTo',
  ],
  computed: {
    from: ['fromCp'],
    to: ['toCp'],
    events: [],
    delivery: [],
    counterpart: [],
    overdue: ['status', 'acknowledgeBy', 'answerExpectedBy'],
  },
};

export const REFERRAL_EVENT_COLUMNS: EntityColumns<ReferralEventEntity> = {
  entity: ReferralEventEntity,
  type: 'ReferralEvent',
  shared: true,
  // The key: the record it belongs to (the loader groups by it), and the author's side, sequence and time (orderEvents merges the two sides by them).
  always: ['referralId', 'recordSide', 'authorSide', 'seq', 'at'],
  computed: { sequence: ['seq'], side: ['authorSide'], actor: ['actorSubject'] },
};
