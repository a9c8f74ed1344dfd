import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Flat JSON details of an audit entry. */
export type AuditDetails = Record<string, string | number | boolean | null>;

/** One audit record. Rows are only ever inserted (the table refuses changes). */
@Entity('audit_log')
export class AuditEntryEntity {
  @PrimaryColumn({ type: 'bigint', generated: 'identity' })
  id: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  at: Date;

  @Column({ name: 'request_id', type: 'text' })
  requestId: string;

  @Column({ name: 'actor_subject', type: 'text', nullable: true })
  actorSubject: string | null;

  @Column({ name: 'actor_network', type: 'text', nullable: true })
  actorNetwork: string | null;

  @Column({ name: 'actor_roles', type: 'text', array: true, default: '{}' })
  actorRoles: string[];

  @Column({ type: 'text' })
  action: string;

  @Column({ name: 'object_type', type: 'text', nullable: true })
  objectType: string | null;

  @Column({ name: 'object_id', type: 'text', nullable: true })
  objectId: string | null;

  @Column({ type: 'jsonb', default: {} })
  details: AuditDetails;
}
