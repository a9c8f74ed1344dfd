/**
 * Demo data against a real PostgreSQL: shape per member country, demo markers,
 * country profiles pointing at their own country's authorities, idempotence
 * and determinism across databases.
 */
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { NETWORKS, type NetworkDefinition } from '#shared/registry';
import { createDataSource, migrate } from '../db/data-source';
import { seedNetwork, type SeedReport } from './demo';

const SEAJUST: NetworkDefinition = NETWORKS.find((n) => n.code === 'SEAJUST')!;
const CASC: NetworkDefinition = NETWORKS.find((n) => n.code === 'CASC')!;

function serverUrl(): string {
  const url = process.env.TEST_DATABASE_URL;
  if (!url)
    throw new Error(
      'TEST_DATABASE_URL must point at a PostgreSQL server (e.g. postgres://postgres:pw@127.0.0.1:55432/postgres)',
    );
  return url;
}

async function admin(sql: string): Promise<void> {
  const client = new Client({ connectionString: serverUrl() });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

interface FreshDatabase {
  name: string;
  ds: DataSource;
}

const created: FreshDatabase[] = [];

/** A new, migrated database named seed_test_<random>, dropped in afterAll. */
async function freshDatabase(): Promise<DataSource> {
  const name = `seed_test_${randomBytes(6).toString('hex')}`;
  await admin(`CREATE DATABASE "${name}"`);
  const url = new URL(serverUrl());
  url.pathname = `/${name}`;
  const ds = createDataSource({ url: url.toString(), poolSize: 2 });
  created.push({ name, ds });
  await ds.initialize();
  await migrate(ds);
  return ds;
}

/** Every row of every seeded table, in a stable order, for comparing two databases. */
async function dump(ds: DataSource): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const [table, order] of [
    ['contact_points', 'id'],
    ['authorities', 'id'],
    ['country_profiles', 'id'],
    ['measure_profiles', 'profile_id, measure'],
    ['working_groups', 'id'],
    ['events', 'id'],
    ['resources', 'id'],
  ] as const) {
    out[table] = await ds.query(`SELECT * FROM ${table} ORDER BY ${order}`);
  }
  return out;
}

let first: DataSource;
let firstReport: SeedReport;
const progress: string[] = [];

beforeAll(async () => {
  first = await freshDatabase();
  firstReport = await seedNetwork(first, SEAJUST, { onProgress: (m) => progress.push(m) });
}, 60_000);

afterAll(async () => {
  for (const { name, ds } of created) {
    if (ds.isInitialized) await ds.destroy();
    await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  }
});

