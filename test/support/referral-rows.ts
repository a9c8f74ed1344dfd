/**
 * Referral rows written straight into a network's database (the rollup trigger
 * sees them like any write), for tests of figures over referrals: small named
 * factories instead of a trip through createReferral for every row.
 */
import { createHash } from 'node:crypto';
import type { DataSource } from 'typeorm';

export interface ReferralRow {
  id: string;
  side: 'ORIGIN' | 'DESTINATION';
  reference: string;
  originNetwork: string;
  destinationNetwork: string;
  originCountry: string;
  destinationCountry: string;
  kind: string;
  measures: string[];
  crimeAreas: string[];
  urgency: string;
  status: string;
  createdAt: string;
  acknowledgedAt: string | null;
  completedAt: string | null;
  /** The stored cell key; the column's default (a random byte) when not given. */
  recordKey?: number;
}

/** A fixed uuid per (series, number), so the record keys and hence the noise of a test are the same on every run. */
export function fixedUuid(series: number, i: number): string {
  return `${series.toString(16).padStart(8, '0')}-0000-4000-8000-${i.toString(16).padStart(12, '0')}`;
}

/** A fixed record key for a fixture (first byte of SHA-256 of the uuid's bytes, as record keys were before they were keyed by a secret). */
export function recordKey(uuid: string): number {
  return createHash('sha256')
    .update(Buffer.from(uuid.replace(/-/g, ''), 'hex'))
    .digest()[0]!;
}

/** An outgoing referral of `network` to GLJC's Kenya by default; overrides name what a test is about. */
export function referralRow(network: string, id: string, overrides: Partial<ReferralRow> = {}): ReferralRow {
  return {
    id,
    side: 'ORIGIN',
    reference: `TEST-${id}`,
    originNetwork: network,
    destinationNetwork: 'gljc',
    originCountry: 'KAZ',
    destinationCountry: 'KEN',
    kind: 'MUTUAL_LEGAL_ASSISTANCE',
    measures: ['BANK_INFORMATION'],
    crimeAreas: ['MONEY_LAUNDERING'],
    urgency: 'ROUTINE',
    status: 'SENT',
    createdAt: '2019-03-10T10:00:00Z',
    acknowledgedAt: null,
    completedAt: null,
    ...overrides,
  };
}

export async function insertReferrals(ds: DataSource, rows: readonly ReferralRow[]): Promise<void> {
  for (const r of rows) {
    const key = r.recordKey === undefined ? [] : [r.recordKey];
    await ds.query(
      `INSERT INTO referrals (id, side, reference, origin_network, destination_network, origin_country, destination_country, from_cp,
         kind, measures, crime_areas, urgency, subject, status, created_at, acknowledged_at, completed_at, is_demo${key.length ? ', record_key' : ''})
       VALUES ($1, $2, $3, $4, $5, $6, $7, $4 || ':cp:test', $8, $9, $10, $11, 'Test referral (fixture)', $12, $13, $14, $15, true${key.length ? ', $16' : ''})`,
      [
        r.id,
        r.side,
        r.reference,
        r.originNetwork,
        r.destinationNetwork,
        r.originCountry,
        r.destinationCountry,
        r.kind,
        r.measures,
        r.crimeAreas,
        r.urgency,
        r.status,
        r.createdAt,
        r.acknowledgedAt,
        r.completedAt,
        ...key,
      ],
    );
  }
}

/** Deletes rows written by insertReferrals (the trigger takes them out of the rollups again). */
export async function deleteReferrals(ds: DataSource, rows: readonly ReferralRow[]): Promise<void> {
  await ds.query(`DELETE FROM referrals WHERE id = ANY($1::uuid[])`, [rows.map((r) => r.id)]);
}
