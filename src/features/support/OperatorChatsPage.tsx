// «Чаты поддержки» in the operator console: the queue of handed-over chats, oldest first, and one chat
// with the whole conversation, «Взять чат», an answer with an optional file, «Завершить чат». Follows
// the change feed, so a new hand-over or a citizen's message shows without reloading. Reads `.latest`
// so a refetch never suspends (and so never blanks) the page under the operator's hands.
import { Link } from '../../ui/Link';
import { createResource, createSignal, For, onCleanup, Show } from 'solid-js';
import { onChanges } from '../../client/changeFeed';
import { errorText } from '../../ui/errorText';
import { fill, formatDateTime, locale } from '../../i18n/i18n';
import { Page } from '../../ui/Page';
import { articleById } from './kb';
import { answerChat, closeOperatorChat, listChats, operatorPin, readOperatorChat, takeChat, type OperatorChat } from './operatorChatApi';
import { supportTexts } from '../../i18n/lazy/support';

function describe(message: OperatorChat['messages'][number]): string {
  const c = supportTexts().support.chat;
  switch (message.from) {
    case 'citizen':
    case 'operator':
      return message.text;
    case 'system':
      return message.kind === 'taken' ? fill(c.taken, { name: message.name ?? '' }) : c.closedByOperator;
    case 'bot': {
      const titles = (message.articleIds ?? [])
        .map((id) => articleById(id)?.title[locale()])
        .filter(Boolean)
        .join('; ');
      const kind =
        message.kind === 'articles'
          ? fill(c.found, { category: message.category ? supportTexts().support.categories[message.category] : '' })
          : message.kind;
      return titles ? `${kind} ${titles}` : kind;
    }
  }
}

export default function OperatorChatsPage() {
  const o = () => supportTexts().operatorChats;
  const pin = operatorPin();
  const [selected, setSelected] = createSignal<string | null>(null);
  const [queue, { refetch: refetchQueue }] = createResource(() => pin, listChats);
  const [chat, { mutate, refetch: refetchChat }] = createResource(
    () => (pin && selected() ? ([pin, selected()!] as const) : null),
    ([p, id]) => readOperatorChat(p, id),
  );
  const [error, setError] = createSignal<string | null>(null);
  const [answer, setAnswer] = createSignal('');
  let fileInput: HTMLInputElement | undefined;
  const stop = onChanges('supportChat', () => {
    void refetchQueue();
    if (selected()) void refetchChat();
  });
  onCleanup(stop);

  const act = async (work: () => Promise<OperatorChat>) => {
    try {
      mutate(await work());
      setError(null);
      void refetchQueue();
    } catch (failure) {
      setError(errorText(failure));
    }
  };

  return (
    <Page title={o().title} lead={o().lead}>
      <Show
        when={pin}
        fallback={
          <p class="notice">
            {o().pinNeeded} <Link to="/operator">{o().toConsole}</Link>
          </p>
        }
      >
        {(p) => (
          <>
            <Show when={error()}>
              <p class="notice error" role="alert">
                {error()}
              </p>
            </Show>
            <Show
              when={selected() && chat.latest}
              fallback={
                <section aria-labelledby="chat-queue">
                  <h2 id="chat-queue">{o().title}</h2>
                  <Show when={queue.latest?.length} fallback={<p>{o().empty}</p>}>
                    <ul class="notice-list">
                      <For each={queue.latest}>
                        {(item) => (
                          <li class="card">
                            <p>
                              <strong>{item.citizen || '—'}</strong> · {o().statuses[item.status === 'bot' ? 'queued' : item.status]}
                              {item.category ? ` · ${supportTexts().support.categories[item.category]}` : ''}
                              {item.handedAt ? ` · ${fill(o().waitingSince, { time: formatDateTime(item.handedAt) })}` : ''}
                            </p>
                            <p>{item.lastText}</p>
                            <button type="button" class="button small" onClick={() => setSelected(item.id)}>
                              {fill(o().open, { id: item.id.slice(0, 8) })}
                            </button>
                          </li>
                        )}
                      </For>
                    </ul>
                  </Show>
                </section>
              }
            >
              <section aria-labelledby="chat-one">
                <h2 id="chat-one">{fill(o().open, { id: chat.latest!.id.slice(0, 8) })}</h2>
                <button type="button" class="button secondary small" onClick={() => setSelected(null)}>
                  {o().back}
                </button>
                <ol class="chat-log" role="log" aria-label={supportTexts().support.chat.logLabel}>
                  <For each={chat.latest!.messages}>
                    {(message) => (
                      <li class={`chat-message from-${message.from}`}>
                        <p class="chat-who">
                          {message.from === 'operator'
                            ? message.name
                            : supportTexts().support.chat[message.from === 'citizen' ? 'you' : message.from]}{' '}
                          <span class="muted small">{formatDateTime(message.at)}</span>
                        </p>
                        <p class="chat-text">{describe(message)}</p>
                      </li>
                    )}
                  </For>
                </ol>
                <Show when={chat.latest!.status !== 'closed'}>
                  <Show
                    when={chat.latest!.clerk}
                    fallback={
                      <button type="button" class="button" onClick={() => void act(() => takeChat(p(), chat.latest!.id))}>
                        {o().take}
                      </button>
                    }
                  >
                    <form
                      onSubmit={(event) => {
                        event.preventDefault();
                        const file = fileInput?.files?.[0] ?? null;
                        void act(() => answerChat(p(), chat.latest!.id, answer(), file)).then(() => {
                          if (!error()) {
                            setAnswer('');
                            if (fileInput) fileInput.value = '';
                          }
                        });
                      }}
                    >
                      <div class="field field-wide">
                        <label for="operator-answer">{o().answerLabel}</label>
                        <textarea id="operator-answer" rows="3" value={answer()} onInput={(e) => setAnswer(e.currentTarget.value)} />
                      </div>
                      <div class="field">
                        <label for="operator-file">{o().attachLabel}</label>
                        <input id="operator-file" type="file" accept="image/png,image/jpeg,application/pdf" ref={fileInput} />
                      </div>
                      <div class="button-row">
                        <button type="submit" class="button">
                          {o().answer}
                        </button>
                        <button type="button" class="button secondary" onClick={() => void act(() => closeOperatorChat(p(), chat.latest!.id))}>
                          {o().close}
                        </button>
                      </div>
                    </form>
                  </Show>
                </Show>
              </section>
            </Show>
          </>
        )}
      </Show>
    </Page>
  );
}
