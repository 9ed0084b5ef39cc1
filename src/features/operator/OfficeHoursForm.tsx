// Changing an office's hours for one day: closed, or new opening and closing times, with the reason the
// affected citizens receive. Wrong input is named next to the form and nothing typed is lost.
import { createSignal, Show } from 'solid-js';
import type { DayHours } from '../../domain/offices/officeSchema';
import { hhmm } from '../../domain/offices/officeTime';
import { fill, t } from '../../i18n/i18n';
import { errorText } from '../../ui/errorText';
import { changeHours, minuteOf } from './officeConsoleApi';

export function OfficeHoursForm(props: { pin: string; officeId: string; date: string; hours: DayHours | null; onDone: (message: string) => void }) {
  const c = () => t().officeConsole;
  const [closed, setClosed] = createSignal(false);
  const [open, setOpen] = createSignal(props.hours ? hhmm(props.hours.open) : '09:00');
  const [close, setClose] = createSignal(props.hours ? hhmm(props.hours.close) : '18:00');
  const [reason, setReason] = createSignal('');
  const [problem, setProblem] = createSignal('');
  const [busy, setBusy] = createSignal(false);
  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const from = minuteOf(open());
    const to = minuteOf(close());
    if (!closed() && (from === null || to === null || from >= to)) return fail(c().badTime, 'hours-open');
    if (reason().trim().length < 3) return fail(c().needReason, 'hours-reason');
    setBusy(true);
    try {
      const { cancelled } = await changeHours(props.pin, props.officeId, props.date, closed() ? null : { open: from!, close: to! }, reason().trim());
      setProblem('');
      props.onDone(fill(c().hoursSaved, { date: props.date.split('-').reverse().join('.'), count: cancelled }));
    } catch (error) {
      setProblem(errorText(error));
    } finally {
      setBusy(false);
    }
  };
  const fail = (text: string, focus: string) => {
    setProblem(text);
    document.getElementById(focus)?.focus();
  };
  return (
    <section aria-labelledby="hours-title">
      <h2 id="hours-title">{c().hoursTitle}</h2>
      <p class="hint">{c().hoursLead}</p>
      <form onSubmit={(e) => void submit(e)} novalidate>
        <div role="alert">
          <Show when={problem()}>
            <p class="notice error" id="hours-error">{problem()}</p>
          </Show>
        </div>
        <div class="field">
          <label><input type="checkbox" checked={closed()} onChange={(e) => setClosed(e.currentTarget.checked)} /> {c().closedDay}</label>
        </div>
        <Show when={!closed()}>
          <div class="field field-short">
            <label for="hours-open">{c().open}</label>
            <input id="hours-open" inputmode="numeric" value={open()} onInput={(e) => setOpen(e.currentTarget.value)} aria-describedby={problem() ? 'hours-error' : undefined} />
          </div>
          <div class="field field-short">
            <label for="hours-close">{c().close}</label>
            <input id="hours-close" inputmode="numeric" value={close()} onInput={(e) => setClose(e.currentTarget.value)} aria-describedby={problem() ? 'hours-error' : undefined} />
          </div>
        </Show>
        <div class="field">
          <label for="hours-reason">{c().reason}</label>
          <textarea id="hours-reason" maxLength={200} value={reason()} onInput={(e) => setReason(e.currentTarget.value)} />
        </div>
        <button type="submit" class="button" disabled={busy()}>{c().saveHours}</button>
      </form>
    </section>
  );
}
