// Online/offline indicator. Offline is normal here: it says so calmly, and announces changes. On a phone
// the header has one row for it, the language and the menu: there it shows the short word, and screen
// readers still hear the whole sentence (the long one pushed «Меню» onto a third row at 412 px).
import { createSignal, onCleanup, onMount, Show } from 'solid-js';
import { t } from '../i18n/i18n';

export function NetworkStatus() {
  // The build's prerender has no navigator: a page is prerendered as online.
  const [online, setOnline] = createSignal(typeof navigator === 'undefined' || navigator.onLine);
  onMount(() => {
    const update = () => setOnline(navigator.onLine);
    window.addEventListener('online', update);
    window.addEventListener('offline', update);
    onCleanup(() => {
      window.removeEventListener('online', update);
      window.removeEventListener('offline', update);
    });
  });
  return (
    <span class="status" role="status" data-online={String(online())}>
      <Show when={!online()} fallback={t().shell.online}>
        <span class="visually-hidden">{t().shell.offline}</span>
        <span class="status-long" aria-hidden="true">
          {t().shell.offline}
        </span>
        <span class="status-short" aria-hidden="true">
          {t().shell.offlineShort}
        </span>
      </Show>
    </span>
  );
}
