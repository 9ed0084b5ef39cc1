// Banners above the page: a new version is waiting, or another tab upgraded the database.
// Neither reloads anything by itself; the user decides.
import { Show } from 'solid-js';
import { reloadRequired } from '../client/lifecycle';
import { acceptUpdate, updateWaiting } from '../client/serviceWorker';
import { t } from '../i18n/i18n';

export function Banners() {
  return (
    <>
      <Show when={updateWaiting() && !reloadRequired()}>
        <div class="banner info" role="status">
          <div class="container">
            <strong>{t().shell.updateReady}</strong>
            <span>{t().shell.updateHint}</span>
            <button type="button" class="button secondary small" onClick={() => void acceptUpdate()}>
              {t().shell.updateAction}
            </button>
          </div>
        </div>
      </Show>
      <Show when={reloadRequired()}>
        <div class="banner warning" role="alert">
          <div class="container">
            <strong>{t().shell.reloadRequired}</strong>
            <button type="button" class="button small" onClick={() => window.location.reload()}>
              {t().shell.reloadAction}
            </button>
          </div>
        </div>
      </Show>
    </>
  );
}
