// The header's link to the notification centre. Its accessible name starts with what is visible
// («Уведомления 21») and ends with a hidden word that says what the number counts (axe label-in-name).
import { Link } from '../../ui/Link';
import { onMount, Show } from 'solid-js';
import { t } from '../../i18n/i18n';
import { unreadCount } from './noticeCount';

export function NoticeBell(props: { onClick?: () => void }) {
  onMount(() => void import('./noticeWatch').then(({ startNoticeWatch }) => startNoticeWatch()));
  return (
    <Link to="/notifications" onClick={() => props.onClick?.()}>
      {t().bell.label}
      <Show when={unreadCount()}>
        {' '}
        <span class="badge">{unreadCount()}</span>
        <span class="visually-hidden"> {t().bell.unread}</span>
      </Show>
    </Link>
  );
}
