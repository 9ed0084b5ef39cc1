// «Уведомления»: what happened to the citizen's applications, newest first, read from the device's
// mirror (so it opens offline too). Opening one marks it read and goes to its case.
import { Link } from '@tanstack/solid-router';
import { createSignal, For, Show } from 'solid-js';
import { createLiveQuery } from '../../client/createLiveQuery';
import { listNotices } from '../../client/repos/noticesRepo';
import { fill, formatDateTime, locale, t } from '../../i18n/i18n';
import { errorText } from '../../ui/errorText';
import { Page } from '../../ui/Page';
import { useAccount } from '../../ui/signedIn';
import { findService } from '../../domain/catalog/services';
import { unreadCount } from './noticeCount';
import { markRead, type Notice } from './noticesApi';
import { noticeText } from './noticeText';

function Notices(props: { accountId: string }) {
  const notices = createLiveQuery(() => listNotices(props.accountId));
  const text = (notice: Notice) => noticeText(notice, t(), formatDateTime, (id) => findService(id)?.title[locale()] ?? id);
  const [failure, setFailure] = createSignal<unknown>();
  const readAll = () => markRead({ all: true }).then(() => setFailure(undefined), setFailure);
  return (
    <Page title={t().notices.title}>
      <Show when={notices.error() ?? failure()}>
        {(error) => <p class="notice error" role="alert">{errorText(error())}</p>}
      </Show>
      <Show when={notices.value()}>
        {(list) => (
          <Show when={list().length} fallback={<p>{t().notices.none}</p>}>
            <p>{fill(t().notices.unread, { n: unreadCount() })}</p>
            <Show when={unreadCount()}>
              <button type="button" class="button secondary small" onClick={() => void readAll()}>{t().notices.markAll}</button>
            </Show>
            <ul class="notice-list">
              <For each={list()}>
                {(notice) => (
                  <li data-unread={String(!notice.read)}>
                    <time class="meta" datetime={new Date(notice.at).toISOString()}>{formatDateTime(notice.at)}</time>
                    <Show when={!notice.read}> <span class="badge">{t().notices.newBadge}</span></Show>
                    <p>
                      <Show when={notice.caseId} fallback={text(notice)}>
                        {(caseId) => (
                          <Link to="/applications/$applicationId" params={{ applicationId: caseId() }} onClick={() => void markRead({ ids: [notice.id] }).catch(() => undefined)}>
                            {text(notice)}
                          </Link>
                        )}
                      </Show>
                    </p>
                  </li>
                )}
              </For>
            </ul>
          </Show>
        )}
      </Show>
    </Page>
  );
}

export default function NotificationsPage() {
  const account = useAccount();
  return <Notices accountId={account().id} />;
}
