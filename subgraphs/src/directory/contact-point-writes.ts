/** Secretariat writes to the contact points of one network's directory. */
import { badInput, conflict, notFound } from '#shared/errors';
import type { ContactPointInput, ContactPointPatch } from '../__generated__/schema-types';
import { ContactPointEntity } from './contact-point.entity';
import * as v from '../core/validate';
import { defined, DirectoryWriter, patched } from './writer';

export class ContactPointWrites extends DirectoryWriter {
  private contactPointFields(input: ContactPointInput) {
    const appointedOn = v.optionalDate('appointedOn', input.appointedOn);
    const termEndsOn = v.optionalDate('termEndsOn', input.termEndsOn);
    if (appointedOn && termEndsOn && termEndsOn < appointedOn)
      throw badInput('termEndsOn must not be before appointedOn.', { field: 'termEndsOn' });
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
    return this.createRow(ContactPointEntity, 'createContactPoint', 'cp', idempotencyKey, fields, {
      lastReviewedAt: new Date(),
    });
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
    return this.ds.transaction((em) =>
      this.updateVersioned(em, ContactPointEntity, 'updateContactPoint', 'cp', uuid, version, changes),
    );
  }

  /** Rotates a contact point out: it stays on record, inactive, pointing at its successor. */
  deactivateContactPoint(id: string, version: number, successorId?: string | null): Promise<ContactPointEntity> {
    const uuid = this.ownId('cp', id);
    const successorUuid = successorId == null ? null : this.ownId('cp', successorId);
    if (successorUuid === uuid) throw badInput('A contact point cannot succeed itself.', { field: 'successorId' });
    return this.ds.transaction(async (em) => {
      const current = await em.findOneBy(ContactPointEntity, { id: uuid });
      if (!current) throw notFound(`Contact point ${id} does not exist in ${this.network.name}.`);
      if (!current.active)
        throw conflict('This contact point is already inactive.', { currentVersion: current.version });
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
}
