// «Обращения»: the list with its filters in the URL, the creation wizard (prefilled from the address),
// one appeal, statistics and where to turn. Hooks run once here; pages get plain reactive props.
import { createRoute, lazyRouteComponent } from '@tanstack/solid-router';
import { signedInRoute } from '../../ui/signedIn';
import { AppealPageSearchSchema, AppealsSearchSchema, NewAppealSearchSchema } from './appealsSearch';

export function appealRoutes() {
  const root = signedInRoute;
  const AppealsPage = lazyRouteComponent(() => import('./AppealsPage'));
  const NewAppealPage = lazyRouteComponent(() => import('./NewAppealPage'));
  const AppealPage = lazyRouteComponent(() => import('./AppealPage'));
  const list = createRoute({
    getParentRoute: () => root,
    path: '/appeals',
    validateSearch: AppealsSearchSchema,
    component: () => {
      const search = list.useSearch();
      return <AppealsPage search={search()} />;
    },
  });
  const create = createRoute({
    getParentRoute: () => root,
    path: '/appeals/new',
    validateSearch: NewAppealSearchSchema,
    component: () => {
      const search = create.useSearch();
      return <NewAppealPage search={search()} />;
    },
  });
  const stats = createRoute({ getParentRoute: () => root, path: '/appeals/stats', component: lazyRouteComponent(() => import('./StatsPage')) });
  const disagree = createRoute({
    getParentRoute: () => root,
    path: '/appeals/disagree',
    component: lazyRouteComponent(() => import('./DisagreePage')),
  });
  const one = createRoute({
    getParentRoute: () => root,
    path: '/appeals/$appealId',
    validateSearch: AppealPageSearchSchema,
    component: () => {
      const params = one.useParams();
      const search = one.useSearch();
      return <AppealPage id={params().appealId} sent={search().sent === true} />;
    },
  });
  return [list, create, stats, disagree, one] as const;
}
