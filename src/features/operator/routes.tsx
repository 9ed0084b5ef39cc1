// The operator console: the department's side of every case, behind the demo PIN. The queue's filters
// and the open case live in the address, so Back and a reload keep the operator's place.
import { createRoute, lazyRouteComponent, type AnyRoute } from '@tanstack/solid-router';
import { OperatorSearchSchema } from './operatorSearch';

export function operatorRoutes<R extends AnyRoute>(root: R) {
  const OperatorPage = lazyRouteComponent(() => import('./OperatorPage'));
  const page = createRoute({
    getParentRoute: () => root,
    path: '/operator',
    validateSearch: OperatorSearchSchema,
    component: () => {
      const search = page.useSearch();
      return <OperatorPage search={search()} />;
    },
  });
  const appeals = createRoute({ getParentRoute: () => root, path: '/operator/appeals', component: lazyRouteComponent(() => import('./AppealsConsolePage')) });
  return [page, appeals] as const;
}
