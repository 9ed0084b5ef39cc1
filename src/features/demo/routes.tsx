// The demo stand's control page.
import { createRoute, lazyRouteComponent } from '@tanstack/solid-router';
import { rootRoute } from '../../ui/rootRoute';

export function demoRoutes() {
  return [createRoute({ getParentRoute: () => rootRoute, path: '/demo', component: lazyRouteComponent(() => import('./DemoPage')) })] as const;
}
