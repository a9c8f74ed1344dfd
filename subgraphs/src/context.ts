import type { DataSource } from 'typeorm';
import type { Caller } from '#shared/caller';
import type { AuditTrail } from './audit/audit';
import type { NetworkDefinition, Registry } from '#shared/registry';
import type { Loaders } from './directory/loaders';
import type { DirectoryReads } from './directory/reads';
import type { DirectoryWrites } from './directory/writes';
import type { ReferralLoaders } from './referrals/loaders';
import type { ReferralInbox } from './referrals/inbox';
import type { ReferralService } from './referrals/service';

/** What every resolver of a network subgraph receives, built fresh per request. */
export interface SubgraphContext {
  network: NetworkDefinition;
  registry: Registry;
  caller: Caller;
  /** Id the gateway assigned to the client request, for logs and the audit trail. */
  requestId: string;
  ds: DataSource;
  audit: AuditTrail;
  reads: DirectoryReads;
  writes: DirectoryWrites;
  loaders: Loaders;
  referrals: ReferralService;
  /** Deliveries from the other side of a referral. */
  inbox: ReferralInbox;
  referralLoaders: ReferralLoaders;
}
