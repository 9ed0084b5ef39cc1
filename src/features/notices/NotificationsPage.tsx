// «Уведомления»: what happened to the citizen's applications, newest first, read from the device's
// mirror (so it opens offline too). Opening one marks it read and goes to its case.
import { useNavigate } from '@tanstack/solid-router';
import { Link } from '../../ui/Link';
import { createMemo, createSignal, For, Show } from 'solid-js';
import { createLiveQuery } from '../../client/createLiveQuery';
import { listNotices } from '../../client/repos/noticesRepo';
import { fill, formatDateTime, locale } from '../../i18n/i18n';
import { errorText } from '../../ui/errorText';
import { Page } from '../../ui/Page';
import { useAccount } from '../../ui/signedIn';
import { findService } from '../../domain/catalog/services';
import { NOTICE_TOPICS, noticeTopic, type NoticeTopic } from '../../domain/noticeTopic';
import { unreadCount } from './noticeCount';
import { markRead, type Notice } from './noticesApi';
import { noticeText } from './noticeText';
import { textLang } from '../../domain/textLang';
import { casesTexts } from '../../i18n/lazy/cases';

/** A news item is shown as the operator wrote it: in the English interface, Russian words say they are Russian. */
const newsLang = (notice: Notice) => (notice.kind === 'news' ? textLang(`${notice.params.title} ${notice.params.text}`) : undefined);

function Notices(props: { accountId: string; topic?: NoticeTopic }) {
  const navigate = useNavigate();
  const notices = createLiveQuery(() => listNotices(props.accountId));
  const shown = createMemo(() => (notices.value() ?? []).filter((n) => !props.topic || noticeTopic(n.kind) === props.topic));
  const open = (notice: Notice) => void markRead({ ids: [notice.id] }).catch(() => undefined);
  const text = (notice: Notice) => noticeText(notice, casesTexts(), formatDateTime, (id) => findService(id)?.title[locale()] ?? id);
  const [failure, setFailure] = createSignal<unknown>();
  const readAll = () => markRead({ all: true }).then(() => setFailure(undefined), setFailure);
  return (
    <Page title={casesTexts().notices.title}>
      <Show when={notices.error() ?? failure()}>
        {(error) => (
          <p class="notice error" role="alert">
            {errorText(error())}
          </p>
        )}
      </Show>
      <Show when={notices.value()}>
        {(list) => (
          <Show when={list().length} fallback={<p>{casesTexts().notices.none}</p>}>
            <p>{fill(casesTexts().notices.unread, { n: unreadCount() })}</p>
            <Show when={unreadCount()}>
              <button type="button" class="button secondary small" onClick={() => void readAll()}>
                {casesTexts().notices.markAll}
              </button>
            </Show>
            <div class="field">
              <label for="notice-topic">{casesTexts().notices.topic}</label>
              <select
                id="notice-topic"
                value={props.topic ?? ''}
                onChange={(e) =>
                  void navigate({
                    to: '/notifications',
                    search: { topic: (e.currentTarget.value || undefined) as NoticeTopic | undefined },
                    replace: true,
                  })
                }
              >
                <option value="">{casesTexts().notices.topics.all}</option>
                <For each={NOTICE_TOPICS}>{(topic) => <option value={topic}>{casesTexts().notices.topics[topic]}</option>}</For>
              </select>
            </div>
            <Show when={shown().length} fallback={<p>{casesTexts().notices.noneOfTopic}</p>}>
              <ul class="notice-list">
                <For each={shown()}>
                  {(notice) => (
                    <li data-unread={String(!notice.read)}>
                      <time class="meta" datetime={new Date(notice.at).toISOString()}>
                        {formatDateTime(notice.at)}
                      </time>
                      <Show when={!notice.read}>
                        {' '}
                        <span class="badge">{casesTexts().notices.newBadge}</span>
                      </Show>
                      <p>
                        <Show
                          when={notice.caseId}
                          fallback={
                            <Show when={notice.appealId} fallback={<span lang={newsLang(notice)}>{text(notice)}</span>}>
                              {(appealId) => (
                                <Link to="/appeals/$appealId" params={{ appealId: appealId() }} onClick={() => open(notice)}>
                                  {text(notice)}
                                </Link>
                              )}
                            </Show>
                          }
                        >
                          {(caseId) => (
                            <Link to="/applications/$applicationId" params={{ applicationId: caseId() }} onClick={() => open(notice)}>
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
          </Show>
        )}
      </Show>
    </Page>
  );
}

export default function NotificationsPage(props: { topic?: NoticeTopic }) {
  const account = useAccount();
  return <Notices accountId={account().id} topic={props.topic} />;
}
