// «Проверить документ»: anyone can check a signed electronic document, offline.
import { createRoute, lazyRouteComponent } from '@tanstack/solid-router';
import { rootRoute } from '../../ui/rootRoute';

export function verifyRoutes() {
  return [createRoute({ getParentRoute: () => rootRoute, path: '/verify', component: lazyRouteComponent(() => import('./VerifyPage')) })];
}
