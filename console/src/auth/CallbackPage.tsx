import type { UserManager } from 'oidc-client-ts';
import { useEffect, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useNavigate } from 'react-router';
import { Page } from '../ui/Page';
import { isSignInRequired, safeReturnPath, SIGNED_IN_FLAG } from './account';
import { useAuth } from './AuthProvider';

// The code can be exchanged once; React may run the effect twice in development.
let pending: Promise<string> | null = null;

function completeSignIn(manager: UserManager): Promise<string> {
  pending ??= manager.signinCallback().then(
    (user) => {
      sessionStorage.setItem(SIGNED_IN_FLAG, '1');
      const state = user?.state as { returnTo?: unknown } | undefined;
      return safeReturnPath(state?.returnTo);
    },
    (error: unknown) => {
      // A silent sign-in after a reload that the provider could not grant: carry on anonymously.
      if (!isSignInRequired(error)) throw error;
      const state = (error as { state?: { returnTo?: unknown } }).state;
      return safeReturnPath(state?.returnTo);
    },
  );
  return pending;
}

export function Component() {
  const { manager, status } = useAuth();
  const navigate = useNavigate();
  const intl = useIntl();
  const [failed, setFailed] = useState<string | null>(null);

  useEffect(() => {
    if (!manager) return;
    completeSignIn(manager)
      .then((path) => navigate(path, { replace: true }))
      .catch((err: unknown) => setFailed(err instanceof Error ? err.message : String(err)))
      .finally(() => {
        pending = null;
      });
  }, [manager, navigate]);

  const unavailable = status === 'unavailable';
  return (
    <Page title={intl.formatMessage({ id: 'auth.callback.title' })}>
      {failed || unavailable ? (
        <div role="alert">
          <p>
            <FormattedMessage id="auth.callback.failed" />
          </p>
          {failed && <p className="muted">{failed}</p>}
          <p>
            <Link to="/">
              <FormattedMessage id="auth.callback.home" />
            </Link>
          </p>
        </div>
      ) : (
        <p role="status">
          <FormattedMessage id="auth.callback.progress" />
        </p>
      )}
    </Page>
  );
}
