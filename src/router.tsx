// The route tree. Routes are thin: they pick a page component; pages load through feature functions.
// Pages other than the start page are lazy chunks, all precached by the service worker.
// Each feature declares its own routes in src/features/<x>/routes.tsx; pages for a signed-in citizen
// hang under the sign-in guard (a pathless layout route, src/ui/signedIn.tsx), open pages under the root.
import { createRoute, createRouter } from '@tanstack/solid-router';
import { accountRoutes } from './features/account/routes';
import { applyRoutes } from './features/apply/routes';
import { catalogRoutes } from './features/catalog/routes';
import { demoRoutes } from './features/demo/routes';
import { helpRoutes } from './features/help/routes';
import { homeRoutes } from './features/home/routes';
import { NoticeBell } from './features/notices/NoticeBell';
import { noticeRoutes } from './features/notices/routes';
import { officeRoutes } from './features/offices/routes';
import { operatorRoutes } from './features/operator/routes';
import { payRoutes } from './features/payments/routes';
import { profileRoutes } from './features/profile/routes';
import { receiptRoutes } from './features/receipts/routes';
import { settingsRoutes } from './features/settings/routes';
import { verifyRoutes } from './features/verify/routes';
import { t } from './i18n/i18n';
import type { Dictionary } from './i18n/ru';
import { ErrorFallback } from './ui/ErrorFallback';
import { NotFound } from './ui/NotFound';
import { rootRoute } from './ui/rootRoute';
import { SectionPending } from './ui/SectionPending';
import { signedInRoute } from './ui/signedIn';


const pending = (path: string, title: keyof Dictionary['nav']) =>
  createRoute({ getParentRoute: () => rootRoute, path, component: () => <SectionPending title={t().nav[title]} /> });

const account = accountRoutes();

const routeTree = rootRoute.addChildren([
  ...homeRoutes(),
  ...catalogRoutes(),
  pending('/appeals', 'appeals'),
  ...account.open,
  ...operatorRoutes(),
  ...officeRoutes().open,
  ...verifyRoutes(),
  ...helpRoutes(),
  ...demoRoutes(),
  ...settingsRoutes(),
  signedInRoute.addChildren([
    ...account.signedIn,
    ...profileRoutes(),
    ...applyRoutes(),
    ...noticeRoutes(),
    ...payRoutes(),
    ...receiptRoutes(),
    ...officeRoutes().signedIn,
  ]),
]);

export const router = createRouter({
  routeTree,
  context: { accountNav: (close) => <NoticeBell onClick={close} /> },
  defaultPreload: 'intent',
  defaultErrorComponent: (props) => <ErrorFallback error={props.error} reset={props.reset} />,
  defaultNotFoundComponent: NotFound,
  scrollRestoration: true,
});

declare module '@tanstack/solid-router' {
  interface Register {
    router: typeof router;
  }
}
