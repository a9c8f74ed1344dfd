/**
 * Demo referrals against real PostgreSQL: two networks seeded in two fresh
 * databases hold matching records of every referral between them, each record
 * folds to its own status, references and counters agree, and a re-run adds nothing.
 */
import type { DataSource } from 'typeorm';
import { NETWORKS, type NetworkDefinition } from '#shared/registry';
import { createMigratedDataSource } from '../../../test/support/db';
import { DeadlineScheduler } from '../notifications/deadlines';
import { ANSWERING } from '../referrals/due';
import { fold, type EventType, type ReferralStatus, type Side } from '../referrals/state';
import { seedNetwork, seedReferrals } from './demo';
import { demoContactPoints } from './directory';
import { demoReferrals } from './referrals';

const CASC: NetworkDefinition = NETWORKS.find((n) => n.code === 'CASC')!;
const WACAP: NetworkDefinition = NETWORKS.find((n) => n.code === 'WACAP')!;

const WINDOW_START = Date.UTC(2024, 11, 1);
const WINDOW_END = Date.UTC(2026, 10, 21); // exclusive: 2026-11-20 is the last day

interface ReferralRow {
  id: string;
  side: Side;
  reference: string;
  origin_network: string;
  destination_network: string;
  origin_country: string;
  destination_country: string;
  from_cp: string;
  to_cp: string | null;
  status: string;
  assigned_to: string | null;
  created_at: Date;
  [column: string]: unknown;
}

interface EventRow {
  referral_id: string;
  record_side: Side;
  author_side: Side;
  seq: number;
  type: EventType;
  at: Date;
  actor_subject: string | null;
  actor_cp: string | null;
  note: string | null;
  assigned_to: string | null;
  answer_expected_by: Date | null;
}

interface Seeded {
  network: NetworkDefinition;
  ds: DataSource;
  close(): Promise<void>;
  inserted: number;
  ms: number;
  referrals: ReferralRow[];
  events: EventRow[];
}

const seeded: Seeded[] = [];

async function seed(network: NetworkDefinition): Promise<Seeded> {
  const { ds, close } = await createMigratedDataSource(`referrals_${network.key}`);
  const started = Date.now();
  const report = await seedNetwork(ds, network);
  const ms = Date.now() - started;
  const referrals: ReferralRow[] = await ds.query('SELECT * FROM referrals ORDER BY id, side');
  const events: EventRow[] = await ds.query(
    'SELECT * FROM referral_events ORDER BY referral_id, record_side, author_side, seq',
  );
  const s = { network, ds, close, inserted: report.referrals, ms, referrals, events };
  seeded.push(s);
  return s;
}

let casc: Seeded;
let wacap: Seeded;

beforeAll(async () => {
  casc = await seed(CASC);
  wacap = await seed(WACAP);
}, 120_000);

afterAll(async () => {
  for (const s of seeded) await s.close();
});

const key = (r: { id: string; side: string }) => `${r.id}/${r.side}`;
/** A record's content: everything but its side. */
const content = ({ side: _side, ...rest }: ReferralRow) => rest;
/** Events of one record, as its side keeps them, without the record side. */
function eventsOf(s: Seeded, id: string, side: Side) {
  return s.events.filter((e) => e.referral_id === id && e.record_side === side).map(({ record_side: _r, ...e }) => e);
}
const network = (s: Seeded) => s.network.key;

