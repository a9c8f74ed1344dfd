/** The statistics table laid out from rows, exact (the own secretariat) and released (everyone else). */
import { Disclosure, perturb, PERCENTILE_THRESHOLD } from './disclosure';
import { monthsOf, statisticsTable, type StatisticsRows } from './table';

const NO_ROWS: StatisticsRows = {
  dims: [],
  histograms: [],
  durationAtoms: [],
  openByDay: [],
  openByBucket: [],
  perCountry: [],
  notReviewed: 0,
  with24x7: [],
};
const now = new Date('2026-03-15T12:00:00Z');
const context = { months: ['2026-01', '2026-02'], members: ['KEN', 'UGA', 'RWA'], now };
const atom = (month: string, side: string, dimension: string, value: string, n: number, key = 0) => ({
  month,
  side,
  dimension,
  value,
  n,
  key,
});

describe('the statistics table', () => {
  const rows: StatisticsRows = {
    ...NO_ROWS,
    dims: [
      atom('2026-01', 'ORIGIN', 'status', 'SENT', 7, 11),
      atom('2026-01', 'ORIGIN', 'status', 'COMPLETED', 3, 40),
      atom('2026-02', 'ORIGIN', 'status', 'SENT', 20, 200),
      atom('2026-01', 'ORIGIN', 'counterpartNetwork', 'seajust', 8, 3),
      atom('2026-02', 'ORIGIN', 'counterpartNetwork', 'casc', 22, 250),
      atom('2026-02', 'DESTINATION', 'status', 'ACKNOWLEDGED', 2, 1),
      atom('2026-01', 'ORIGIN', 'urgency', 'URGENT', 0, 0),
    ],
  };

  it('gives the own secretariat exact counts: totals by month from the status atoms, cells largest first', () => {
    const table = statisticsTable(rows, new Disclosure(true), context);
    expect(table.outgoing.total).toEqual({ key: 'total', count: 30, suppressed: false });
    expect(table.outgoing.byStatus.map((c) => [c.key, c.count])).toEqual([
      ['SENT', 27],
      ['COMPLETED', 3],
    ]);
    // Network keys come out as NetworkCodes; a value with nothing released is left out.
    expect(table.outgoing.byCounterpartNetwork.map((c) => [c.key, c.count])).toEqual([
      ['CASC', 22],
      ['SEAJUST', 8],
    ]);
    expect(table.outgoing.byUrgency).toEqual([]);
    expect(table.monthly.map((m) => [m.month, m.outgoing.count, m.incoming.count])).toEqual([
      ['2026-01', 10, 0],
      ['2026-02', 20, 2],
    ]);
    expect(table.incoming.total.count).toBe(2);
  });

  it('releases every atom through the p-table for anyone else, a month total keyed by the sum of its keys', () => {
    const table = statisticsTable(rows, new Disclosure(false), context);
    const january = perturb(10, (11 + 40) % 256);
    const february = perturb(20, 200);
    expect(table.monthly.map((m) => m.outgoing.count)).toEqual([january, february]);
    expect(table.outgoing.total.count).toBe(january + february);
    expect(table.incoming.total.count).toBe(perturb(2, 1));
    expect(table.outgoing.byStatus.find((c) => c.key === 'COMPLETED')?.count ?? 0).toBe(perturb(3, 40));
    // Nothing from 1 to 4 is ever released.
    for (const c of [...table.outgoing.byStatus, ...table.incoming.byStatus]) expect(c.count).toBeGreaterThanOrEqual(5);
  });

  it('withholds percentiles over too few referrals and releases them perturbed over enough', () => {
    const few = { side: 'ORIGIN', metric: 'acknowledgement', days: 4, n: PERCENTILE_THRESHOLD - 1 };
    const many = { side: 'DESTINATION', metric: 'completion', days: 30, n: PERCENTILE_THRESHOLD };
    const timed: StatisticsRows = {
      ...NO_ROWS,
      histograms: [few, many],
      durationAtoms: [
        { side: 'ORIGIN', metric: 'acknowledgement', n: few.n, key: 0 },
        { side: 'DESTINATION', metric: 'completion', n: many.n, key: 5 },
      ],
    };
    const released = statisticsTable(timed, new Disclosure(false), context);
    expect(released.outgoingTimeliness.acknowledgement).toEqual({
      count: perturb(few.n, 0),
      suppressed: true,
      medianDays: null,
      p90Days: null,
    });
    const completion = released.incomingTimeliness.completion;
    expect(completion.count).toBe(perturb(many.n, 5));
    expect(completion.medianDays).not.toBeNull();
    expect(Math.abs(completion.medianDays! - 30)).toBeGreaterThanOrEqual(1);
    expect(Math.abs(completion.medianDays! - 30)).toBeLessThanOrEqual(2);

    const exact = statisticsTable(timed, new Disclosure(true), context);
    expect(exact.outgoingTimeliness.acknowledgement).toEqual({
      count: few.n,
      suppressed: false,
      medianDays: 4,
      p90Days: 4,
    });
  });

  it('ages open referrals from their creation day at now, and adds the buckets released at the last month', () => {
    const table = statisticsTable(
      {
        ...NO_ROWS,
        openByDay: [
          { day: '2026-03-01', n: 2, key: 0 },
          { day: '2025-12-01', n: 1, key: 0 },
          { day: '2020-01-01', n: 4, key: 0 },
        ],
        openByBucket: [{ bucket: '31-90 days', n: 5, key: 0 }],
      },
      new Disclosure(true),
      context,
    );
    expect(table.openByAge.map((c) => [c.key, c.count])).toEqual([
      ['0-30 days', 2],
      ['31-90 days', 5],
      ['91-180 days', 1],
      ['181-365 days', 0],
      ['over 365 days', 4],
    ]);
  });

  it('counts the directory exactly for everyone, every member country listed', () => {
    const table = statisticsTable(
      { ...NO_ROWS, perCountry: [{ country: 'KEN', n: 3 }], notReviewed: 7, with24x7: ['KEN', 'RWA'] },
      new Disclosure(false),
      context,
    );
    expect(table.directory).toEqual({
      contactPointsPerCountry: [
        { key: 'KEN', count: 3, suppressed: false },
        { key: 'UGA', count: 0, suppressed: false },
        { key: 'RWA', count: 0, suppressed: false },
      ],
      notReviewedIn12Months: 7,
      countriesWithout24x7: [{ code: 'UGA' }],
    });
  });

  it('spans the calendar months a range touches, years under 100 included', () => {
    expect(monthsOf(new Date('2025-11-20T00:00:00Z'), new Date('2026-02-01T00:00:00Z'))).toEqual([
      '2025-11',
      '2025-12',
      '2026-01',
    ]);
    const from = new Date(0);
    from.setUTCFullYear(50, 0, 1);
    const to = new Date(0);
    to.setUTCFullYear(50, 2, 1);
    expect(monthsOf(from, to)).toEqual(['0050-01', '0050-02']);
  });
});
