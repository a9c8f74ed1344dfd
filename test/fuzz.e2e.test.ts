/**
 * Schema-driven fuzzing against the real federation (issue 9): random queries
 * and mutations generated from the composed supergraph, with ordinary and
 * hostile variables, sent by every role. No answer may be a 5xx, an internal
 * error or a network that "did not answer" (all are up), and no answer may
 * hold anything outside the caller's view. Seeded: every run sends the same operations.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema } from 'graphql';
import type { Replica } from '../scripts/lib/processes';
import type { Role } from '#shared/caller';
import { findNetwork, NETWORKS } from '#shared/registry';
import { startTestFederation, type TestFederation } from './support/federation';
import { DAMAGES, hostileDamage, objectsOf, OperationGenerator, othersChanged, type DamageKind } from './support/fuzz';
import { startHostileSubgraph, type HostileSubgraph } from './support/hostile-subgraph';

let fed: TestFederation;

beforeAll(async () => {
  fed = await startTestFederation();
}, 180_000);

afterAll(async () => {
  await fed?.close();
});

interface FuzzCaller {
  label: string;
  role?: Role;
  network?: string;
  country?: string;
}

const CALLERS: FuzzCaller[] = [
  { label: 'anonymous' },
  { label: 'a contact point of WACAP in Nigeria', role: 'CONTACT_POINT', network: 'wacap', country: 'NGA' },
  { label: 'the SEAJust secretariat', role: 'SECRETARIAT', network: 'seajust' },
  { label: 'an analyst', role: 'ANALYST' },
  { label: 'a hub admin', role: 'HUB_ADMIN' },
  { label: "CASC's delivery service", role: 'SERVICE', network: 'casc' },
];

const OPERATIONS_PER_CALLER = 200;
const REFERRAL_STEPS = /^(create|acknowledge|assign|start|complete|decline|withdraw)Referral$|^addReferralMessage$/;

const has = (c: FuzzCaller, ...roles: Role[]) => c.role !== undefined && roles.includes(c.role);
const networkOfType = (typeName: string) => NETWORKS.find((n) => typeName.startsWith(n.typePrefix))?.key;
const code = (v: unknown) => (v && typeof v === 'object' ? (v as { code?: string }).code : undefined);

/** What in an answer the caller may not see or do (the role table of docs/security.md, as checks). */
export function violations(
  caller: FuzzCaller,
  data: Record<string, unknown> | null | undefined,
  mutation: boolean,
): string[] {
  const found: string[] = [];
  // An object with nothing but its type name tells only what the id the caller sent already said.
  for (const o of objectsOf(data).filter((x) => Object.entries(x).some(([k, v]) => k !== '__typename' && v !== null))) {
    const t = o.__typename as string;
    if (t.endsWith('ContactPoint')) {
      if (!has(caller, 'CONTACT_POINT', 'SECRETARIAT', 'HUB_ADMIN', 'SERVICE')) found.push(`${t} shown`);
      if ((o.email ?? o.phone ?? null) !== null && !has(caller, 'CONTACT_POINT', 'SECRETARIAT'))
        found.push(`${t} contact details shown`);
    }
    if (/Referral$|^ReferralEvent$|^ReferralDelivery$/.test(t) && !has(caller, 'CONTACT_POINT', 'SECRETARIAT'))
      found.push(`${t} shown`);
    if ('zzOriginNetwork' in o) {
      const networks = [code(o.zzOriginNetwork)?.toLowerCase(), code(o.zzDestinationNetwork)?.toLowerCase()];
      const party = has(caller, 'SECRETARIAT')
        ? networks.includes(caller.network)
        : (networks[0] === caller.network && code(o.zzOriginCountry) === caller.country) ||
          (networks[1] === caller.network && code(o.zzDestinationCountry) === caller.country);
      if (!party) found.push(`${t} of another party shown (${networks.join('→')})`);
    }
    if (t.endsWith('AuditEntry') && !(has(caller, 'SECRETARIAT') && caller.network === networkOfType(t)))
      found.push(`${t} shown`);
    if (t === 'NetworkStatistics' && !has(caller, 'ANALYST', 'SECRETARIAT', 'HUB_ADMIN')) found.push(`${t} shown`);
  }
  if (mutation && data) {
    for (const [namespace, result] of Object.entries(data)) {
      if (namespace === '__typename') continue;
      for (const [field, value] of Object.entries((result ?? {}) as Record<string, unknown>)) {
        if (field === '__typename' || value === null) continue;
        const allowed = field.startsWith('receive')
          ? has(caller, 'SERVICE')
          : REFERRAL_STEPS.test(field)
            ? has(caller, 'CONTACT_POINT', 'SECRETARIAT')
            : has(caller, 'SECRETARIAT') && caller.network === namespace;
        if (!allowed) found.push(`mutation ${namespace}.${field} succeeded`);
      }
    }
  }
  return found;
}

