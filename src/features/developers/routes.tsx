// «Справочник API» (/developers/api): the contract of the simulated departments for people, lazy-loaded.
import { createRoute, lazyRouteComponent } from '@tanstack/solid-router';
import { rootRoute } from '../../ui/rootRoute';

export function developerRoutes() {
  return [
    createRoute({ getParentRoute: () => rootRoute, path: '/developers/api', component: lazyRouteComponent(() => import('./ApiReferencePage')) }),
  ];
}
