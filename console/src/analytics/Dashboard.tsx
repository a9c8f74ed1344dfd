import { useMemo } from 'react';
import { ChartPanel } from './ChartPanel';
import { useAnalyticsLabels } from './labels';
import { columnsOf, heatmapOption, seriesOption } from './options';
import { periodMonths, type Period } from './period';
import { directoryHealth, flowMatrix, monthlySeries, openByAge, timeliness, type NetworkAnswer } from './shape';

const PERCENTILES = ['acknowledgementMedian', 'acknowledgementP90', 'completionMedian', 'completionP90'];

/** The networks' colours of the map (styles.css --member-0..3), so a network looks the same everywhere. */
function networkColours(count: number): string[] {
  const style = getComputedStyle(document.documentElement);
  return Array.from({ length: count }, (_, i) => style.getPropertyValue(`--member-${i}`).trim()).filter(Boolean);
}

/** Every chart of the dashboard, each with its table and CSV, for the networks' answers over the period. */
export function Dashboard({
  networks,
  period,
  showTable,
}: {
  networks: readonly NetworkAnswer[];
  period: Period;
  showTable: boolean;
}) {
  const l = useAnalyticsLabels();
  const panels = useMemo(() => {
    const colours = networkColours(networks.length);
    const byNetwork = { row: l.network, column: l.network };
    const flows = flowMatrix(networks);
    const months = periodMonths(period);
    const sent = monthlySeries(networks, months, 'outgoing');
    const received = monthlySeries(networks, months, 'incoming');
    const speed = timeliness(networks);
    const ages = openByAge(networks);
    const directory = directoryHealth(networks);
    const monthly = { row: l.longMonth, column: l.network, corner: l.message('analytics.column.month') };
    const perNetwork = { row: l.network, column: l.column, corner: l.message('analytics.column.network') };
    return [
      {
        id: 'flows',
        title: l.message('analytics.flows.title'),
        note: l.message('analytics.flows.note'),
        table: flows,
        labels: { ...byNetwork, corner: l.message('analytics.flows.corner') },
        chartClass: 'chart-tall',
        option: heatmapOption(flows, byNetwork, {
          fewerThan5: l.message('analytics.figure.fewerThan5Short'),
          unavailable: l.message('analytics.figure.unavailable'),
          origin: l.message('analytics.flows.origin'),
          destination: l.message('analytics.flows.destination'),
        }),
      },
      {
        id: 'sent-monthly',
        title: l.message('analytics.monthly.sent'),
        table: sent,
        labels: monthly,
        option: seriesOption(sent, { row: l.month, column: l.network }, 'line', colours),
      },
      {
        id: 'received-monthly',
        title: l.message('analytics.monthly.received'),
        table: received,
        labels: monthly,
        option: seriesOption(received, { row: l.month, column: l.network }, 'line', colours),
      },
      {
        id: 'timeliness',
        title: l.message('analytics.timeliness.title'),
        note: l.message('analytics.timeliness.note'),
        table: speed,
        labels: perNetwork,
        option: seriesOption(columnsOf(speed, PERCENTILES), { row: l.network, column: l.column }, 'bar'),
      },
      {
        id: 'open-by-age',
        title: l.message('analytics.openByAge.title'),
        note: l.message('analytics.openByAge.note'),
        table: ages,
        labels: { row: l.age, column: l.network, corner: l.message('analytics.column.age') },
        option: seriesOption(ages, { row: l.age, column: l.network }, 'bar', colours),
      },
      {
        id: 'directory-health',
        title: l.message('analytics.directory.title'),
        note: l.message('analytics.directory.note'),
        table: directory,
        labels: perNetwork,
        option: seriesOption(directory, { row: l.network, column: l.column }, 'bar'),
      },
    ];
    // The labels change with the language and the networks' names, which l carries.
  }, [networks, period, l]);
  return (
    <>
      {panels.map((p) => (
        <ChartPanel key={p.id} {...p} period={period} showTable={showTable} />
      ))}
    </>
  );
}
