// «Установить приложение»: shown only while the browser offers installation, as the last item of the
// sections menu, so its arrival never widens the header row or moves the page (on phones it is inside
// the folded menu).
import { createSignal, onCleanup, onMount, Show } from 'solid-js';
import { t } from '../i18n/i18n';

interface InstallPromptEvent extends Event {
  prompt: () => Promise<void>;
  userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>;
}

export function InstallButton() {
  const [offer, setOffer] = createSignal<InstallPromptEvent | null>(null);
  onMount(() => {
    const onOffer = (event: Event) => {
      event.preventDefault();
      setOffer(event as InstallPromptEvent);
    };
    const onInstalled = () => setOffer(null);
    window.addEventListener('beforeinstallprompt', onOffer);
    window.addEventListener('appinstalled', onInstalled);
    onCleanup(() => {
      window.removeEventListener('beforeinstallprompt', onOffer);
      window.removeEventListener('appinstalled', onInstalled);
    });
  });
  const install = async () => {
    const event = offer();
    if (!event) return;
    await event.prompt();
    await event.userChoice;
    setOffer(null);
  };
  return (
    <Show when={offer()}>
      <li class="nav-install">
        <button type="button" class="button small" onClick={() => void install()}>
          {t().shell.install}
        </button>
      </li>
    </Show>
  );
}
