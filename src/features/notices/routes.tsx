// «Уведомления»: the notification centre.
import { createRoute, lazyRouteComponent } from '@tanstack/solid-router';
import { NOTICE_TOPICS } from '../../domain/noticeTopic';
import { oneOf, searchParams } from '../../ui/searchParams';
import { signedInRoute } from '../../ui/signedIn';

export function noticeRoutes() {
  const Page = lazyRouteComponent(() => import('./NotificationsPage'));
  const notifications = createRoute({
    getParentRoute: () => signedInRoute,
    path: '/notifications',
    // The topic filter is kept in the address, like every list's filters.
    validateSearch: searchParams({ topic: oneOf(NOTICE_TOPICS) }),
    component: () => <Page topic={notifications.useSearch()().topic} />,
  });
  return [notifications];
}
