/**
 * `npm run restored -- <network>` (`node dist/start.js restored <network>` in the image): run once
 * after restoring the network's database from a backup, before its subgraph serves again, with the
 * subgraph's own environment. The others hold the references this network handed out after the
 * dump; its delivery service asks each of them (through the gateway, with its own SERVICE token)
 * for the highest it holds, and each year's counter resumes after them, so no new referral takes a
 * reference the others already know.
 */
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import type { DataSource } from 'typeorm';
import { z } from 'zod';
import { signServiceToken } from '#shared/auth/sign';
import { runMain, StartupError } from '#shared/config';
import { findNetwork, NETWORKS, type NetworkDefinition, type Registry } from '#shared/registry';
import { subgraphConfig } from './config';
import { openDatabase } from './db/open';
import { releaseLeases } from './outbox/repository';
import {
  REFERENCE_NUMBER_MAX,
  referenceCounters,
  referenceSeries,
  resumeReferenceNumbers,
} from './referrals/repository';
import { ServiceCallError, ServiceClient } from './service-client';

type Series = { year: number; last: number };

/**
 * How far past what the restored database knows a network's claim may move a year's counter without
 * the operator's word: more referrals than a network sends between a dump and its restore in months.
 * A claim beyond it is shown and applied only when accepted (`--accept-jump`, or yes at the prompt).
 */
export const UNCONFIRMED_JUMP_MAX = 1_000;

/** The first year a reference can carry: no network of the hub numbered referrals before. */
const FIRST_YEAR = 2000;

/** What one network says it holds: the last of the restored network's references in one year's series. */
export interface Claim {
  network: NetworkDefinition;
  year: number;
  last: number;
  /** The reference itself, <CODE>-<year>-<6 digits>, as the operator names it to accept a jump. */
  reference: string;
  /** The highest number of that year the restored database knows (its counter, or its own references). */
  known: number;
}

const seriesSchema = z.array(z.object({ year: z.number().int(), last: z.number().int() }).strict());

/**
 * Refuses an answer no honest network can give: references are <CODE>-<year>-<6 digits>, numbered
 * from 1 in each year up to this one, so a series names each year once, from 2000 to now, with a
 * last number of 1 to 999999.
 */
function plausibleSeries(
  answer: unknown,
  network: NetworkDefinition,
  other: NetworkDefinition,
  thisYear: number,
): Series[] {
  const parsed = seriesSchema.safeParse(answer);
  const why = !parsed.success
    ? 'not a list of years and numbers'
    : parsed.data.find((s) => s.year < FIRST_YEAR || s.year > thisYear)
      ? `a year outside ${FIRST_YEAR}-${thisYear}`
      : parsed.data.find((s) => s.last < 1 || s.last > REFERENCE_NUMBER_MAX)
        ? `a number outside 1-${REFERENCE_NUMBER_MAX}, which no reference carries`
        : new Set(parsed.data.map((s) => s.year)).size !== parsed.data.length
          ? 'a year twice'
          : null;
  if (why !== null || !parsed.success) {
    throw new StartupError(
      `${other.name} answered with references of ${network.name} that cannot exist (${why}); nothing changed. Ask ${other.name}'s secretariat to check its records, then run this again.`,
    );
  }
  return parsed.data;
}

/** The highest of `network`'s references `other` holds, per year, asked through the gateway. */
async function askNetwork(
  gateway: ServiceClient,
  network: NetworkDefinition,
  other: NetworkDefinition,
  thisYear: number,
): Promise<Series[]> {
  const query = `query($origin: NetworkCode!) { network(code: ${other.code}) { ... on ${other.typePrefix}Network { receivedReferences(origin: $origin) { year last } } } }`;
  const { status, body } = await gateway.call(query, { origin: network.code }, 15_000).catch((err: Error) => {
    if (err instanceof ServiceCallError && err.reason === 'unreachable') {
      throw new StartupError(
        `The gateway at ${gateway.gatewayUrl} is unreachable (${err.detail}); it and ${other.name} must answer before ${network.name} serves again.`,
      );
    }
    throw err instanceof ServiceCallError ? new Error(err.detail) : err;
  });
  const data = body.data as { network?: { receivedReferences?: unknown } | null } | null | undefined;
  const series = data?.network?.receivedReferences;
  if (!series) {
    throw new StartupError(
      `${other.name} did not say which references of ${network.name} it holds (${body.errors?.[0]?.message ?? `HTTP ${status}`}); run this again when it answers.`,
    );
  }
  return plausibleSeries(series, network, other, thisYear);
}

