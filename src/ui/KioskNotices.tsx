// Kiosk mode in the shell: the warning before an idle visitor's session ends (a modal dialog that takes
// focus; «Продолжить работу» keeps the session), and, after a visit was ended, one line telling the next
// visitor that the device holds nothing of the previous one.
import { createEffect, Show } from 'solid-js';
import { kioskWarning, stayInKiosk, takeKioskEnded } from '../client/kiosk';
import { t } from '../i18n/i18n';

export function KioskNotices() {
  let dialog: HTMLDialogElement | undefined;
  const ended = typeof window !== 'undefined' && takeKioskEnded();
  createEffect(() => {
    if (!dialog) return;
    if (kioskWarning() && !dialog.open) dialog.showModal();
    if (!kioskWarning() && dialog.open) dialog.close();
  });
  return (
    <>
      <Show when={ended}>
        <div class="banner info" role="status">
          <div class="container">{t().kiosk.ended}</div>
        </div>
      </Show>
      <dialog
        ref={dialog}
        role="alertdialog"
        aria-labelledby="kiosk-title"
        aria-describedby="kiosk-text"
        onCancel={(e) => (e.preventDefault(), stayInKiosk())}
      >
        <h2 id="kiosk-title">{t().kiosk.warningTitle}</h2>
        <p id="kiosk-text">{t().kiosk.warningText}</p>
        <div class="button-row">
          <button type="button" class="button" autofocus onClick={() => stayInKiosk()}>
            {t().kiosk.stay}
          </button>
        </div>
      </dialog>
    </>
  );
}
