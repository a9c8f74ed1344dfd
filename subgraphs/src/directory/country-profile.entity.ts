import { Column, Entity, PrimaryColumn } from 'typeorm';
import { DirectoryEntity } from './base.entity';

@Entity('country_profiles')
export class CountryProfileEntity extends DirectoryEntity {
  @Column({ type: 'char', length: 3, unique: true })
  country: string;

  @Column({ name: 'last_reviewed_at', type: 'timestamptz', nullable: true })
  lastReviewedAt: Date | null;
}

/** One measure of a country profile; the profile's measures are replaced as a whole. */
@Entity('measure_profiles')
export class MeasureProfileEntity {
  @PrimaryColumn({ name: 'profile_id', type: 'uuid' })
  profileId: string;

  @PrimaryColumn({ type: 'text' })
  measure: string;

  @Column({ type: 'text' })
  applicable: string;

  @Column({ name: 'competent_authority_id', type: 'uuid', nullable: true })
  competentAuthorityId: string | null;

  @Column({ name: 'legal_basis', type: 'text', nullable: true })
  legalBasis: string | null;

  @Column({ type: 'text', array: true })
  languages: string[];

  @Column({ name: 'dual_criminality_required', type: 'boolean', nullable: true })
  dualCriminalityRequired: boolean | null;

  @Column({ type: 'text', array: true, default: '{}' })
  requirements: string[];

  @Column({ type: 'text', nullable: true })
  notes: string | null;

  @Column({ name: 'last_reviewed_at', type: 'timestamptz', nullable: true })
  lastReviewedAt: Date | null;
}
