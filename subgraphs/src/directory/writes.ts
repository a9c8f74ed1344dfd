/**
 * Secretariat writes to one network's directory, by what they write. Shared rules
 * (idempotent creates, versioned updates, the audit entry) are in writer.ts.
 */
import type { DataSource } from 'typeorm';
import type { Caller } from '#shared/caller';
import type { NetworkDefinition, Registry } from '#shared/registry';
import type { AuditTrail } from '../audit/audit';
import { ActivityWrites } from './activity-writes';
import { AuthorityWrites } from './authority-writes';
import { ContactPointWrites } from './contact-point-writes';

export interface DirectoryWrites {
  contactPoints: ContactPointWrites;
  /** Authorities and the country profiles that name them. */
  authorities: AuthorityWrites;
  /** Working groups, events and resources. */
  activities: ActivityWrites;
}

/** The directory's writers for one request, acting for `caller`. */
export function directoryWrites(
  ds: DataSource,
  network: NetworkDefinition,
  registry: Registry,
  audit: AuditTrail,
  caller: Caller,
): DirectoryWrites {
  return {
    contactPoints: new ContactPointWrites(ds, network, registry, audit, caller),
    authorities: new AuthorityWrites(ds, network, registry, audit, caller),
    activities: new ActivityWrites(ds, network, registry, audit, caller),
  };
}
