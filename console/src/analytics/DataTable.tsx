import { useIntl } from 'react-intl';
import type { Figure, Table } from './shape';
import type { CsvLabels } from './csv';

/** A figure as the table says it: a number in the reader's format, or in words why there is none. */
export function useFigureText(): (f: Figure) => string {
  const intl = useIntl();
  return (f) => {
    switch (f.kind) {
      case 'number':
        return intl.formatNumber(f.value, { maximumFractionDigits: 1 });
      case 'fewerThan5':
        return intl.formatMessage({ id: 'analytics.figure.fewerThan5' });
      case 'withheld':
        return intl.formatMessage({ id: 'analytics.figure.withheld' });
      case 'none':
        return intl.formatMessage({ id: 'analytics.figure.none' });
      case 'unavailable':
        return intl.formatMessage({ id: 'analytics.figure.unavailable' });
    }
  };
}

/** A chart's figures as a table with row and column headers: what a screen reader reads, and what prints. */
export function DataTable({
  caption,
  table,
  labels,
  collapsed,
}: {
  caption: string;
  table: Table;
  labels: CsvLabels;
  collapsed: boolean;
}) {
  const text = useFigureText();
  return (
    <div className={`table-scroll chart-table${collapsed ? ' collapsed' : ''}`}>
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{labels.corner}</th>
            {table.columns.map((c) => (
              <th scope="col" key={c}>
                {labels.column(c)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((r, i) => (
            <tr key={r}>
              <th scope="row">{labels.row(r)}</th>
              {table.cells[i]!.map((f, j) => (
                <td key={table.columns[j]} className={`figure figure-${f.kind}`}>
                  {text(f)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
