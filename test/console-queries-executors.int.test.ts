/**
 * Every query the web console sends (its generated documents), asked of two
 * gateways over the same demo data: one running plans with the gateway's own
 * executor, one with Apollo Gateway's (GATEWAY_EXECUTION=apollo). As the
 * console's users (a contact point, a secretariat officer, an analyst, a
 * visitor), each must get the same data and the same errors. A console query
 * with a required variable this file has no value for fails the test, so a
 * new page cannot skip the comparison. The console's mutations (one copy per
 * network, without directives) run on the own executor too.
 */
import { randomUUID } from 'node:crypto';
import { Kind, print, type DocumentNode, type OperationDefinitionNode } from 'graphql';
import * as documents from '../console/src/__generated__/graphql';
import { networkDocuments } from '../console/src/ui/__generated__/network-documents';
import { encodeId, type NodeKind } from '#shared/ids';
import { findNetwork, NETWORKS } from '#shared/registry';
import { compareExecutors, type FoundError } from './support/executors';
import { seedDemo, startInProcessFederation } from './support/in-process';

let fed: Awaited<ReturnType<typeof startInProcessFederation>>;
let apollo: Awaited<ReturnType<typeof fed.extraGateway>>;
const tokens: Record<string, string | undefined> = { visitor: undefined };
const ids: Record<string, string> = {};
const seajust = findNetwork(NETWORKS, 'seajust')!;

const queries = Object.entries(documents as Record<string, unknown>)
  .filter(([name, value]) => name.endsWith('Document') && (value as DocumentNode).kind === Kind.DOCUMENT)
  .map(([name, value]) => ({ name: name.slice(0, -'Document'.length), document: value as DocumentNode }))
  .filter(({ document }) =>
    document.definitions.some((d) => d.kind === Kind.OPERATION_DEFINITION && d.operation === 'query'),
  );

beforeAll(async () => {
  fed = await startInProcessFederation({ seed: seedDemo });
  apollo = await fed.extraGateway({ GATEWAY_EXECUTION: 'apollo' });
  tokens.member = await fed.auth.tokenAs('CONTACT_POINT', 'seajust', 'KHM');
  tokens.secretariat = await fed.auth.tokenAs('SECRETARIAT', 'seajust', 'THA');
  tokens.analyst = await fed.auth.tokenAs('ANALYST');
  const ds = fed.networks.get('seajust')!.env.ds;
  const first = async (table: string, kind: NodeKind) => {
    const [row] = (await ds.query(`SELECT id FROM ${table} ORDER BY id LIMIT 1`)) as { id: string }[];
    return encodeId(seajust, kind, row?.id ?? '00000000-0000-4000-8000-000000000000');
  };
  ids.cp = await first('contact_points', 'cp');
  ids.auth = await first('authorities', 'auth');
  ids.event = await first('events', 'event');
  ids.wg = await first('working_groups', 'wg');
  ids.res = await first('resources', 'res');
  const listed = await fed.gql<{ network: { referrals: { nodes: { id: string }[] } } }>(
    `{ network(code: SEAJUST) { referrals(first: 1) { nodes { id } } } }`,
    {},
    tokens.secretariat,
  );
  ids.referral = listed.data!.network.referrals.nodes[0]!.id;
}, 180_000);

afterAll(async () => {
  await fed?.close();
});

/** The id an operation's `$id` stands for, by the page that sends it. */
const idFor: Record<string, keyof typeof ids> = {
  ReferralDetail: 'referral',
  DeskNetworkEvent: 'event',
  DeskContactPoint: 'cp',
  ContactPointDetail: 'cp',
  DeskAuthority: 'auth',
  DeskWorkingGroup: 'wg',
  DeskResource: 'res',
};

