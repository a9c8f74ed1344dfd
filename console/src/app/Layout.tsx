import { FormattedMessage, useIntl } from 'react-intl';
import { NavLink, Outlet, useNavigation } from 'react-router';
import { useDeskNetwork } from '../desk/DeskGate';
import { LanguageSelect } from '../i18n/LanguageSelect';
import { AccountMenu } from './AccountMenu';

const SECTIONS = [
  { to: '/', id: 'nav.directory', end: true },
  { to: '/atlas', id: 'nav.atlas', end: false },
  { to: '/countries', id: 'nav.countries', end: false },
  { to: '/networks', id: 'nav.networks', end: false },
] as const;

/** The frame of every page: skip link, banner with navigation, language and account, then the page. */
export function Layout() {
  const intl = useIntl();
  const navigation = useNavigation();
  // Shown to secretariats only; the desk's pages and the API refuse anyone else anyway.
  const desk = useDeskNetwork();
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
            {SECTIONS.map((s) => (
              <li key={s.to}>
                <NavLink to={s.to} end={s.end}>
                  <FormattedMessage id={s.id} />
                </NavLink>
              </li>
            ))}
            {desk && (
              <li>
                <NavLink to="/desk">
                  <FormattedMessage id="nav.desk" />
                </NavLink>
              </li>
            )}
          </ul>
        </nav>
        <div className="banner-tools">
          <LanguageSelect />
          <AccountMenu />
        </div>
      </header>
      <main id="main" tabIndex={-1} aria-busy={navigation.state === 'loading'}>
        <Outlet />
      </main>
    </>
  );
}
