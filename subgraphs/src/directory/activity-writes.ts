/** Secretariat writes to the working groups, events and resources of one network's directory. */
import { In, type EntityManager } from 'typeorm';
import { badInput, notFound } from '#shared/errors';
import type {
  NetworkEventInput,
  NetworkEventPatch,
  ResourceInput,
  ResourcePatch,
  WorkingGroupInput,
  WorkingGroupPatch,
} from '../__generated__/schema-types';
import { NetworkEventEntity, ResourceEntity, WorkingGroupEntity } from './activity.entity';
import { ContactPointEntity } from './contact-point.entity';
import * as v from '../core/validate';
import { defined, DirectoryWriter, patched } from './writer';

export class ActivityWrites extends DirectoryWriter {
  /** The uuids of `ids`, each of which must be a contact point of this network. */
  private async ownContactPoints(
    em: EntityManager,
    field: string,
    ids: readonly string[] | null | undefined,
  ): Promise<string[]> {
    const uuids = v.list(field, ids, 500).map((id) => this.ownId('cp', id));
    if (uuids.length === 0) return [];
    const found = await em.countBy(ContactPointEntity, { id: In(uuids) });
    if (found !== uuids.length)
      throw badInput(`${field}: every id must be a contact point of ${this.network.name}.`, { field });
    return uuids;
  }

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
        const memberIds = await this.ownContactPoints(em, 'memberIds', input.memberIds);
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
        memberIds: patch.memberIds == null ? undefined : await this.ownContactPoints(em, 'memberIds', patch.memberIds),
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
        const participantIds = await this.ownContactPoints(em, 'participantIds', input.participantIds);
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
        country:
          patch.country === undefined
            ? undefined
            : patch.country === null
              ? null
              : v.countryCode('country', patch.country),
        participantIds:
          patch.participantIds == null
            ? undefined
            : await this.ownContactPoints(em, 'participantIds', patch.participantIds),
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
    return this.createRow(ResourceEntity, 'createResource', 'res', idempotencyKey, this.resourceFields(input));
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
    return this.ds.transaction((em) =>
      this.updateVersioned(em, ResourceEntity, 'updateResource', 'res', uuid, version, changes),
    );
  }
}
