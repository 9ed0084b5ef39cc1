// «Уведомления»: what happened to the citizen's applications, newest first. Opening one marks it read
// and goes to its case.
import { Link } from '@tanstack/solid-router';
import { createResource, For, Show } from 'solid-js';
import { lastPull } from '../../client/changeFeed';
import { fill, formatDateTime, locale, t } from '../../i18n/i18n';
import { errorText } from '../../ui/errorText';
import { Page } from '../../ui/Page';
import { settled } from '../../ui/settled';
import { findService } from '../../domain/catalog/services';
import { setUnread } from './noticeCount';
import { listNotices, markRead, type Notice } from './noticesApi';
import { noticeText } from './noticeText';

function Notices() {
  const [data, { refetch }] = createResource(() => lastPull(), async () => {
    const answer = await listNotices();
    setUnread(answer.unread);
    return answer;
  });
  const text = (notice: Notice) => noticeText(notice, t(), formatDateTime, (id) => findService(id)?.title[locale()] ?? id);
  const readAll = async () => {
    await markRead({ all: true });
    await refetch();
  };
  return (
    <Page title={t().notices.title}>
      <Show when={data.error}>
        <p class="notice error" role="alert">{errorText(data.error)}</p>
      </Show>
      <Show when={settled(data)}>
        {(answer) => (
          <Show when={answer().notices.length} fallback={<p>{t().notices.none}</p>}>
            <p>{fill(t().notices.unread, { n: answer().unread })}</p>
            <Show when={answer().unread}>
              <button type="button" class="button secondary small" onClick={() => void readAll()}>{t().notices.markAll}</button>
            </Show>
            <ul class="notice-list">
              <For each={answer().notices}>
                {(notice) => (
                  <li data-unread={String(!notice.read)}>
                    <time class="meta" datetime={new Date(notice.at).toISOString()}>{formatDateTime(notice.at)}</time>
                    <Show when={!notice.read}> <span class="badge">{t().notices.newBadge}</span></Show>
                    <p>
                      <Show when={notice.caseId} fallback={text(notice)}>
                        {(caseId) => (
                          <Link to="/applications/$applicationId" params={{ applicationId: caseId() }} onClick={() => void markRead({ ids: [notice.id] })}>
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
  return <Notices />;
}
