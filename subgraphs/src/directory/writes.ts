/**
 * Secretariat writes to one network's directory. Creates are idempotent on their
 * key; updates carry the version the caller read and fail with CONFLICT when it
 * is stale, instead of overwriting someone else's change.
 */
import { In, type DataSource, type EntityManager, type ObjectLiteral } from 'typeorm';
import { badInput, conflict, notFound } from '../../../shared/src/errors';
import { decodeOwnId, encodeId, NODE_KINDS, type NodeKind } from '../../../shared/src/ids';
import type { Caller } from '../../../shared/src/caller';
import type {
  AuthorityInput,
  AuthorityPatch,
  ContactPointInput,
  ContactPointPatch,
  CountryProfileInput,
  NetworkEventInput,
  NetworkEventPatch,
  ResourceInput,
  ResourcePatch,
  WorkingGroupInput,
  WorkingGroupPatch,
} from '../__generated__/resolvers-types';
import type { AuditTrail } from '../audit/audit';
import type { NetworkDefinition, Registry } from '../../../shared/src/registry';
import { NetworkEventEntity, ResourceEntity, WorkingGroupEntity } from './activity.entity';
import { idempotentTransaction } from '../core/idempotency';
import { AuthorityEntity } from './authority.entity';
import { ContactPointEntity } from './contact-point.entity';
import { CountryProfileEntity, MeasureProfileEntity } from './country-profile.entity';
import * as v from '../core/validate';

/** Applies `check` to a patch field only when the caller sent it. */
function patched<T, R>(value: T | null | undefined, check: (value: T) => R): R | undefined {
  return value === undefined || value === null ? undefined : check(value);
}

function defined<T extends object>(values: T): Partial<T> {
  return Object.fromEntries(Object.entries(values).filter(([, x]) => x !== undefined)) as Partial<T>;
}

export class DirectoryWrites {
  constructor(
    private readonly ds: DataSource,
    private readonly network: NetworkDefinition,
    private readonly registry: Registry,
    private readonly audit: AuditTrail,
    private readonly caller: Caller,
  ) {}

  private audited(em: EntityManager, action: string, kind: NodeKind, uuid: string, replay = false): Promise<void> {
    return this.audit.write(em, { action, objectType: NODE_KINDS[kind], objectId: encodeId(this.network, kind, uuid), details: replay ? { replay } : undefined });
  }

  private ownId(kind: NodeKind, id: string): string {
    return decodeOwnId(this.registry, this.network, kind, id);
  }

  /**
   * Runs `create` once per caller and idempotency key and audits it, or audits the
   * retry that returns its result. Who may write was checked before the resolver ran
   * (the field policy: this network's secretariat), on a retry as on the first call.
   */
  private idempotent<T extends { id: string }>(
    operation: string,
    kind: NodeKind,
    key: string,
    input: unknown,
    create: (em: EntityManager) => Promise<string>,
    load: (em: EntityManager, id: string) => Promise<T | null>,
  ): Promise<T> {
    return idempotentTransaction(
      this.ds,
      { caller: this.caller.subject, operation, key, input },
      {
        authorize: async () => undefined,
        perform: create,
        audit: (em, id, replay) => this.audited(em, operation, kind, id, replay),
        load,
      },
    );
  }

  /** Updates one row if its version is still `version`; CONFLICT or NOT_FOUND otherwise. */
  private async updateVersioned<E extends ObjectLiteral & { id: string; version: number }>(
    em: EntityManager,
    target: new () => E,
    /** Audit action; null when the caller audits the write itself. */
    action: string | null,
    kind: NodeKind,
    id: string,
    version: number,
    changes: Partial<NoInfer<E>>,
  ): Promise<E> {
    const label = NODE_KINDS[kind];
    if (Object.keys(changes).length === 0) throw badInput('The patch names no field to change.', { field: 'patch' });
    const result = await em
      .createQueryBuilder()
      .update(target)
      .set(changes as never)
      .where('id = :id AND version = :version', { id, version })
      .execute();
    const row = await em.findOneBy(target, { id } as never);
    if (!row) throw notFound(`${label} ${id} does not exist in ${this.network.name}.`);
    if (!result.affected) {
      throw conflict(`${label} was changed by someone else (version ${row.version}, you sent ${version}); read it again and reapply your change.`, {
        currentVersion: row.version,
      });
    }
    if (action) await this.audited(em, action, kind, id);
    return row;
  }

