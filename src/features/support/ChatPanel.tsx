// The support chat, floating over the page (which keeps its state underneath): a polite live log, the
// message box, and the way to a person. Loaded lazily by the «Помощь» button, so the first route stays
// small. Escape or «Свернуть» closes it and gives focus back to the button.
import { createEffect, createMemo, createSignal, For, on, onMount, Show } from 'solid-js';
import { CHAT_TEXT_MAX } from '../../domain/support/chat';
import { fill } from '../../i18n/i18n';
import { chatPrompt, closeChat } from '../../ui/chatLauncher';
import { ChatMessageItem } from './ChatMessageItem';
import { ChatRating } from './ChatRating';
import { createSupportChat } from './createSupportChat';
import { supportTexts } from '../../i18n/lazy/support';

export default function ChatPanel(props: { onClose: () => void }) {
  const store = createSupportChat();
  const c = () => supportTexts().support.chat;
  const [text, setText] = createSignal(chatPrompt() ?? '');
  const [error, setError] = createSignal<string | null>(null);
  let input: HTMLTextAreaElement | undefined;
  let log: HTMLOListElement | undefined;

  onMount(() => {
    input?.focus();
    store.refreshOpen();
  });
  createEffect(on(chatPrompt, (prompt) => prompt && setText(prompt), { defer: true }));
  // New messages scroll into view; focus stays where the person is. A memo: an update of the chat that
  // brings no message (a status, a read mark) leaves someone reading older messages where they are.
  const count = createMemo(() => store.chat()?.messages.length);
  createEffect(on(count, () => log?.lastElementChild?.scrollIntoView({ block: 'end' })));

  const messages = () => store.chat()?.messages ?? [];
  const status = () => store.chat()?.status ?? 'bot';
  const lastIndex = () => messages().length - 1;
  const hasOperatorAnswer = () => messages().some((m) => m.from === 'operator');
  const keepFocus = (work: () => Promise<void>) => void work().then(() => input?.focus());

  const send = (event: SubmitEvent) => {
    event.preventDefault();
    const value = text().trim();
    if (value === '') return setError(c().empty);
    if (value.length > CHAT_TEXT_MAX) return setError(fill(c().messageTooLong, { max: CHAT_TEXT_MAX }));
    setError(null);
    setText('');
    keepFocus(() => store.send(value));
  };
  const close = () => {
    closeChat();
    props.onClose();
  };

  return (
    <section class="chat-panel" role="dialog" aria-modal="false" aria-labelledby="chat-title" onKeyDown={(e) => e.key === 'Escape' && close()}>
      <div class="chat-head">
        <h2 id="chat-title">{c().title}</h2>
        <button type="button" class="button secondary small" onClick={close}>
          {c().close}
        </button>
      </div>
      <div class="chat-log" role="log" aria-live="polite" aria-label={c().logLabel} tabindex="0">
        <ol class="chat-list" ref={log}>
          <li class="chat-message from-bot">
            <p class="chat-who">{c().bot}</p>
            <p>{c().greeting}</p>
          </li>
          <For each={messages()}>
            {(message, index) => (
              <ChatMessageItem
                message={message}
                chatId={store.chat()?.id ?? ''}
                live={index() === lastIndex() && status() === 'bot'}
                canHandOver={status() === 'bot'}
                problem={
                  messages()
                    .slice(0, index())
                    .findLast((m) => m.from === 'citizen')?.text
                }
                actions={{ helped: (yes) => keepFocus(() => store.helped(yes)), handOver: () => keepFocus(() => store.handOver()) }}
              />
            )}
          </For>
          <Show when={status() === 'queued'}>
            <li class="chat-message from-system">
              <p>{c().waiting}</p>
            </li>
          </Show>
        </ol>
      </div>
      <Show when={store.failed()}>
        <p class="notice error" role="alert">
          {c().failed}
        </p>
      </Show>
      <Show when={hasOperatorAnswer() && !store.chat()?.rating}>
        <ChatRating onRate={(stars, comment) => keepFocus(() => store.rate(stars, comment))} />
      </Show>
      <Show when={store.chat()?.rating}>{(rating) => <p role="status">{fill(c().rated, { n: rating().stars })}</p>}</Show>
      <Show
        when={status() !== 'closed'}
        fallback={
          <button type="button" class="button small" onClick={() => keepFocus(() => store.startNew())}>
            {c().newChat}
          </button>
        }
      >
        <form class="chat-form" onSubmit={send} novalidate>
          <label for="chat-input">{c().inputLabel}</label>
          <span class="hint" id="chat-input-hint">
            {c().inputHint}
          </span>
          <Show when={error()}>
            <span class="error" id="chat-input-error">
              {error()}
            </span>
          </Show>
          <textarea
            id="chat-input"
            ref={input}
            rows="2"
            value={text()}
            aria-describedby={error() ? 'chat-input-hint chat-input-error' : 'chat-input-hint'}
            aria-invalid={error() ? 'true' : undefined}
            onInput={(e) => setText(e.currentTarget.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && !e.shiftKey) {
                e.preventDefault();
                e.currentTarget.form?.requestSubmit();
              }
            }}
          />
          <button type="submit" class="button small" disabled={store.busy()}>
            {c().send}
          </button>
        </form>
      </Show>
    </section>
  );
}
