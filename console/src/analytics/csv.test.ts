import { csvFileName, tableCsv } from './csv';
import type { Table } from './shape';

const labels = { corner: 'Origin, network', row: (k: string) => `from ${k}`, column: (k: string) => k };

describe("a chart's data as CSV", () => {
  it('writes a header row and a line per row, numbers unformatted and quoted labels when needed', () => {
    const t: Table = {
      rows: ['CASC'],
      columns: ['CASC', 'WACAP'],
      cells: [
        [
          { kind: 'number', value: 1234.5 },
          { kind: 'number', value: 0 },
        ],
      ],
    };
    expect(tableCsv(t, labels)).toBe('"Origin, network",CASC,WACAP\r\nfrom CASC,1234.5,0\r\n');
  });

  it('marks suppressed, withheld and unavailable figures explicitly, never as 0', () => {
    const t: Table = {
      rows: ['CASC', 'GLJC'],
      columns: ['a', 'b'],
      cells: [
        [{ kind: 'fewerThan5' }, { kind: 'withheld' }],
        [{ kind: 'unavailable' }, { kind: 'none' }],
      ],
    };
    expect(tableCsv(t, labels).split('\r\n')).toEqual([
      '"Origin, network",a,b',
      'from CASC,<5,withheld',
      'from GLJC,unavailable,',
      '',
    ]);
  });

  it('names the file after the chart and the period', () => {
    expect(csvFileName('flows', '2025-01', '2025-12')).toBe('flows-2025-01-2025-12.csv');
  });
});
