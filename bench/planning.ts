/**
 * Planning time of the worst query the gateway's limits admit (`npx tsx bench/planning.ts` prints the section;
 * `npm run bench -- --only planning` writes it into BENCHMARKS.md). Candidates of the shapes that are expensive to
 * plan (entity jumps nested and side by side, with wide selections under each) are checked against the default
 * limits exactly as the gateway checks them (its validation rules, the parser's token limit, limits/cost.ts); each
 * admitted one is planned with the gateway's planner configuration, and the slowest is timed again, in this thread
 * and through the planning thread (execution/planner.ts) as the gateway plans a new operation. The counterpart
 * chains the limits refuse are planned too, for comparison.
 */
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { operationFromDocument, Supergraph } from '@apollo/federation-internals';
import { QueryPlanner } from '@apollo/query-planner';
import {
  buildASTSchema,
  getOperationAST,
  Kind,
  parse,
  specifiedRules,
  validate,
  type FragmentDefinitionNode,
} from 'graphql';
import { SUPERGRAPH_PATH } from '../gateway/src/supergraph/names';
import { gatewayConfig } from '../gateway/src/config';
import { operationSignature, QUERY_PLANNER_CONFIG, QueryPlanning } from '../gateway/src/execution/planner';
import { operationArmor } from '../gateway/src/limits/armor';
import { measureRequest, refusal, registryCostModel } from '../gateway/src/limits/cost';
import { NETWORKS } from '#shared/registry';
import { counterpartChain } from '../test/support/planning-bombs';

export const PLANNING_HEADING = '## 9. Planning time of the worst query the limits admit';

const RUNS = 5;

const CONTACT_POINT = `id fullName title organization roles expertise languages available24x7 email phone active lastReviewedAt country { code name } network { code name } successor { id fullName } predecessor { id fullName }`;
const NETWORK = `code name fullName memberCountries { code name }`;
const FACTS = `id reference side status subject summary kind measures crimeAreas urgency createdAt originCountry { code name } destinationCountry { code name } delivery { state pending }`;
/** A referral's facts with every entity jump beside them (6), and `counterpart` (1 more) with `inner` inside. */
const referral = (inner?: string) =>
  `${FACTS} from { ${CONTACT_POINT} } to { ${CONTACT_POINT} } assignedTo { ${CONTACT_POINT} } originNetwork { ${NETWORK} } destinationNetwork { ${NETWORK} } events { sequence type at note assignedTo { ${CONTACT_POINT} } }${inner === undefined ? '' : ` counterpart { ${inner} }`}`;

/** Candidates for the worst admitted query, by name. */
function candidates(): [string, string][] {
  return [
    ["counterpart chain 2 deep (the issue's shape at the deepest admitted)", counterpartChain(2)],
    [
      'node: a referral, every jump, its counterpart with every jump',
      `query($id: ID!) { node(id: $id) { ... on Referral { ${referral(referral())} } } }`,
    ],
    [
      'the same, and a second node with every jump',
      `query($id: ID!) { node(id: $id) { ... on Referral { ${referral(referral())} } } b: node(id: $id) { ... on Referral { ${referral()} } } }`,
    ],
    [
      "networks: every network's referrals (first: 20), each with every jump and its counterpart's",
      `{ networks { referrals(first: 20) { nodes { ${referral(referral())} } } } }`,
    ],
    [
      "nodes: two ids, each a referral with every jump and its counterpart's",
      `query($ids: [ID!]!) { nodes(ids: $ids) { ... on Referral { ${referral(referral())} } } }`,
    ],
    [
      'three nodes side by side, each with every jump',
      `query($id: ID!) { ${['a', 'b', 'c'].map((a) => `${a}: node(id: $id) { ... on Referral { ${referral()} } }`).join(' ')} }`,
    ],
  ];
}

const VARIABLES = {
  id: 'seajust:ref:00000000-0000-4000-8000-000000000000',
  ids: ['seajust:ref:00000000-0000-4000-8000-000000000000', 'wacap:rcv:00000000-0000-4000-8000-000000000000'],
};

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const ms = (value: number) => (value >= 100 ? value.toFixed(0) : value.toFixed(1));

