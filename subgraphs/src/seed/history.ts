/**
 * A large synthetic referral history, generated inside PostgreSQL with one
 * set-based INSERT (rollup triggers off, rollups rebuilt in one statement):
 * a million rows load in about half a minute, where the demo generator would
 * need the whole multi-network history in memory. For load and statistics
 * measurements; the rows are marked as demo data and carry no events, and the
 * counterpart's contact point is a placeholder (it lives in another database).
 * Spread over the two years before 2026-12-01, over the network's member
 * countries and every other network's, with a fixed mix of kinds, measures,
 * crime areas, urgencies and statuses.
 */
import type { DataSource } from 'typeorm';
import type { NetworkDefinition, Registry } from '#shared/registry';

export interface HistoryReport {
  referrals: number;
  seconds: number;
  rollupRows: number;
}

export async function seedSyntheticHistory(
  ds: DataSource,
  network: NetworkDefinition,
  registry: Registry,
  count: number,
): Promise<HistoryReport> {
  if (!Number.isInteger(count) || count < 1)
    throw new RangeError(`seedSyntheticHistory: count must be a positive integer, got ${count}`);
  const started = Date.now();
  const countries = network.members.map((m) => m.country);
  const others = registry.filter((n) => n.key !== network.key).flatMap((n) => n.members.map((m) => [n.key, m.country]));
  if (others.length === 0)
    throw new RangeError('seedSyntheticHistory: the registry has no other network to exchange referrals with');
  // References stay unique when the history is loaded more than once.
  const batch = `SYN${started.toString(36).toUpperCase()}`;
  await ds.transaction(async (em) => {
    await em.query(`ALTER TABLE referrals DISABLE TRIGGER USER`);
    await em.query(
      `WITH cps AS (SELECT coalesce(array_agg($1 || ':cp:' || id ORDER BY id), ARRAY[$1 || ':cp:none']) AS ids FROM contact_points WHERE active)
       INSERT INTO referrals (id, side, reference, origin_network, destination_network, origin_country, destination_country, from_cp,
         kind, measures, crime_areas, urgency, subject, formal_references, status, created_at, acknowledged_at, completed_at, is_demo)
       SELECT gen_random_uuid(), CASE WHEN i % 2 = 0 THEN 'ORIGIN' ELSE 'DESTINATION' END, $5 || '-' || i,
              CASE WHEN i % 2 = 0 THEN $1 ELSE o.net END, CASE WHEN i % 2 = 0 THEN o.net ELSE $1 END,
              CASE WHEN i % 2 = 0 THEN c.code ELSE o.country END, CASE WHEN i % 2 = 0 THEN o.country ELSE c.code END,
              CASE WHEN i % 2 = 0 THEN cps.ids[1 + i % array_length(cps.ids, 1)] ELSE o.net || ':cp:synthetic' END,
              (ARRAY['MUTUAL_LEGAL_ASSISTANCE','MUTUAL_LEGAL_ASSISTANCE','MUTUAL_LEGAL_ASSISTANCE','EXTRADITION','ASSET_RECOVERY','INFORMAL_COOPERATION'])[1 + i % 6],
              ARRAY[(ARRAY['BANK_INFORMATION','SEARCH_AND_SEIZURE','WITNESS_EVIDENCE','ELECTRONIC_EVIDENCE','FREEZING'])[1 + i % 5]],
              ARRAY[(ARRAY['DRUG_TRAFFICKING','MONEY_LAUNDERING','CORRUPTION','CYBERCRIME','TRAFFICKING_IN_PERSONS','FRAUD'])[1 + (i / 7) % 6]],
              (ARRAY['ROUTINE','ROUTINE','ROUTINE','URGENT','IMMEDIATE'])[1 + (i / 3) % 5],
              'Synthetic referral (load test history)', '{}',
              st.status, created, CASE WHEN st.status <> 'SENT' THEN created + ((i % 10) || ' days')::interval END,
              CASE WHEN st.status = 'COMPLETED' THEN created + ((10 + i % 170) || ' days')::interval END, true
         FROM generate_series(1, $2::int) i
         CROSS JOIN cps
         CROSS JOIN LATERAL (SELECT timestamptz '2024-12-01' + ((i::bigint * 7919) % (730 * 24)) * interval '1 hour' AS created) t
         CROSS JOIN LATERAL (SELECT (ARRAY['COMPLETED','COMPLETED','COMPLETED','COMPLETED','COMPLETED','DECLINED','WITHDRAWN','SENT','ACKNOWLEDGED','IN_PROGRESS'])[1 + (i / 11) % 10] AS status) st
         CROSS JOIN LATERAL (SELECT code FROM unnest($3::text[]) WITH ORDINALITY u(code, k) WHERE k = 1 + i % array_length($3::text[], 1)) c
         CROSS JOIN LATERAL (SELECT o[1] AS net, o[2] AS country FROM (SELECT $4::text[][] AS a) x, LATERAL (SELECT ARRAY[a[1 + (i / 13) % array_length(a, 1)][1], a[1 + (i / 13) % array_length(a, 1)][2]] AS o) y) o`,
      [network.key, count, countries, others, batch],
    );
    await em.query(`ALTER TABLE referrals ENABLE TRIGGER USER`);
    await em.query(`SELECT referral_rollup_rebuild()`);
  });
  // The planner needs fresh statistics of the rebuilt rollups as much as of the referrals.
  await ds.query(
    `ANALYZE referrals, referral_rollup, referral_duration_rollup, referral_atoms, referral_duration_atoms`,
  );
  const [{ n }] = (await ds.query(
    `SELECT (SELECT count(*) FROM referral_rollup) + (SELECT count(*) FROM referral_duration_rollup) AS n`,
  )) as [{ n: string }];
  return { referrals: count, seconds: (Date.now() - started) / 1000, rollupRows: Number(n) };
}
