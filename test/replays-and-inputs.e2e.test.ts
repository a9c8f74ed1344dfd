/**
 * Issue 9, holes 1 and 10, end to end through the gateway: an idempotency key
 * belongs to one caller and one operation, and a retry is authorized and
 * audited like the first call; malformed cursors and text PostgreSQL cannot
 * store are BAD_USER_INPUT naming the field, never a 500; and a referral record
 * the caller is no party to answers exactly like one that does not exist.
 */
import { randomUUID } from 'node:crypto';
import { NETWORKS } from '#shared/registry';
import { postGraphQL, type GraphQLResponse } from './support/federation-http';
import { federationForFile } from './support/federation';
import { contactPointToken, createReferral, pendingOutbox, referralInput, waitFor } from './support/referrals';

const fed = federationForFile();

const codes = (res: GraphQLResponse) => (res.errors ?? []).map((e) => e.extensions?.code);
const errorOf = (res: GraphQLResponse) =>
  res.errors?.map((e) => ({ code: e.extensions?.code, field: e.extensions?.field, message: e.message }));

const TABLES = [
  'referrals',
  'referral_events',
  'outbox',
  'idempotency_keys',
  'audit_log',
  'contact_points',
  'authorities',
  'country_profiles',
  'working_groups',
  'events',
  'resources',
];

/** Waits until no delivery is in flight, so that row counts hold still. */
async function settled(): Promise<void> {
  for (const n of NETWORKS)
    await waitFor(async () => (await pendingOutbox(fed, n.key)) === 0, 15_000, `${n.key} outbox empty`);
}

/** Row counts of the tables a write touches, in every network, once deliveries have settled. */
async function rowCounts(): Promise<Record<string, number>> {
  await settled();
  const out: Record<string, number> = {};
  for (const n of NETWORKS) {
    const [row] = await fed.sql<Record<string, string>>(
      n.key,
      `SELECT ${TABLES.map((t) => `(SELECT count(*) FROM ${t}) AS ${t}`).join(', ')}`,
    );
    for (const t of TABLES) out[`${n.key}.${t}`] = Number(row![t]);
  }
  return out;
}

/** A referral from a Cambodian contact point of SEAJust to Nigeria, once WACAP holds its record. */
async function referralToNigeria(overrides: Record<string, unknown> = {}) {
  const origin = await contactPointToken(fed, 'seajust', 'KHM');
  const created = await createReferral(fed, 'seajust', origin.token, 'NGA', overrides);
  const uuid = created.id.split(':')[2]!;
  await waitFor(
    async () =>
      (await fed.sql('wacap', `SELECT 1 FROM referrals WHERE id = $1 AND side = 'DESTINATION'`, [uuid])).length === 1,
    15_000,
    'delivery to WACAP',
  );
  return { origin, created, uuid, inbox: `wacap:rcv:${uuid}` };
}

const ACK = `mutation($id: ID!, $key: String!) { wacap { acknowledgeReferral(id: $id, idempotencyKey: $key) { id status subject summary events { side type } } } }`;
const MESSAGE = `mutation($ns: ID!, $key: String!, $text: String!) { wacap { addReferralMessage(id: $ns, text: $text, idempotencyKey: $key) { id status } } }`;
type Ack = { wacap: { acknowledgeReferral: { id: string; status: string; subject: string } } };

const auditOf = (network: string, objectId: string) =>
  fed.sql<{ action: string; actor_subject: string | null; details: Record<string, unknown> }>(
    network,
    `SELECT action, actor_subject, details FROM audit_log WHERE object_id = $1 ORDER BY id`,
    [objectId],
  );