  private async existingOwn(em: EntityManager, kind: 'cp', field: string, ids: readonly string[] | null | undefined): Promise<string[]> {
    const uuids = v.list(field, ids, 500).map((id) => this.ownId(kind, id));
    if (uuids.length === 0) return [];
    const found = await em.countBy(ContactPointEntity, { id: In(uuids) });
    if (found !== uuids.length) throw badInput(`${field}: every id must be a contact point of ${this.network.name}.`, { field });
    return uuids;
  }

  // Contact points

  private contactPointFields(input: ContactPointInput) {
    const appointedOn = v.optionalDate('appointedOn', input.appointedOn);
    const termEndsOn = v.optionalDate('termEndsOn', input.termEndsOn);
    if (appointedOn && termEndsOn && termEndsOn < appointedOn) throw badInput('termEndsOn must not be before appointedOn.', { field: 'termEndsOn' });
    return {
      country: v.memberCountry(this.network, 'country', input.country),
      fullName: v.text('fullName', input.fullName),
      title: v.optionalText('title', input.title, v.MAX_NAME),
      organization: v.text('organization', input.organization),
      roles: v.nonEmptyList('roles', input.roles),
      expertise: v.list('expertise', input.expertise),
      languages: v.nonEmptyList('languages', v.languages('languages', input.languages)),
      available24x7: input.available24x7,
      email: v.email('email', input.email),
      phone: v.phone('phone', input.phone),
      nationalCorrespondent: input.nationalCorrespondent ?? false,
      toolCorrespondent: input.toolCorrespondent ?? false,
      appointedOn,
      termEndsOn,
    };
  }

  createContactPoint(input: ContactPointInput, idempotencyKey: string): Promise<ContactPointEntity> {
    const fields = this.contactPointFields(input);
    return this.idempotent(
      'createContactPoint',
      'cp',
      idempotencyKey,
      fields,
      async (em) => (await em.save(em.create(ContactPointEntity, { ...fields, lastReviewedAt: new Date() }))).id,
      (em, id) => em.findOneBy(ContactPointEntity, { id }),
    );
  }

  updateContactPoint(id: string, version: number, patch: ContactPointPatch): Promise<ContactPointEntity> {
    const uuid = this.ownId('cp', id);
    const changes = defined<Partial<ContactPointEntity>>({
      fullName: patched(patch.fullName, (x) => v.text('fullName', x)),
      title: patch.title === undefined ? undefined : v.optionalText('title', patch.title, v.MAX_NAME),
      organization: patched(patch.organization, (x) => v.text('organization', x)),
      roles: patched(patch.roles, (x) => v.nonEmptyList('roles', x)),
      expertise: patched(patch.expertise, (x) => v.list('expertise', x)),
      languages: patched(patch.languages, (x) => v.nonEmptyList('languages', v.languages('languages', x))),
      available24x7: patch.available24x7 ?? undefined,
      email: patch.email === undefined ? undefined : v.email('email', patch.email),
      phone: patch.phone === undefined ? undefined : v.phone('phone', patch.phone),
      nationalCorrespondent: patch.nationalCorrespondent ?? undefined,
      toolCorrespondent: patch.toolCorrespondent ?? undefined,
      appointedOn: patch.appointedOn === undefined ? undefined : v.optionalDate('appointedOn', patch.appointedOn),
      termEndsOn: patch.termEndsOn === undefined ? undefined : v.optionalDate('termEndsOn', patch.termEndsOn),
      lastReviewedAt: patch.reviewed ? new Date() : undefined,
    });
    return this.ds.transaction((em) => this.updateVersioned(em, ContactPointEntity, 'updateContactPoint', 'cp', uuid, version, changes));
  }

