// «Проверить документ»: anyone can check a signed electronic document, offline.
import { createRoute, lazyRouteComponent, type AnyRoute } from '@tanstack/solid-router';

export function verifyRoutes<R extends AnyRoute>(root: R) {
  return [createRoute({ getParentRoute: () => root, path: '/verify', component: lazyRouteComponent(() => import('./VerifyPage')) })];
}