describe('an idempotency key belongs to one caller and one operation', () => {
  it('gives a CASC contact point replaying the key of a Nigerian acknowledgement nothing: the answer of a fresh key, no data, no audit', async () => {
    const { uuid, inbox } = await referralToNigeria();
    const nga = await contactPointToken(fed, 'wacap', 'NGA');
    const key = randomUUID();
    const first = await fed.gql<Ack>(ACK, { id: inbox, key }, nga.token);
    expect(first.errors).toBeUndefined();
    expect(first.data!.wacap.acknowledgeReferral.status).toBe('ACKNOWLEDGED');
    const before = await rowCounts();

    const kaz = await fed.auth.token({
      subject: 'casc-kaz-replayer',
      roles: ['CONTACT_POINT'],
      network: 'casc',
      country: 'KAZ',
    });
    const replay = await fed.gql<Ack>(ACK, { id: inbox, key }, kaz);
    const fresh = await fed.gql<Ack>(ACK, { id: inbox, key: randomUUID() }, kaz);

    expect(replay.data ?? null).toBeNull();
    expect(JSON.stringify(replay)).not.toContain('shell company');
    expect(errorOf(replay)).toEqual([
      { code: 'NOT_FOUND', field: undefined, message: `No referral record ${inbox} that you may act on.` },
    ]);
    expect(errorOf(fresh)).toEqual(errorOf(replay));
    expect(await rowCounts()).toEqual(before);
    const audit = await auditOf('wacap', inbox);
    expect(audit.map((a) => a.action)).toEqual(['receiveReferral', 'acknowledgedReferral']);
    expect(audit[1]!.actor_subject).toBe(`cp-${nga.id.split(':')[2]}`);
    const events = await fed.sql<{ type: string }>(
      'wacap',
      `SELECT type FROM referral_events WHERE referral_id = $1 AND record_side = 'DESTINATION' ORDER BY at`,
      [uuid],
    );
    expect(events.map((e) => e.type)).toEqual(['CREATED', 'ACKNOWLEDGED']);
  });

  it('returns the first result to the same caller, audits the retry, and changes nothing else', async () => {
    const { inbox } = await referralToNigeria();
    const nga = await contactPointToken(fed, 'wacap', 'NGA');
    const key = randomUUID();
    const first = await fed.gql<Ack>(ACK, { id: inbox, key }, nga.token);
    const before = await rowCounts();
    const again = await fed.gql<Ack>(ACK, { id: inbox, key }, nga.token);
    expect(again.errors).toBeUndefined();
    expect(again.data).toEqual(first.data);
    const after = await rowCounts();
    expect(after).toEqual({ ...before, 'wacap.audit_log': before['wacap.audit_log']! + 1 });
    const audit = await auditOf('wacap', inbox);
    expect(audit.slice(1).map((a) => [a.action, a.details])).toEqual([
      ['acknowledgedReferral', {}],
      ['acknowledgedReferral', { replay: true }],
    ]);
  });

  it('runs the step afresh for another Nigerian contact point with the same key, instead of handing it the stored result', async () => {
    const { inbox } = await referralToNigeria();
    const nga = await contactPointToken(fed, 'wacap', 'NGA');
    const colleague = await contactPointToken(fed, 'wacap', 'NGA', 1);
    const key = randomUUID();
    expect((await fed.gql<Ack>(ACK, { id: inbox, key }, nga.token)).errors).toBeUndefined();
    const before = await rowCounts();
    const theirs = await fed.gql<Ack>(ACK, { id: inbox, key }, colleague.token);
    expect(theirs.errors?.[0]?.extensions).toMatchObject({ code: 'INVALID_TRANSITION', status: 'ACKNOWLEDGED' });
    expect(theirs.data ?? null).toBeNull();
    expect(await rowCounts()).toEqual(before);
  });

  it("refuses the same caller's key with a different input with CONFLICT, and changes nothing", async () => {
    const { inbox } = await referralToNigeria();
    const nga = await contactPointToken(fed, 'wacap', 'NGA');
    const key = randomUUID();
    expect((await fed.gql(MESSAGE, { ns: inbox, key, text: 'First message' }, nga.token)).errors).toBeUndefined();
    const before = await rowCounts();
    const other = await fed.gql(MESSAGE, { ns: inbox, key, text: 'Another message' }, nga.token);
    expect(errorOf(other)).toEqual([expect.objectContaining({ code: 'CONFLICT', field: 'idempotencyKey' })]);
    expect(await rowCounts()).toEqual(before);
    const notes = await fed.sql<{ note: string }>(
      'wacap',
      `SELECT note FROM referral_events WHERE referral_id = $1 AND type = 'MESSAGE'`,
      [inbox.split(':')[2]],
    );
    expect(notes).toEqual([{ note: 'First message' }]);
  });

  it("creates another contact point's own referral under a key someone else used, and refuses a CASC contact point", async () => {
    const first = await contactPointToken(fed, 'seajust', 'KHM');
    const second = await contactPointToken(fed, 'seajust', 'KHM', 1);
    const CREATE = `mutation($input: ReferralInput!, $key: String!) { seajust { createReferral(input: $input, idempotencyKey: $key) { id subject from { id } } } }`;
    type Created = { seajust: { createReferral: { id: string; from: { id: string } } } };
    const key = randomUUID();
    const input = referralInput('NGA');
    const mine = await fed.gql<Created>(CREATE, { input, key }, first.token);
    expect(mine.errors).toBeUndefined();
    const theirs = await fed.gql<Created>(CREATE, { input, key }, second.token);
    expect(theirs.errors).toBeUndefined();
    expect(theirs.data!.seajust.createReferral.id).not.toBe(mine.data!.seajust.createReferral.id);
    expect(theirs.data!.seajust.createReferral.from.id).toBe(second.id);

    const before = await rowCounts();
    const kaz = await contactPointToken(fed, 'casc', 'KAZ');
    const outsider = await fed.gql<Created>(CREATE, { input, key }, kaz.token);
    expect(codes(outsider)).toEqual(['FORBIDDEN']);
    expect(outsider.data ?? null).toBeNull();
    const retry = await fed.gql<Created>(CREATE, { input, key }, first.token);
    expect(retry.data).toEqual(mine.data);
    const changed = await fed.gql<Created>(CREATE, { input: { ...input, urgency: 'ROUTINE' }, key }, first.token);
    expect(codes(changed)).toEqual(['CONFLICT']);
    expect(await rowCounts()).toEqual({ ...before, 'seajust.audit_log': before['seajust.audit_log']! + 1 });
  });

  describe.each([
    [
      'createContactPoint',
      'ContactPointInput!',
      {
        country: 'KHM',
        fullName: 'Replay Demo',
        organization: 'Prosecutor (demo)',
        roles: ['PROSECUTOR'],
        expertise: [],
        languages: ['en'],
        available24x7: false,
      },
      { fullName: 'Replay Demo Two' },
    ],
    [
      'createAuthority',
      'AuthorityInput!',
      {
        country: 'KHM',
        name: 'Replay Authority (demo)',
        kind: 'COURT',
        measures: ['EXTRADITION'],
        languages: ['en'],
        channels: ['DIPLOMATIC'],
      },
      { name: 'Other Authority (demo)' },
    ],
    [
      'upsertCountryProfile',
      'CountryProfileInput!',
      { country: 'BRN', measures: [{ measure: 'VIDEO_HEARING', applicable: 'PARTLY', languages: ['en'] }] },
      { measures: [] },
    ],
    ['createWorkingGroup', 'WorkingGroupInput!', { name: 'Replay WG (demo)' }, { name: 'Other WG (demo)' }],
    [
      'createEvent',
      'NetworkEventInput!',
      { title: 'Replay plenary (demo)', kind: 'PLENARY', startsOn: '2027-03-01', endsOn: '2027-03-02' },
      { endsOn: '2027-03-03' },
    ],
    [
      'createResource',
      'ResourceInput!',
      { title: 'Replay guide (demo)', kind: 'GUIDE', languages: ['en'], url: 'https://example.org/replay' },
      { url: 'https://example.org/other' },
    ],
  ])('the directory write %s', (operation, inputType, input, change) => {
    const upsert = operation === 'upsertCountryProfile';
    const mutation = `mutation($input: ${inputType}, $key: String!${upsert ? ', $version: Int' : ''}) { seajust {
      ${operation}(input: $input, idempotencyKey: $key${upsert ? ', version: $version' : ''}) { id } } }`;
    type Out = { seajust: Record<string, { id: string }> };

    it("is refused to another network's secretariat replaying the key, answered afresh for another SEAJust secretariat, audited on retry, and CONFLICT with other input", async () => {
      const [profile] = await fed.sql<{ version: number }>(
        'seajust',
        `SELECT version FROM country_profiles WHERE country = 'BRN'`,
      );
      const version = profile?.version ?? null;
      const owner = await fed.auth.token({
        subject: `seajust-sec-${operation}`,
        roles: ['SECRETARIAT'],
        network: 'seajust',
        country: 'THA',
      });
      const colleague = await fed.auth.token({
        subject: `seajust-sec-other-${operation}`,
        roles: ['SECRETARIAT'],
        network: 'seajust',
        country: 'THA',
      });
      const key = randomUUID();
      const first = await fed.gql<Out>(mutation, { input, key, version }, owner);
      expect(first.errors).toBeUndefined();
      const id = first.data!.seajust[operation]!.id;
      const before = await rowCounts();

      const wacap = await fed.gql<Out>(
        mutation,
        { input, key, version },
        await fed.auth.tokenAs('SECRETARIAT', 'wacap'),
      );
      expect(codes(wacap)).toEqual(['FORBIDDEN']);
      expect(wacap.data ?? null).toBeNull();
      expect(await rowCounts()).toEqual(before);

      const retry = await fed.gql<Out>(mutation, { input, key, version }, owner);
      expect(retry.data).toEqual(first.data);
      const changed = await fed.gql<Out>(mutation, { input: { ...input, ...change }, key, version }, owner);
      expect(errorOf(changed)).toEqual([expect.objectContaining({ code: 'CONFLICT', field: 'idempotencyKey' })]);
      expect(await rowCounts()).toEqual({ ...before, 'seajust.audit_log': before['seajust.audit_log']! + 1 });
      const audit = await auditOf('seajust', id);
      expect(audit.slice(-2).map((a) => [a.action, a.actor_subject, a.details])).toEqual([
        [operation, `seajust-sec-${operation}`, {}],
        [operation, `seajust-sec-${operation}`, { replay: true }],
      ]);

      // the colleague's request is their own: a new object, or (for the profile, now at a newer version) a CONFLICT on the version
      const theirs = await fed.gql<Out>(mutation, { input, key, version }, colleague);
      if (upsert) expect(codes(theirs)).toEqual(['CONFLICT']);
      else expect(theirs.data!.seajust[operation]!.id).not.toBe(id);
    });
  });
});