  /** Rotates a contact point out: it stays on record, inactive, pointing at its successor. */
  deactivateContactPoint(id: string, version: number, successorId?: string | null): Promise<ContactPointEntity> {
    const uuid = this.ownId('cp', id);
    const successorUuid = successorId == null ? null : this.ownId('cp', successorId);
    if (successorUuid === uuid) throw badInput('A contact point cannot succeed itself.', { field: 'successorId' });
    return this.ds.transaction(async (em) => {
      const current = await em.findOneBy(ContactPointEntity, { id: uuid });
      if (!current) throw notFound(`Contact point ${id} does not exist in ${this.network.name}.`);
      if (!current.active) throw conflict('This contact point is already inactive.', { currentVersion: current.version });
      if (successorUuid) {
        const successor = await em.findOneBy(ContactPointEntity, { id: successorUuid });
        if (!successor || !successor.active || successor.country !== current.country) {
          throw badInput('successorId must be an active contact point of the same country.', { field: 'successorId' });
        }
      }
      const today = new Date().toISOString().slice(0, 10);
      return this.updateVersioned(em, ContactPointEntity, 'deactivateContactPoint', 'cp', uuid, version, {
        active: false,
        successorId: successorUuid,
        termEndsOn: current.termEndsOn ?? today,
      });
    });
  }

  // Authorities

  private authorityFields(input: AuthorityInput) {
    return {
      country: v.memberCountry(this.network, 'country', input.country),
      name: v.text('name', input.name),
      kind: input.kind,
      measures: v.list('measures', input.measures),
      languages: v.nonEmptyList('languages', v.languages('languages', input.languages)),
      channels: v.nonEmptyList('channels', input.channels),
      address: v.optionalText('address', input.address, 500),
      email: v.email('email', input.email),
      phone: v.phone('phone', input.phone),
      website: input.website == null || !input.website.trim() ? null : v.url('website', input.website),
      urgentContact: v.optionalText('urgentContact', input.urgentContact, 500),
    };
  }

  createAuthority(input: AuthorityInput, idempotencyKey: string): Promise<AuthorityEntity> {
    const fields = this.authorityFields(input);
    return this.idempotent(
      'createAuthority',
      'auth',
      idempotencyKey,
      fields,
      async (em) => (await em.save(em.create(AuthorityEntity, fields))).id,
      (em, id) => em.findOneBy(AuthorityEntity, { id }),
    );
  }

  updateAuthority(id: string, version: number, patch: AuthorityPatch): Promise<AuthorityEntity> {
    const uuid = this.ownId('auth', id);
    const changes = defined<Partial<AuthorityEntity>>({
      name: patched(patch.name, (x) => v.text('name', x)),
      kind: patch.kind ?? undefined,
      measures: patched(patch.measures, (x) => v.list('measures', x)),
      languages: patched(patch.languages, (x) => v.nonEmptyList('languages', v.languages('languages', x))),
      channels: patched(patch.channels, (x) => v.nonEmptyList('channels', x)),
      address: patch.address === undefined ? undefined : v.optionalText('address', patch.address, 500),
      email: patch.email === undefined ? undefined : v.email('email', patch.email),
      phone: patch.phone === undefined ? undefined : v.phone('phone', patch.phone),
      website: patch.website === undefined ? undefined : patch.website === null || !patch.website.trim() ? null : v.url('website', patch.website),
      urgentContact: patch.urgentContact === undefined ? undefined : v.optionalText('urgentContact', patch.urgentContact, 500),
    });
    return this.ds.transaction((em) => this.updateVersioned(em, AuthorityEntity, 'updateAuthority', 'auth', uuid, version, changes));
  }

  // Country profiles

