// The clerk's actions on one appeal: each offered only when the appeal's status allows it. Every form
// is checked with the shared ClerkActionSchema (the one the server parses with): a wrong input is named
// next to its field and in the form's summary, and nothing typed is lost; the server's refusals are
// said in the status line below.
import { createSignal, Show, type JSX } from 'solid-js';
import { OUTCOMES, REFUSAL_REASONS, type ClerkAction } from '../../domain/appeals/types';
import { fill } from '../../i18n/i18n';
import { errorText } from '../../ui/errorText';
import { createForm, type Form } from '../../ui/form/createForm';
import { ErrorSummary } from '../../ui/form/ErrorSummary';
import { SelectField, TextAreaField } from '../../ui/form/OtherFields';
import { TextField } from '../../ui/form/TextField';
import { StatusLine, type StatusMessage } from '../../ui/StatusLine';
import { actOnAppeal, type ConsoleAppeal } from './appealsConsoleApi';
import { CLERK_FIELDS, clerkFormSchema, clerkInput, clerkPath, emptyClerkForm, type FormAction } from './clerkForm';
import { appealsTexts } from '../../i18n/lazy/appeals';

export function AppealActionForms(props: { pin: string; appeal: ConsoleAppeal; onDone: (next: ConsoleAppeal) => void }) {
  const c = () => appealsTexts().appeals.console;
  const [message, setMessage] = createSignal<StatusMessage>(null);
  const [busy, setBusy] = createSignal(false);
  const may = (action: ClerkAction['action']) => props.appeal.clerkActions.includes(action);
  // A support request's term is extended once by a day (DOMAIN §8), an appeal's by 30 days (§7).
  const extendLabel = () => (props.appeal.type === 'support' ? c().extendSupport : c().extend);

  const send = async (action: ClerkAction, label: string, after?: () => void) => {
    setMessage(null);
    setBusy(true);
    try {
      props.onDone(await actOnAppeal(props.pin, props.appeal.id, action));
      after?.();
      setMessage({ ok: true, text: fill(c().done, { action: label }) });
    } catch (error) {
      setMessage({ ok: false, text: errorText(error) });
    } finally {
      setBusy(false);
    }
  };

  /** One action's form: its own fields, summary and submit button. */
  const ActionForm = (p: {
    action: FormAction;
    label: () => string;
    labels: () => Record<string, string>;
    secondary?: boolean;
    children: (form: Form, path: (field: string) => string) => JSX.Element;
  }) => {
    const form = createForm({
      schema: () => clerkFormSchema(p.action),
      initial: emptyClerkForm(p.action),
      order: CLERK_FIELDS[p.action].map((field) => clerkPath(p.action, field)),
      prepare: (nested) => clerkInput(p.action, nested),
    });
    const path = (field: string) => clerkPath(p.action, field);
    const labels = () => Object.fromEntries(Object.entries(p.labels()).map(([field, label]) => [path(field), label]));
    const submit = (event: SubmitEvent) => {
      event.preventDefault();
      const output = form.submit();
      if (output && !busy()) void send(output[p.action] as ClerkAction, p.label(), () => form.reset(emptyClerkForm(p.action)));
    };
    return (
      <form onSubmit={submit} novalidate>
        <ErrorSummary form={form} labels={labels()} level={3} />
        {p.children(form, path)}
        <button type="submit" class={p.secondary ? 'button secondary' : 'button'} disabled={busy()}>
          {p.label()}
        </button>
      </form>
    );
  };

  const simple = (action: 'accept' | 'review' | 'close', label: () => string) => (
    <Show when={may(action)}>
      <button type="button" class="button" disabled={busy()} onClick={() => void send({ action }, label())}>
        {label()}
      </button>
    </Show>
  );
  const answerLabels = () => ({
    'answer.outcome': c().outcome,
    'answer.code': c().code,
    'answer.explanation': c().explanation,
    'answer.nextSteps': c().nextSteps,
    'answer.executor.name': c().executorName,
    'answer.executor.position': c().executorPosition,
    'answer.executor.phone': c().executorPhone,
  });

  return (
    <section aria-labelledby="console-act">
      <h2 id="console-act">{c().act}</h2>
      <div class="button-row">
        {simple('accept', () => c().accept)}
        {simple('review', () => c().review)}
        {simple('close', () => c().close)}
      </div>
      <Show when={may('request_documents')}>
        <ActionForm
          action="request_documents"
          label={() => c().requestDocuments}
          labels={() => ({ documents: c().documents, comment: c().comment })}
          secondary
        >
          {(form, path) => (
            <>
              <TextField form={form} name={path('documents')} label={c().documents} />
              <TextField form={form} name={path('comment')} label={c().comment} />
            </>
          )}
        </ActionForm>
      </Show>
      <Show when={may('extend')}>
        <ActionForm action="extend" label={extendLabel} labels={() => ({ reason: c().extendReason })} secondary>
          {(form, path) => <TextField form={form} name={path('reason')} label={c().extendReason} />}
        </ActionForm>
      </Show>
      <Show when={may('answer')}>
        <ActionForm action="answer" label={() => c().answer} labels={answerLabels}>
          {(form, path) => (
            <>
              <SelectField
                form={form}
                name={path('answer.outcome')}
                label={c().outcome}
                placeholder={c().chooseOutcome}
                options={OUTCOMES.map((o) => ({ value: o, label: appealsTexts().appeals.outcomes[o] }))}
              />
              <TextField form={form} name={path('answer.code')} label={c().code} inputmode="numeric" maxLength={3} width="short" />
              <TextAreaField form={form} name={path('answer.explanation')} label={c().explanation} />
              <TextAreaField form={form} name={path('answer.nextSteps')} label={c().nextSteps} />
              <TextField form={form} name={path('answer.executor.name')} label={c().executorName} />
              <TextField form={form} name={path('answer.executor.position')} label={c().executorPosition} />
              <TextField form={form} name={path('answer.executor.phone')} label={c().executorPhone} hint={c().executorPhoneHint} type="tel" />
            </>
          )}
        </ActionForm>
      </Show>
      <Show when={may('refuse')}>
        <ActionForm action="refuse" label={() => c().refuse} labels={() => ({ reason: c().refuseReason, comment: c().comment })} secondary>
          {(form, path) => (
            <>
              <SelectField
                form={form}
                name={path('reason')}
                label={c().refuseReason}
                placeholder={c().chooseReason}
                options={REFUSAL_REASONS.map((r) => ({ value: r, label: appealsTexts().appeals.refusalReasons[r] }))}
              />
              <TextField form={form} name={path('comment')} label={c().comment} />
            </>
          )}
        </ActionForm>
      </Show>
      <StatusLine message={message()} />
    </section>
  );
}
