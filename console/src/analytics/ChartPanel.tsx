import { useIntl } from 'react-intl';
import { csvFileName, tableCsv, type CsvLabels } from './csv';
import { DataTable } from './DataTable';
import { EChart } from './EChart';
import type { ChartOption } from './options';
import type { Period } from './period';
import type { Table } from './shape';

export interface ChartPanelProps {
  /** Names the section and the CSV file. */
  id: string;
  title: string;
  note?: string;
  table: Table;
  labels: CsvLabels;
  option: ChartOption;
  period: Period;
  showTable: boolean;
  chartClass?: string;
}

/** Offers text as a file the browser saves; the file is made here, nothing is sent anywhere. */
function download(text: string, name: string) {
  // The byte order mark lets spreadsheets read the file as UTF-8 (labels in Russian, Portuguese, French).
  const url = URL.createObjectURL(new Blob(['\uFEFF', text], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** One chart of the dashboard: heading, the chart, its table (for screen readers, shown on request and in print), its CSV. */
export function ChartPanel({ id, title, note, table, labels, option, period, showTable, chartClass }: ChartPanelProps) {
  const intl = useIntl();
  return (
    <section className="chart-panel" aria-labelledby={`chart-${id}`}>
      <h2 id={`chart-${id}`}>{title}</h2>
      {note && <p className="muted">{note}</p>}
      <EChart
        option={option}
        className={chartClass}
        label={intl.formatMessage({ id: 'analytics.chart.label' }, { title })}
      />
      <DataTable caption={title} table={table} labels={labels} collapsed={!showTable} />
      <p className="no-print">
        <button
          type="button"
          className="secondary"
          onClick={() => download(tableCsv(table, labels), csvFileName(id, period.first, period.last))}
        >
          {intl.formatMessage({ id: 'analytics.downloadCsv' }, { title })}
        </button>
      </p>
    </section>
  );
}