  /** Creates a country's profile or replaces its measures; an existing profile needs the version read last. */
  upsertCountryProfile(input: CountryProfileInput, version: number | null | undefined, idempotencyKey: string): Promise<CountryProfileEntity> {
    const country = v.memberCountry(this.network, 'country', input.country);
    const measures = input.measures.map((m, i) => ({
      measure: m.measure,
      applicable: m.applicable,
      competentAuthorityId: m.competentAuthorityId == null ? null : this.ownId('auth', m.competentAuthorityId),
      legalBasis: v.optionalText(`measures[${i}].legalBasis`, m.legalBasis, 1000),
      languages: v.languages(`measures[${i}].languages`, m.languages),
      dualCriminalityRequired: m.dualCriminalityRequired ?? null,
      requirements: v.list(`measures[${i}].requirements`, m.requirements, 30).map((r) => v.text(`measures[${i}].requirements`, r, 500)),
      notes: v.optionalText(`measures[${i}].notes`, m.notes),
    }));
    if (new Set(measures.map((m) => m.measure)).size !== measures.length) {
      throw badInput('measures: each measure may appear once.', { field: 'measures' });
    }
    return this.idempotent(
      'upsertCountryProfile',
      'profile',
      idempotencyKey,
      { country, measures, version: version ?? null },
      async (em) => {
        const authorityIds = measures.flatMap((m) => (m.competentAuthorityId ? [m.competentAuthorityId] : []));
        if (authorityIds.length) {
          const ok = await em.countBy(AuthorityEntity, { id: In([...new Set(authorityIds)]), country });
          if (ok !== new Set(authorityIds).size) {
            throw badInput(`competentAuthorityId must name an authority of ${this.network.name} in ${country}.`, { field: 'measures' });
          }
        }
        const now = new Date();
        const existing = await em.findOneBy(CountryProfileEntity, { country });
        let profile: CountryProfileEntity;
        if (existing) {
          if (version == null) {
            throw conflict(`${country} already has a profile (version ${existing.version}); pass that version to replace it.`, {
              currentVersion: existing.version,
            });
          }
          profile = await this.updateVersioned(em, CountryProfileEntity, null, 'profile', existing.id, version, { lastReviewedAt: now });
          await em.delete(MeasureProfileEntity, { profileId: profile.id });
        } else {
          profile = await em.save(em.create(CountryProfileEntity, { country, lastReviewedAt: now }));
        }
        if (measures.length) {
          await em.insert(
            MeasureProfileEntity,
            measures.map((m) => ({ ...m, profileId: profile.id, lastReviewedAt: now })),
          );
        }
        return profile.id;
      },
      (em, id) => em.findOneBy(CountryProfileEntity, { id }),
    );
  }

  // Working groups, events, resources

  createWorkingGroup(input: WorkingGroupInput, idempotencyKey: string): Promise<WorkingGroupEntity> {
    const fields = {
      name: v.text('name', input.name),
      topic: input.topic ?? null,
      description: v.optionalText('description', input.description),
    };
    return this.idempotent(
      'createWorkingGroup',
      'wg',
      idempotencyKey,
      { ...fields, memberIds: input.memberIds ?? [] },
      async (em) => {
        const memberIds = await this.existingOwn(em, 'cp', 'memberIds', input.memberIds);
        return (await em.save(em.create(WorkingGroupEntity, { ...fields, memberIds }))).id;
      },
      (em, id) => em.findOneBy(WorkingGroupEntity, { id }),
    );
  }

  updateWorkingGroup(id: string, version: number, patch: WorkingGroupPatch): Promise<WorkingGroupEntity> {
    const uuid = this.ownId('wg', id);
    return this.ds.transaction(async (em) => {
      const changes = defined<Partial<WorkingGroupEntity>>({
        name: patched(patch.name, (x) => v.text('name', x)),
        topic: patch.topic === undefined ? undefined : patch.topic,
        description: patch.description === undefined ? undefined : v.optionalText('description', patch.description),
        memberIds: patch.memberIds == null ? undefined : await this.existingOwn(em, 'cp', 'memberIds', patch.memberIds),
      });
      return this.updateVersioned(em, WorkingGroupEntity, 'updateWorkingGroup', 'wg', uuid, version, changes);
    });
  }

