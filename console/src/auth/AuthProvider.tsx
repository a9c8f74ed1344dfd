import { useApolloClient } from '@apollo/client/react';
import type { User, UserManager } from 'oidc-client-ts';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { describeAccount, shouldRestoreSession, SIGNED_IN_FLAG, type Account } from './account';
import { createUserManager, fetchConsoleConfig, type ConsoleConfig } from './oidc';
import { setSessionManager } from './session';
import { forgetDrafts } from '../ui/stored';

export interface AuthState {
  /** loading: asking the gateway for its OIDC settings; unavailable: this deployment offers no sign-in. */
  status: 'loading' | 'ready' | 'unavailable';
  account: Account | null;
  manager: UserManager | null;
  signIn: () => void;
  signOut: () => void;
}

const AuthContext = createContext<AuthState | null>(null);

export function useAuth(): AuthState {
  const state = useContext(AuthContext);
  if (!state) throw new Error('useAuth outside AuthProvider');
  return state;
}

function watchUser(manager: UserManager, config: ConsoleConfig, onUser: (user: User | null) => void): () => void {
  const loaded = (user: User) => onUser(user);
  const unloaded = () => onUser(null);
  // Renewal passes the resource again: without it the refreshed token would not be for the hub.
  const expiring = () => void manager.signinSilent({ resource: config.resource }).catch(() => manager.removeUser());
  const expired = () => void manager.removeUser();
  manager.events.addUserLoaded(loaded);
  manager.events.addUserUnloaded(unloaded);
  manager.events.addAccessTokenExpiring(expiring);
  manager.events.addAccessTokenExpired(expired);
  return () => {
    manager.events.removeUserLoaded(loaded);
    manager.events.removeUserUnloaded(unloaded);
    manager.events.removeAccessTokenExpiring(expiring);
    manager.events.removeAccessTokenExpired(expired);
  };
}

/** Sign-in state for the whole console; anonymous until the person signs in. */
export function AuthProvider({ children }: { children: ReactNode }) {
  const client = useApolloClient();
  const [manager, setManager] = useState<UserManager | null>(null);
  const [status, setStatus] = useState<AuthState['status']>('loading');
  const [user, setUser] = useState<User | null>(null);

  useEffect(() => {
    let stop = () => {};
    let current = true;
    void fetchConsoleConfig().then(async (config) => {
      if (!current) return;
      if (!config) return setStatus('unavailable');
      const next = createUserManager(config);
      setSessionManager(next);
      let subject: string | null = null;
      const update = (u: User | null) => {
        setUser(u);
        const nextSubject = u?.profile.sub ?? null;
        // Another caller (or none) may read other things: nothing cached for the previous one may show.
        // A renewed token for the same person keeps the cache.
        // Each page shows its own queries' errors; the refetch is cut short when signing out leaves the page.
        if (nextSubject !== subject) client.resetStore().catch(() => undefined);
        // Drafts are their author's: whoever signs in on this tab keeps only their own.
        if (nextSubject) forgetDrafts(sessionStorage, nextSubject);
        subject = nextSubject;
      };
      stop = watchUser(next, config, update);
      setManager(next);
      const existing = await next.getUser();
      if (!existing && shouldRestoreSession(sessionStorage.getItem(SIGNED_IN_FLAG), window.location.pathname)) {
        // One attempt only: the callback sets the flag again if it works.
        sessionStorage.removeItem(SIGNED_IN_FLAG);
        const returnTo = `${window.location.pathname}${window.location.search}`;
        return void next.signinRedirect({ prompt: 'none', state: { returnTo } });
      }
      subject = existing?.profile.sub ?? null;
      if (subject) forgetDrafts(sessionStorage, subject);
      setUser(existing);
      setStatus('ready');
    });
    return () => {
      current = false;
      stop();
    };
  }, [client]);

  const signIn = useCallback(() => {
    const returnTo = `${window.location.pathname}${window.location.search}`;
    void manager?.signinRedirect({ state: { returnTo } });
  }, [manager]);

  const signOut = useCallback(() => {
    if (!manager) return;
    void (async () => {
      sessionStorage.removeItem(SIGNED_IN_FLAG);
      // What the person typed and did not send leaves with them: the next person on this tab starts blank.
      forgetDrafts(sessionStorage);
      await client.clearStore();
      try {
        await manager.signoutRedirect();
      } catch {
        // The provider has no end-session endpoint: forget the tokens here at least.
        await manager.removeUser();
      }
    })();
  }, [client, manager]);

  const account = useMemo(
    () => (user && !user.expired ? describeAccount(user.profile, user.access_token) : null),
    [user],
  );
  const value = useMemo(
    () => ({ status, account, manager, signIn, signOut }),
    [status, account, manager, signIn, signOut],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}
