// Paying: an invoice's payment page and «Штрафы».
import { createRoute, lazyRouteComponent, type AnyRoute } from '@tanstack/solid-router';

export function payRoutes<R extends AnyRoute>(root: R) {
  const PayPage = lazyRouteComponent(() => import('./PayPage'));
  const pay = createRoute({
    getParentRoute: () => root,
    path: '/pay/$invoiceId',
    component: () => {
      const params = pay.useParams();
      return <PayPage invoiceId={params().invoiceId} />;
    },
  });
  return [pay];
}
