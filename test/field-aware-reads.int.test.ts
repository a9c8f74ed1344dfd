/**
 * Field-aware reads (subgraphs/src/core/selection.ts) and the lazy COUNT
 * (core/paging.ts), seen in the SQL each subgraph sends: a small selection
 * reads only its columns, a page is counted only when totalCount is asked, and
 * every field still resolves as the row holds it, also when one request loads
 * the same row for two different selections.
 */
import { encodeId } from '#shared/ids';
import { NETWORKS } from '#shared/registry';
import { staffSeed } from './support/contact-points';
import { seedDemo, startInProcessFederation } from './support/in-process';

let fed: Awaited<ReturnType<typeof startInProcessFederation>>;
let member: string;
const wacap = NETWORKS.find((n) => n.key === 'wacap')!;

beforeAll(async () => {
  fed = await startInProcessFederation({ seed: staffSeed(12) });
  member = await fed.auth.tokenAs('CONTACT_POINT', 'wacap', 'NGA');
}, 120_000);

afterAll(async () => {
  await fed?.close();
});

/** Runs the query and returns its answer with the SQL the WACAP subgraph sent for it. */
async function withSql<T>(query: string, variables: Record<string, unknown> = {}): Promise<{ data: T; sql: string[] }> {
  const counter = fed.networks.get('wacap')!.counter;
  const before = counter.count;
  const res = await fed.gql<T>(query, variables, member);
  expect(res.errors).toBeUndefined();
  return { data: res.data!, sql: counter.recent.slice(counter.recent.length - (counter.count - before)) };
}

/** The columns a SELECT of contact_points names. */
const selectedColumns = (sql: string): string[] =>
  [
    ...new Set(
      [...sql.slice(0, sql.indexOf(' FROM ')).matchAll(/"cp"\."(\w+)"|"x"\."(\w+)"/g)].map((m) => m[1] ?? m[2]!),
    ),
  ].sort();