const servedSchema = () =>
  buildSchema(readFileSync(join(__dirname, '..', 'gateway', 'supergraph.graphql'), 'utf8'), { assumeValidSDL: true });

/** Ids that exist in every network's database: contact points, authorities, referrals. */
async function existingIds(): Promise<string[]> {
  const ids: string[] = [];
  for (const n of NETWORKS) {
    for (const { id } of await fed.sql<{ id: string }>(n.key, `SELECT id FROM contact_points ORDER BY id LIMIT 3`))
      ids.push(`${n.key}:cp:${id}`);
    for (const { id } of await fed.sql<{ id: string }>(n.key, `SELECT id FROM authorities ORDER BY id LIMIT 2`))
      ids.push(`${n.key}:auth:${id}`);
    for (const r of await fed.sql<{ id: string; side: string }>(
      n.key,
      `SELECT id, side FROM referrals ORDER BY id LIMIT 4`,
    )) {
      ids.push(`${n.key}:${r.side === 'ORIGIN' ? 'ref' : 'rcv'}:${r.id}`);
    }
  }
  return ids;
}

it.each(CALLERS)(
  'gives $label no 5xx, no internal error and nothing outside its view',
  async (caller) => {
    const schema = servedSchema();
    const ids = await existingIds();
    const token = caller.role ? await fed.auth.tokenAs(caller.role, caller.network, caller.country) : undefined;
    const generator = new OperationGenerator(schema, { ids }, CALLERS.indexOf(caller) + 1);
    const problems: string[] = [];
    const outcomes = { answered: 0, refused: 0 };
    for (let i = 0; i < OPERATIONS_PER_CALLER; i++) {
      const mutation = i % 4 === 3;
      const op = generator.next(mutation);
      const res = await fed.gql(op.query, op.variables, token);
      // Every network is up here, so a network that "did not answer" answered with an error status.
      const internal = (res.errors ?? []).filter(
        (e) => e.extensions?.code === 'INTERNAL_SERVER_ERROR' || e.extensions?.code === 'NETWORK_UNAVAILABLE',
      );
      if (res.status >= 500 || internal.length)
        problems.push(
          `HTTP ${res.status} ${JSON.stringify(internal)}\n  ${op.query}\n  ${JSON.stringify(op.variables).slice(0, 500)}`,
        );
      for (const v of violations(caller, res.data, mutation)) problems.push(`${v}\n  ${op.query}`);
      if (res.data) outcomes.answered++;
      else outcomes.refused++;
    }
    expect(problems).toEqual([]);
    // The generator must reach the resolvers, not only the validation rules.
    expect(outcomes.answered).toBeGreaterThan(OPERATIONS_PER_CALLER / 4);
  },
  180_000,
);

/**
 * Hostile mode: WACAP's subgraph behind a server that damages its answers at random (wrong types, other networks'
 * type names, ids and codes, fields nobody asked for, `__proto__` keys, odd errors and statuses, bodies that are not
 * JSON, endless or dripped), seen through a second gateway process. Each query goes to the honest gateway and to
 * that one: everything outside WACAP's part must be the same, with no 5xx, and the gateway must live on in bounded memory.
 */
