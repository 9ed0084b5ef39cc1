// «Помощь».
import { createRoute, lazyRouteComponent } from '@tanstack/solid-router';
import { rootRoute } from '../../ui/rootRoute';

export function helpRoutes() {
  return [createRoute({ getParentRoute: () => rootRoute, path: '/help', component: lazyRouteComponent(() => import('./HelpPage')) })] as const;
}