export async function benchPlanning(): Promise<string[]> {
  const sdl = readFileSync(SUPERGRAPH_PATH, 'utf8');
  const schema = buildASTSchema(parse(sdl), { assumeValidSDL: true });
  const config = gatewayConfig(NETWORKS, {
    JWT_ISSUER: 'https://issuer.example',
    JWT_AUDIENCE: 'jcn-hub',
    JWT_PUBLIC_KEY: '-----BEGIN PUBLIC KEY-----\nMFkw\n-----END PUBLIC KEY-----',
    GATEWAY_SIGNING_KEY: '-----BEGIN PRIVATE KEY-----\nMIGH\n-----END PRIVATE KEY-----',
    ...Object.fromEntries(NETWORKS.map((n) => [`SUBGRAPH_SECRET_${n.code}`, 'x'.repeat(40)])),
  });
  const rules = [...specifiedRules, ...operationArmor(config).validationRules];
  const model = registryCostModel(NETWORKS);
  const supergraph = Supergraph.build(sdl, { validateSupergraph: false });
  const planner = new QueryPlanner(supergraph, QUERY_PLANNER_CONFIG);
  const planMs = (query: string) => {
    const started = performance.now();
    planner.buildQueryPlan(operationFromDocument(supergraph.apiSchema(), parse(query), {}));
    return performance.now() - started;
  };
  /** Why the gateway refuses `query`, or undefined when it admits it; and the entity jumps counted. */
  const admission = (query: string) => {
    let document;
    try {
      document = parse(query, { maxTokens: config.limits.maxTokens });
    } catch (err) {
      return { refused: (err as Error).message, jumps: 0 };
    }
    const invalid = validate(schema, document, rules);
    if (invalid.length) return { refused: invalid[0]!.message, jumps: 0 };
    const measured = measureRequest(schema, document, getOperationAST(document)!, VARIABLES, model, config.limits)!;
    return {
      refused: refusal(measured, config.limits)?.extensions.code as string | undefined,
      jumps: measured.entityJumps,
    };
  };
  // The planner's first plans are slow while V8 compiles it: warm it up first.
  for (const [, query] of candidates()) planMs(query);

  const rows: { name: string; bytes: number; jumps: number; refused?: string; ms?: number }[] = [];
  for (const [name, query] of candidates()) {
    const { refused, jumps } = admission(query);
    rows.push({
      name,
      bytes: Buffer.byteLength(query),
      jumps,
      refused,
      ms: refused ? undefined : median(Array.from({ length: RUNS }, () => planMs(query))),
    });
  }
  const admitted = rows.filter((r) => r.ms !== undefined);
  const worst = admitted.reduce((a, b) => (b.ms! > a.ms! ? b : a));
  const worstQuery = candidates().find(([name]) => name === worst.name)![1];

  // As the gateway plans a new operation: in the planning thread, its answer copied back.
  const planning = new QueryPlanning({ timeoutMs: config.planning.timeoutMs, log: () => undefined });
  planning.update(sdl);
  const document = parse(worstQuery);
  const fragments = document.definitions.filter(
    (d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION,
  );
  const signature = operationSignature(getOperationAST(document)!, fragments);
  const threaded: number[] = [];
  let threadRefused: string | undefined;
  // The thread's first plans are slow too (V8 compiles the planner there again): the same warm-up, then the timed runs.
  for (let run = 0; run < candidates().length + 2 * RUNS && !threadRefused; run++) {
    const started = performance.now();
    await planning.plan(worstQuery, undefined, signature).catch((err: Error) => (threadRefused = err.message));
    if (run >= candidates().length + RUNS) threaded.push(performance.now() - started);
  }
  await planning.close();

  const chains = [3, 4, 5].map((depth) => ({
    depth,
    ...admission(counterpartChain(depth)),
    ms: planMs(counterpartChain(depth)),
  }));
  const refusedMs = (() => {
    const started = performance.now();
    for (let i = 0; i < 100; i++) admission(counterpartChain(8));
    return (performance.now() - started) / 100;
  })();

  return [
    PLANNING_HEADING,
    '',
    `Measured by \`npm run bench -- --only planning\` (\`bench/planning.ts\`). Candidates of the shapes that are expensive to plan (entity jumps nested and side by side, wide selections under each) are checked against the default limits as the gateway checks them: its validation rules (depth ${config.limits.maxDepth}, aliases ${config.limits.maxAliases}), the parser's ${config.limits.maxTokens} tokens, and \`limits/cost.ts\` (cost ${config.limits.maxCost}, entity jumps ${config.limits.maxEntityJumpNesting} on one path and ${config.limits.maxEntityJumps} in all). Each admitted one is planned with the gateway's planner configuration after a warm-up, median of ${RUNS}. Load average when it finished: ${loadavg()[0]!.toFixed(1)} on ${cpus().length} cores${loadavg()[0]! > cpus().length ? ' (other work shared the machine: the times are upper bounds)' : ''}.`,
    '',
    '| query | bytes | entity jumps | limits | planning ms |',
    '| --- | --- | --- | --- | --- |',
    ...rows.map(
      (r) =>
        `| ${r.name} | ${r.bytes} | ${r.jumps} | ${r.refused ?? 'admitted'} | ${r.ms === undefined ? '' : r === worst ? `**${ms(r.ms)}**` : ms(r.ms)} |`,
    ),
    '',
    `The slowest admitted candidate: **${ms(worst.ms!)} ms** in the gateway's thread; through the planning thread, as the gateway plans a new operation (its answer copied back), after the same warm-up: ${
      threadRefused
        ? `refused (${threadRefused})`
        : `median ${ms(median(threaded))} ms, max ${ms(Math.max(...threaded))} ms`
    }, against the default deadline of ${config.planning.timeoutMs} ms (\`PLANNING_TIMEOUT_MS\`). A plan is made once per operation text and kept; a new planning thread (after a deadline) plans its first operations several times slower while V8 compiles the planner.`,
    '',
    `For comparison, the counterpart chain of issue 20 at depths the limits refuse (they admit it 2 deep), planned once each: ${chains.map((c) => `${c.depth} deep ${ms(c.ms)} ms`).join(', ')} to plan, growing about threefold a level; the refusal (${chains[0]!.refused}) takes ${(refusedMs * 1000).toFixed(0)} µs.`,
    '',
  ];
}

if (require.main === module) {
  void benchPlanning().then((lines) => console.log(lines.join('\n')));
}