  private eventDates(startsOn: string, endsOn: string): { startsOn: string; endsOn: string } {
    const s = v.isoDate('startsOn', startsOn);
    const e = v.isoDate('endsOn', endsOn);
    if (e < s) throw badInput('endsOn must not be before startsOn.', { field: 'endsOn' });
    return { startsOn: s, endsOn: e };
  }

  createEvent(input: NetworkEventInput, idempotencyKey: string): Promise<NetworkEventEntity> {
    const fields = {
      title: v.text('title', input.title),
      kind: input.kind,
      ...this.eventDates(input.startsOn, input.endsOn),
      place: v.optionalText('place', input.place, v.MAX_NAME),
      country: input.country == null ? null : v.countryCode('country', input.country),
    };
    return this.idempotent(
      'createEvent',
      'event',
      idempotencyKey,
      { ...fields, participantIds: input.participantIds ?? [] },
      async (em) => {
        const participantIds = await this.existingOwn(em, 'cp', 'participantIds', input.participantIds);
        return (await em.save(em.create(NetworkEventEntity, { ...fields, participantIds }))).id;
      },
      (em, id) => em.findOneBy(NetworkEventEntity, { id }),
    );
  }

  updateEvent(id: string, version: number, patch: NetworkEventPatch): Promise<NetworkEventEntity> {
    const uuid = this.ownId('event', id);
    return this.ds.transaction(async (em) => {
      const current = await em.findOneBy(NetworkEventEntity, { id: uuid });
      if (!current) throw notFound(`Event ${id} does not exist in ${this.network.name}.`);
      const dates = this.eventDates(patch.startsOn ?? current.startsOn, patch.endsOn ?? current.endsOn);
      const changes = defined<Partial<NetworkEventEntity>>({
        title: patched(patch.title, (x) => v.text('title', x)),
        kind: patch.kind ?? undefined,
        startsOn: patch.startsOn == null ? undefined : dates.startsOn,
        endsOn: patch.endsOn == null ? undefined : dates.endsOn,
        place: patch.place === undefined ? undefined : v.optionalText('place', patch.place, v.MAX_NAME),
        country: patch.country === undefined ? undefined : patch.country === null ? null : v.countryCode('country', patch.country),
        participantIds: patch.participantIds == null ? undefined : await this.existingOwn(em, 'cp', 'participantIds', patch.participantIds),
      });
      return this.updateVersioned(em, NetworkEventEntity, 'updateEvent', 'event', uuid, version, changes);
    });
  }

  private resourceFields(input: ResourceInput) {
    return {
      title: v.text('title', input.title, 500),
      kind: input.kind,
      languages: v.nonEmptyList('languages', v.languages('languages', input.languages)),
      topics: v.list('topics', input.topics),
      url: v.url('url', input.url),
      publishedOn: v.optionalDate('publishedOn', input.publishedOn),
    };
  }

  createResource(input: ResourceInput, idempotencyKey: string): Promise<ResourceEntity> {
    const fields = this.resourceFields(input);
    return this.idempotent(
      'createResource',
      'res',
      idempotencyKey,
      fields,
      async (em) => (await em.save(em.create(ResourceEntity, fields))).id,
      (em, id) => em.findOneBy(ResourceEntity, { id }),
    );
  }

  updateResource(id: string, version: number, patch: ResourcePatch): Promise<ResourceEntity> {
    const uuid = this.ownId('res', id);
    const changes = defined<Partial<ResourceEntity>>({
      title: patched(patch.title, (x) => v.text('title', x, 500)),
      kind: patch.kind ?? undefined,
      languages: patched(patch.languages, (x) => v.nonEmptyList('languages', v.languages('languages', x))),
      topics: patched(patch.topics, (x) => v.list('topics', x)),
      url: patched(patch.url, (x) => v.url('url', x)),
      publishedOn: patch.publishedOn === undefined ? undefined : v.optionalDate('publishedOn', patch.publishedOn),
    });
    return this.ds.transaction((em) => this.updateVersioned(em, ResourceEntity, 'updateResource', 'res', uuid, version, changes));
  }
}