describe('with a hostile network', () => {
  const HOSTILE = findNetwork(NETWORKS, 'wacap')!;
  const OTHERS = NETWORKS.filter((n) => n !== HOSTILE);
  /** Operations whose answer needs the hostile network, and the most operations generated to find them. */
  const REACHING = 4 * DAMAGES.length;
  const MAX_OPERATIONS = 600;
  /** Bytes of gateway memory the run may end with: the Kubernetes limit is 768 Mi. */
  const MAX_RSS = 700 * 1024 * 1024;
  let hostile: HostileSubgraph;
  let gateway: Replica;

  beforeAll(async () => {
    hostile = await startHostileSubgraph(fed.subgraphUrls[HOSTILE.key]!);
    gateway = await fed.startGatewayReplica(
      { [HOSTILE.key]: hostile.url },
      { SUBGRAPH_TIMEOUT_MS: '1500', SUBGRAPH_MAX_RESPONSE_BYTES: '1000000' },
    );
  }, 120_000);

  afterAll(async () => {
    await gateway?.stop();
    await hostile?.close();
  });

  it("costs only that network's part of any answer", async () => {
    // Mostly its ids, so that lookups reach it; the others' for answers that mix networks.
    const ids = await existingIds();
    const pools = {
      ids: [...ids.filter((id) => id.startsWith(`${HOSTILE.key}:`)), ...ids.slice(0, 6)],
      favour: HOSTILE.typePrefix,
    };
    const generator = new OperationGenerator(servedSchema(), pools, 97);
    const token = await fed.auth.tokenAs('CONTACT_POINT', 'casc', 'KAZ');
    const problems: string[] = [];
    const kinds = new Map<DamageKind, number>();
    let reached = 0;
    for (let i = 0; i < MAX_OPERATIONS && reached < REACHING; i++) {
      const op = generator.next(false);
      hostile.damage = undefined;
      const honest = await fed.gql(op.query, op.variables, token);
      // Each kind of damage in turn, to the operations that reach the hostile network.
      const kind = DAMAGES[reached % DAMAGES.length]!;
      hostile.damage = hostileDamage(kind, HOSTILE, OTHERS, i + 1);
      const forwarded = hostile.counts.forwarded;
      const res = await fetch(gateway.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify(op),
      });
      const text = await res.text();
      if (hostile.counts.forwarded > forwarded) {
        reached++;
        kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
      }
      const where = `(${kind}) ${op.query}\n  ${JSON.stringify(op.variables).slice(0, 300)}`;
      let body: { data?: unknown; errors?: { extensions?: Record<string, unknown> }[] };
      try {
        body = JSON.parse(text) as typeof body;
      } catch {
        problems.push(`HTTP ${res.status}, not JSON: ${text.slice(0, 200)}\n  ${where}`);
        continue;
      }
      if (res.status >= 500 || res.status !== honest.status)
        problems.push(`HTTP ${res.status} (honest: ${honest.status})\n  ${where}`);
      // The hostile network's own errors (internal ones included) name it; any other is the gateway's or another network's.
      const wrong = (body.errors ?? []).filter(
        (e) =>
          (e.extensions?.code === 'INTERNAL_SERVER_ERROR' || e.extensions?.code === 'NETWORK_UNAVAILABLE') &&
          e.extensions.network !== HOSTILE.code,
      );
      if (wrong.length) problems.push(`${JSON.stringify(wrong).slice(0, 500)}\n  ${where}`);
      // What it made up may show in its own part, never in another network's objects.
      const forged = objectsOf(body.data).filter(
        (o) =>
          !String(o.__typename).startsWith(HOSTILE.typePrefix) &&
          NETWORKS.some((n) => String(o.__typename).startsWith(n.typePrefix)) &&
          Object.values(o).some((v) => typeof v === 'string' && /attacker@evil|Forged/.test(v)),
      );
      if (forged.length || text.includes('polluted'))
        problems.push(`damage shown: ${JSON.stringify(forged).slice(0, 300)} ${text.slice(0, 200)}\n  ${where}`);
      for (const change of othersChanged(honest.data, body.data, HOSTILE.typePrefix))
        problems.push(`${change}\n  ${where}`);
    }
    hostile.damage = undefined;
    expect(problems).toEqual([]);
    // The run reached the hostile network often enough, with every kind of damage, and the gateway is alive,
    // answering, in bounded memory.
    expect(reached).toBe(REACHING);
    expect(DAMAGES.filter((d) => !kinds.has(d))).toEqual([]);
    expect((await fetch(gateway.url.replace(/graphql$/, 'health'))).ok).toBe(true);
    const rss = Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${gateway.pid}/status`, 'utf8'))![1]) * 1024;
    expect(rss).toBeLessThan(MAX_RSS);
  }, 240_000);
});

describe('the view checks themselves', () => {
  const cp = { label: 'cp', role: 'CONTACT_POINT' as Role, network: 'wacap', country: 'NGA' };
  it('flag contact details shown to an analyst, an audit entry of another network, and a referral of other parties', () => {
    expect(
      violations({ label: 'a', role: 'ANALYST' }, { x: [{ __typename: 'SeajustContactPoint', email: 'a@b' }] }, false),
    ).toEqual(['SeajustContactPoint shown', 'SeajustContactPoint contact details shown']);
    expect(
      violations(
        { label: 's', role: 'SECRETARIAT', network: 'wacap' },
        { a: { __typename: 'SeajustAuditEntry', action: 'readContactDetails' } },
        false,
      ),
    ).toEqual(['SeajustAuditEntry shown']);
    const referral = {
      __typename: 'SeajustReferral',
      zzOriginNetwork: { code: 'SEAJUST' },
      zzDestinationNetwork: { code: 'CASC' },
      zzOriginCountry: { code: 'KHM' },
      zzDestinationCountry: { code: 'KAZ' },
    };
    expect(violations(cp, { r: referral }, false)).toEqual(['SeajustReferral of another party shown (seajust→casc)']);
    expect(
      violations(
        cp,
        { r: { ...referral, zzDestinationNetwork: { code: 'WACAP' }, zzDestinationCountry: { code: 'NGA' } } },
        false,
      ),
    ).toEqual([]);
    expect(
      violations(
        { label: 'anon' },
        { node: { __typename: 'SeajustReferral' }, other: { __typename: 'CascReferral', subject: null } },
        false,
      ),
    ).toEqual([]);
    expect(
      violations(
        { label: 'anon' },
        {
          __typename: 'Mutation',
          seajust: {
            __typename: 'SeajustMutations',
            createResource: { __typename: 'SeajustResource', id: 'seajust:res:1' },
          },
        },
        true,
      ),
    ).toEqual(['mutation seajust.createResource succeeded']);
  });
});
