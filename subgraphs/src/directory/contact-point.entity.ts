import { Column, Entity, Index } from 'typeorm';
import { DirectoryEntity } from './base.entity';

@Entity('contact_points')
@Index('contact_points_country_name', ['country', 'fullName', 'id'])
export class ContactPointEntity extends DirectoryEntity {
  @Column({ type: 'char', length: 3 })
  country: string;

  @Column({ name: 'full_name', type: 'text' })
  fullName: string;

  @Column({ type: 'text', nullable: true })
  title: string | null;

  @Column({ type: 'text' })
  organization: string;

  @Column({ type: 'text', array: true })
  roles: string[];

  @Column({ type: 'text', array: true })
  expertise: string[];

  @Column({ type: 'text', array: true })
  languages: string[];

  @Column({ name: 'available_24x7', type: 'boolean' })
  available24x7: boolean;

  @Column({ type: 'text', nullable: true })
  email: string | null;

  @Column({ type: 'text', nullable: true })
  phone: string | null;

  @Column({ name: 'national_correspondent', type: 'boolean', default: false })
  nationalCorrespondent: boolean;

  @Column({ name: 'tool_correspondent', type: 'boolean', default: false })
  toolCorrespondent: boolean;

  @Column({ name: 'appointed_on', type: 'date', nullable: true })
  appointedOn: string | null;

  @Column({ name: 'term_ends_on', type: 'date', nullable: true })
  termEndsOn: string | null;

  @Column({ type: 'boolean', default: true })
  active: boolean;

  @Column({ name: 'successor_id', type: 'uuid', nullable: true })
  successorId: string | null;

  @Column({ name: 'last_reviewed_at', type: 'timestamptz', nullable: true })
  lastReviewedAt: Date | null;

  /** True for rows made by the demo-data generator (fictional people). */
  @Column({ name: 'is_demo', type: 'boolean', default: false })
  isDemo: boolean;
}
