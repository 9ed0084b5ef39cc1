// Kiosk mode for the stand: how long a visitor may leave the device untouched before they are warned
// and then signed out with their data erased. The choice applies at once and stays on this device.
import { createSignal, For, Show } from 'solid-js';
import { KIOSK_MINUTES, kioskMinutes, setKioskMinutes } from '../../client/kiosk';
import { fill, t } from '../../i18n/i18n';

const choiceLabel = (minutes: number) => (minutes === 0 ? t().kiosk.off : fill(t().kiosk.minutes, { n: minutes }));

export function KioskPanel() {
  const [saved, setSaved] = createSignal('');
  const change = (value: number) => {
    setKioskMinutes(value);
    setSaved(fill(t().kiosk.saved, { choice: choiceLabel(value) }));
  };
  return (
    <section class="card" aria-labelledby="kiosk-panel-title">
      <h2 id="kiosk-panel-title">{t().kiosk.panelTitle}</h2>
      <p>{t().kiosk.panelLead}</p>
      <div class="field">
        <label for="kiosk-minutes">{t().kiosk.label}</label>
        <select id="kiosk-minutes" value={String(kioskMinutes())} onChange={(e) => change(Number(e.currentTarget.value))}>
          <For each={KIOSK_MINUTES}>{(minutes) => <option value={String(minutes)}>{choiceLabel(minutes)}</option>}</For>
        </select>
      </div>
      <p role="status">
        <Show when={saved()}>{saved()}</Show>
      </p>
    </section>
  );
}
