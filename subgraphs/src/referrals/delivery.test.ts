import { outcomeOf } from './delivery';

const refused = (code: string) => ({ data: null, errors: [{ message: 'no', extensions: { code } }] });

describe('what the outbox makes of an answer', () => {
  it('takes an accepted receipt, a first delivery or a duplicate, as delivered', () => {
    expect(outcomeOf(200, { data: { gljc: { receiveReferral: { accepted: true } } } }, 'gljc')).toEqual({ ok: true });
  });

  it.each(['BAD_USER_INPUT', 'FORBIDDEN', 'CONFLICT', 'INVALID_TRANSITION', 'GRAPHQL_VALIDATION_FAILED'])(
    'gives up at once on %s: no retry will cure it',
    (code) => {
      expect(outcomeOf(200, refused(code), 'gljc')).toMatchObject({ ok: false, permanent: true, error: `${code}: no` });
    },
  );

  it.each(['NETWORK_UNAVAILABLE', 'NOT_FOUND', 'UNAUTHENTICATED', 'INTERNAL_SERVER_ERROR', 'SOMETHING_NEW'])(
    'retries %s with backoff',
    (code) => {
      expect(outcomeOf(200, refused(code), 'gljc')).toMatchObject({ ok: false, permanent: false });
    },
  );

  it.each([
    [500, false],
    [502, false],
    [503, false],
    [401, false],
    [408, false],
    [429, false],
    [400, true],
    [404, true],
    [413, true],
  ])('classifies HTTP %i without a GraphQL answer as permanent: %s', (status, permanent) => {
    expect(outcomeOf(status, {}, 'gljc')).toEqual({ ok: false, permanent, error: `HTTP ${status}` });
  });
});
