/**
 * Contact points written straight into a network's database, for tests that
 * need a few people of given countries: small named factories instead of the
 * whole demo data set.
 */
import type { DataSource } from 'typeorm';
import { findNetwork, NETWORKS, type NetworkDefinition } from '#shared/registry';
import { ContactPointEntity } from '../../subgraphs/src/directory/contact-point.entity';

export type ContactPointRow = Pick<
  ContactPointEntity,
  'country' | 'fullName' | 'organization' | 'roles' | 'expertise' | 'languages' | 'available24x7' | 'email'
> &
  Partial<ContactPointEntity>;

/** An active contact point of `country`; overrides name what a test is about. */
export function contactPointRow(country: string, overrides: Partial<ContactPointEntity> = {}): ContactPointRow {
  return {
    country,
    fullName: `Test person of ${country}`,
    organization: `Central Authority of ${country} (test)`,
    roles: ['CENTRAL_AUTHORITY_OFFICER'],
    expertise: ['MONEY_LAUNDERING'],
    languages: ['en'],
    available24x7: true,
    email: `test.${country.toLowerCase()}@example.org`,
    ...overrides,
  };
}

/** Inserts the rows in one statement and returns their ids, in order. */
export async function insertContactPoints(ds: DataSource, rows: readonly ContactPointRow[]): Promise<string[]> {
  if (rows.length === 0) return [];
  const result = await ds.getRepository(ContactPointEntity).insert([...rows]);
  return result.identifiers.map((x) => String(x.id));
}

/**
 * `count` active contact points over the network's member countries in turn,
 * and for every tenth a former contact point it replaced (inactive, pointing at it).
 */
export async function insertStaff(ds: DataSource, network: NetworkDefinition, count: number): Promise<void> {
  const countries = network.members.map((m) => m.country);
  const country = (i: number) => countries[i % countries.length]!;
  const ids = await insertContactPoints(
    ds,
    Array.from({ length: count }, (_, i) =>
      contactPointRow(country(i), { fullName: `Test person ${i + 1} of ${country(i)}` }),
    ),
  );
  const formers = ids.flatMap((successorId, i) =>
    i % 10 === 0
      ? [
          contactPointRow(country(i), {
            fullName: `Former person ${i + 1} of ${country(i)}`,
            active: false,
            available24x7: false,
            successorId,
          }),
        ]
      : [],
  );
  await insertContactPoints(ds, formers);
}

/** A federation seed (startInProcessFederation's `seed`): `count` staff (insertStaff) in every network. */
export function staffSeed(count: number): (key: string, env: { ds: DataSource }) => Promise<void> {
  return (key, env) => insertStaff(env.ds, findNetwork(NETWORKS, key)!, count);
}
