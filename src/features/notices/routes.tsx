// «Уведомления»: the notification centre.
import { createRoute, lazyRouteComponent } from '@tanstack/solid-router';
import * as v from 'valibot';
import { NOTICE_TOPICS } from '../../domain/noticeTopic';
import { signedInRoute } from '../../ui/signedIn';

export function noticeRoutes() {
  const Page = lazyRouteComponent(() => import('./NotificationsPage'));
  const notifications = createRoute({
    getParentRoute: () => signedInRoute,
    path: '/notifications',
    // The topic filter is kept in the address, like every list's filters.
    validateSearch: v.object({ topic: v.fallback(v.optional(v.picklist(NOTICE_TOPICS)), undefined) }),
    component: () => <Page topic={notifications.useSearch()().topic} />,
  });
  return [notifications];
}
