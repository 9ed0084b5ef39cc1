// The header's link to the notification centre, with the unread count in its accessible name.
import { Link } from '@tanstack/solid-router';
import { onMount, Show } from 'solid-js';
import { fill, t } from '../../i18n/i18n';
import { unreadCount } from './noticeCount';

export function NoticeBell(props: { onClick?: () => void }) {
  onMount(() => void import('./noticeWatch').then(({ startNoticeWatch }) => startNoticeWatch()));
  return (
    <Link to="/notifications" onClick={() => props.onClick?.()} aria-label={unreadCount() ? fill(t().notices.bellUnread, { n: unreadCount() }) : t().notices.bell}>
      {t().notices.bell}
      <Show when={unreadCount()}>
        {' '}
        <span class="badge" aria-hidden="true">{unreadCount()}</span>
      </Show>
    </Link>
  );
}
