/**
 * The statistics of every network shaped into the tables the dashboard draws and lists:
 * rows by columns of figures, where a figure is a number or says why there is none.
 * Pure functions of the answer, so the charts, the tables and the CSV files agree.
 */

/** One figure of a table. */
export type Figure =
  | { kind: 'number'; value: number }
  /** Under disclosure control a count under 5 is never released as itself: suppressed, or released as 0 (the true count may be 1 to 4). */
  | { kind: 'fewerThan5' }
  /** A percentile withheld because too few referrals stand behind it. */
  | { kind: 'withheld' }
  /** Nothing to measure (exact figures with no referral behind them). */
  | { kind: 'none' }
  /** The network did not answer, or its figures may not be read. */
  | { kind: 'unavailable' };

export interface Table {
  /** Row keys (network codes, months, age groups), in order. */
  rows: string[];
  /** Column keys, in order. */
  columns: string[];
  /** cells[row][column] */
  cells: Figure[][];
}

export interface Cell {
  key?: string;
  count?: number | null;
  suppressed: boolean;
}

export interface Duration {
  count?: number | null;
  suppressed: boolean;
  medianDays?: number | null;
  p90Days?: number | null;
}

export interface NetworkStatistics {
  perturbed: boolean;
  outgoing: { byCounterpartNetwork: readonly Cell[] };
  monthly: readonly { month: string; outgoing: Cell; incoming: Cell }[];
  incomingTimeliness: { acknowledgement: Duration; completion: Duration };
  openByAge: readonly Cell[];
  directory: {
    contactPointsPerCountry: readonly Cell[];
    notReviewedIn12Months: number;
    countriesWithout24x7: readonly unknown[];
  };
}

export interface NetworkAnswer {
  code: string;
  statistics?: NetworkStatistics | null;
}

const UNAVAILABLE: Figure = { kind: 'unavailable' };
const number = (value: number): Figure => ({ kind: 'number', value });

/**
 * A released count as a figure. Under disclosure control (perturbed) a cell left out or released as 0
 * stands for 0 to 4 referrals: it reads "fewer than 5", never 0. Exact figures (the network's own
 * secretariat) leave out only true zeros.
 */
export function countFigure(cell: Cell | undefined, perturbed: boolean): Figure {
  if (cell?.suppressed) return { kind: 'fewerThan5' };
  const count = cell === undefined ? 0 : cell.count;
  if (count === null || count === undefined) return { kind: 'fewerThan5' };
  if (count === 0 && perturbed) return { kind: 'fewerThan5' };
  return number(count);
}

/** A duration's count: released like any count (its `suppressed` is about the percentiles). */
const durationCount = (d: Duration, perturbed: boolean): Figure =>
  countFigure({ count: d.count, suppressed: false }, perturbed);

/** A percentile: withheld when the API withholds it or when the count behind it may be 1 to 4; none when nothing was measured. */
function percentileFigure(d: Duration, value: number | null | undefined, perturbed: boolean): Figure {
  if (d.suppressed) return { kind: 'withheld' };
  if (value === null || value === undefined)
    return durationCount(d, perturbed).kind === 'fewerThan5' ? { kind: 'withheld' } : { kind: 'none' };
  return number(value);
}

function table(rows: string[], columns: string[], cell: (row: string, column: string) => Figure): Table {
  return { rows, columns, cells: rows.map((r) => columns.map((c) => cell(r, c))) };
}

const byCode = (networks: readonly NetworkAnswer[]) => new Map(networks.map((n) => [n.code, n.statistics ?? null]));

/** Referrals from each network (rows) to each network (columns), from each origin's outgoing.byCounterpartNetwork. */
export function flowMatrix(networks: readonly NetworkAnswer[]): Table {
  const codes = networks.map((n) => n.code);
  const stats = byCode(networks);
  return table(codes, codes, (origin, destination) => {
    const s = stats.get(origin);
    return s
      ? countFigure(
          s.outgoing.byCounterpartNetwork.find((c) => c.key === destination),
          s.perturbed,
        )
      : UNAVAILABLE;
  });
}

/** Referrals sent or received per month (rows) by network (columns); every month of the period has a row. */
export function monthlySeries(
  networks: readonly NetworkAnswer[],
  months: readonly string[],
  direction: 'outgoing' | 'incoming',
): Table {
  const stats = byCode(networks);
  return table([...months], [...stats.keys()], (month, code) => {
    const s = stats.get(code);
    return s ? countFigure(s.monthly.find((m) => m.month === month)?.[direction], s.perturbed) : UNAVAILABLE;
  });
}

export const TIMELINESS_COLUMNS = [
  'acknowledgementCount',
  'acknowledgementMedian',
  'acknowledgementP90',
  'completionCount',
  'completionMedian',
  'completionP90',
] as const;

/** How fast each network (rows) handles what it receives: referrals measured, median and 90th percentile days. */
export function timeliness(networks: readonly NetworkAnswer[]): Table {
  const stats = byCode(networks);
  return table([...stats.keys()], [...TIMELINESS_COLUMNS], (code, column) => {
    const s = stats.get(code);
    if (!s) return UNAVAILABLE;
    const metric = column.startsWith('acknowledgement') ? 'acknowledgement' : 'completion';
    const d = s.incomingTimeliness[metric];
    if (column.endsWith('Count')) return durationCount(d, s.perturbed);
    return percentileFigure(d, column.endsWith('Median') ? d.medianDays : d.p90Days, s.perturbed);
  });
}

/** Open referrals by age group (rows, in the API's order) and network (columns). */
export function openByAge(networks: readonly NetworkAnswer[]): Table {
  const stats = byCode(networks);
  const ages = [...new Set([...stats.values()].flatMap((s) => s?.openByAge.map((c) => c.key ?? '') ?? []))];
  return table(ages, [...stats.keys()], (age, code) => {
    const s = stats.get(code);
    return s
      ? countFigure(
          s.openByAge.find((c) => c.key === age),
          s.perturbed,
        )
      : UNAVAILABLE;
  });
}

export const DIRECTORY_COLUMNS = ['contactPoints', 'countriesWithout24x7', 'notReviewedIn12Months'] as const;

/** Each network's directory (rows): exact for everyone, since it describes the published directory, not cases. */
export function directoryHealth(networks: readonly NetworkAnswer[]): Table {
  const stats = byCode(networks);
  return table([...stats.keys()], [...DIRECTORY_COLUMNS], (code, column) => {
    const d = stats.get(code)?.directory;
    if (!d) return UNAVAILABLE;
    if (column === 'contactPoints')
      return number(d.contactPointsPerCountry.reduce((sum, c) => sum + (c.count ?? 0), 0));
    return number(column === 'countriesWithout24x7' ? d.countriesWithout24x7.length : d.notReviewedIn12Months);
  });
}

/** A figure as a chart plots it: its number, or null (no bar, no point) when there is none to plot. */
export const plotted = (f: Figure): number | null => (f.kind === 'number' ? f.value : null);
