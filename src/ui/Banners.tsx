// Banners above the page: the department systems do not answer (the data shown is the device's), the
// service worker that hosts them could not start, a new version is waiting, or another tab upgraded the
// database. None reloads anything by itself.
import { Show } from 'solid-js';
import { reloadRequired } from '../client/lifecycle';
import { currentAccount } from '../client/sessionState';
import { serverReachable, syncedAt } from '../client/syncStatus';
import { acceptUpdate, swError, updateWaiting } from '../client/serviceWorker';
import { fill, formatDateTime, t } from '../i18n/i18n';

export function Banners() {
  return (
    <>
      <Show when={swError()}>
        <div class="banner warning" role="alert">
          <div class="container">
            <strong>{t().shell.systemsUnavailable}</strong>
            <span>{t().shell.systemsUnavailableHint}</span>
          </div>
        </div>
      </Show>
      <Show when={currentAccount() && !serverReachable()}>
        <div class="banner warning" role="status">
          <div class="container">
            <strong>{syncedAt() === undefined ? t().sync.outageNever : fill(t().sync.outage, { when: formatDateTime(syncedAt()!) })}</strong>
            <span>{t().sync.outageHint}</span>
          </div>
        </div>
      </Show>
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
