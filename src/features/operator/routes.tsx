// The operator console: the department's side of every case, behind the demo PIN. The queue's filters
// and the open case live in the address, so Back and a reload keep the operator's place.
import { createRoute, lazyRouteComponent } from '@tanstack/solid-router';
import { rootRoute } from '../../ui/rootRoute';
import { OperatorSearchSchema } from './operatorSearch';

export function operatorRoutes() {
  const OperatorPage = lazyRouteComponent(() => import('./OperatorPage'));
  const page = createRoute({
    getParentRoute: () => rootRoute,
    path: '/operator',
    validateSearch: OperatorSearchSchema,
    component: () => {
      const search = page.useSearch();
      return <OperatorPage search={search()} />;
    },
  });
  return [page] as const;
}
