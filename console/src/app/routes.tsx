import { createBrowserRouter, data } from 'react-router';
import { Layout } from './Layout';
import { LoadingPage } from './LoadingPage';
import { RouteError } from './RouteError';

/** Every page is its own chunk, fetched when first visited: the first load carries only the frame. */
export const router = createBrowserRouter([
  {
    element: <Layout />,
    errorElement: <RouteError />,
    // Shown while the first page's chunk arrives (a slow network may take a while).
    HydrateFallback: LoadingPage,
    children: [
      {
        errorElement: <RouteError />,
        children: [
          { index: true, lazy: () => import('../directory/DirectoryPage') },
          { path: 'directory', lazy: () => import('../directory/DirectoryPage') },
          { path: 'contact-points/:id', lazy: () => import('../directory/ContactPointPage') },
          { path: 'atlas', lazy: () => import('../atlas/AtlasPage') },
          { path: 'countries', lazy: () => import('../country/CountriesPage') },
          { path: 'countries/:code', lazy: () => import('../country/CountryPage') },
          { path: 'networks', lazy: () => import('../networks/NetworksPage') },
          { path: 'networks/:code', lazy: () => import('../networks/NetworkPage') },
          { path: 'analytics', lazy: () => import('../analytics/AnalyticsPage') },
          { path: 'referrals', lazy: () => import('../referrals/ReferralsPage') },
          { path: 'referrals/new', lazy: () => import('../referrals/ComposePage') },
          { path: 'referrals/:id', lazy: () => import('../referrals/ReferralPage') },
          { path: 'desk', lazy: () => import('../desk/DeskPage') },
          { path: 'desk/contact-points/:id', lazy: () => import('../desk/ContactPointEditPage') },
          { path: 'desk/authorities/:id', lazy: () => import('../desk/AuthorityEditPage') },
          { path: 'desk/country-profiles/:country', lazy: () => import('../desk/CountryProfilePage') },
          { path: 'desk/working-groups/:id', lazy: () => import('../desk/WorkingGroupEditPage') },
          { path: 'desk/events/:id', lazy: () => import('../desk/EventEditPage') },
          { path: 'desk/resources/:id', lazy: () => import('../desk/ResourceEditPage') },
          { path: 'desk/review', lazy: () => import('../desk/ReviewPage') },
          { path: 'desk/audit', lazy: () => import('../desk/AuditPage') },
          { path: 'account/notifications', lazy: () => import('../account/NotificationPreferencesPage') },
          { path: 'auth/callback', lazy: () => import('../auth/CallbackPage') },
          {
            path: '*',
            loader: () => {
              throw data(null, { status: 404 });
            },
          },
        ],
      },
    ],
  },
]);
