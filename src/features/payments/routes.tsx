// Paying: an invoice's payment page and «Штрафы».
import { createRoute, lazyRouteComponent } from '@tanstack/solid-router';
import { signedInRoute } from '../../ui/signedIn';
import * as v from 'valibot';

/** Where «back» leads after paying: a path inside this app only (no «//host», no other origin). */
export const BackSchema = v.fallback(v.optional(v.pipe(v.string(), v.maxLength(500), v.regex(/^\/(?![/\\])/))), undefined);

const text = v.fallback(v.optional(v.pipe(v.string(), v.maxLength(40))), undefined);
/** «Штрафы» keeps its search in the address (?uin= or ?licence=&vehicle=), so a return from paying shows it. */
export const FinesSearchSchema = v.object({ uin: text, licence: text, vehicle: text });
export type FinesSearch = v.InferOutput<typeof FinesSearchSchema>;

export function payRoutes() {
  const PayPage = lazyRouteComponent(() => import('./PayPage'));
  const FinesPage = lazyRouteComponent(() => import('./FinesPage'));
  const pay = createRoute({
    getParentRoute: () => signedInRoute,
    path: '/pay/$invoiceId',
    validateSearch: v.object({ back: BackSchema }),
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
