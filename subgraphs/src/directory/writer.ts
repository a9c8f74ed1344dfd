/**
 * What every secretariat write to one network's directory shares: creates are
 * idempotent on their key; updates carry the version the caller read and fail with
 * CONFLICT when it is stale, instead of overwriting someone else's change.
 */
import type { DataSource, DeepPartial, EntityManager, ObjectLiteral } from 'typeorm';
import { badInput, conflict, notFound } from '#shared/errors';
import { decodeOwnId, encodeId, NODE_KINDS, type NodeKind } from '#shared/ids';
import type { Caller } from '#shared/caller';
import type { AuditTrail } from '../audit/audit';
import type { NetworkDefinition, Registry } from '#shared/registry';
import { idempotentTransaction } from '../core/idempotency';

/** Applies `check` to a patch field only when the caller sent it. */
export function patched<T, R>(value: T | null | undefined, check: (value: T) => R): R | undefined {
  return value === undefined || value === null ? undefined : check(value);
}

/** The changes of a patch without the fields it left out. */
export function defined<T extends object>(values: T): Partial<T> {
  return Object.fromEntries(Object.entries(values).filter(([, x]) => x !== undefined)) as Partial<T>;
}

export abstract class DirectoryWriter {
  constructor(
    protected readonly ds: DataSource,
    protected readonly network: NetworkDefinition,
    private readonly registry: Registry,
    private readonly audit: AuditTrail,
    private readonly caller: Caller,
  ) {}

  private audited(em: EntityManager, action: string, kind: NodeKind, uuid: string, replay = false): Promise<void> {
    return this.audit.write(em, {
      action,
      objectType: NODE_KINDS[kind],
      objectId: encodeId(this.network, kind, uuid),
      details: replay ? { replay } : undefined,
    });
  }

  protected ownId(kind: NodeKind, id: string): string {
    return decodeOwnId(this.registry, this.network, kind, id);
  }

  /**
   * Runs `create` once per caller and idempotency key and audits it, or audits the
   * retry that returns its result. Who may write was checked before the resolver ran
   * (the field policy: this network's secretariat), on a retry as on the first call.
   */
  protected idempotent<T extends { id: string }>(
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

  /**
   * Inserts one row of `target` from `fields` once per caller and idempotency key (idempotent); `extra`
   * is saved too but is no part of the input a retry is compared with.
   */
  protected createRow<E extends ObjectLiteral & { id: string }>(
    target: new () => E,
    operation: string,
    kind: NodeKind,
    key: string,
    fields: DeepPartial<E>,
    extra?: DeepPartial<E>,
  ): Promise<E> {
    return this.idempotent(
      operation,
      kind,
      key,
      fields,
      async (em) => (await em.save(em.create(target, { ...fields, ...extra }))).id,
      (em, id) => em.findOneBy(target, { id } as never),
    );
  }

  /** Updates one row if its version is still `version`; CONFLICT or NOT_FOUND otherwise. */
  protected async updateVersioned<E extends ObjectLiteral & { id: string; version: number }>(
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
      throw conflict(
        `${label} was changed by someone else (version ${row.version}, you sent ${version}); read it again and reapply your change.`,
        {
          currentVersion: row.version,
        },
      );
    }
    if (action) await this.audited(em, action, kind, id);
    return row;
  }
}
