// The route tree. Routes are thin: they pick a page component; pages load through feature functions.
// Pages other than the start page are lazy chunks, all precached by the service worker.
// Each feature declares its own routes in src/features/<x>/routes.tsx; pages for a signed-in citizen
// hang under the sign-in guard (a pathless layout route, src/ui/signedIn.tsx), open pages under the root.
import { createRouter, parseSearchWith, stringifySearchWith, type RouterHistory } from '@tanstack/solid-router';
import { accountRoutes } from './features/account/routes';
import { appealRoutes } from './features/appeals/routes';
import { applyRoutes } from './features/apply/routes';
import { catalogRoutes } from './features/catalog/routes';
import { demoRoutes } from './features/demo/routes';
import { homeRoutes } from './features/home/routes';
import { NoticeBell } from './features/notices/NoticeBell';
import { noticeRoutes } from './features/notices/routes';
import { officeRoutes } from './features/offices/routes';
import { operatorRoutes } from './features/operator/routes';
import { payRoutes } from './features/payments/routes';
import { profileRoutes } from './features/profile/routes';
import { receiptRoutes } from './features/receipts/routes';
import { settingsRoutes } from './features/settings/routes';
import { supportRoutes } from './features/support/routes';
import { verifyRoutes } from './features/verify/routes';
import { developerRoutes } from './features/developers/routes';
import { ErrorFallback } from './ui/ErrorFallback';
import { NotFound } from './ui/NotFound';
import { rootRoute } from './ui/rootRoute';
import { parseSearchValue } from './ui/searchParams';
import { signedInRoute } from './ui/signedIn';

const account = accountRoutes();

const routeTree = rootRoute.addChildren([
  ...homeRoutes(),
  ...catalogRoutes(),
  ...account.open,
  ...operatorRoutes(),
  ...officeRoutes().open,
  ...verifyRoutes(),
  ...developerRoutes(),
  ...supportRoutes(),
  ...demoRoutes(),
  ...settingsRoutes(),
  signedInRoute.addChildren([
    ...account.signedIn,
    ...profileRoutes(),
    ...applyRoutes(),
    ...noticeRoutes(),
    ...payRoutes(),
    ...receiptRoutes(),
    ...appealRoutes(),
    ...officeRoutes().signedIn,
  ]),
]);

/** The app's router; the build's prerender passes a memory history to render one address. */
export const createAppRouter = (history?: RouterHistory) =>
  createRouter({
    routeTree,
    history,
    context: { accountNav: (close) => <NoticeBell onClick={close} />, chatPanel: () => import('./features/support/ChatPanel') },
    defaultPreload: 'intent',
    defaultErrorComponent: (props) => <ErrorFallback error={props.error} reset={props.reset} />,
    defaultNotFoundComponent: NotFound,
    scrollRestoration: true,
    parseSearch: parseSearchWith(parseSearchValue),
    stringifySearch: stringifySearchWith(JSON.stringify, parseSearchValue),
  });

declare module '@tanstack/solid-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}
