// «Уведомления»: the notification centre.
import { createRoute, lazyRouteComponent, type AnyRoute } from '@tanstack/solid-router';

export function noticeRoutes<R extends AnyRoute>(root: R) {
  return [createRoute({ getParentRoute: () => root, path: '/notifications', component: lazyRouteComponent(() => import('./NotificationsPage')) })];
}
