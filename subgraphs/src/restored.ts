/**
 * `npm run restored -- <network>` (`node dist/start.js restored <network>` in the image): run once
 * after restoring the network's database from a backup, before its subgraph serves again, with the
 * subgraph's own environment. The others hold the references this network handed out after the
 * dump; its delivery service asks each of them (through the gateway, with its own SERVICE token)
 * for the highest it holds, and each year's counter resumes after them, so no new referral takes a
 * reference the others already know.
 */
import type { DataSource } from 'typeorm';
import { signServiceToken } from '../../shared/src/auth/dev-keys';
import { runMain, StartupError } from '../../shared/src/config';
import { findNetwork, NETWORKS, type NetworkDefinition, type Registry } from '../../shared/src/registry';
import { subgraphConfig } from './config';
import { openDatabase } from './db/open';
import { releaseLeases } from './outbox/repository';
import { resumeReferenceNumbers } from './referrals/repository';

type Series = { year: number; last: number };

/** The highest of `network`'s references `other` holds, per year, asked through the gateway. */
async function askNetwork(gatewayUrl: string, token: string, network: NetworkDefinition, other: NetworkDefinition): Promise<Series[]> {
  const query = `query($origin: NetworkCode!) { network(code: ${other.code}) { ... on ${other.typePrefix}Network { receivedReferences(origin: $origin) { year last } } } }`;
  const res = await fetch(gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables: { origin: network.code } }),
    signal: AbortSignal.timeout(15_000),
  }).catch((err: Error) => {
    throw new StartupError(`The gateway at ${gatewayUrl} is unreachable (${err.message}); it and ${other.name} must answer before ${network.name} serves again.`);
  });
  const body = (await res.json().catch(() => ({}))) as { data?: { network?: { receivedReferences?: Series[] | null } | null }; errors?: { message: string }[] };
  const series = body.data?.network?.receivedReferences;
  if (!series) {
    throw new StartupError(
      `${other.name} did not say which references of ${network.name} it holds (${body.errors?.[0]?.message ?? `HTTP ${res.status}`}); run this again when it answers.`,
    );
  }
  return series;
}

/** Asks every other network, then moves each year's counter after the highest reference any of them holds; returns what changed. */
export async function resumeReferences(options: {
  ds: DataSource;
  network: NetworkDefinition;
  registry: Registry;
  gatewayUrl: string;
  serviceToken: () => Promise<string>;
}): Promise<{ year: number; before: number; last: number }[]> {
  const { ds, network, registry, gatewayUrl } = options;
  const token = await options.serviceToken();
  const highest = new Map<number, number>();
  for (const other of registry.filter((n) => n.key !== network.key)) {
    for (const s of await askNetwork(gatewayUrl, token, network, other)) highest.set(s.year, Math.max(s.last, highest.get(s.year) ?? 0));
  }
  return ds.transaction(async (em) => {
    const changed: { year: number; before: number; last: number }[] = [];
    for (const [year, last] of [...highest].sort(([a], [b]) => a - b)) {
      const before = await resumeReferenceNumbers(em, year, last);
      if (last > before) changed.push({ year, before, last });
    }
    return changed;
  });
}

export function runRestored(key: string, env: Record<string, string | undefined> = process.env): void {
  runMain(async () => {
    const network = findNetwork(NETWORKS, key);
    if (!network) throw new StartupError(`Name the restored network: one of ${NETWORKS.map((n) => n.key).join(', ')}${key ? ` (not "${key}")` : ''}.`);
    const config = subgraphConfig(network, env);
    const signingKey = config.SERVICE_SIGNING_KEY;
    if (!config.GATEWAY_URL || !signingKey) throw new StartupError('GATEWAY_URL and SERVICE_SIGNING_KEY are needed: the other networks are asked through the gateway.');
    const ds = await openDatabase(config);
    try {
      const changed = await resumeReferences({ ds, network, registry: NETWORKS, gatewayUrl: config.GATEWAY_URL, serviceToken: () => signServiceToken(signingKey, network.key) });
      for (const c of changed) console.log(`[restored] ${network.code}-${c.year}: the references resume after ${c.last} (was ${c.before})`);
      console.log(`[restored] ${network.name}'s reference numbers are after every one the other networks hold${changed.length ? '' : ' (nothing to change)'}`);
      // A delivery in flight when the dump was taken left its lease in it: the subgraph would wait it out.
      const released = await releaseLeases(ds);
      console.log(`[restored] ${released} ${released === 1 ? 'delivery' : 'deliveries'} in flight at the time of the dump will be sent again`);
    } finally {
      await ds.destroy();
    }
  });
}

if (require.main === module) runRestored(process.argv[2] ?? '');
