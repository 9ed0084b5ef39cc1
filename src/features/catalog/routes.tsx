// Routes of the catalog and applications: the list with its query in the URL, a service's page, the
// wizard, «Мои заявления» and one application.
// Hooks (useSearch, useParams) run once in the route component; pages get plain reactive props.
import { createRoute, lazyRouteComponent, type AnyRoute } from '@tanstack/solid-router';
import * as v from 'valibot';
import { CatalogSearchSchema } from './catalogSearch';
import { CasesSearchSchema } from '../cases/casesQuery';

export function catalogRoutes<R extends AnyRoute>(root: R) {
  const CatalogPage = lazyRouteComponent(() => import('./CatalogPage'));
  const ServicePage = lazyRouteComponent(() => import('./ServicePage'));
  const ApplyPage = lazyRouteComponent(() => import('../apply/ApplyPage'));
  const ApplicationsPage = lazyRouteComponent(() => import('../apply/ApplicationsPage'));
  const ApplicationPage = lazyRouteComponent(() => import('../apply/ApplicationPage'));
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
    validateSearch: v.object({ draft: v.fallback(v.optional(v.pipe(v.string(), v.uuid())), undefined) }),
    component: () => {
      const params = apply.useParams();
      const search = apply.useSearch();
      return <ApplyPage serviceId={params().serviceId} draftId={search().draft} />;
    },
  });
  const applications = createRoute({
    getParentRoute: () => root,
    path: '/applications',
    validateSearch: CasesSearchSchema,
    component: () => {
      const search = applications.useSearch();
      return <ApplicationsPage search={search()} />;
    },
  });
  const application = createRoute({
    getParentRoute: () => root,
    path: '/applications/$applicationId',
    validateSearch: v.object({ created: v.fallback(v.optional(v.literal(true)), undefined) }),
    component: () => {
      const params = application.useParams();
      const search = application.useSearch();
      return <ApplicationPage id={params().applicationId} created={search().created === true} />;
    },
  });
  return [list, service, apply, applications, application] as const;
}
