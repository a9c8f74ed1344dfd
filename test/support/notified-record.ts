/**
 * A referral as the notification code reads it (its facts and who is party to it): GLJC's Kenya has
 * received an immediate mutual legal assistance request from CASC's Kazakhstan. Overrides name what
 * a test is about.
 */
import { randomUUID } from 'node:crypto';
import type { NotifiedRecord } from '../../subgraphs/src/notifications/notify';
import { acknowledgeDue, DEFAULT_DUE_POLICY } from '../../subgraphs/src/referrals/due';

type Received = NotifiedRecord & { acknowledgeBy: Date | null };

/** Its acknowledgement is due by the default due times (referrals/due.ts), unless an override says otherwise. */
export function receivedReferral<T extends Partial<Received>>(overrides: T): Received & T {
  const r = {
    id: randomUUID(),
    side: 'DESTINATION',
    reference: 'CASC-2026-000321',
    kind: 'MUTUAL_LEGAL_ASSISTANCE',
    urgency: 'IMMEDIATE',
    originNetwork: 'casc',
    destinationNetwork: 'gljc',
    originCountry: 'KAZ',
    destinationCountry: 'KEN',
    createdAt: new Date(),
    fromCp: `casc:cp:${randomUUID()}`,
    toCp: null,
    assignedTo: null,
    ...overrides,
  };
  return { acknowledgeBy: acknowledgeDue(DEFAULT_DUE_POLICY, r.createdAt, r.urgency), ...r } as Received & T;
}