describe('inputs that used to give 500s', () => {
  const forged = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const uuid = '00000000-0000-4000-8000-000000000000';

  const REFERRALS = `query($after: String) { network(code: WACAP) { referrals(first: 2, after: $after) { nodes { id } } } }`;
  it.each([
    ['not base64 JSON', '%%%not a cursor'],
    ['JSON null', forged(null)],
    ['a time that is not a time', forged(['yesterday', uuid, 'ORIGIN'])],
    ['a time PostgreSQL cannot hold', forged(['-271821-04-20T00:00:00.000Z', uuid, 'ORIGIN'])],
    ['an id that is not a uuid', forged(['2026-01-01T00:00:00.000Z', 'x', 'ORIGIN'])],
    ['a NUL in the side', forged(['2026-01-01T00:00:00.000Z', uuid, 'ORIGIN\u0000'])],
    ['fields of the wrong type', forged([5, [uuid], {}])],
  ])('refuses a referral cursor with %s as BAD_USER_INPUT on after', async (_label, after) => {
    const token = await fed.auth.tokenAs('SECRETARIAT', 'wacap');
    const res = await fed.gql<{ network: { referrals: unknown } }>(REFERRALS, { after }, token);
    expect(errorOf(res)).toEqual([expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'after' })]);
    expect(res.data!.network.referrals).toBeNull();
  });

  it.each([
    ['contactPoints', forged(['Name\u0000', uuid])],
    ['contactPoints', forged(['Name', '------------------------------------'])],
    ['authorities', forged([5, uuid])],
    ['workingGroups', forged([uuid])],
    ['events', forged(['not a date', uuid])],
    ['events', forged(['2026-02-30', uuid])],
    ['resources', 'garbage'],
  ])('refuses a malformed %s cursor as BAD_USER_INPUT on after', async (connection, after) => {
    const token = await fed.auth.tokenAs('CONTACT_POINT', 'seajust', 'KHM');
    const res = await fed.gql<{ network: Record<string, unknown> }>(
      `query($after: String) { network(code: SEAJUST) { ${connection}(first: 2, after: $after) { totalCount } } }`,
      { after },
      token,
    );
    expect(errorOf(res)).toEqual([expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'after' })]);
    expect(res.data!.network[connection]).toBeNull();
  });

  it.each([['9999999999999999999'], ['9223372036854775808'], ['-1'], ['1e3']])(
    'refuses audit log cursor %s as BAD_USER_INPUT on after',
    async (id) => {
      const after = forged([id]);
      const token = await fed.auth.tokenAs('SECRETARIAT', 'seajust');
      const res = await fed.gql<{ network: { auditLog: unknown } }>(
        `query($after: String) { network(code: SEAJUST) { ... on SeajustNetwork { auditLog(first: 2, after: $after) { totalCount } } } }`,
        { after },
        token,
      );
      expect(errorOf(res)).toEqual([expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'after' })]);
    },
  );

  it('still pages the audit log from the largest cursor a bigint holds', async () => {
    const token = await fed.auth.tokenAs('SECRETARIAT', 'seajust');
    const res = await fed.gql<{ network: { auditLog: { nodes: unknown[] } } }>(
      `query($after: String) { network(code: SEAJUST) { ... on SeajustNetwork { auditLog(first: 2, after: $after) { nodes { action } } } } }`,
      { after: forged(['9223372036854775807']) },
      token,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.network.auditLog.nodes).toHaveLength(2);
  });

  it.each([
    [
      'a referral filter time',
      `query($t: DateTime) { network(code: WACAP) { referrals(filter: { createdFrom: $t }) { totalCount } } }`,
      '-100000-01-01T00:00:00Z',
    ],
    [
      'an audit log time',
      `query($t: DateTime) { network(code: WACAP) { ... on WacapNetwork { auditLog(filter: { to: $t }) { totalCount } } } }`,
      '-100000-01-01T00:00:00Z',
    ],
    [
      'an event filter date',
      `query($t: Date) { network(code: WACAP) { events(filter: { from: $t }) { totalCount } } }`,
      '0000-01-01',
    ],
  ])("refuses %s outside PostgreSQL's calendar as BAD_USER_INPUT naming the variable", async (_label, query, t) => {
    const res = await fed.gql<{ network: unknown }>(query, { t }, await fed.auth.tokenAs('SECRETARIAT', 'wacap'));
    expect(codes(res)).toEqual(['BAD_USER_INPUT']);
    expect(res.errors![0]!.message).toMatch(/\$t/);
    expect(Object.values(res.data!.network as Record<string, unknown>)).toEqual([null]);
  });

  it.each([['action'], ['actorSubject'], ['objectId']])(
    'refuses a NUL in the audit log filter %s as BAD_USER_INPUT naming the field',
    async (field) => {
      const res = await fed.gql(
        `query($f: AuditFilter) { network(code: WACAP) { ... on WacapNetwork { auditLog(filter: $f) { totalCount } } } }`,
        { f: { [field]: 'x\u0000' } },
        await fed.auth.tokenAs('SECRETARIAT', 'wacap'),
      );
      expect(errorOf(res)).toEqual([expect.objectContaining({ code: 'BAD_USER_INPUT', field: `filter.${field}` })]);
    },
  );

  describe('a lone UTF-16 surrogate ("\\ud800" in the JSON variables)', () => {
    const LONE = 'Bank records \ud800 of a shell company';

    it.each([
      ['subject', { subject: LONE }, 'subject'],
      ['summary', { summary: LONE }, 'summary'],
      ['a formal reference', { formalReferences: ['MLA/\udc00'] }, 'formalReferences'],
    ])(
      "in a new referral's %s is BAD_USER_INPUT naming the field, and nothing is written or queued",
      async (_label, overrides, field) => {
        const cp = await contactPointToken(fed, 'seajust', 'KHM');
        const before = await rowCounts();
        const res = await fed.gql(
          `mutation($input: ReferralInput!, $key: String!) { seajust { createReferral(input: $input, idempotencyKey: $key) { id } } }`,
          {
            input: referralInput('NGA', overrides),
            key: randomUUID(),
          },
          cp.token,
        );
        expect(errorOf(res)).toEqual([expect.objectContaining({ code: 'BAD_USER_INPUT', field })]);
        expect(await rowCounts()).toEqual(before);
      },
    );

    it.each([
      ['a message', 'addReferralMessage(id: $id, text: $t', 'text'],
      ['a completion note', 'completeReferral(id: $id, note: $t', 'note'],
      ['a decline reason', 'declineReferral(id: $id, reason: $t', 'reason'],
    ])('in %s is BAD_USER_INPUT naming the field, and nothing is written or queued', async (_label, call, field) => {
      const { inbox } = await referralToNigeria();
      const nga = await contactPointToken(fed, 'wacap', 'NGA');
      const before = await rowCounts();
      const res = await fed.gql(
        `mutation($id: ID!, $t: String!, $key: String!) { wacap { ${call}, idempotencyKey: $key) { id } } }`,
        { id: inbox, t: LONE, key: randomUUID() },
        nga.token,
      );
      expect(errorOf(res)).toEqual([expect.objectContaining({ code: 'BAD_USER_INPUT', field })]);
      expect(await rowCounts()).toEqual(before);
    });

    it('in a withdrawal reason is BAD_USER_INPUT naming the field', async () => {
      const { origin, created } = await referralToNigeria();
      const before = await rowCounts();
      const res = await fed.gql(
        `mutation($id: ID!, $t: String!, $key: String!) { seajust { withdrawReferral(id: $id, reason: $t, idempotencyKey: $key) { id } } }`,
        { id: created.id, t: LONE, key: randomUUID() },
        origin.token,
      );
      expect(errorOf(res)).toEqual([expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'reason' })]);
      expect(await rowCounts()).toEqual(before);
    });

    it.each([
      [
        'createContactPoint',
        'ContactPointInput!',
        {
          country: 'KHM',
          fullName: 'Sokha \ud800',
          organization: 'Demo',
          roles: ['PROSECUTOR'],
          expertise: [],
          languages: ['en'],
          available24x7: false,
        },
        'fullName',
      ],
      [
        'createAuthority',
        'AuthorityInput!',
        {
          country: 'KHM',
          name: 'Court (demo)',
          kind: 'COURT',
          measures: [],
          languages: ['en'],
          channels: ['POST'],
          address: '\udfff Street',
        },
        'address',
      ],
      ['createWorkingGroup', 'WorkingGroupInput!', { name: 'WG', description: 'about \ud83d' }, 'description'],
      [
        'createEvent',
        'NetworkEventInput!',
        { title: 'Plenary', kind: 'PLENARY', startsOn: '2027-01-01', endsOn: '2027-01-01', place: 'Phnom \ud800Penh' },
        'place',
      ],
      [
        'createResource',
        'ResourceInput!',
        { title: 'Guide \ud800', kind: 'GUIDE', languages: ['en'], url: 'https://example.org/g' },
        'title',
      ],
    ])(
      'in %s is BAD_USER_INPUT naming the field, and nothing is written',
      async (operation, inputType, input, field) => {
        const token = await fed.auth.tokenAs('SECRETARIAT', 'seajust');
        const before = await rowCounts();
        const res = await fed.gql(
          `mutation($input: ${inputType}, $key: String!) { seajust { ${operation}(input: $input, idempotencyKey: $key) { id } } }`,
          { input, key: randomUUID() },
          token,
        );
        expect(errorOf(res)).toEqual([expect.objectContaining({ code: 'BAD_USER_INPUT', field })]);
        expect(await rowCounts()).toEqual(before);
      },
    );

    it('in a search or an idempotency key is BAD_USER_INPUT too', async () => {
      const token = await fed.auth.tokenAs('SECRETARIAT', 'seajust');
      const search = await fed.gql(
        `query($s: String!) { network(code: SEAJUST) { resources(filter: { search: $s }) { totalCount } } }`,
        { s: '\ud800' },
        token,
      );
      expect(errorOf(search)).toEqual([expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'search' })]);
      const before = await rowCounts();
      const keyed = await fed.gql(
        `mutation($key: String!) { seajust { createWorkingGroup(input: { name: "Keyed WG" }, idempotencyKey: $key) { id } } }`,
        { key: `key-\ud800-${randomUUID()}` },
        token,
      );
      expect(errorOf(keyed)).toEqual([expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'idempotencyKey' })]);
      expect(await rowCounts()).toEqual(before);
    });

    it('is kept whole when it is a real pair (an emoji is text like any other)', async () => {
      const cp = await contactPointToken(fed, 'seajust', 'KHM');
      const created = await createReferral(fed, 'seajust', cp.token, 'NGA', {
        subject: 'Ledger 📒 of a shell company',
      });
      const [row] = await fed.sql<{ payload: { subject: string } }>(
        'seajust',
        `SELECT payload FROM outbox WHERE referral_id = $1`,
        [created.id.split(':')[2]],
      );
      expect(row!.payload.subject).toBe('Ledger 📒 of a shell company');
    });
  });
});

