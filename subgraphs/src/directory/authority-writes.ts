/** Secretariat writes to the authorities and country profiles of one network's directory. */
import { In } from 'typeorm';
import { badInput, conflict } from '#shared/errors';
import type { AuthorityInput, AuthorityPatch, CountryProfileInput } from '../__generated__/schema-types';
import { AuthorityEntity } from './authority.entity';
import { CountryProfileEntity, MeasureProfileEntity } from './country-profile.entity';
import * as v from '../core/validate';
import { defined, DirectoryWriter, patched } from './writer';

export class AuthorityWrites extends DirectoryWriter {
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
    return this.createRow(AuthorityEntity, 'createAuthority', 'auth', idempotencyKey, this.authorityFields(input), {
      lastReviewedAt: new Date(),
    });
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
      website:
        patch.website === undefined
          ? undefined
          : patch.website === null || !patch.website.trim()
            ? null
            : v.url('website', patch.website),
      urgentContact:
        patch.urgentContact === undefined ? undefined : v.optionalText('urgentContact', patch.urgentContact, 500),
      lastReviewedAt: patch.reviewed ? new Date() : undefined,
    });
    return this.ds.transaction((em) =>
      this.updateVersioned(em, AuthorityEntity, 'updateAuthority', 'auth', uuid, version, changes),
    );
  }

  /** Creates a country's profile or replaces its measures; an existing profile needs the version read last. */
  upsertCountryProfile(
    input: CountryProfileInput,
    version: number | null | undefined,
    idempotencyKey: string,
  ): Promise<CountryProfileEntity> {
    const country = v.memberCountry(this.network, 'country', input.country);
    const measures = input.measures.map((m, i) => ({
      measure: m.measure,
      applicable: m.applicable,
      competentAuthorityId: m.competentAuthorityId == null ? null : this.ownId('auth', m.competentAuthorityId),
      legalBasis: v.optionalText(`measures[${i}].legalBasis`, m.legalBasis, 1000),
      languages: v.languages(`measures[${i}].languages`, m.languages),
      dualCriminalityRequired: m.dualCriminalityRequired ?? null,
      requirements: v
        .list(`measures[${i}].requirements`, m.requirements, 30)
        .map((r) => v.text(`measures[${i}].requirements`, r, 500)),
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
            throw badInput(`competentAuthorityId must name an authority of ${this.network.name} in ${country}.`, {
              field: 'measures',
            });
          }
        }
        const now = new Date();
        const existing = await em.findOneBy(CountryProfileEntity, { country });
        let profile: CountryProfileEntity;
        if (existing) {
          if (version == null) {
            throw conflict(
              `${country} already has a profile (version ${existing.version}); pass that version to replace it.`,
              {
                currentVersion: existing.version,
              },
            );
          }
          profile = await this.updateVersioned(em, CountryProfileEntity, null, 'profile', existing.id, version, {
            lastReviewedAt: now,
          });
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
}