function variablesFor(name: string, operation: OperationDefinitionNode): Record<string, unknown> {
  const values: Record<string, () => unknown> = {
    code: () => 'SEAJUST',
    network: () => 'SEAJUST',
    codes: () => ['SEAJUST', 'CASC'],
    country: () => 'KHM',
    filter: () => ({}),
    authorities: () => ({}),
    contactPoints: () => ({ roles: ['PROSECUTOR'] }),
    events: () => ({}),
    first: () => 10,
    search: () => 'a',
    id: () => ids[idFor[name] ?? 'cp'],
    ids: () => [ids.cp, ids.auth, ids.referral, ids.event],
    contactPoint: () => ids.cp,
    reviewedBefore: () => '2030-01-01T00:00:00Z',
    termEndsBefore: () => '2030-01-01',
    from: () => '2025-01-01T00:00:00Z',
    to: () => '2026-01-01T00:00:00Z',
  };
  const variables: Record<string, unknown> = {};
  for (const definition of operation.variableDefinitions ?? []) {
    const variable = definition.variable.name.value;
    const value = values[variable];
    if (value) variables[variable] = value();
    else if (definition.type.kind === Kind.NON_NULL_TYPE)
      throw new Error(`${name}: no value for the required variable $${variable}; add one above`);
  }
  return variables;
}

describe("the console's queries give the same answers from both executors", () => {
  it('finds the console queries', () => {
    expect(queries.length).toBeGreaterThan(20);
  });

  it.each(queries.map((q) => [q.name, q.document] as const))('%s', async (name, document) => {
    const operation = document.definitions.find(
      (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
    )!;
    const query = print(document);
    const variables = variablesFor(name, operation);
    const same = compareExecutors(fed, apollo);
    let answered = 0;
    for (const who of ['member', 'secretariat', 'analyst', 'visitor']) {
      const { answer, ownExecutor } = await same(query, variables, tokens[who], who);
      // The comparison means something only if the own executor answered (the console sends no directives).
      if (answer.status === 200) expect(ownExecutor).toBe(true);
      if (answer.status === 200 && answer.data !== 'null' && answer.data !== undefined) answered++;
    }
    expect(answered).toBeGreaterThan(0);
  });
});

/** The console's network documents (one copy per network), by the operation name of a network's copy. */
const networkCopies = (name: string): Record<string, DocumentNode> => {
  const copies = Object.values(networkDocuments) as Record<string, DocumentNode>[];
  const found = copies.find((c) =>
    c.seajust!.definitions.some((d) => d.kind === Kind.OPERATION_DEFINITION && d.name?.value === `Seajust${name}`),
  );
  if (!found) throw new Error(`no network document ${name}`);
  return found;
};

describe("the console's mutations run on the gateway's own executor", () => {
  const authority = (key: string) => ({
    key,
    input: {
      country: 'THA',
      name: `Executor test authority ${key}`,
      kind: 'CENTRAL_AUTHORITY',
      languages: ['th'],
      channels: ['CENTRAL_AUTHORITY'],
      measures: [],
    },
  });

  it("a secretariat's create, through its own network's copy: the same authority from both executors", async () => {
    const same = compareExecutors(fed, apollo);
    const query = print(networkCopies('DeskCreateAuthority').seajust!);
    // The same idempotency key on both gateways: the second gets the authority the first created.
    const { answer, ownExecutor } = await same(query, authority(randomUUID()), tokens.secretariat, 'secretariat');
    expect(ownExecutor).toBe(true);
    expect(answer.errors).toEqual([]);
    expect(JSON.parse(answer.data)).toEqual({
      network: { createAuthority: { id: expect.stringMatching(/^seajust:auth:/) } },
    });
  });

  it("another network's copy is refused with FORBIDDEN, by either executor, and writes nothing", async () => {
    const same = compareExecutors(fed, apollo);
    const query = print(networkCopies('DeskCreateAuthority').casc!);
    const variables = authority(randomUUID());
    const { answer, ownExecutor } = await same(query, variables, tokens.secretariat, 'secretariat');
    expect(ownExecutor).toBe(true);
    expect(answer.errors.map((e) => (JSON.parse(e) as FoundError).extensions?.code)).toEqual(['FORBIDDEN']);
    const rows = (await fed.networks
      .get('casc')!
      .env.ds.query(`SELECT id FROM authorities WHERE name = $1`, [variables.input.name])) as unknown[];
    expect(rows).toEqual([]);
  });
});
