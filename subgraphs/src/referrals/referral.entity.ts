import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { EventType, ReferralStatus, Side } from './state';

/** One side's record of a referral; the other side's record has the same id. */
@Entity('referrals')
export class ReferralEntity {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @PrimaryColumn({ type: 'text' })
  side: Side;

  @Column({ type: 'text' })
  reference: string;

  @Column({ name: 'origin_network', type: 'text' })
  originNetwork: string;

  @Column({ name: 'destination_network', type: 'text' })
  destinationNetwork: string;

  @Column({ name: 'origin_country', type: 'char', length: 3 })
  originCountry: string;

  @Column({ name: 'destination_country', type: 'char', length: 3 })
  destinationCountry: string;

  /** Global id of the origin contact point. */
  @Column({ name: 'from_cp', type: 'text' })
  fromCp: string;

  /** Global id of the destination contact point asked, if any. */
  @Column({ name: 'to_cp', type: 'text', nullable: true })
  toCp: string | null;

  @Column({ type: 'text' })
  kind: string;

  @Column({ type: 'text', array: true })
  measures: string[];

  @Column({ name: 'crime_areas', type: 'text', array: true })
  crimeAreas: string[];

  @Column({ type: 'text' })
  urgency: string;

  @Column({ type: 'text' })
  subject: string;

  @Column({ type: 'text', nullable: true })
  summary: string | null;

  @Column({ name: 'formal_references', type: 'text', array: true })
  formalReferences: string[];

  @Column({ type: 'text' })
  status: ReferralStatus;

  @Column({ name: 'assigned_to', type: 'text', nullable: true })
  assignedTo: string | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  /** When the destination is to acknowledge it: set by the destination when it arrives (referrals/due.ts), told to the origin in its receipt. */
  @Column({ name: 'acknowledge_by', type: 'timestamptz', nullable: true })
  acknowledgeBy: Date | null;

  /** Once acknowledged, when an answer is expected: what the destination's ACKNOWLEDGED and ANSWER_DATE_SET events fold to. */
  @Column({ name: 'answer_expected_by', type: 'timestamptz', nullable: true })
  answerExpectedBy: Date | null;

  @Column({ type: 'integer' })
  version: number;

  /** Cell key of the record's statistics (0..255): an HMAC of the id under this network's statistics secret, stored so it never changes. Never read back. */
  @Column({ name: 'record_key', type: 'smallint', select: false })
  recordKey?: number;
}

/** One event of a referral, as kept in one side's record. */
@Entity('referral_events')
export class ReferralEventEntity {
  @PrimaryColumn({ name: 'referral_id', type: 'uuid' })
  referralId: string;

  @PrimaryColumn({ name: 'record_side', type: 'text' })
  recordSide: Side;

  @PrimaryColumn({ name: 'author_side', type: 'text' })
  authorSide: Side;

  @PrimaryColumn({ type: 'integer' })
  seq: number;

  @Column({ type: 'text' })
  type: EventType;

  @Column({ type: 'timestamptz' })
  at: Date;

  @Column({ name: 'actor_subject', type: 'text', nullable: true })
  actorSubject: string | null;

  @Column({ name: 'actor_cp', type: 'text', nullable: true })
  actorCp: string | null;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ name: 'assigned_to', type: 'text', nullable: true })
  assignedTo: string | null;

  /** The expected answer date an ACKNOWLEDGED or ANSWER_DATE_SET event sets. */
  @Column({ name: 'answer_expected_by', type: 'timestamptz', nullable: true })
  answerExpectedBy: Date | null;
}