/** How the operator names an accepted jump: `<network key>=<reference>`, e.g. `wacap=CASC-2026-004100`. */
export const jumpAcceptance = (claim: Claim): string => `${claim.network.key}=${claim.reference}`;

/**
 * Asks every other network, shows what each claims, then moves each year's counter after the
 * highest reference any of them holds; returns what changed. A claim more than UNCONFIRMED_JUMP_MAX
 * past what this database knows needs the operator's word (`accept`, or `confirm`), or nothing
 * changes. A counter out of the six-digit range is set back to the highest reference known.
 */
export async function resumeReferences(options: {
  ds: DataSource;
  network: NetworkDefinition;
  registry: Registry;
  gatewayUrl: string;
  serviceToken: () => Promise<string>;
  /** Jumps the operator accepted, as jumpAcceptance writes them. */
  accept?: readonly string[];
  /** Asks the operator about a jump not accepted in advance (at a terminal); refused without it. */
  confirm?: (claim: Claim) => Promise<boolean>;
  /** Where each network's claims are shown. */
  log?: (line: string) => void;
}): Promise<{ year: number; before: number; last: number }[]> {
  const { ds, network, registry, gatewayUrl } = options;
  const log = options.log ?? (() => undefined);
  const thisYear = new Date().getUTCFullYear();
  const gateway = new ServiceClient({ gatewayUrl, serviceToken: options.serviceToken });
  const answers: [NetworkDefinition, Series[]][] = [];
  for (const other of registry.filter((n) => n.key !== network.key))
    answers.push([other, await askNetwork(gateway, network, other, thisYear)]);

  const counters = new Map((await referenceCounters(ds.manager)).map((c) => [c.year, c.last]));
  const own = new Map((await referenceSeries(ds.manager, 'ORIGIN', network)).map((s) => [s.year, s.last]));
  const inRange = (n: number | undefined) => (n !== undefined && n <= REFERENCE_NUMBER_MAX ? n : 0);
  const known = (year: number) => Math.max(inRange(counters.get(year)), own.get(year) ?? 0);
  const reference = (year: number, n: number) => `${network.code}-${year}-${String(n).padStart(6, '0')}`;

  const claims: Claim[] = [];
  for (const [other, series] of answers) {
    if (!series.length) log(`${other.code} holds no reference of ${network.code}`);
    for (const s of series) {
      const claim = { network: other, ...s, reference: reference(s.year, s.last), known: known(s.year) };
      claims.push(claim);
      log(
        `${other.code} holds ${claim.reference} as the last of ${network.code}-${s.year} (this database knows up to ${claim.known})`,
      );
    }
  }
  const accepted = new Set((options.accept ?? []).map((a) => a.trim().toLowerCase()));
  const refused: Claim[] = [];
  for (const claim of claims.filter((c) => c.last - c.known > UNCONFIRMED_JUMP_MAX)) {
    if (accepted.has(jumpAcceptance(claim).toLowerCase())) continue;
    if (!(await options.confirm?.(claim))) refused.push(claim);
  }
  if (refused.length) {
    throw new StartupError(
      [
        `Nothing changed: ${refused.length === 1 ? 'a network claims' : 'networks claim'} references far beyond the ${UNCONFIRMED_JUMP_MAX} this database could have missed:`,
        ...refused.map(
          (c) => `  ${c.network.name} holds ${c.reference}, ${c.last - c.known} after this database's ${c.known}`,
        ),
        `Check with ${refused.length === 1 ? 'its' : 'their'} secretariat that ${network.name} sent ${refused.length === 1 ? 'that referral' : 'those referrals'}; to accept, run this again with ${refused.map((c) => `--accept-jump ${jumpAcceptance(c)}`).join(' ')}.`,
      ].join('\n'),
    );
  }

  const targets = new Map<number, number>();
  for (const c of claims) targets.set(c.year, Math.max(c.last, targets.get(c.year) ?? 0));
  // A counter beyond six digits numbers no reference: back to the highest any network (this one included) holds.
  for (const [year, last] of counters)
    if (last > REFERENCE_NUMBER_MAX) targets.set(year, Math.max(targets.get(year) ?? 0, own.get(year) ?? 0));
  return ds.transaction(async (em) => {
    const changed: { year: number; before: number; last: number }[] = [];
    for (const [year, last] of [...targets].sort(([a], [b]) => a - b)) {
      const before = await resumeReferenceNumbers(em, year, last);
      if (last > before || before > REFERENCE_NUMBER_MAX) changed.push({ year, before, last });
    }
    return changed;
  });
}

