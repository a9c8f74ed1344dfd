import { deliveryMessage } from './delivery';

describe('delivery in words', () => {
  it('names the network and what the person can expect', () => {
    expect(deliveryMessage({ state: 'PENDING', pending: 2 }, 'WACAP')).toEqual({
      id: 'referral.delivery.pending',
      values: { network: 'WACAP', count: 2 },
    });
    expect(deliveryMessage({ state: 'DELIVERED', pending: 0 }, 'WACAP').id).toBe('referral.delivery.delivered');
    expect(deliveryMessage({ state: 'FAILING', pending: 1, nextAttemptAt: '2026-01-01T10:00:00Z' }, 'WACAP')).toEqual({
      id: 'referral.delivery.failingRetry',
      values: { network: 'WACAP', at: '2026-01-01T10:00:00Z' },
    });
    expect(deliveryMessage({ state: 'FAILED', pending: 1 }, 'WACAP').id).toBe('referral.delivery.failed');
  });
});
