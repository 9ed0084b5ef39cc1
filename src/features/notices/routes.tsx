// «Уведомления»: the notification centre.
import { createRoute, lazyRouteComponent } from '@tanstack/solid-router';
import { signedInRoute } from '../../ui/signedIn';

export function noticeRoutes() {
  return [createRoute({ getParentRoute: () => signedInRoute, path: '/notifications', component: lazyRouteComponent(() => import('./NotificationsPage')) })];
}
