import { csv } from '#shared/csv';
import type { Figure, Table } from './shape';

/**
 * What a CSV file says where there is no number: stable markers a spreadsheet keeps as text and a
 * script can test for, the same in every language. Never 0 for a suppressed cell.
 */
export const CSV_MARKERS: Record<Exclude<Figure['kind'], 'number'>, string> = {
  fewerThan5: '<5',
  withheld: 'withheld',
  none: '',
  unavailable: 'unavailable',
};

const csvValue = (f: Figure): string | number => (f.kind === 'number' ? f.value : CSV_MARKERS[f.kind]);

export interface CsvLabels {
  /** The header of the first column (what the rows are). */
  corner: string;
  row: (key: string) => string;
  column: (key: string) => string;
}

/** A table as CSV: a header row, then one line per row; numbers unformatted (a dot for decimals, no grouping). */
export const tableCsv = (t: Table, labels: CsvLabels): string =>
  csv(
    [labels.corner, ...t.columns.map(labels.column)],
    t.rows.map((row, i) => [labels.row(row), ...t.cells[i]!.map(csvValue)]),
  );

/** A file name from a chart's id and the period: `flows-2025-01-2025-12.csv`. */
export const csvFileName = (chart: string, first: string, last: string) => `${chart}-${first}-${last}.csv`;