describe('no existence oracle for referral records', () => {
  const missing = (id: string) => id.replace(/[0-9a-f-]{36}$/, randomUUID());
  const normalised = (res: GraphQLResponse, id: string) => JSON.parse(JSON.stringify(res).split(id).join('<id>'));

  it.each([
    ['a CASC contact point', async () => (await contactPointToken(fed, 'casc', 'KAZ')).token],
    ['a SEAJust contact point of another country', async () => (await contactPointToken(fed, 'seajust', 'THA')).token],
    ['a GLJC secretariat', () => fed.auth.tokenAs('SECRETARIAT', 'gljc')],
  ])(
    'answers %s acting on an existing record exactly as on a missing one, naming no country',
    async (_label, tokenOf) => {
      const { created, inbox } = await referralToNigeria();
      const token = await tokenOf();
      const before = await rowCounts();
      for (const [ns, id, mutation] of [
        ['wacap', inbox, 'acknowledgeReferral(id: $id'],
        ['seajust', created.id, 'withdrawReferral(id: $id, reason: "x"'],
      ] as const) {
        const query = `mutation($id: ID!, $key: String!) { ${ns} { ${mutation}, idempotencyKey: $key) { id } } }`;
        const existing = await fed.gql(query, { id, key: randomUUID() }, token);
        const absent = missing(id);
        const none = await fed.gql(query, { id: absent, key: randomUUID() }, token);
        expect(codes(existing)).toEqual(['NOT_FOUND']);
        expect(normalised(existing, id)).toEqual(normalised(none, absent));
        expect(JSON.stringify(existing)).not.toMatch(/KHM|NGA|Cambodia|Nigeria/);
      }
      expect(await rowCounts()).toEqual(before);
    },
  );

  it('still tells a party without the right to take a step that it is FORBIDDEN', async () => {
    const { origin, inbox } = await referralToNigeria();
    const res = await fed.gql(ACK, { id: inbox, key: randomUUID() }, origin.token);
    expect(codes(res)).toEqual(['FORBIDDEN']);
  });

  it('answers node, nodes and _entities for a record the caller is no party to exactly as for a missing one', async () => {
    const { created, inbox } = await referralToNigeria();
    const kaz = await contactPointToken(fed, 'casc', 'KAZ');
    for (const id of [created.id, inbox]) {
      const absent = missing(id);
      const NODE = `query($id: ID!) { node(id: $id) { id ... on Referral { subject } } }`;
      const existing = await fed.gql(NODE, { id }, kaz.token);
      const none = await fed.gql(NODE, { id: absent }, kaz.token);
      expect(normalised(existing, id)).toEqual(normalised(none, absent));
      expect(existing.data).toEqual({ node: null });
      expect(codes(existing)).toEqual(['NOT_FOUND']);
      const both = await fed.gql<{ nodes: unknown[] }>(
        `query($ids: [ID!]!) { nodes(ids: $ids) { id ... on Referral { subject } } }`,
        { ids: [id, absent] },
        kaz.token,
      );
      expect(both.data!.nodes).toEqual([null, null]);
      const network = id.split(':')[0]!;
      const typename = `${NETWORKS.find((n) => n.key === network)!.typePrefix}Referral`;
      const ENTITIES = `query($r: [_Any!]!) { _entities(representations: $r) { ... on ${typename} { subject } } }`;
      const direct = async (ref: string) =>
        postGraphQL(
          fed.subgraphUrls[network]!,
          ENTITIES,
          { r: [{ __typename: typename, id: ref }] },
          fed.auth.subgraphHeaders(network, kaz.token),
        );
      const [e, m] = [await direct(id), await direct(absent)];
      expect(normalised(e, id)).toEqual(normalised(m, absent));
      expect(JSON.stringify(e)).not.toContain('shell company');
    }
  });
});
