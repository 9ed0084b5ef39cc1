// Changing an office's hours for one day: closed, or new opening and closing times, with the reason the
// affected citizens receive. Checked with the shared HoursFormSchema (the server checks the same limits);
// wrong input is named next to its field and in the summary, and nothing typed is lost.
import { createSignal, Show } from 'solid-js';
import { HOURS_REASON, HoursFormSchema } from '../../domain/offices/hoursChange';
import type { DayHours } from '../../domain/offices/officeSchema';
import { hhmm } from '../../domain/offices/officeTime';
import { fill } from '../../i18n/i18n';
import { errorText } from '../../ui/errorText';
import { CheckboxField } from '../../ui/form/ChoiceField';
import { createForm } from '../../ui/form/createForm';
import { ErrorSummary } from '../../ui/form/ErrorSummary';
import { TextAreaField } from '../../ui/form/OtherFields';
import { TextField } from '../../ui/form/TextField';
import { changeHours } from './officeConsoleApi';
import { operatorTexts } from '../../i18n/lazy/operator';

export function OfficeHoursForm(props: { pin: string; officeId: string; date: string; hours: DayHours | null; onDone: (message: string) => void }) {
  const c = () => operatorTexts().officeConsole;
  const form = createForm({
    schema: () => HoursFormSchema,
    initial: {
      closed: false,
      open: props.hours ? hhmm(props.hours.open) : '09:00',
      close: props.hours ? hhmm(props.hours.close) : '18:00',
      reason: '',
    },
    order: ['closed', 'open', 'close', 'reason'],
  });
  const [problem, setProblem] = createSignal('');
  const [busy, setBusy] = createSignal(false);
  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const change = form.submit();
    if (!change || busy()) return;
    setBusy(true);
    try {
      const { cancelled } = await changeHours(props.pin, props.officeId, props.date, change.hours, change.reason);
      setProblem('');
      props.onDone(fill(c().hoursSaved, { date: props.date.split('-').reverse().join('.'), count: cancelled }));
    } catch (error) {
      setProblem(errorText(error));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section aria-labelledby="hours-title">
      <h2 id="hours-title">{c().hoursTitle}</h2>
      <p class="hint">{c().hoursLead}</p>
      <form onSubmit={(e) => void submit(e)} novalidate>
        <ErrorSummary form={form} labels={{ open: c().open, close: c().close, reason: c().reason }} level={3} />
        <div role="alert">
          <Show when={problem()}>
            <p class="notice error">{problem()}</p>
          </Show>
        </div>
        <CheckboxField form={form} name="closed" label={c().closedDay} />
        <Show when={form.values.closed !== true}>
          <TextField form={form} name="open" label={c().open} inputmode="numeric" width="short" />
          <TextField form={form} name="close" label={c().close} inputmode="numeric" width="short" />
        </Show>
        <TextAreaField form={form} name="reason" label={c().reason} maxLength={HOURS_REASON.max} />
        <button type="submit" class="button" disabled={busy()}>
          {c().saveHours}
        </button>
      </form>
    </section>
  );
}