describe('seedReferrals', () => {
  it('inserts the records each network holds, as origin and as destination', () => {
    const all = demoReferrals(NETWORKS);
    for (const s of [casc, wacap]) {
      const expected =
        all.filter((r) => r.originNetwork === network(s)).length +
        all.filter((r) => r.destinationNetwork === network(s)).length;
      expect(s.inserted).toBe(expected);
      expect(s.referrals).toHaveLength(expected);
      expect(expected).toBeGreaterThan(1000);
      for (const r of s.referrals) {
        expect(r.side === 'ORIGIN' ? r.origin_network : r.destination_network).toBe(network(s));
        expect(r.is_demo).toBe(true);
      }
      // Four destinations for its referrals (its own network included), four origins of the ones it received.
      expect(new Set(s.referrals.filter((r) => r.side === 'ORIGIN').map((r) => r.destination_network)).size).toBe(
        NETWORKS.length,
      );
      expect(new Set(s.referrals.filter((r) => r.side === 'DESTINATION').map((r) => r.origin_network)).size).toBe(
        NETWORKS.length,
      );
    }
    // Seeding a network stays quick: directory and referrals together.
    expect(Math.max(casc.ms, wacap.ms)).toBeLessThan(30_000);
  });

  it('keeps identical content and events on both sides of every referral between the two networks', () => {
    const byKey = new Map([...casc.referrals, ...wacap.referrals].map((r) => [`${r.origin_network}>${key(r)}`, r]));
    let pairs = 0;
    for (const [origin, destination] of [
      [casc, wacap],
      [wacap, casc],
      [casc, casc],
      [wacap, wacap],
    ] as const) {
      const outgoing = origin.referrals.filter(
        (r) => r.side === 'ORIGIN' && r.destination_network === network(destination),
      );
      expect(outgoing.length).toBeGreaterThan(100);
      for (const o of outgoing) {
        const d = destination.referrals.find((r) => r.id === o.id && r.side === 'DESTINATION');
        expect(d).toBeDefined();
        expect(content(d!)).toEqual(content(o));
        expect(eventsOf(destination, o.id, 'DESTINATION')).toEqual(eventsOf(origin, o.id, 'ORIGIN'));
        expect(byKey.get(`${o.origin_network}>${key(o)}`)).toBe(o);
        pairs++;
      }
      // And nothing the destination holds lacks its origin record.
      const incoming = destination.referrals.filter(
        (r) => r.side === 'DESTINATION' && r.origin_network === network(origin),
      );
      expect(incoming.map((r) => r.id).sort()).toEqual(outgoing.map((r) => r.id).sort());
    }
    expect(pairs).toBeGreaterThan(400);
  });

  it('gives every record the status and assignee its events fold to, with valid steps only', () => {
    for (const s of [casc, wacap]) {
      const bySide = new Map<string, EventRow[]>();
      for (const e of s.events) {
        const k = `${e.referral_id}/${e.record_side}`;
        bySide.set(k, [...(bySide.get(k) ?? []), e]);
      }
      for (const r of s.referrals) {
        const events = bySide.get(key(r)) ?? [];
        const folded = fold(
          events.map((e) => ({
            type: e.type,
            authorSide: e.author_side,
            seq: e.seq,
            at: e.at,
            assignedTo: e.assigned_to,
          })),
        );
        expect(folded.ignored).toEqual([]);
        expect({ status: r.status, assignedTo: r.assigned_to }).toEqual({
          status: folded.status,
          assignedTo: folded.assignedTo,
        });
        const created = events.filter((e) => e.type === 'CREATED');
        expect(created).toHaveLength(1);
        expect(created[0]).toMatchObject({ author_side: 'ORIGIN', seq: 1, actor_cp: r.from_cp });
        expect(created[0]!.at.getTime()).toBe(r.created_at.getTime());
        for (const e of events.filter((x) => x.type === 'ASSIGNED')) {
          expect(e.assigned_to).toMatch(new RegExp(`^${r.destination_network}:cp:`));
        }
      }
    }
  });

  it('numbers events 1..n per referral and author side, without gaps', () => {
    for (const s of [casc, wacap]) {
      const seqs = new Map<string, number[]>();
      for (const e of s.events) {
        const k = `${e.referral_id}/${e.record_side}/${e.author_side}`;
        seqs.set(k, [...(seqs.get(k) ?? []), e.seq]);
      }
      for (const list of seqs.values()) expect(list).toEqual(list.map((_s, i) => i + 1));
    }
  });

  it('uses unique references and leaves referral_counters at or above every counter used', async () => {
    const idOf = new Map<string, string>();
    for (const r of [...casc.referrals, ...wacap.referrals]) {
      const seen = idOf.get(r.reference);
      if (seen !== undefined) expect(seen).toBe(r.id);
      idOf.set(r.reference, r.id);
    }
    for (const s of [casc, wacap]) {
      const used = new Map<number, number>();
      for (const r of s.referrals.filter((x) => x.side === 'ORIGIN')) {
        const m = /^([A-Z0-9]+)-(\d{4})-(\d{6})$/.exec(r.reference);
        expect(m).not.toBeNull();
        expect(m![1]).toBe(s.network.code);
        expect(Number(m![2])).toBe(r.created_at.getUTCFullYear());
        used.set(Number(m![2]), Math.max(used.get(Number(m![2])) ?? 0, Number(m![3])));
      }
      const counters: { year: number; last: number }[] = await s.ds.query('SELECT year, last FROM referral_counters');
      const last = new Map(counters.map((c) => [c.year, c.last]));
      expect([...used.keys()].sort()).toEqual([2024, 2025, 2026]);
      for (const [year, max] of used) expect(last.get(year)).toBeGreaterThanOrEqual(max);
    }
  });

  it('keeps every referral and event inside the two-year window', () => {
    for (const s of [casc, wacap]) {
      for (const r of s.referrals) {
        expect(r.created_at.getTime()).toBeGreaterThanOrEqual(WINDOW_START);
        expect(r.created_at.getTime()).toBeLessThan(WINDOW_END);
      }
      for (const e of s.events) expect(e.at.getTime()).toBeLessThan(WINDOW_END);
    }
  });

  it('refers to demo contact points that exist and are active in their own network', async () => {
    for (const s of [casc, wacap]) {
      const rows: { id: string; active: boolean; country: string }[] = await s.ds.query(
        'SELECT id, active, country FROM contact_points',
      );
      const cps = new Map(rows.map((c) => [`${network(s)}:cp:${c.id}`, c]));
      const own = (cp: string | null, country: string) => {
        if (cp === null || !cp.startsWith(`${network(s)}:`)) return;
        expect(cps.get(cp)).toMatchObject({ active: true, country });
      };
      for (const r of s.referrals) {
        own(r.from_cp, r.origin_country);
        own(r.to_cp, r.destination_country);
        own(r.assigned_to, r.destination_country);
      }
    }
  });

  it('leaves the outbox and delivery receipts empty', async () => {
    for (const s of [casc, wacap]) {
      const [{ outbox, receipts }] = await s.ds.query(
        'SELECT (SELECT count(*) FROM outbox)::int AS outbox, (SELECT count(*) FROM delivery_receipts)::int AS receipts',
      );
      expect({ outbox, receipts }).toEqual({ outbox: 0, receipts: 0 });
    }
  });

  it('inserts nothing when run again', async () => {
    const messages: string[] = [];
    expect(await seedReferrals(casc.ds, CASC, { onProgress: (m) => messages.push(m) })).toBe(0);
    expect(messages.join('\n')).toMatch(/already has rows/);
    const [{ n }] = await casc.ds.query('SELECT count(*)::int AS n FROM referrals');
    expect(n).toBe(casc.referrals.length);
    const again = await seedNetwork(wacap.ds, WACAP);
    expect(again.referrals).toBe(wacap.referrals.length);
    const [{ e }] = await wacap.ds.query('SELECT count(*)::int AS e FROM referral_events');
    expect(e).toBe(wacap.events.length);
  });
});

