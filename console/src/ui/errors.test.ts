import { formErrors, isForbidden, isUnavailable, summarizeErrors } from './errors';

const unavailable = (network: string) => ({
  message: `The ${network} network did not answer`,
  extensions: { code: 'NETWORK_UNAVAILABLE', network },
});

describe('the notice beside partial data', () => {
  it('names each network that did not answer once, sorted, and keeps forbidden fields out of it', () => {
    const summary = summarizeErrors([
      unavailable('SEAJUST'),
      unavailable('GLJC'),
      unavailable('GLJC'),
      {
        message: 'Sign in',
        path: ['networks', 0, 'contactPoints'],
        extensions: { code: 'FORBIDDEN', network: 'CASC' },
      },
    ]);
    expect(summary).toEqual({ unavailable: ['GLJC', 'SEAJUST'], other: [] });
  });

  it('reports other errors by message, once each', () => {
    const summary = summarizeErrors([
      { message: 'Bad date', extensions: { code: 'BAD_USER_INPUT' } },
      { message: 'Bad date', extensions: { code: 'BAD_USER_INPUT' } },
      { message: 'NETWORK_UNAVAILABLE without a network', extensions: { code: 'NETWORK_UNAVAILABLE' } },
    ]);
    expect(summary).toEqual({ unavailable: [], other: ['Bad date', 'NETWORK_UNAVAILABLE without a network'] });
  });

  it('finds a forbidden field at its path or inside it, not beside it', () => {
    const errors = [{ message: 'no', path: ['node', 'email'], extensions: { code: 'FORBIDDEN' } }];
    expect(isForbidden(errors, ['node', 'email'])).toBe(true);
    expect(isForbidden(errors, ['node'])).toBe(true);
    expect(isForbidden(errors, ['node', 'phone'])).toBe(false);
    expect(isForbidden([unavailable('CASC')], ['node'])).toBe(false);
  });

  it("finds a network's forbidden field in a list of networks by the network the gateway names, whatever position the gateway gives it", () => {
    // What the gateway answers: each network's error numbered within that network's own fetch.
    const errors = ['GLJC', 'SEAJUST'].map((network) => ({
      message: 'Sign in',
      path: ['networks', 0, 'contactPoints'],
      extensions: { code: 'FORBIDDEN', network },
    }));
    expect(isForbidden(errors, ['networks', 1, 'contactPoints'], 'SEAJUST')).toBe(true);
    expect(isForbidden(errors, ['networks', 0, 'contactPoints'], 'GLJC')).toBe(true);
    expect(isForbidden(errors, ['networks', 0, 'contactPoints'], 'CASC')).toBe(false);
    expect(isForbidden(errors, ['networks', 1, 'authorities'], 'SEAJUST')).toBe(false);
  });

  it('tells which network did not answer', () => {
    expect(isUnavailable([unavailable('WACAP')], 'WACAP')).toBe(true);
    expect(isUnavailable([unavailable('WACAP')], 'CASC')).toBe(false);
  });
});

describe("a form's errors", () => {
  it('puts each error beside the field it names, even as patch.phone, and the others at the top, once each', () => {
    const names = ['title', 'phone'];
    expect(
      formErrors(
        [
          { message: 'Bad phone', extensions: { code: 'BAD_USER_INPUT', field: 'patch.phone' } },
          { message: 'Bad phone again', extensions: { code: 'BAD_USER_INPUT', field: 'phone' } },
          { message: 'Bad successor', extensions: { code: 'BAD_USER_INPUT', field: 'successorId' } },
          { message: 'Bad successor', extensions: { code: 'BAD_USER_INPUT', field: 'successorId' } },
          { message: 'Forbidden', extensions: { code: 'FORBIDDEN' } },
        ],
        names,
      ),
    ).toEqual({ fields: { phone: 'Bad phone' }, other: ['Bad successor', 'Forbidden'] });
    expect(formErrors([], names)).toEqual({ fields: {}, other: [] });
  });
});
