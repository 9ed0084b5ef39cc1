// The floating «Помощь» button in the bottom-right corner of every page. It opens the support chat over
// the page without navigating, so whatever the page holds stays. The chat's code loads on first open
// only. On phones, while a form field has focus, the button steps aside: wherever it floats it covers
// something (the form's own buttons at the bottom; as an edge tab it covered the end of the very field
// being typed in). It is back as soon as the field loses focus.
import { createSignal, lazy, onCleanup, onMount, Show, Suspense, type JSX } from 'solid-js';
import { t } from '../i18n/i18n';
import { chatOpen, openChat } from './chatLauncher';

/** `load` imports the chat panel (given by the router: the shell imports no feature). */
export function HelpButton(props: { load: () => Promise<{ default: (props: { onClose: () => void }) => JSX.Element }> }) {
  const ChatPanel = lazy(props.load);
  const [formActive, setFormActive] = createSignal(false);
  let button: HTMLButtonElement | undefined;
  const track = (event: FocusEvent) => {
    const target = event.target as HTMLElement | null;
    // The whole form, its buttons too: were it back as focus moves to «Продолжить», it would appear under the
    // finger pressing it.
    setFormActive(Boolean(target?.closest('main form')));
  };
  // Listeners only in the browser: the build's prerender runs this component without a document.
  // Focus leaving for nothing (a tap on the page's background) fires no focusin.
  const left = (event: FocusEvent) => event.relatedTarget === null && setFormActive(false);
  onMount(() => {
    document.addEventListener('focusin', track);
    document.addEventListener('focusout', left);
    onCleanup(() => {
      document.removeEventListener('focusin', track);
      document.removeEventListener('focusout', left);
    });
  });
  return (
    <>
      <Show when={!chatOpen()}>
        <button ref={button} type="button" class="help-fab" data-form-active={String(formActive())} aria-haspopup="dialog" onClick={() => openChat()}>
          {t().nav.help}
        </button>
      </Show>
      <Show when={chatOpen()}>
        <Suspense>
          <ChatPanel onClose={() => queueMicrotask(() => document.querySelector<HTMLButtonElement>('.help-fab')?.focus())} />
        </Suspense>
      </Show>
    </>
  );
}