/** Asks at the terminal whether to accept a claim beyond UNCONFIRMED_JUMP_MAX. */
async function askOperator(claim: Claim): Promise<boolean> {
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  try {
    const answer = await rl.question(
      `${claim.network.name} holds ${claim.reference}, ${claim.last - claim.known} after this database's ${claim.known}. Did ${claim.reference.split('-')[0]} send it? Type yes to resume after it: `,
    );
    return answer.trim().toLowerCase() === 'yes';
  } finally {
    rl.close();
  }
}

/** `restored <network> [--accept-jump <network>=<reference> ...]`. */
export function runRestored(args: readonly string[], env: Record<string, string | undefined> = process.env): void {
  runMain(async () => {
    const parsed = (() => {
      try {
        return parseArgs({
          args: [...args],
          allowPositionals: true,
          options: { 'accept-jump': { type: 'string', multiple: true } },
        });
      } catch (err) {
        throw new StartupError(
          `${(err as Error).message}. Usage: restored <network> [--accept-jump <network>=<reference> ...]`,
        );
      }
    })();
    const key = parsed.positionals[0] ?? '';
    const network = findNetwork(NETWORKS, key);
    if (!network)
      throw new StartupError(
        `Name the restored network: one of ${NETWORKS.map((n) => n.key).join(', ')}${key ? ` (not "${key}")` : ''}.`,
      );
    const config = subgraphConfig(network, env);
    const signingKey = config.SERVICE_SIGNING_KEY;
    if (!config.GATEWAY_URL || !signingKey)
      throw new StartupError(
        'GATEWAY_URL and SERVICE_SIGNING_KEY are needed: the other networks are asked through the gateway.',
      );
    const ds = await openDatabase(config);
    try {
      const changed = await resumeReferences({
        ds,
        network,
        registry: NETWORKS,
        gatewayUrl: config.GATEWAY_URL,
        serviceToken: () => signServiceToken(signingKey, network.key),
        accept: parsed.values['accept-jump'] ?? [],
        // Only a person at a terminal is asked; a job or a pipe gets the refusal and its exit code.
        confirm: process.stdin.isTTY && process.stdout.isTTY ? askOperator : undefined,
        log: (line) => console.log(`[restored] ${line}`),
      });
      for (const c of changed)
        console.log(`[restored] ${network.code}-${c.year}: the references resume after ${c.last} (was ${c.before})`);
      console.log(
        `[restored] ${network.name}'s reference numbers are after every one the other networks hold${changed.length ? '' : ' (nothing to change)'}`,
      );
      // A delivery in flight when the dump was taken left its lease in it: the subgraph would wait it out.
      const released = await releaseLeases(ds);
      console.log(
        `[restored] ${released} ${released === 1 ? 'delivery' : 'deliveries'} in flight at the time of the dump will be sent again`,
      );
    } finally {
      await ds.destroy();
    }
  });
}

if (require.main === module) runRestored(process.argv.slice(2));
