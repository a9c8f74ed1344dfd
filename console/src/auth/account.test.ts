import { describeAccount, isSignInRequired, safeReturnPath, shouldRestoreSession } from './account';

const jwt = (claims: object) => `e30.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.sig`;

describe('the signed-in account as the console shows it', () => {
  it('takes the name from the profile and roles, network and country from the access token', () => {
    const account = describeAccount(
      { sub: 'u1', name: 'Aïssata Traoré' },
      jwt({ sub: 'u1', roles: ['CONTACT_POINT'], network: 'wacap', country: 'MLI' }),
    );
    expect(account).toEqual({
      subject: 'u1',
      name: 'Aïssata Traoré',
      roles: ['CONTACT_POINT'],
      network: 'wacap',
      country: 'MLI',
    });
  });

  it('falls back to the username or subject, and to no roles for an opaque token', () => {
    expect(describeAccount({ sub: 'u2', preferred_username: 'analyst' }, 'opaque-token')).toEqual({
      subject: 'u2',
      name: 'analyst',
      roles: [],
      network: null,
      country: null,
    });
    expect(describeAccount({ sub: 'u3' }, jwt({ roles: 'HUB_ADMIN' })).name).toBe('u3');
  });
});

describe('where sign-in returns to', () => {
  it('keeps a path on this origin', () => {
    expect(safeReturnPath('/atlas?country=NGA&measure=EXTRADITION')).toBe('/atlas?country=NGA&measure=EXTRADITION');
  });

  it.each([
    ['https://evil.example/'],
    ['//evil.example/x'],
    ['/\\evil.example'],
    ['javascript:alert(1)'],
    [''],
    [undefined],
    [42],
    ['/auth/callback?code=x'],
  ])('refuses %p and goes home', (value) => {
    expect(safeReturnPath(value)).toBe('/');
  });
});

describe('restoring a session after a reload', () => {
  it('tries once, only where the tab had signed in, never on the sign-in callback', () => {
    expect(shouldRestoreSession('1', '/atlas')).toBe(true);
    expect(shouldRestoreSession(null, '/atlas')).toBe(false);
    expect(shouldRestoreSession('0', '/atlas')).toBe(false);
    expect(shouldRestoreSession('1', '/auth/callback')).toBe(false);
  });

  it('treats only "sign in again" answers of a prompt=none request as a quiet failure', () => {
    expect(isSignInRequired({ error: 'login_required' })).toBe(true);
    expect(isSignInRequired({ error: 'consent_required' })).toBe(true);
    expect(isSignInRequired({ error: 'invalid_request' })).toBe(false);
    expect(isSignInRequired(new Error('network'))).toBe(false);
    expect(isSignInRequired(null)).toBe(false);
  });
});
