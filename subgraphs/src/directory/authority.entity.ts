import { Column, Entity } from 'typeorm';
import { DirectoryEntity } from './base.entity';

@Entity('authorities')
export class AuthorityEntity extends DirectoryEntity {
  @Column({ type: 'char', length: 3 })
  country: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  kind: string;

  @Column({ type: 'text', array: true })
  measures: string[];

  @Column({ type: 'text', array: true })
  languages: string[];

  @Column({ type: 'text', array: true })
  channels: string[];

  @Column({ type: 'text', nullable: true })
  address: string | null;

  @Column({ type: 'text', nullable: true })
  email: string | null;

  @Column({ type: 'text', nullable: true })
  phone: string | null;

  @Column({ type: 'text', nullable: true })
  website: string | null;

  @Column({ name: 'urgent_contact', type: 'text', nullable: true })
  urgentContact: string | null;

  @Column({ name: 'last_reviewed_at', type: 'timestamptz', nullable: true })
  lastReviewedAt: Date | null;
}
