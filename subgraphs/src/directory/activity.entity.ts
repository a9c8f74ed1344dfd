import { Column, Entity } from 'typeorm';
import { DirectoryEntity } from './base.entity';

@Entity('working_groups')
export class WorkingGroupEntity extends DirectoryEntity {
  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text', nullable: true })
  topic: string | null;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  /** Contact point ids; kept as an array, the group is read whole. */
  @Column({ name: 'member_ids', type: 'uuid', array: true, default: '{}' })
  memberIds: string[];
}

@Entity('events')
export class NetworkEventEntity extends DirectoryEntity {
  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text' })
  kind: string;

  @Column({ name: 'starts_on', type: 'date' })
  startsOn: string;

  @Column({ name: 'ends_on', type: 'date' })
  endsOn: string;

  @Column({ type: 'text', nullable: true })
  place: string | null;

  @Column({ type: 'char', length: 3, nullable: true })
  country: string | null;

  @Column({ name: 'participant_ids', type: 'uuid', array: true, default: '{}' })
  participantIds: string[];
}

@Entity('resources')
export class ResourceEntity extends DirectoryEntity {
  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text' })
  kind: string;

  @Column({ type: 'text', array: true })
  languages: string[];

  @Column({ type: 'text', array: true, default: '{}' })
  topics: string[];

  @Column({ type: 'text' })
  url: string;

  @Column({ name: 'published_on', type: 'date', nullable: true })
  publishedOn: string | null;
}
