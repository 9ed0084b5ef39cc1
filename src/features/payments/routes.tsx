// Paying: an invoice's payment page and «Штрафы».
import { createRoute, lazyRouteComponent } from '@tanstack/solid-router';
import { signedInRoute } from '../../ui/signedIn';
import { searchParams, text } from '../../ui/searchParams';

/** Where «back» leads after paying: a path inside this app only (no «//host», no other origin). */
export const BackSchema = text(500, /^\/(?![/\\])/);

/** «Штрафы» keeps its search in the address (?uin= or ?licence=&vehicle=), so a return from paying shows it. */
export const FinesSearchSchema = searchParams({ uin: text(40), licence: text(40), vehicle: text(40) });
export type FinesSearch = ReturnType<typeof FinesSearchSchema>;

export function payRoutes() {
  const PayPage = lazyRouteComponent(() => import('./PayPage'));
  const FinesPage = lazyRouteComponent(() => import('./FinesPage'));
  const pay = createRoute({
    getParentRoute: () => signedInRoute,
    path: '/pay/$invoiceId',
    validateSearch: searchParams({ back: BackSchema }),
    component: () => {
      const params = pay.useParams();
      const search = pay.useSearch();
      return <PayPage invoiceId={params().invoiceId} back={search().back} />;
    },
  });
  const fines = createRoute({
    getParentRoute: () => signedInRoute,
    path: '/fines',
    validateSearch: FinesSearchSchema,
    component: () => {
      const search = fines.useSearch();
      return <FinesPage search={search()} />;
    },
  });
  return [pay, fines];
}
