import { NETWORKS } from '#shared/registry';
import { acknowledgeDue, DEFAULT_DUE_POLICY } from '../referrals/due';
import { factsOf, LANGUAGES, NOTIFICATION_KINDS } from './facts';
import { dueReminders } from './deadlines';
import { mailOutcomeOf, messageIdOf } from './mailer';
import { renderMail } from './render';
import { mailBackoffMs } from './worker';
import { receivedReferral } from '../../../test/support/notified-record';

const record = receivedReferral({
  id: '6f1c1f0e-4a8b-4d59-9a55-0b8f3a1f7c11',
  reference: 'CASC-2026-000042',
  createdAt: new Date('2026-12-04T10:00:00Z'),
  // What a whole record also holds, and a mail must never say:
  subject: 'Bank records of Mr X',
  summary: 'The suspect, Mr X, moved funds',
  formalReferences: ['MLA/2026/7'],
  fromCp: 'casc:cp:0a4c2a43-9d0f-4a0b-9c36-3a8a3b9a5d10',
});

describe('facts', () => {
  it('copies only the facts a mail may carry, whatever the record holds', () => {
    const facts = factsOf(NETWORKS, record, new Date('2026-12-04T14:00:00Z'));
    expect(facts).toEqual({
      reference: 'CASC-2026-000042',
      referralKind: 'MUTUAL_LEGAL_ASSISTANCE',
      urgency: 'IMMEDIATE',
      counterpartCountry: 'KAZ',
      counterpartNetwork: 'CASC',
      deadline: '2026-12-04T14:00:00.000Z',
      recordId: `gljc:rcv:${record.id}`,
    });
  });

  it('sets acknowledgement due times by urgency: 4 hours, 24 hours, 5 working days', () => {
    const acknowledgeBy = (at: Date, urgency: string) => acknowledgeDue(DEFAULT_DUE_POLICY, at, urgency);
    const friday = new Date('2026-12-04T10:00:00Z');
    expect(acknowledgeBy(friday, 'IMMEDIATE').toISOString()).toBe('2026-12-04T14:00:00.000Z');
    expect(acknowledgeBy(friday, 'URGENT').toISOString()).toBe('2026-12-05T10:00:00.000Z');
    expect(acknowledgeBy(friday, 'ROUTINE').toISOString()).toBe('2026-12-11T10:00:00.000Z');
    // Created on a Saturday: Monday to Friday of the next week.
    expect(acknowledgeBy(new Date('2026-12-05T09:00:00Z'), 'ROUTINE').toISOString()).toBe('2026-12-11T09:00:00.000Z');
  });
});

describe('renderMail', () => {
  const facts = factsOf(NETWORKS, record, new Date('2026-12-04T14:00:00Z'));

  it.each(LANGUAGES.flatMap((l) => NOTIFICATION_KINDS.map((k) => [l, k] as const)))(
    'writes %s %s with the reference, the link and no case content',
    (language, kind) => {
      const mail = renderMail(kind, language, facts, 'https://console.example/');
      const link = `https://console.example/referrals/${encodeURIComponent(`gljc:rcv:${record.id}`)}`;
      expect(mail.subject).toMatch(/^CASC-2026-000042: \S/);
      for (const body of [mail.text, mail.html]) {
        expect(body).toContain('CASC-2026-000042');
        expect(body).toContain('KAZ, CASC');
        expect(body).toContain('2026-12-04 14:00 UTC');
        expect(body).not.toMatch(/undefined|Mr X|MLA\/2026\/7/);
      }
      expect(mail.text).toContain(link);
      expect(mail.html).toContain(`<a href="${link}">`);
      expect(mail.html).toContain(`<html lang="${language}">`);
    },
  );

  it('escapes what it puts in HTML', () => {
    const mail = renderMail('MESSAGE', 'en', { ...facts, reference: '<b>&' }, 'https://console.example');
    expect(mail.html).toContain('&lt;b&gt;&amp;');
    expect(mail.html).not.toContain('<b>&');
  });
});

describe('sending', () => {
  it('gives every attempt of a row the same Message-ID, in the sender domain', () => {
    expect(messageIdOf('1234', 'GLJC secretariat <notifications@gljc.example>')).toBe('<1234@gljc.example>');
    expect(messageIdOf('1234', 'notifications@casc.example')).toBe('<1234@casc.example>');
  });

  it('gives up on a refusal (5xx) only', () => {
    expect(mailOutcomeOf({ responseCode: 550, message: 'no mailbox' })).toMatchObject({ ok: false, permanent: true });
    expect(mailOutcomeOf({ responseCode: 451, message: 'try later' })).toMatchObject({ ok: false, permanent: false });
    expect(mailOutcomeOf({ code: 'ECONNECTION', message: 'refused' })).toMatchObject({ ok: false, permanent: false });
  });

  it('backs off exponentially, in the upper half of its ceiling, up to the maximum', () => {
    expect(mailBackoffMs(0, 60_000, () => 0)).toBe(500);
    expect(mailBackoffMs(3, 60_000, () => 0)).toBe(4000);
    expect(mailBackoffMs(30, 60_000, () => 0.999)).toBeLessThan(60_000);
    expect(mailBackoffMs(30, 60_000, () => 0)).toBe(30_000);
  });
});

describe('dueReminders', () => {
  const created = new Date('2026-12-04T10:00:00Z'); // a Friday
  const due = acknowledgeDue(DEFAULT_DUE_POLICY, created, 'ROUTINE');
  const at = (iso: string) => dueReminders(created, due, new Date(iso), 24 * 3_600_000).kinds;

  it('counts ROUTINE in working days: reminder a quarter before, overdue at, escalation a day after', () => {
    // Due Friday 11 December 10:00 (5 working days); a quarter of the 7 days before is Wednesday 9th, 16:00.
    expect(dueReminders(created, due, created, 0).due.toISOString()).toBe('2026-12-11T10:00:00.000Z');
    expect(at('2026-12-09T15:59:00Z')).toEqual([]);
    expect(at('2026-12-09T16:00:00Z')).toEqual(['ACK_REMINDER']);
    expect(at('2026-12-11T10:00:00Z')).toEqual(['ACK_OVERDUE']);
    expect(at('2026-12-12T10:00:00Z')).toEqual(['ACK_OVERDUE', 'ESCALATED']);
  });
});

describe('dueReminders of an expected answer date', () => {
  const acknowledged = new Date('2026-12-04T10:00:00Z');
  const kinds = (due: Date, iso: string) =>
    dueReminders(acknowledged, due, new Date(iso), 24 * 3_600_000, 'answer').kinds;

  it('reminds a quarter of the time before, at most a week before; overdue at the date; escalation a day after', () => {
    const tenDays = new Date('2026-12-14T10:00:00Z');
    expect(kinds(tenDays, '2026-12-11T21:59:00Z')).toEqual([]);
    expect(kinds(tenDays, '2026-12-11T22:00:00Z')).toEqual(['ANSWER_REMINDER']);
    expect(kinds(tenDays, '2026-12-14T10:00:00Z')).toEqual(['ANSWER_OVERDUE']);
    expect(kinds(tenDays, '2026-12-15T10:00:00Z')).toEqual(['ANSWER_OVERDUE', 'ANSWER_ESCALATED']);
    // 90 days: a week before, not 22 days.
    const ninetyDays = new Date('2027-03-04T10:00:00Z');
    expect(kinds(ninetyDays, '2027-02-25T09:59:00Z')).toEqual([]);
    expect(kinds(ninetyDays, '2027-02-25T10:00:00Z')).toEqual(['ANSWER_REMINDER']);
  });
});
