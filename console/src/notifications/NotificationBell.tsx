import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useId, useRef, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { NetworkCode } from '../__generated__/graphql';
import { useAuth } from '../auth/AuthProvider';
import { forNetwork, networkGraphql } from '../ui/networkParts';
import { hiddenTab, LIST_POLL_MS } from '../ui/polling';
import { NotificationList } from './NotificationList';

const BellQuery = networkGraphql(`
  query TemplateNotificationBell($code: NetworkCode!, $first: Int!) {
    network(code: $code) {
      code
      ... on TemplateNetwork {
        myNotifications(first: $first) {
          unreadCount
          nodes {
            id
            kind
            reference
            urgency
            counterpartCountry {
              code
              alpha2
              name
            }
            counterpartNetwork
            deadline
            referralId
            createdAt
            read
          }
        }
      }
    }
  }
`);

const MarkRead = networkGraphql(`
  mutation TemplateMarkNotificationsRead($ids: [ID!]!) {
    network: template {
      markNotificationsRead(ids: $ids) {
        marked
        unreadCount
      }
    }
  }
`);

const MarkAllRead = networkGraphql(`
  mutation TemplateMarkAllNotificationsRead($upTo: ID) {
    network: template {
      markAllNotificationsRead(upTo: $upTo) {
        marked
        unreadCount
      }
    }
  }
`);

/** The newest notifications the panel shows. */
const SHOWN = 20;

/**
 * The notification centre in the banner, for a signed-in contact point: a bell with the unread count,
 * and a panel with the newest notifications, each linking to its referral. It polls as the inbox does.
 */
export function NotificationBell() {
  const { account } = useAuth();
  const network = account?.roles.includes('CONTACT_POINT') ? account.network : null;
  // Hooks run whoever is signed in; without a contact point's network the documents are never sent.
  return network ? <Bell network={network} /> : null;
}

function Bell({ network }: { network: string }) {
  const intl = useIntl();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const button = useRef<HTMLButtonElement>(null);
  const { data, refetch } = useQuery(forNetwork(BellQuery, network), {
    variables: { code: network.toUpperCase() as NetworkCode, first: SHOWN },
    pollInterval: LIST_POLL_MS,
    skipPollAttempt: hiddenTab,
  });
  const [markRead] = useMutation(forNetwork(MarkRead, network), { onCompleted: () => void refetch() });
  const [markAllRead, markingAll] = useMutation(forNetwork(MarkAllRead, network), {
    onCompleted: () => void refetch(),
  });
  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      setOpen(false);
      button.current?.focus();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [open]);

  const centre = data?.network && 'myNotifications' in data.network ? data.network.myNotifications : null;
  // A token without a contact point of this network is refused: no bell rather than a broken one.
  if (!centre) return null;
  const unread = centre.unreadCount;
  const newest = centre.nodes[0]?.id;
  return (
    <div className="notification-bell">
      <button
        ref={button}
        type="button"
        className="bell"
        aria-expanded={open}
        aria-controls={panelId}
        aria-label={intl.formatMessage({ id: 'notifications.bellLabel' }, { count: unread })}
        onClick={() => setOpen((o) => !o)}
      >
        <svg aria-hidden="true" focusable="false" width="20" height="20" viewBox="0 0 24 24">
          <path
            fill="currentColor"
            d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22zm7-6V11a7 7 0 0 0-5.5-6.84V3a1.5 1.5 0 0 0-3 0v1.16A7 7 0 0 0 5 11v5l-2 2v1h18v-1z"
          />
        </svg>
        {unread > 0 && (
          <span className="bell-count" aria-hidden="true">
            {intl.formatNumber(unread)}
          </span>
        )}
      </button>
      <section id={panelId} className="notification-panel" hidden={!open} aria-labelledby={`${panelId}-title`}>
        <h2 id={`${panelId}-title`}>
          <FormattedMessage id="notifications.title" />
        </h2>
        <p className="muted">
          <FormattedMessage id="notifications.unreadCount" values={{ count: unread }} />
        </p>
        {unread > 0 && newest && (
          <button
            type="button"
            disabled={markingAll.loading}
            onClick={() => void markAllRead({ variables: { upTo: newest } })}
          >
            <FormattedMessage id="notifications.markAll" />
          </button>
        )}
        <NotificationList
          notifications={centre.nodes}
          onRead={(id) => void markRead({ variables: { ids: [id] } })}
          onFollow={() => setOpen(false)}
        />
      </section>
    </div>
  );
}
