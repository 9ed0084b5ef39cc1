// «Мои платежи»: receipts and refunds.
import { createRoute, lazyRouteComponent, type AnyRoute } from '@tanstack/solid-router';

export function receiptRoutes<R extends AnyRoute>(root: R) {
  return [createRoute({ getParentRoute: () => root, path: '/payments', component: lazyRouteComponent(() => import('./ReceiptsPage')) })];
}
