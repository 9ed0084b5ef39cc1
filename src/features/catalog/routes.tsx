// Routes of the catalog: the list with its query in the URL, a service's page, and applying.
// Hooks (useSearch, useParams) run once in the route component; pages get plain reactive props.
import { createRoute, lazyRouteComponent, type AnyRoute } from '@tanstack/solid-router';
import { CatalogSearchSchema } from './catalogQuery';

export function catalogRoutes<R extends AnyRoute>(root: R) {
  const CatalogPage = lazyRouteComponent(() => import('./CatalogPage'));
  const ServicePage = lazyRouteComponent(() => import('./ServicePage'));
  const ApplyPendingPage = lazyRouteComponent(() => import('./ApplyPendingPage'));
  const list = createRoute({
    getParentRoute: () => root,
    path: '/catalog',
    validateSearch: CatalogSearchSchema,
    component: () => {
      const query = list.useSearch();
      return <CatalogPage query={query()} />;
    },
  });
  const service = createRoute({
    getParentRoute: () => root,
    path: '/catalog/$serviceId',
    component: () => {
      const params = service.useParams();
      return <ServicePage serviceId={params().serviceId} />;
    },
  });
  const apply = createRoute({
    getParentRoute: () => root,
    path: '/catalog/$serviceId/apply',
    component: () => {
      const params = apply.useParams();
      return <ApplyPendingPage serviceId={params().serviceId} />;
    },
  });
  return [list, service, apply] as const;
}
