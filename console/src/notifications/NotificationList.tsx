import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';
import { useLabels } from '../ui/labels';
import { useNetworkNames } from '../ui/networks';

/** One notification as the bell's panel shows it: the facts a mail carries, never case content. */
export interface BellNotification {
  id: string;
  kind: string;
  reference: string;
  urgency: string;
  counterpartCountry: { alpha2: string; name: string };
  counterpartNetwork: string;
  deadline?: string | null;
  referralId: string;
  createdAt: string;
  read: boolean;
}

interface Props {
  notifications: readonly BellNotification[];
  /** Marks one read (its own button, or following its link). */
  onRead: (id: string) => void;
  /** Called when a link to a referral is followed: the panel closes. */
  onFollow: () => void;
}

/** The newest notifications, unread ones marked in words as well as by their look, each linking to its referral. */
export function NotificationList({ notifications, onRead, onFollow }: Props) {
  const intl = useIntl();
  const l = useLabels();
  const { nameOf } = useNetworkNames();
  if (notifications.length === 0)
    return (
      <p className="muted">
        <FormattedMessage id="notifications.empty" />
      </p>
    );
  return (
    <ul className="notification-list">
      {notifications.map((n) => (
        <li key={n.id} className={n.read ? 'read' : 'unread'}>
          <p className="notification-kind">
            {!n.read && (
              <span className="badge">
                <FormattedMessage id="notifications.unread" />
              </span>
            )}{' '}
            <strong>{l.label('notificationKind', n.kind)}</strong>
          </p>
          <p>
            <Link
              to={`/referrals/${encodeURIComponent(n.referralId)}`}
              onClick={() => {
                if (!n.read) onRead(n.id);
                onFollow();
              }}
            >
              {n.reference}
            </Link>{' '}
            <span className={`urgency urgency-${n.urgency.toLowerCase()}`}>{l.label('urgency', n.urgency)}</span>
          </p>
          <p className="muted">
            <FormattedMessage
              id="notifications.counterpart"
              values={{ country: l.country(n.counterpartCountry), network: nameOf(n.counterpartNetwork) }}
            />
            {' · '}
            <time dateTime={n.createdAt}>{l.dateTimeShort(n.createdAt)}</time>
            {n.deadline && (
              <>
                {' · '}
                <FormattedMessage id="notifications.deadline" values={{ time: l.dateTimeShort(n.deadline) }} />
              </>
            )}
          </p>
          {!n.read && (
            <button
              type="button"
              className="link-button"
              aria-label={intl.formatMessage({ id: 'notifications.markOneLabel' }, { reference: n.reference })}
              onClick={() => onRead(n.id)}
            >
              <FormattedMessage id="notifications.markOne" />
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}
