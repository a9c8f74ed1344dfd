/** The list filter of referrals and the check of one record come from the same clauses: they agree on every record. */
import type { Caller } from '#shared/caller';
import { ANONYMOUS } from '#shared/caller';
import { caller } from '../../../test/support/callers';
import { createMigratedDataSource } from '../../../test/support/db';
import { fixedUuid, insertReferrals, referralRow } from '../../../test/support/referral-rows';
import { ReferralEntity } from '../referrals/referral.entity';
import { isReferralParty, referralPartyFilter } from './referrals';

const cp = (n: string, i: number) => `${n}:cp:${fixedUuid(7, i)}`;

const CALLERS: Caller[] = [
  ANONYMOUS,
  caller(['CONTACT_POINT'], 'casc', 'KAZ', cp('casc', 1)),
  caller(['CONTACT_POINT'], 'casc', 'ARM', cp('casc', 2)),
  caller(['CONTACT_POINT'], 'gljc', 'KEN', cp('gljc', 3)),
  caller(['CONTACT_POINT'], 'gljc', 'UGA', cp('gljc', 4)),
  caller(['CONTACT_POINT'], null, 'KAZ', cp('casc', 1)),
  caller(['CONTACT_POINT', 'SECRETARIAT'], 'gljc', 'UGA', cp('gljc', 9)),
  caller(['SECRETARIAT'], 'casc'),
  caller(['SECRETARIAT'], 'gljc'),
  caller(['SECRETARIAT'], 'wacap'),
  caller(['ANALYST'], 'casc'),
  caller(['HUB_ADMIN'], null),
  caller(['SERVICE'], 'gljc'),
];

describe('referral parties in SQL and in TypeScript', () => {
  let env: Awaited<ReturnType<typeof createMigratedDataSource>>;
  beforeAll(async () => {
    env = await createMigratedDataSource('access');
    // CASC's Kazakhstan to GLJC's Kenya, on both sides; one to Armenia within CASC; one naming Uganda's contact point as to, one assigned to it.
    const rows = [
      referralRow('casc', fixedUuid(8, 1)),
      referralRow('casc', fixedUuid(8, 1), { side: 'DESTINATION' }),
      referralRow('casc', fixedUuid(8, 2), { destinationNetwork: 'casc', destinationCountry: 'ARM' }),
      referralRow('casc', fixedUuid(8, 3)),
      referralRow('casc', fixedUuid(8, 4), { originCountry: 'ARM' }),
    ];
    await insertReferrals(env.ds, rows);
    await env.ds.query(`UPDATE referrals SET from_cp = $1 WHERE origin_country = 'KAZ'`, [cp('casc', 1)]);
    await env.ds.query(`UPDATE referrals SET to_cp = $1 WHERE id = $2`, [cp('gljc', 4), fixedUuid(8, 3)]);
    await env.ds.query(`UPDATE referrals SET assigned_to = $1 WHERE id = $2`, [cp('gljc', 4), fixedUuid(8, 4)]);
  }, 60_000);
  afterAll(async () => {
    await env?.close();
  });

  it.each(
    CALLERS.map(
      (c) => [`${c.roles.join('+') || 'anonymous'} of ${c.network ?? 'no network'} ${c.country ?? ''}`, c] as const,
    ),
  )('%s sees in a list exactly the records it may open', async (_who, c) => {
    const all = await env.ds.getRepository(ReferralEntity).find();
    const parties = referralPartyFilter(c, 'r');
    const listed = await env.ds
      .getRepository(ReferralEntity)
      .createQueryBuilder('r')
      .where(parties.where, parties.params)
      .getMany();
    const key = (r: ReferralEntity) => `${r.id}|${r.side}`;
    expect(listed.map(key).sort()).toEqual(
      all
        .filter((r) => isReferralParty(c, r))
        .map(key)
        .sort(),
    );
  });

  it('lets a record be seen by some callers and not others (the comparison is not vacuous)', async () => {
    const all = await env.ds.getRepository(ReferralEntity).find();
    const counts = CALLERS.map((c) => all.filter((r) => isReferralParty(c, r)).length);
    expect(Math.min(...counts)).toBe(0);
    expect(new Set(counts).size).toBeGreaterThan(3);
  });
});
