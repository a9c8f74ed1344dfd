import { listSearchParams, parseListSearch, toReferralFilter } from './listFilter';

describe('the referral list filters', () => {
  it('reads what the address holds, dropping what is not a valid value', () => {
    const s = parseListSearch(
      new URLSearchParams('direction=OUT&status=SENT&urgency=NOW&country=NGA&from=2026-01-01&to=junk&network=WACAP'),
    );
    expect(s).toMatchObject({
      direction: 'OUT',
      status: 'SENT',
      urgency: '',
      country: 'NGA',
      from: '2026-01-01',
      to: '',
      network: 'WACAP',
    });
    expect(listSearchParams(s)).toEqual({
      direction: 'OUT',
      status: 'SENT',
      country: 'NGA',
      from: '2026-01-01',
      network: 'WACAP',
    });
  });

  it('asks the API for whole days, and for the reference alone when looking one up', () => {
    const s = parseListSearch(new URLSearchParams('from=2026-01-01&to=2026-01-31&crimeArea=CYBERCRIME'));
    expect(toReferralFilter(s)).toEqual({
      direction: 'IN',
      crimeArea: 'CYBERCRIME',
      createdFrom: '2026-01-01T00:00:00.000Z',
      createdTo: '2026-02-01T00:00:00.000Z',
    });
    expect(
      toReferralFilter(parseListSearch(new URLSearchParams('status=SENT&reference=%20SEAJUST-2026-000123%20'))),
    ).toEqual({ reference: 'SEAJUST-2026-000123' });
  });

  it('asks for overdue referrals only when the address says overdue=true', () => {
    const s = parseListSearch(new URLSearchParams('direction=OUT&overdue=true'));
    expect(listSearchParams(s)).toEqual({ direction: 'OUT', overdue: 'true' });
    expect(toReferralFilter(s)).toEqual({ direction: 'OUT', overdue: true });
    expect(toReferralFilter(parseListSearch(new URLSearchParams('overdue=yes')))).toEqual({ direction: 'IN' });
  });
});
