/**
 * The analysts' report: every network's statistics through the gateway, written
 * as CSV files a spreadsheet opens (UTF-8, comma-separated, RFC 4180 quoting).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { csv } from '#shared/csv';

export type Cell = { key: string; count: number | null; suppressed: boolean };
type Duration = { count: number | null; suppressed: boolean; medianDays: number | null; p90Days: number | null };
type Direction = Record<
  'byStatus' | 'byKind' | 'byCrimeArea' | 'byMeasure' | 'byUrgency' | 'byCounterpartNetwork' | 'byCounterpartCountry',
  Cell[]
> & { total: Cell };
/** The directory's part of a network's statistics. */
export interface DirectoryFigures {
  contactPointsPerCountry: Cell[];
  notReviewedIn12Months: number;
  countriesWithout24x7: { code: string }[];
}

interface NetworkStats {
  code: string;
  statistics: {
    outgoing: Direction;
    incoming: Direction;
    monthly: { month: string; outgoing: Cell; incoming: Cell }[];
    outgoingTimeliness: Record<'acknowledgement' | 'completion', Duration>;
    incomingTimeliness: Record<'acknowledgement' | 'completion', Duration>;
    openByAge: Cell[];
    directory: DirectoryFigures;
  } | null;
}

const CELL = 'key count suppressed';
const DIRECTION = `total { ${CELL} } byStatus { ${CELL} } byKind { ${CELL} } byCrimeArea { ${CELL} } byMeasure { ${CELL} } byUrgency { ${CELL} } byCounterpartNetwork { ${CELL} } byCounterpartCountry { ${CELL} }`;
const DURATION = 'count suppressed medianDays p90Days';
export const REPORT_QUERY = `query Report($from: DateTime!, $to: DateTime!) { networks { code statistics(from: $from, to: $to) {
  outgoing { ${DIRECTION} } incoming { ${DIRECTION} }
  monthly { month outgoing { ${CELL} } incoming { ${CELL} } }
  outgoingTimeliness { acknowledgement { ${DURATION} } completion { ${DURATION} } }
  incomingTimeliness { acknowledgement { ${DURATION} } completion { ${DURATION} } }
  openByAge { ${CELL} }
  directory { contactPointsPerCountry { ${CELL} } notReviewedIn12Months countriesWithout24x7 { code } } } } }`;

export interface ReportOptions {
  gatewayUrl: string;
  token: string;
  from: string;
  to: string;
  outDir: string;
}

/** Fetches the statistics and writes the CSV files; returns their paths and any networks that did not answer. */
export async function writeReport(options: ReportOptions): Promise<{ files: string[]; missing: string[] }> {
  const res = await fetch(options.gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${options.token}` },
    body: JSON.stringify({ query: REPORT_QUERY, variables: { from: options.from, to: options.to } }),
  });
  const body = (await res.json()) as {
    data?: { networks: NetworkStats[] };
    errors?: { message: string; extensions?: { network?: string; code?: string } }[];
  };
  // Bad input (analysts ask for whole months) is refused by every network alike: not a network missing.
  if (!body.data || body.errors?.some((e) => e.extensions?.code === 'BAD_USER_INPUT')) {
    throw new Error(
      `the gateway refused the report query: ${[...new Set(body.errors?.map((e) => e.message))].join('; ') || `HTTP ${res.status}`}`,
    );
  }
  const missing = body.data.networks.filter((n) => !n.statistics).map((n) => n.code);
  const networks = body.data.networks.filter(
    (n): n is NetworkStats & { statistics: NonNullable<NetworkStats['statistics']> } => n.statistics !== null,
  );

  const counts: unknown[][] = [];
  const flows: unknown[][] = [];
  for (const n of networks) {
    for (const [direction, d] of [
      ['outgoing', n.statistics.outgoing],
      ['incoming', n.statistics.incoming],
    ] as const) {
      counts.push([n.code, direction, 'total', 'total', d.total.count, d.total.suppressed]);
      for (const [dimension, cells] of Object.entries(d)) {
        if (dimension === 'total') continue;
        for (const c of cells as Cell[])
          counts.push([n.code, direction, dimension.replace(/^by/, ''), c.key, c.count, c.suppressed]);
      }
    }
    for (const c of n.statistics.outgoing.byCounterpartNetwork) flows.push([n.code, c.key, c.count, c.suppressed]);
  }
  const files: Record<string, string> = {
    'counts.csv': csv(['network', 'direction', 'dimension', 'value', 'count', 'suppressed'], counts),
    'flows.csv': csv(['origin_network', 'destination_network', 'referrals', 'suppressed'], flows),
    'monthly.csv': csv(
      ['network', 'month', 'outgoing', 'outgoing_suppressed', 'incoming', 'incoming_suppressed'],
      networks.flatMap((n) =>
        n.statistics.monthly.map((m) => [
          n.code,
          m.month,
          m.outgoing.count,
          m.outgoing.suppressed,
          m.incoming.count,
          m.incoming.suppressed,
        ]),
      ),
    ),
    'timeliness.csv': csv(
      ['network', 'direction', 'measure', 'referrals', 'suppressed', 'median_days', 'p90_days'],
      networks.flatMap((n) =>
        (['outgoing', 'incoming'] as const).flatMap((direction) =>
          (['acknowledgement', 'completion'] as const).map((metric) => {
            const t = n.statistics[`${direction}Timeliness`][metric];
            return [n.code, direction, metric, t.count, t.suppressed, t.medianDays, t.p90Days];
          }),
        ),
      ),
    ),
    'open-by-age.csv': csv(
      ['network', 'age', 'open_referrals', 'suppressed'],
      networks.flatMap((n) => n.statistics.openByAge.map((c) => [n.code, c.key, c.count, c.suppressed])),
    ),
    'directory-health.csv': csv(
      ['network', 'country', 'active_contact_points', 'has_24x7_contact_point'],
      networks.flatMap((n) =>
        n.statistics.directory.contactPointsPerCountry.map((c) => [
          n.code,
          c.key,
          c.count,
          !n.statistics.directory.countriesWithout24x7.some((x) => x.code === c.key),
        ]),
      ),
    ),
  };
  await mkdir(options.outDir, { recursive: true });
  const paths: string[] = [];
  for (const [name, content] of Object.entries(files)) {
    const path = join(options.outDir, name);
    await writeFile(path, content, 'utf8');
    paths.push(path);
  }
  return { files: paths, missing };
}
