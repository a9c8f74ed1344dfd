import { bins, columnsOf, heatmapOption, seriesOption } from './options';
import type { Table } from './shape';

const labels = { row: (k: string) => `r:${k}`, column: (k: string) => `c:${k}` };
const words = { fewerThan5: 'fewer than 5', unavailable: 'unavailable', origin: 'From', destination: 'To' };
const matrix: Table = {
  rows: ['CASC', 'GLJC'],
  columns: ['CASC', 'GLJC'],
  cells: [
    [{ kind: 'number', value: 40 }, { kind: 'fewerThan5' }],
    [{ kind: 'unavailable' }, { kind: 'unavailable' }],
  ],
};

describe('chart options from a table', () => {
  it('colours counts in four bins from 5 to the largest count', () => {
    expect(bins(40)).toEqual([
      { gte: 5, lte: 13 },
      { gte: 14, lte: 22 },
      { gte: 23, lte: 31 },
      { gte: 32, lte: 40 },
    ]);
    expect(bins(0).at(-1)!.lte).toBeGreaterThanOrEqual(8);
  });

  it('gives a heat map cell a value per figure, and labels a suppressed cell with the words for fewer than 5, never 0', () => {
    const option = heatmapOption(matrix, labels, words);
    const series = (
      option.series as { data: { value: number[] }[]; label: { formatter: (p: { value: number[] }) => string } }[]
    )[0]!;
    expect(series.data.map((d) => d.value)).toEqual([
      [0, 0, 40],
      [1, 0, -1],
      [0, 1, -2],
      [1, 1, -2],
    ]);
    expect(series.data.map((d) => series.label.formatter({ value: d.value }))).toEqual([
      '40',
      'fewer than 5',
      '–',
      '–',
    ]);
    expect((option.xAxis as { data: string[] }).data).toEqual(['c:CASC', 'c:GLJC']);
    expect((option.visualMap as { pieces: { label?: string }[] }).pieces.slice(0, 2).map((p) => p.label)).toEqual([
      'unavailable',
      'fewer than 5',
    ]);
  });

  it('draws a series per column and leaves a gap where there is no number', () => {
    const option = seriesOption(matrix, labels, 'line', ['#111', '#222']);
    expect((option.series as { name: string; data: (number | null)[] }[]).map((s) => [s.name, s.data])).toEqual([
      ['c:CASC', [40, null]],
      ['c:GLJC', [null, null]],
    ]);
    expect(option.color).toEqual(['#111', '#222']);
    // Without colours of its own a chart keeps ECharts' palette: an empty colour list would draw nothing.
    expect('color' in seriesOption(matrix, labels, 'bar')).toBe(false);
  });

  it('keeps only the columns asked for, in that order', () => {
    expect(columnsOf(matrix, ['GLJC', 'nope'])).toEqual({
      rows: ['CASC', 'GLJC'],
      columns: ['GLJC'],
      cells: [[{ kind: 'fewerThan5' }], [{ kind: 'unavailable' }]],
    });
  });
});
