/** The columns each directory type's computed fields read (core/selection.ts); fields named like a column need no entry. */
import type { EntityColumns } from '../core/selection';
import { AuthorityEntity } from './authority.entity';
import { ContactPointEntity } from './contact-point.entity';
import { CountryProfileEntity, MeasureProfileEntity } from './country-profile.entity';
import { NetworkEventEntity, ResourceEntity, WorkingGroupEntity } from './activity.entity';

// The id: global ids, loaders and the audit of contact details; the version: optimistic concurrency.
export const CONTACT_POINT_COLUMNS: EntityColumns<ContactPointEntity> = {
  entity: ContactPointEntity,
  type: 'ContactPoint',
  always: ['id', 'version'],
  computed: { network: [], successor: ['successorId'], predecessor: [] },
};

export const AUTHORITY_COLUMNS: EntityColumns<AuthorityEntity> = {
  entity: AuthorityEntity,
  type: 'Authority',
  always: ['id', 'version'],
  computed: {},
};

export const COUNTRY_PROFILE_COLUMNS: EntityColumns<CountryProfileEntity> = {
  entity: CountryProfileEntity,
  type: 'CountryProfile',
  always: ['id', 'version'],
  computed: { measures: [], measure: [] },
};

// A measure is keyed by its profile and its name: the loader groups by the one, measure(measure:) picks by the other.
export const MEASURE_COLUMNS: EntityColumns<MeasureProfileEntity> = {
  entity: MeasureProfileEntity,
  type: 'MeasureProfile',
  always: ['profileId', 'measure'],
  computed: { competentAuthority: ['competentAuthorityId'] },
};

export const WORKING_GROUP_COLUMNS: EntityColumns<WorkingGroupEntity> = {
  entity: WorkingGroupEntity,
  type: 'WorkingGroup',
  always: ['id', 'version'],
  computed: { members: ['memberIds'] },
};

export const EVENT_COLUMNS: EntityColumns<NetworkEventEntity> = {
  entity: NetworkEventEntity,
  type: 'NetworkEvent',
  always: ['id', 'version'],
  computed: { participants: ['participantIds'] },
};

export const RESOURCE_COLUMNS: EntityColumns<ResourceEntity> = {
  entity: ResourceEntity,
  type: 'Resource',
  always: ['id', 'version'],
  computed: {},
};