describe('seedNetwork (SEAJust, scale 1)', () => {
  it('gives every member country 2-3 active contact points, at least one available 24/7', async () => {
    const rows: { country: string; active: number; around_the_clock: number }[] = await first.query(
      `SELECT country,
              count(*) FILTER (WHERE active)::int AS active,
              count(*) FILTER (WHERE active AND available_24x7)::int AS around_the_clock
         FROM contact_points GROUP BY country ORDER BY country`,
    );
    expect(rows.map((r) => r.country).sort()).toEqual(SEAJUST.members.map((m) => m.country).sort());
    for (const r of rows) {
      expect(r.active).toBeGreaterThanOrEqual(2);
      expect(r.active).toBeLessThanOrEqual(3);
      expect(r.around_the_clock).toBeGreaterThanOrEqual(1);
    }
    expect(firstReport.contactPoints).toBe(rows.reduce((s, r) => s + r.active, 0) + (await inactiveCount(first)));
  });

  it('marks every contact point as demo data with an example.org e-mail and a +000 number', async () => {
    const rows: { is_demo: boolean; email: string | null; phone: string | null }[] = await first.query(
      'SELECT is_demo, email, phone FROM contact_points',
    );
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) {
      expect(r.is_demo).toBe(true);
      expect(r.email).toMatch(/@example\.org$/);
      expect(r.phone).toMatch(/^\+000 /);
    }
    const authorityEmails: { email: string }[] = await first.query('SELECT email FROM authorities');
    for (const a of authorityEmails) expect(a.email).toMatch(/@example\.org$/);
  });

  it('replaces each inactive contact point by an active one of the same country', async () => {
    const rows: { country: string; successor_country: string | null; successor_active: boolean | null }[] =
      await first.query(
        `SELECT cp.country, s.country AS successor_country, s.active AS successor_active
         FROM contact_points cp LEFT JOIN contact_points s ON s.id = cp.successor_id
        WHERE NOT cp.active`,
      );
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) {
      expect(r.successor_country).toBe(r.country);
      expect(r.successor_active).toBe(true);
    }
  });

  it('gives every member country a profile whose competent authorities are in that country and handle the measure', async () => {
    const profiles: { country: string; measures: number }[] = await first.query(
      `SELECT p.country, count(mp.*)::int AS measures
         FROM country_profiles p LEFT JOIN measure_profiles mp ON mp.profile_id = p.id
        GROUP BY p.country`,
    );
    expect(profiles.map((p) => p.country).sort()).toEqual(SEAJUST.members.map((m) => m.country).sort());
    for (const p of profiles) {
      expect(p.measures).toBeGreaterThanOrEqual(5);
      expect(p.measures).toBeLessThanOrEqual(8);
    }
    const measures: {
      applicable: string;
      profile_country: string;
      authority_country: string | null;
      handles: boolean | null;
    }[] = await first.query(
      `SELECT mp.applicable, p.country AS profile_country, a.country AS authority_country, mp.measure = ANY (a.measures) AS handles
           FROM measure_profiles mp
           JOIN country_profiles p ON p.id = mp.profile_id
           LEFT JOIN authorities a ON a.id = mp.competent_authority_id`,
    );
    for (const m of measures) {
      if (m.applicable === 'NO' && m.authority_country === null) continue;
      expect(m.authority_country).toBe(m.profile_country);
      expect(m.handles).toBe(true);
    }
    expect(measures.filter((m) => m.authority_country !== null).length).toBeGreaterThan(measures.length / 2);
  });

  it('reports its progress per batch', () => {
    expect(progress).toContain(`seajust: contact points ${firstReport.contactPoints}/${firstReport.contactPoints}`);
  });

  it('adds nothing when run a second time', async () => {
    const before = await dump(first);
    const messages: string[] = [];
    const again = await seedNetwork(first, SEAJUST, { onProgress: (m) => messages.push(m) });
    expect(again).toEqual(firstReport);
    expect(await dump(first)).toEqual(before);
    expect(messages.join('\n')).toMatch(/already has \d+ rows/);
  });

  it('produces identical rows, ids included, in a second fresh database', async () => {
    const second = await freshDatabase();
    const report = await seedNetwork(second, SEAJUST);
    expect(report).toEqual(firstReport);
    expect(await dump(second)).toEqual(await dump(first));
  }, 60_000);
});

describe('seedNetwork with scale', () => {
  it('multiplies contact points and authorities per country', async () => {
    const one = await freshDatabase();
    const three = await freshDatabase();
    const r1 = await seedNetwork(one, CASC);
    const r3 = await seedNetwork(three, CASC, { scale: 3 });
    expect(r3.contactPoints).toBe(3 * r1.contactPoints);
    expect(r3.authorities).toBe(3 * r1.authorities);
    expect(r3.profiles).toBe(CASC.members.length);
    const [{ active }] = await three.query('SELECT count(*) FILTER (WHERE active)::int AS active FROM contact_points');
    expect(active).toBeGreaterThan(50);
    const [{ duplicates }] = await three.query(
      'SELECT count(*)::int AS duplicates FROM (SELECT email FROM contact_points GROUP BY email HAVING count(*) > 1) d',
    );
    expect(duplicates).toBe(0);
  }, 60_000);
});

async function inactiveCount(ds: DataSource): Promise<number> {
  const [{ n }] = await ds.query('SELECT count(*)::int AS n FROM contact_points WHERE NOT active');
  return n;
}
