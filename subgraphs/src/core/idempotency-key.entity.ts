import { Column, Entity } from 'typeorm';

/** Remembers the result of every keyed write, per caller and operation, so that a retry returns it instead of a duplicate. */
@Entity('idempotency_keys')
export class IdempotencyKeyEntity {
  /** Token subject of the caller who sent the key. */
  @Column({ type: 'text', primary: true })
  caller: string;

  @Column({ type: 'text', primary: true })
  operation: string;

  @Column({ type: 'text', primary: true })
  key: string;

  @Column({ name: 'request_hash', type: 'text' })
  requestHash: string;

  @Column({ name: 'result_id', type: 'uuid' })
  resultId: string;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;
}
