// The operator console: the department's side of every case, behind the demo PIN. The queue's filters
// and the open case live in the address, so Back and a reload keep the operator's place.
import { createRoute, lazyRouteComponent } from '@tanstack/solid-router';
import { rootRoute } from '../../ui/rootRoute';
import { OperatorSearchSchema } from './operatorSearch';
import { OfficeConsoleSearchSchema } from './officeConsoleSearch';

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
  const appeals = createRoute({
    getParentRoute: () => rootRoute,
    path: '/operator/appeals',
    component: lazyRouteComponent(() => import('./AppealsConsolePage')),
  });
  const OfficeConsolePage = lazyRouteComponent(() => import('./OfficeConsolePage'));
  const offices = createRoute({
    getParentRoute: () => rootRoute,
    path: '/operator/offices',
    validateSearch: OfficeConsoleSearchSchema,
    component: () => {
      const search = offices.useSearch();
      return <OfficeConsolePage search={search()} />;
    },
  });
  const accounts = createRoute({
    getParentRoute: () => rootRoute,
    path: '/operator/accounts',
    component: lazyRouteComponent(() => import('./AccountsConsolePage')),
  });
  return [page, appeals, offices, accounts] as const;
}
