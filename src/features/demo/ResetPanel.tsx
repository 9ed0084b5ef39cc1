// «Удалить все данные»: wipes the device and the simulated departments, after a confirmation.
import { createSignal } from 'solid-js';
import { t } from '../../i18n/i18n';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { errorText } from '../../ui/errorText';
import { resetEverything } from './demoApi';

export function ResetPanel() {
  const [asking, setAsking] = createSignal(false);
  const [message, setMessage] = createSignal<{ ok: boolean; text: string } | null>(null);
  const confirm = async () => {
    setAsking(false);
    try {
      await resetEverything();
      setMessage({ ok: true, text: t().demo.resetDone });
    } catch (error) {
      setMessage({ ok: false, text: errorText(error) });
    }
  };
  return (
    <section class="card" aria-labelledby="reset-title">
      <h2 id="reset-title">{t().demo.resetTitle}</h2>
      <p>{t().demo.resetText}</p>
      <button type="button" class="button danger" onClick={() => setAsking(true)}>
        {t().demo.resetAction}
      </button>
      <p role="status" class={message()?.ok === false ? 'notice error' : message() ? 'notice success' : ''}>
        {message()?.text}
      </p>
      <ConfirmDialog
        open={asking()}
        title={t().demo.resetConfirmTitle}
        confirmLabel={t().demo.resetConfirm}
        cancelLabel={t().demo.cancel}
        danger
        onConfirm={() => void confirm()}
        onCancel={() => setAsking(false)}
      >
        <p>{t().demo.resetConfirmText}</p>
      </ConfirmDialog>
    </section>
  );
}
