import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';
import { useAuth } from '../auth/AuthProvider';
import { labelId } from '../ui/vocabulary';

/** Who is signed in (name and role), a contact point's notification settings and the sign-out button, or the sign-in button. */
export function AccountMenu() {
  const { status, account, signIn, signOut } = useAuth();
  const intl = useIntl();
  if (status === 'loading') return null;
  if (status === 'unavailable') {
    return (
      <p className="account muted">
        <FormattedMessage id="account.signInUnavailable" />
      </p>
    );
  }
  if (!account) {
    return (
      <div className="account">
        <button type="button" onClick={signIn}>
          <FormattedMessage id="account.signIn" />
        </button>
      </div>
    );
  }
  const roles = intl.formatList(
    account.roles.map((r) => intl.formatMessage({ id: labelId('accountRole', r), defaultMessage: r })),
    { type: 'unit' },
  );
  return (
    <div className="account">
      <p>
        <FormattedMessage
          id="account.signedInAs"
          values={{
            name: <strong>{account.name}</strong>,
            roles,
            network: account.network ?? '',
            hasNetwork: account.network ? 'yes' : 'no',
          }}
        />
      </p>
      {account.roles.includes('CONTACT_POINT') && (
        <Link to="/account/notifications">
          <FormattedMessage id="account.notificationSettings" />
        </Link>
      )}{' '}
      <button type="button" onClick={signOut}>
        <FormattedMessage id="account.signOut" />
      </button>
    </div>
  );
}
