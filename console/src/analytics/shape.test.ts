import {
  countFigure,
  directoryHealth,
  flowMatrix,
  monthlySeries,
  openByAge,
  plotted,
  timeliness,
  type NetworkAnswer,
  type NetworkStatistics,
} from './shape';

const cell = (key: string, count: number | null, suppressed = false) => ({ key, count, suppressed });
const duration = (count: number, medianDays: number | null, p90Days: number | null, suppressed = false) => ({
  count,
  suppressed,
  medianDays,
  p90Days,
});

function stats(overrides: Partial<NetworkStatistics> = {}): NetworkStatistics {
  return {
    perturbed: true,
    outgoing: { byCounterpartNetwork: [] },
    monthly: [],
    incomingTimeliness: { acknowledgement: duration(0, null, null), completion: duration(0, null, null) },
    openByAge: [],
    directory: { contactPointsPerCountry: [], notReviewedIn12Months: 0, countriesWithout24x7: [] },
    ...overrides,
  };
}

const n = (value: number) => ({ kind: 'number', value });
const FEW = { kind: 'fewerThan5' };
const DOWN = { kind: 'unavailable' };

describe('a released count as a figure', () => {
  it('reads a suppressed cell, a missing count or a released 0 under disclosure control as fewer than 5, never 0', () => {
    expect(countFigure(cell('x', 5, true), true)).toEqual(FEW);
    expect(countFigure(cell('x', null), true)).toEqual(FEW);
    expect(countFigure(cell('x', 0), true)).toEqual(FEW);
    expect(countFigure(undefined, true)).toEqual(FEW);
    expect(countFigure(cell('x', 7), true)).toEqual(n(7));
  });

  it('keeps exact zeros as 0 for the own secretariat, whose figures are exact', () => {
    expect(countFigure(undefined, false)).toEqual(n(0));
    expect(countFigure(cell('x', 3), false)).toEqual(n(3));
  });
});

describe('the flow matrix', () => {
  it("has every origin by every destination, from each origin's outgoing cells; an origin that did not answer is unavailable in its row only", () => {
    const networks: NetworkAnswer[] = [
      { code: 'CASC', statistics: stats({ outgoing: { byCounterpartNetwork: [cell('WACAP', 12), cell('CASC', 6)] } }) },
      { code: 'WACAP', statistics: stats({ outgoing: { byCounterpartNetwork: [cell('CASC', 9)] } }) },
      { code: 'GLJC', statistics: null },
    ];
    const m = flowMatrix(networks);
    expect(m.rows).toEqual(['CASC', 'WACAP', 'GLJC']);
    expect(m.columns).toEqual(['CASC', 'WACAP', 'GLJC']);
    expect(m.cells).toEqual([
      [n(6), n(12), FEW],
      [n(9), FEW, FEW],
      [DOWN, DOWN, DOWN],
    ]);
  });
});

describe('the monthly series', () => {
  it('has a row for every month of the period and a column per network, sent or received', () => {
    const networks: NetworkAnswer[] = [
      {
        code: 'CASC',
        statistics: stats({
          monthly: [{ month: '2025-01', outgoing: cell('2025-01', 8), incoming: cell('2025-01', 0) }],
        }),
      },
      { code: 'GLJC' },
    ];
    expect(monthlySeries(networks, ['2025-01', '2025-02'], 'outgoing')).toEqual({
      rows: ['2025-01', '2025-02'],
      columns: ['CASC', 'GLJC'],
      cells: [
        [n(8), DOWN],
        [FEW, DOWN],
      ],
    });
    expect(monthlySeries(networks, ['2025-01'], 'incoming').cells).toEqual([[FEW, DOWN]]);
  });
});

describe('timeliness', () => {
  it('shows the count, median and 90th percentile; a withheld percentile is withheld, an unmeasured exact one is none', () => {
    const networks: NetworkAnswer[] = [
      {
        code: 'CASC',
        statistics: stats({
          incomingTimeliness: { acknowledgement: duration(40, 3, 11), completion: duration(7, null, null, true) },
        }),
      },
      {
        code: 'WACAP',
        statistics: stats({
          incomingTimeliness: { acknowledgement: duration(0, null, null), completion: duration(0, null, null) },
        }),
      },
      { code: 'SEAJUST', statistics: stats({ perturbed: false }) },
    ];
    const t = timeliness(networks);
    expect(t.columns).toEqual([
      'acknowledgementCount',
      'acknowledgementMedian',
      'acknowledgementP90',
      'completionCount',
      'completionMedian',
      'completionP90',
    ]);
    expect(t.cells[0]).toEqual([n(40), n(3), n(11), n(7), { kind: 'withheld' }, { kind: 'withheld' }]);
    // Released 0 may stand for 1 to 4 referrals: their percentiles are withheld, not absent.
    expect(t.cells[1]).toEqual([
      FEW,
      { kind: 'withheld' },
      { kind: 'withheld' },
      FEW,
      { kind: 'withheld' },
      { kind: 'withheld' },
    ]);
    expect(t.cells[2]).toEqual([n(0), { kind: 'none' }, { kind: 'none' }, n(0), { kind: 'none' }, { kind: 'none' }]);
  });
});

describe('open referrals by age and directory health', () => {
  it('keeps the age groups in the order the API gives them', () => {
    const ages = [cell('0-30 days', 12), cell('31-90 days', 0), cell('over 365 days', 5)];
    const t = openByAge([
      { code: 'CASC', statistics: stats({ openByAge: ages }) },
      { code: 'GLJC', statistics: null },
    ]);
    expect(t.rows).toEqual(['0-30 days', '31-90 days', 'over 365 days']);
    expect(t.cells).toEqual([
      [n(12), DOWN],
      [FEW, DOWN],
      [n(5), DOWN],
    ]);
  });

  it('sums the active contact points and counts the countries without 24/7 cover, exactly', () => {
    const directory = {
      contactPointsPerCountry: [cell('KHM', 3), cell('THA', 0)],
      notReviewedIn12Months: 4,
      countriesWithout24x7: [{ code: 'THA' }],
    };
    const t = directoryHealth([{ code: 'SEAJUST', statistics: stats({ directory }) }, { code: 'CASC' }]);
    expect(t.cells).toEqual([
      [n(3), n(1), n(4)],
      [DOWN, DOWN, DOWN],
    ]);
  });

  it('plots numbers only', () => {
    expect([n(4), FEW, DOWN].map((f) => plotted(f as never))).toEqual([4, null, null]);
  });
});
