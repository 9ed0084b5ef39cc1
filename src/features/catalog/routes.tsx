// Routes of the catalog: the list with its query in the URL and a service's page.
// Hooks (useSearch, useParams) run once in the route component; pages get plain reactive props.
import { createRoute, lazyRouteComponent } from '@tanstack/solid-router';
import { rootRoute } from '../../ui/rootRoute';
import { CatalogSearchSchema } from './catalogSearch';

export function catalogRoutes() {
  const CatalogPage = lazyRouteComponent(() => import('./CatalogPage'));
  const ServicePage = lazyRouteComponent(() => import('./ServicePage'));
  const list = createRoute({
    getParentRoute: () => rootRoute,
    path: '/catalog',
    validateSearch: CatalogSearchSchema,
    component: () => {
      const query = list.useSearch();
      return <CatalogPage query={query()} />;
    },
  });
  const service = createRoute({
    getParentRoute: () => rootRoute,
    path: '/catalog/$serviceId',
    component: () => {
      const params = service.useParams();
      return <ServicePage serviceId={params().serviceId} />;
    },
  });
  return [list, service] as const;
}
