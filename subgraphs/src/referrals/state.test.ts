import { fold, nextStatus, orderEvents, STEPS, type EventType, type ReferralStatus, type Side } from './state';

const STATUSES: ReferralStatus[] = [
  'SENT',
  'ACKNOWLEDGED',
  'ASSIGNED',
  'IN_PROGRESS',
  'COMPLETED',
  'DECLINED',
  'WITHDRAWN',
];
const STEP_TYPES = Object.keys(STEPS) as Exclude<EventType, 'CREATED'>[];
const SIDES: Side[] = ['ORIGIN', 'DESTINATION'];

/** The allowed steps, written out by hand: (status, step, side) -> next status. */
const ALLOWED: [ReferralStatus, EventType, Side, ReferralStatus][] = [
  ['SENT', 'ACKNOWLEDGED', 'DESTINATION', 'ACKNOWLEDGED'],
  ['ACKNOWLEDGED', 'ASSIGNED', 'DESTINATION', 'ASSIGNED'],
  ['ASSIGNED', 'ASSIGNED', 'DESTINATION', 'ASSIGNED'],
  ['ASSIGNED', 'STARTED', 'DESTINATION', 'IN_PROGRESS'],
  ['IN_PROGRESS', 'COMPLETED', 'DESTINATION', 'COMPLETED'],
  ...(['ACKNOWLEDGED', 'ASSIGNED', 'IN_PROGRESS'] as ReferralStatus[]).map(
    (s): [ReferralStatus, EventType, Side, ReferralStatus] => [s, 'ANSWER_DATE_SET', 'DESTINATION', s],
  ),
  ...(['SENT', 'ACKNOWLEDGED', 'ASSIGNED', 'IN_PROGRESS'] as ReferralStatus[]).flatMap(
    (s): [ReferralStatus, EventType, Side, ReferralStatus][] => [
      [s, 'DECLINED', 'DESTINATION', 'DECLINED'],
      [s, 'WITHDRAWN', 'ORIGIN', 'WITHDRAWN'],
      [s, 'MESSAGE', 'ORIGIN', s],
      [s, 'MESSAGE', 'DESTINATION', s],
    ],
  ),
];

describe('referral state machine', () => {
  it.each(ALLOWED)('allows %s --%s by %s--> %s', (from, type, side, to) => {
    expect(nextStatus(from, type, side)).toBe(to);
  });

  const allowed = new Set(ALLOWED.map(([s, t, side]) => `${s}/${t}/${side}`));
  const refused = STATUSES.flatMap((s) =>
    STEP_TYPES.flatMap((t) => SIDES.map((side): [ReferralStatus, EventType, Side] => [s, t, side])),
  ).filter(([s, t, side]) => !allowed.has(`${s}/${t}/${side}`));

  it('refuses every other combination', () => {
    expect(refused.length + ALLOWED.length).toBe(STATUSES.length * STEP_TYPES.length * SIDES.length);
    for (const [s, t, side] of refused) expect([s, t, side, nextStatus(s, t, side)]).toEqual([s, t, side, null]);
  });

  it('refuses completing a withdrawn referral and acknowledging twice', () => {
    expect(nextStatus('WITHDRAWN', 'COMPLETED', 'DESTINATION')).toBeNull();
    expect(nextStatus('ACKNOWLEDGED', 'ACKNOWLEDGED', 'DESTINATION')).toBeNull();
  });

  it('converges whatever order concurrent events arrive in', () => {
    const at = (s: number) => new Date(Date.UTC(2026, 0, 1, 0, 0, s));
    const events = [
      { type: 'CREATED' as const, authorSide: 'ORIGIN' as const, seq: 1, at: at(0) },
      { type: 'ACKNOWLEDGED' as const, authorSide: 'DESTINATION' as const, seq: 1, at: at(1) },
      { type: 'ASSIGNED' as const, authorSide: 'DESTINATION' as const, seq: 2, at: at(2), assignedTo: 'wacap:cp:x' },
      { type: 'STARTED' as const, authorSide: 'DESTINATION' as const, seq: 3, at: at(3) },
      // the origin withdraws while the destination completes: the earlier one wins on both sides
      { type: 'WITHDRAWN' as const, authorSide: 'ORIGIN' as const, seq: 2, at: at(4) },
      { type: 'COMPLETED' as const, authorSide: 'DESTINATION' as const, seq: 4, at: at(5) },
    ];
    const originView = fold([events[0]!, events[4]!, events[1]!, events[2]!, events[3]!, events[5]!]);
    const destinationView = fold([...events].reverse());
    expect(originView).toEqual(destinationView);
    expect(originView.status).toBe('WITHDRAWN');
    expect(originView.assignedTo).toBe('wacap:cp:x');
    expect(originView.ignored.map((e) => e.type)).toEqual(['COMPLETED']);
  });

  it("keeps each side's events in their sequence, whatever their timestamps say", () => {
    const at = (s: number) => new Date(Date.UTC(2026, 0, 1, 0, 0, s));
    const events = [
      { type: 'CREATED' as const, authorSide: 'ORIGIN' as const, seq: 1, at: at(0) },
      { type: 'ACKNOWLEDGED' as const, authorSide: 'DESTINATION' as const, seq: 1, at: at(5) },
      // dated before its own side's acknowledgement: it still comes after it
      { type: 'DECLINED' as const, authorSide: 'DESTINATION' as const, seq: 2, at: at(1) },
      { type: 'MESSAGE' as const, authorSide: 'ORIGIN' as const, seq: 2, at: at(3) },
    ];
    expect(orderEvents(events).map((e) => `${e.authorSide[0]}${e.seq}`)).toEqual(['O1', 'O2', 'D1', 'D2']);
    expect(fold(events).status).toBe('DECLINED');
  });
});
