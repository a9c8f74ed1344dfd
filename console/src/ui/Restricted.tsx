import { FormattedMessage } from 'react-intl';
import { useAuth } from '../auth/AuthProvider';

const MESSAGE = {
  members: 'restricted.members',
  contactDetails: 'restricted.contactDetails',
  statistics: 'restricted.statistics',
} as const;

/**
 * In place of data the caller may not see (the field came back null with FORBIDDEN): who may see it,
 * and a way to sign in when the caller is anonymous. Never an error page.
 */
export function Restricted({ audience }: { audience: keyof typeof MESSAGE }) {
  const { account, status, signIn } = useAuth();
  return (
    <p className="restricted">
      <FormattedMessage id={MESSAGE[audience]} />{' '}
      {!account && status === 'ready' && (
        <button type="button" className="link-button" onClick={signIn}>
          <FormattedMessage id="restricted.signIn" />
        </button>
      )}
    </p>
  );
}
