// Online/offline indicator. Offline is normal here: it says so calmly, and announces changes.
import { createSignal, onCleanup, onMount } from 'solid-js';
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
      {online() ? t().shell.online : t().shell.offline}
    </span>
  );
}
