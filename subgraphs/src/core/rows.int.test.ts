/**
 * The lean hydration of core/rows.ts builds the same entities as TypeORM's getMany, for every
 * entity of the subgraph, with every column and with a few, on the demo data of a network.
 */
import { findNetwork, NETWORKS } from '#shared/registry';
import { createMigratedDataSource } from '../../../test/support/db';
import { ENTITIES } from '../db/data-source';
import { seedNetwork } from '../seed/demo';
import { selectEntities } from './rows';
import { selecting } from './selection';

let env: Awaited<ReturnType<typeof createMigratedDataSource>>;

beforeAll(async () => {
  env = await createMigratedDataSource('rows');
  await seedNetwork(env.ds, findNetwork(NETWORKS, 'seajust')!);
  // An audit entry of its own, with details, so that its entity has a row too.
  await env.ds.query(
    `INSERT INTO audit_log (actor_subject, actor_roles, action, object_type, object_id, request_id, details) VALUES ('t', '{SECRETARIAT}', 'test', 'ContactPoint', 'x', 'r', '{"a": [1]}')`,
  );
}, 120_000);

afterAll(async () => {
  await env?.close();
});

const SEEDED = [
  'ContactPointEntity',
  'AuthorityEntity',
  'CountryProfileEntity',
  'MeasureProfileEntity',
  'WorkingGroupEntity',
  'NetworkEventEntity',
  'ResourceEntity',
  'ReferralEntity',
  'ReferralEventEntity',
  'AuditEntryEntity',
];

describe('selectEntities', () => {
  it.each(ENTITIES.map((e) => [e.name, e] as const))(
    'builds %s as getMany does, with every column and with a few',
    async (name, entity) => {
      const repo = env.ds.getRepository(entity);
      const meta = env.ds.getMetadata(entity);
      const order = meta.primaryColumns.map((c) => `x.${c.propertyName}`);
      const query = () => {
        const qb = repo.createQueryBuilder('x');
        order.forEach((o, i) => (i ? qb.addOrderBy(o) : qb.orderBy(o)));
        return qb;
      };
      const slow = await query().getMany();
      if (SEEDED.includes(name)) expect(slow.length).toBeGreaterThan(0);
      const fast = await selectEntities(query());
      expect(fast.entities).toEqual(slow);
      fast.entities.forEach((e) => expect(Object.getPrototypeOf(e)).toBe(entity.prototype));
      expect(fast.raw).toHaveLength(slow.length);

      // The first three properties and the primary key.
      const few = [...new Set([...meta.primaryColumns, ...meta.columns.slice(0, 3)].map((c) => c.propertyName))].sort();
      const partialSlow = await selecting(query(), few).getMany();
      const partialFast = await selectEntities(selecting(query(), few));
      expect(partialFast.entities).toEqual(partialSlow);
      partialFast.entities.forEach((e, i) => {
        expect(Object.keys(e)).toEqual(Object.keys(partialSlow[i]!));
        expect(
          Object.entries(e)
            .filter(([, value]) => value !== undefined)
            .map(([k]) => k)
            .sort(),
        ).toEqual(few);
      });
    },
  );

  it('hands a joined query to TypeORM, and still answers', async () => {
    const qb = env.ds
      .getRepository('ContactPointEntity')
      .createQueryBuilder('x')
      .leftJoin('contact_points', 'y', 'y.id = x.successor_id')
      .orderBy('x.id');
    expect((await selectEntities(qb)).entities).toEqual(await qb.getMany());
  });
});
