import { FormattedMessage, useIntl } from 'react-intl';
import { NavLink, Outlet, useNavigation } from 'react-router';
import { canReadStatistics } from '../analytics/roles';
import type { Account } from '../auth/account';
import { useAuth } from '../auth/AuthProvider';
import { deskNetworkOf } from '../desk/DeskGate';
import { LanguageSelect } from '../i18n/LanguageSelect';
import { NotificationBell } from '../notifications/NotificationBell';
import { AccountMenu } from './AccountMenu';

interface Section {
  to: string;
  id: string;
  end: boolean;
  /** Offered only to the accounts it accepts; the API decides what they get in any case. */
  offeredTo?: (account: Account) => boolean;
}

/** Referrals are their parties' only: contact points and secretariats see the entry. */
const REFERRAL_ROLES = ['CONTACT_POINT', 'SECRETARIAT'];

const SECTIONS: Section[] = [
  { to: '/', id: 'nav.directory', end: true },
  { to: '/atlas', id: 'nav.atlas', end: false },
  { to: '/countries', id: 'nav.countries', end: false },
  { to: '/networks', id: 'nav.networks', end: false },
  {
    to: '/referrals',
    id: 'nav.referrals',
    end: false,
    offeredTo: (a) => a.roles.some((r) => REFERRAL_ROLES.includes(r)),
  },
  { to: '/analytics', id: 'nav.analytics', end: false, offeredTo: (a) => canReadStatistics(a.roles) },
  // The desk's pages and the API refuse anyone but the network's own secretariat anyway.
  { to: '/desk', id: 'nav.desk', end: false, offeredTo: (a) => deskNetworkOf(a) !== null },
];

/** The frame of every page: skip link, banner with navigation, language, notifications and account, then the page. */
export function Layout() {
  const intl = useIntl();
  const navigation = useNavigation();
  const { account } = useAuth();
  const sections = SECTIONS.filter((s) => !s.offeredTo || (account !== null && s.offeredTo(account)));
  return (
    <>
      <a className="skip-link" href="#main">
        <FormattedMessage id="app.skipToContent" />
      </a>
      <header className="banner">
        <p className="site-name">
          <FormattedMessage id="app.name" />
        </p>
        <nav aria-label={intl.formatMessage({ id: 'nav.label' })}>
          <ul>
            {sections.map((s) => (
              <li key={s.to}>
                <NavLink to={s.to} end={s.end}>
                  <FormattedMessage id={s.id} />
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <div className="banner-tools">
          <LanguageSelect />
          <NotificationBell />
          <AccountMenu />
        </div>
      </header>
      <main id="main" tabIndex={-1} aria-busy={navigation.state === 'loading'}>
        {/* Another person signed in on this tab gets every page afresh: nothing typed by the one before stays on screen. */}
        <Outlet key={account?.subject ?? ''} />
      </main>
    </>
  );
}
