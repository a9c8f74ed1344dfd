/**
 * The audit trail of one request. Writes record their entry inside their own
 * transaction; reads of contact details are collected and written in one
 * INSERT before the response leaves, so auditing never adds a statement per row.
 */
import type { DataSource, EntityManager } from 'typeorm';
import type { Caller } from '#shared/caller';
import { AuditEntryEntity, type AuditDetails } from './audit-entry.entity';

export interface AuditEvent {
  action: string;
  objectType?: string;
  objectId?: string;
  details?: AuditDetails;
}

export class AuditTrail {
  private readonly pending = new Map<string, AuditEvent>();

  constructor(
    private readonly ds: DataSource,
    private readonly caller: Caller,
    private readonly requestId: string,
  ) {}

  private row(event: AuditEvent): Partial<AuditEntryEntity> {
    return {
      requestId: this.requestId,
      actorSubject: this.caller.subject,
      actorNetwork: this.caller.network,
      actorRoles: [...this.caller.roles],
      action: event.action,
      objectType: event.objectType ?? null,
      objectId: event.objectId ?? null,
      details: event.details ?? {},
    };
  }

  /** Records a write inside the write's own transaction. */
  async write(em: EntityManager, event: AuditEvent): Promise<void> {
    await em.insert(AuditEntryEntity, this.row(event));
  }

  /** Notes a read; the same object read twice in one request is one entry. */
  read(event: AuditEvent): void {
    this.pending.set(`${event.action}:${event.objectId ?? ''}`, event);
  }

  /** Writes the collected reads and returns how many; called once per request before the response is sent. */
  async flush(): Promise<number> {
    if (this.pending.size === 0) return 0;
    const rows = [...this.pending.values()].map((e) => this.row(e));
    this.pending.clear();
    await this.ds.getRepository(AuditEntryEntity).insert(rows);
    return rows.length;
  }
}
