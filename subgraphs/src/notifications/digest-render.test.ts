import { NETWORKS } from '#shared/registry';
import { renderDailyDigest, renderWeeklyDigest } from './digest-render';
import { factsOf, LANGUAGES, type WeeklyDigestFacts } from './facts';
import { utcWeekStart } from './digests';
import { receivedReferral } from '../../../test/support/notified-record';

const record = receivedReferral({
  id: '6f1c1f0e-4a8b-4d59-9a55-0b8f3a1f7c11',
  reference: 'CASC-2026-000042',
  createdAt: new Date('2026-12-04T10:00:00Z'),
  subject: 'Bank records of Mr X',
  summary: 'The suspect, Mr X, moved funds',
});
const facts = factsOf(NETWORKS, record, new Date('2026-12-04T14:00:00Z'));
const weekly: WeeklyDigestFacts = {
  week: '2026-12-07',
  reviewDue: { contactPoints: 3, authorities: 2, countryProfiles: 1 },
  termsEnding: 4,
  termsEndBy: '2027-02-05',
  overdueReceived: { count: 52, first: [{ reference: '<b>CASC-2026-000001', due: '2026-12-01T10:00:00.000Z' }] },
  overdueSent: { count: 0, first: [] },
};

describe('digests', () => {
  it.each(LANGUAGES)('writes the daily digest in %s: each entry, its link, the settings page, no case content', (l) => {
    const mail = renderDailyDigest(
      l,
      {
        day: '2026-12-04',
        entries: [
          { ...facts, kind: 'MESSAGE' },
          { ...facts, kind: 'WITHDRAWN' },
        ],
      },
      'https://console.example/',
    );
    expect(mail.unsubscribe).toBe('https://console.example/account/notifications');
    expect(mail.subject).toContain('2026-12-04');
    for (const body of [mail.text, mail.html]) {
      expect(body.split('CASC-2026-000042')).toHaveLength(3);
      expect(body).toContain('https://console.example/account/notifications');
      expect(body).not.toMatch(/undefined|Mr X/);
    }
    expect(mail.html).toContain(`<html lang="${l}">`);
  });

  it.each(LANGUAGES)('writes the weekly digest in %s: counts and references, escaped, the rest counted', (l) => {
    const mail = renderWeeklyDigest(l, weekly, 'https://console.example', 'mailto:n@gljc.example');
    expect(mail.unsubscribe).toBe('mailto:n@gljc.example');
    for (const body of [mail.text, mail.html]) {
      expect(body).toContain('52');
      expect(body).toContain('51');
      expect(body).toContain('2026-12-01 10:00 UTC');
      expect(body).not.toMatch(/undefined/);
    }
    expect(mail.html).toContain('&lt;b&gt;CASC-2026-000001');
    expect(mail.html).not.toContain('<b>CASC');
  });

  it('starts a week on Monday 00:00 UTC', () => {
    expect(utcWeekStart(new Date('2026-12-07T00:00:00Z')).toISOString()).toBe('2026-12-07T00:00:00.000Z');
    expect(utcWeekStart(new Date('2026-12-13T23:59:00Z')).toISOString()).toBe('2026-12-07T00:00:00.000Z');
    expect(utcWeekStart(new Date('2026-12-14T00:00:00Z')).toISOString()).toBe('2026-12-14T00:00:00.000Z');
  });
});
