// One entry of the chat log. Bot messages are stored as meanings and worded here, in the reader's
// language; the bot's offers (articles, «Помогло?», a person) are live only on the latest message.
import { Link } from '../../ui/Link';
import { For, Match, Show, Switch } from 'solid-js';
import type { ChatMessage } from '../../domain/support/chat';
import { SUPPORT_CONTACTS } from '../../domain/support/contacts';
import { fill, formatBytes, formatDateTime, locale } from '../../i18n/i18n';
import { articleById } from './kb';
import { supportTexts } from '../../i18n/lazy/support';

export interface ChatActions {
  helped: (yes: boolean) => void;
  handOver: () => void;
}

function ArticleOffers(props: { ids: readonly string[] }) {
  return (
    <ul class="chat-articles">
      <For each={props.ids.map(articleById).filter((a) => a !== undefined)}>
        {(article) => (
          <li>
            <strong>{article.title[locale()]}</strong>
            <p>{article.summary[locale()]}</p>
            <p class="chat-links">
              <Link
                to="/help/articles/$articleId"
                params={{ articleId: article.id }}
                aria-label={fill(supportTexts().support.openArticle, { title: article.title[locale()] })}
              >
                {supportTexts().support.open}
              </Link>
              <For each={article.links.slice(0, 2)}>{(link) => <Link to={link.to as '/'}>{link.label[locale()]}</Link>}</For>
            </p>
          </li>
        )}
      </For>
    </ul>
  );
}

export function ChatMessageItem(props: {
  message: ChatMessage;
  live: boolean;
  canHandOver: boolean;
  actions: ChatActions;
  chatId: string;
  problem?: string;
}) {
  const c = () => supportTexts().support.chat;
  const who = () =>
    props.message.from === 'citizen'
      ? c().you
      : props.message.from === 'bot'
        ? c().bot
        : props.message.from === 'operator'
          ? props.message.name
          : c().system;
  const m = props.message;
  return (
    <li class={`chat-message from-${m.from}`}>
      <p class="chat-who">
        <span>{who()}</span> <span class="muted small">{formatDateTime(m.at)}</span>
      </p>
      <Switch>
        <Match when={m.from === 'citizen' && m}>{(msg) => <p>{msg().text}</p>}</Match>
        <Match when={m.from === 'operator' && m}>
          {(msg) => (
            <>
              <p class="chat-text">{msg().text}</p>
              <Show when={msg().file}>
                {(file) => (
                  <p>
                    {fill(c().attachment, { name: file().name, size: formatBytes(file().size) })}{' '}
                    <a href={`/api/support/chats/${props.chatId}/files/${file().id}`} download={file().name}>
                      {c().download}
                    </a>
                  </p>
                )}
              </Show>
            </>
          )}
        </Match>
        <Match when={m.from === 'system' && m}>
          {(msg) => <p>{msg().kind === 'taken' ? fill(c().taken, { name: msg().name ?? '' }) : c().closedByOperator}</p>}
        </Match>
        <Match when={m.from === 'bot' && m}>
          {(msg) => (
            <Switch>
              <Match when={msg().kind === 'greeting'}>
                <p>{c().greeting}</p>
              </Match>
              <Match when={msg().kind === 'articles'}>
                <p>{fill(c().found, { category: msg().category ? supportTexts().support.categories[msg().category!] : '' })}</p>
                <ArticleOffers ids={msg().articleIds ?? []} />
                <Show when={props.live}>
                  <p>{c().helpedQuestion}</p>
                  <div class="button-row">
                    <button type="button" class="button small" onClick={() => props.actions.helped(true)}>
                      {c().yes}
                    </button>
                    <button type="button" class="button secondary small" onClick={() => props.actions.helped(false)}>
                      {c().no}
                    </button>
                  </div>
                </Show>
              </Match>
              <Match when={msg().kind === 'more'}>
                <p>{c().more}</p>
                <ArticleOffers ids={msg().articleIds ?? []} />
              </Match>
              <Match when={msg().kind === 'not_understood'}>
                <p>{c().notUnderstood}</p>
              </Match>
              <Match when={msg().kind === 'legal'}>
                <p>{c().legal}</p>
              </Match>
              <Match when={msg().kind === 'cannot'}>
                <p>{c().cannot}</p>
              </Match>
              <Match when={msg().kind === 'thanks'}>
                <p>{c().thanks}</p>
              </Match>
              <Match when={msg().kind === 'offer_person'}>
                <p>{c().offerPerson}</p>
                <Show when={props.live && props.canHandOver}>
                  <button type="button" class="button small" onClick={() => props.actions.handOver()}>
                    {c().toOperator}
                  </button>
                </Show>
              </Match>
              <Match when={msg().kind === 'handed_over'}>
                <p>{c().handedOver}</p>
              </Match>
              <Match when={msg().kind === 'off_hours'}>
                <p>{fill(c().offHours, { next: formatDateTime(msg().until ?? msg().at) })}</p>
                <p>
                  {/* The request form opens with the chat's problem and category filled in. */}
                  <Link to="/appeals/new" search={{ type: 'support', category: msg().category, reason: props.problem?.slice(0, 2000) }}>
                    {c().requestLink}
                  </Link>{' '}
                  · <a href={SUPPORT_CONTACTS.hotlineHref}>{SUPPORT_CONTACTS.hotline}</a>
                </p>
              </Match>
            </Switch>
          )}
        </Match>
      </Switch>
    </li>
  );
}
