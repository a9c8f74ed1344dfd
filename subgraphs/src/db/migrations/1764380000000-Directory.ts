import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The network directory: contact points, authorities, country profiles, working groups, events, resources. */
export class Directory1764380000000 implements MigrationInterface {
  name = 'Directory1764380000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE contact_points (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        country char(3) NOT NULL,
        full_name text NOT NULL,
        title text,
        organization text NOT NULL,
        roles text[] NOT NULL,
        expertise text[] NOT NULL,
        languages text[] NOT NULL,
        available_24x7 boolean NOT NULL,
        email text,
        phone text,
        national_correspondent boolean NOT NULL DEFAULT false,
        tool_correspondent boolean NOT NULL DEFAULT false,
        appointed_on date,
        term_ends_on date,
        active boolean NOT NULL DEFAULT true,
        successor_id uuid REFERENCES contact_points(id),
        last_reviewed_at timestamptz,
        is_demo boolean NOT NULL DEFAULT false,
        version integer NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT contact_points_successor_not_self CHECK (successor_id <> id)
      )`);
    await q.query(`CREATE INDEX contact_points_country_name ON contact_points (country, full_name, id)`);
    await q.query(`CREATE INDEX contact_points_name ON contact_points (full_name, id)`);
    await q.query(`CREATE INDEX contact_points_expertise ON contact_points USING gin (expertise)`);
    await q.query(`CREATE INDEX contact_points_roles ON contact_points USING gin (roles)`);
    await q.query(`CREATE INDEX contact_points_successor ON contact_points (successor_id)`);

    await q.query(`
      CREATE TABLE authorities (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        country char(3) NOT NULL,
        name text NOT NULL,
        kind text NOT NULL,
        measures text[] NOT NULL,
        languages text[] NOT NULL,
        channels text[] NOT NULL,
        address text,
        email text,
        phone text,
        website text,
        urgent_contact text,
        version integer NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX authorities_country_name ON authorities (country, name, id)`);
    await q.query(`CREATE INDEX authorities_name ON authorities (name, id)`);
    await q.query(`CREATE INDEX authorities_measures ON authorities USING gin (measures)`);

    await q.query(`
      CREATE TABLE country_profiles (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        country char(3) NOT NULL UNIQUE,
        last_reviewed_at timestamptz,
        version integer NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE measure_profiles (
        profile_id uuid NOT NULL REFERENCES country_profiles(id) ON DELETE CASCADE,
        measure text NOT NULL,
        applicable text NOT NULL,
        competent_authority_id uuid REFERENCES authorities(id),
        legal_basis text,
        languages text[] NOT NULL,
        dual_criminality_required boolean,
        requirements text[] NOT NULL DEFAULT '{}',
        notes text,
        last_reviewed_at timestamptz,
        PRIMARY KEY (profile_id, measure)
      )`);
    await q.query(`CREATE INDEX measure_profiles_authority ON measure_profiles (competent_authority_id)`);

    await q.query(`
      CREATE TABLE working_groups (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL,
        topic text,
        description text,
        member_ids uuid[] NOT NULL DEFAULT '{}',
        version integer NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE events (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        title text NOT NULL,
        kind text NOT NULL,
        starts_on date NOT NULL,
        ends_on date NOT NULL,
        place text,
        country char(3),
        participant_ids uuid[] NOT NULL DEFAULT '{}',
        version integer NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT events_dates CHECK (ends_on >= starts_on)
      )`);
    await q.query(`CREATE INDEX events_starts_on ON events (starts_on, id)`);
    await q.query(`
      CREATE TABLE resources (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        title text NOT NULL,
        kind text NOT NULL,
        languages text[] NOT NULL,
        topics text[] NOT NULL DEFAULT '{}',
        url text NOT NULL,
        published_on date,
        version integer NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE idempotency_keys (
        key text PRIMARY KEY,
        operation text NOT NULL,
        request_hash text NOT NULL,
        result_id uuid NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'idempotency_keys',
      'resources',
      'events',
      'working_groups',
      'measure_profiles',
      'country_profiles',
      'authorities',
      'contact_points',
    ]) {
      await q.query(`DROP TABLE ${table}`);
    }
  }
}