const contactPointSelects = (sql: string[]) =>
  sql.filter((s) => /FROM "contact_points"/.test(s) && !/COUNT\(/i.test(s));
const counts = (sql: string[]) => sql.filter((s) => /COUNT\(/i.test(s));

const wacapOf = <T extends { code: string }>(networks: T[]) => networks.find((n) => n.code === wacap.code)!;

describe('field-aware reads', () => {
  it('reads only the id, the version and the asked column for a page of names, and counts nothing', async () => {
    const { data, sql } = await withSql<{
      networks: { code: string; contactPoints: { nodes: { fullName: string }[] } }[];
    }>(`{ networks { code contactPoints(first: 5) { nodes { fullName } } } }`);
    expect(wacapOf(data.networks).contactPoints.nodes).toHaveLength(5);
    const selects = contactPointSelects(sql);
    expect(selects).toHaveLength(1);
    expect(selectedColumns(selects[0]!)).toEqual(['full_name', 'id', 'version']);
    expect(counts(sql)).toEqual([]);
  });

  it('counts the list in the page statement itself when totalCount is asked: one statement, the number of active rows', async () => {
    const { data, sql } = await withSql<{
      networks: { code: string; contactPoints: { totalCount: number; nodes: unknown[] } }[];
    }>(`{ networks { code contactPoints(first: 2) { totalCount nodes { id } } } }`);
    const [{ n }] = await fed.networks
      .get('wacap')!
      .env.ds.query(`SELECT count(*)::int AS n FROM contact_points WHERE active`);
    expect(n).toBeGreaterThan(2);
    expect(wacapOf(data.networks).contactPoints.totalCount).toBe(n);
    expect(sql).toHaveLength(1);
    expect(counts(sql)).toHaveLength(1);
    expect(selectedColumns(sql[0]!)).toEqual(['full_name', 'id', 'version']);
  });

  type Listed = {
    network: {
      contactPoints: {
        totalCount: number;
        nodes: { id: string }[];
        pageInfo: { endCursor: string | null; hasNextPage: boolean };
      };
    };
  };
  const LIST = `query($filter: ContactPointFilter, $after: String, $first: Int) { network(code: WACAP) { contactPoints(filter: $filter, first: $first, after: $after) {
    ... on ContactPointConnection { totalCount } nodes { id } pageInfo { endCursor hasNextPage } } } }`;

  it('gives the whole list count on every page, asked through a fragment, with one statement a page', async () => {
    const ds = fed.networks.get('wacap')!.env.ds;
    const [{ n }] = await ds.query(
      `SELECT count(*)::int AS n FROM contact_points WHERE active AND 'CENTRAL_AUTHORITY_OFFICER' = ANY(roles)`,
    );
    expect(n).toBeGreaterThan(3); // more than one page of 3
    let after: string | null = null;
    const seen: string[] = [];
    for (;;) {
      const res: { data: Listed; sql: string[] } = await withSql<Listed>(LIST, {
        filter: { roles: ['CENTRAL_AUTHORITY_OFFICER'] },
        first: 3,
        after,
      });
      const page: Listed['network']['contactPoints'] = res.data.network.contactPoints;
      const sql = res.sql;
      expect(page.totalCount).toBe(n);
      seen.push(...page.nodes.map((x) => x.id));
      expect(sql).toHaveLength(1);
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(n);
  });

  it('counts on its own only for an empty page after a cursor, and says 0 for an empty list without a second statement', async () => {
    const last = await withSql<Listed>(LIST, { filter: { country: 'NGA' }, first: 100 });
    const { n } = (
      await fed.networks
        .get('wacap')!
        .env.ds.query(`SELECT count(*)::int AS n FROM contact_points WHERE active AND country = 'NGA'`)
    )[0];
    const beyond = await withSql<Listed>(LIST, {
      filter: { country: 'NGA' },
      first: 5,
      after: last.data.network.contactPoints.pageInfo.endCursor,
    });
    expect(beyond.data.network.contactPoints).toMatchObject({ totalCount: n, nodes: [] });
    expect(beyond.sql).toHaveLength(2);
    const none = await withSql<Listed>(LIST, { filter: { search: 'nobody-is-called-this' }, first: 5 });
    expect(none.data.network.contactPoints).toMatchObject({ totalCount: 0, nodes: [] });
    expect(none.sql).toHaveLength(1);
  });

  it('resolves every field of a contact point as its row holds it', async () => {
    const { data } = await withSql<{
      networks: { code: string; contactPoints: { nodes: Record<string, unknown>[] } }[];
    }>(
      `{ networks { code contactPoints(first: 50) { nodes { id fullName title organization roles expertise languages available24x7 email phone active
        nationalCorrespondent toolCorrespondent appointedOn termEndsOn lastReviewedAt version country { code } network { code } predecessor { fullName } successor { id } } } } }`,
    );
    const ds = fed.networks.get('wacap')!.env.ds;
    const rows: Record<string, unknown>[] = await ds.query(
      `SELECT cp.*, p.full_name AS predecessor FROM contact_points cp LEFT JOIN contact_points p ON p.successor_id = cp.id WHERE cp.active ORDER BY cp.full_name, cp.id`,
    );
    const nodes = wacapOf(data.networks).contactPoints.nodes;
    expect(nodes).toHaveLength(rows.length);
    nodes.forEach((node, i) => {
      const row = rows[i]!;
      expect(node).toEqual({
        id: encodeId(wacap, 'cp', String(row.id)),
        fullName: row.full_name,
        title: row.title,
        organization: row.organization,
        roles: row.roles,
        expertise: row.expertise,
        languages: row.languages,
        available24x7: row.available_24x7,
        email: row.email,
        phone: row.phone,
        active: true,
        nationalCorrespondent: row.national_correspondent,
        toolCorrespondent: row.tool_correspondent,
        appointedOn: row.appointed_on,
        termEndsOn: row.term_ends_on,
        lastReviewedAt: row.last_reviewed_at,
        version: row.version,
        country: { code: row.country },
        network: { code: wacap.code },
        predecessor: row.predecessor ? { fullName: row.predecessor } : null,
        successor: null,
      });
    });
  });

  it('loads a row again for a second selection in the same request instead of answering from the first', async () => {
    const ds = fed.networks.get('wacap')!.env.ds;
    const [former]: { id: string; successor_id: string }[] = await ds.query(
      `SELECT id, successor_id FROM contact_points WHERE successor_id IS NOT NULL LIMIT 1`,
    );
    const [successor]: { full_name: string; email: string; organization: string }[] = await ds.query(
      `SELECT full_name, email, organization FROM contact_points WHERE id = $1`,
      [former!.successor_id],
    );
    // Both rows come in one _entities batch reading names; the successor is then read again for its e-mail and organization.
    const { data, sql } = await withSql<{
      nodes: { fullName: string; successor: { email: string; organization: string } | null }[];
    }>(
      `query($ids: [ID!]!) { nodes(ids: $ids) { ... on ContactPoint { fullName successor { email organization } } } }`,
      { ids: [encodeId(wacap, 'cp', former!.id), encodeId(wacap, 'cp', former!.successor_id)] },
    );
    expect(data.nodes[1]).toEqual({ fullName: successor!.full_name, successor: null });
    expect(data.nodes[0]!.successor).toEqual({ email: successor!.email, organization: successor!.organization });
    expect(contactPointSelects(sql).map(selectedColumns)).toEqual([
      ['full_name', 'id', 'successor_id', 'version'],
      ['email', 'id', 'organization', 'version'],
    ]);
  });
});

describe('field-aware reads of the lists under an object', () => {
  it("reads a predecessor's asked columns, with the key it is found by", async () => {
    const ds = fed.networks.get('wacap')!.env.ds;
    const [former]: { id: string; successor_id: string; full_name: string }[] = await ds.query(
      `SELECT id, successor_id, full_name FROM contact_points WHERE successor_id IS NOT NULL LIMIT 1`,
    );
    const { data, sql } = await withSql<{ node: { predecessor: { fullName: string } | null } }>(
      `query($id: ID!) { node(id: $id) { ... on ContactPoint { predecessor { fullName } } } }`,
      {
        id: encodeId(wacap, 'cp', former!.successor_id),
      },
    );
    expect(data.node.predecessor).toEqual({ fullName: former!.full_name });
    const byKey = sql.filter((s) => /"successor_id" IN/.test(s));
    expect(byKey).toHaveLength(1);
    expect(selectedColumns(byKey[0]!)).toEqual(['full_name', 'id', 'successor_id', 'version']);
  });
});

describe('field-aware reads of referrals', () => {
  let demo: Awaited<ReturnType<typeof startInProcessFederation>>;
  const seajust = NETWORKS.find((n) => n.key === 'seajust')!;
  beforeAll(async () => {
    demo = await startInProcessFederation({
      seed: seedDemo,
    });
  }, 180_000);
  afterAll(async () => {
    await demo?.close();
  });

  const sqlOf = async <T>(query: string, variables: Record<string, unknown>, token: string) => {
    const counter = demo.networks.get('seajust')!.counter;
    const before = counter.count;
    const res = await demo.gql<T>(query, variables, token);
    return {
      res,
      sql: counter.recent
        .slice(counter.recent.length - (counter.count - before))
        .filter((s) => /FROM "referrals"/.test(s)),
    };
  };
  const referralColumns = (sql: string) =>
    [...new Set([...sql.slice(0, sql.indexOf(' FROM ')).matchAll(/"r"\."(\w+)"/g)].map((m) => m[1]!))].sort();
  // What every read of a record selects: its key and version, and every column the parties rule reads.
  const ALWAYS = [
    'assigned_to',
    'destination_country',
    'destination_network',
    'from_cp',
    'id',
    'origin_country',
    'origin_network',
    'side',
    'to_cp',
    'version',
  ];

  it('reads the parties columns with a one-field selection, so the parties rule still decides: a party sees the record, anyone else NOT_FOUND', async () => {
    const [row]: { id: string; reference: string; destination_network: string }[] = await demo.networks
      .get('seajust')!
      .env.ds.query(
        `SELECT id, reference, destination_network FROM referrals WHERE side = 'ORIGIN' AND origin_country = 'KHM' LIMIT 1`,
      );
    const id = encodeId(seajust, 'ref', row!.id);
    const QUERY = `query($id: ID!) { node(id: $id) { ... on Referral { reference } } }`;
    const party = await sqlOf<{ node: { reference: string } }>(
      QUERY,
      { id },
      await demo.auth.tokenAs('CONTACT_POINT', 'seajust', 'KHM'),
    );
    expect(party.res.errors).toBeUndefined();
    expect(party.res.data!.node).toEqual({ reference: row!.reference });
    expect(party.sql.map(referralColumns)).toEqual([[...ALWAYS, 'reference'].sort()]);

    const outsider = NETWORKS.find((n) => n.key !== 'seajust' && n.key !== row!.destination_network)!;
    const other = await sqlOf<{ node: unknown }>(QUERY, { id }, await demo.auth.tokenAs('SECRETARIAT', outsider.key));
    expect(other.res.data?.node ?? null).toBeNull();
    expect(other.res.errors?.map((e) => e.extensions?.code)).toEqual(['NOT_FOUND']);
  });

  it("reads a country profile's measures and a referral's events in the asked columns only, and answers as the rows hold them", async () => {
    const ds = demo.networks.get('seajust')!.env.ds;
    const counter = demo.networks.get('seajust')!.counter;
    const token = await demo.auth.tokenAs('SECRETARIAT', 'seajust');
    const [profile]: { country: string }[] = await ds.query(
      `SELECT p.country FROM country_profiles p WHERE EXISTS (SELECT 1 FROM measure_profiles m WHERE m.profile_id = p.id) LIMIT 1`,
    );
    const before = counter.count;
    const measures = await demo.gql<{
      network: { countryProfile: { measures: { measure: string; applicable: string }[] } };
    }>(
      `query($c: String!) { network(code: SEAJUST) { countryProfile(country: $c) { measures { measure applicable } } } }`,
      { c: profile!.country },
      token,
    );
    expect(measures.errors).toBeUndefined();
    const measureSql = counter.recent
      .slice(counter.recent.length - (counter.count - before))
      .filter((s) => /FROM "measure_profiles"/.test(s));
    expect(measureSql).toHaveLength(1);
    expect(
      [
        ...new Set(
          [...measureSql[0]!.slice(0, measureSql[0]!.indexOf(' FROM ')).matchAll(/"m"\."(\w+)"/g)].map((m) => m[1]),
        ),
      ].sort(),
    ).toEqual(['applicable', 'measure', 'profile_id']);
    const stored: { measure: string; applicable: string }[] = await ds.query(
      `SELECT m.measure, m.applicable FROM measure_profiles m JOIN country_profiles p ON p.id = m.profile_id WHERE p.country = $1 ORDER BY m.measure`,
      [profile!.country],
    );
    expect(measures.data!.network.countryProfile.measures).toEqual(stored);

    const { res, sql } = await sqlOf<{
      network: { referrals: { nodes: { id: string; events: { sequence: number; type: string }[] }[] } };
    }>(`{ network(code: SEAJUST) { referrals(first: 3) { nodes { id events { sequence type } } } } }`, {}, token);
    expect(res.errors).toBeUndefined();
    const eventSql = counter.recent.filter((s) => /FROM "referral_events"/.test(s)).slice(-1);
    expect(
      [
        ...new Set(
          [...eventSql[0]!.slice(0, eventSql[0]!.indexOf(' FROM ')).matchAll(/"e"\."(\w+)"/g)].map((m) => m[1]),
        ),
      ].sort(),
    ).toEqual(['at', 'author_side', 'record_side', 'referral_id', 'seq', 'type']);
    expect(sql).toHaveLength(1); // the page of referrals; its events are one more statement, on referral_events
    for (const node of res.data!.network.referrals.nodes) {
      const [, kind, uuid] = node.id.split(':');
      const rows: { seq: number; type: string }[] = await ds.query(
        `SELECT seq, type FROM referral_events WHERE referral_id = $1 AND record_side = $2`,
        [uuid, kind === 'ref' ? 'ORIGIN' : 'DESTINATION'],
      );
      expect(rows.length).toBeGreaterThan(0);
      expect(node.events.map((e) => `${e.sequence}:${e.type}`).sort()).toEqual(
        rows.map((r) => `${r.seq}:${r.type}`).sort(),
      );
    }
  });

  it('counts only the referrals the caller may list: the count in the page statement is under the parties rule too', async () => {
    type Listed = {
      network: {
        referrals: {
          totalCount: number;
          nodes: { id: string }[];
          pageInfo: { hasNextPage: boolean; endCursor: string | null };
        };
      };
    };
    const QUERY = `query($after: String) { network(code: SEAJUST) { referrals(first: 100, after: $after) { totalCount nodes { id } pageInfo { hasNextPage endCursor } } } }`;
    const walk = async (token: string) => {
      const seen: string[] = [];
      const totals: number[] = [];
      let after: string | null = null;
      for (;;) {
        const res: { data?: Listed | null; errors?: unknown[] } = await demo.gql<Listed>(QUERY, { after }, token);
        expect(res.errors).toBeUndefined();
        const page: Listed['network']['referrals'] = res.data!.network.referrals;
        totals.push(page.totalCount);
        seen.push(...page.nodes.map((n) => n.id));
        if (!page.pageInfo.hasNextPage) return { seen, totals };
        after = page.pageInfo.endCursor;
      }
    };
    const party = await walk(await demo.auth.tokenAs('CONTACT_POINT', 'seajust', 'KHM'));
    const secretariat = await walk(await demo.auth.tokenAs('SECRETARIAT', 'seajust'));
    expect(party.seen.length).toBeGreaterThan(0);
    expect(party.seen.length).toBeLessThan(secretariat.seen.length);
    for (const walked of [party, secretariat]) expect(new Set(walked.totals)).toEqual(new Set([walked.seen.length]));
  });

  it('lists a page of references with the order columns and no COUNT', async () => {
    const { res, sql } = await sqlOf<{ network: { referrals: { nodes: { reference: string }[] } } }>(
      `{ network(code: SEAJUST) { referrals(first: 5) { nodes { reference } } } }`,
      {},
      await demo.auth.tokenAs('SECRETARIAT', 'seajust'),
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.network.referrals.nodes).toHaveLength(5);
    expect(sql).toHaveLength(1);
    expect(sql[0]).not.toMatch(/COUNT\(/i);
    expect(referralColumns(sql[0]!)).toEqual([...ALWAYS, 'created_at', 'reference'].sort());
  });
});
