/** The columns a referral record's computed fields read (core/selection.ts); fields named like a column need no entry. */
import type { EntityColumns } from '../core/selection';
import { ReferralEntity } from './referral.entity';

export const REFERRAL_COLUMNS: EntityColumns<ReferralEntity> = {
  entity: ReferralEntity,
  type: 'Referral',
  // The record's key and global id, its version, and every column the parties rule (access/referrals.ts) reads.
  always: ['id', 'side', 'version', 'originNetwork', 'destinationNetwork', 'originCountry', 'destinationCountry', 'fromCp', 'toCp', 'assignedTo'],
  computed: { from: ['fromCp'], to: ['toCp'], events: [], delivery: [], counterpart: [] },
};
