// The device's storage page.
import { createRoute, lazyRouteComponent } from '@tanstack/solid-router';
import { rootRoute } from '../../ui/rootRoute';

export function settingsRoutes() {
  return [
    createRoute({ getParentRoute: () => rootRoute, path: '/settings/storage', component: lazyRouteComponent(() => import('./StoragePage')) }),
  ] as const;
}
