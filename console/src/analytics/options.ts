/**
 * ECharts options for the dashboard's tables, built from the same Table the screen-reader table
 * and the CSV show. Only option objects here: nothing of ECharts itself, so other modules and
 * the unit tests import it without pulling the library.
 */
// The unit tests compile this as CommonJS, and ECharts ships ES modules only: its types are read as an import would read them.
import type { BarSeriesOption, HeatmapSeriesOption, LineSeriesOption } from 'echarts/charts' with {
  'resolution-mode': 'import',
};
import type { GridComponentOption, LegendComponentOption, VisualMapComponentOption } from 'echarts/components' with {
  'resolution-mode': 'import',
};
import type { ComposeOption } from 'echarts/core' with { 'resolution-mode': 'import' };
import { plotted, type Table } from './shape';

export type ChartOption = ComposeOption<
  | BarSeriesOption
  | HeatmapSeriesOption
  | LineSeriesOption
  | GridComponentOption
  | LegendComponentOption
  | VisualMapComponentOption
>;

export interface AxisLabels {
  row: (key: string) => string;
  column: (key: string) => string;
}

/** A heat map cell's value where there is no number: the piecewise colour scale gives each its own piece. */
const FEWER_THAN_5 = -1;
const UNAVAILABLE = -2;

/** Sequential blues, light to dark; the last two carry white labels. */
const SHADES = ['#deebf7', '#9ecae1', '#4292c6', '#08519c'];
const NO_FIGURE = { fewerThan5: '#f5f5f5', unavailable: '#d4d9df' };
const INK = '#1b1f24';

/** Four equal bins from 5 (nothing released is under 5) to the largest count. */
export function bins(max: number): { gte: number; lte: number }[] {
  const top = Math.max(max, 8);
  const step = Math.ceil((top - 4) / SHADES.length);
  return SHADES.map((_, i) => ({
    gte: 5 + i * step,
    lte: i === SHADES.length - 1 ? Math.max(top, 4 + (i + 1) * step) : 4 + (i + 1) * step,
  }));
}

// ECharts' default font: it measures labels with it, so a page font would make them overlap.
const common = { animation: false, textStyle: { color: INK } } as const;

/** The flow matrix: origins down the side, destinations along the top, a labelled coloured cell each. */
export function heatmapOption(
  t: Table,
  labels: AxisLabels,
  words: { fewerThan5: string; unavailable: string; origin: string; destination: string },
): ChartOption {
  const values = t.cells.flatMap((row) =>
    row.map((f) => (f.kind === 'number' ? f.value : f.kind === 'unavailable' ? UNAVAILABLE : FEWER_THAN_5)),
  );
  const pieces = bins(Math.max(0, ...values));
  const data = t.cells.flatMap((row, y) =>
    row.map((f, x) => {
      const value = values[y * t.columns.length + x]!;
      const dark = pieces.findIndex((p) => value >= p.gte && value <= p.lte) >= 2;
      return { value: [x, y, value], label: { color: dark ? '#ffffff' : INK } };
    }),
  );
  return {
    ...common,
    grid: { left: 32, right: 8, top: 28, bottom: 72, containLabel: true },
    xAxis: {
      type: 'category',
      data: t.columns.map(labels.column),
      name: words.destination,
      nameLocation: 'middle',
      nameGap: 28,
      position: 'top',
      splitArea: { show: true },
    },
    yAxis: {
      type: 'category',
      data: t.rows.map(labels.row),
      name: words.origin,
      nameLocation: 'middle',
      nameGap: 64,
      inverse: true,
      splitArea: { show: true },
    },
    visualMap: {
      type: 'piecewise',
      orient: 'horizontal',
      left: 'center',
      bottom: 0,
      // The pieces without a number only when some cell needs them.
      pieces: [
        ...(values.includes(UNAVAILABLE)
          ? [{ value: UNAVAILABLE, label: words.unavailable, color: NO_FIGURE.unavailable }]
          : []),
        ...(values.includes(FEWER_THAN_5)
          ? [{ value: FEWER_THAN_5, label: words.fewerThan5, color: NO_FIGURE.fewerThan5 }]
          : []),
        ...pieces.map((p, i) => ({ ...p, color: SHADES[i] })),
      ],
    },
    series: [
      {
        type: 'heatmap',
        data,
        label: {
          show: true,
          formatter: ({ value }) => {
            const v = (value as number[])[2]!;
            return v === FEWER_THAN_5 ? words.fewerThan5 : v === UNAVAILABLE ? '–' : String(v);
          },
        },
        itemStyle: { borderColor: '#ffffff', borderWidth: 2 },
      },
    ],
  };
}

/** One line (or bar series) per column over the rows: months along the bottom, a network per series. */
export function seriesOption(
  t: Table,
  labels: AxisLabels,
  kind: 'line' | 'bar',
  colours: readonly string[] = [],
): ChartOption {
  return {
    ...common,
    // ECharts' own palette unless the series are networks, which keep their map colours.
    ...(colours.length ? { color: [...colours] } : {}),
    legend: { top: 0, textStyle: { color: INK } },
    grid: { left: 8, right: 16, top: 40, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: t.rows.map(labels.row) },
    yAxis: { type: 'value', minInterval: 1 },
    series: t.columns.map((column, i) =>
      kind === 'line'
        ? {
            type: 'line',
            name: labels.column(column),
            data: t.cells.map((row) => plotted(row[i]!)),
            connectNulls: false,
            symbolSize: 6,
          }
        : { type: 'bar', name: labels.column(column), data: t.cells.map((row) => plotted(row[i]!)) },
    ),
  };
}

/** The table with only some of its columns (a chart of the percentiles, without the counts behind them). */
export const columnsOf = (t: Table, keep: readonly string[]): Table => {
  const indexes = keep.map((k) => t.columns.indexOf(k)).filter((i) => i >= 0);
  return {
    rows: t.rows,
    columns: indexes.map((i) => t.columns[i]!),
    cells: t.cells.map((row) => indexes.map((i) => row[i]!)),
  };
};
