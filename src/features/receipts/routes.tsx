// «Мои платежи»: the receipts list with its filters in the URL, and one receipt with its refund.
// Hooks (useSearch, useParams) run once in the route component; pages get plain reactive props.
import { createRoute, lazyRouteComponent } from '@tanstack/solid-router';
import { signedInRoute } from '../../ui/signedIn';
import { ReceiptsSearchSchema } from './receiptsSearch';

export function receiptRoutes() {
  const ReceiptsPage = lazyRouteComponent(() => import('./ReceiptsPage'));
  const ReceiptPage = lazyRouteComponent(() => import('./ReceiptPage'));
  const list = createRoute({
    getParentRoute: () => signedInRoute,
    path: '/payments',
    validateSearch: ReceiptsSearchSchema,
    component: () => {
      const search = list.useSearch();
      return <ReceiptsPage search={search()} />;
    },
  });
  const receipt = createRoute({
    getParentRoute: () => signedInRoute,
    path: '/payments/$receiptId',
    component: () => {
      const params = receipt.useParams();
      return <ReceiptPage id={params().receiptId} />;
    },
  });
  return [list, receipt] as const;
}