describe('due times of the demo history', () => {
  /** The demo history ends at 2026-11-20 18:00 UTC (referral-lifecycle.ts). */
  const HISTORY_END = new Date(Date.UTC(2026, 10, 20, 18, 0));
  const DAY = 86_400_000;

  it('gives every record its due times: the acknowledgement by urgency, the answer date its events fold to', () => {
    for (const s of [casc, wacap]) {
      for (const r of s.referrals) {
        expect(r.acknowledge_by).toBeInstanceOf(Date);
        const folded = fold(
          eventsOf(s, r.id, r.side).map((e) => ({
            type: e.type,
            authorSide: e.author_side,
            seq: e.seq,
            at: e.at,
            answerExpectedBy: e.answer_expected_by,
          })),
        );
        expect(r.answer_expected_by).toEqual(folded.answerExpectedBy);
        if (r.status === 'SENT') throw new Error(`${r.reference} is still waiting for its acknowledgement`);
      }
    }
  });

  it('leaves nothing due: a fresh start sends no deadline mail, at the end of the history, now or a month on', async () => {
    for (const s of [casc, wacap]) {
      const open = s.referrals.filter((r) => ANSWERING.includes(r.status as ReferralStatus));
      expect(open.length).toBeGreaterThan(0);
      for (const r of open)
        expect((r.answer_expected_by as Date).getTime()).toBeGreaterThan(HISTORY_END.getTime() + 150 * DAY - 1);
      for (const now of [HISTORY_END, new Date(), new Date(Date.now() + 30 * DAY)]) {
        const scheduler = new DeadlineScheduler({
          ds: s.ds,
          network: s.network,
          registry: NETWORKS,
          now: () => now,
          escalationDelayMs: DAY,
          secretariat: { email: 'secretariat@example.org', language: 'en' },
        });
        await scheduler.check();
      }
      const [{ n }] = await s.ds.query('SELECT count(*)::int AS n FROM mail_outbox');
      expect(n).toBe(0);
    }
  });
});

