/** Migration ReferralDueTimes: existing records get the due times the defaults give (as referrals/due.ts computes them); down removes them. */
import type { QueryRunner } from 'typeorm';
import { createOwnerRunner } from '../../../../test/support/db';
import { acknowledgeDue, answerDue, DEFAULT_DUE_POLICY } from '../../referrals/due';
import { ReferralDueTimes1796500000000 } from './1796500000000-ReferralDueTimes';

let db: Awaited<ReturnType<typeof createOwnerRunner>>;
let runner: QueryRunner;
const migration = new ReferralDueTimes1796500000000();

/** A record of `urgency` created at `createdAt`, acknowledged at `acknowledgedAt` (or not). */
const insert = (n: number, urgency: string, createdAt: string, status: string, acknowledgedAt: string | null) =>
  runner.query(
    `INSERT INTO referrals (id, side, reference, origin_network, destination_network, origin_country, destination_country, from_cp,
       kind, measures, crime_areas, urgency, subject, formal_references, status, created_at, acknowledged_at)
     VALUES (gen_random_uuid(), 'DESTINATION', $1, 'casc', 'gljc', 'KAZ', 'KEN', 'casc:cp:x', 'MUTUAL_LEGAL_ASSISTANCE',
       '{BANK_INFORMATION}', '{FRAUD}', $2, 'Subject', '{}', $3, $4, $5)`,
    [`CASC-2026-${String(n).padStart(6, '0')}`, urgency, status, createdAt, acknowledgedAt],
  );

beforeAll(async () => {
  db = await createOwnerRunner('referral_due_times');
  runner = db.runner;
});

afterAll(() => db?.close());

it('gives existing records the default due times, working days counted in UTC, and goes away on down', async () => {
  await migration.down(runner);
  const rows: [string, string, string, string | null][] = [
    ['IMMEDIATE', '2026-12-04T10:00:00Z', 'SENT', null],
    ['URGENT', '2026-12-04T23:30:00Z', 'ACKNOWLEDGED', '2026-12-05T08:00:00Z'],
    // Friday 10:00 UTC: due the next Friday; Saturday: the Friday after the next Monday.
    ['ROUTINE', '2026-12-04T10:00:00Z', 'IN_PROGRESS', '2026-12-08T09:00:00Z'],
    ['ROUTINE', '2026-12-05T09:00:00Z', 'SENT', null],
    // 23:30 UTC on a Friday is Saturday in Paris: the weekday is the UTC one.
    ['ROUTINE', '2026-12-04T23:30:00Z', 'COMPLETED', '2026-12-07T08:00:00Z'],
    // Across the end of summer time in Paris (25 October): days of 24 hours still.
    ['ROUTINE', '2026-10-23T10:00:00Z', 'ACKNOWLEDGED', '2026-10-23T12:00:00Z'],
    ['IMMEDIATE', '2026-10-22T10:00:00Z', 'ASSIGNED', '2026-10-22T12:00:00Z'],
  ];
  for (const [i, [urgency, createdAt, status, acknowledgedAt]] of rows.entries())
    await insert(i + 1, urgency, createdAt, status, acknowledgedAt);
  await runner.query(`SET TIME ZONE 'Europe/Paris'`);
  await migration.up(runner);
  await runner.query(`SET TIME ZONE 'UTC'`);
  const stored: { acknowledge_by: Date; answer_expected_by: Date | null }[] = await runner.query(
    `SELECT acknowledge_by, answer_expected_by FROM referrals ORDER BY reference`,
  );
  expect(stored.map((r) => [r.acknowledge_by.toISOString(), r.answer_expected_by?.toISOString() ?? null])).toEqual(
    rows.map(([urgency, createdAt, , acknowledgedAt]) => [
      acknowledgeDue(DEFAULT_DUE_POLICY, new Date(createdAt), urgency).toISOString(),
      acknowledgedAt ? answerDue(DEFAULT_DUE_POLICY, new Date(acknowledgedAt), urgency).toISOString() : null,
    ]),
  );
  expect(stored[2]!.acknowledge_by.toISOString()).toBe('2026-12-11T10:00:00.000Z');
  expect(stored[3]!.acknowledge_by.toISOString()).toBe('2026-12-11T09:00:00.000Z');
  await migration.down(runner);
  expect(
    await runner.query(
      `SELECT count(*)::int AS n FROM information_schema.columns
        WHERE table_name IN ('referrals', 'referral_events') AND column_name IN ('acknowledge_by', 'answer_expected_by')`,
    ),
  ).toEqual([{ n: 0 }]);
  await migration.up(runner);
});
