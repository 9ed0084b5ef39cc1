// The route tree. Routes are thin: they pick a page component; pages load through feature functions.
// Pages other than the start page are lazy chunks, all precached by the service worker.
import { createRootRoute, createRoute, createRouter, lazyRouteComponent } from '@tanstack/solid-router';
import { accountRoutes } from './features/account/routes';
import { catalogRoutes } from './features/catalog/routes';
import HomePage from './features/home/HomePage';
import { noticeRoutes } from './features/notices/routes';
import { officeRoutes } from './features/offices/routes';
import { operatorRoutes } from './features/operator/routes';
import { payRoutes } from './features/payments/routes';
import { receiptRoutes } from './features/receipts/routes';
import { verifyRoutes } from './features/verify/routes';
import { t } from './i18n/i18n';
import type { Dictionary } from './i18n/ru';
import { ErrorFallback } from './ui/ErrorFallback';
import { Layout } from './ui/Layout';
import { NotFound } from './ui/NotFound';
import { SectionPending } from './ui/SectionPending';

const rootRoute = createRootRoute({ component: Layout, notFoundComponent: NotFound });

const pending = (path: string, title: keyof Dictionary['nav']) =>
  createRoute({ getParentRoute: () => rootRoute, path, component: () => <SectionPending title={t().nav[title]} /> });

const routeTree = rootRoute.addChildren([
  createRoute({ getParentRoute: () => rootRoute, path: '/', component: HomePage }),
  ...catalogRoutes(rootRoute),
  pending('/appeals', 'appeals'),
  ...accountRoutes(rootRoute),
  ...noticeRoutes(rootRoute),
  ...operatorRoutes(rootRoute),
  ...officeRoutes(rootRoute),
  ...payRoutes(rootRoute),
  ...receiptRoutes(rootRoute),
  ...verifyRoutes(rootRoute),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/help',
    component: lazyRouteComponent(() => import('./features/help/HelpPage')),
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/demo',
    component: lazyRouteComponent(() => import('./features/demo/DemoPage')),
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/settings/storage',
    component: lazyRouteComponent(() => import('./features/settings/StoragePage')),
  }),
]);

export const router = createRouter({
  routeTree,
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