describe('demoReferrals', () => {
  const all = demoReferrals(NETWORKS);
  const share = (pred: (r: (typeof all)[number]) => boolean) => all.filter(pred).length / all.length;

  it('is deterministic and about 150 referrals per ordered network pair', () => {
    expect(JSON.stringify(demoReferrals(NETWORKS))).toEqual(JSON.stringify(all));
    expect(all.length).toBeGreaterThan(16 * 130);
    expect(all.length).toBeLessThan(16 * 170);
    const other = demoReferrals(NETWORKS, { seed: 7 });
    expect(other[0]!.id).not.toBe(all[0]!.id);
    for (const r of all.filter((x) => x.originNetwork === x.destinationNetwork))
      expect(r.originCountry).not.toBe(r.destinationCountry);
  });

  it('scales the number of referrals', () => {
    const two = demoReferrals(NETWORKS, { scale: 2 });
    expect(two.length / all.length).toBeGreaterThan(1.8);
    expect(two.length / all.length).toBeLessThan(2.2);
  });

  it('draws from contact points seedNetwork inserts', () => {
    const ids = new Set(
      NETWORKS.flatMap((n) =>
        demoContactPoints(n)
          .filter((cp) => cp.active)
          .map((cp) => `${n.key}:cp:${cp.id}`),
      ),
    );
    for (const r of all) {
      expect(ids.has(r.fromCp)).toBe(true);
      if (r.toCp !== null) expect(ids.has(r.toCp)).toBe(true);
      if (r.assignedTo !== null) expect(ids.has(r.assignedTo)).toBe(true);
    }
  });

  it('has realistic mixes of kinds, urgencies and outcomes', () => {
    expect(share((r) => r.kind === 'MUTUAL_LEGAL_ASSISTANCE')).toBeCloseTo(0.6, 1);
    expect(share((r) => r.kind === 'EXTRADITION')).toBeCloseTo(0.15, 1);
    expect(share((r) => r.urgency === 'ROUTINE')).toBeCloseTo(0.7, 1);
    expect(share((r) => r.status === 'COMPLETED')).toBeCloseTo(0.55, 1);
    expect(share((r) => r.status === 'DECLINED')).toBeCloseTo(0.1, 1);
    expect(share((r) => r.status === 'WITHDRAWN')).toBeCloseTo(0.05, 1);
    for (const r of all.filter((x) => x.kind === 'EXTRADITION')) expect(r.measures[0]).toBe('EXTRADITION');
    // Open referrals: most recent ones are, few old ones are.
    const recent = Date.UTC(2026, 6, 20);
    const open = (r: (typeof all)[number]) => !['COMPLETED', 'DECLINED', 'WITHDRAWN'].includes(r.status);
    const openRecent = all.filter((r) => r.createdAt.getTime() >= recent);
    const openOld = all.filter((r) => r.createdAt.getTime() < recent);
    expect(openRecent.filter(open).length / openRecent.length).toBeGreaterThan(0.5);
    expect(openOld.filter(open).length / openOld.length).toBeLessThan(0.25);
  });
});
